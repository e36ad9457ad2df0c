using System;
using System.Collections.Generic;
using System.Linq;
using ContainerGuard.Text;

namespace ContainerGuard.Dockerfile.Parsing;

/// <summary>A heredoc body read from the lines after an instruction.</summary>
internal readonly struct HeredocBody
{
    public HeredocBody(LogicalText content, bool terminated, int end)
    {
        Content = content;
        Terminated = terminated;
        End = end;
    }

    public LogicalText Content { get; }

    public bool Terminated { get; }

    /// <summary>File offset just past the terminator line (or the end of the file).</summary>
    public int End { get; }
}

/// <summary>What the instruction parser needs from the file-level parser.</summary>
internal sealed class ParseContext
{
    public ParseContext(char escape, List<ParseError> errors)
    {
        Escape = escape;
        Errors = errors;
    }

    public char Escape { get; set; }

    public List<ParseError> Errors { get; }

    /// <summary>Shell text is Windows (PowerShell/cmd): escape=`, a Windows base image or a Windows SHELL.</summary>
    public bool Windows => Escape == '`' || WindowsShell;

    /// <summary>Set by the file parser from the stage's image and SHELL instructions.</summary>
    public bool WindowsShell { get; set; }

    /// <summary>Reads the body of a heredoc (delimiter, strip tabs) from the following lines.</summary>
    public Func<string, bool, HeredocBody>? ReadHeredoc { get; set; }

    public void Error(string message, TextSpan span) => Errors.Add(new ParseError(message, span));
}

/// <summary>Turns one logical line (continuations already joined) into a typed <see cref="Instruction"/>.</summary>
internal static class InstructionParser
{
    private static readonly HashSet<string> KnownKeywords = new(StringComparer.Ordinal)
    {
        "ADD", "ARG", "CMD", "COPY", "ENTRYPOINT", "ENV", "EXPOSE", "FROM", "HEALTHCHECK", "LABEL",
        "MAINTAINER", "ONBUILD", "RUN", "SHELL", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR",
    };

    private static readonly HashSet<string> Shells = new(StringComparer.Ordinal)
    {
        "sh", "bash", "ash", "dash", "zsh", "ksh", "mksh", "busybox",
    };

    /// <param name="line">The instruction, keyword first, trimmed, mapped to the file.</param>
    /// <param name="context">Escape character, error sink and heredoc reader (null inside ONBUILD).</param>
    public static Instruction Parse(LogicalText line, ParseContext context)
    {
        string s = line.Value;
        int keywordEnd = TextHelpers.KeywordEnd(s, 0, s.Length);

        string keyword = Keyword(s, 0, keywordEnd);
        var keywordSpan = line.GetSourceSpan(0, keywordEnd);
        int argsStart = keywordEnd;
        while (argsStart < s.Length && TextHelpers.IsSpace(s[argsStart]))
        {
            argsStart++;
        }

        var rest = line.Substring(argsStart, s.Length - argsStart);
        return Parse(keyword, keywordSpan, rest, line.SourceSpan.End, context);
    }

    /// <summary>
    /// The keyword <c>text[start..start+length)</c> in upper case: a known keyword's own string (no allocation per
    /// instruction), otherwise a new string.
    /// </summary>
    internal static string Keyword(string text, int start, int length)
    {
        foreach (string known in KnownKeywordList)
        {
            if (known.Length == length && AsciiCase.StartsWithAt(text, start, known))
            {
                return known;
            }
        }

        return text.Substring(start, length).ToUpperInvariant();
    }

    private static readonly string[] KnownKeywordList = KnownKeywords.ToArray();

