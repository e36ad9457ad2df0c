using System;

namespace ContainerGuard.Collections;

/// <summary>
/// A value computed once and kept in a slot of the object it describes (a parsed command's effective program, an
/// image reference's catalogue entry): <c>null</c> until computed, then the value or <see cref="Null"/> for a
/// computed null. The objects belong to one document, linted on one thread; a race between threads would only
/// compute the same value twice.
/// </summary>
internal static class Memo
{
    /// <summary>Stands for a computed null in a slot (and in shared caches, which cannot hold null).</summary>
    public static readonly object Null = new();

    public static T? Get<T, TArg>(ref object? slot, TArg argument, Func<TArg, T?> compute)
        where T : class
    {
        slot ??= Box(compute(argument));
        return Unbox<T>(slot);
    }

    public static object Box<T>(T? value)
        where T : class
        => (object?)value ?? Null;

    public static T? Unbox<T>(object value)
        where T : class
        => value as T;
}
