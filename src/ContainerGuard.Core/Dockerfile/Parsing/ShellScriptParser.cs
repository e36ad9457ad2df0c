using System.Collections.Generic;
using System.Text;
using ContainerGuard.Text;

namespace ContainerGuard.Dockerfile.Parsing;

/// <summary>
/// Splits shell text into simple commands (see <see cref="ShellScript"/>). A single forward pass with an
/// explicit stack for <c>$( … )</c>, <c>&lt;( … )</c> and backticks, so it is linear and cannot overflow;
/// nesting deeper than <see cref="MaxDepth"/> is kept as opaque text and marks the script incomplete.
/// </summary>
internal sealed class ShellScriptParser
{
    public const int MaxDepth = 64;

    private readonly LogicalText _source;
    private readonly string _s;
    private readonly bool _windows;
    private readonly List<ShellCommand> _commands = new();
    private readonly Stack<Frame> _frames = new();
    private readonly List<(string Delimiter, bool StripTabs)> _pendingHeredocs = new();
    private bool _incomplete;
    private int _pos;

    private ShellScriptParser(LogicalText source, bool windows)
    {
        _source = source;
        _s = source.Value;
        _windows = windows;
    }

    /// <param name="source">The script text, mapped to the file.</param>
    /// <param name="windows">
    /// True for files with <c># escape=`</c>: the text is usually PowerShell or cmd, so <c>\</c> is an ordinary
    /// character (a path separator) and backticks do not start command substitution.
    /// </param>
    public static ShellScript Parse(LogicalText source, bool windows)
    {
        var parser = new ShellScriptParser(source, windows);
        parser.Run();
        return new ShellScript(source, parser._commands) { IsIncomplete = parser._incomplete, IsWindows = windows };
    }

    private enum FrameKind
    {
        Top,
        Paren,
        Backtick,
    }

    // Case states: subject, then "in", then patterns up to ')', then a body up to ';;' or 'esac'.
    private const int CaseSubject = 0;
    private const int CaseIn = 1;
    private const int CasePattern = 2;
    private const int CaseBody = 3;

    private sealed class Frame
    {
        public FrameKind Kind;
        public int Start;
        public List<LogicalWord> Assignments = new();
        public List<LogicalWord> Words = new();
        public bool RedirectPending;
        public bool HeredocRedirect;
        public bool HeredocStripTabs;
        public int SubshellDepth;
        public bool ForHeader;
        public bool DoubleBracket;
        public List<int> Cases = new();
        public bool InWord;
        public bool InDoubleQuote;
        public bool WordQuoted;
        public int WordStart;
        public StringBuilder Word = new();

        public int CaseState => Cases.Count == 0 ? -1 : Cases[Cases.Count - 1];

        public void SetCaseState(int state) => Cases[Cases.Count - 1] = state;
    }

    private void Run()
    {
        _frames.Push(new Frame { Kind = FrameKind.Top });
        while (_pos < _s.Length)
        {
            var f = _frames.Peek();
            char c = _s[_pos];
            if (f.InDoubleQuote)
            {
                DoubleQuoted(f, c);
            }
            else if (f.InWord)
            {
                Unquoted(f, c);
            }
            else
            {
                BetweenWords(f, c);
            }
        }

        while (_frames.Count > 0)
        {
            var f = _frames.Peek();
            if (f.InDoubleQuote)
            {
                _incomplete = true;
            }

            if (f.Kind != FrameKind.Top)
            {
                _incomplete = true;
                CloseFrame(_s.Length);
            }
            else
            {
                FinishWord(f);
                EndCommand(f, string.Empty);
                _frames.Pop();
            }
        }

        if (_pendingHeredocs.Count > 0 && _s.IndexOf('\n') >= 0)
        {
            _incomplete = true;
        }
    }