    /// <summary>Parses an instruction whose keyword is already cut off: <paramref name="rest"/> is everything after it.</summary>
    /// <param name="lineEnd">The file offset just past the instruction's last character (continuations included).</param>
    internal static Instruction Parse(string keyword, TextSpan keywordSpan, LogicalText rest, int lineEnd, ParseContext context)
    {
        var flags = new List<InstructionFlag>();
        var args = DockerWords.ExtractFlags(rest, flags);

        Instruction instruction = keyword switch
        {
            "FROM" => ParseFrom(keyword, keywordSpan, args, context),
            "ARG" => ParseArg(keyword, keywordSpan, args, context),
            "ENV" or "LABEL" => ParseKeyValue(keyword, keywordSpan, args, context),
            "RUN" or "CMD" or "ENTRYPOINT" or "SHELL" or "HEALTHCHECK" => ParseCommand(keyword, keywordSpan, args, context),
            "COPY" or "ADD" => ParseCopy(keyword, keywordSpan, args, context),
            "ONBUILD" => ParseOnBuild(keyword, keywordSpan, args, context),
            _ => ParseWords(keyword, keywordSpan, args, context),
        };

        instruction.Flags = flags;
        instruction.Arguments = args;
        int end = Math.Max(lineEnd, keywordSpan.End);
        foreach (var heredoc in instruction.Heredocs)
        {
            end = Math.Max(end, heredoc.End);
        }

        if (instruction is OnBuildInstruction { Trigger: { } trigger })
        {
            end = Math.Max(end, trigger.Span.End);
        }

        instruction.Span = TextSpan.FromBounds(keywordSpan.Start, Math.Max(end, instruction.Span.End));
        return instruction;
    }

    private static FromInstruction ParseFrom(string keyword, TextSpan keywordSpan, LogicalText args, ParseContext context)
    {
        var from = new FromInstruction(keyword, keywordSpan);
        var words = DockerWords.WhitespaceWords(args, context.Escape, unquote: true);
        if (words.Count == 0)
        {
            context.Error("FROM requires an image name (FROM [--platform=…] image [AS name])", keywordSpan);
            return from;
        }

        from.Image = words[0];
        if (words.Count == 3 && string.Equals(words[1].Value, "AS", StringComparison.OrdinalIgnoreCase))
        {
            var name = words[2];
            if (IsValidStageName(name.Value.ToLowerInvariant()))
            {
                from.StageName = name;
            }
            else
            {
                context.Error($"invalid name for build stage: \"{TextHelpers.Show(name.Value)}\", name can't start with a number or contain symbols", name.Span);
            }
        }
        else if (words.Count != 1)
        {
            var extra = TextSpan.FromBounds(words[1].Span.Start, words[words.Count - 1].Span.End);
            context.Error("FROM requires either one or three arguments (FROM image [AS name])", extra);
        }

        return from;
    }

    private static bool IsValidStageName(string name)
    {
        // BuildKit: ^[a-z][a-z0-9-_.]*$
        if (name.Length == 0 || name[0] < 'a' || name[0] > 'z')
        {
            return false;
        }

        foreach (char c in name)
        {
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.'))
            {
                return false;
            }
        }

        return true;
    }

    private static ArgInstruction ParseArg(string keyword, TextSpan keywordSpan, LogicalText args, ParseContext context)
    {
        var arg = new ArgInstruction(keyword, keywordSpan);
        var declarations = new List<KeyValueArgument>();
        foreach (var (start, end) in DockerWords.SplitQuoted(args.Value, context.Escape))
        {
            int equals = args.Value.IndexOf('=', start, end - start);
            if (equals < 0)
            {
                declarations.Add(new KeyValueArgument(TextHelpers.Word(args, start, end), null));
                continue;
            }

            if (equals == start)
            {
                context.Error("ARG names can not be blank", args.GetSourceSpan(start, end - start));
                continue;
            }

            declarations.Add(KeyValue(args, start, equals, end, context.Escape, unquoteKey: false));
        }

        if (declarations.Count == 0 && args.Length == 0)
        {
            context.Error("ARG requires at least one argument", keywordSpan);
        }

        arg.Declarations = declarations;
        return arg;
    }

