using System;
using System.Collections.Generic;
using System.Text;
using ContainerGuard.Text;

namespace ContainerGuard.Json;

public sealed class JsonParserOptions
{
    public static readonly JsonParserOptions Default = new();

    /// <summary><c>// line</c> and <c>/* block */</c> comments, as bicepconfig.json and ARM templates accept.</summary>
    public bool AllowComments { get; init; } = true;

    /// <summary>A comma before <c>]</c> or <c>}</c>.</summary>
    public bool AllowTrailingCommas { get; init; } = true;

    /// <summary>Deepest nesting of objects and arrays; deeper input is an error (consumers may recurse over the tree).</summary>
    public int MaxDepth { get; init; } = 512;

    /// <summary>Errors kept before the parser stops; recovery after a bad token rarely says anything new.</summary>
    public int MaxErrors { get; init; } = 100;
}

/// <summary>
/// A small JSON reader for Core (which cannot depend on System.Text.Json): keeps every span, never throws on
/// input, runs in linear time with an explicit stack (no recursion), accepts comments and trailing commas.
/// Recoverable errors (a missing comma or colon, a bad escape, a malformed number, a trailing comma when not
/// allowed) are reported and reading goes on; anything else stops the parse with the tree read so far.
/// </summary>
public static class JsonParser
{
    public static JsonDocument Parse(string text, JsonParserOptions? options = null)
    {
        var reader = new Reader(text ?? string.Empty, options ?? JsonParserOptions.Default);
        var root = reader.ParseDocument();
        return new JsonDocument(text ?? string.Empty, root, reader.Errors);
    }

    private enum TokenKind
    {
        EndOfFile,
        OpenBrace,
        CloseBrace,
        OpenBracket,
        CloseBracket,
        Colon,
        Comma,
        String,
        Number,
        True,
        False,
        Null,
        Invalid,
    }

    private readonly struct Token
    {
        public Token(TokenKind kind, int start, int end, string? value = null)
        {
            Kind = kind;
            Start = start;
            End = end;
            Value = value;
        }

        public TokenKind Kind { get; }

        public int Start { get; }

        public int End { get; }

        /// <summary>Unescaped string value or raw number text.</summary>
        public string? Value { get; }

        public TextSpan Span => TextSpan.FromBounds(Start, End);

        public bool StartsValue => Kind is TokenKind.OpenBrace or TokenKind.OpenBracket or TokenKind.String
            or TokenKind.Number or TokenKind.True or TokenKind.False or TokenKind.Null;
    }

    private sealed class Frame
    {
        public Frame(bool isObject, int start)
        {
            IsObject = isObject;
            Start = start;
            if (isObject)
            {
                Properties = new List<JsonProperty>();
            }
            else
            {
                Items = new List<JsonNode>();
            }
        }

        public bool IsObject { get; }

        public int Start { get; }

        public List<JsonProperty>? Properties { get; }

        public List<JsonNode>? Items { get; }

        public string? PendingName { get; set; }

        public TextSpan PendingNameSpan { get; set; }

        public JsonNode Close(int end) => IsObject
            ? new JsonObject(TextSpan.FromBounds(Start, end), Properties!)
            : new JsonArray(TextSpan.FromBounds(Start, end), Items!);
    }

    private enum State
    {
        ExpectValue,
        ExpectPropertyName,
        AfterValue,
    }

    private sealed class Reader
    {
        private readonly string _text;
        private readonly JsonParserOptions _options;
        private readonly List<JsonError> _errors = new();
        private readonly StringBuilder _buffer = new();
        private int _position;
        private bool _stopped;

        public Reader(string text, JsonParserOptions options)
        {
            _text = text;
            _options = options;
            if (_text.Length > 0 && _text[0] == '\uFEFF')
            {
                _position = 1;
            }
        }

        public List<JsonError> Errors => _errors;

