using ContainerGuard.Catalog;
using ContainerGuard.Dockerfile;
using ContainerGuard.Project;

namespace ContainerGuard.Tests;

/// <summary>
/// Ties each surface's registered rules to its descriptors: every id of the surface is reported by exactly one rule
/// class, every rule reports only ids of its surface, and rules are named and tested by id (<c>CG4062SudoRule</c>,
/// <c>CG4062SudoRuleTests</c>). A new surface with its own rule classes (Bicep/ARM templates, CG5xxx) adds one line to
/// <see cref="Surfaces"/>; until it does, <see cref="Every_surface_with_rules_in_the_catalogue_is_listed_here"/> fails.
/// The Roslyn analyzers (CG1xxx–CG3xxx) are tied to their descriptors in ContainerGuard.Analyzers.Tests' DescriptorTests.
/// </summary>
public class SurfaceRulesTests
{
    public static readonly SurfaceRules[] Surfaces =
    {
        new(Surface.Dockerfile, DockerfileRuleDescriptors.All, DockerfileRules.All.Select(r => (r.GetType(), r.SupportedRules))),
        new(Surface.ProjectFile, ProjectRuleDescriptors.All, ProjectRules.All.Select(r => (r.GetType(), r.SupportedRules))),
    };

    /// <summary>Surfaces whose rules are not rule classes here: the analyzers' (own test project) and the tool's (the hosts report them).</summary>
    private static readonly Surface[] CheckedElsewhere = { Surface.CSharp, Surface.ContainerInstanceSdk, Surface.DockerDotNet, Surface.Tool };

    public static TheoryData<Surface> SurfaceNames => new(Surfaces.Select(s => s.Surface));

    [Fact]
    public void Every_surface_with_rules_in_the_catalogue_is_listed_here()
    {
        var listed = Surfaces.Select(s => s.Surface).ToHashSet();
        var missing = RuleCatalog.All.Select(r => r.Surface).Distinct().Where(s => !CheckedElsewhere.Contains(s) && !listed.Contains(s));
        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(SurfaceNames))]
    public void Descriptors_are_the_catalogue_entries_of_the_surface(Surface surface)
    {
        var rules = Surfaces.Single(s => s.Surface == surface);
        Assert.All(rules.Descriptors, d => Assert.Equal(surface, d.Surface));
        Assert.Equal(
            RuleCatalog.All.Where(r => r.Surface == surface).Select(r => r.Id),
            rules.Descriptors.Select(d => d.Id).OrderBy(i => i, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(SurfaceNames))]
    public void Every_id_is_reported_by_exactly_one_rule_and_every_rule_reports_ids_of_its_surface(Surface surface)
    {
        var rules = Surfaces.Single(s => s.Surface == surface);
        var problems = new List<string>();
        foreach (var descriptor in rules.Descriptors)
        {
            var reporters = rules.Rules.Where(r => r.Supported.Any(d => ReferenceEquals(d, descriptor))).Select(r => r.Type.Name).ToList();
            if (reporters.Count != 1)
            {
                problems.Add($"{descriptor.Id} is reported by {reporters.Count} rules ({string.Join(", ", reporters)})");
            }
        }

        foreach (var (type, supported) in rules.Rules)
        {
            if (supported.Count == 0)
            {
                problems.Add($"{type.Name} reports no id");
            }

            foreach (var unknown in supported.Where(d => !rules.Descriptors.Any(known => ReferenceEquals(known, d))))
            {
                problems.Add($"{type.Name} reports {unknown.Id}, which is not one of the surface's descriptors");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Theory]
    [MemberData(nameof(SurfaceNames))]
    public void Rules_are_named_by_their_id_and_each_has_its_test_class(Surface surface)
    {
        var testClasses = typeof(SurfaceRulesTests).Assembly.GetTypes().Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var (type, supported) in Surfaces.Single(s => s.Surface == surface).Rules)
        {
            string id = supported.Count > 0 ? supported[0].Id : "?";
            if (!type.Name.StartsWith(id, StringComparison.Ordinal) || !type.Name.EndsWith("Rule", StringComparison.Ordinal))
            {
                problems.Add($"{type.Name}: a rule class is named <id><What>Rule after the id it reports ({id})");
            }

            if (!testClasses.Contains(type.Name + "Tests"))
            {
                problems.Add($"{type.Name}: no test class {type.Name}Tests");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    public sealed class SurfaceRules
    {
        public SurfaceRules(Surface surface, IEnumerable<RuleDescriptor> descriptors, IEnumerable<(Type Type, IReadOnlyList<RuleDescriptor> Supported)> rules)
        {
            Surface = surface;
            Descriptors = descriptors.ToList();
            Rules = rules.ToList();
        }

        public Surface Surface { get; }

        public IReadOnlyList<RuleDescriptor> Descriptors { get; }

        public IReadOnlyList<(Type Type, IReadOnlyList<RuleDescriptor> Supported)> Rules { get; }

        public override string ToString() => Surface.ToString();
    }
}