    private static KeyValueArgument KeyValue(LogicalText text, int start, int equals, int end, char escape, bool unquoteKey)
    {
        string rawKey = text.Value.Substring(start, equals - start);
        string rawValue = text.Value.Substring(equals + 1, end - equals - 1);
        var key = TextHelpers.Word(text, start, equals, rawKey, unquoteKey ? VariableExpander.Unquote(rawKey, escape) : rawKey);
        var value = TextHelpers.Word(text, equals + 1, end, rawValue, VariableExpander.Unquote(rawValue, escape));
        return new KeyValueArgument(key, value);
    }

    private static KeyValueInstruction ParseKeyValue(string keyword, TextSpan keywordSpan, LogicalText args, ParseContext context)
    {
        var instruction = new KeyValueInstruction(keyword, keywordSpan);
        var pairs = new List<KeyValueArgument>();
        var words = DockerWords.SplitQuoted(args.Value, context.Escape);
        bool isLabel = keyword == "LABEL";
        if (words.Count == 0)
        {
            context.Error($"{keyword} requires at least one argument", keywordSpan);
        }
        else if (args.Value.IndexOf('=', words[0].Start, words[0].End - words[0].Start) < 0)
        {
            // Legacy form: ENV name value with spaces — the value is the rest of the line.
            int keyEnd = 0;
            while (keyEnd < args.Length && !TextHelpers.IsBlank(args.Value[keyEnd]))
            {
                keyEnd++;
            }

            int valueStart = keyEnd;
            while (valueStart < args.Length && TextHelpers.IsBlank(args.Value[valueStart]))
            {
                valueStart++;
            }

            if (valueStart >= args.Length)
            {
                context.Error($"{keyword} must have two arguments ({keyword} name=value)", args.SourceSpan);
            }
            else
            {
                string rawKey = args.Value.Substring(0, keyEnd);
                var key = TextHelpers.Word(args, 0, keyEnd, rawKey, isLabel ? VariableExpander.Unquote(rawKey, context.Escape) : rawKey);
                string rawValue = args.Value.Substring(valueStart);
                pairs.Add(new KeyValueArgument(key, TextHelpers.Word(args, valueStart, args.Length, rawValue, VariableExpander.Unquote(rawValue, context.Escape))));
            }
        }
        else
        {
            foreach (var (start, end) in words)
            {
                int equals = args.Value.IndexOf('=', start, end - start);
                if (equals < 0)
                {
                    context.Error($"Syntax error - can't find = in \"{TextHelpers.Show(args.Value.Substring(start, end - start))}\". Must be of the form: name=value", args.GetSourceSpan(start, end - start));
                    continue;
                }

                if (equals == start)
                {
                    context.Error($"{keyword} names can not be blank", args.GetSourceSpan(start, end - start));
                    continue;
                }

                pairs.Add(KeyValue(args, start, equals, end, context.Escape, unquoteKey: isLabel));
            }
        }

        instruction.Pairs = pairs;
        return instruction;
    }

