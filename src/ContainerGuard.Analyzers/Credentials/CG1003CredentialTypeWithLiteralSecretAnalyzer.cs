using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ContainerGuard.Analyzers.Credentials;

/// <summary>
/// CG1003: a credential type (NetworkCredential, ClientSecretCredential, AzureKeyCredential,
/// StorageSharedKeyCredential, SqlConnectionStringBuilder.Password… see <see cref="CredentialTypes"/>) receives its
/// secret as a constant string. The walk, shared with CG1001, is <see cref="CredentialSinks"/>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CG1003CredentialTypeWithLiteralSecretAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.CredentialTypeWithLiteralSecret);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start => CredentialSinks.Register(start, DiagnosticDescriptors.CredentialTypeWithLiteralSecret));
    }
}
