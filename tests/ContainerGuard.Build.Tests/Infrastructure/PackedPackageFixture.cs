using System.Xml.Linq;

namespace ContainerGuard.Tests.Infrastructure;

/// <summary>
/// Packs the ContainerGuard package once per test run, the way a user's CI would
/// (<c>dotnet pack src/ContainerGuard.Package</c>), with a unique version into a temporary folder feed, and
/// lays out consumer projects that restore it from there into their own package folder (no stale copy of
/// an earlier build can be picked up from the user's NuGet cache).
/// </summary>
public sealed class PackedPackageFixture : IDisposable
{
    private readonly TempDirectory _root = new("cg-e2e");

    /// <summary><c>CONTAINERGUARD_SKIP_E2E=1</c> skips the tests that start real builds (minutes each run).</summary>
    public static bool Disabled => System.Environment.GetEnvironmentVariable("CONTAINERGUARD_SKIP_E2E") == "1";

    public const string DisabledMessage = "CONTAINERGUARD_SKIP_E2E=1: end-to-end build tests skipped.";

    public PackedPackageFixture()
    {
        if (Disabled)
        {
            PackResult = new DotNetResult(-1, DisabledMessage, "pack (skipped)");
            Version = Feed = PackagesFolder = PackagePath = string.Empty;
            return;
        }

        Version = "0.1.0-e2e." + DateTime.UtcNow.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Feed = Path.Combine(_root.Path, "feed");
        PackagesFolder = Path.Combine(_root.Path, "packages");
        PackResult = DotNet.Run(
            Repository.Root,
            new[]
            {
                "pack", Path.Combine(Repository.Root, "src", "ContainerGuard.Package"),
                "-c", "Release", "-o", Feed, "-p:Version=" + Version,
                // Outputs outside the working tree: the developer's bin/obj stay as they are.
                "--artifacts-path", Path.Combine(_root.Path, "artifacts"),
                "-nodeReuse:false", "--tl:off", "-v:m",
            });
        PackagePath = Path.Combine(Feed, $"ContainerGuard.{Version}.nupkg");
    }

    public string Version { get; }

    public string Feed { get; }

    public string PackagesFolder { get; }

    public DotNetResult PackResult { get; }

    public string PackagePath { get; }

    public IDictionary<string, string> Environment => new Dictionary<string, string> { ["NUGET_PACKAGES"] = PackagesFolder };

    /// <summary>A console project on net10.0 that references the packed package, with extra properties and items.</summary>
    public static string ConsumerProject(string properties = "", string items = "") => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            {properties}
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="ContainerGuard" Version="$(ContainerGuardVersion)" />
          </ItemGroup>
          {items}
        </Project>
        """;

    /// <summary>A fresh consumer folder: nuget.config (the feed, then the repository's sources), no inherited Directory.Build files.</summary>
    public string CreateConsumer(string name, string projectXml, IDictionary<string, string> files)
    {
        Assert.True(PackResult.Succeeded, PackResult.ToString());
        string dir = Path.Combine(_root.Path, name + "-" + Guid.NewGuid().ToString("N").Substring(0, 6));
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "nuget.config"), NuGetConfig());
        File.WriteAllText(Path.Combine(dir, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(dir, "Directory.Build.targets"), "<Project />");
        File.WriteAllText(Path.Combine(dir, "Directory.Packages.props"), "<Project />");
        File.WriteAllText(Path.Combine(dir, name + ".csproj"), projectXml.Replace("$(ContainerGuardVersion)", Version));
        foreach (var file in files)
        {
            string path = Path.Combine(dir, file.Key);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Value);
        }

        return dir;
    }

    private string NuGetConfig()
    {
        var sources = new XElement("packageSources", new XElement("clear"), new XElement("add", new XAttribute("key", "containerguard-e2e"), new XAttribute("value", Feed)));
        var repositoryConfig = XDocument.Load(Path.Combine(Repository.Root, "nuget.config"));
        foreach (var add in repositoryConfig.Descendants("packageSources").Elements("add"))
        {
            sources.Add(new XElement(add));
        }

        return new XDocument(new XElement("configuration", sources)).ToString();
    }

    public void Dispose() => _root.Dispose();
}