        public JsonNode? ParseDocument()
        {
            var stack = new List<Frame>();
            JsonNode? completed = null;
            var state = State.ExpectValue;
            var token = Next();
            while (!_stopped)
            {
                switch (state)
                {
                    case State.ExpectValue:
                        switch (token.Kind)
                        {
                            case TokenKind.OpenBrace:
                            case TokenKind.OpenBracket:
                                if (stack.Count >= _options.MaxDepth)
                                {
                                    StopAt(token, $"Nesting is deeper than {_options.MaxDepth} levels.");
                                    break;
                                }

                                bool isObject = token.Kind == TokenKind.OpenBrace;
                                stack.Add(new Frame(isObject, token.Start));
                                token = Next();
                                if (token.Kind == (isObject ? TokenKind.CloseBrace : TokenKind.CloseBracket))
                                {
                                    completed = Pop(stack, token.End);
                                    state = State.AfterValue;
                                    token = Next();
                                }
                                else
                                {
                                    state = isObject ? State.ExpectPropertyName : State.ExpectValue;
                                }

                                break;
                            case TokenKind.String:
                                completed = new JsonString(token.Span, token.Value!);
                                state = State.AfterValue;
                                token = Next();
                                break;
                            case TokenKind.Number:
                                completed = new JsonNumber(token.Span, token.Value!);
                                state = State.AfterValue;
                                token = Next();
                                break;
                            case TokenKind.True:
                            case TokenKind.False:
                                completed = new JsonBoolean(token.Span, token.Kind == TokenKind.True);
                                state = State.AfterValue;
                                token = Next();
                                break;
                            case TokenKind.Null:
                                completed = new JsonNull(token.Span);
                                state = State.AfterValue;
                                token = Next();
                                break;
                            case TokenKind.EndOfFile:
                                StopAt(token, stack.Count == 0 ? "The file is empty; expected a JSON value." : "Unexpected end of file; expected a value.");
                                break;
                            default:
                                StopAt(token, $"Expected a value but found '{_text[token.Start]}'.");
                                break;
                        }

                        break;

                    case State.ExpectPropertyName:
                        if (token.Kind == TokenKind.String)
                        {
                            var frame = stack[stack.Count - 1];
                            frame.PendingName = token.Value;
                            frame.PendingNameSpan = token.Span;
                            token = Next();
                            if (token.Kind == TokenKind.Colon)
                            {
                                token = Next();
                            }
                            else if (token.StartsValue)
                            {
                                Error(token.Span, "Expected ':' after the property name.");
                            }
                            else
                            {
                                StopAt(token, "Expected ':' after the property name.");
                                break;
                            }

                            state = State.ExpectValue;
                        }
                        else if (token.Kind == TokenKind.EndOfFile)
                        {
                            StopAt(token, "Unexpected end of file; expected a property name or '}'.");
                        }
                        else
                        {
                            StopAt(token, "Expected a property name in double quotes.");
                        }

                        break;

                    case State.AfterValue:
                        if (stack.Count == 0)
                        {
                            if (token.Kind != TokenKind.EndOfFile)
                            {
                                Error(token.Span, "Unexpected content after the end of the JSON value.");
                            }

                            return completed;
                        }

                        var top = stack[stack.Count - 1];
                        if (completed is not null)
                        {
                            if (top.IsObject)
                            {
                                top.Properties!.Add(new JsonProperty(top.PendingName!, top.PendingNameSpan, completed));
                                top.PendingName = null;
                            }
                            else
                            {
                                top.Items!.Add(completed);
                            }

                            completed = null;
                        }

                        var close = top.IsObject ? TokenKind.CloseBrace : TokenKind.CloseBracket;
                        if (token.Kind == TokenKind.Comma)
                        {
                            var comma = token;
                            token = Next();
                            if (token.Kind == close)
                            {
                                if (!_options.AllowTrailingCommas)
                                {
                                    Error(comma.Span, "Trailing comma.");
                                }

                                completed = Pop(stack, token.End);
                                token = Next();
                            }
                            else
                            {
                                state = top.IsObject ? State.ExpectPropertyName : State.ExpectValue;
                            }
                        }
                        else if (token.Kind == close)
                        {
                            completed = Pop(stack, token.End);
                            token = Next();
                        }
                        else if (token.StartsValue && (!top.IsObject || token.Kind == TokenKind.String))
                        {
                            Error(token.Span, top.IsObject ? "Expected ',' or '}'." : "Expected ',' or ']'.");
                            state = top.IsObject ? State.ExpectPropertyName : State.ExpectValue;
                        }
                        else if (token.Kind == TokenKind.EndOfFile)
                        {
                            StopAt(token, top.IsObject ? "Unexpected end of file; expected ',' or '}'." : "Unexpected end of file; expected ',' or ']'.");
                        }
                        else
                        {
                            StopAt(token, top.IsObject ? "Expected ',' or '}'." : "Expected ',' or ']'.");
                        }

                        break;
                }
            }

            // Stopped: close what is open where reading ended, keeping every complete value read so far.
            int end = Math.Min(_position, _text.Length);
            while (stack.Count > 0)
            {
                var top = stack[stack.Count - 1];
                if (completed is not null)
                {
                    if (top.IsObject && top.PendingName is not null)
                    {
                        top.Properties!.Add(new JsonProperty(top.PendingName, top.PendingNameSpan, completed));
                    }
                    else if (!top.IsObject)
                    {
                        top.Items!.Add(completed);
                    }
                }

                completed = Pop(stack, end);
            }

            return completed;
        }

        private static JsonNode Pop(List<Frame> stack, int end)
        {
            var frame = stack[stack.Count - 1];
            stack.RemoveAt(stack.Count - 1);
            return frame.Close(end);
        }