    private static CommandInstruction ParseCommand(string keyword, TextSpan keywordSpan, LogicalText args, ParseContext context)
    {
        var command = new CommandInstruction(keyword, keywordSpan);
        var scripts = new List<ShellScript>();
        var commandText = args;
        if (keyword == "HEALTHCHECK")
        {
            var words = DockerWords.SplitWhitespace(args.Value);
            if (words.Count == 0)
            {
                context.Error("HEALTHCHECK requires an argument (CMD … or NONE)", keywordSpan);
                return command;
            }

            string type = args.Value.Substring(words[0].Start, words[0].End - words[0].Start).ToUpperInvariant();
            if (type == "NONE")
            {
                if (words.Count > 1)
                {
                    context.Error("HEALTHCHECK NONE takes no arguments", args.GetSourceSpan(words[1].Start, args.Length - words[1].Start));
                }

                return command;
            }

            if (type != "CMD")
            {
                context.Error($"Unknown type \"{TextHelpers.Show(type)}\" in HEALTHCHECK (try CMD)", args.GetSourceSpan(words[0].Start, words[0].End - words[0].Start));
                return command;
            }

            if (words.Count == 1)
            {
                context.Error("HEALTHCHECK CMD requires a command", args.GetSourceSpan(words[0].Start, words[0].End - words[0].Start));
                return command;
            }

            commandText = args.Substring(words[1].Start, args.Length - words[1].Start);
        }

        var kind = JsonForm.TryParse(commandText.Value, out var elements);
        if (kind == JsonFormKind.NonStringArray)
        {
            context.Error("when using JSON array syntax, arrays must be comprised of strings only", commandText.SourceSpan);
        }

        if (kind == JsonFormKind.StringArray)
        {
            command.IsJsonForm = true;
            var jsonWords = new List<LogicalWord>();
            foreach (var element in elements)
            {
                jsonWords.Add(JsonForm.ToWord(commandText, element));
            }

            command.JsonArguments = jsonWords;
            if (keyword != "SHELL")
            {
                var script = ShellScriptOfExecForm(commandText, elements);
                if (script != null)
                {
                    scripts.Add(script);
                }
            }
        }
        else if (keyword == "SHELL")
        {
            context.Error("SHELL requires the arguments to be in JSON form", commandText.Length == 0 ? keywordSpan : commandText.SourceSpan);
        }
        else if (commandText.Length > 0)
        {
            var shellForm = ShellScriptParser.Parse(commandText, context.Windows);
            command.ShellForm = shellForm;
            if (shellForm.Commands.Count > 0)
            {
                scripts.Add(shellForm);
            }

            if (keyword == "RUN")
            {
                var heredocs = ReadHeredocs(commandText, context);
                command.Heredocs = heredocs;
                if (heredocs.Count > 0)
                {
                    AddHeredocScripts(commandText, shellForm, heredocs, scripts, context.Windows);
                }
            }
        }

        command.Scripts = scripts;
        return command;
    }

    /// <summary><c>["sh", "-c", "script"]</c>: the script argument, parsed as shell.</summary>
    private static ShellScript? ShellScriptOfExecForm(LogicalText text, List<JsonStringElement> elements)
    {
        if (elements.Count < 3 || !Shells.Contains(ProgramName(elements[0].Value)))
        {
            return null;
        }

        int index = 1;
        if (ProgramName(elements[0].Value) == "busybox")
        {
            if (elements[1].Value != "sh" && elements[1].Value != "ash")
            {
                return null;
            }

            index = 2;
        }

        for (; index < elements.Count - 1; index++)
        {
            string option = elements[index].Value;
            if (option.Length < 2 || (option[0] != '-' && option[0] != '+') || option == "--")
            {
                return null;
            }

            if (option[1] != '-' && option[0] == '-' && option.IndexOf('c') > 0)
            {
                return ShellScriptParser.Parse(JsonForm.ToLogicalText(text, elements[index + 1]), windows: false);
            }

            if (option == "-o" || option == "+o" || option == "-O" || option == "+O")
            {
                index++; // "-o pipefail": the option's argument
            }
        }

        return null;
    }

    internal static string ProgramName(string path)
    {
        int slash = path.LastIndexOfAny(new[] { '/', '\\' });
        return slash < 0 ? path : path.Substring(slash + 1);
    }

    /// <summary>
    /// BuildKit reads a heredoc for each word of the form <c>[n]&lt;&lt;[-]NAME</c> (quotes allowed around
    /// NAME), in order, from the lines after the instruction.
    /// </summary>
    private static IReadOnlyList<Heredoc> ReadHeredocs(LogicalText args, ParseContext context)
    {
        if (context.ReadHeredoc == null || args.Value.IndexOf("<<", StringComparison.Ordinal) < 0)
        {
            return Array.Empty<Heredoc>();
        }

        var heredocs = new List<Heredoc>();
        foreach (var (start, end) in DockerWords.SplitQuoted(args.Value, '\\'))
        {
            if (!TryParseOpener(args.Value.Substring(start, end - start), out string name, out bool strip, out bool quoted))
            {
                continue;
            }

            var body = context.ReadHeredoc(name, strip);
            var opener = args.GetSourceSpan(start, end - start);
            if (!body.Terminated)
            {
                context.Error($"unterminated heredoc: no line \"{TextHelpers.Show(name)}\" ends it", opener);
            }

            heredocs.Add(new Heredoc(name, strip, quoted, body.Content, opener) { End = body.End });
        }

        return heredocs;
    }

