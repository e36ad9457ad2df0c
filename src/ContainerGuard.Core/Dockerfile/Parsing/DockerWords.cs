using System.Collections.Generic;
using System.Text;
using ContainerGuard.Text;

namespace ContainerGuard.Dockerfile.Parsing;

/// <summary>
/// The ways BuildKit cuts an instruction's arguments into words: leading <c>--flags</c>, words that respect
/// quotes (ENV, ARG, LABEL), plain white-space splitting (FROM, COPY, EXPOSE) and the JSON exec form.
/// </summary>
internal static class DockerWords
{
    /// <summary>
    /// Reads leading <c>--name[=value]</c> words as BuildKit's <c>extractBuilderFlags</c> does (quotes and
    /// <c>\</c> escapes inside a flag are removed; a lone <c>--</c> ends the flags) and returns the rest.
    /// </summary>
    public static LogicalText ExtractFlags(LogicalText args, List<InstructionFlag> flags)
    {
        string s = args.Value;
        int pos = 0;
        while (true)
        {
            while (pos < s.Length && TextHelpers.IsSpace(s[pos]))
            {
                pos++;
            }

            if (pos + 1 >= s.Length || s[pos] != '-' || s[pos + 1] != '-')
            {
                break;
            }

            int start = pos;
            var value = new StringBuilder();
            char quote = '\0';
            int nameEnd = -1; // index in 'value' where '=' was seen
            int rawEquals = -1;
            while (pos < s.Length)
            {
                char c = s[pos];
                if (quote == '\0')
                {
                    if (TextHelpers.IsSpace(c))
                    {
                        break;
                    }

                    if (c == '\'' || c == '"')
                    {
                        quote = c;
                        pos++;
                        continue;
                    }

                    if (c == '\\' && pos + 1 < s.Length)
                    {
                        pos++;
                        c = s[pos];
                    }
                    else if (c == '=' && nameEnd < 0)
                    {
                        nameEnd = value.Length;
                        rawEquals = pos;
                    }
                }
                else if (c == quote)
                {
                    quote = '\0';
                    pos++;
                    continue;
                }
                else if (c == '\\' && pos + 1 < s.Length)
                {
                    pos++;
                    c = s[pos];
                }

                value.Append(c);
                pos++;
            }

            string word = value.ToString();
            if (word == "--")
            {
                // "--" ends the flags; what follows is arguments.
                while (pos < s.Length && TextHelpers.IsSpace(s[pos]))
                {
                    pos++;
                }

                break;
            }

            var span = args.GetSourceSpan(start, pos - start);
            if (nameEnd >= 0)
            {
                string name = word.Substring(2, nameEnd - 2);
                string flagValue = word.Substring(nameEnd + 1);
                var valueSpan = args.GetSourceSpan(rawEquals + 1, pos - rawEquals - 1);
                flags.Add(new InstructionFlag(name, flagValue, span, valueSpan));
            }
            else
            {
                flags.Add(new InstructionFlag(word.Substring(2), null, span, new TextSpan(span.End, 0)));
            }
        }

        return pos == 0 ? args : args.Substring(pos, s.Length - pos);
    }

    /// <summary>
    /// BuildKit's <c>parseWords</c>: white-space separated words where quotes group (and are kept) and the
    /// escape character escapes the next character (also kept). Returns [start, end) pairs.
    /// </summary>
    public static List<(int Start, int End)> SplitQuoted(string s, char escape)
    {
        var words = new List<(int, int)>();
        int pos = 0;
        while (pos < s.Length)
        {
            while (pos < s.Length && TextHelpers.IsSpace(s[pos]))
            {
                pos++;
            }

            if (pos >= s.Length)
            {
                break;
            }

            int start = pos;
            char quote = '\0';
            while (pos < s.Length)
            {
                char c = s[pos];
                if (quote == '\0')
                {
                    if (TextHelpers.IsSpace(c))
                    {
                        break;
                    }

                    if (c == '\'' || c == '"')
                    {
                        quote = c;
                    }
                    else if (c == escape)
                    {
                        pos++;
                    }
                }
                else if (c == quote)
                {
                    quote = '\0';
                }
                else if (c == escape && quote != '\'')
                {
                    pos++;
                }

                pos++;
            }

            if (pos > s.Length)
            {
                pos = s.Length;
            }

            words.Add((start, pos));
        }

        return words;
    }

    /// <summary>Plain white-space splitting (<c>parseStringsWhitespaceDelimited</c>).</summary>
    public static List<(int Start, int End)> SplitWhitespace(string s)
    {
        var words = new List<(int, int)>();
        int pos = 0;
        while (pos < s.Length)
        {
            while (pos < s.Length && TextHelpers.IsSpace(s[pos]))
            {
                pos++;
            }

            int start = pos;
            while (pos < s.Length && !TextHelpers.IsSpace(s[pos]))
            {
                pos++;
            }

            if (pos > start)
            {
                words.Add((start, pos));
            }
        }

        return words;
    }

    public static List<LogicalWord> QuotedWords(LogicalText text, char escape)
    {
        var result = new List<LogicalWord>();
        foreach (var (start, end) in SplitQuoted(text.Value, escape))
        {
            string raw = text.Value.Substring(start, end - start);
            result.Add(TextHelpers.Word(text, start, end, raw, VariableExpander.Unquote(raw, escape)));
        }

        return result;
    }

    public static List<LogicalWord> WhitespaceWords(LogicalText text, char escape, bool unquote)
    {
        var result = new List<LogicalWord>();
        foreach (var (start, end) in SplitWhitespace(text.Value))
        {
            string raw = text.Value.Substring(start, end - start);
            result.Add(TextHelpers.Word(text, start, end, raw, unquote ? VariableExpander.Unquote(raw, escape) : raw));
        }

        return result;
    }
}