        private void Error(TextSpan span, string message)
        {
            if (_stopped)
            {
                return;
            }

            if (_errors.Count < _options.MaxErrors)
            {
                _errors.Add(new JsonError(span, message));
            }
            else
            {
                _stopped = true;
            }
        }

        /// <summary>Stops at a token; an invalid token has already been reported by the lexer.</summary>
        private void StopAt(Token token, string message)
        {
            if (token.Kind == TokenKind.Invalid)
            {
                _stopped = true;
            }
            else
            {
                Stop(token.Span, message);
            }
        }

        private void Stop(TextSpan span, string message)
        {
            Error(span, message);
            _stopped = true;
        }

        private Token Next()
        {
            if (!SkipTrivia())
            {
                return new Token(TokenKind.EndOfFile, _text.Length, _text.Length);
            }

            if (_position >= _text.Length)
            {
                return new Token(TokenKind.EndOfFile, _text.Length, _text.Length);
            }

            int start = _position;
            char c = _text[_position];
            switch (c)
            {
                case '{':
                    _position++;
                    return new Token(TokenKind.OpenBrace, start, _position);
                case '}':
                    _position++;
                    return new Token(TokenKind.CloseBrace, start, _position);
                case '[':
                    _position++;
                    return new Token(TokenKind.OpenBracket, start, _position);
                case ']':
                    _position++;
                    return new Token(TokenKind.CloseBracket, start, _position);
                case ':':
                    _position++;
                    return new Token(TokenKind.Colon, start, _position);
                case ',':
                    _position++;
                    return new Token(TokenKind.Comma, start, _position);
                case '"':
                    return ScanString();
                case '-':
                    return ScanNumber();
                default:
                    if (c >= '0' && c <= '9')
                    {
                        return ScanNumber();
                    }

                    if (IsWordChar(c))
                    {
                        return ScanWord();
                    }

                    _position++;
                    if (char.IsHighSurrogate(c) && _position < _text.Length && char.IsLowSurrogate(_text[_position]))
                    {
                        _position++;
                    }

                    Error(TextSpan.FromBounds(start, _position), c == '\'' ? "Strings must be in double quotes." : "Unexpected character.");
                    return new Token(TokenKind.Invalid, start, _position);
            }
        }

        /// <summary>Skips white space and comments; false when an unterminated comment ended the file.</summary>
        private bool SkipTrivia()
        {
            while (_position < _text.Length)
            {
                char c = _text[_position];
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
                {
                    _position++;
                }
                else if (c == '/' && _options.AllowComments && _position + 1 < _text.Length && _text[_position + 1] == '/')
                {
                    _position += 2;
                    while (_position < _text.Length && _text[_position] != '\n' && _text[_position] != '\r')
                    {
                        _position++;
                    }
                }
                else if (c == '/' && _options.AllowComments && _position + 1 < _text.Length && _text[_position + 1] == '*')
                {
                    int start = _position;
                    int close = _text.IndexOf("*/", _position + 2, StringComparison.Ordinal);
                    if (close < 0)
                    {
                        _position = _text.Length;
                        Stop(new TextSpan(start, 2), "Unterminated /* comment.");
                        return false;
                    }

                    _position = close + 2;
                }
                else
                {
                    return true;
                }
            }

            return true;
        }

        private Token ScanString()
        {
            int start = _position;
            _position++; // opening quote
            int contentStart = _position;

            // Fast path: no escapes, one substring.
            while (_position < _text.Length)
            {
                char c = _text[_position];
                if (c == '"')
                {
                    string value = _text.Substring(contentStart, _position - contentStart);
                    _position++;
                    return new Token(TokenKind.String, start, _position, value);
                }

                if (c == '\\' || c < ' ')
                {
                    break;
                }

                _position++;
            }

            _buffer.Clear();
            _buffer.Append(_text, contentStart, _position - contentStart);
            while (_position < _text.Length)
            {
                char c = _text[_position];
                if (c == '"')
                {
                    _position++;
                    return new Token(TokenKind.String, start, _position, _buffer.ToString());
                }

                if (c == '\n' || c == '\r')
                {
                    // A string cannot span lines: end it here so one missing quote does not swallow the file.
                    Error(new TextSpan(start, _position - start), "Unterminated string (missing closing quote before the end of the line).");
                    return new Token(TokenKind.String, start, _position, _buffer.ToString());
                }

                if (c < ' ')
                {
                    Error(new TextSpan(_position, 1), "Control characters must be escaped in a string.");
                    _buffer.Append(c);
                    _position++;
                }
                else if (c == '\\')
                {
                    ScanEscape();
                }
                else
                {
                    _buffer.Append(c);
                    _position++;
                }
            }

            Stop(new TextSpan(start, _position - start), "Unterminated string (missing closing quote before the end of the file).");
            return new Token(TokenKind.String, start, _position, _buffer.ToString());
        }