    private void DoubleQuoted(Frame f, char c)
    {
        if (c == '"')
        {
            f.InDoubleQuote = false;
            _pos++;
        }
        else if (c == '\\' && !_windows && _pos + 1 < _s.Length)
        {
            char next = _s[_pos + 1];
            if (next == '\n')
            {
                _pos += 2;
            }
            else if (next == '$' || next == '`' || next == '"' || next == '\\')
            {
                f.Word.Append(next);
                _pos += 2;
            }
            else
            {
                f.Word.Append(c);
                _pos++;
            }
        }
        else if (c == '$')
        {
            Dollar(f);
        }
        else if (c == '`' && !_windows)
        {
            if (f.Kind == FrameKind.Backtick)
            {
                // `echo "x` : the backtick ends the substitution; the quote was never closed.
                f.InDoubleQuote = false;
                _incomplete = true;
                CloseFrame(_pos);
            }
            else
            {
                OpenBacktick(f);
            }
        }
        else
        {
            int end = _pos + 1;
            while (end < _s.Length && _s[end] is not ('"' or '\\' or '$' or '`'))
            {
                end++;
            }

            f.Word.Append(_s, _pos, end - _pos);
            _pos = end;
        }
    }

    private static bool IsBreak(char c) => c < 128 && CharClasses[c] == Break;

    // ASCII character classes, looked up instead of compared one by one: the inner loops run once per character.
    private const byte Plain = 0;
    private const byte Break = 1;
    private const byte WordSpecial = 2;
    private static readonly byte[] CharClasses = BuildCharClasses();

    private static byte[] BuildCharClasses()
    {
        var classes = new byte[128];
        foreach (char c in " \t\r\n;&|()<>")
        {
            classes[c] = Break;
        }

        foreach (char c in "'\"\\$`")
        {
            classes[c] = WordSpecial;
        }

        return classes;
    }

    private void Unquoted(Frame f, char c)
    {
        if (c == '`' && f.Kind == FrameKind.Backtick && !_windows)
        {
            CloseFrame(_pos);
            return;
        }

        if (IsBreak(c))
        {
            if (f.DoubleBracket && c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != ';')
            {
                // Inside [[ … ]], && || < > ( ) are operators of the test, not of the shell.
                f.Word.Append(c);
                _pos++;
                return;
            }

            if ((c == '<' || c == '>') && !f.WordQuoted && IsAllDigits(f.Word))
            {
                // "2>&1": the digits name a file descriptor of the redirection.
                f.InWord = false;
                f.Word.Clear();
                return;
            }

            FinishWord(f);
            return;
        }

        switch (c)
        {
            case '\'':
                f.WordQuoted = true;
                _pos++;
                while (_pos < _s.Length && _s[_pos] != '\'')
                {
                    f.Word.Append(_s[_pos++]);
                }

                if (_pos >= _s.Length)
                {
                    _incomplete = true;
                    return;
                }

                _pos++;
                return;
            case '"':
                f.WordQuoted = true;
                f.InDoubleQuote = true;
                _pos++;
                return;
            case '\\' when !_windows:
                if (_pos + 1 >= _s.Length)
                {
                    f.Word.Append(c);
                    _pos++;
                }
                else if (_s[_pos + 1] == '\n')
                {
                    _pos += 2;
                }
                else
                {
                    f.WordQuoted = true;
                    f.Word.Append(_s[_pos + 1]);
                    _pos += 2;
                }

                return;
            case '$':
                Dollar(f);
                return;
            case '`' when !_windows:
                OpenBacktick(f);
                return;
            default:
                // A run of ordinary characters is appended at once (most of a script is plain words).
                int end = _pos + 1;
                while (end < _s.Length && IsPlainInWord(_s[end]))
                {
                    end++;
                }

                f.Word.Append(_s, _pos, end - _pos);
                _pos = end;
                return;
        }
    }

    /// <summary>Characters that mean nothing special inside an unquoted word (everything but breaks, quotes, escapes, substitutions).</summary>
    private static bool IsPlainInWord(char c) => c >= 128 || CharClasses[c] == Plain;

