using System;
using System.Collections.Generic;
using ContainerGuard.Dockerfile.Parsing;
using ContainerGuard.Text;

namespace ContainerGuard.Dockerfile;

/// <summary>
/// Parses Dockerfile text the way BuildKit reads it: parser directives, line continuations with the active
/// escape character, comment lines, heredocs, flags, exec and shell forms, stages. Never throws on any input;
/// problems become <see cref="ParseError"/>s, and a file Docker accepts has none.
/// </summary>
public static class DockerfileParser
{
    public static DockerfileDocument Parse(string content) => Parse(new SourceText(content ?? string.Empty));

    /// <summary>Parses text whose line table the caller already built (the linter shares it with its findings).</summary>
    public static DockerfileDocument Parse(SourceText text)
    {
        try
        {
            return new FileParser(text).Run();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A bug must not take the linter down; the corpus and fuzz tests keep this path unused.
            var error = new ParseError(InternalErrorMessage + " (" + ex.GetType().Name + ")", new TextSpan(0, 0));
            return new DockerfileDocument(text, '\\', Array.Empty<ParserDirective>(), Array.Empty<Instruction>(), Array.Empty<DockerfileStage>(), new[] { error });
        }
    }

    internal const string InternalErrorMessage = "internal parser error";

    /// <summary>Without the safety net: tests use it so that a parser bug shows as the exception it is.</summary>
    internal static DockerfileDocument ParseUnguarded(string content) => new FileParser(new SourceText(content ?? string.Empty)).Run();

    private sealed class FileParser
    {
        private readonly string _content;
        private readonly SourceText _text;
        private readonly List<ParseError> _errors = new();
        private readonly List<ParserDirective> _directives = new();
        private readonly List<Instruction> _instructions = new();
        private readonly List<string> _ignoredIds = new();
        private readonly LogicalText.Builder _lineBuilder = new(); // reused for every instruction
        private char _escape = '\\';
        private int _line;

        public FileParser(SourceText text)
        {
            _content = text.Content;
            _text = text;
        }

        public DockerfileDocument Run()
        {
            bool directivesDone = false;
            var context = new ParseContext(_escape, _errors) { ReadHeredoc = ReadHeredoc };
            while (_line < _text.LineCount)
            {
                int start = _text.GetLineStart(_line);
                int end = _text.GetLineEnd(_line);
                if (_line == 0 && start < end && _content[start] == '\uFEFF')
                {
                    start++;
                }

                int first = SkipSpaces(start, end);
                if (!directivesDone)
                {
                    if (TryDirective(first, end))
                    {
                        _line++;
                        continue;
                    }

                    directivesDone = true;
                    context.Escape = _escape;
                }

                if (first == end)
                {
                    _ignoredIds.Clear(); // a blank line detaches comments from the next instruction
                    _line++;
                    continue;
                }

                if (_content[first] == '#')
                {
                    ReadIgnoreComment(first + 1, end);
                    _line++;
                    continue;
                }

                var instruction = ReadInstruction(first, end, context);
                if (_ignoredIds.Count > 0)
                {
                    instruction.IgnoredRuleIds = _ignoredIds.ToArray();
                    if (instruction is OnBuildInstruction { Trigger: { } trigger })
                    {
                        trigger.IgnoredRuleIds = instruction.IgnoredRuleIds;
                    }

                    _ignoredIds.Clear();
                }

                TrackWindowsShell(instruction, context);

                _instructions.Add(instruction);
            }

            var stages = BuildStages();
            var document = new DockerfileDocument(_text, _escape, _directives, _instructions, stages, _errors);
            ResolveImages(document);

            // ResolveImages built the global scope; the stages' scopes are built on first use, after ResolveImages
            // has linked each stage to its base stage (ENV is inherited along those links).
            return document;
        }

        // Stage name -> whether that stage runs Windows shells, so FROM <stage> inherits it.
        private readonly Dictionary<string, bool> _windowsStages = new(StringComparer.OrdinalIgnoreCase);
        private string? _currentStageName;