        private void ScanEscape()
        {
            int start = _position;
            _position++; // backslash
            if (_position >= _text.Length)
            {
                return;
            }

            char e = _text[_position];
            _position++;
            switch (e)
            {
                case '"': _buffer.Append('"'); return;
                case '\\': _buffer.Append('\\'); return;
                case '/': _buffer.Append('/'); return;
                case 'b': _buffer.Append('\b'); return;
                case 'f': _buffer.Append('\f'); return;
                case 'n': _buffer.Append('\n'); return;
                case 'r': _buffer.Append('\r'); return;
                case 't': _buffer.Append('\t'); return;
                case 'u':
                    int code = 0;
                    for (int i = 0; i < 4; i++)
                    {
                        int digit = _position < _text.Length ? HexValue(_text[_position]) : -1;
                        if (digit < 0)
                        {
                            Error(TextSpan.FromBounds(start, _position), "Invalid \\u escape: expected four hexadecimal digits.");
                            return;
                        }

                        code = (code * 16) + digit;
                        _position++;
                    }

                    _buffer.Append((char)code);
                    return;
                default:
                    if (e == '\n' || e == '\r')
                    {
                        _position--; // let the caller report the line break
                    }

                    Error(TextSpan.FromBounds(start, _position), "Invalid escape sequence.");
                    return;
            }
        }

        private static int HexValue(char c)
        {
            if (c >= '0' && c <= '9')
            {
                return c - '0';
            }

            if (c >= 'a' && c <= 'f')
            {
                return c - 'a' + 10;
            }

            if (c >= 'A' && c <= 'F')
            {
                return c - 'A' + 10;
            }

            return -1;
        }

        private Token ScanNumber()
        {
            int start = _position;

            // Take the whole run of number-like characters, then check it against the JSON grammar,
            // so "1.2.3" or "0x10" is one bad number rather than several tokens.
            while (_position < _text.Length && IsNumberChar(_text[_position]))
            {
                _position++;
            }

            string raw = _text.Substring(start, _position - start);
            if (!IsValidNumber(raw))
            {
                Error(TextSpan.FromBounds(start, _position), "Invalid number.");
            }

            return new Token(TokenKind.Number, start, _position, raw);
        }

        private static bool IsNumberChar(char c)
            => (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E'
               || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';

        /// <summary><c>-? (0 | [1-9][0-9]*) (\.[0-9]+)? ([eE][+-]?[0-9]+)?</c></summary>
        internal static bool IsValidNumber(string s)
        {
            int i = 0;
            if (i < s.Length && s[i] == '-')
            {
                i++;
            }

            if (i >= s.Length)
            {
                return false;
            }

            if (s[i] == '0')
            {
                i++;
            }
            else if (s[i] >= '1' && s[i] <= '9')
            {
                while (i < s.Length && IsDigit(s[i]))
                {
                    i++;
                }
            }
            else
            {
                return false;
            }

            if (i < s.Length && s[i] == '.')
            {
                i++;
                int digits = i;
                while (i < s.Length && IsDigit(s[i]))
                {
                    i++;
                }

                if (i == digits)
                {
                    return false;
                }
            }

            if (i < s.Length && (s[i] == 'e' || s[i] == 'E'))
            {
                i++;
                if (i < s.Length && (s[i] == '+' || s[i] == '-'))
                {
                    i++;
                }

                int digits = i;
                while (i < s.Length && IsDigit(s[i]))
                {
                    i++;
                }

                if (i == digits)
                {
                    return false;
                }
            }

            return i == s.Length;
        }

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        private static bool IsWordChar(char c)
            => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$';

        private Token ScanWord()
        {
            int start = _position;
            while (_position < _text.Length && IsWordChar(_text[_position]))
            {
                _position++;
            }

            int length = _position - start;
            if (length == 4 && string.CompareOrdinal(_text, start, "true", 0, 4) == 0)
            {
                return new Token(TokenKind.True, start, _position);
            }

            if (length == 5 && string.CompareOrdinal(_text, start, "false", 0, 5) == 0)
            {
                return new Token(TokenKind.False, start, _position);
            }

            if (length == 4 && string.CompareOrdinal(_text, start, "null", 0, 4) == 0)
            {
                return new Token(TokenKind.Null, start, _position);
            }

            // The word itself is not quoted back: it is file content.
            Error(TextSpan.FromBounds(start, _position), "Unexpected word; expected a value (strings and property names need double quotes; true, false and null are lower case).");
            return new Token(TokenKind.Invalid, start, _position);
        }
    }
}
