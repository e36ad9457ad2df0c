using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ContainerGuard.Analyzers.Flow;

/// <summary>One entry written into a collection: a list element, or a dictionary key and value.</summary>
internal readonly struct CollectionEntry
{
    public CollectionEntry(IOperation value, IOperation? key = null)
    {
        Value = value;
        Key = key;
    }

    public IOperation Value { get; }

    public IOperation? Key { get; }
}

/// <summary>
/// Local data flow for values: what constants an expression can take (through locals filled anywhere in the method,
/// <c>const</c> and <c>static readonly</c> members, concatenation, interpolation, conditionals, helpers' results and
/// parameters of helpers called in the same file), and what entries a collection receives (initializers, collection
/// expressions, arrays, <c>Add</c>/<c>AddRange</c>/indexers on a list built before it is assigned). Only what is known
/// is returned: an unknown branch adds nothing, so rules never report a guess.
/// </summary>
internal static class ValueFlow
{
    private const int MaxCombinations = 16;

    internal static readonly List<IOperation> NoOperations = new();

    public static List<KnownValue> Values(IOperation? operation, FlowContext context)
    {
        var values = new List<KnownValue>();
        if (operation is not null)
        {
            Collect(operation, context, values);
        }

        return values;
    }

    private static void Collect(IOperation operation, FlowContext context, List<KnownValue> values)
    {
        if (!context.Step())
        {
            return;
        }

        if (operation.ConstantValue.HasValue)
        {
            values.Add(new KnownValue(operation.ConstantValue.Value, operation));
            return;
        }

        switch (operation)
        {
            case IConversionOperation conversion:
                Collect(conversion.Operand, context, values);
                break;
            case IParenthesizedOperation parenthesized:
                Collect(parenthesized.Operand, context, values);
                break;
            case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                Collect(conditional.WhenTrue, context, values);
                Collect(whenFalse, context, values);
                break;
            case ICoalesceOperation coalesce:
                Collect(coalesce.Value, context, values);
                Collect(coalesce.WhenNull, context, values);
                break;
            case IPropertyReferenceOperation { Property: { IsStatic: true } property } when property.DeclaringSyntaxReferences.IsEmpty:
                // A library's named value: an extensible enum (ContainerGroupIPAddressType.Public) and the like.
                values.Add(new KnownValue(property, operation));
                break;
            case IFieldReferenceOperation { Field: { IsStatic: true, IsReadOnly: true } field } when field.DeclaringSyntaxReferences.IsEmpty:
                values.Add(new KnownValue(field, operation));
                break;
            case IObjectCreationOperation { Arguments.Length: 1, Type: { IsValueType: true } } creation
                when creation.Arguments[0].Value.Type?.SpecialType == SpecialType.System_String:
                // new ContainerGroupIPAddressType("Public"): an extensible enum made from its text.
                Collect(creation.Arguments[0].Value, context, values);
                break;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary when binary.Type?.SpecialType == SpecialType.System_String:
                AddCombinations(values, operation, context, binary.LeftOperand, binary.RightOperand);
                break;
            case IInterpolatedStringOperation interpolated:
                var parts = new List<IOperation>();
                foreach (var part in interpolated.Parts)
                {
                    switch (part)
                    {
                        case IInterpolatedStringTextOperation text:
                            parts.Add(text.Text);
                            break;
                        case IInterpolationOperation { Alignment: null, FormatString: null } hole:
                            parts.Add(hole.Expression);
                            break;
                        default:
                            return; // aligned or formatted holes: not worth guessing
                    }
                }

                AddCombinations(values, operation, context, parts.ToArray());
                break;
            default:
                var sources = Through(operation, context, out var entered);
                foreach (var source in sources ?? NoOperations)
                {
                    Collect(source, context, values);
                }

                context.Exit(entered);
                break;
        }
    }

