using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ContainerGuard.Analyzers.Credentials;

/// <summary>
/// CG1010: a certificate validation callback that accepts every certificate. Any delegate that returns bool and
/// receives an <c>SslPolicyErrors</c> is a validation callback (RemoteCertificateValidationCallback,
/// HttpClientHandler's Func, SslStream's parameter…); it is reported when every path returns <c>true</c>.
/// Also reports HttpClientHandler.DangerousAcceptAnyServerCertificateValidator.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CG1010CertificateValidationDisabledAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.CertificateValidationDisabled);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var sslPolicyErrors = start.Compilation.GetTypeByMetadataName("System.Net.Security.SslPolicyErrors");
            var settings = AnalyzerSettings.From(start.Compilation, start.Options, start.CancellationToken);
            if (sslPolicyErrors is null || !settings.Enabled)
            {
                return;
            }

            var httpClientHandler = start.Compilation.GetTypeByMetadataName("System.Net.Http.HttpClientHandler");

            start.RegisterOperationAction(
                context => AnalyzeDelegateCreation(context, (IDelegateCreationOperation)context.Operation, sslPolicyErrors, settings),
                OperationKind.DelegateCreation);

            if (httpClientHandler is not null)
            {
                // Once per document, not once per property reference of the whole compilation: the name is rare.
                start.RegisterSemanticModelAction(context => FindDangerousValidator(context, httpClientHandler, settings));
            }
        });
    }

    private const string DangerousValidatorName = "DangerousAcceptAnyServerCertificateValidator";

    private static void FindDangerousValidator(SemanticModelAnalysisContext context, INamedTypeSymbol httpClientHandler, AnalyzerSettings settings)
    {
        var root = context.SemanticModel.SyntaxTree.GetRoot(context.CancellationToken);
        foreach (var token in root.DescendantTokens())
        {
            if (!token.IsKind(SyntaxKind.IdentifierToken) || token.ValueText != DangerousValidatorName || token.Parent is not IdentifierNameSyntax name)
            {
                continue;
            }

            SyntaxNode expression = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access : name;
            if (context.SemanticModel.GetOperation(expression, context.CancellationToken) is IPropertyReferenceOperation reference
                && reference.Property.Name == DangerousValidatorName
                && SymbolEqualityComparer.Default.Equals(reference.Property.ContainingType, httpClientHandler)
                && reference.Parent is not INameOfOperation)
            {
                settings.Report(context.ReportDiagnostic, DiagnosticDescriptors.CertificateValidationDisabled, expression.GetLocation(),
                    "HttpClientHandler.DangerousAcceptAnyServerCertificateValidator");
            }
        }
    }

    private static void AnalyzeDelegateCreation(OperationAnalysisContext context, IDelegateCreationOperation creation, INamedTypeSymbol sslPolicyErrors, AnalyzerSettings settings)
    {
        if (creation.Type is not INamedTypeSymbol { DelegateInvokeMethod: { } invoke }
            || invoke.ReturnType.SpecialType != SpecialType.System_Boolean
            || !HasParameterOfType(invoke, sslPolicyErrors))
        {
            return;
        }

        switch (creation.Target)
        {
            case IAnonymousFunctionOperation lambda when AcceptsEverything(lambda.Syntax):
                settings.Report(context.ReportDiagnostic, DiagnosticDescriptors.CertificateValidationDisabled, lambda.Syntax.GetLocation(), "This certificate validation callback");
                break;
            case IMethodReferenceOperation methodReference when AcceptsEverything(methodReference.Method):
                settings.Report(context.ReportDiagnostic, DiagnosticDescriptors.CertificateValidationDisabled, methodReference.Syntax.GetLocation(),
                    "Certificate validation callback '" + methodReference.Method.Name + "'");
                break;
        }
    }

    private static bool HasParameterOfType(IMethodSymbol method, INamedTypeSymbol type)
    {
        foreach (var parameter in method.Parameters)
        {
            if (SymbolEqualityComparer.Default.Equals(parameter.Type, type))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AcceptsEverything(IMethodSymbol method)
    {
        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            var syntax = reference.GetSyntax();
            var accepts = syntax switch
            {
                MethodDeclarationSyntax m => BodyAcceptsEverything(m.Body, m.ExpressionBody),
                LocalFunctionStatementSyntax f => BodyAcceptsEverything(f.Body, f.ExpressionBody),
                _ => false,
            };
            if (accepts)
            {
                return true;
            }
        }

        return false;
    }

    private static bool AcceptsEverything(SyntaxNode lambdaSyntax) => lambdaSyntax switch
    {
        AnonymousFunctionExpressionSyntax f => f.ExpressionBody is { } expression ? IsTrue(expression) : BodyAcceptsEverything(f.Block, null),
        _ => false,
    };

    private static bool BodyAcceptsEverything(BlockSyntax? block, ArrowExpressionClauseSyntax? arrow)
    {
        if (arrow is not null)
        {
            return IsTrue(arrow.Expression);
        }

        if (block is null)
        {
            return false;
        }

        // Every return says true, and nothing throws: no path rejects a certificate.
        var returns = 0;
        foreach (var node in block.DescendantNodes(descendIntoChildren: n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)))
        {
            switch (node)
            {
                case ReturnStatementSyntax { Expression: { } value } when IsTrue(value):
                    returns++;
                    break;
                case ReturnStatementSyntax:
                case ThrowStatementSyntax:
                case ThrowExpressionSyntax:
                    return false;
            }
        }

        return returns > 0;
    }

    private static bool IsTrue(ExpressionSyntax expression)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        return expression.IsKind(SyntaxKind.TrueLiteralExpression);
    }
}