    /// <summary>BuildKit's <c>^(\d*)&lt;&lt;(-?)([^&lt;]*)$</c> on a raw word.</summary>
    internal static bool TryParseOpener(string word, out string name, out bool stripTabs, out bool quoted)
    {
        name = string.Empty;
        stripTabs = false;
        quoted = false;
        int i = 0;
        while (i < word.Length && word[i] >= '0' && word[i] <= '9')
        {
            i++;
        }

        if (i + 2 > word.Length || word[i] != '<' || word[i + 1] != '<')
        {
            return false;
        }

        i += 2;
        if (i < word.Length && word[i] == '-')
        {
            stripTabs = true;
            i++;
        }

        string rest = word.Substring(i);
        if (rest.Length == 0 || rest.IndexOf('<') >= 0)
        {
            return false;
        }

        name = VariableExpander.Unquote(rest, '\\');
        quoted = rest.IndexOf('"') >= 0 || rest.IndexOf('\'') >= 0;
        return name.Length > 0;
    }

    /// <summary>
    /// A RUN heredoc is a shell script when the command is only heredocs (<c>RUN &lt;&lt;EOF</c>: BuildKit runs
    /// the body with the shell, or with its <c>#!</c> interpreter) or when a shell reads it (<c>RUN bash &lt;&lt;EOF</c>).
    /// <c>RUN python3 &lt;&lt;EOF</c> feeds Python, not a shell.
    /// </summary>
    private static void AddHeredocScripts(LogicalText args, ShellScript shellForm, IReadOnlyList<Heredoc> heredocs, List<ShellScript> scripts, bool windows)
    {
        bool bare = true;
        foreach (var (start, end) in DockerWords.SplitQuoted(args.Value, '\\'))
        {
            if (!TryParseOpener(args.Value.Substring(start, end - start), out _, out _, out _))
            {
                bare = false;
                break;
            }
        }

        bool shellReads = false;
        if (!bare && shellForm.Commands.Count > 0)
        {
            var first = shellForm.Commands[0];
            shellReads = Shells.Contains(first.Name);
            foreach (var argument in first.Arguments)
            {
                if (argument.Value.StartsWith("-", StringComparison.Ordinal) && !argument.Value.StartsWith("--", StringComparison.Ordinal) && argument.Value.IndexOf('c') > 0)
                {
                    shellReads = false; // bash -c '…' <<EOF: the heredoc is the script's input
                }
            }
        }

        if (!bare && !shellReads)
        {
            return;
        }

        foreach (var heredoc in heredocs)
        {
            if (IsShellShebang(heredoc.Content.Value))
            {
                heredoc.IsShellScript = true;
                scripts.Add(ShellScriptParser.Parse(heredoc.Content, windows));
            }
        }
    }

    private static bool IsShellShebang(string content)
    {
        if (!content.StartsWith("#!", StringComparison.Ordinal))
        {
            return true;
        }

        int eol = content.IndexOf('\n');
        string line = (eol < 0 ? content : content.Substring(0, eol)).Substring(2).Trim();
        var parts = line.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return false;
        }

        string program = ProgramName(parts[0]);
        if (program == "env")
        {
            int k = 1;
            while (k < parts.Length && parts[k].StartsWith("-", StringComparison.Ordinal))
            {
                k++;
            }

            program = k < parts.Length ? ProgramName(parts[k]) : string.Empty;
        }

