using ContainerGuard.Project;
using ContainerGuard.Tests.Infrastructure;

namespace ContainerGuard.Tests.Project;

public class ProjectFileReaderTests
{
    [Fact]
    public void Literal_properties_are_read()
    {
        var properties = ProjectFileReader.ReadContainerProperties("""
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>net8.0</TargetFramework>
                <ContainerBaseImage> mcr.microsoft.com/dotnet/aspnet:8.0 </ContainerBaseImage>
                <ContainerFamily>alpine</ContainerFamily>
                <ContainerUser>root</ContainerUser>
                <ContainerRegistry>contoso.azurecr.io</ContainerRegistry>
                <ContainerRepository>shop/api</ContainerRepository>
                <ContainerImageTag>1.2.3</ContainerImageTag>
                <ContainerImageTags>1.2.3;latest</ContainerImageTags>
                <ContainerRuntimeIdentifier>linux-x64</ContainerRuntimeIdentifier>
                <EnableSdkContainerSupport>true</EnableSdkContainerSupport>
                <SelfContained>True</SelfContained>
                <PublishAot>false</PublishAot>
                <InvariantGlobalization>true</InvariantGlobalization>
              </PropertyGroup>
            </Project>
            """);

        Assert.Equal("net8.0", properties.TargetFramework);
        Assert.True(properties.IsAspNetCore);
        Assert.Equal("mcr.microsoft.com/dotnet/aspnet:8.0", properties.ContainerBaseImage);
        Assert.Equal("alpine", properties.ContainerFamily);
        Assert.Equal("root", properties.ContainerUser);
        Assert.Equal("contoso.azurecr.io", properties.ContainerRegistry);
        Assert.Equal("shop/api", properties.ContainerRepository);
        Assert.Equal("1.2.3", properties.ContainerImageTag);
        Assert.Equal("1.2.3;latest", properties.ContainerImageTags);
        Assert.Equal("linux-x64", properties.ContainerRuntimeIdentifier);
        Assert.Equal("true", properties.EnableSdkContainerSupport);
        Assert.True(properties.SelfContained);
        Assert.False(properties.PublishAot);
        Assert.True(properties.InvariantGlobalization);
    }

    [Theory]
    [InlineData("<Project Sdk=\"Microsoft.NET.Sdk.Web\" />", true)]
    [InlineData("<Project Sdk=\"Microsoft.NET.Sdk.Web/8.0.100\" />", true)]
    [InlineData("<Project><Sdk Name=\"Microsoft.NET.Sdk.Web\" /></Project>", true)]
    [InlineData("<Project><Import Project=\"Sdk.props\" Sdk=\"Microsoft.NET.Sdk.Web\" /></Project>", true)]
    [InlineData("<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup><FrameworkReference Include=\"Microsoft.AspNetCore.App\" /></ItemGroup></Project>", true)]
    [InlineData("<Project Sdk=\"Microsoft.NET.Sdk.Worker\" />", false)]
    [InlineData("<Project Sdk=\"Microsoft.NET.Sdk.WebAssembly\" />", false)]
    [InlineData("<Project Sdk=\"Microsoft.NET.Sdk\" />", false)]
    public void ASP_NET_Core_projects_are_recognised(string project, bool expected)
        => Assert.Equal(expected, ProjectFileReader.ReadContainerProperties(project).IsAspNetCore);

    [Fact]
    public void The_last_unconditional_assignment_wins_and_conditional_ones_only_fill_gaps()
    {
        var properties = ProjectFileReader.ReadContainerProperties("""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <ContainerFamily>noble</ContainerFamily>
                <ContainerFamily>alpine</ContainerFamily>
              </PropertyGroup>
              <PropertyGroup Condition="'$(Configuration)' == 'Debug'">
                <ContainerFamily>jammy</ContainerFamily>
                <ContainerUser>root</ContainerUser>
              </PropertyGroup>
            </Project>
            """);

        Assert.Equal("alpine", properties.ContainerFamily);
        Assert.Equal("root", properties.ContainerUser);
    }

