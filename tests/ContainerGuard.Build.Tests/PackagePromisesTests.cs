using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ContainerGuard.Catalog;
using ContainerGuard.Tests.Infrastructure;

namespace ContainerGuard.Tests;

/// <summary>
/// The packages promise only what ships: every rule family (<c>CG2xxx</c>, <c>CG1xxx–CG3xxx</c>), rule id and surface
/// (Bicep, Docker.DotNet, …) that their description or readme names must have rules in the catalogue. When the
/// Bicep/ARM or SDK rules land, their mentions become allowed by themselves. A sentence that says the rules come in a
/// later release ("not yet", "later release") may name what is planned.
/// </summary>
[Collection(DotNetBuildCollection.Name)]
public sealed class PackagePromisesTests
{
    /// <summary>Words that name a surface, and the surface whose rules must exist when they are used.</summary>
    private static readonly (string Words, Surface Surface)[] SurfaceWords =
    {
        ("Bicep", Surface.Template),
        ("ARM template", Surface.Template),
        ("Azure Container Instances SDK", Surface.ContainerInstanceSdk),
        ("Azure.ResourceManager.ContainerInstance", Surface.ContainerInstanceSdk),
        ("Container Instances SDK", Surface.ContainerInstanceSdk),
        ("container SDK use", Surface.ContainerInstanceSdk),
        ("Docker.DotNet", Surface.DockerDotNet),
        ("Docker engine", Surface.Engine),
        ("running containers", Surface.Engine),
        ("built image", Surface.Engine),
        ("Dockerfile", Surface.Dockerfile),
        ("ContainerBaseImage", Surface.ProjectFile),
    };

    private readonly PackedPackageFixture _package;

    public PackagePromisesTests(PackedPackageFixture package)
    {
        _package = package;
    }

    public static IEnumerable<object[]> Sources() => new[]
    {
        new object[] { "src/ContainerGuard.Package/ContainerGuard.Package.csproj" },
        new object[] { "src/ContainerGuard.Package/README.md" },
        new object[] { "src/ContainerGuard.Cli/ContainerGuard.Cli.csproj" },
        new object[] { "src/ContainerGuard.Cli/README.md" },
    };

    [Theory]
    [MemberData(nameof(Sources))]
    public void Descriptions_and_readmes_name_only_shipped_rules_and_surfaces(string relativePath)
    {
        string text = File.ReadAllText(Path.Combine(Repository.Root, relativePath));
        if (relativePath.EndsWith(".csproj", StringComparison.Ordinal))
        {
            text = XDocument.Parse(text).Descendants("Description").Select(d => d.Value).SingleOrDefault() ?? string.Empty;
            Assert.False(string.IsNullOrWhiteSpace(text), relativePath + " has no Description");
        }

        Assert.Empty(Unshipped(text));
    }

    [Fact]
    public void The_check_finds_what_it_is_for()
    {
        // Without an engine rule in the catalogue, these are promises the package cannot keep (the SDK rules have shipped).
        var found = Unshipped("Roslyn analyzers (CG1xxx–CG3xxx) for the Azure Container Instances SDK, CG7xxx for running containers, and CG9999. Bicep rules come in a later release.");
        Assert.Contains("CG7xxx", found);
        Assert.Contains("running containers", found);
        Assert.Contains("CG9999", found);
        Assert.DoesNotContain("CG2xxx", found);
        Assert.DoesNotContain("CG3xxx", found);
        Assert.DoesNotContain("Azure Container Instances SDK", found);
        Assert.DoesNotContain("Bicep", found);
        Assert.Empty(Unshipped("Dockerfiles (CG4xxx) and SDK container properties (CG6xxx, ContainerBaseImage)"));
    }

    [SkippableFact]
    public void The_packed_package_carries_the_checked_description_and_readme()
    {
        Skip.If(PackedPackageFixture.Disabled, PackedPackageFixture.DisabledMessage);
        Assert.True(_package.PackResult.Succeeded, _package.PackResult.ToString());
        using var zip = ZipFile.OpenRead(_package.PackagePath);
        using var nuspecStream = zip.GetEntry("ContainerGuard.nuspec")!.Open();
        var nuspec = XDocument.Load(nuspecStream);
        string description = nuspec.Descendants().Single(e => e.Name.LocalName == "description").Value;
        using var readme = new StreamReader(zip.GetEntry("README.md")!.Open());

        Assert.Empty(Unshipped(description));
        Assert.Empty(Unshipped(readme.ReadToEnd()));
        string source = XDocument.Load(Path.Combine(Repository.Root, "src", "ContainerGuard.Package", "ContainerGuard.Package.csproj")).Descendants("Description").Single().Value;
        Assert.Equal(source, description);
    }

    /// <summary>What <paramref name="text"/> promises that the catalogue does not have (families, ids, surface words).</summary>
    private static List<string> Unshipped(string text)
    {
        var found = new List<string>();
        foreach (string sentence in Regex.Split(text, @"(?<=[.;:!?])\s+|\n\s*\n"))
        {
            if (Regex.IsMatch(sentence, @"later release|not yet|coming", RegexOptions.IgnoreCase))
            {
                continue;
            }

            foreach (Match range in Regex.Matches(sentence, @"CG(\d)xxx\s*(?:[–—-]|to)\s*CG(\d)xxx"))
            {
                for (int family = range.Groups[1].Value[0] - '0'; family <= range.Groups[2].Value[0] - '0'; family++)
                {
                    RequireFamily(family, found);
                }
            }

            foreach (Match single in Regex.Matches(sentence, @"CG(\d)xxx"))
            {
                RequireFamily(single.Groups[1].Value[0] - '0', found);
            }

            foreach (Match id in Regex.Matches(sentence, @"\bCG\d{4}\b"))
            {
                if (RuleCatalog.Find(id.Value) is null)
                {
                    found.Add(id.Value);
                }
            }

            foreach (var (words, surface) in SurfaceWords)
            {
                if (sentence.Contains(words, StringComparison.OrdinalIgnoreCase) && !RuleCatalog.All.Any(r => r.Surface == surface))
                {
                    found.Add(words);
                }
            }
        }

        return found.Distinct().ToList();
    }

    private static void RequireFamily(int family, List<string> found)
    {
        if (!RuleCatalog.All.Any(r => r.Id[2] - '0' == family))
        {
            found.Add($"CG{family}xxx");
        }
    }
}
