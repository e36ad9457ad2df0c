using System;
using System.Collections.Generic;
using ContainerGuard.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ContainerGuard.Analyzers.Sdk;

/// <summary>A set of SDK properties, by declaring type and name: the places a rule listens to.</summary>
internal sealed class PropertySet
{
    private readonly HashSet<INamedTypeSymbol> _types = new(SymbolEqualityComparer.Default);
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    public PropertySet(IEnumerable<INamedTypeSymbol?> types, params string[] names)
    {
        foreach (var type in types)
        {
            if (type is not null)
            {
                _types.Add(type);
            }
        }

        foreach (var name in names)
        {
            _names.Add(name);
        }
    }

    public PropertySet(INamedTypeSymbol? type, params string[] names)
        : this(new[] { type }, names)
    {
    }

    public bool IsEmpty => _types.Count == 0;

    public void AddTypesTo(HashSet<INamedTypeSymbol> types) => types.UnionWith(_types);

    /// <summary>True when <paramref name="type"/> or a base type declares sink properties: the cheap test before looking at arguments.</summary>
    public bool MayDeclare(ITypeSymbol? type)
    {
        for (var current = type as INamedTypeSymbol; current is not null; current = current.BaseType)
        {
            if (_types.Contains(current.OriginalDefinition))
            {
                return true;
            }
        }

        return false;
    }

    public bool Contains(IPropertySymbol property)
        => _names.Contains(property.Name) && _types.Contains(property.ContainingType.OriginalDefinition);

    /// <summary>The sink property a constructor parameter sets (the SDKs name them alike: <c>image</c> → <c>Image</c>).</summary>
    public IPropertySymbol? ForParameter(IParameterSymbol parameter, ITypeSymbol createdType)
    {
        for (INamedTypeSymbol? type = createdType as INamedTypeSymbol; type is not null; type = type.BaseType)
        {
            if (!_types.Contains(type.OriginalDefinition))
            {
                continue;
            }

            foreach (var member in type.GetMembers())
            {
                if (member is IPropertySymbol { IsIndexer: false } property && _names.Contains(property.Name)
                    && string.Equals(property.Name, parameter.Name, StringComparison.OrdinalIgnoreCase))
                {
                    return property;
                }
            }
        }

        return null;
    }
}

/// <summary>A value given to a sink property: where it is written and what it is.</summary>
internal readonly struct SinkValue
{
    public SinkValue(IPropertySymbol property, IOperation value, IOperation site)
    {
        Property = property;
        Value = value;
        Site = site;
    }

    public IPropertySymbol Property { get; }

    public IOperation Value { get; }

    /// <summary>The property reference assigned (<c>Privileged</c> in <c>Privileged = true</c>) or the constructor argument.</summary>
    public IOperation Site { get; }
}

/// <summary>Questions rules ask about a sink's value.</summary>
internal static class SinkValues
{
    /// <summary>True when the value can be <c>true</c> (a literal, a constant, a local or helper that gives true).</summary>
    public static bool CanBeTrue(SinkValue sink, SdkRuleContext rules, System.Threading.CancellationToken cancellationToken)
    {
        foreach (var value in ValueFlow.Values(sink.Value, rules.Flow(cancellationToken)))
        {
            if (value.IsTrue)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The distinct known texts the value can take (strings, or the names of an extensible enum's values).</summary>
    public static List<string> Texts(IOperation value, SdkRuleContext rules, System.Threading.CancellationToken cancellationToken)
    {
        var texts = new List<string>();
        foreach (var known in ValueFlow.Values(value, rules.Flow(cancellationToken)))
        {
            if (known.Text is { } text && !texts.Contains(text))
            {
                texts.Add(text);
            }
        }

        return texts;
    }
}
