using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ContainerGuard.Analyzers.Flow;

/// <summary>
/// One write to an object's property: <c>x.P = v</c>, <c>{ P = v }</c>, a constructor argument for P, or an entry
/// added to a collection property (<c>x.P.Add(e)</c>, <c>{ P = { e } }</c>). <see cref="Path"/> names the properties in
/// between for writes through a property (<c>x.IPAddress.Ports.Add(e)</c>: path IPAddress, property Ports).
/// </summary>
internal sealed class MemberWrite
{
    public MemberWrite(string[] path, string property, IOperation? value, CollectionEntry? entry, IOperation site)
    {
        Path = path;
        Property = property;
        Value = value;
        Entry = entry;
        Site = site;
    }

    public string[] Path { get; }

    public string Property { get; }

    /// <summary>The value assigned (or passed to the constructor); null for an entry.</summary>
    public IOperation? Value { get; }

    public CollectionEntry? Entry { get; }

    /// <summary>Where the write is written: the property reference assigned, the argument, the added entry.</summary>
    public IOperation Site { get; }
}

/// <summary>
/// An object built in the analyzed code, with every write to it that the same file shows: constructor arguments,
/// initializer, and statements on the locals that hold it. <see cref="Escapes"/> says it was handed to code we do
/// not read (another method, a field, a lambda), so what it lacks cannot be known. Returning it is not escaping: a
/// factory method returns what it built whole.
/// </summary>
internal sealed class TrackedObject
{
    private readonly List<MemberWrite> _writes = new();

    public TrackedObject(IObjectCreationOperation creation)
    {
        Creation = creation;
    }

    public IObjectCreationOperation Creation { get; }

    public bool Escapes { get; set; }

    /// <summary>Methods called on the object (<c>builder.WithEndpoint(…)</c>), through the locals that hold it.</summary>
    public List<IInvocationOperation> Calls { get; } = new();

    public IReadOnlyList<MemberWrite> Writes => _writes;

    public void Add(MemberWrite write) => _writes.Add(write);

    /// <summary>The direct writes of <paramref name="property"/>.</summary>
    public IEnumerable<MemberWrite> WritesOf(string property)
    {
        foreach (var write in _writes)
        {
            if (write.Path.Length == 0 && write.Property == property)
            {
                yield return write;
            }
        }
    }

    /// <summary>The values assigned to <paramref name="property"/> (not the entries added to it).</summary>
    public List<IOperation> ValuesOf(string property)
    {
        var values = new List<IOperation>();
        foreach (var write in WritesOf(property))
        {
            if (write.Value is { } value)
            {
                values.Add(value);
            }
        }

        return values;
    }

