using System.Text;
using ContainerGuard.Dockerfile;

namespace ContainerGuard.Tests.Dockerfile.Parser;

/// <summary>
/// The parser must never throw, overflow the stack or hang. These call the parser without its safety net
/// (<see cref="DockerfileParser.ParseUnguarded"/>), so any bug surfaces as the exception it is.
/// </summary>
public class ParserRobustnessTests
{
    private const string Sample =
        "# syntax=docker/dockerfile:1\n# escape=\\\nARG BASE=alpine:3.20\nFROM --platform=$BUILDPLATFORM ${BASE:-x} AS build\n" +
        "# containerguard ignore=CG4001\nRUN --mount=type=secret,id=x set -eux; \\\n  apk add \"a b\" 'c' && echo $(id -u `whoami`) | tee >(cat) 2>&1 \\\n" +
        "  # comment\n  && case $x in a) echo;; esac\nRUN <<-EOF bash\n\tif true; then echo; fi\n\tEOF\n" +
        "COPY --from=build [\"/a\", \"/b\"]\nENV A=1 B=\"two words\" C\nLABEL \"k\"=v\nONBUILD RUN [\"sh\", \"-c\", \"x && y\"]\n" +
        "HEALTHCHECK CMD curl -f http://x || exit 1\nSHELL [\"pwsh\", \"-c\"]\nUSER ${UID:-1000}\nEXPOSE 80\nFROM build\nCMD [\"a\"]\n";

    private static readonly string Alphabet = "abcFROMRUNARGENVCOPYONBUILD \t\n\r\\`'\"$(){}[]<>|&;#=-,:*?!~\u00e9\uFEFF\u0000";

    private static readonly string[] Tokens =
    {
        "FROM ", "RUN ", "ARG ", "ENV ", "COPY ", "ADD ", "ONBUILD ", "HEALTHCHECK ", "SHELL ", "LABEL ", "CMD ",
        "<<EOF", "<<-E", "EOF\n", "E\n", "\\\n", "`\n", "# escape=`\n", "# syntax=x\n", "$(", ")", "${", "}", "${A:-", "`",
        "\"", "'", "[\"", "\",", "\"]", "--mount=", "&&", "||", "|", ";", ";;", "case ", " in ", "esac", "if ", "then ",
        "fi", "for ", "do ", "done", "((", "))", "[[", "]]", "<(", "2>&1", "#", "\n", " ", "\r\n", "\t", "AS ", "=",
    };

    [Fact]
    public void Random_and_mutated_inputs_never_throw()
    {
        var random = new Random(20261129);
        for (int iteration = 0; iteration < 3000; iteration++)
        {
            string input = (iteration % 3) switch
            {
                0 => RandomChars(random, random.Next(0, 400)),
                1 => RandomTokens(random, random.Next(0, 120)),
                _ => Mutate(random, Sample),
            };

            var document = DockerfileParser.ParseUnguarded(input);
            CheckSpans(document, input);
        }
    }

    private static void CheckSpans(DockerfileDocument document, string input)
    {
        foreach (var instruction in document.Instructions)
        {
            Assert.InRange(instruction.Span.End, 0, input.Length);
            foreach (var script in (instruction as CommandInstruction)?.Scripts ?? Array.Empty<ShellScript>())
            {
                foreach (var command in script.Commands)
                {
                    foreach (var word in command.Words.Concat(command.Assignments))
                    {
                        Assert.InRange(word.Span.End, 0, input.Length);
                    }
                }
            }

            // Expansion must not throw either.
            document.ScopeAt(instruction).Expand(instruction.Arguments.Value);
        }

        foreach (var error in document.Errors)
        {
            Assert.InRange(error.Span.End, 0, input.Length);
        }
    }

    private static string RandomChars(Random random, int length)
    {
        var builder = new StringBuilder(length);
        for (int i = 0; i < length; i++)
        {
            builder.Append(random.Next(10) == 0 ? (char)random.Next(0, 0xFFFF) : Alphabet[random.Next(Alphabet.Length)]);
        }

        return builder.ToString();
    }

