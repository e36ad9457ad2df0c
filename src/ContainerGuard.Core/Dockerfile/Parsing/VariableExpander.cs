using System;
using System.Text;

namespace ContainerGuard.Dockerfile.Parsing;

/// <summary>What a variable lookup knows about a name.</summary>
internal enum VariableState
{
    /// <summary>Not declared: expands to the empty string (Docker semantics).</summary>
    Unset,

    /// <summary>Declared with a known value.</summary>
    Known,

    /// <summary>Declared but its value is not known here (an <c>ARG</c> without default, a build argument).</summary>
    Unknown,
}

/// <summary>
/// BuildKit's word processing (its shell lexer, not a shell): quote removal, escapes and
/// <c>$VAR</c>, <c>${VAR}</c>, <c>${VAR:-x}</c>, <c>${VAR-x}</c>, <c>${VAR:+x}</c>, <c>${VAR+x}</c>,
/// <c>${VAR:?x}</c>, <c>${VAR#x}</c>, <c>${VAR%x}</c>, <c>${VAR/x/y}</c>. Nested defaults are bounded.
/// </summary>
internal static class VariableExpander
{
    private const int MaxDepth = 64;

    public delegate VariableState Lookup(string name, out string? value);

    /// <summary>Removes quotes and escapes; <c>$</c> stays literal.</summary>
    public static string Unquote(string raw, char escape)
    {
        if (IsPlain(raw, escape, dollarIsSpecial: false))
        {
            return raw;
        }

        var reader = new Reader(raw, escape, null);
        return reader.Process('\0', 0) ?? raw;
    }

    /// <summary>Expands a word; null when it refers to a variable whose value is unknown.</summary>
    public static string? Expand(string raw, char escape, Lookup lookup)
    {
        if (IsPlain(raw, escape, dollarIsSpecial: true))
        {
            return raw;
        }

        var reader = new Reader(raw, escape, lookup);
        string? result = reader.Process('\0', 0);
        return reader.Failed ? null : result;
    }

    /// <summary>True when nothing in <paramref name="raw"/> would change: no quote, no escape character (and no <c>$</c>).</summary>
    private static bool IsPlain(string raw, char escape, bool dollarIsSpecial)
    {
        foreach (char c in raw)
        {
            if (c == '\'' || c == '"' || c == escape || (dollarIsSpecial && c == '$'))
            {
                return false;
            }
        }

        return true;
    }

    private sealed class Reader
    {
        private readonly string _s;
        private readonly char _escape;
        private readonly Lookup? _lookup;
        private int _pos;

        public Reader(string s, char escape, Lookup? lookup)
        {
            _s = s;
            _escape = escape;
            _lookup = lookup;
        }

        public bool Failed { get; private set; }

        // Reads up to 'stop' (not consumed here; the caller consumes it) or the end.
        public string? Process(char stop, int depth)
        {
            var result = new StringBuilder();
            while (_pos < _s.Length && !Failed)
            {
                char c = _s[_pos];
                if (stop != '\0' && c == stop)
                {
                    break;
                }

                if (c == '\'')
                {
                    _pos++;
                    while (_pos < _s.Length && _s[_pos] != '\'')
                    {
                        result.Append(_s[_pos++]);
                    }

                    _pos++;
                }
                else if (c == '"')
                {
                    _pos++;
                    while (_pos < _s.Length && _s[_pos] != '"' && !Failed)
                    {
                        char d = _s[_pos];
                        if (d == _escape && _pos + 1 < _s.Length)
                        {
                            char next = _s[_pos + 1];
                            if (next == '"' || next == '$' || next == _escape)
                            {
                                result.Append(next);
                                _pos += 2;
                                continue;
                            }

                            result.Append(d);
                            _pos++;
                        }
                        else if (d == '$' && _lookup != null)
                        {
                            Dollar(result, depth);
                        }
                        else
                        {
                            result.Append(d);
                            _pos++;
                        }
                    }

                    _pos++;
                }
                else if (c == _escape)
                {
                    if (_pos + 1 < _s.Length)
                    {
                        result.Append(_s[_pos + 1]);
                    }

                    _pos += 2;
                }
                else if (c == '$' && _lookup != null)
                {
                    Dollar(result, depth);
                }
                else
                {
                    result.Append(c);
                    _pos++;
                }
            }

            if (_pos > _s.Length)
            {
                _pos = _s.Length;
            }

            return result.ToString();
        }

