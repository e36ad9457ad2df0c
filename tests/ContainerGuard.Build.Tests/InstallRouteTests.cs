using System.Text.RegularExpressions;
using ContainerGuard.Tests.Infrastructure;

namespace ContainerGuard.Tests;

/// <summary>
/// The README's install route from a clone, as build/walkthrough.sh reads it (CI runs that script on a fresh clone with
/// an empty package cache): the blocks it follows exist, and they agree with what build/pack-local.sh produces.
/// </summary>
public sealed class InstallRouteTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md")).Replace("\r\n", "\n");

    [Theory]
    [InlineData("pack")]
    [InlineData("nuget-config")]
    [InlineData("package-reference")]
    [InlineData("tool-install")]
    [InlineData("scan")]
    public void The_walkthrough_blocks_are_in_the_README(string name)
        => Assert.False(string.IsNullOrWhiteSpace(Block(name)), $"README.md needs a code block after <!-- walkthrough:{name} -->");

    [Fact]
    public void The_route_packs_both_packages_with_one_command_and_consumes_the_folder_it_fills()
    {
        string script = File.ReadAllText(Path.Combine(Repository.Root, "build", "pack-local.sh"));
        string prefix = Regex.Match(File.ReadAllText(Path.Combine(Repository.Root, "build", "Version.props")), "<VersionPrefix>(.*)</VersionPrefix>").Groups[1].Value;

        Assert.Equal("build/pack-local.sh", Block("pack").Trim());
        Assert.Contains("src/ContainerGuard.Package src/ContainerGuard.Cli", script);
        Assert.Contains("artifacts/packages", script);
        Assert.Contains("value=\"/path/to/containerguard/artifacts/packages\"", Block("nuget-config"));
        Assert.Contains($"<PackageReference Include=\"ContainerGuard\" Version=\"{prefix}-*\" PrivateAssets=\"all\" />", Block("package-reference"));
        Assert.Equal("dotnet tool install --global ContainerGuard.Tool --prerelease --add-source /path/to/containerguard/artifacts/packages", Block("tool-install").Trim());
        Assert.True(File.Exists(Path.Combine(Repository.Root, "build", "pack-local.ps1")));
        Assert.True(File.Exists(Path.Combine(Repository.Root, "build", "walkthrough.sh")));
    }

    [Fact]
    public void The_published_form_is_kept_and_marked_as_such()
    {
        int released = Readme.IndexOf("### When released (nuget.org)", StringComparison.Ordinal);
        int clone = Readme.IndexOf("### From a clone (until a release is published)", StringComparison.Ordinal);

        Assert.True(clone > 0 && released > clone, "README: the clone route first, then the published form marked 'When released'");
        Assert.Contains("dotnet tool install --global ContainerGuard.Tool\n", Readme.Substring(released));
    }

    [Fact]
    public void Ci_runs_the_walkthrough()
    {
        Assert.Contains("build/ci.sh", File.ReadAllText(Path.Combine(Repository.Root, ".ci", "run")));
        Assert.Contains("build/walkthrough.sh", File.ReadAllText(Path.Combine(Repository.Root, "build", "ci.sh")));
    }

    private static string Block(string name)
    {
        var match = Regex.Match(Readme, $@"<!-- walkthrough:{Regex.Escape(name)} -->\n```[a-z]*\n(.*?)\n```", RegexOptions.Singleline);
        return match.Success ? match.Groups[1].Value : string.Empty;
    }
}
