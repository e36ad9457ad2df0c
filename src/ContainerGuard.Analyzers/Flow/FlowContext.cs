using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ContainerGuard.Analyzers.Flow;

/// <summary>
/// What one flow question may look at, and a budget so that no question costs more than a few hundred operations
/// (deep helper chains, recursion and huge methods end in "unknown", never in a hang). One per question.
/// </summary>
internal sealed class FlowContext
{
    private const int MaxSteps = 400;
    public const int MaxDepth = 6;

    private readonly FlowCache _cache;
    private readonly HashSet<ISymbol> _entered = new(SymbolEqualityComparer.Default);
    private int _steps;

    public FlowContext(FlowCache cache, CancellationToken cancellationToken)
    {
        _cache = cache;
        CancellationToken = cancellationToken;
    }

    public CancellationToken CancellationToken { get; }

    public int Depth { get; private set; }

    /// <summary>False once the question has used its budget.</summary>
    public bool Step()
    {
        CancellationToken.ThrowIfCancellationRequested();
        return ++_steps <= MaxSteps;
    }

    /// <summary>Enters a method, field or parameter: at most <see cref="MaxDepth"/> deep, and never one already entered (recursion ends here).</summary>
    public bool Enter(ISymbol symbol)
    {
        if (Depth >= MaxDepth || !_entered.Add(symbol))
        {
            return false;
        }

        Depth++;
        return true;
    }

    /// <summary>Leaves what <see cref="Enter"/> entered (nothing for null).</summary>
    public void Exit(ISymbol? symbol)
    {
        if (symbol is not null && _entered.Remove(symbol))
        {
            Depth--;
        }
    }

    /// <summary>The invocations and object creations in <paramref name="tree"/> whose method is named <paramref name="name"/>.</summary>
    public IReadOnlyList<SyntaxNode> CallSites(SyntaxTree tree, string name) => _cache.CallSites(tree, name, CancellationToken);
}

/// <summary>Per-compilation memory of the flow analysis: call sites by method name, per syntax tree.</summary>
internal sealed class FlowCache
{
    private static readonly IReadOnlyList<SyntaxNode> NoSites = new SyntaxNode[0];
    private readonly ConcurrentDictionary<SyntaxTree, Dictionary<string, List<SyntaxNode>>> _callSites = new();

    public IReadOnlyList<SyntaxNode> CallSites(SyntaxTree tree, string name, CancellationToken cancellationToken)
    {
        var sites = _callSites.GetOrAdd(tree, t => Index(t, cancellationToken));
        return sites.TryGetValue(name, out var list) ? list : NoSites;
    }

    private static Dictionary<string, List<SyntaxNode>> Index(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var index = new Dictionary<string, List<SyntaxNode>>();
        foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
        {
            string? name = node switch
            {
                InvocationExpressionSyntax invocation => LastName(invocation.Expression),
                ObjectCreationExpressionSyntax creation => LastName(creation.Type),
                _ => null,
            };
            if (name is null)
            {
                continue;
            }

            if (!index.TryGetValue(name, out var list))
            {
                index[name] = list = new List<SyntaxNode>();
            }

            list.Add(node);
        }

        return index;
    }

    private static string? LastName(SyntaxNode expression) => expression switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        GenericNameSyntax generic => generic.Identifier.ValueText,
        MemberAccessExpressionSyntax access => LastName(access.Name),
        MemberBindingExpressionSyntax binding => LastName(binding.Name),
        QualifiedNameSyntax qualified => LastName(qualified.Right),
        AliasQualifiedNameSyntax alias => LastName(alias.Name),
        _ => null,
    };

    /// <summary>For constructors the call sites are indexed by the type's name.</summary>
    public static string CallName(IMethodSymbol method)
        => method.MethodKind == MethodKind.Constructor ? method.ContainingType.Name : method.Name;

    internal static bool IsCallSyntax(SyntaxNode node) => node.IsKind(SyntaxKind.InvocationExpression) || node.IsKind(SyntaxKind.ObjectCreationExpression);
}
