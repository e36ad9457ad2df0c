using ContainerGuard.Project;
using ContainerGuard.Tests.Infrastructure;

namespace ContainerGuard.Tests.Project;

/// <summary>ContainerEnvironmentVariable items read from project files, with where their metadata is written.</summary>
public class ContainerEnvironmentVariablesTests
{
    [Fact]
    public void Items_are_read_with_the_spans_of_their_spec_and_metadata()
    {
        var parsed = Markup.Parse("""
            <Project>
              <ItemGroup Condition="'$(X)' == ''">
                <ContainerEnvironmentVariable Include="[|A;B|]" Value = '[|1 &amp; 2|]' />
                <ContainerEnvironmentVariable Update="[|C|]">
                  <Value>  [|three|]  </Value>
                </ContainerEnvironmentVariable>
              </ItemGroup>
              <PropertyGroup><After>x</After></PropertyGroup>
            </Project>
            """);
        var syntax = ProjectFileSyntax.Parse(parsed.Text);
        Assert.Equal(2, syntax.Items.Count);

        var first = syntax.Items[0];
        Assert.Equal(("ContainerEnvironmentVariable", "Include", "A;B"), (first.ItemType, first.Operation, first.Spec));
        Assert.Equal(parsed.Spans[0], first.SpecSpan);
        Assert.Equal("1 & 2", first.FindMetadata("value")!.Value);
        Assert.Equal(parsed.Spans[1], first.FindMetadata("Value")!.ValueSpan);
        Assert.True(first.IsConditional);

        var second = syntax.Items[1];
        Assert.Equal(("Update", "C"), (second.Operation, second.Spec));
        Assert.Equal(parsed.Spans[2], second.SpecSpan);
        Assert.Equal("three", second.FindMetadata("Value")!.Value);
        Assert.Equal(parsed.Spans[3], second.FindMetadata("Value")!.ValueSpan);

        // Properties after an item with child elements are still read.
        Assert.Equal("x", Assert.Single(syntax.Properties).Value);
    }

    [Fact]
    public void Include_update_and_remove_apply_in_order_props_first()
    {
        var props = ProjectFileSyntax.Parse("""
            <Project>
              <ItemGroup>
                <ContainerEnvironmentVariable Include="A" Value="from-props" />
                <ContainerEnvironmentVariable Include="B" Value="b" />
              </ItemGroup>
            </Project>
            """);
        var project = ProjectFileSyntax.Parse("""
            <Project>
              <PropertyGroup><Port>8080</Port></PropertyGroup>
              <ItemGroup>
                <ContainerEnvironmentVariable Update="A" Value="from-project" />
                <ContainerEnvironmentVariable Remove="B" />
                <ContainerEnvironmentVariable Include="C;D" Value="http://+:$(Port)" />
                <ContainerEnvironmentVariable Include="E" />
              </ItemGroup>
            </Project>
            """);
        var variables = ContainerEnvironmentVariables.Read(project, props, ProjectFileReader.ReadValues(project, props));
        Assert.Equal(
            new[] { "A=from-project", "C=http://+:8080", "D=http://+:8080", "E=" },
            variables.Select(v => v.Name + "=" + v.Value).ToArray());
        Assert.True(ContainerEnvironmentVariables.AnyWritten(project, props));
        Assert.False(ContainerEnvironmentVariables.AnyWritten(ProjectFileSyntax.Parse("<Project />"), null));
    }
}
