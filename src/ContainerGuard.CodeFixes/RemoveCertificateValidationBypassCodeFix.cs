using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using ContainerGuard.Catalog;
using ContainerGuard.Findings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace ContainerGuard.CodeFixes;

/// <summary>CG1010: removes the statement (or object-initializer entry) that installs an accept-everything callback.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveCertificateValidationBypassCodeFix)), Shared]
public sealed class RemoveCertificateValidationBypassCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(CSharpRuleDescriptors.CertificateValidationDisabledId);

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
            if (FindRemovable(node) is not { } removable)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Remove the callback that accepts every certificate",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(Remove(root, removable))),
                    equivalenceKey: nameof(RemoveCertificateValidationBypassCodeFix)),
                diagnostic);
        }
    }

    private static SyntaxNode Remove(SyntaxNode root, SyntaxNode removable)
    {
        if (removable.Parent is InitializerExpressionSyntax initializer)
        {
            // Let the formatter tidy the braces and commas that are left.
            var updated = initializer.RemoveNode(removable, SyntaxRemoveOptions.KeepNoTrivia)!.WithAdditionalAnnotations(Formatter.Annotation);
            return root.ReplaceNode(initializer, updated);
        }

        return root.RemoveNode(removable, SyntaxRemoveOptions.KeepNoTrivia)!;
    }

    /// <summary>The assignment statement or initializer entry whose value is the reported callback.</summary>
    private static SyntaxNode? FindRemovable(SyntaxNode reported)
    {
        var node = reported;
        while (node.Parent is ParenthesizedExpressionSyntax or CastExpressionSyntax)
        {
            node = node.Parent;
        }

        if (node.Parent is not AssignmentExpressionSyntax assignment || assignment.Right != node
            || !assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) && !assignment.IsKind(SyntaxKind.AddAssignmentExpression))
        {
            return null;
        }

        return assignment.Parent switch
        {
            ExpressionStatementSyntax statement when statement.Parent is BlockSyntax or SwitchSectionSyntax => statement,
            InitializerExpressionSyntax => assignment,
            _ => null,
        };
    }
}
