using System;
using System.Collections.Generic;

namespace ContainerGuard.Text;

/// <summary>
/// Text assembled from pieces of a file (an instruction's arguments with line continuations and comment
/// lines removed), which remembers where every character came from so that findings point at the file.
/// </summary>
/// <remarks>
/// The map is kept as segments (runs of characters that are contiguous in the file), not one offset per
/// character: a logical line is one or a few runs, and substrings share their source's segments.
/// </remarks>
public sealed class LogicalText
{
    public static readonly LogicalText Empty = new(string.Empty, Array.Empty<int>(), 0);

    // Segment k covers logical characters [_segmentStarts[k], _segmentStarts[k + 1]) of the text the segments
    // were built for, mapped to file offsets from _segmentSources[k] on. This text is that text's characters
    // [_first, _first + Length).
    private readonly int[] _segmentStarts;
    private readonly int[] _segmentSources;
    private readonly int _first;
    private readonly int _endOffset;
    private readonly SegmentHint _segmentHint;

    /// <param name="value">The assembled text.</param>
    /// <param name="sourceOffsets">For each character of <paramref name="value"/>, its offset in the file.</param>
    /// <param name="endOffset">The file offset just past the last character (used for empty text and span ends).</param>
    public LogicalText(string value, int[] sourceOffsets, int endOffset)
    {
        if (value.Length != sourceOffsets.Length)
        {
            throw new ArgumentException("One source offset is needed per character.", nameof(sourceOffsets));
        }

        var starts = new List<int>();
        var sources = new List<int>();
        for (int i = 0; i < sourceOffsets.Length; i++)
        {
            if (i == 0 || sourceOffsets[i] != sourceOffsets[i - 1] + 1)
            {
                starts.Add(i);
                sources.Add(sourceOffsets[i]);
            }
        }

        Value = value;
        _segmentStarts = starts.ToArray();
        _segmentSources = sources.ToArray();
        _endOffset = endOffset;
        _segmentHint = new SegmentHint();
    }

    private LogicalText(string value, int[] segmentStarts, int[] segmentSources, int first, int endOffset, SegmentHint? hint = null)
    {
        Value = value;
        _segmentStarts = segmentStarts;
        _segmentSources = segmentSources;
        _first = first;
        _endOffset = endOffset;
        _segmentHint = hint ?? new SegmentHint();
    }

    public string Value { get; }

    public int Length => Value.Length;

    /// <summary>The file offset of the character at <paramref name="index"/> (or the end offset past the end).</summary>
    public int GetSourceOffset(int index)
        => index < Value.Length ? Map(_segmentStarts, _segmentSources, _first + Math.Max(index, 0)) : _endOffset;

    /// <summary>The file span covering logical characters [start, start + length).</summary>
    public TextSpan GetSourceSpan(int start, int length)
    {
        if (Value.Length == 0)
        {
            return new TextSpan(_endOffset, 0);
        }

        int first = GetSourceOffset(start);
        if (length <= 0)
        {
            return new TextSpan(first, 0);
        }

        int last = GetSourceOffset(Math.Min(start + length - 1, Value.Length - 1));
        return TextSpan.FromBounds(first, Math.Max(first, last + 1));
    }

    public TextSpan SourceSpan => GetSourceSpan(0, Length);

    public LogicalText Substring(int start, int length)
    {
        if (start < 0 || length < 0 || start + length > Value.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(start));
        }

