using ContainerGuard.Dockerfile;
using ContainerGuard.Dockerfile.Commands;

namespace ContainerGuard.Tests.Dockerfile.Commands;

/// <summary>Options in all their spellings: combined short options, values that are not options, end of options.</summary>
public class CommandOptionsTests
{
    [Theory]
    [InlineData("curl -k x", "-k")]
    [InlineData("curl -fsSLk x", "-fsSLk")]
    [InlineData("curl --insecure x", "--insecure")]
    [InlineData("curl -o out -k x", "-k")]
    [InlineData("curl -o/tmp/k x", null)]
    [InlineData("curl -Lo k x", null)]
    [InlineData("curl -H -k x", null)]
    [InlineData("curl x -- -k", null)]
    [InlineData("curl --insecure-thing x", null)]
    public void FindOption_reads_combined_short_options_and_skips_values(string run, string? expected)
    {
        var command = Assert.Single(RunCommands.Of(run));
        var found = CommandOptions.FindOption(command.Arguments, 0, 'k', new[] { "--insecure" }, "oH");
        Assert.Equal(expected, found?.Value);
    }
}
