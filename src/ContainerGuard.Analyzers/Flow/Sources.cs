using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ContainerGuard.Analyzers.Flow;

/// <summary>
/// Where a value read from a local, a readonly field, a parameter or a helper's result was written, within the same
/// file: the data-flow steps that <see cref="ValueFlow"/> and <see cref="ObjectFlow"/> share.
/// </summary>
internal static class Sources
{
    /// <summary>Strips conversions (implicit, explicit and user-defined, such as string → an extensible enum) and parentheses.</summary>
    public static IOperation Unwrap(IOperation operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IConversionOperation conversion:
                    operation = conversion.Operand;
                    break;
                case IParenthesizedOperation parenthesized:
                    operation = parenthesized.Operand;
                    break;
                default:
                    return operation;
            }
        }
    }

    /// <summary>The top of the operation tree an operation belongs to (a method body, a field initializer…).</summary>
    public static IOperation Root(IOperation operation)
    {
        while (operation.Parent is { } parent)
        {
            operation = parent;
        }

        return operation;
    }

    /// <summary>Every value written to <paramref name="local"/> in <paramref name="root"/>: its initializer and its assignments.</summary>
    public static List<IOperation> LocalWrites(ILocalSymbol local, IOperation root, FlowContext context)
    {
        var writes = new List<IOperation>();
        foreach (var operation in root.Descendants())
        {
            if (!context.Step())
            {
                break;
            }

            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                    var initializer = declarator.Initializer ?? (declarator.Parent as IVariableDeclarationOperation)?.Initializer;
                    if (initializer is not null)
                    {
                        writes.Add(initializer.Value);
                    }

                    break;
                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment when SymbolEqualityComparer.Default.Equals(target.Local, local):
                    writes.Add(assignment.Value);
                    break;
            }
        }

        return writes;
    }

    /// <summary>The references to <paramref name="local"/> in <paramref name="root"/>.</summary>
    public static IEnumerable<ILocalReferenceOperation> LocalUses(ILocalSymbol local, IOperation root, FlowContext context)
    {
        foreach (var operation in root.Descendants())
        {
            if (!context.Step())
            {
                yield break;
            }

            if (operation is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local))
            {
                yield return reference;
            }
        }
    }

    /// <summary>
    /// The initializer of a readonly field or get-only property declared in the same file, or the values returned by
    /// an expression-bodied property; null when there is none to read.
    /// </summary>
    public static List<IOperation>? MemberInitializer(ISymbol member, IOperation reference, FlowContext context)
    {
        switch (member)
        {
            case IFieldSymbol { IsConst: false, IsReadOnly: true } field:
                foreach (var syntaxReference in field.DeclaringSyntaxReferences)
                {
                    if (syntaxReference.SyntaxTree == reference.Syntax.SyntaxTree
                        && syntaxReference.GetSyntax(context.CancellationToken) is VariableDeclaratorSyntax { Initializer: { } initializer }
                        && reference.SemanticModel?.GetOperation(initializer, context.CancellationToken) is IFieldInitializerOperation fieldInitializer)
                    {
                        return new List<IOperation> { fieldInitializer.Value };
                    }
                }

                return null;
            case IPropertySymbol { SetMethod: null, IsIndexer: false } property:
                foreach (var syntaxReference in property.DeclaringSyntaxReferences)
                {
                    if (syntaxReference.SyntaxTree != reference.Syntax.SyntaxTree || syntaxReference.GetSyntax(context.CancellationToken) is not PropertyDeclarationSyntax declaration)
                    {
                        continue;
                    }

                    if (declaration.Initializer is { } initializer
                        && reference.SemanticModel?.GetOperation(initializer, context.CancellationToken) is IPropertyInitializerOperation propertyInitializer)
                    {
                        return new List<IOperation> { propertyInitializer.Value };
                    }

                    if (declaration.ExpressionBody is { } arrow && reference.SemanticModel?.GetOperation(arrow, context.CancellationToken) is { } body)
                    {
                        return Returns(body, context);
                    }
                }

                return null;
            default:
                return null;
        }
    }

    /// <summary>The values a method declared in the same file returns; null for a method without a body there.</summary>
    public static List<IOperation>? MethodReturns(IMethodSymbol method, IOperation call, FlowContext context)
    {
        if (method.IsAbstract || method.IsExtern)
        {
            return null;
        }

        foreach (var syntaxReference in method.OriginalDefinition.DeclaringSyntaxReferences)
        {
            if (syntaxReference.SyntaxTree != call.Syntax.SyntaxTree)
            {
                continue;
            }

            var syntax = syntaxReference.GetSyntax(context.CancellationToken);
            if (syntax is not (MethodDeclarationSyntax or LocalFunctionStatementSyntax))
            {
                continue;
            }

            if (call.SemanticModel?.GetOperation(syntax, context.CancellationToken) is { } body)
            {
                return Returns(body, context);
            }
        }

        return null;
    }

    private static List<IOperation> Returns(IOperation body, FlowContext context)
    {
        var returned = new List<IOperation>();
        var pending = new Stack<IOperation>();
        pending.Push(body);
        while (pending.Count > 0 && context.Step())
        {
            var operation = pending.Pop();
            if (operation is IReturnOperation { ReturnedValue: { } value })
            {
                returned.Add(value);
                continue;
            }

            foreach (var child in operation.ChildOperations)
            {
                // A nested lambda's or local function's returns are its own.
                if (child is not (IAnonymousFunctionOperation or ILocalFunctionOperation) || ReferenceEquals(operation, body))
                {
                    pending.Push(child);
                }
            }
        }

        return returned;
    }

    /// <summary>
    /// The arguments passed for <paramref name="parameter"/> at the calls of its method in the same file ("a value passed
    /// through a helper"); empty when there are none.
    /// </summary>
    public static List<IOperation> ParameterArguments(IParameterSymbol parameter, IOperation reference, FlowContext context)
    {
        var arguments = new List<IOperation>();
        if (parameter.ContainingSymbol is not IMethodSymbol method || reference.SemanticModel is not { } model || parameter.RefKind != RefKind.None)
        {
            return arguments;
        }

        foreach (var site in context.CallSites(reference.Syntax.SyntaxTree, FlowCache.CallName(method)))
        {
            if (!context.Step())
            {
                break;
            }

            var operation = model.GetOperation(site, context.CancellationToken);
            var (target, callArguments) = operation switch
            {
                IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
                IObjectCreationOperation { Constructor: { } constructor } creation => (constructor, creation.Arguments),
                _ => (null, default),
            };
            if (target is null || !SymbolEqualityComparer.Default.Equals(target.OriginalDefinition, method.OriginalDefinition))
            {
                continue;
            }

            foreach (var argument in callArguments)
            {
                if (argument.Parameter is { } p && p.Ordinal == parameter.Ordinal && argument.ArgumentKind != ArgumentKind.ParamArray)
                {
                    arguments.Add(argument.Value);
                }
            }
        }

        return arguments;
    }
}
