using System.Collections.Generic;
using System.Text;
using ContainerGuard.Text;

namespace ContainerGuard.Dockerfile.Parsing;

/// <summary>Builds a <see cref="LogicalText"/> character by character, and can drop a tail (a continuation escape).</summary>
internal sealed class OffsetTextBuilder
{
    private readonly StringBuilder _text = new();
    private readonly List<int> _offsets = new();

    public int Length => _text.Length;

    public char this[int index] => _text[index];

    public int OffsetAt(int index) => _offsets[index];

    public void Append(char c, int sourceOffset)
    {
        _text.Append(c);
        _offsets.Add(sourceOffset);
    }

    /// <summary>Appends <c>content[start..end)</c> of the file, each character mapped to its own offset.</summary>
    public void AppendRange(string content, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            Append(content[i], i);
        }
    }

    public void Truncate(int length)
    {
        if (length < _text.Length)
        {
            _text.Length = length;
            _offsets.RemoveRange(length, _offsets.Count - length);
        }
    }

    public LogicalText ToLogicalText(int endOffset) => new(_text.ToString(), _offsets.ToArray(), endOffset);
}
