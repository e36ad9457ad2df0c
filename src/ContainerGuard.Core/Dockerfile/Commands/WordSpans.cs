using System;
using ContainerGuard.Secrets;
using ContainerGuard.Text;

namespace ContainerGuard.Dockerfile.Commands;

/// <summary>Where a part of a word is in the file: words are unquoted and unescaped, findings point at what was written.</summary>
internal static class WordSpans
{
    /// <summary>From the start of the earlier span to the end of the later one.</summary>
    public static TextSpan Cover(TextSpan first, TextSpan last)
        => TextSpan.FromBounds(Math.Min(first.Start, last.Start), Math.Max(first.End, last.End));

    /// <summary>
    /// The file span of <paramref name="needle"/> inside a word, when the word is written on one piece (its
    /// span is as long as its raw text); otherwise the whole word.
    /// </summary>
    public static TextSpan SpanOf(LogicalWord word, string needle)
    {
        int index = AsciiCase.IndexOf(word.Raw, needle);
        return index >= 0 && word.Span.Length == word.Raw.Length
            ? new TextSpan(word.Span.Start + index, needle.Length)
            : word.Span;
    }

    /// <summary>
    /// The file span of <paramref name="word"/>.Value[start, start+length): through the word's mapped value
    /// (<see cref="ShellWords.ValueText"/>) where its quoting can be followed, else by aligning the unquoted value
    /// with the word as written on one piece (quotes and escapes skipped); otherwise the whole word.
    /// </summary>
    public static TextSpan MapSpan(LogicalWord word, int start, int length)
    {
        string value = word.Value;
        string raw = word.Raw;
        if (start < 0 || length <= 0 || start + length > value.Length)
        {
            return word.Span;
        }

        if (ShellWords.ValueText(word) is { } mapped)
        {
            return mapped.GetSourceSpan(start, length);
        }

        if (word.Span.Length != raw.Length)
        {
            return word.Span;
        }

        int first = -1;
        int last = -1;
        int j = 0;
        for (int i = 0; i < raw.Length && j < value.Length; i++)
        {
            if (raw[i] != value[j])
            {
                continue; // a quote or an escape character of the written form
            }

            if (j == start)
            {
                first = i;
            }

            if (j == start + length - 1)
            {
                last = i;
            }

            j++;
        }

        if (j < value.Length || first < 0 || last < first)
        {
            return word.Span;
        }

        return TextSpan.FromBounds(word.Span.Start + first, word.Span.Start + last + 1);
    }

    public static TextSpan MapSpan(LogicalWord word, SecretMatch match) => MapSpan(word, match.Start, match.Length);

    /// <summary>The whole value without surrounding white space.</summary>
    public static TextSpan TrimmedSpan(LogicalWord word)
    {
        string value = word.Value;
        int start = 0;
        int end = value.Length;
        while (start < end && char.IsWhiteSpace(value[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(value[end - 1]))
        {
            end--;
        }

        return end > start ? MapSpan(word, start, end - start) : word.Span;
    }
}
