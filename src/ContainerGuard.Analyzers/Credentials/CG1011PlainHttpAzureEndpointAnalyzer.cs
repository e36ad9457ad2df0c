using System;
using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ContainerGuard.Analyzers.Credentials;

/// <summary>
/// CG1011: a string literal addresses a Key Vault, container registry or storage account over plain http://
/// (or a storage connection string says <c>DefaultEndpointsProtocol=http</c>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CG1011PlainHttpAzureEndpointAnalyzer : DiagnosticAnalyzer
{
    private static readonly (string Suffix, string Kind)[] Endpoints =
    {
        (".vault.azure.net", "Key Vault"),
        (".vault.azure.cn", "Key Vault"),
        (".vault.usgovcloudapi.net", "Key Vault"),
        (".managedhsm.azure.net", "Key Vault"),
        (".azurecr.io", "Container registry"),
        (".azurecr.cn", "Container registry"),
        (".azurecr.us", "Container registry"),
        (".blob.core.windows.net", "Storage"),
        (".queue.core.windows.net", "Storage"),
        (".table.core.windows.net", "Storage"),
        (".file.core.windows.net", "Storage"),
        (".dfs.core.windows.net", "Storage"),
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.PlainHttpAzureEndpoint);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var settings = AnalyzerSettings.From(start.Compilation, start.Options, start.CancellationToken);
            if (!settings.Enabled)
            {
                return;
            }

            start.RegisterSyntaxNodeAction(
                context =>
                {
                    if (FindPlainHttpEndpoint(TextOf(context.Node)) is { } kind)
                    {
                        settings.Report(context.ReportDiagnostic, DiagnosticDescriptors.PlainHttpAzureEndpoint, context.Node.GetLocation(), kind);
                    }
                },
                SyntaxKind.StringLiteralExpression, SyntaxKind.Utf8StringLiteralExpression, SyntaxKind.InterpolatedStringExpression);
        });
    }

    /// <summary>A literal's value; for an interpolated string its text parts, each hole standing for a host label.</summary>
    private static string TextOf(SyntaxNode node)
    {
        if (node is not InterpolatedStringExpressionSyntax interpolated)
        {
            return StringLiteralText.GetToken(node).ValueText;
        }

        var builder = new StringBuilder();
        foreach (var content in interpolated.Contents)
        {
            builder.Append(content is InterpolatedStringTextSyntax text ? text.TextToken.ValueText : "x");
        }

        return builder.ToString();
    }

    /// <summary>The kind of Azure endpoint the text reaches over plain http, or null.</summary>
    internal static string? FindPlainHttpEndpoint(string text)
    {
        for (var at = text.IndexOf("http", StringComparison.OrdinalIgnoreCase); at >= 0 && at < text.Length; at = text.IndexOf("http", at + 4, StringComparison.OrdinalIgnoreCase))
        {
            if (string.Compare(text, at, "http://", 0, 7, StringComparison.OrdinalIgnoreCase) == 0)
            {
                if (EndpointKind(HostAt(text, at + 7)) is { } kind)
                {
                    return kind;
                }
            }
            else if (at >= 25
                && string.Compare(text, at - 25, "DefaultEndpointsProtocol=", 0, 25, StringComparison.OrdinalIgnoreCase) == 0
                && (at + 4 == text.Length || text[at + 4] == ';')
                && text.IndexOf("AccountName=", StringComparison.OrdinalIgnoreCase) >= 0
                && text.IndexOf("devstoreaccount1", StringComparison.OrdinalIgnoreCase) < 0)
            {
                return "Storage";
            }
        }

        return null;
    }

    private static string HostAt(string text, int start)
    {
        var end = start;
        while (end < text.Length && text[end] is not ('/' or '?' or '#' or ';' or '"' or '\'' or ' ' or '\t' or '\r' or '\n' or '<' or '>'))
        {
            end++;
        }

        var authority = text.Substring(start, end - start);
        var at = authority.LastIndexOf('@');
        if (at >= 0)
        {
            authority = authority.Substring(at + 1);
        }

        var colon = authority.IndexOf(':');
        return colon >= 0 ? authority.Substring(0, colon) : authority;
    }

    private static string? EndpointKind(string host)
    {
        host = host.TrimEnd('.');
        foreach (var (suffix, kind) in Endpoints)
        {
            if (host.Length > suffix.Length && host.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return kind;
            }
        }

        return null;
    }
}
