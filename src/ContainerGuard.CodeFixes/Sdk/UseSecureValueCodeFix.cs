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

/// <summary>CG2001: <c>Value</c> → <c>SecureValue</c> on a credential-named <c>ContainerEnvironmentVariable</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseSecureValueCodeFix)), Shared]
public sealed class UseSecureValueCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(ContainerInstanceRuleDescriptors.SecretEnvironmentVariableId);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not IdentifierNameSyntax { Identifier.ValueText: "Value" } name)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create("Use SecureValue", _ => Task.FromResult(context.Document.WithSyntaxRoot(
                    root.ReplaceNode(name, name.WithIdentifier(SyntaxFactory.Identifier(name.Identifier.LeadingTrivia, "SecureValue", name.Identifier.TrailingTrivia))))),
                    nameof(UseSecureValueCodeFix)),
                diagnostic);
        }
    }
}
