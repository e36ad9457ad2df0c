using System;

namespace ContainerGuard.Text;

/// <summary>A range of characters in a file: [Start, End).</summary>
public readonly struct TextSpan : IEquatable<TextSpan>
{
    public TextSpan(int start, int length)
    {
        if (start < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(start));
        }

        if (length < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(length));
        }

        Start = start;
        Length = length;
    }

    public int Start { get; }

    public int Length { get; }

    public int End => Start + Length;

    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    public bool Contains(int offset) => offset >= Start && offset < End;

    public bool Equals(TextSpan other) => Start == other.Start && Length == other.Length;

    public override bool Equals(object? obj) => obj is TextSpan other && Equals(other);

    public override int GetHashCode() => (Start * 397) ^ Length;

    public override string ToString() => $"[{Start}..{End})";

    public static bool operator ==(TextSpan left, TextSpan right) => left.Equals(right);

    public static bool operator !=(TextSpan left, TextSpan right) => !left.Equals(right);
}

/// <summary>1-based line and column, as MSBuild, SARIF and editors show them.</summary>
public readonly struct LinePosition : IEquatable<LinePosition>
{
    public LinePosition(int line, int column)
    {
        Line = line;
        Column = column;
    }

    public int Line { get; }

    public int Column { get; }

    public bool Equals(LinePosition other) => Line == other.Line && Column == other.Column;

    public override bool Equals(object? obj) => obj is LinePosition other && Equals(other);

    public override int GetHashCode() => (Line * 397) ^ Column;

    public override string ToString() => $"({Line},{Column})";
}

/// <summary>1-based start and exclusive end position of a finding.</summary>
public readonly struct LinePositionSpan : IEquatable<LinePositionSpan>
{
    public LinePositionSpan(LinePosition start, LinePosition end)
    {
        Start = start;
        End = end;
    }

    public LinePositionSpan(int startLine, int startColumn, int endLine, int endColumn)
        : this(new LinePosition(startLine, startColumn), new LinePosition(endLine, endColumn))
    {
    }

    public LinePosition Start { get; }

    /// <summary>The position just past the last character (exclusive), as in SARIF's endColumn.</summary>
    public LinePosition End { get; }

    public bool Equals(LinePositionSpan other) => Start.Equals(other.Start) && End.Equals(other.End);

    public override bool Equals(object? obj) => obj is LinePositionSpan other && Equals(other);

    public override int GetHashCode() => (Start.GetHashCode() * 397) ^ End.GetHashCode();

    /// <summary>MSBuild's canonical form: (line,col,endLine,endCol).</summary>
    public override string ToString() => $"({Start.Line},{Start.Column},{End.Line},{End.Column})";
}