        /// <summary>
        /// Shell text of Windows images is PowerShell or cmd, where <c>\</c> is a path separator: follow the
        /// stage's base image and SHELL instructions so the shell splitter reads it that way.
        /// </summary>
        private void TrackWindowsShell(Instruction instruction, ParseContext context)
        {
            if (instruction is FromInstruction from)
            {
                string image = from.Image?.Value ?? string.Empty;
                context.WindowsShell = _windowsStages.TryGetValue(image, out bool inherited)
                    ? inherited
                    : IsWindowsImage(image);
                _currentStageName = from.StageName?.Value;
                if (_currentStageName != null)
                {
                    _windowsStages[_currentStageName] = context.WindowsShell;
                }
            }
            else if (instruction is CommandInstruction { Keyword: "SHELL", JsonArguments.Count: > 0 } shell)
            {
                string program = InstructionParser.ProgramName(shell.JsonArguments[0].Value).ToLowerInvariant();
                if (program.EndsWith(".exe", StringComparison.Ordinal))
                {
                    program = program.Substring(0, program.Length - 4);
                }

                context.WindowsShell = program is "powershell" or "pwsh" or "cmd";
                if (_currentStageName != null)
                {
                    _windowsStages[_currentStageName] = context.WindowsShell;
                }
            }
        }

        private static bool IsWindowsImage(string image)
        {
            string lower = image.ToLowerInvariant();
            return lower.Contains("mcr.microsoft.com/windows") || lower.Contains("servercore") || lower.Contains("nanoserver");
        }

        private int SkipSpaces(int start, int end)
        {
            while (start < end && TextHelpers.IsSpace(_content[start]))
            {
                start++;
            }

            return start;
        }

        /// <summary>
        /// BuildKit's <c>^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$</c> for a known name (syntax, escape,
        /// check). The first line that is not one ends the directives.
        /// </summary>
        private bool TryDirective(int start, int end)
        {
            if (start >= end || _content[start] != '#')
            {
                return false;
            }

            int i = SkipSpaces(start + 1, end);
            int nameStart = i;
            if (i >= end || !IsAsciiLetter(_content[i]))
            {
                return false;
            }

            while (i < end && (IsAsciiLetter(_content[i]) || (_content[i] >= '0' && _content[i] <= '9')))
            {
                i++;
            }

            string name = _content.Substring(nameStart, i - nameStart).ToLowerInvariant();
            i = SkipSpaces(i, end);
            if (i >= end || _content[i] != '=')
            {
                return false;
            }

            int valueStart = SkipSpaces(i + 1, end);
            int valueEnd = end;
            while (valueEnd > valueStart && TextHelpers.IsSpace(_content[valueEnd - 1]))
            {
                valueEnd--;
            }

            if (valueEnd <= valueStart || (name != "syntax" && name != "escape" && name != "check"))
            {
                return false;
            }

            string value = _content.Substring(valueStart, valueEnd - valueStart);
            var span = TextSpan.FromBounds(start, valueEnd);
            foreach (var seen in _directives)
            {
                if (seen.Name == name)
                {
                    _errors.Add(new ParseError($"only one {name} parser directive can be used", span));
                    return true;
                }
            }

            _directives.Add(new ParserDirective(name, value, span));
            if (name == "escape")
            {
                if (value == "`" || value == "\\")
                {
                    _escape = value[0];
                }
                else
                {
                    _errors.Add(new ParseError($"invalid escape token '{TextHelpers.Show(value)}' does not match ` or \\", TextSpan.FromBounds(valueStart, valueEnd)));
                }
            }

            return true;
        }

        private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

