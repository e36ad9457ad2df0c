using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ContainerGuard.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace ContainerGuard.CodeFixes.Sdk;

/// <summary>
/// CG3021: removes the added capability and, when the <c>HostConfig</c> initializer around it has no <c>CapDrop</c>,
/// adds <c>CapDrop = new List&lt;string&gt; { "ALL" }</c> (Docker drops everything first, then adds what CapAdd still lists).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DropCapabilitiesCodeFix)), Shared]
public sealed class DropCapabilitiesCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DockerDotNetRuleDescriptors.AddedCapabilityId);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax entry || !IsRemovable(entry))
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create("Remove the capability and drop all others (CapDrop = ALL)", c => FixAsync(context.Document, entry, c), nameof(DropCapabilitiesCodeFix)),
                diagnostic);
        }
    }

    private static bool IsRemovable(ExpressionSyntax entry) => entry.Parent switch
    {
        InitializerExpressionSyntax => true,
        ExpressionElementSyntax { Parent: CollectionExpressionSyntax } => true,
        ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax { Parent: ExpressionStatementSyntax } } } => true,
        _ => false,
    };

    private static async Task<Document> FixAsync(Document document, ExpressionSyntax entry, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        // The HostConfig initializer to add CapDrop to: the object initializer that holds the CapAdd member around the entry.
        var hostInitializer = entry.Ancestors().OfType<AssignmentExpressionSyntax>()
            .FirstOrDefault(a => a.Left is IdentifierNameSyntax { Identifier.ValueText: "CapAdd" })?.Parent as InitializerExpressionSyntax;
        var addCapDrop = hostInitializer is not null && !hostInitializer.Expressions.OfType<AssignmentExpressionSyntax>()
            .Any(a => a.Left is IdentifierNameSyntax { Identifier.ValueText: "CapDrop" });

        var tracked = root.TrackNodes(new SyntaxNode?[] { entry, hostInitializer }.Where(n => n is not null)!);
        var current = tracked.GetCurrentNode(entry)!;
        tracked = current.Parent switch
        {
            InitializerExpressionSyntax list => tracked.ReplaceNode(list, RemovePropertyAssignmentCodeFix.WithoutMember(list, current)),
            ExpressionElementSyntax { Parent: CollectionExpressionSyntax collection } element => tracked.ReplaceNode(collection, collection.WithElements(collection.Elements.Remove(element))),
            ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax { Parent: ExpressionStatementSyntax statement } } } => tracked.RemoveNode(statement, SyntaxRemoveOptions.KeepNoTrivia)!,
            _ => tracked,
        };

        if (addCapDrop && tracked.GetCurrentNode(hostInitializer!) is { } host)
        {
            var capDrop = SyntaxFactory.ParseExpression("CapDrop = new System.Collections.Generic.List<string> { \"ALL\" }");
            capDrop = capDrop.ReplaceNodes(capDrop.DescendantNodes().OfType<QualifiedNameSyntax>().Where(n => n.Parent is ObjectCreationExpressionSyntax),
                (_, name) => name.WithAdditionalAnnotations(Microsoft.CodeAnalysis.Simplification.Simplifier.Annotation))
                .WithAdditionalAnnotations(Formatter.Annotation);
            tracked = tracked.ReplaceNode(host, host.WithExpressions(host.Expressions.Add(capDrop)));
        }

        return document.WithSyntaxRoot(tracked);
    }
}
