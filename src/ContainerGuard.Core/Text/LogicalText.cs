using System;
using System.Collections.Generic;

namespace ContainerGuard.Text;

/// <summary>
/// Text assembled from pieces of a file (an instruction's arguments with line continuations and comment
/// lines removed), which remembers where every character came from so that findings point at the file.
/// </summary>
public sealed class LogicalText
{
    public static readonly LogicalText Empty = new(string.Empty, Array.Empty<int>(), 0);

    // Offsets of this text's characters are _sourceOffsets[_first .. _first + Length): substrings share the
    // array of the text they come from instead of copying it (the parser takes many substrings of each line).
    private readonly int[] _sourceOffsets;
    private readonly int _first;
    private readonly int _endOffset;

    /// <param name="value">The assembled text.</param>
    /// <param name="sourceOffsets">For each character of <paramref name="value"/>, its offset in the file.</param>
    /// <param name="endOffset">The file offset just past the last character (used for empty text and span ends).</param>
    public LogicalText(string value, int[] sourceOffsets, int endOffset)
        : this(value, sourceOffsets, 0, endOffset)
    {
        if (value.Length != sourceOffsets.Length)
        {
            throw new ArgumentException("One source offset is needed per character.", nameof(sourceOffsets));
        }
    }

    private LogicalText(string value, int[] sourceOffsets, int first, int endOffset)
    {
        Value = value;
        _sourceOffsets = sourceOffsets;
        _first = first;
        _endOffset = endOffset;
    }

    public string Value { get; }

    public int Length => Value.Length;

    /// <summary>The file offset of the character at <paramref name="index"/> (or the end offset past the end).</summary>
    public int GetSourceOffset(int index)
        => index < Value.Length ? _sourceOffsets[_first + Math.Max(index, 0)] : _endOffset;

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

        int end = start + length < Value.Length ? _sourceOffsets[_first + start + length] : _endOffset;
        return new LogicalText(Value.Substring(start, length), _sourceOffsets, _first + start, end);
    }

    public override string ToString() => Value;

    /// <summary>Builds a logical text character by character from file positions.</summary>
    public sealed class Builder
    {
        private readonly System.Text.StringBuilder _text = new();
        private readonly List<int> _offsets = new();

        public int Length => _text.Length;

        public void Append(char c, int sourceOffset)
        {
            _text.Append(c);
            _offsets.Add(sourceOffset);
        }

        public void Append(string text, int sourceStart)
        {
            for (int i = 0; i < text.Length; i++)
            {
                Append(text[i], sourceStart + i);
            }
        }

        public LogicalText ToLogicalText(int endOffset) => new(_text.ToString(), _offsets.ToArray(), endOffset);
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

    public override string ToString() => Value;
}