    private static string RandomTokens(Random random, int count)
    {
        var builder = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            builder.Append(Tokens[random.Next(Tokens.Length)]);
        }

        return builder.ToString();
    }

    private static string Mutate(Random random, string text)
    {
        var builder = new StringBuilder(text);
        int edits = random.Next(1, 12);
        for (int i = 0; i < edits && builder.Length > 0; i++)
        {
            int at = random.Next(builder.Length);
            switch (random.Next(4))
            {
                case 0:
                    builder.Remove(at, Math.Min(random.Next(1, 8), builder.Length - at));
                    break;
                case 1:
                    builder.Insert(at, Tokens[random.Next(Tokens.Length)]);
                    break;
                case 2:
                    builder[at] = Alphabet[random.Next(Alphabet.Length)];
                    break;
                default:
                    int from = random.Next(builder.Length);
                    int length = Math.Min(random.Next(1, 40), builder.Length - from);
                    builder.Insert(at, builder.ToString(from, length));
                    break;
            }
        }

        return builder.ToString();
    }

    [Theory]
    [InlineData("$(")]
    [InlineData("`")]
    [InlineData("(")]
    [InlineData("<(")]
    [InlineData("\"$(")]
    [InlineData("${A:-")]
    [InlineData("[")]
    [InlineData("case x in ")]
    public void Deep_nesting_completes(string opener)
    {
        const int depth = 100_000;
        var text = new StringBuilder("ARG A=1\nFROM ");
        text.Insert(text.Length, opener, 100).Append("x\nRUN echo ");
        text.Insert(text.Length, opener, depth);
        text.Append("x\nCMD ");
        text.Insert(text.Length, opener, depth);
        text.Append('\n');
        var document = DockerfileParser.ParseUnguarded(text.ToString());
        Assert.Equal(4, document.Instructions.Count);
        var run = (CommandInstruction)document.Instructions[2];
        Assert.NotNull(run.ShellForm);
        document.ScopeAt(run).Expand(run.Arguments.Value);
    }

    [Fact]
    public void Deep_but_balanced_substitutions_keep_the_outer_commands()
    {
        const int depth = 10_000;
        string inner = string.Concat(Enumerable.Repeat("$(echo ", depth)) + "x" + new string(')', depth);
        var document = DockerfileParser.ParseUnguarded("FROM alpine\nRUN curl " + inner + " && wget y\n");
        var script = ((CommandInstruction)document.Instructions[1]).ShellForm!;
        Assert.True(script.IsIncomplete); // nesting beyond the cap is kept as text
        Assert.Equal("wget", script.Commands[script.Commands.Count - 1].Name);
        Assert.Contains(script.Commands, c => c.Name == "curl");
    }

    [Fact]
    public void Huge_single_line_completes()
    {
        var line = new StringBuilder("FROM alpine\nRUN ");
        var random = new Random(7);
        string[] pieces = { "echo a ", "&& ", "\"q q\" ", "$(id) ", "'s' ", "| ", "x=1 ", "; ", "2>&1 ", "${V:-d} " };
        while (line.Length < 10 * 1024 * 1024)
        {
            line.Append(pieces[random.Next(pieces.Length)]);
        }

        var document = DockerfileParser.ParseUnguarded(line.ToString());
        var script = ((CommandInstruction)document.Instructions[1]).ShellForm!;
        Assert.True(script.Commands.Count > 100_000);
    }

    [Fact]
    public void Many_lines_and_stages_complete()
    {
        var text = new StringBuilder();
        for (int i = 0; i < 50_000; i++)
        {
            text.Append("FROM s").Append(i).Append(" AS s").Append(i + 1).Append("\nRUN a \\\n \\\n# c\n b\n");
        }

        var document = DockerfileParser.ParseUnguarded(text.ToString());
        Assert.Equal(50_000, document.Stages.Count);
        Assert.Same(document.Stages[0], document.Stages[1].BaseStage);
    }
}
