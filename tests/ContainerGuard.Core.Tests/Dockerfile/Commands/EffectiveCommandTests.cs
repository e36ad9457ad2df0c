using ContainerGuard.Dockerfile;
using ContainerGuard.Dockerfile.Commands;

namespace ContainerGuard.Tests.Dockerfile.Commands;

/// <summary>A command seen through its wrappers (sudo, env, nohup, timeout…).</summary>
public class EffectiveCommandTests
{
    [Theory]
    [InlineData("sudo apt-get install -y curl", "apt-get", "sudo")]
    [InlineData("sudo -E -u root apt-get install -y curl", "apt-get", "sudo")]
    [InlineData("sudo -uroot apt-get install -y curl", "apt-get", "sudo")]
    [InlineData("sudo --user root make", "make", "sudo")]
    [InlineData("env -i A=1 B=2 curl x", "curl", "env")]
    [InlineData("nohup nice -n 5 /usr/bin/curl x", "curl", "nohup nice")]
    [InlineData("timeout 30 curl x", "curl", "timeout")]
    [InlineData("gosu app curl x", "curl", "gosu")]
    [InlineData("xargs -a list.txt -n 1 curl", "curl", "xargs")]
    [InlineData("/usr/local/bin/curl -k x", "curl", "")]
    [InlineData("tini -g -p SIGTERM -- node server.js", "node", "tini")]
    [InlineData("/usr/bin/dumb-init --rewrite 15:2 -- sleep infinity", "sleep", "/usr/bin/dumb-init")]
    [InlineData("catatonit -g -- sleep infinity", "sleep", "catatonit")]
    [InlineData("/init sleep infinity", "sleep", "/init")]
    [InlineData("s6-setuidgid app node server.js", "node", "s6-setuidgid")]
    [InlineData("runuser -u app -- node server.js", "node", "runuser")]
    [InlineData("setpriv --reuid=1000 --regid=1000 --init-groups node server.js", "node", "setpriv")]
    [InlineData("/sbin/init", "init", "")]
    public void Of_sees_the_program_behind_its_wrappers(string run, string program, string wrappers)
    {
        var command = Assert.Single(RunCommands.Of(run));
        Assert.Equal(program, command.Name);
        Assert.Equal(wrappers, string.Join(" ", command.Wrappers.Select(w => w.Value)));
    }

    [Theory]
    [InlineData("command -v curl")]
    [InlineData("sudo -l")]
    [InlineData("A=1")]
    public void Of_finds_nothing_when_nothing_runs(string run)
        => Assert.Empty(RunCommands.Of(run));
}