    /// <summary>The concatenations of the parts' known values (all parts known, at most a few combinations).</summary>
    private static void AddCombinations(List<KnownValue> values, IOperation origin, FlowContext context, params IOperation[] parts)
    {
        var texts = new List<string> { string.Empty };
        foreach (var part in parts)
        {
            var known = Values(part, context);
            if (known.Count == 0)
            {
                return;
            }

            var next = new List<string>();
            foreach (var prefix in texts)
            {
                foreach (var value in known)
                {
                    if (value.Constant is not (string or null) && value.Constant is not (int or long or bool or char))
                    {
                        return;
                    }

                    next.Add(prefix + FormatConstant(value.Constant));
                    if (next.Count > MaxCombinations)
                    {
                        return;
                    }
                }
            }

            texts = next;
        }

        foreach (var text in texts)
        {
            values.Add(new KnownValue(text, origin));
        }
    }

    private static string FormatConstant(object? constant) => constant switch
    {
        null => string.Empty,
        bool b => b ? "True" : "False",
        _ => System.Convert.ToString(constant, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
    };

    /// <summary>The entries written into the collection an expression evaluates to.</summary>
    public static List<CollectionEntry> Entries(IOperation? operation, FlowContext context)
    {
        var entries = new List<CollectionEntry>();
        if (operation is not null)
        {
            CollectEntries(operation, context, entries);
        }

        return entries;
    }

    private static void CollectEntries(IOperation operation, FlowContext context, List<CollectionEntry> entries)
    {
        if (!context.Step())
        {
            return;
        }

        switch (operation)
        {
            case IConversionOperation conversion:
                CollectEntries(conversion.Operand, context, entries);
                break;
            case IParenthesizedOperation parenthesized:
                CollectEntries(parenthesized.Operand, context, entries);
                break;
            case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                CollectEntries(conditional.WhenTrue, context, entries);
                CollectEntries(whenFalse, context, entries);
                break;
            case ICoalesceOperation coalesce:
                CollectEntries(coalesce.Value, context, entries);
                CollectEntries(coalesce.WhenNull, context, entries);
                break;
            case IArrayCreationOperation { Initializer: { } arrayInitializer }:
                foreach (var element in arrayInitializer.ElementValues)
                {
                    entries.Add(new CollectionEntry(element));
                }

                break;
            case IObjectCreationOperation creation:
                foreach (var argument in creation.Arguments)
                {
                    // new List<string>(other): the entries of the collection it copies.
                    if (argument.Value.Type is { SpecialType: not SpecialType.System_String } type && IsEnumerable(type))
                    {
                        CollectEntries(argument.Value, context, entries);
                    }
                }

                if (creation.Initializer is { } initializer)
                {
                    InitializerEntries(initializer, context, entries);
                }

                break;
            case { Kind: OperationKind.None, Syntax: CollectionExpressionSyntax }:
                // [a, b, ..other]: Roslyn 4.8 has no public operation for collection expressions; their children are the elements.
                foreach (var element in operation.ChildOperations)
                {
                    if (element.Syntax is SpreadElementSyntax)
                    {
                        foreach (var spread in element.ChildOperations)
                        {
                            CollectEntries(spread, context, entries);
                        }
                    }
                    else
                    {
                        entries.Add(new CollectionEntry(element));
                    }
                }

                break;
            case IInvocationOperation { TargetMethod.Name: "ToList" or "ToArray" or "ToHashSet" or "AsEnumerable" } copy
                when copy.TargetMethod.ContainingType?.Name == "Enumerable" && copy.Arguments.Length == 1:
                CollectEntries(copy.Arguments[0].Value, context, entries);
                break;
            case ILocalReferenceOperation local:
                if (!context.Enter(local.Local))
                {
                    break;
                }

                var root = Sources.Root(local);
                foreach (var write in Sources.LocalWrites(local.Local, root, context))
                {
                    CollectEntries(write, context, entries);
                }

                // The list built before it is assigned: binds.Add(…), binds.AddRange(…), env["KEY"] = …
                foreach (var use in Sources.LocalUses(local.Local, root, context))
                {
                    EntriesWrittenThrough(use, context, entries);
                }

                context.Exit(local.Local);
                break;
            default:
                var sources = Through(operation, context, out var entered);
                foreach (var source in sources ?? NoOperations)
                {
                    CollectEntries(source, context, entries);
                }

                context.Exit(entered);
                break;
        }
    }

    /// <summary>The entries of a collection initializer: <c>{ a, b }</c>, <c>{ { k, v } }</c>, <c>{ [k] = v }</c>.</summary>
    public static void InitializerEntries(IObjectOrCollectionInitializerOperation initializer, FlowContext context, List<CollectionEntry> entries)
    {
        foreach (var item in initializer.Initializers)
        {
            switch (item)
            {
                case IInvocationOperation add:
                    AddArguments(add, context, entries);
                    break;
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer } assignment:
                    entries.Add(new CollectionEntry(assignment.Value, indexer.Arguments[0].Value));
                    break;
            }
        }
    }

