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

/// <summary>
/// Registration helpers: a callback for each value assigned to a sink property (statement, initializer, constructor
/// argument) and for each entry that reaches a collection property (its initializer, <c>Add</c>/<c>AddRange</c>/indexer
/// on it, or a collection built elsewhere and assigned or passed to it).
/// </summary>
internal static class Sinks
{
    public static void OnAssigned(CompilationStartAnalysisContext start, PropertySet properties, Action<OperationAnalysisContext, SinkValue> callback)
    {
        if (properties.IsEmpty)
        {
            return;
        }

        start.RegisterOperationAction(context =>
        {
            var assignment = (ISimpleAssignmentOperation)context.Operation;
            if (assignment.Target is IPropertyReferenceOperation { Property: { IsIndexer: false } property } target && properties.Contains(property))
            {
                callback(context, new SinkValue(property, assignment.Value, target));
            }
        }, OperationKind.SimpleAssignment);

        start.RegisterOperationAction(context =>
        {
            var creation = (IObjectCreationOperation)context.Operation;
            if (creation.Arguments.IsEmpty || creation.Type is not { } type || !properties.MayDeclare(type))
            {
                return;
            }

            foreach (var argument in creation.Arguments)
            {
                if (argument.ArgumentKind != ArgumentKind.DefaultValue && argument.Parameter is { } parameter
                    && properties.ForParameter(parameter, type) is { } property)
                {
                    callback(context, new SinkValue(property, argument.Value, argument));
                }
            }
        }, OperationKind.ObjectCreation);
    }

    public static void OnEntry(CompilationStartAnalysisContext start, SdkRuleContext rules, PropertySet properties, Action<OperationAnalysisContext, IPropertySymbol, CollectionEntry> callback)
    {
        if (properties.IsEmpty)
        {
            return;
        }

        // A whole collection given to the property: its entries, through data flow.
        OnAssigned(start, properties, (context, sink) =>
        {
            foreach (var entry in ValueFlow.Entries(sink.Value, rules.Flow(context.CancellationToken)))
            {
                callback(context, sink.Property, entry);
            }
        });

        // Entries added to the property itself: x.P.Add(e), x.P.AddRange(list), { P = { e } }, x.P[k] = v, { P = { [k] = v } }.
        start.RegisterOperationAction(context =>
        {
            var invocation = (IInvocationOperation)context.Operation;
            if (invocation.Instance is { } instance && SinkProperty(instance, properties) is { } property)
            {
                var entries = new List<CollectionEntry>();
                ValueFlow.EntriesWrittenThrough(instance, rules.Flow(context.CancellationToken), entries);
                foreach (var entry in entries)
                {
                    callback(context, property, entry);
                }
            }
        }, OperationKind.Invocation);

        start.RegisterOperationAction(context =>
        {
            var assignment = (ISimpleAssignmentOperation)context.Operation;
            if (assignment.Target is IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1, Instance: { } instance } indexer
                && SinkProperty(instance, properties) is { } property)
            {
                callback(context, property, new CollectionEntry(assignment.Value, indexer.Arguments[0].Value));
            }
        }, OperationKind.SimpleAssignment);
    }

    /// <summary>The sink property a collection operation works on: <c>x.P</c>, or the implicit receiver inside <c>{ P = { … } }</c>.</summary>
    private static IPropertySymbol? SinkProperty(IOperation instance, PropertySet properties)
    {
        switch (Sources.Unwrap(instance))
        {
            case IPropertyReferenceOperation { Property: { IsIndexer: false } property } when properties.Contains(property):
                return property;
            case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver } receiver:
                for (var parent = receiver.Parent; parent is not null; parent = parent.Parent)
                {
                    if (parent is IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation { Property: { } member } })
                    {
                        return properties.Contains(member) ? member : null;
                    }

                    if (parent is IObjectCreationOperation or IBlockOperation)
                    {
                        return null;
                    }
                }

                return null;
            default:
                return null;
        }
    }
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
