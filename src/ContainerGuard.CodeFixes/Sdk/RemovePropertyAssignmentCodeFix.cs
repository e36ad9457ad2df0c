using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using ContainerGuard.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ContainerGuard.CodeFixes.Sdk;

/// <summary>
/// CG3020 and CG2020, whose safe form is the default: removes the assignment of the value the diagnostic is
/// on — the initializer member <c>Privileged = true</c> or the statement <c>hostConfig.Privileged = true;</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemovePropertyAssignmentCodeFix)), Shared]
public sealed class RemovePropertyAssignmentCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        DockerDotNetRuleDescriptors.PrivilegedId, ContainerInstanceRuleDescriptors.PrivilegedId);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (node.FirstAncestorOrSelf<AssignmentExpressionSyntax>() is not { } assignment || !assignment.Right.Span.Contains(diagnostic.Location.SourceSpan))
            {
                continue;
            }

            var name = assignment.Left is MemberAccessExpressionSyntax access ? access.Name.Identifier.ValueText : assignment.Left.ToString();
            if (assignment.Parent is InitializerExpressionSyntax or ExpressionStatementSyntax)
            {
                context.RegisterCodeFix(
                    CodeAction.Create("Remove " + name, c => RemoveAsync(context.Document, assignment, c), nameof(RemovePropertyAssignmentCodeFix)),
                    diagnostic);
            }
        }
    }

    private static async Task<Document> RemoveAsync(Document document, AssignmentExpressionSyntax assignment, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        SyntaxNode? newRoot = assignment.Parent switch
        {
            InitializerExpressionSyntax initializer => root.ReplaceNode(initializer, WithoutMember(initializer, assignment)),
            ExpressionStatementSyntax statement => root.RemoveNode(statement, SyntaxRemoveOptions.KeepNoTrivia),
            _ => null,
        };
        return newRoot is null ? document : document.WithSyntaxRoot(newRoot);
    }

    /// <summary>The initializer without the member; the last member keeps the space before the closing brace.</summary>
    internal static InitializerExpressionSyntax WithoutMember(InitializerExpressionSyntax initializer, ExpressionSyntax member)
    {
        var expressions = initializer.Expressions;
        var wasLast = expressions.IndexOf(member) == expressions.Count - 1;
        expressions = expressions.Remove(member);
        if (wasLast && expressions.Count > 0)
        {
            var last = expressions[expressions.Count - 1];
            expressions = expressions.Replace(last, last.WithTrailingTrivia(member.GetTrailingTrivia()));
        }

        return initializer.WithExpressions(expressions);
    }
}