    private void BetweenWords(Frame f, char c)
    {
        switch (c)
        {
            case ' ':
            case '\t':
            case '\r':
                _pos++;
                return;
            case '\n':
                _pos++;
                EndCommand(f, ";");
                SkipHeredocBodies();
                return;
            case '#':
                while (_pos < _s.Length && _s[_pos] != '\n')
                {
                    _pos++;
                }

                return;
            case '\\' when !_windows && _pos + 1 < _s.Length && _s[_pos + 1] == '\n':
                _pos += 2;
                return;
            case '`' when f.Kind == FrameKind.Backtick && !_windows:
                CloseFrame(_pos);
                return;
        }

        if (f.DoubleBracket && (c == '&' || c == '|' || c == '<' || c == '>' || c == '(' || c == ')'))
        {
            StartWord(f);
            return;
        }

        switch (c)
        {
            case ';':
                if (Next(1) == ';' || Next(1) == '&')
                {
                    // ";;", ";&", ";;&": end of a case branch.
                    _pos += Next(1) == ';' && Next(2) == '&' ? 3 : 2;
                    EndCommand(f, ";");
                    if (f.CaseState == CaseBody)
                    {
                        f.SetCaseState(CasePattern);
                    }

                    return;
                }

                _pos++;
                EndCommand(f, ";");
                return;
            case '&':
                if (Next(1) == '&')
                {
                    _pos += 2;
                    EndCommand(f, "&&");
                }
                else if (Next(1) == '>')
                {
                    _pos += Next(2) == '>' ? 3 : 2;
                    Redirect(f, heredoc: false, stripTabs: false);
                }
                else
                {
                    _pos++;
                    EndCommand(f, "&");
                }

                return;
            case '|':
                if (f.CaseState == CasePattern)
                {
                    _pos++;
                    return;
                }

                if (Next(1) == '|')
                {
                    _pos += 2;
                    EndCommand(f, "||");
                }
                else
                {
                    _pos += Next(1) == '&' ? 2 : 1;
                    EndCommand(f, "|");
                }

                return;
            case '(':
                if (f.CaseState == CasePattern)
                {
                    _pos++;
                    return;
                }

                if (Next(1) == '(' && (f.ForHeader || (f.Words.Count == 0 && f.Assignments.Count == 0)))
                {
                    // "(( arithmetic ))" and "for (( … ))": not commands.
                    SkipBalanced('(', ')', 0);
                    return;
                }

                _pos++;
                EndCommand(f, string.Empty);
                f.SubshellDepth++;
                return;
            case ')':
                if (f.CaseState == CasePattern)
                {
                    _pos++;
                    f.SetCaseState(CaseBody);
                    return;
                }

                if (f.SubshellDepth > 0)
                {
                    _pos++;
                    EndCommand(f, string.Empty);
                    f.SubshellDepth--;
                    return;
                }

                if (f.Kind == FrameKind.Paren)
                {
                    CloseFrame(_pos);
                    return;
                }

                _incomplete = true;
                _pos++;
                EndCommand(f, string.Empty);
                return;
            case '<':
            case '>':
                Operator(f, c);
                return;
        }

        StartWord(f);
    }

    private void Operator(Frame f, char c)
    {
        if (Next(1) == '(')
        {
            // Process substitution <( … ) / >( … ): a word whose inside is a command list.
            StartWord(f);
            f.WordQuoted = true;
            Push(f, FrameKind.Paren, 2);
            return;
        }

        if (c == '<' && Next(1) == '<')
        {
            if (Next(2) == '<')
            {
                _pos += 3;
                Redirect(f, heredoc: false, stripTabs: false);
                return;
            }

            bool strip = Next(2) == '-';
            _pos += strip ? 3 : 2;
            Redirect(f, heredoc: true, stripTabs: strip);
            return;
        }

        char next = Next(1);
        _pos += next == '>' || next == '&' || next == '|' || (c == '<' && next == '>') ? 2 : 1;
        Redirect(f, heredoc: false, stripTabs: false);
    }

    private static void Redirect(Frame f, bool heredoc, bool stripTabs)
    {
        f.RedirectPending = true;
        f.HeredocRedirect = heredoc;
        f.HeredocStripTabs = stripTabs;
    }

    private char Next(int offset) => _pos + offset < _s.Length ? _s[_pos + offset] : '\0';

    private void StartWord(Frame f)
    {
        f.InWord = true;
        f.WordQuoted = false;
        f.Word.Clear();
        f.WordStart = _pos;
    }

