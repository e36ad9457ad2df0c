using System;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ContainerGuard.Analyzers;
using ContainerGuard.Catalog;
using ContainerGuard.Findings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ContainerGuard.CodeFixes;

/// <summary>
/// CG1001/CG1003: replaces the literal secret with a read at run time: <c>configuration["DbPassword"]</c> when an
/// IConfiguration is in scope, otherwise <c>Environment.GetEnvironmentVariable("DB_PASSWORD")</c>; either fails
/// loudly (<c>?? throw</c>) when the value is missing. A <c>const</c> holding the secret becomes <c>static readonly</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReadSecretAtRunTimeCodeFix)), Shared]
public sealed class ReadSecretAtRunTimeCodeFix : CodeFixProvider
{
    private const string ConfigurationInterface = "Microsoft.Extensions.Configuration.IConfiguration";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(CSharpRuleDescriptors.HardCodedCredentialId, CSharpRuleDescriptors.CredentialTypeWithLiteralSecretId);

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
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax value
                || !IsReplaceable(value)
                || !diagnostic.Properties.TryGetValue(DiagnosticProperties.Name, out var name)
                || string.IsNullOrEmpty(name))
            {
                continue;
            }

            var semanticModel = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (semanticModel is null)
            {
                continue;
            }

            var configuration = FindConfigurationInScope(semanticModel, value, context.CancellationToken);
            var title = configuration is null
                ? $"Read from environment variable {EnvironmentVariableName(name!)}"
                : $"Read from {configuration.Name}[\"{ConfigurationKey(name!)}\"]";
            context.RegisterCodeFix(
                CodeAction.Create(
                    title,
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(Replace(root, semanticModel, value, name!, configuration?.Name))),
                    equivalenceKey: configuration is null ? "EnvironmentVariable" : "Configuration"),
                diagnostic);
        }
    }

    internal static bool IsReplaceable(ExpressionSyntax value)
    {
        if (!value.IsKind(SyntaxKind.StringLiteralExpression) && value is not (IdentifierNameSyntax or MemberAccessExpressionSyntax))
        {
            return false; // u8 literals and interpolated text parts have no drop-in run-time replacement
        }

        // Places that only take constants.
        return !value.Ancestors().Any(a => a is AttributeArgumentSyntax or ParameterSyntax or CaseSwitchLabelSyntax or ConstantPatternSyntax);
    }

    private static ISymbol? FindConfigurationInScope(SemanticModel model, ExpressionSyntax at, CancellationToken cancellationToken)
    {
        var configurationType = model.Compilation.GetTypeByMetadataName(ConfigurationInterface);
        if (configurationType is null)
        {
            return null;
        }

        // Field and property initializers cannot read instance members; static members cannot either.
        var inInitializer = at.Ancestors().Any(a => a is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax } }
            || a is EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax });
        var enclosing = model.GetEnclosingSymbol(at.SpanStart, cancellationToken);
        var isStatic = enclosing?.IsStatic ?? true;

        foreach (var symbol in model.LookupSymbols(at.SpanStart))
        {
            var (type, isInstanceMember) = symbol switch
            {
                ILocalSymbol local => (local.Type, false),
                IParameterSymbol parameter => (parameter.Type, false),
                IFieldSymbol field => (field.Type, !field.IsStatic),
                IPropertySymbol property => (property.Type, !property.IsStatic),
                _ => ((ITypeSymbol?)null, false),
            };

            if (type is null || isInstanceMember && (isStatic || inInitializer))
            {
                continue;
            }

            if (symbol is ILocalSymbol && symbol.Locations.Length > 0 && symbol.Locations[0].SourceSpan.Start > at.SpanStart)
            {
                continue; // declared after the use
            }

            if (SymbolEqualityComparer.Default.Equals(type, configurationType) || type.AllInterfaces.Contains(configurationType, SymbolEqualityComparer.Default))
            {
                return symbol;
            }
        }

        return null;
    }

    private static SyntaxNode Replace(SyntaxNode root, SemanticModel model, ExpressionSyntax value, string name, string? configurationName)
    {
        var exception = SystemTypeName(model, value.SpanStart, "InvalidOperationException");
        var replacement = configurationName is null
            ? SyntaxFactory.ParseExpression(
                $"{SystemTypeName(model, value.SpanStart, "Environment")}.GetEnvironmentVariable(\"{EnvironmentVariableName(name)}\") ?? throw new {exception}(\"Environment variable {EnvironmentVariableName(name)} is not set.\")")
            : SyntaxFactory.ParseExpression(
                $"{configurationName}[\"{ConfigurationKey(name)}\"] ?? throw new {exception}(\"Configuration value {ConfigurationKey(name)} is not set.\")");

        ExpressionSyntax newValue = NeedsParentheses(value) ? SyntaxFactory.ParenthesizedExpression(replacement) : replacement;
        return ReplaceValue(root, value, newValue.WithTriviaFrom(value));
    }

    /// <summary>Replaces a constant value with a run-time one; a <c>const</c> declaration holding it loses <c>const</c>.</summary>
    internal static SyntaxNode ReplaceValue(SyntaxNode root, ExpressionSyntax value, ExpressionSyntax newValue)
    {
        // const string Password = "…" cannot hold a run-time value: make it static readonly (a local: drop const).
        if (value.Ancestors().OfType<FieldDeclarationSyntax>().FirstOrDefault() is { } field && field.Modifiers.Any(SyntaxKind.ConstKeyword))
        {
            var updated = field.ReplaceNode(value, newValue);
            var modifiers = SyntaxFactory.TokenList(updated.Modifiers.Where(m => !m.IsKind(SyntaxKind.ConstKeyword)));
            var constToken = field.Modifiers.First(m => m.IsKind(SyntaxKind.ConstKeyword));
            modifiers = modifiers
                .Add(SyntaxFactory.Token(SyntaxKind.StaticKeyword).WithLeadingTrivia(constToken.LeadingTrivia).WithTrailingTrivia(SyntaxFactory.Space))
                .Add(SyntaxFactory.Token(SyntaxKind.ReadOnlyKeyword).WithTrailingTrivia(constToken.TrailingTrivia));
            return root.ReplaceNode(field, updated.WithModifiers(modifiers));
        }

        if (value.Ancestors().OfType<LocalDeclarationStatementSyntax>().FirstOrDefault() is { } local && local.IsConst)
        {
            var updated = local.ReplaceNode(value, newValue);
            var constToken = updated.Modifiers.First(m => m.IsKind(SyntaxKind.ConstKeyword));
            updated = updated.WithModifiers(updated.Modifiers.Remove(constToken));
            return root.ReplaceNode(local, updated.WithLeadingTrivia(local.GetLeadingTrivia()));
        }

        return root.ReplaceNode(value, newValue);
    }

    /// <summary>The shortest name of System.<paramref name="name"/> that binds at <paramref name="position"/>.</summary>
    internal static string SystemTypeName(SemanticModel model, int position, string name)
    {
        var symbols = model.LookupNamespacesAndTypes(position, name: name);
        if (symbols.Length == 1 && symbols[0] is INamedTypeSymbol type && type.ToDisplayString() == "System." + name)
        {
            return name;
        }

        return symbols.IsEmpty && model.LookupNamespacesAndTypes(position, name: "System").Length == 1 ? "System." + name : "global::System." + name;
    }

    internal static bool NeedsParentheses(ExpressionSyntax value)
        => value.Parent is not (EqualsValueClauseSyntax or ArgumentSyntax or ReturnStatementSyntax or ArrowExpressionClauseSyntax or InitializerExpressionSyntax)
           && !(value.Parent is AssignmentExpressionSyntax assignment && assignment.Right == value);

    /// <summary><c>dbPassword</c>, <c>Db:Password</c>, <c>X-Api-Key</c> → <c>DB_PASSWORD</c>, <c>X_API_KEY</c>.</summary>
    public static string EnvironmentVariableName(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (builder.Length > 0 && builder[builder.Length - 1] != '_')
                {
                    builder.Append('_');
                }

                continue;
            }

            var boundary = i > 0 && char.IsUpper(c)
                && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]) || (i + 1 < name.Length && char.IsUpper(name[i - 1]) && char.IsLower(name[i + 1])));
            if (boundary && builder.Length > 0 && builder[builder.Length - 1] != '_')
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(c));
        }

        var result = builder.ToString().Trim('_');
        return result.Length == 0 ? "SECRET" : result;
    }

    /// <summary>A configuration key: the name as written for keys (<c>Db:Password</c>), PascalCase for identifiers.</summary>
    public static string ConfigurationKey(string name)
    {
        var key = new string(name.Where(c => char.IsLetterOrDigit(c) || c is ':' or '_' or '-' or '.').ToArray()).TrimStart('_');
        return key.Length == 0 ? "Secret" : char.ToUpperInvariant(key[0]) + key.Substring(1);
    }
}
