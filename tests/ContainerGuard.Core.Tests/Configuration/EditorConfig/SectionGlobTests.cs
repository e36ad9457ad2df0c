using ContainerGuard.Configuration.EditorConfig;

namespace ContainerGuard.Tests.Configuration.EditorConfig;

/// <summary>Section names match files as the compiler matches them (relative paths to the .editorconfig's folder).</summary>
public class SectionGlobTests
{
    [Theory]
    [InlineData("*", "Dockerfile", true)]
    [InlineData("*", "deploy/Dockerfile", true)]
    [InlineData("Dockerfile", "deploy/api/Dockerfile", true)]
    [InlineData("Dockerfile", "deploy/api/Dockerfile.dev", false)]
    [InlineData("*.cs", "src/A.cs", true)]
    [InlineData("*.cs", "src/A.csproj", false)]
    [InlineData("*.{cs,csproj}", "src/A.csproj", true)]
    [InlineData("{Dockerfile,*.Dockerfile}", "api.Dockerfile", true)]
    [InlineData("deploy/*", "deploy/Dockerfile", true)]
    [InlineData("deploy/*", "deploy/api/Dockerfile", false)]
    [InlineData("deploy/**", "deploy/api/Dockerfile", true)]
    [InlineData("/deploy/Dockerfile", "deploy/Dockerfile", true)]
    [InlineData("/deploy/Dockerfile", "other/deploy/Dockerfile", false)]
    [InlineData("**/deploy/Dockerfile", "a/b/deploy/Dockerfile", true)]
    [InlineData("Dockerfile.?", "Dockerfile.a", true)]
    [InlineData("Dockerfile.?", "Dockerfile.ab", false)]
    [InlineData("Dockerfile.[ab]", "Dockerfile.b", true)]
    [InlineData("Dockerfile.[!ab]", "Dockerfile.b", false)]
    [InlineData("Dockerfile.[a-c]", "Dockerfile.c", true)]
    [InlineData("v{1..3}/Dockerfile", "v2/Dockerfile", true)]
    [InlineData("v{1..3}/Dockerfile", "v4/Dockerfile", false)]
    [InlineData("dockerfile", "Dockerfile", false)]
    [InlineData("a\\*b", "a*b", true)]
    [InlineData("a\\*b", "axb", false)]
    public void Matches_like_the_compiler(string section, string relativePath, bool expected)
        => Assert.Equal(expected, SectionGlob.TryCreate(section)!.IsMatch(relativePath));

    [Theory]
    [InlineData("{a,b")]
    [InlineData("a}")]
    [InlineData("")]
    public void Malformed_names_are_no_section(string section)
        => Assert.Null(SectionGlob.TryCreate(section));
}
