using System;
using System.Collections.Generic;

namespace ContainerGuard.Text;

/// <summary>The text of one file with a line table, so that offsets turn into 1-based line and column.</summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    public SourceText(string content)
    {
        Content = content ?? throw new ArgumentNullException(nameof(content));
        var starts = new List<int>(Math.Min(content.Length / 32 + 16, 1 << 20)) { 0 };
        for (int i = content.IndexOfAny(LineBreaks); i >= 0; i = i + 1 < content.Length ? content.IndexOfAny(LineBreaks, i + 1) : -1)
        {
            if (content[i] == '\r' && i + 1 < content.Length && content[i + 1] == '\n')
            {
                i++;
            }

            starts.Add(i + 1);
        }

        _lineStarts = starts.ToArray();
    }

    private static readonly char[] LineBreaks = { '\r', '\n' };

    public string Content { get; }

    public int Length => Content.Length;

    public int LineCount => _lineStarts.Length;

    /// <summary>Offset of the first character of a 0-based line.</summary>
    public int GetLineStart(int lineIndex) => _lineStarts[lineIndex];

    /// <summary>Offset just past the last character of a 0-based line, before its line break.</summary>
    public int GetLineEnd(int lineIndex)
    {
        int end = lineIndex + 1 < _lineStarts.Length ? _lineStarts[lineIndex + 1] : Content.Length;
        while (end > _lineStarts[lineIndex] && (Content[end - 1] == '\n' || Content[end - 1] == '\r'))
        {
            end--;
        }

        return end;
    }

    /// <summary>1-based line and column of an offset (an offset at the end of the text is allowed).</summary>
    public LinePosition GetPosition(int offset)
    {
        if (offset < 0)
        {
            offset = 0;
        }
        else if (offset > Content.Length)
        {
            offset = Content.Length;
        }

        int index = Array.BinarySearch(_lineStarts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return new LinePosition(index + 1, offset - _lineStarts[index] + 1);
    }

    public LinePositionSpan GetLineSpan(TextSpan span)
    {
        var start = GetPosition(span.Start);
        var end = GetPosition(span.End);
        return new LinePositionSpan(start, end);
    }

    public string GetText(TextSpan span) => Content.Substring(span.Start, span.Length);
}
