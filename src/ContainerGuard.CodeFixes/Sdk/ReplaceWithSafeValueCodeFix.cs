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

/// <summary>
/// Replaces the reported value by its safe form where there is exactly one:
/// CG2021 <c>AllowPrivilegeEscalation = true</c> → <c>false</c> (left unset, a runtime may allow it);
/// CG3022 a weakening security option written as a literal → <c>"no-new-privileges:true"</c> (the default profiles apply again).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReplaceWithSafeValueCodeFix)), Shared]
public sealed class ReplaceWithSafeValueCodeFix : CodeFixProvider
{
    public const string NoNewPrivileges = "no-new-privileges:true";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        ContainerInstanceRuleDescriptors.PrivilegeEscalationId, DockerDotNetRuleDescriptors.WeakSecurityOptionId);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax value)
            {
                continue;
            }

            (string? Title, ExpressionSyntax? Replacement) fix = diagnostic.Id switch
            {
                ContainerInstanceRuleDescriptors.PrivilegeEscalationId when value.Parent is AssignmentExpressionSyntax assignment && assignment.Right == value
                    => ("Set AllowPrivilegeEscalation to false", SyntaxFactory.LiteralExpression(SyntaxKind.FalseLiteralExpression)),
                DockerDotNetRuleDescriptors.WeakSecurityOptionId when value.IsKind(SyntaxKind.StringLiteralExpression)
                    => ("Use '" + NoNewPrivileges + "' instead", SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(NoNewPrivileges))),
                _ => (null, null),
            };
            if (fix is not { Title: { } title, Replacement: { } replacement })
            {
                continue;
            }

            var newRoot = root.ReplaceNode(value, replacement.WithTriviaFrom(value));
            context.RegisterCodeFix(CodeAction.Create(title, _ => Task.FromResult(context.Document.WithSyntaxRoot(newRoot)), nameof(ReplaceWithSafeValueCodeFix) + diagnostic.Id), diagnostic);
        }
    }
}
