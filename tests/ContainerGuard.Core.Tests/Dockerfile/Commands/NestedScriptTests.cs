using ContainerGuard.Dockerfile;
using ContainerGuard.Dockerfile.Commands;
using ContainerGuard.Tests.Infrastructure;
using ContainerGuard.Text;

namespace ContainerGuard.Tests.Dockerfile.Commands;

/// <summary>
/// <c>sh -c "…"</c> scripts are read as commands by every rule that looks at commands, whatever the quoting of the
/// outer word: escaped quotes, line continuations, single quotes; each inner word maps to where it is written.
/// </summary>
public class NestedScriptTests
{
    [Theory]
    [InlineData("RUN apt-get update && bash -c \"echo \\\"x\\\" && [|rm|] -rf /var/lib/apt/lists/*\"")]
    [InlineData("RUN bash -c 'echo \"x\" && [|rm|] -rf /var/lib/apt/lists/*'")]
    [InlineData("RUN bash -c \"echo x \\\n  && [|rm|] -rf /var/lib/apt/lists/*\"")]
    [InlineData("RUN sudo -u app sh -c \"cd /app && [|rm|] -rf /var/lib/apt/lists/*\"")]
    [InlineData("RUN bash -o pipefail -c \"echo \\$HOME && [|rm|] -rf /var/lib/apt/lists/*\"")]
    [InlineData("RUN sh -c \"sh -c '[|rm|] -rf /var/lib/apt/lists/*'\"")]
    public void The_commands_of_a_nested_script_are_seen_where_they_are_written(string markup)
    {
        var parsed = Markup.Parse("FROM debian:12\n" + markup + "\n");
        var command = Assert.Single(Effective(parsed.Text), c => c.Name == "rm");
        Assert.Equal(parsed.Spans.Single(), command.NameWord.Span);
        Assert.Equal("/var/lib/apt/lists/*", command.Arguments[1].Value);
    }

    [Fact]
    public void An_escaped_word_inside_the_script_maps_to_its_written_characters()
    {
        // The inner word "a b" is written as \"a b\" in the file: its span runs from its first quote to its last.
        var parsed = Markup.Parse("FROM debian:12\nRUN sh -c \"printf %s \\[|\"a b\\\"|] > /x\"\n");
        var printf = Assert.Single(Effective(parsed.Text), c => c.Name == "printf");
        Assert.Equal("a b", printf.Arguments[1].Value);
        Assert.Equal(parsed.Spans.Single(), printf.Arguments[1].Span);
    }

    [Theory]
    [InlineData("RUN sh -c \"curl x\"", "curl x")]
    [InlineData("RUN sh -c 'a \"b\" c'", "a \"b\" c")]
    [InlineData("RUN sh -c \"a \\\"b\\\" \\$c \\\\ d\"", "a \"b\" $c \\ d")]
    [InlineData("RUN sh -c a\\ b", "a b")]
    [InlineData("RUN sh -c \"x $(echo \"y\") ${Z:-1}\"", "x $(echo \"y\") ${Z:-1}")]
    [InlineData("RUN sh -c $'a\\tb'", "a\\tb")]
    public void ValueText_gives_back_the_value_with_every_character_in_the_file(string run, string value)
    {
        string text = "FROM debian:12\n" + run + "\n";
        var script = Assert.Single(Instruction(text).Scripts);
        var word = script.Commands.Single(c => c.Name == "sh").Words[2];
        var mapped = ShellWords.ValueText(word);
        Assert.NotNull(mapped);
        Assert.Equal(value, mapped!.Value);
        for (int i = 0; i < mapped.Length; i++)
        {
            Assert.Equal(mapped.Value[i], text[mapped.GetSourceOffset(i)]);
        }
    }

    [Fact]
    public void ValueText_follows_a_word_across_a_line_continuation()
    {
        string text = "FROM debian:12\nRUN sh -c \"apt-get update \\\n  && true\"\n";
        var word = Instruction(text).Scripts[0].Commands[0].Words[2];
        var mapped = ShellWords.ValueText(word)!;
        Assert.Equal("apt-get update   && true", mapped.Value);
        Assert.Equal(text.IndexOf("&&", StringComparison.Ordinal), mapped.GetSourceOffset(mapped.Value.IndexOf("&&", StringComparison.Ordinal)));
    }

    [Fact]
    public void ValueText_is_null_for_a_word_not_read_from_the_file()
        => Assert.Null(ShellWords.ValueText(new LogicalWord("x", "x", new TextSpan(0, 1))));

    private static CommandInstruction Instruction(string text)
        => DockerfileParser.Parse(text).Instructions.OfType<CommandInstruction>().Single();

    private static IReadOnlyList<EffectiveCommand> Effective(string text) => InstructionCommands.Effective(Instruction(text));
}
