using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ContainerGuard.Analyzers.Sdk;

/// <summary>
/// The compilation start shared by the SDK analyzers: the SDK's types resolved once per compilation, and nothing
/// registered when the compilation does not reference the SDK (or ContainerGuard is switched off).
/// </summary>
internal static class SdkAnalyzers
{
    public static Action<CompilationStartAnalysisContext> Start<TTypes>(Func<Compilation, TTypes?> resolve, Action<CompilationStartAnalysisContext, TTypes, SdkRuleContext> register)
        where TTypes : class
        => start =>
        {
            if (resolve(start.Compilation) is not { } types)
            {
                return;
            }

            var rules = SdkRuleContext.For(start.Compilation, start.Options, start.CancellationToken);
            if (rules.Settings.Enabled)
            {
                register(start, types, rules);
            }
        };
}
