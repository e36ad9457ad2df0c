using ContainerGuard.Tests.Infrastructure;

namespace ContainerGuard.Tests;

/// <summary><c>scan</c> applies .editorconfig severities as the build does: the files above each scanned file, up to root = true.</summary>
public class EditorConfigScanTests
{
    [Fact]
    public void Nearest_editorconfig_sets_severities_and_raises_what_containerguard_json_switched_off()
    {
        using var tree = new TempTree()
            .With(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.CG4001.severity = error\n")
            .With("containerguard.json", """{ "rules": { "CG4011": "none" } }""")
            .With("api/Dockerfile", "FROM ubuntu\nINFO\n")
            .With("worker/Dockerfile", "FROM ubuntu\nINFO\n")
            .With("worker/.editorconfig", "[Dockerfile]\ndotnet_diagnostic.CG4001.severity = suggestion\ndotnet_diagnostic.CG4011.severity = warning\n");

        var run = CliRunner.RunWithMarkers(tree.Root, "scan");

        Assert.Equal(
            new[]
            {
                TempTree.Native("api/Dockerfile") + "(1,6,1,12): error CG4001: Image 'ubuntu' comes from Docker Hub.",
                TempTree.Native("worker/Dockerfile") + "(1,6,1,12): info CG4001: Image 'ubuntu' comes from Docker Hub.",
                TempTree.Native("worker/Dockerfile") + "(2,1,2,5): warning CG4011: An info finding.",
            },
            run.OutputLines);
    }

    [Fact]
    public void Editorconfig_mistakes_about_CG_rules_are_CG9003_naming_the_file_and_key()
    {
        using var tree = new TempTree()
            .With(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.CG4999.severity = error\ndotnet_diagnostic.CG4001.severity = eror\ndotnet_diagnostic.CA1000.severity = whatever\n")
            .With("Dockerfile", "FROM ubuntu\n");

        var run = CliRunner.RunWithMarkers(tree.Root, "scan");

        Assert.Equal(
            new[]
            {
                ".editorconfig(3,1,3,42): warning CG9003: dotnet_diagnostic.CG4999.severity names no known ContainerGuard rule (check the id; see 'containerguard rules'); the setting does nothing.",
                ".editorconfig(4,1,4,41): warning CG9003: dotnet_diagnostic.CG4001.severity has an unknown severity; use error, warning, suggestion, silent, none or default. The setting is ignored.",
                "Dockerfile(1,6,1,12): warning CG4001: Image 'ubuntu' comes from Docker Hub.",
            },
            run.OutputLines);
    }
}