        return Shells.Contains(program);
    }

    private static CopyInstruction ParseCopy(string keyword, TextSpan keywordSpan, LogicalText args, ParseContext context)
    {
        var copy = new CopyInstruction(keyword, keywordSpan);
        List<LogicalWord> words;
        var kind = JsonForm.TryParse(args.Value, out var elements);
        if (kind == JsonFormKind.StringArray)
        {
            copy.IsJsonForm = true;
            words = new List<LogicalWord>();
            foreach (var element in elements)
            {
                words.Add(JsonForm.ToWord(args, element));
            }

            copy.JsonArguments = words;
        }
        else
        {
            if (kind == JsonFormKind.NonStringArray)
            {
                context.Error("when using JSON array syntax, arrays must be comprised of strings only", args.SourceSpan);
            }

            words = DockerWords.WhitespaceWords(args, context.Escape, unquote: true);
            copy.Heredocs = ReadHeredocs(args, context);
        }

        if (words.Count < 2)
        {
            context.Error($"{keyword} requires at least two arguments, but only {words.Count} provided (source and destination)", words.Count == 0 ? keywordSpan : args.SourceSpan);
        }

        if (words.Count >= 1)
        {
            copy.Destination = words.Count >= 2 ? words[words.Count - 1] : null;
            copy.Sources = words.Count >= 2 ? words.GetRange(0, words.Count - 1) : words;
        }

        return copy;
    }

    private static OnBuildInstruction ParseOnBuild(string keyword, TextSpan keywordSpan, LogicalText args, ParseContext context)
    {
        var onBuild = new OnBuildInstruction(keyword, keywordSpan);
        if (args.Length == 0)
        {
            context.Error("ONBUILD requires at least one argument", keywordSpan);
            return onBuild;
        }

        // BuildKit reads heredocs of a trigger too (ONBUILD RUN <<EOF).
        var inner = new ParseContext(context.Escape, context.Errors)
        {
            WindowsShell = context.WindowsShell,
            ReadHeredoc = context.ReadHeredoc,
        };
        var trigger = Parse(args, inner);
        onBuild.Trigger = trigger;
        if (trigger.Keyword is "ONBUILD" or "FROM" or "MAINTAINER")
        {
            context.Error(trigger.Keyword == "ONBUILD"
                ? "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed"
                : $"{trigger.Keyword} isn't allowed as an ONBUILD trigger", trigger.KeywordSpan);
        }

        return onBuild;
    }

    private static WordsInstruction ParseWords(string keyword, TextSpan keywordSpan, LogicalText args, ParseContext context)
    {
        var instruction = new WordsInstruction(keyword, keywordSpan);
        if (!KnownKeywords.Contains(keyword))
        {
            context.Error($"unknown instruction: {TextHelpers.Show(keyword)}", keywordSpan);
        }

        List<LogicalWord> words;
        List<JsonStringElement> elements = new();
        var kind = keyword == "VOLUME" ? JsonForm.TryParse(args.Value, out elements) : JsonFormKind.NotJson;
        if (kind != JsonFormKind.NotJson)
        {
            if (kind == JsonFormKind.NonStringArray)
            {
                context.Error("when using JSON array syntax, arrays must be comprised of strings only", args.SourceSpan);
            }

            instruction.IsJsonForm = true;
            words = new List<LogicalWord>();
            foreach (var element in elements)
            {
                words.Add(JsonForm.ToWord(args, element));
            }

            instruction.JsonArguments = words;
        }
        else if (keyword is "EXPOSE" or "VOLUME")
        {
            words = DockerWords.WhitespaceWords(args, context.Escape, unquote: true);
        }
        else
        {
            words = DockerWords.QuotedWords(args, context.Escape);
        }

        if (words.Count == 0 && KnownKeywords.Contains(keyword))
        {
            context.Error($"{keyword} requires an argument", keywordSpan);
        }

        instruction.Words = words;
        return instruction;
    }
}
