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

/// <summary>CG3022: the weakening security option written as a literal becomes <c>"no-new-privileges:true"</c> (the default profiles apply again).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseNoNewPrivilegesCodeFix)), Shared]
public sealed class UseNoNewPrivilegesCodeFix : CodeFixProvider
{
    public const string SafeOption = "no-new-privileges:true";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DockerDotNetRuleDescriptors.WeakSecurityOptionId);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal || !literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                continue;
            }

            var replacement = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(SafeOption)).WithTriviaFrom(literal);
            context.RegisterCodeFix(
                CodeAction.Create("Use '" + SafeOption + "' instead", _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(literal, replacement))),
                    nameof(UseNoNewPrivilegesCodeFix)),
                diagnostic);
        }
    }
}