    [Fact]
    public void Properties_set_inside_a_target_do_not_override_evaluation_time_ones()
    {
        var properties = ProjectFileReader.ReadContainerProperties("""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <ContainerUser>app</ContainerUser>
              </PropertyGroup>
              <Target Name="Tweak" BeforeTargets="PublishContainer">
                <PropertyGroup>
                  <ContainerUser>root</ContainerUser>
                </PropertyGroup>
              </Target>
            </Project>
            """);
        Assert.Equal("app", properties.ContainerUser);
    }

    [Fact]
    public void Property_references_to_earlier_literals_are_expanded_and_others_kept()
    {
        var properties = ProjectFileReader.ReadContainerProperties("""
            <Project>
              <PropertyGroup>
                <DotnetVersion>8.0</DotnetVersion>
                <ContainerBaseImage>mcr.microsoft.com/dotnet/aspnet:$(DotnetVersion)-alpine</ContainerBaseImage>
                <ContainerRegistry>$(AcrName).azurecr.io</ContainerRegistry>
                <ContainerImageTag>$([System.DateTime]::UtcNow.ToString('yyyyMMdd'))</ContainerImageTag>
              </PropertyGroup>
            </Project>
            """);

        Assert.Equal("mcr.microsoft.com/dotnet/aspnet:8.0-alpine", properties.ContainerBaseImage);
        Assert.Equal("$(AcrName).azurecr.io", properties.ContainerRegistry);
        Assert.True(ProjectContainerProperties.IsUnresolved(properties.ContainerImageTag));
    }

    [Fact]
    public void Assignments_keep_value_spans_entities_decoded()
    {
        var markup = Markup.Parse("\uFEFF<Project>\r\n  <PropertyGroup>\r\n    <ContainerUser>[|r&#111;ot|]</ContainerUser>\r\n    [|<ContainerFamily />|]\r\n  </PropertyGroup>\r\n</Project>");
        var syntax = ProjectFileSyntax.Parse(markup.Text);

        Assert.Null(syntax.Error);
        var user = syntax.FindAssignment("ContainerUser")!;
        Assert.Equal("root", user.Value);
        Assert.Equal(markup.Spans[0], user.ValueSpan);
        var family = syntax.FindAssignment("ContainerFamily")!;
        Assert.Equal(string.Empty, family.Value);
        Assert.Equal(markup.Spans[1], family.ValueSpan);
    }

    [Fact]
    public void The_project_element_span_is_its_start_tag()
    {
        var markup = Markup.Parse("<?xml version=\"1.0\"?>\n<!-- app -->\n[|<Project Sdk=\"Microsoft.NET.Sdk\" ToolsVersion='15.0 > x'>|]\n</Project>");
        Assert.Equal(markup.Spans[0], ProjectFileSyntax.Parse(markup.Text).ProjectElementSpan);
    }

    [Theory]
    [InlineData("<Project>\n  <PropertyGroup>\n    <ContainerUser>root</ContainerFamily>\n")]
    [InlineData("<Project><PropertyGroup><A>x</A></PropertyGroup>")]
    [InlineData("not xml at all")]
    [InlineData("")]
    [InlineData("<Project><!DOCTYPE x [<!ENTITY e \"boom\">]></Project>")]
    public void Malformed_XML_is_an_error_with_a_position_not_an_exception(string text)
    {
        var syntax = ProjectFileSyntax.Parse(text);
        Assert.NotNull(syntax.Error);
        Assert.InRange(syntax.Error!.Span.Start, 0, text.Length);
    }

    [Fact]
    public void Properties_read_before_an_XML_error_are_kept()
    {
        var syntax = ProjectFileSyntax.Parse("<Project>\n  <PropertyGroup>\n    <ContainerUser>root</ContainerUser>\n    <ContainerFamily>alpine</Oops>\n");
        Assert.NotNull(syntax.Error);
        Assert.Equal(new ContainerGuard.Text.LinePosition(4, 30), syntax.Text.GetPosition(syntax.Error!.Span.Start));
        Assert.Equal("root", syntax.FindAssignment("ContainerUser")!.Value);
    }

    [Fact]
    public void A_DTD_entity_is_not_expanded()
    {
        var syntax = ProjectFileSyntax.Parse("<!DOCTYPE Project [<!ENTITY user \"root\">]>\n<Project><PropertyGroup><ContainerUser>&user;</ContainerUser></PropertyGroup></Project>");
        Assert.NotEqual("root", syntax.FindAssignment("ContainerUser")?.Value);
    }
}
