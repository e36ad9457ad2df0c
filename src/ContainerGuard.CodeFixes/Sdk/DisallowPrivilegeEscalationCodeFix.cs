using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using ContainerGuard.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ContainerGuard.CodeFixes.Sdk;

/// <summary>CG2021: <c>AllowPrivilegeEscalation = true</c> → <c>false</c> (left unset, a runtime may allow it).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DisallowPrivilegeEscalationCodeFix)), Shared]
public sealed class DisallowPrivilegeEscalationCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(ContainerInstanceRuleDescriptors.PrivilegeEscalationId);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax value
                || value.Parent is not AssignmentExpressionSyntax assignment || assignment.Right != value)
            {
                continue;
            }

            var replacement = SyntaxFactory.LiteralExpression(SyntaxKind.FalseLiteralExpression).WithTriviaFrom(value);
            context.RegisterCodeFix(
                CodeAction.Create("Set AllowPrivilegeEscalation to false", _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(value, replacement))),
                    nameof(DisallowPrivilegeEscalationCodeFix)),
                diagnostic);
        }
    }
}
