using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ContainerGuard.Configuration.EditorConfig;

/// <summary>
/// An .editorconfig section name as a matcher, with the semantics the compiler gives it: <c>*</c> any characters but
/// <c>/</c>, <c>**</c> any characters, <c>?</c> one character, <c>[abc]</c> / <c>[!abc]</c> / <c>[a-z]</c>,
/// <c>{a,b}</c> alternatives, <c>{1..9}</c> a number in a range, <c>\</c> escapes. A name without <c>/</c> matches a
/// file name in any folder under the .editorconfig; one with <c>/</c> is a path relative to it. Case-sensitive.
/// </summary>
public sealed class SectionGlob
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(250);

    private readonly Regex _regex;
    private readonly List<(int Min, int Max)> _ranges;

    private SectionGlob(Regex regex, List<(int, int)> ranges)
    {
        _regex = regex;
        _ranges = ranges;
    }

    /// <summary>The matcher, or null when the name is not a valid glob (unbalanced braces or brackets): the section is then ignored.</summary>
    public static SectionGlob? TryCreate(string sectionName)
    {
        if (string.IsNullOrEmpty(sectionName))
        {
            return null;
        }

        string pattern = sectionName;
        bool relative = pattern.IndexOf('/') >= 0;
        if (pattern[0] == '/')
        {
            pattern = pattern.Substring(1);
        }

        var regex = new StringBuilder(relative ? "^" : "^(?:.*/)?");
        var ranges = new List<(int, int)>();
        var state = new Compiler(pattern, regex, ranges);
        if (!state.Compile(untilBrace: false))
        {
            return null;
        }

        regex.Append('$');
        try
        {
            return new SectionGlob(new Regex(regex.ToString(), RegexOptions.CultureInvariant, MatchTimeout), ranges);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>True when the path (relative to the .editorconfig's folder, <c>/</c>-separated) matches.</summary>
    public bool IsMatch(string relativePath)
    {
        Match match;
        try
        {
            match = _regex.Match(relativePath);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }

        if (!match.Success)
        {
            return false;
        }

        for (int i = 0; i < _ranges.Count; i++)
        {
            var group = match.Groups["r" + i.ToString(CultureInfo.InvariantCulture)];
            if (!group.Success || !int.TryParse(group.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value)
                || value < _ranges[i].Min || value > _ranges[i].Max)
            {
                return false;
            }
        }

        return true;
    }

    private sealed class Compiler
    {
        private readonly string _pattern;
        private readonly StringBuilder _regex;
        private readonly List<(int, int)> _ranges;
        private int _i;

        public Compiler(string pattern, StringBuilder regex, List<(int, int)> ranges)
        {
            _pattern = pattern;
            _regex = regex;
            _ranges = ranges;
        }

        /// <summary>Compiles up to the end, or (inside braces) up to the matching <c>}</c>; false when the glob is malformed.</summary>
        public bool Compile(bool untilBrace)
        {
            while (_i < _pattern.Length)
            {
                char c = _pattern[_i];
                switch (c)
                {
                    case '*':
                        if (_i + 1 < _pattern.Length && _pattern[_i + 1] == '*')
                        {
                            _regex.Append(".*");
                            _i += 2;
                        }
                        else
                        {
                            _regex.Append("[^/]*");
                            _i++;
                        }

                        break;
                    case '?':
                        _regex.Append("[^/]");
                        _i++;
                        break;
                    case '[':
                        if (!CompileClass())
                        {
                            return false;
                        }

                        break;
                    case '{':
                        if (!CompileBraces())
                        {
                            return false;
                        }

                        break;
                    case ',' when untilBrace:
                        _regex.Append('|');
                        _i++;
                        break;
                    case '}' when untilBrace:
                        return true;
                    case '}':
                        return false;
                    case '\\' when _i + 1 < _pattern.Length:
                        _regex.Append(Regex.Escape(_pattern[_i + 1].ToString()));
                        _i += 2;
                        break;
                    default:
                        _regex.Append(Regex.Escape(c.ToString()));
                        _i++;
                        break;
                }
            }

            return !untilBrace;
        }

        private bool CompileClass()
        {
            int close = _pattern.IndexOf(']', _i + 1);
            if (close < 0)
            {
                // A lone '[' is a literal.
                _regex.Append("\\[");
                _i++;
                return true;
            }

            string body = _pattern.Substring(_i + 1, close - _i - 1);
            var set = new StringBuilder("[");
            int start = 0;
            if (body.StartsWith("!", StringComparison.Ordinal))
            {
                set.Append('^');
                start = 1;
            }

            for (int k = start; k < body.Length; k++)
            {
                char ch = body[k];
                if (ch == '-' && k > start && k < body.Length - 1)
                {
                    set.Append('-');
                }
                else if (ch == '\\' && k + 1 < body.Length)
                {
                    set.Append('\\').Append(body[++k]);
                }
                else
                {
                    set.Append(ch is '^' or ']' or '[' or '\\' or '-' ? "\\" + ch : ch.ToString());
                }
            }

            set.Append(']');
            _regex.Append(set);
            _i = close + 1;
            return true;
        }

        private bool CompileBraces()
        {
            int close = FindClosingBrace(_i);
            if (close < 0)
            {
                return false;
            }

            string body = _pattern.Substring(_i + 1, close - _i - 1);
            var range = Regex.Match(body, @"^(-?\d+)\.\.(-?\d+)$", RegexOptions.CultureInvariant);
            if (range.Success
                && int.TryParse(range.Groups[1].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int a)
                && int.TryParse(range.Groups[2].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int b))
            {
                _regex.Append("(?<r").Append(_ranges.Count.ToString(CultureInfo.InvariantCulture)).Append(">-?[0-9]+)");
                _ranges.Add((Math.Min(a, b), Math.Max(a, b)));
                _i = close + 1;
                return true;
            }

            _regex.Append("(?:");
            _i++;
            if (!Compile(untilBrace: true))
            {
                return false;
            }

            _regex.Append(')');
            _i++;
            return true;
        }

        private int FindClosingBrace(int open)
        {
            int depth = 0;
            for (int k = open; k < _pattern.Length; k++)
            {
                if (_pattern[k] == '\\')
                {
                    k++;
                }
                else if (_pattern[k] == '{')
                {
                    depth++;
                }
                else if (_pattern[k] == '}' && --depth == 0)
                {
                    return k;
                }
            }

            return -1;
        }
    }
}