    /// <summary>An entry written into the collection that <paramref name="collection"/> (a reference to it) names.</summary>
    public static void EntriesWrittenThrough(IOperation collection, FlowContext context, List<CollectionEntry> entries)
    {
        var parent = collection.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation)
        {
            parent = parent.Parent;
        }

        switch (parent)
        {
            case IInvocationOperation invocation when invocation.Instance is { } instance && Sources.Unwrap(instance) == collection:
                AddArguments(invocation, context, entries);
                break;
            case IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer
                when indexer.Parent is ISimpleAssignmentOperation assignment && assignment.Target == indexer:
                entries.Add(new CollectionEntry(assignment.Value, indexer.Arguments[0].Value));
                break;
        }
    }

    private static void AddArguments(IInvocationOperation invocation, FlowContext context, List<CollectionEntry> entries)
    {
        var arguments = invocation.Arguments;
        switch (invocation.TargetMethod.Name)
        {
            case "Add" or "Push" or "Enqueue" when arguments.Length == 1:
                entries.Add(new CollectionEntry(arguments[0].Value));
                break;
            case "Add" or "TryAdd" when arguments.Length == 2:
                entries.Add(new CollectionEntry(arguments[1].Value, arguments[0].Value));
                break;
            case "Insert" when arguments.Length == 2:
                entries.Add(new CollectionEntry(arguments[1].Value));
                break;
            case "AddRange" or "InsertRange" or "UnionWith" when arguments.Length >= 1:
                CollectEntries(arguments[arguments.Length - 1].Value, context, entries);
                break;
        }
    }

    private static bool IsEnumerable(ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol)
        {
            return true;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (implemented.SpecialType == SpecialType.System_Collections_IEnumerable)
            {
                return true;
            }
        }

        return type.SpecialType == SpecialType.System_Collections_IEnumerable;
    }

    /// <summary>
    /// The operations whose values <paramref name="operation"/> takes, one data-flow step back: a local's writes, a
    /// readonly member's initializer, a helper's returns, a helper parameter's arguments. Call <see cref="FlowContext.Exit"/>
    /// with <c>entered</c> once they are followed. Null when there is no such step.
    /// </summary>
    internal static List<IOperation>? Through(IOperation operation, FlowContext context, out ISymbol? entered)
    {
        entered = null;
        ISymbol? member = operation switch
        {
            IFieldReferenceOperation { Field: { } field } => field,
            IPropertyReferenceOperation { Property: { } property, Instance: null or IInstanceReferenceOperation } => property,
            IInvocationOperation { TargetMethod: { } method } when method.DeclaringSyntaxReferences.Length > 0 && !method.IsVirtual && !method.IsOverride && !method.IsAbstract => method,
            IParameterReferenceOperation { Parameter: { } parameter } => parameter,
            ILocalReferenceOperation { Local: { } local } => local,
            _ => null,
        };

        if (member is null || !context.Enter(member))
        {
            return null;
        }

        entered = member;
        return member switch
        {
            ILocalSymbol local => Sources.LocalWrites(local, Sources.Root(operation), context),
            IParameterSymbol parameter => Sources.ParameterArguments(parameter, operation, context),
            IMethodSymbol method => Sources.MethodReturns(method, operation, context),
            _ => Sources.MemberInitializer(member, operation, context),
        };
    }
}
