using ContainerGuard.Cli.Scanning;
using ContainerGuard.Files;
using ContainerGuard.Tests.Infrastructure;

namespace ContainerGuard.Tests;

/// <summary>Which files <c>scan</c> finds in a folder (what each name is: Core's FileKindsTests).</summary>
public class DiscoveryTests
{
    [Fact]
    public void Build_output_dependencies_and_git_metadata_are_skipped()
    {
        using var tree = new TempTree()
            .With("Dockerfile", "")
            .With("src/Api/Dockerfile", "")
            .With("src/Api/bin/Release/Dockerfile", "")
            .With("src/Api/obj/Dockerfile", "")
            .With("src/Api/OBJ/x.Dockerfile", "")
            .With("web/node_modules/pkg/Dockerfile", "")
            .With(".git/Dockerfile", "")
            .With(".github/Dockerfile", "")
            .With("docs/Dockerfile.md", "");

        var targets = FileDiscovery.Discover(new[] { tree.Root }, tree.Root);

        Assert.Equal(
            new[] { TempTree.Native(".github/Dockerfile"), "Dockerfile", TempTree.Native("src/Api/Dockerfile") },
            targets.Select(t => t.DisplayPath));
    }

    [Fact]
    public void Kinds_without_rules_yet_are_found_but_not_linted_or_counted()
    {
        using var tree = new TempTree()
            .With("Dockerfile", "FROM ubuntu\n")
            .With("infra/main.bicep", "param x string\n")
            .With("infra/azuredeploy.json", """{ "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#" }""");

        var targets = FileDiscovery.Discover(new[] { tree.Root }, tree.Root);
        var run = CliRunner.RunWithMarkers(tree.Root, "scan");

        Assert.Equal(new[] { FileKind.Dockerfile, FileKind.ArmTemplate, FileKind.Bicep }, targets.Select(t => t.Kind));
        Assert.Equal(new[] { "Dockerfile(1,6,1,12): warning CG4001: Image 'ubuntu' comes from Docker Hub." }, run.OutputLines);
        Assert.StartsWith("containerguard: 1 file scanned,", run.Error);
    }

    [Fact]
    public void A_file_given_twice_or_inside_a_given_folder_is_linted_once()
    {
        using var tree = new TempTree().With("app/Dockerfile", "FROM ubuntu\n");

        var run = CliRunner.RunWithMarkers(tree.Root, "scan", "app", "app/Dockerfile", TempTree.Native("app/Dockerfile"));

        Assert.Single(run.OutputLines);
    }

    [Fact]
    public void Symbolic_links_to_folders_are_not_followed_so_cycles_end()
    {
        using var tree = new TempTree().With("app/Dockerfile", "FROM ubuntu\n");
        Directory.CreateSymbolicLink(tree.PathOf("app/loop"), tree.PathOf("app"));

        var targets = FileDiscovery.Discover(new[] { tree.Root }, tree.Root);

        Assert.Equal(new[] { TempTree.Native("app/Dockerfile") }, targets.Select(t => t.DisplayPath));
    }

    [Fact]
    public void A_named_file_of_a_kind_without_rules_gets_a_note_and_a_named_configuration_file_is_not_linted()
    {
        using var tree = new TempTree()
            .With("main.bicep", "param x string\n")
            .With("containerguard.json", "{}");

        var run = CliRunner.RunWithMarkers(tree.Root, "scan", "main.bicep", "containerguard.json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Equal(
            "containerguard: main.bicep: Bicep files are not checked in this version.\ncontainerguard: 0 files scanned, 0 errors, 0 warnings, 0 info.\n",
            run.Error);
    }

    [SkippableTheory]
    [InlineData("/work/repo/src/Dockerfile", "/work/repo", "src/Dockerfile")]
    [InlineData("/work/repo/Dockerfile", "/work/repo", "Dockerfile")]
    [InlineData("/work/repo", "/work/repo", "")]
    [InlineData("/work/repository/Dockerfile", "/work/repo", null)]
    [InlineData("/work/other/Dockerfile", "/work/repo", null)]
    [InlineData("/work/repo/./src/../Dockerfile", "/work/repo", "Dockerfile")]
    [InlineData("/work/repo/src/Dockerfile", "/work/repo/", "src/Dockerfile")]
    [InlineData("/work/repo/src/Dockerfile", "/", "work/repo/src/Dockerfile")]
    public void Paths_under_the_working_directory_are_shown_relative(string fullPath, string root, string? expected)
    {
        Skip.IfNot(Path.DirectorySeparatorChar == '/', "Unix paths");
        Assert.Equal(expected, PathDisplay.RelativeUnder(fullPath, root));
    }
}