        /// <summary><c># containerguard ignore=CG4001,CG4002 [reason]</c>.</summary>
        private void ReadIgnoreComment(int start, int end)
        {
            int i = SkipSpaces(start, end);
            if (!Matches(ref i, end, "containerguard"))
            {
                return;
            }

            int afterName = i;
            i = SkipSpaces(i, end);
            if (i == afterName || !Matches(ref i, end, "ignore"))
            {
                return;
            }

            i = SkipSpaces(i, end);
            if (i >= end || _content[i] != '=')
            {
                return;
            }

            i = SkipSpaces(i + 1, end);
            while (i < end)
            {
                int idStart = i;
                while (i < end && char.IsLetterOrDigit(_content[i]))
                {
                    i++;
                }

                if (i > idStart)
                {
                    _ignoredIds.Add(_content.Substring(idStart, i - idStart).ToUpperInvariant());
                }

                int afterId = SkipSpaces(i, end);
                if (afterId < end && _content[afterId] == ',')
                {
                    i = SkipSpaces(afterId + 1, end);
                    continue;
                }

                break; // anything else is the reason text
            }
        }

        private bool Matches(ref int i, int end, string word)
        {
            if (end - i < word.Length || string.Compare(_content, i, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) != 0)
            {
                return false;
            }

            i += word.Length;
            return true;
        }

        /// <summary>
        /// Reads and parses the instruction that starts at <paramref name="first"/>. When the keyword is followed by
        /// a blank on its first line (nearly always), the keyword is read from the file and only the arguments are
        /// assembled as text; otherwise (a keyword broken by a continuation) the whole logical line is parsed.
        /// </summary>
        private Instruction ReadInstruction(int first, int end, ParseContext context)
        {
            int keywordEnd = TextHelpers.KeywordEnd(_content, first, end);

            int endOffset = ReadLogicalLine(first, end);
            var builder = _lineBuilder;
            if (keywordEnd == end)
            {
                return InstructionParser.Parse(builder.ToLogicalText(endOffset), context);
            }

            int keywordLength = keywordEnd - first;
            string keyword = InstructionParser.Keyword(_content, first, keywordLength);
            int argsStart = keywordLength;
            while (argsStart < builder.Length && TextHelpers.IsSpace(builder[argsStart]))
            {
                argsStart++;
            }

            int lineEnd = builder.Length > 0 ? builder.OffsetAt(builder.Length - 1) + 1 : endOffset;
            return InstructionParser.Parse(keyword, new TextSpan(first, keywordLength), builder.ToLogicalText(argsStart, endOffset), lineEnd, context);
        }

        /// <summary>
        /// Joins an instruction's physical lines into <see cref="_lineBuilder"/>: a line ending with the escape
        /// character (trailing blanks allowed) continues; blank lines and comment lines inside a continuation are
        /// dropped, as BuildKit does. Returns the file offset just past the text (for an empty text's position).
        /// </summary>
        private int ReadLogicalLine(int first, int end)
        {
            var builder = _lineBuilder;
            builder.Clear();
            builder.AppendRange(_content, first, end);
            int lastEnd = end;
            _line++;
            bool continued = TrimContinuation(builder, 0);
            while (continued && _line < _text.LineCount)
            {
                int start = _text.GetLineStart(_line);
                int lineEnd = _text.GetLineEnd(_line);
                int firstChar = SkipSpaces(start, lineEnd);
                _line++;
                if (firstChar == lineEnd || _content[firstChar] == '#')
                {
                    continue;
                }

                int lineStartInBuilder = builder.Length;
                builder.AppendRange(_content, start, lineEnd);
                lastEnd = lineEnd;
                continued = TrimContinuation(builder, lineStartInBuilder);
            }

            int length = builder.Length;
            while (length > 0 && TextHelpers.IsSpace(builder[length - 1]))
            {
                length--;
            }

            int endOffset = length < builder.Length ? builder.OffsetAt(length) : lastEnd;
            builder.Truncate(length);
            return endOffset;
        }

        /// <summary>
        /// BuildKit's <c>([^\\])\\[ \t]*$|^\\[ \t]*$</c> on the physical line that starts at
        /// <paramref name="lineStart"/>: an escape character at the end continues the line unless it is itself
        /// escaped (<c>echo \\</c> ends with a literal backslash).
        /// </summary>
        private bool TrimContinuation(LogicalText.Builder builder, int lineStart)
        {
            int i = builder.Length - 1;
            while (i >= lineStart && (builder[i] == ' ' || builder[i] == '\t'))
            {
                i--;
            }

            if (i >= lineStart && builder[i] == _escape && (i == lineStart || builder[i - 1] != _escape))
            {
                builder.Truncate(i);
                return true;
            }

            return false;
        }