    /// <summary>True when <paramref name="property"/> is given something other than null, or an entry.</summary>
    public bool IsSet(string property)
    {
        foreach (var write in WritesOf(property))
        {
            if (write.Entry is not null || (write.Value is { } value && !IsNull(value)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The entries of the collection property: those added to it and those of the collections assigned to it.</summary>
    public List<CollectionEntry> EntriesOf(string property, FlowContext context)
    {
        var entries = new List<CollectionEntry>();
        foreach (var write in WritesOf(property))
        {
            if (write.Entry is { } entry)
            {
                entries.Add(entry);
            }
            else if (write.Value is { } value)
            {
                entries.AddRange(ValueFlow.Entries(value, context));
            }
        }

        return entries;
    }

    /// <summary>The objects held by <paramref name="property"/>, with the writes made to them through this object.</summary>
    public ObjectTrace Child(string property, FlowContext context)
    {
        var trace = new ObjectTrace();
        foreach (var value in ValuesOf(property))
        {
            ObjectFlow.TraceInto(value, context, trace, null);
        }

        foreach (var write in _writes)
        {
            if (write.Path.Length > 0 && write.Path[0] == property)
            {
                foreach (var child in trace.Objects)
                {
                    child.Add(new MemberWrite(Rest(write.Path), write.Property, write.Value, write.Entry, write.Site));
                }
            }
        }

        return trace;
    }

    private static string[] Rest(string[] path)
    {
        var rest = new string[path.Length - 1];
        Array.Copy(path, 1, rest, 0, rest.Length);
        return rest;
    }

    private static bool IsNull(IOperation value) => value.ConstantValue is { HasValue: true, Value: null } || Sources.Unwrap(value) is IDefaultValueOperation;
}

/// <summary>The objects an expression can be, and whether some path leads to something we cannot read.</summary>
internal sealed class ObjectTrace
{
    public List<TrackedObject> Objects { get; } = new();

    public bool HasUnknown { get; set; }

    /// <summary>Every object is known and none escapes: what they lack can be reported.</summary>
    public bool IsComplete
    {
        get
        {
            if (HasUnknown || Objects.Count == 0)
            {
                return false;
            }

            foreach (var tracked in Objects)
            {
                if (tracked.Escapes)
                {
                    return false;
                }
            }

            return true;
        }
    }
}

/// <summary>Local data flow for objects: from an expression back to the <c>new</c> that made it, and every write to it.</summary>
internal static class ObjectFlow
{
    private static readonly string[] NoPath = Array.Empty<string>();

    /// <summary>The objects <paramref name="value"/> can be.</summary>
    public static ObjectTrace Trace(IOperation value, FlowContext context)
    {
        var trace = new ObjectTrace();
        TraceInto(value, context, trace, null);
        return trace;
    }

    /// <summary>
    /// The object a write's target belongs to: <c>{ P = v }</c> inside <c>new T { … }</c>, or <c>x.P = v</c> with
    /// <c>x</c> traced back.
    /// </summary>
    public static ObjectTrace Owner(IPropertyReferenceOperation target, FlowContext context)
    {
        var trace = new ObjectTrace();
        if (target.Instance is null || target.Instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver })
        {
            if (InitializedObject(target) is { } creation)
            {
                trace.Objects.Add(FromCreation(creation, context, forwardOnly: true));
            }
            else
            {
                trace.HasUnknown = true;
            }
        }
        else
        {
            TraceInto(target.Instance, context, trace, null);
        }

        return trace;
    }

    /// <summary>The object creation whose initializer holds <paramref name="member"/>, or null.</summary>
    public static IObjectCreationOperation? InitializedObject(IOperation member)
    {
        var operation = member.Parent;
        while (operation is not null and not IObjectCreationOperation)
        {
            if (operation is IMemberInitializerOperation or IBlockOperation or IAnonymousFunctionOperation)
            {
                return null; // a nested initializer's member belongs to the nested object
            }

            if (operation is ISimpleAssignmentOperation or IObjectOrCollectionInitializerOperation)
            {
                operation = operation.Parent;
                continue;
            }

            return null;
        }

        return operation as IObjectCreationOperation;
    }

    internal static void TraceInto(IOperation value, FlowContext context, ObjectTrace trace, List<(ILocalSymbol Local, IOperation Root)>? handles)
    {
        if (!context.Step())
        {
            trace.HasUnknown = true;
            return;
        }

        value = Sources.Unwrap(value);
        switch (value)
        {
            case IObjectCreationOperation creation:
                var tracked = FromCreation(creation, context, forwardOnly: false);
                foreach (var (local, root) in handles ?? new List<(ILocalSymbol, IOperation)>())
                {
                    ScanHandle(tracked, local, root, context, forwardOnly: false);
                }

                trace.Objects.Add(tracked);
                return;
            case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                TraceInto(conditional.WhenTrue, context, trace, handles);
                TraceInto(whenFalse, context, trace, handles);
                return;
            case ICoalesceOperation coalesce:
                TraceInto(coalesce.Value, context, trace, handles);
                TraceInto(coalesce.WhenNull, context, trace, handles);
                return;
            case IDefaultValueOperation:
            case ILiteralOperation { ConstantValue: { HasValue: true, Value: null } }:
                return;
        }

        var sources = ValueFlow.Through(value, context, out var entered);
        if (sources is null)
        {
            trace.HasUnknown = true;
            return;
        }

        var next = handles;
        if (value is ILocalReferenceOperation reference)
        {
            next = new List<(ILocalSymbol, IOperation)>(handles ?? new List<(ILocalSymbol, IOperation)>()) { (reference.Local, Sources.Root(value)) };
        }
        else if (sources.Count == 0)
        {
            trace.HasUnknown = true; // a parameter nobody in this file passes, a member without an initializer
        }

        foreach (var source in sources)
        {
            TraceInto(source, context, trace, next);
        }

        context.Exit(entered);
    }

    /// <summary>An object creation with its constructor arguments, its initializer and (forward) the local it is stored in.</summary>
    public static TrackedObject FromCreation(IObjectCreationOperation creation, FlowContext context, bool forwardOnly)
    {
        var tracked = new TrackedObject(creation);
        foreach (var argument in creation.Arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.DefaultValue || argument.Parameter is null || creation.Type is null)
            {
                continue;
            }

            if (FindProperty(creation.Type, argument.Parameter.Name) is { } property)
            {
                tracked.Add(new MemberWrite(NoPath, property.Name, argument.Value, null, argument));
            }
        }

        if (creation.Initializer is { } initializer)
        {
            AddInitializerWrites(tracked, initializer, NoPath, context);
        }

        // Where the new object goes: a local (then its statements count), or further.
        var parent = creation.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation)
        {
            parent = parent.Parent;
        }

        switch (parent)
        {
            case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                ScanHandle(tracked, declarator.Symbol, Sources.Root(creation), context, forwardOnly);
                break;
            case ISimpleAssignmentOperation { Target: ILocalReferenceOperation local }:
                ScanHandle(tracked, local.Local, Sources.Root(creation), context, forwardOnly);
                break;
            case ISimpleAssignmentOperation { Target: IFieldReferenceOperation or IParameterReferenceOperation }:
            case IFieldInitializerOperation:
                tracked.Escapes = true;
                break;
            case IArgumentOperation argument when forwardOnly && !IsHarmlessCall(argument.Parent):
                tracked.Escapes = true;
                break;
        }

        return tracked;
    }

    private static void AddInitializerWrites(TrackedObject tracked, IObjectOrCollectionInitializerOperation initializer, string[] path, FlowContext context)
    {
        foreach (var item in initializer.Initializers)
        {
            switch (item)
            {
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: false } target } assignment:
                    tracked.Add(new MemberWrite(path, target.Property.Name, assignment.Value, null, target));
                    break;
                case IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation member, Initializer: { } nested }:
                    var entries = new List<CollectionEntry>();
                    ValueFlow.InitializerEntries(nested, context, entries);
                    foreach (var entry in entries)
                    {
                        tracked.Add(new MemberWrite(path, member.Property.Name, null, entry, entry.Value));
                    }

                    AddInitializerWrites(tracked, nested, Append(path, member.Property.Name), context);
                    break;
            }
        }
    }

    /// <summary>The writes and calls made through <paramref name="local"/>, and whether it is handed elsewhere.</summary>
    private static void ScanHandle(TrackedObject tracked, ILocalSymbol local, IOperation root, FlowContext context, bool forwardOnly)
    {
        foreach (var use in Sources.LocalUses(local, root, context))
        {
            if (InsideLambda(use, root))
            {
                tracked.Escapes = true;
            }

            IOperation current = use;
            var parent = use.Parent;
            while (parent is IConversionOperation or IParenthesizedOperation)
            {
                current = parent;
                parent = parent.Parent;
            }

            switch (parent)
            {
                case IPropertyReferenceOperation { Property.IsIndexer: false } property when property.Instance == current:
                    AddWriteThrough(tracked, property, context);
                    break;
                case IInvocationOperation call when call.Instance == current:
                    tracked.Calls.Add(call);
                    break;
                case ISimpleAssignmentOperation assignment when assignment.Value == current:
                    if (assignment.Target is not IPropertyReferenceOperation)
                    {
                        tracked.Escapes = true; // another variable or a field holds it now
                    }

                    break;
                case IVariableInitializerOperation:
                    tracked.Escapes = true;
                    break;
                case IArgumentOperation argument when !IsHarmlessCall(argument.Parent):
                    tracked.Escapes = true;
                    break;
            }
        }
    }

    /// <summary><c>x.A.B = v</c>, <c>x.A.B.Add(e)</c>, <c>x.A.B[k] = v</c>: a write of B at path A.</summary>
    private static void AddWriteThrough(TrackedObject tracked, IPropertyReferenceOperation first, FlowContext context)
    {
        var names = new List<string> { first.Property.Name };
        IOperation current = first;
        while (current.Parent is IPropertyReferenceOperation { Property.IsIndexer: false } next && next.Instance == current)
        {
            names.Add(next.Property.Name);
            current = next;
        }

        var path = names.GetRange(0, names.Count - 1).ToArray();
        var property = names[names.Count - 1];
        switch (current.Parent)
        {
            case ISimpleAssignmentOperation assignment when assignment.Target == current:
                tracked.Add(new MemberWrite(path, property, assignment.Value, null, current));
                break;
            default:
                var entries = new List<CollectionEntry>();
                ValueFlow.EntriesWrittenThrough(current, context, entries);
                foreach (var entry in entries)
                {
                    tracked.Add(new MemberWrite(path, property, null, entry, entry.Value));
                }

                break;
        }
    }

    /// <summary>Collection adds and the SDKs' own methods do not change the object passed to them.</summary>
    private static bool IsHarmlessCall(IOperation? call)
    {
        if (call is not IInvocationOperation { TargetMethod: { } method })
        {
            return call is IObjectCreationOperation;
        }

        if (method.Name is "Add" or "Insert" or "AddRange" or "Push" or "Enqueue" or "Contains" or "Equals" or "ReferenceEquals" or "nameof")
        {
            return true;
        }

        var ns = method.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        return ns.StartsWith("Azure.ResourceManager", StringComparison.Ordinal)
            || ns.StartsWith("Docker.DotNet", StringComparison.Ordinal)
            || ns.StartsWith("System", StringComparison.Ordinal);
    }

    private static bool InsideLambda(IOperation use, IOperation root)
    {
        for (var operation = use.Parent; operation is not null && operation != root; operation = operation.Parent)
        {
            if (operation is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return true;
            }
        }

        return false;
    }

    private static IPropertySymbol? FindProperty(ITypeSymbol type, string parameterName)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (member is IPropertySymbol { IsIndexer: false, IsStatic: false } property
                    && string.Equals(property.Name, parameterName, StringComparison.OrdinalIgnoreCase))
                {
                    return property;
                }
            }
        }

        return null;
    }

    private static string[] Append(string[] path, string name)
    {
        var longer = new string[path.Length + 1];
        Array.Copy(path, longer, path.Length);
        longer[path.Length] = name;
        return longer;
    }
}
