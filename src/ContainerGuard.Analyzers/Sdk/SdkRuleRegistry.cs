using System;
using System.Collections.Generic;
using ContainerGuard.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ContainerGuard.Analyzers.Sdk;

/// <summary>
/// What the rules of one SDK family listen to, dispatched from ONE operation callback per kind: each assignment,
/// object creation and invocation of the compilation costs a set look-up, whatever the number of rules; only the
/// operations that touch an SDK type reach a rule.
/// </summary>
internal sealed class SdkRuleRegistry
{
    private readonly SdkRuleContext _rules;
    private readonly HashSet<INamedTypeSymbol> _sinkTypes = new(SymbolEqualityComparer.Default);
    private readonly List<(PropertySet Properties, Action<OperationAnalysisContext, SinkValue> Callback)> _assigned = new();
    private readonly List<(PropertySet Properties, Action<OperationAnalysisContext, IPropertySymbol, CollectionEntry> Callback)> _entries = new();
    private readonly Dictionary<INamedTypeSymbol, List<Action<OperationAnalysisContext, IObjectCreationOperation>>> _creations = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<string, List<Action<OperationAnalysisContext, IInvocationOperation>>> _invocations = new(StringComparer.Ordinal);

    public SdkRuleRegistry(SdkRuleContext rules)
    {
        _rules = rules;
    }

    /// <summary>Each value given to one of the properties: statement, initializer, or constructor argument of the same name.</summary>
    public void OnAssigned(PropertySet properties, Action<OperationAnalysisContext, SinkValue> callback)
    {
        if (!properties.IsEmpty)
        {
            _assigned.Add((properties, callback));
            properties.AddTypesTo(_sinkTypes);
        }
    }

    /// <summary>Each value given to one of the boolean properties that can be <c>true</c> (privileged, escalation, all ports…).</summary>
    public void OnTrue(PropertySet properties, Action<OperationAnalysisContext, SinkValue> callback)
        => OnAssigned(properties, (context, sink) =>
        {
            if (SinkValues.CanBeTrue(sink, _rules, context.CancellationToken))
            {
                callback(context, sink);
            }
        });

    /// <summary>
    /// Each entry that reaches one of the collection properties: a collection assigned or passed to it (followed through
    /// data flow), <c>x.P.Add(e)</c>, <c>x.P.AddRange(list)</c>, <c>{ P = { e } }</c>, <c>x.P[k] = v</c>, <c>{ P = { [k] = v } }</c>.
    /// </summary>
    public void OnEntry(PropertySet properties, Action<OperationAnalysisContext, IPropertySymbol, CollectionEntry> callback)
    {
        if (!properties.IsEmpty)
        {
            _entries.Add((properties, callback));
            properties.AddTypesTo(_sinkTypes);
        }
    }

    /// <summary>Each creation of <paramref name="type"/>.</summary>
    public void OnCreation(INamedTypeSymbol? type, Action<OperationAnalysisContext, IObjectCreationOperation> callback)
    {
        if (type is null)
        {
            return;
        }

        if (!_creations.TryGetValue(type, out var callbacks))
        {
            _creations[type] = callbacks = new List<Action<OperationAnalysisContext, IObjectCreationOperation>>();
        }

        callbacks.Add(callback);
    }

    /// <summary>Each invocation of a method named <paramref name="methodName"/> (the callback checks its type).</summary>
    public void OnInvocation(string methodName, Action<OperationAnalysisContext, IInvocationOperation> callback)
    {
        if (!_invocations.TryGetValue(methodName, out var callbacks))
        {
            _invocations[methodName] = callbacks = new List<Action<OperationAnalysisContext, IInvocationOperation>>();
        }

        callbacks.Add(callback);
    }

    /// <summary>Registers the three dispatching callbacks (none that no rule needs).</summary>
    public void Attach(CompilationStartAnalysisContext start)
    {
        if (_assigned.Count > 0 || _entries.Count > 0)
        {
            start.RegisterOperationAction(Assignment, OperationKind.SimpleAssignment);
        }

        if (_assigned.Count > 0 || _entries.Count > 0 || _creations.Count > 0)
        {
            start.RegisterOperationAction(Creation, OperationKind.ObjectCreation);
        }

        if (_entries.Count > 0 || _invocations.Count > 0)
        {
            start.RegisterOperationAction(Invocation, OperationKind.Invocation);
        }
    }

    private void Assignment(OperationAnalysisContext context)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is not IPropertyReferenceOperation { Property: { } property } target)
        {
            return;
        }

        if (property.IsIndexer)
        {
            // x.P[k] = v, { P = { [k] = v } }
            if (target.Arguments.Length == 1 && target.Instance is { } instance && _entries.Count > 0)
            {
                foreach (var (properties, callback) in _entries)
                {
                    if (SinkProperty(instance, properties) is { } sink)
                    {
                        callback(context, sink, new CollectionEntry(assignment.Value, target.Arguments[0].Value));
                    }
                }
            }

            return;
        }

        if (!_sinkTypes.Contains(property.ContainingType.OriginalDefinition))
        {
            return;
        }

        var sinkValue = new SinkValue(property, assignment.Value, target);
        Dispatch(context, sinkValue);
    }

    private void Creation(OperationAnalysisContext context)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (creation.Type is not INamedTypeSymbol type)
        {
            return;
        }

        if (_creations.TryGetValue(type.OriginalDefinition, out var callbacks))
        {
            foreach (var callback in callbacks)
            {
                callback(context, creation);
            }
        }

        if (creation.Arguments.IsEmpty || !DeclaresSinks(type))
        {
            return;
        }

        foreach (var argument in creation.Arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.DefaultValue || argument.Parameter is not { } parameter)
            {
                continue;
            }

            foreach (var (properties, callback) in _assigned)
            {
                if (properties.ForParameter(parameter, type) is { } property)
                {
                    callback(context, new SinkValue(property, argument.Value, argument));
                }
            }

            foreach (var (properties, callback) in _entries)
            {
                if (properties.ForParameter(parameter, type) is { } property)
                {
                    foreach (var entry in ValueFlow.Entries(argument.Value, _rules.Flow(context.CancellationToken)))
                    {
                        callback(context, property, entry);
                    }
                }
            }
        }
    }

    private void Invocation(OperationAnalysisContext context)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (_invocations.TryGetValue(invocation.TargetMethod.Name, out var callbacks))
        {
            foreach (var callback in callbacks)
            {
                callback(context, invocation);
            }
        }

        if (invocation.Instance is not { } instance || _entries.Count == 0)
        {
            return;
        }

        foreach (var (properties, callback) in _entries)
        {
            if (SinkProperty(instance, properties) is { } property)
            {
                var entries = new List<CollectionEntry>();
                ValueFlow.EntriesWrittenThrough(instance, _rules.Flow(context.CancellationToken), entries);
                foreach (var entry in entries)
                {
                    callback(context, property, entry);
                }
            }
        }
    }

    private void Dispatch(OperationAnalysisContext context, SinkValue sink)
    {
        foreach (var (properties, callback) in _assigned)
        {
            if (properties.Contains(sink.Property))
            {
                callback(context, sink);
            }
        }

        foreach (var (properties, callback) in _entries)
        {
            if (properties.Contains(sink.Property))
            {
                foreach (var entry in ValueFlow.Entries(sink.Value, _rules.Flow(context.CancellationToken)))
                {
                    callback(context, sink.Property, entry);
                }
            }
        }
    }

    private bool DeclaresSinks(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (_sinkTypes.Contains(current.OriginalDefinition))
            {
                return true;
            }
        }

        return false;
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
