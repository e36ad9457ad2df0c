using System;
using System.Collections;
using System.Collections.Generic;

namespace ContainerGuard.Collections;

/// <summary>The items of a list from an index on, without copying them (a command's arguments after its program word).</summary>
internal sealed class ListTail<T> : IReadOnlyList<T>
{
    private readonly IReadOnlyList<T> _list;
    private readonly int _start;

    public ListTail(IReadOnlyList<T> list, int start)
    {
        _list = list;
        _start = Math.Min(Math.Max(start, 0), list.Count);
    }

    public int Count => _list.Count - _start;

    public T this[int index]
        => (uint)index < (uint)Count ? _list[_start + index] : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<T> GetEnumerator()
    {
        for (int i = _start; i < _list.Count; i++)
        {
            yield return _list[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
