using ContainerGuard.Project;

namespace ContainerGuard.Tests.Project;

public class SdkBaseImageResolverTests
{
    private static string? Resolve(
        string? tfm, bool web = false, string? family = null, bool selfContained = false, bool aot = false,
        bool trimmed = false, bool invariant = false, string? rid = null, string? baseImage = null)
        => SdkBaseImageResolver.Resolve(new ProjectContainerProperties
        {
            TargetFramework = tfm,
            IsAspNetCore = web,
            ContainerFamily = family,
            SelfContained = selfContained,
            PublishAot = aot,
            PublishTrimmed = trimmed,
            InvariantGlobalization = invariant,
            ContainerRuntimeIdentifier = rid,
            ContainerBaseImage = baseImage,
        }).Image;

    [Theory]
    [InlineData("net8.0", false, "mcr.microsoft.com/dotnet/runtime:8.0")]
    [InlineData("net8.0", true, "mcr.microsoft.com/dotnet/aspnet:8.0")]
    [InlineData("net9.0", true, "mcr.microsoft.com/dotnet/aspnet:9.0")]
    [InlineData("net10.0", false, "mcr.microsoft.com/dotnet/runtime:10.0")]
    [InlineData("net6.0", true, "mcr.microsoft.com/dotnet/aspnet:6.0")]
    [InlineData("net7.0-linux", false, "mcr.microsoft.com/dotnet/runtime:7.0")]
    [InlineData("netcoreapp3.1", true, "mcr.microsoft.com/dotnet/aspnet:3.1")]
    public void The_repository_follows_the_project_type_and_the_tag_the_target_framework(string tfm, bool web, string expected)
        => Assert.Equal(expected, Resolve(tfm, web));

    [Fact]
    public void Self_contained_and_AOT_apps_get_runtime_deps()
    {
        Assert.Equal("mcr.microsoft.com/dotnet/runtime-deps:8.0", Resolve("net8.0", web: true, selfContained: true));
        Assert.Equal("mcr.microsoft.com/dotnet/runtime-deps:6.0", Resolve("net6.0", selfContained: true));
    }

    [Theory]
    [InlineData("net8.0", "alpine", false, "mcr.microsoft.com/dotnet/aspnet:8.0-alpine")]
    [InlineData("net8.0", "noble", false, "mcr.microsoft.com/dotnet/aspnet:8.0-noble")]
    [InlineData("net8.0", "noble-chiseled", false, "mcr.microsoft.com/dotnet/aspnet:8.0-noble-chiseled-extra")]
    [InlineData("net8.0", "noble-chiseled", true, "mcr.microsoft.com/dotnet/aspnet:8.0-noble-chiseled")]
    [InlineData("net10.0", "azurelinux3.0-distroless", false, "mcr.microsoft.com/dotnet/aspnet:10.0-azurelinux3.0-distroless")]
    [InlineData("net7.0", "jammy-chiseled", false, "mcr.microsoft.com/dotnet/aspnet:7.0-jammy-chiseled")]
    public void ContainerFamily_is_appended_to_the_tag(string tfm, string family, bool invariant, string expected)
        => Assert.Equal(expected, Resolve(tfm, web: true, family: family, invariant: invariant));

    [Fact]
    public void AOT_and_trimmed_apps_default_to_chiseled_from_NET_8()
    {
        Assert.Equal("mcr.microsoft.com/dotnet/runtime-deps:9.0-noble-chiseled-extra", Resolve("net9.0", aot: true));
        Assert.Equal("mcr.microsoft.com/dotnet/runtime-deps:9.0-noble-chiseled", Resolve("net9.0", aot: true, invariant: true));
        Assert.Equal("mcr.microsoft.com/dotnet/runtime-deps:8.0-noble-chiseled-extra", Resolve("net8.0", trimmed: true, selfContained: true));
        Assert.Equal("mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled", Resolve("net10.0", web: true, trimmed: true, invariant: true));
        Assert.Equal("mcr.microsoft.com/dotnet/runtime-deps:7.0", Resolve("net7.0", aot: true));
    }

    [Fact]
    public void Musl_runtime_identifiers_get_alpine()
    {
        Assert.Equal("mcr.microsoft.com/dotnet/aspnet:8.0-alpine", Resolve("net8.0", web: true, rid: "linux-musl-x64"));
        Assert.Equal("mcr.microsoft.com/dotnet/runtime:6.0-alpine", Resolve("net6.0", rid: "linux-musl-arm64"));
        Assert.Equal("mcr.microsoft.com/dotnet/runtime:8.0", Resolve("net8.0", rid: "linux-x64"));
    }

    [Fact]
    public void An_explicit_base_image_is_used_as_written()
    {
        var resolved = SdkBaseImageResolver.Resolve(new ProjectContainerProperties { TargetFramework = "net8.0", ContainerBaseImage = " contoso.azurecr.io/base/aspnet:8.0 " });
        Assert.False(resolved.IsSdkDefault);
        Assert.Equal("contoso.azurecr.io/base/aspnet:8.0", resolved.Image);
        Assert.Equal("contoso.azurecr.io", resolved.Reference!.Registry);
    }

    [Theory]
    [InlineData("net48")]
    [InlineData("netstandard2.0")]
    [InlineData("$(AppTargetFramework)")]
    [InlineData(null)]
    [InlineData("net")]
    public void An_unknown_target_framework_leaves_the_default_image_unknown(string? tfm)
    {
        var resolved = SdkBaseImageResolver.Resolve(new ProjectContainerProperties { TargetFramework = tfm });
        Assert.Null(resolved.Image);
        Assert.Null(resolved.Reference);
        Assert.NotNull(resolved.UnknownReason);
    }

    [Fact]
    public void Unresolved_values_leave_the_image_unknown()
    {
        Assert.Null(Resolve("net8.0", baseImage: "$(Registry)/aspnet:8.0"));
        Assert.Null(Resolve("net8.0", family: "$(Family)"));
        Assert.Null(SdkBaseImageResolver.Resolve(new ProjectContainerProperties { TargetFramework = "net8.0", ContainerBaseImage = "Not A Reference" }).Reference);
    }

    [Fact]
    public void A_single_entry_TargetFrameworks_names_the_framework_and_several_do_not()
    {
        Assert.Equal("net8.0", ProjectContainerProperties.FromLookup(n => n == "TargetFrameworks" ? "net8.0;" : null).TargetFramework);
        Assert.Null(ProjectContainerProperties.FromLookup(n => n == "TargetFrameworks" ? "net8.0;net9.0" : null).TargetFramework);
    }
}
