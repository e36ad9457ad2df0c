using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ContainerGuard.Analyzers.Credentials;

/// <summary>
/// CG1001: a credential-like name (variable, field, property, parameter, dictionary key, setting name) receives a
/// constant string that is a plausible secret: <c>var dbPassword = "hunter2-Prod"</c>, <c>Login(password: "…")</c>,
/// <c>d["ApiKey"] = "…"</c>. Credential types' own parameters are CG1003's; the walk is <see cref="CredentialSinks"/>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CG1001HardCodedCredentialAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.HardCodedCredential);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start => CredentialSinks.Register(start, DiagnosticDescriptors.HardCodedCredential));
    }
}
