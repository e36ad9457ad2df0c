using Microsoft.CodeAnalysis;

namespace ContainerGuard.Analyzers.Flow;

/// <summary>
/// A value an expression can take that is known at compile time: a constant (string, bool, number, null), or a
/// static property of a library type such as an SDK's extensible enum (<c>ContainerGroupIPAddressType.Public</c>).
/// </summary>
internal readonly struct KnownValue
{
    public KnownValue(object? constant, IOperation origin)
    {
        Constant = constant;
        StaticMember = null;
        Origin = origin;
    }

    public KnownValue(ISymbol staticMember, IOperation origin)
    {
        Constant = null;
        StaticMember = staticMember;
        Origin = origin;
    }

    public object? Constant { get; }

    /// <summary>The static property or field referenced, when the value is a library's named value.</summary>
    public ISymbol? StaticMember { get; }

    /// <summary>The operation the value was written in (a literal, a constant's reference, a static member reference).</summary>
    public IOperation Origin { get; }

    /// <summary>The text of the value: a string constant, or the name of a static member (how extensible enums read).</summary>
    public string? Text => Constant as string ?? StaticMember?.Name;

    public bool IsTrue => Constant is true;

    /// <summary>The value as an integer, for port numbers and user ids.</summary>
    public long? Integer => Constant switch
    {
        int i => i,
        long l => l,
        short s => s,
        uint u => u,
        ushort us => us,
        _ => null,
    };
}
