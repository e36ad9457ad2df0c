using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ContainerGuard.Analyzers.Credentials;

/// <summary>
/// CG1002: a string literal holds a secret in a recognisable format (connection-string password or key, SAS
/// signature, URI user-info, PEM private key, JWT, storage key, GitHub/npm/Docker Hub/Slack/AWS tokens, Basic
/// credentials). The span is the secret part of the literal when it maps back to source unambiguously.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CG1002KnownFormatSecretAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.KnownFormatSecret);

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
                    var token = StringLiteralText.GetToken(context.Node);
                    var value = token.ValueText;
                    if (!SecretChecks.MayContainKnownFormat(value))
                    {
                        return;
                    }

                    foreach (var match in SecretChecks.FindKnownFormats(value))
                    {
                        var span = StringLiteralText.MapToSource(token, value, match.Start, match.Length);
                        var location = Location.Create(context.Node.SyntaxTree, span);
                        var properties = ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.SecretKind, match.Kind.ToString());
                        settings.Report(context.ReportDiagnostic, DiagnosticDescriptors.KnownFormatSecret, location, properties, match.Description);
                    }
                },
                StringLiteralText.LiteralKinds);
        });
    }
}
