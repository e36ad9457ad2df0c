using ContainerGuard.Dockerfile;
using ContainerGuard.Dockerfile.Stages;

namespace ContainerGuard.Tests.Dockerfile.Stages;

/// <summary>ENTRYPOINT and CMD composed into the command a container starts, seen through what only hands over.</summary>
public class StartCommandTests
{
    [Theory]
    // Init processes and entrypoint scripts before a keep-alive.
    [InlineData("ENTRYPOINT [\"/usr/local/share/docker-init.sh\"]\nCMD [\"sleep\", \"infinity\"]")]
    [InlineData("ENTRYPOINT [\"tini\", \"--\"]\nCMD [\"tail\", \"-f\", \"/dev/null\"]")]
    [InlineData("ENTRYPOINT [\"/sbin/tini\", \"-g\", \"-p\", \"SIGTERM\", \"--\", \"/entrypoint.sh\"]\nCMD [\"sleep\", \"infinity\"]")]
    [InlineData("ENTRYPOINT [\"/usr/bin/dumb-init\", \"--rewrite\", \"15:2\", \"--\"]\nCMD [\"sleep\", \"infinity\"]")]
    [InlineData("ENTRYPOINT [\"catatonit\", \"-g\", \"--\"]\nCMD [\"sleep\", \"infinity\"]")]
    [InlineData("ENTRYPOINT [\"/init\"]\nCMD [\"sleep\", \"infinity\"]")]
    [InlineData("ENTRYPOINT [\"docker-entrypoint.sh\"]\nCMD [\"sleep\", \"infinity\"]")]
    [InlineData("ENTRYPOINT [\"tini\", \"--\", \"docker-entrypoint.sh\"]\nCMD [\"gosu\", \"node\", \"sleep\", \"infinity\"]")]
    // A shell-form CMD handed to an exec-form ENTRYPOINT as /bin/sh -c "…".
    [InlineData("ENTRYPOINT [\"tini\", \"--\"]\nCMD sleep infinity")]
    // Shell scripts made of keep-alive commands.
    [InlineData("CMD [\"/bin/sh\", \"-c\", \"while sleep 1000; do :; done\"]")]
    [InlineData("CMD [\"sh\", \"-c\", \"trap : TERM INT; sleep infinity & wait\"]")]
    [InlineData("CMD exec sleep infinity")]
    [InlineData("ENTRYPOINT [\"/bin/bash\", \"-c\"]\nCMD [\"sleep infinity\"]")]
    public void Keep_alive(string commands) => Assert.Equal(StartKind.KeepAlive, Classify(commands));

    [Theory]
    [InlineData("CMD [\"python3\"]")]
    [InlineData("CMD [\"python3.12\", \"-u\"]")]
    [InlineData("CMD [\"ruby\"]")]
    [InlineData("CMD [\"irb\"]")]
    [InlineData("CMD [\"php\", \"-a\"]")]
    [InlineData("CMD bash -l")]
    [InlineData("CMD [\"pwsh.exe\", \"-NoLogo\"]")]
    [InlineData("ENTRYPOINT [\"docker-entrypoint.sh\"]\nCMD [\"node\"]")]
    [InlineData("ENTRYPOINT [\"tini\", \"--\"]\nCMD [\"bash\"]")]
    public void Bare_interpreter_or_shell(string commands) => Assert.Equal(StartKind.Interpreter, Classify(commands));

    [Theory]
    // Servers and daemons named like interpreters.
    [InlineData("CMD [\"php-fpm\"]")]
    [InlineData("CMD [\"php-fpm8.3\", \"-F\"]")]
    [InlineData("ENTRYPOINT [\"docker-php-entrypoint\"]\nCMD [\"php-fpm\"]")]
    [InlineData("CMD [\"php\", \"-S\", \"0.0.0.0:8080\", \"-t\", \"public\"]")]
    [InlineData("CMD [\"python\", \"-m\", \"http.server\", \"8000\"]")]
    [InlineData("CMD [\"node\", \"server.js\"]")]
    [InlineData("ENTRYPOINT [\"node\"]\nCMD [\"/app/server.js\"]")]
    // Init processes before an application.
    [InlineData("ENTRYPOINT [\"tini\", \"--\"]\nCMD [\"/app/server\"]")]
    [InlineData("ENTRYPOINT [\"/usr/local/share/docker-init.sh\"]\nCMD [\"/app/server\", \"--port\", \"80\"]")]
    [InlineData("CMD [\"sh\", \"-c\", \"nginx && tail -f /dev/null\"]")]
    [InlineData("CMD service ssh start && sleep infinity")]
    // A shell-form ENTRYPOINT ignores CMD.
    [InlineData("ENTRYPOINT /app/server\nCMD [\"sleep\", \"infinity\"]")]
    // An entrypoint script given options runs the application itself.
    [InlineData("ENTRYPOINT [\"/entrypoint.sh\"]\nCMD [\"--port\", \"80\"]")]
    [InlineData("ENTRYPOINT [\"/entrypoint.sh\"]")]
    [InlineData("ENTRYPOINT [\"/sbin/init\"]")]
    public void Application(string commands) => Assert.Equal(StartKind.Application, Classify(commands));

    [Fact]
    public void No_command() => Assert.Equal(StartKind.None, Classify("RUN true"));

    [Fact]
    public void An_entrypoint_in_a_later_stage_resets_the_earlier_stages_cmd()
    {
        var document = DockerfileParser.Parse("FROM debian:12 AS dev\nCMD [\"sleep\", \"infinity\"]\nFROM dev\nENTRYPOINT [\"/app/server\"]\n");
        Assert.Equal(StartKind.Application, StartCommand.Classify(document.FinalStage!));
    }

    [Fact]
    public void A_cmd_and_entrypoint_of_the_same_stage_compose_in_any_order()
    {
        var document = DockerfileParser.Parse("FROM debian:12 AS base\nFROM base\nCMD [\"sleep\", \"infinity\"]\nENTRYPOINT [\"tini\", \"--\"]\n");
        Assert.Equal(StartKind.KeepAlive, StartCommand.Classify(document.FinalStage!));
    }

    private static StartKind Classify(string commands)
        => StartCommand.Classify(DockerfileParser.Parse("FROM debian:12\n" + commands + "\n").FinalStage!);
}