        int end = GetSourceOffset(start + length);
        return new LogicalText(Value.Substring(start, length), _segmentStarts, _segmentSources, _first + start, end, _segmentHint);
    }

    public override string ToString() => Value;

    private int Map(int[] segmentStarts, int[] segmentSources, int index)
    {
        // Callers map words left to right, so the segment of the previous look-up (shared by substrings,
        // racy but only a hint) usually holds the next one too; otherwise binary search.
        int k = _segmentHint.Value;
        if (!((uint)k < (uint)segmentStarts.Length && segmentStarts[k] <= index && (k + 1 == segmentStarts.Length || index < segmentStarts[k + 1])))
        {
            k = Array.BinarySearch(segmentStarts, index);
            if (k < 0)
            {
                k = ~k - 1;
            }

            _segmentHint.Value = k;
        }

        return segmentSources[k] + (index - segmentStarts[k]);
    }

    /// <summary>A mutable box shared by a text and its substrings (they share the segment arrays).</summary>
    private sealed class SegmentHint
    {
        public int Value;
    }

    /// <summary>Builds a logical text character by character (or range by range) from file positions.</summary>
    public sealed class Builder
    {
        private readonly System.Text.StringBuilder _text = new();
        private readonly List<int> _segmentStarts = new();
        private readonly List<int> _segmentSources = new();

        public int Length => _text.Length;

        public char this[int index] => _text[index];

        /// <summary>The file offset of the character at <paramref name="index"/>.</summary>
        public int OffsetAt(int index)
        {
            int k = _segmentStarts.BinarySearch(index);
            if (k < 0)
            {
                k = ~k - 1;
            }

            return _segmentSources[k] + (index - _segmentStarts[k]);
        }

        public void Append(char c, int sourceOffset)
        {
            int last = _segmentStarts.Count - 1;
            if (last < 0 || _segmentSources[last] + (_text.Length - _segmentStarts[last]) != sourceOffset)
            {
                _segmentStarts.Add(_text.Length);
                _segmentSources.Add(sourceOffset);
            }

            _text.Append(c);
        }

        /// <summary>Appends <paramref name="text"/>, whose first character stands at <paramref name="sourceStart"/> in the file.</summary>
        public void Append(string text, int sourceStart)
        {
            for (int i = 0; i < text.Length; i++)
            {
                Append(text[i], sourceStart + i);
            }
        }

        /// <summary>Appends <c>content[start..end)</c>, where <paramref name="content"/> is the file itself.</summary>
        public void AppendRange(string content, int start, int end)
        {
            if (end <= start)
            {
                return;
            }

            Append(content[start], start);
            _text.Append(content, start + 1, end - start - 1);
        }

        public void Truncate(int length)
        {
            if (length >= _text.Length)
            {
                return;
            }

            _text.Length = length;
            int keep = _segmentStarts.Count;
            while (keep > 0 && _segmentStarts[keep - 1] >= length)
            {
                keep--;
            }

            _segmentStarts.RemoveRange(keep, _segmentStarts.Count - keep);
            _segmentSources.RemoveRange(keep, _segmentSources.Count - keep);
        }

        /// <summary>Empties the builder so that it can assemble the next text (its buffers are kept).</summary>
        public void Clear()
        {
            _text.Clear();
            _segmentStarts.Clear();
            _segmentSources.Clear();
        }

        /// <summary>
        /// The text from <paramref name="startIndex"/> to the end, mapped like the whole (what a substring of
        /// <see cref="ToLogicalText(int)"/> would be, without building the whole first).
        /// </summary>
        public LogicalText ToLogicalText(int startIndex, int endOffset)
        {
            if (startIndex <= 0)
            {
                return ToLogicalText(endOffset);
            }

            if (startIndex >= _text.Length)
            {
                return new LogicalText(string.Empty, Array.Empty<int>(), Array.Empty<int>(), 0, endOffset);
            }

            int k = _segmentStarts.BinarySearch(startIndex);
            if (k < 0)
            {
                k = ~k - 1;
            }

            int count = _segmentStarts.Count - k;
            var starts = new int[count];
            var sources = new int[count];
            starts[0] = 0;
            sources[0] = _segmentSources[k] + (startIndex - _segmentStarts[k]);
            for (int i = 1; i < count; i++)
            {
                starts[i] = _segmentStarts[k + i] - startIndex;
                sources[i] = _segmentSources[k + i];
            }

            return new LogicalText(_text.ToString(startIndex, _text.Length - startIndex), starts, sources, 0, endOffset);
        }

        public LogicalText ToLogicalText(int endOffset)
            => new(_text.ToString(), _segmentStarts.ToArray(), _segmentSources.ToArray(), 0, endOffset);
    }
}

/// <summary>A word of an instruction (unquoted value) and where it stands in the file.</summary>
public sealed class LogicalWord
{
    public LogicalWord(string value, string raw, TextSpan span)
    {
        Value = value;
        Raw = raw;
        Span = span;
    }

    /// <summary>The word with quotes and escapes removed (variables not expanded).</summary>
    public string Value { get; }

    /// <summary>The word as written.</summary>
    public string Raw { get; }

    /// <summary>The word's span in the file (for a word broken by a line continuation, first to last character).</summary>
    public TextSpan Span { get; }

    /// <summary>
    /// The text the word was read from, with <see cref="Raw"/> at <see cref="RawStart"/>: each written character
    /// can be traced to the file (see <c>ShellWords.ValueText</c>). Null for a word made up by a rule.
    /// </summary>
    internal LogicalText? RawSource { get; set; }

    internal int RawStart { get; set; }

    public override string ToString() => Value;
}