        private void Dollar(StringBuilder result, int depth)
        {
            _pos++; // '$'
            if (_pos >= _s.Length)
            {
                result.Append('$');
                return;
            }

            if (_s[_pos] != '{')
            {
                string simple = ReadName();
                if (simple.Length == 0)
                {
                    result.Append('$');
                    return;
                }

                result.Append(Value(simple));
                return;
            }

            _pos++; // '{'
            if (depth >= MaxDepth)
            {
                Failed = true;
                return;
            }

            string name = ReadName();
            if (name.Length == 0 || _pos >= _s.Length)
            {
                Failed = true;
                return;
            }

            char op = _s[_pos];
            if (op == '}')
            {
                _pos++;
                result.Append(Value(name));
                return;
            }

            bool colon = false;
            if (op == ':')
            {
                colon = true;
                _pos++;
                if (_pos >= _s.Length)
                {
                    Failed = true;
                    return;
                }

                op = _s[_pos];
            }

            if (op != '-' && op != '+' && op != '?' && op != '#' && op != '%' && op != '/')
            {
                Failed = true;
                return;
            }

            _pos++;
            bool doubled = false;
            if ((op == '#' || op == '%' || op == '/') && _pos < _s.Length && _s[_pos] == op)
            {
                doubled = true;
                _pos++;
            }

            string? word;
            string? replacement = null;
            if (op == '/')
            {
                word = Process2('/', '}', depth + 1, out bool sawSlash);
                if (sawSlash)
                {
                    replacement = Process('}', depth + 1);
                }
            }
            else
            {
                word = Process('}', depth + 1);
            }

            if (_pos >= _s.Length || _s[_pos] != '}')
            {
                Failed = true;
                return;
            }

            _pos++;
            if (Failed || word == null)
            {
                Failed = true;
                return;
            }

            var state = _lookup!(name, out string? value);
            if (state == VariableState.Unknown)
            {
                Failed = true;
                return;
            }

            bool set = state == VariableState.Known;
            value ??= string.Empty;
            switch (op)
            {
                case '-':
                    result.Append((colon ? value.Length == 0 : !set) ? word : value);
                    break;
                case '+':
                    result.Append((colon ? value.Length > 0 : set) ? word : string.Empty);
                    break;
                case '?':
                    if (colon ? value.Length == 0 : !set)
                    {
                        Failed = true;
                        return;
                    }

                    result.Append(value);
                    break;
                default:
                    if (word.IndexOfAny(new[] { '*', '?', '[' }) >= 0 || (replacement?.IndexOfAny(new[] { '*', '?', '[' }) ?? -1) >= 0)
                    {
                        Failed = true; // glob patterns: not evaluated
                        return;
                    }

                    result.Append(ApplyPattern(op, doubled, value, word, replacement ?? string.Empty));
                    break;
            }
        }

        private static string ApplyPattern(char op, bool doubled, string value, string pattern, string replacement)
        {
            switch (op)
            {
                case '#':
                    return value.StartsWith(pattern, StringComparison.Ordinal) ? value.Substring(pattern.Length) : value;
                case '%':
                    return value.EndsWith(pattern, StringComparison.Ordinal) ? value.Substring(0, value.Length - pattern.Length) : value;
                default:
                    if (pattern.Length == 0)
                    {
                        return value;
                    }

                    if (doubled)
                    {
                        return value.Replace(pattern, replacement);
                    }

                    int at = value.IndexOf(pattern, StringComparison.Ordinal);
                    return at < 0 ? value : value.Substring(0, at) + replacement + value.Substring(at + pattern.Length);
            }
        }

        // Like Process but stops at either of two characters; tells whether the first one stopped it.
        private string? Process2(char first, char second, int depth, out bool sawFirst)
        {
            int start = _pos;
            int end = start;
            while (end < _s.Length && _s[end] != first && _s[end] != second)
            {
                end += _s[end] == _escape ? 2 : 1;
            }

            end = Math.Min(end, _s.Length);
            sawFirst = end < _s.Length && _s[end] == first;
            var inner = new Reader(_s.Substring(start, end - start), _escape, _lookup);
            string? value = inner.Process('\0', depth);
            Failed |= inner.Failed;
            _pos = end + (sawFirst ? 1 : 0);
            return value;
        }

        private string ReadName()
        {
            int start = _pos;
            while (_pos < _s.Length && TextHelpers.IsNameChar(_s[_pos]))
            {
                _pos++;
            }

            return _s.Substring(start, _pos - start);
        }

        private string Value(string name)
        {
            var state = _lookup!(name, out string? value);
            if (state == VariableState.Unknown)
            {
                Failed = true;
                return string.Empty;
            }

            return state == VariableState.Known ? value ?? string.Empty : string.Empty;
        }
    }
}