    private void Dollar(Frame f)
    {
        char next = Next(1);
        if (next == '(' && Next(2) == '(')
        {
            int start = _pos;
            _pos++;
            SkipBalanced('(', ')', 0);
            f.Word.Append(_s, start, _pos - start);
        }
        else if (next == '(')
        {
            Push(f, FrameKind.Paren, 2);
        }
        else if (next == '{')
        {
            int start = _pos;
            _pos++;
            SkipBalanced('{', '}', 0);
            f.Word.Append(_s, start, _pos - start);
        }
        else if (next == '\'' && !f.InDoubleQuote)
        {
            // $'…' (ANSI-C quoting): keep the content, escapes as written.
            f.WordQuoted = true;
            _pos += 2;
            while (_pos < _s.Length && _s[_pos] != '\'')
            {
                if (_s[_pos] == '\\' && _pos + 1 < _s.Length)
                {
                    f.Word.Append(_s[_pos++]);
                }

                f.Word.Append(_s[_pos++]);
            }

            if (_pos >= _s.Length)
            {
                _incomplete = true;
                _pos = _s.Length;
                return;
            }

            _pos++;
        }
        else
        {
            f.Word.Append('$');
            _pos++;
        }
    }

    private void OpenBacktick(Frame f) => Push(f, FrameKind.Backtick, 1);

    private void Push(Frame outer, FrameKind kind, int openerLength)
    {
        if (_frames.Count >= MaxDepth)
        {
            // Too deep to analyse: keep the text in the word, as written.
            _incomplete = true;
            int start = _pos;
            if (kind == FrameKind.Backtick)
            {
                _pos++;
                while (_pos < _s.Length && _s[_pos] != '`')
                {
                    _pos++;
                }

                _pos = System.Math.Min(_pos + 1, _s.Length);
            }
            else
            {
                _pos += openerLength - 1;
                SkipBalanced('(', ')', 0);
            }

            outer.Word.Append(_s, start, _pos - start);
            return;
        }

        _frames.Push(new Frame { Kind = kind, Start = _pos });
        _pos += openerLength;
    }

    /// <summary>Ends the innermost substitution at <paramref name="closeAt"/> (its ')' or '`', or the end).</summary>
    private void CloseFrame(int closeAt)
    {
        var inner = _frames.Pop();
        if (inner.InWord)
        {
            _pos = closeAt;
            FinishWord(inner);
        }

        EndCommand(inner, string.Empty);
        int end = System.Math.Min(closeAt + 1, _s.Length);
        var outer = _frames.Peek();
        outer.Word.Append(_s, inner.Start, end - inner.Start);
        _pos = end;
    }

    /// <summary>From an opening character at _pos, skips to just past its balanced close (or the end).</summary>
    private void SkipBalanced(char open, char close, int depth)
    {
        while (_pos < _s.Length)
        {
            char c = _s[_pos++];
            if (c == open)
            {
                depth++;
            }
            else if (c == close && --depth <= 0)
            {
                return;
            }
            else if (c == '\\' && !_windows)
            {
                _pos++;
            }
        }

        _pos = System.Math.Min(_pos, _s.Length);
        _incomplete = true;
    }

    private void SkipHeredocBodies()
    {
        if (_pendingHeredocs.Count == 0)
        {
            return;
        }

        foreach (var (delimiter, stripTabs) in _pendingHeredocs)
        {
            bool found = false;
            while (_pos < _s.Length && !found)
            {
                int eol = _s.IndexOf('\n', _pos);
                if (eol < 0)
                {
                    eol = _s.Length;
                }

                int lineStart = _pos;
                if (stripTabs)
                {
                    while (lineStart < eol && _s[lineStart] == '\t')
                    {
                        lineStart++;
                    }
                }

                int lineEnd = eol > lineStart && _s[eol - 1] == '\r' ? eol - 1 : eol;
                found = lineEnd - lineStart == delimiter.Length && string.CompareOrdinal(_s, lineStart, delimiter, 0, delimiter.Length) == 0;
                _pos = System.Math.Min(eol + 1, _s.Length);
            }

            if (!found)
            {
                _incomplete = true;
            }
        }

        _pendingHeredocs.Clear();
    }

