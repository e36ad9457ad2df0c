using System;
using System.Collections.Generic;
using ContainerGuard.Text;

namespace ContainerGuard.Dockerfile.Commands;

/// <summary>Options of a command in all their spellings: long, short, combined short options, attached and separate values.</summary>
internal static class CommandOptions
{
    /// <summary>
    /// Finds an option among <paramref name="words"/> from <paramref name="start"/>: a long name
    /// (<c>--insecure</c>, <c>--insecure=…</c>) or a short letter, also inside combined short options
    /// (<c>-fsSLk</c>). Letters in <paramref name="valueShorts"/> take a value (the rest of the word or the
    /// next word), so <c>-o/tmp/k</c> does not contain <c>-k</c>. Stops at <c>--</c>.
    /// </summary>
    public static LogicalWord? FindOption(IReadOnlyList<LogicalWord> words, int start, char shortName, IReadOnlyList<string> longNames, string valueShorts)
    {
        for (int i = start; i < words.Count; i++)
        {
            string value = words[i].Value;
            if (value == "--")
            {
                return null;
            }

            if (value.StartsWith("--", StringComparison.Ordinal))
            {
                int eq = value.IndexOf('=');
                string name = eq < 0 ? value : value.Substring(0, eq);
                foreach (var longName in longNames)
                {
                    if (string.Equals(name, longName, StringComparison.Ordinal))
                    {
                        return words[i];
                    }
                }

                continue;
            }

            if (value.Length < 2 || value[0] != '-' || shortName == '\0')
            {
                continue;
            }

            for (int c = 1; c < value.Length; c++)
            {
                if (value[c] == shortName)
                {
                    return words[i];
                }

                if (valueShorts.IndexOf(value[c]) >= 0)
                {
                    if (c == value.Length - 1)
                    {
                        i++;
                    }

                    break;
                }
            }
        }

        return null;
    }

    /// <summary>The value of an option given as <c>--name=value</c>, <c>--name value</c>, <c>-x value</c> or <c>-xvalue</c>.</summary>
    public static IEnumerable<(LogicalWord Option, LogicalWord Value, string Text)> OptionValues(IReadOnlyList<LogicalWord> words, char shortName, string longName)
    {
        for (int i = 0; i < words.Count; i++)
        {
            string value = words[i].Value;
            if (value == "--")
            {
                yield break;
            }

            if (value.StartsWith(longName + "=", StringComparison.Ordinal))
            {
                yield return (words[i], words[i], value.Substring(longName.Length + 1));
            }
            else if ((value == longName || (shortName != '\0' && value.Length == 2 && value[0] == '-' && value[1] == shortName)) && i + 1 < words.Count)
            {
                yield return (words[i], words[i + 1], words[i + 1].Value);
                i++;
            }
            else if (shortName != '\0' && value.Length > 2 && value[0] == '-' && value[1] == shortName)
            {
                yield return (words[i], words[i], value.Substring(2));
            }
        }
    }
}
