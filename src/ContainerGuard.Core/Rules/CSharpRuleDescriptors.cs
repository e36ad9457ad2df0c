using System;

namespace ContainerGuard.Rules;

/// <summary>CG1xxx–CG3xxx: the Roslyn analyzers' rules (descriptors live here so the catalogue lists them).</summary>
public static class CSharpRuleDescriptors
{
    public static readonly RuleDescriptor[] All = Array.Empty<RuleDescriptor>();
}
