using System;
using System.Collections.Generic;
using System.Collections.Immutable;
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

    /// <summary>The start of a family analyzer: every rule registers on one <see cref="SdkRuleRegistry"/>, which attaches the callbacks.</summary>
    public static Action<CompilationStartAnalysisContext> StartRules<TTypes>(Func<Compilation, TTypes?> resolve, IReadOnlyList<ISdkRule<TTypes>> rules)
        where TTypes : class
        => Start(resolve, (start, types, context) =>
        {
            var registry = new SdkRuleRegistry(context);
            foreach (var rule in rules)
            {
                rule.Register(registry, types, context);
            }

            registry.Attach(start);
        });

    /// <summary>The descriptors of a family's rules, for its analyzer's SupportedDiagnostics.</summary>
    public static ImmutableArray<DiagnosticDescriptor> Descriptors<TTypes>(IReadOnlyList<ISdkRule<TTypes>> rules)
        where TTypes : class
    {
        var descriptors = ImmutableArray.CreateBuilder<DiagnosticDescriptor>();
        foreach (var rule in rules)
        {
            descriptors.AddRange(rule.Descriptors);
        }

        return descriptors.ToImmutable();
    }
}

/// <summary>A CG2xxx/CG3xxx rule: its descriptors and what it listens to. Each lives in a file named by its id.</summary>
internal interface ISdkRule<in TTypes>
{
    ImmutableArray<DiagnosticDescriptor> Descriptors { get; }

    void Register(SdkRuleRegistry registry, TTypes types, SdkRuleContext rules);
}