        /// <summary>Reads heredoc body lines up to the delimiter line (leading tabs ignored for <c>&lt;&lt;-</c>).</summary>
        private HeredocBody ReadHeredoc(string delimiter, bool stripTabs)
        {
            var builder = new LogicalText.Builder();
            int bodyEnd = _content.Length;
            while (_line < _text.LineCount)
            {
                int start = _text.GetLineStart(_line);
                int end = _text.GetLineEnd(_line);
                int textStart = start;
                if (stripTabs)
                {
                    while (textStart < end && _content[textStart] == '\t')
                    {
                        textStart++;
                    }
                }

                _line++;
                if (end - textStart == delimiter.Length && string.CompareOrdinal(_content, textStart, delimiter, 0, delimiter.Length) == 0)
                {
                    return new HeredocBody(builder.ToLogicalText(start), terminated: true, end: end);
                }

                builder.AppendRange(_content, textStart, end);
                if (_content.Length > 0)
                {
                    builder.Append('\n', Math.Min(end, _content.Length - 1));
                }

                bodyEnd = end;
            }

            return new HeredocBody(builder.ToLogicalText(_content.Length), terminated: false, end: _content.Length);
        }

        private List<DockerfileStage> BuildStages()
        {
            var stages = new List<DockerfileStage>();
            DockerfileStage? current = null;
            foreach (var instruction in _instructions)
            {
                if (instruction is FromInstruction from)
                {
                    current = new DockerfileStage(stages.Count, from);
                    from.Stage = current;
                    stages.Add(current);
                    continue;
                }

                if (current == null)
                {
                    if (instruction is not ArgInstruction)
                    {
                        _errors.Add(new ParseError($"{TextHelpers.Show(instruction.Keyword)} before the first FROM: only ARG may come before FROM (no build stage in current context)", instruction.KeywordSpan));
                    }

                    continue;
                }

                instruction.Stage = current;
                current.Add(instruction);
                if (instruction is OnBuildInstruction { Trigger: { } trigger })
                {
                    trigger.Stage = current; // not in the stage's list: it runs in builds FROM this image
                }
            }

            if (stages.Count > 0)
            {
                stages[stages.Count - 1].IsFinal = true;
            }
            else
            {
                int at = _instructions.Count > 0 ? _instructions[_instructions.Count - 1].Span.End : 0;
                _errors.Add(new ParseError(_instructions.Count == 0 ? "the file has no instructions" : "the file has no FROM instruction (no stages to build)", new TextSpan(at, 0)));
            }

            return stages;
        }

        private static void ResolveImages(DockerfileDocument document)
        {
            var global = VariableScope.Global(document);
            var named = new Dictionary<string, DockerfileStage>(StringComparer.OrdinalIgnoreCase);
            foreach (var stage in document.Stages)
            {
                var from = stage.From;
                if (from.Image == null)
                {
                    AddName(named, stage);
                    continue;
                }

                string? resolved = global.Expand(from.Image.Raw);
                from.ResolvedImage = string.IsNullOrEmpty(resolved) ? null : resolved;

                // FROM <earlier stage>: BuildKit compares the expanded name with the stage names, case-insensitively.
                string reference = from.ResolvedImage ?? from.Image.Value;
                if (named.TryGetValue(reference, out var earlier))
                {
                    stage.BaseStage = earlier;
                }

                AddName(named, stage);
            }
        }

        // A duplicate stage name is only a BuildKit lint warning; references resolve to the first stage.
        private static void AddName(Dictionary<string, DockerfileStage> named, DockerfileStage stage)
        {
            if (stage.Name != null && !named.ContainsKey(stage.Name))
            {
                named[stage.Name] = stage;
            }
        }
    }
}
