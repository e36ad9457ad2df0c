using System.Collections.Immutable;
using System.Composition;
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
/// CG1002: reads the secret part of a literal from an environment variable and keeps the rest as written:
/// <c>"Server=db;Password=" + Environment.GetEnvironmentVariable("DB_PASSWORD") + ";Database=orders"</c>.
/// Offered only when the analyzer could map the secret to an exact place inside a regular or verbatim literal.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MoveSecretOutOfLiteralCodeFix)), Shared]
public sealed class MoveSecretOutOfLiteralCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(CSharpRuleDescriptors.KnownFormatSecretId);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            var span = diagnostic.Location.SourceSpan;
            var token = root.FindToken(span.Start);
            if (!token.IsKind(SyntaxKind.StringLiteralToken)
                || token.Parent is not LiteralExpressionSyntax literal
                || !ReadSecretAtRunTimeCodeFix.IsReplaceable(literal))
            {
                continue;
            }

            var text = token.Text;
            var verbatim = text.StartsWith("@\"", System.StringComparison.Ordinal);
            var open = verbatim ? 2 : 1;
            var start = span.Start - token.SpanStart;
            var end = span.End - token.SpanStart;
            if (start < open || end > text.Length - 1 || start >= end)
            {
                continue; // the whole literal is the span: the secret could not be located exactly
            }

            diagnostic.Properties.TryGetValue(DiagnosticProperties.SecretKind, out var kind);
            var variable = VariableName(kind);
            var read = $"{ReadSecretAtRunTimeCodeFix.SystemTypeName(model, literal.SpanStart, "Environment")}.GetEnvironmentVariable(\"{variable}\")";
            var prefix = text.Substring(open, start - open);
            var suffix = text.Substring(end, text.Length - 1 - end);
            var quote = verbatim ? "@\"" : "\"";
            var expression = (prefix.Length > 0 ? quote + prefix + "\" + " : string.Empty) + read + (suffix.Length > 0 ? " + " + quote + suffix + "\"" : string.Empty);
            var replacement = SyntaxFactory.ParseExpression(expression);
            if (replacement is BinaryExpressionSyntax && ReadSecretAtRunTimeCodeFix.NeedsParentheses(literal))
            {
                replacement = SyntaxFactory.ParenthesizedExpression(replacement);
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Read the secret from environment variable {variable}",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(ReadSecretAtRunTimeCodeFix.ReplaceValue(root, literal, replacement.WithTriviaFrom(literal)))),
                    equivalenceKey: nameof(MoveSecretOutOfLiteralCodeFix)),
                diagnostic);
        }
    }

    private static string VariableName(string? kind) => kind switch
    {
        "ConnectionStringPassword" => "DB_PASSWORD",
        "ConnectionStringAccountKey" or "StorageAccountKey" => "STORAGE_ACCOUNT_KEY",
        "ConnectionStringSharedAccessKey" => "SHARED_ACCESS_KEY",
        "SharedAccessSignature" => "SAS_TOKEN",
        "UriPassword" => "URL_PASSWORD",
        "PrivateKey" => "PRIVATE_KEY",
        "GitHubToken" => "GITHUB_TOKEN",
        "NpmToken" => "NPM_TOKEN",
        "DockerHubToken" => "DOCKERHUB_TOKEN",
        "SlackToken" => "SLACK_TOKEN",
        "AwsAccessKeyId" => "AWS_ACCESS_KEY_ID",
        "AwsSecretAccessKey" => "AWS_SECRET_ACCESS_KEY",
        "AzureClientSecret" => "AZURE_CLIENT_SECRET",
        _ => "SECRET",
    };
}