    private static bool IsAllDigits(StringBuilder word)
    {
        if (word.Length == 0)
        {
            return false;
        }

        for (int i = 0; i < word.Length; i++)
        {
            if (word[i] < '0' || word[i] > '9')
            {
                return false;
            }
        }

        return true;
    }

    private void FinishWord(Frame f)
    {
        if (!f.InWord)
        {
            return;
        }

        f.InWord = false;
        int start = f.WordStart;
        int end = _pos;
        if (start < 0 || end <= start)
        {
            f.Word.Clear();
            return;
        }

        // Every step appends what it consumes or less (quotes, escapes, continuations), so a value as long as
        // the raw text is the raw text: one string for both.
        string raw = _s.Substring(start, end - start);
        string value = f.Word.Length == raw.Length ? raw : f.Word.ToString();
        f.Word.Clear();
        var word = new LogicalWord(value, raw, _source.GetSourceSpan(start, end - start)) { RawSource = _source, RawStart = start };
        bool plain = !f.WordQuoted;

        if (f.RedirectPending)
        {
            f.RedirectPending = false;
            if (f.HeredocRedirect)
            {
                _pendingHeredocs.Add((value, f.HeredocStripTabs));
            }

            return;
        }

        if (f.ForHeader)
        {
            return;
        }

        switch (f.CaseState)
        {
            case CaseSubject:
                f.SetCaseState(CaseIn);
                return;
            case CaseIn:
                f.SetCaseState(CasePattern);
                return;
            case CasePattern:
                if (plain && value == "esac")
                {
                    f.Cases.RemoveAt(f.Cases.Count - 1);
                }

                return;
        }

        if (f.DoubleBracket && plain && value == "]]")
        {
            f.DoubleBracket = false;
            f.Words.Add(word);
            return;
        }

        if (f.Words.Count == 0 && plain)
        {
            switch (value)
            {
                case "if":
                case "then":
                case "else":
                case "elif":
                case "do":
                case "while":
                case "until":
                case "!":
                case "{":
                case "time":
                    return;
                case "fi":
                case "done":
                case "}":
                    EndCommand(f, string.Empty);
                    return;
                case "esac":
                    if (f.Cases.Count > 0)
                    {
                        f.Cases.RemoveAt(f.Cases.Count - 1);
                    }

                    return;
                case "for":
                case "select":
                    if (f.Assignments.Count == 0)
                    {
                        f.ForHeader = true;
                        return;
                    }

                    break;
                case "case":
                    if (f.Assignments.Count == 0 && f.Cases.Count < MaxDepth)
                    {
                        f.Cases.Add(CaseSubject);
                        return;
                    }

                    break;
            }

            if (IsAssignment(word.Raw))
            {
                f.Assignments.Add(word);
                return;
            }

            if (value == "[[")
            {
                f.DoubleBracket = true;
            }
        }
        else if (f.Words.Count == 0 && IsAssignment(word.Raw))
        {
            f.Assignments.Add(word);
            return;
        }

        f.Words.Add(word);
    }

    private static bool IsAssignment(string raw)
    {
        if (raw.Length == 0 || !TextHelpers.IsNameStart(raw[0]))
        {
            return false;
        }

        int i = 1;
        while (i < raw.Length && TextHelpers.IsNameChar(raw[i]))
        {
            i++;
        }

        if (i < raw.Length && raw[i] == '+')
        {
            i++;
        }

        return i < raw.Length && raw[i] == '=';
    }

    private void EndCommand(Frame f, string followedBy)
    {
        FinishWord(f);
        f.RedirectPending = false;
        if (followedBy.Length > 0 && followedBy != "|")
        {
            f.ForHeader = false;
        }

        f.DoubleBracket = false;
        if (f.Words.Count == 0 && f.Assignments.Count == 0)
        {
            return;
        }

        _commands.Add(new ShellCommand(f.Assignments, f.Words, followedBy));
        f.Assignments = new List<LogicalWord>();
        f.Words = new List<LogicalWord>();
    }
}
