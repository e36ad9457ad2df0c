using System;
using System.Collections.Generic;
using System.Linq;

namespace ContainerGuard.Catalog;

/// <summary>Every rule of every surface, analyzers included, ordered by id: the C# rules, the rules of each kind of file (<see cref="Files.FileKinds"/>) and the tool's own.</summary>
public static class RuleCatalog
{
    private static readonly Lazy<IReadOnlyList<RuleDescriptor>> AllRules = new(() =>
        CSharpRuleDescriptors.All
            .Concat(ContainerInstanceRuleDescriptors.All)
            .Concat(DockerDotNetRuleDescriptors.All)
            .Concat(Files.FileKinds.All.SelectMany(kind => kind.Rules))
            .Concat(ToolRules.All)
            .Distinct()
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .ToArray());

    private static readonly Lazy<Dictionary<string, RuleDescriptor>> ById = new(() =>
        AllRules.Value.ToDictionary(r => r.Id, StringComparer.OrdinalIgnoreCase));

    public static IReadOnlyList<RuleDescriptor> All => AllRules.Value;

    public static RuleDescriptor? Find(string id) => ById.Value.TryGetValue(id, out var rule) ? rule : null;
}
