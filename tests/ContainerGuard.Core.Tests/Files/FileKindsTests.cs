using ContainerGuard.Catalog;
using ContainerGuard.Files;
using ContainerGuard.Tests.Infrastructure;

namespace ContainerGuard.Tests.Files;

/// <summary>The one classifier every surface uses: which names are which kind, and ARM templates by their $schema.</summary>
public class FileKindsTests
{
    [Theory]
    [InlineData("Dockerfile")]
    [InlineData("dockerfile")]
    [InlineData("DOCKERFILE")]
    [InlineData("Containerfile")]
    [InlineData("api.Dockerfile")]
    [InlineData("app.Dockerfile")]
    [InlineData("api.dockerfile")]
    [InlineData("Dockerfile.prod")]
    [InlineData("Dockerfile.dev")]
    [InlineData("Dockerfile.alpine-icu")]
    [InlineData("Dockerfile.windowsservercore-iis")]
    [InlineData("Containerfile.fedora")]
    [InlineData("src/Api/Dockerfile")]
    public void Dockerfile_names(string name)
        => Assert.Equal(FileKind.Dockerfile, FileKinds.ByName(name)?.Kind);

    [Theory]
    [InlineData("Dockerfile.md")]
    [InlineData("Dockerfile.dockerignore")]
    [InlineData("api.Dockerfile.dockerignore")]
    [InlineData("Dockerfile.template")]
    [InlineData("Dockerfile.j2")]
    [InlineData("Dockerfile.sh")]
    [InlineData("Dockerfile-alpine.template")]
    [InlineData("Dockerfiles")]
    [InlineData("MyDockerfile")]
    [InlineData("docker-compose.yml")]
    [InlineData(".dockerignore")]
    [InlineData("containerguard.json")]
    [InlineData("README.md")]
    [InlineData("Program.cs")]
    [InlineData(".json")]
    [InlineData(".bicep")]
    public void Not_looked_at(string name)
        => Assert.Null(FileKinds.ByName(name));

    [Theory]
    [InlineData("Api.csproj", FileKind.ProjectFile)]
    [InlineData("Lib.fsproj", FileKind.ProjectFile)]
    [InlineData("Old.VBPROJ", FileKind.ProjectFile)]
    [InlineData("main.bicep", FileKind.Bicep)]
    [InlineData("azuredeploy.json", FileKind.ArmTemplate)]
    [InlineData("appsettings.json", FileKind.ArmTemplate)]
    public void Other_kinds_by_name(string name, FileKind kind)
        => Assert.Equal(kind, FileKinds.ByName(name)?.Kind);

    [Fact]
    public void Only_ARM_templates_need_the_start_of_the_file()
        => Assert.Equal(new[] { FileKind.ArmTemplate }, FileKinds.All.Where(k => k.NeedsStartOfFile).Select(k => k.Kind));

    [Theory]
    [InlineData("""{ "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "resources": [] }""")]
    [InlineData("""{"$schema":"https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentTemplate.json#"}""")]
    [InlineData("""{ "$schema": "https://schema.management.azure.com/schemas/2019-08-01/managementGroupDeploymentTemplate.json#" }""")]
    [InlineData("""{ "$schema": "https://schema.management.azure.com/schemas/2019-08-01/tenantDeploymentTemplate.json#" }""")]
    [InlineData("""{ "$schema": "http://schema.management.azure.com/schemas/2015-01-01/deploymentTemplate.json" }""")]
    [InlineData("\uFEFF// generated\n{\n  \"$schema\"  :\n   \"https://schema.management.azure.com/schemas/2019-04-01/DeploymentTemplate.json#\",\n  \"contentVersion\": \"1.0.0.0\"\n}")]
    public void Deployment_templates_are_ARM_templates(string start)
        => Assert.Equal(FileKind.ArmTemplate, FileKinds.Classify("azuredeploy.json", () => start)?.Kind);

    [Theory]
    [InlineData("""{ "Logging": { "LogLevel": { "Default": "Information" } }, "AllowedHosts": "*" }""")]
    [InlineData("""{ "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#", "parameters": {} }""")]
    [InlineData("""{ "$schema": "https://json.schemastore.org/appsettings.json" }""")]
    [InlineData("""{ "name": "x", "$schema": 42 }""")]
    [InlineData("""{ "$schema" """)]
    [InlineData("")]
    [InlineData("[1, 2, 3]")]
    public void Other_JSON_files_are_not(string start)
        => Assert.Null(FileKinds.Classify("appsettings.json", () => start));

    [Fact]
    public void The_schema_is_looked_for_only_at_the_start()
    {
        string late = "{ \"padding\": \"" + new string('x', ArmTemplateSniffer.SniffLength) + "\", \"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#\" }";
        Assert.False(ArmTemplateSniffer.IsDeploymentTemplate(late));
    }

    [Fact]
    public void The_start_is_read_only_when_the_name_does_not_decide()
    {
        Assert.Equal(FileKind.Dockerfile, FileKinds.Classify("Dockerfile", () => throw new InvalidOperationException("not asked"))?.Kind);
        Assert.Null(FileKinds.Classify("notes.txt", () => throw new InvalidOperationException("not asked")));
        Assert.Null(FileKinds.Classify("azuredeploy.json", () => null));
    }

    [Fact]
    public void The_package_Dockerfile_glob_is_built_from_the_classifier_stems()
    {
        string props = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "ContainerGuard.Build", "build", "ContainerGuard.props"));

        Assert.Contains($"<ContainerGuardDockerfile Include=\"{DockerfileNames.MSBuildIncludeGlob}\"", props);
    }

    [Fact]
    public void The_glob_covers_every_Dockerfile_name()
    {
        // Every name the classifier accepts must be one of the glob's shapes, or the build would never see it.
        foreach (string name in new[] { "Dockerfile", "dockerfile", "app.Dockerfile", "Dockerfile.dev", "Containerfile", "x.Containerfile", "Containerfile.arm" })
        {
            Assert.True(DockerfileNames.IsDockerfileName(name));
            Assert.Contains(DockerfileNames.Stems, stem =>
                name.Equals(stem, StringComparison.OrdinalIgnoreCase)
                || name.EndsWith("." + stem, StringComparison.OrdinalIgnoreCase)
                || name.StartsWith(stem + ".", StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void The_catalogue_lists_the_rules_of_every_kind()
    {
        foreach (var rule in FileKinds.All.SelectMany(k => k.Rules))
        {
            Assert.Same(rule, RuleCatalog.Find(rule.Id));
        }
    }

    [Fact]
    public void Kinds_are_described_in_one_sentence()
    {
        Assert.Equal("Dockerfiles, project files, Bicep files and ARM templates", FileKinds.DescribeAll());
        Assert.StartsWith("Dockerfiles", FileKinds.DescribeAll(withLinterOnly: true));
        Assert.Contains("project files", FileKinds.DescribeAll(withLinterOnly: true));
    }
}
