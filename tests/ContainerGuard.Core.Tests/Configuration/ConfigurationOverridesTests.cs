using ContainerGuard.Configuration;
using ContainerGuard.Dockerfile;
using ContainerGuard.Catalog;
using ContainerGuard.Findings;

namespace ContainerGuard.Tests.Configuration;

public class ConfigurationOverridesTests
{
    [Fact]
    public void MSBuild_lists_are_split_and_trimmed()
    {
        var result = ConfigurationOverrides.FromMSBuild(new MSBuildConfigurationProperties
        {
            ApprovedRegistries = " a.azurecr.io; b.azurecr.io ;;\n",
            ApprovedBaseImages = "mcr.microsoft.com/dotnet/aspnet,contoso.azurecr.io/base/*",
            SecretNames = "pin;otp",
        }, "/repo/App.csproj");

        Assert.Empty(result.Findings);
        Assert.Equal(new[] { "a.azurecr.io", "b.azurecr.io" }, result.Configuration.ApprovedRegistries);
        Assert.Equal(new[] { "mcr.microsoft.com/dotnet/aspnet", "contoso.azurecr.io/base/*" }, result.Configuration.ApprovedBaseImages);
        Assert.Equal(new[] { "pin", "otp" }, result.Configuration.SecretNames);
    }

    [Fact]
    public void NoWarn_disables_only_our_ids()
    {
        Assert.Equal(new[] { "CG4001", "CG6030" }, ConfigurationOverrides.ParseNoWarn("CS1591;cg4001, CG6030;NU1603;CG4001;1701;CG12;$(NoWarn)"));

        var configuration = ConfigurationOverrides.FromMSBuild(new MSBuildConfigurationProperties { NoWarn = "CS1591;CG4001" }, "App.csproj").Configuration;
        Assert.Equal(new[] { "CG4001" }, configuration.DisabledRules);
    }

    [Fact]
    public void Bad_MSBuild_entries_are_CG9003_naming_the_property()
    {
        var result = ConfigurationOverrides.FromMSBuild(new MSBuildConfigurationProperties { ApprovedRegistries = "a.azurecr.io;https://b.azurecr.io" }, "/repo/App.csproj");
        var finding = Assert.Single(result.Findings);
        Assert.Equal("CG9003", finding.RuleId);
        Assert.Equal("/repo/App.csproj", finding.Path);
        Assert.Contains("ContainerGuardApprovedRegistries", finding.Message);
        Assert.Equal(new[] { "a.azurecr.io" }, result.Configuration.ApprovedRegistries);
    }

    [Fact]
    public void MSBuild_overrides_the_file_and_NoWarn_wins_over_a_file_severity()
    {
        var file = ConfigurationLoader.Parse("""
            { "approvedRegistries": [ "file.azurecr.io" ], "secretNames": [ "pin" ], "rules": { "CG6030": "error", "CG6020": "error" } }
            """, "/repo/containerguard.json").Configuration;
        var msbuild = ConfigurationOverrides.FromMSBuild(new MSBuildConfigurationProperties
        {
            ApprovedRegistries = "msbuild.azurecr.io",
            SecretNames = "otp",
            NoWarn = "CG6030",
        }, "/repo/App.csproj").Configuration;

        var merged = msbuild.OverrideOf(file);

        Assert.Equal(new[] { "msbuild.azurecr.io" }, merged.ApprovedRegistries);
        Assert.Equal(new[] { "pin", "otp" }, merged.SecretNames);
        Assert.Equal(Severity.None, merged.GetSeverity(ContainerGuard.Project.ProjectRuleDescriptors.RootUser));
        Assert.Equal(Severity.Error, merged.GetSeverity(ContainerGuard.Project.ProjectRuleDescriptors.NonMinimalFamily));
        Assert.Equal("/repo/containerguard.json", merged.SourcePath);
    }

    [Fact]
    public void Empty_MSBuild_properties_leave_the_file_alone()
    {
        var file = ConfigurationLoader.Parse("""{ "approvedRegistries": [ "file.azurecr.io" ] }""", "c.json").Configuration;
        var merged = ConfigurationOverrides.FromMSBuild(new MSBuildConfigurationProperties(), "App.csproj").Configuration.OverrideOf(file);
        Assert.Equal(new[] { "file.azurecr.io" }, merged.ApprovedRegistries);
    }
}
