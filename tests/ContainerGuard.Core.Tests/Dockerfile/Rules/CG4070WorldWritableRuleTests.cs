using static ContainerGuard.Tests.Infrastructure.DockerfileVerifier;

namespace ContainerGuard.Tests.Dockerfile.Rules;

public class CG4070WorldWritableRuleTests
{
    private const string Id = "CG4070";

    [Theory]
    [InlineData("FROM debian:12\nRUN chmod [|777|] /app\n")]
    [InlineData("FROM debian:12\nRUN chmod [|0777|] /app\n")]
    [InlineData("FROM debian:12\nRUN chmod -R [|777|] /app\n")]
    [InlineData("FROM debian:12\nRUN chmod [|0777|] -R /var/lib/mpd\n")]
    [InlineData("FROM debian:12\nRUN chmod [|666|] /app/config.json\n")]
    [InlineData("FROM debian:12\nRUN chmod -R [|a+w|] /usr/share/dotnet\n")]
    [InlineData("FROM debian:12\nRUN chmod [|o+w|] /data\n")]
    [InlineData("FROM debian:12\nRUN chmod [|ugo+rwx|] /data\n")]
    [InlineData("FROM debian:12\nRUN chmod [|u+rwx,o=rwx|] /data\n")]
    [InlineData("FROM debian:12\nRUN chmod [|a+rwX|] /data\n")]
    [InlineData("FROM debian:12\nRUN sudo chmod [|777|] /data\n")]
    [InlineData("FROM debian:12\nRUN chmod [|777|] /tmp\n")]
    [InlineData("FROM debian:12\nRUN chmod [|1777|] /transmission\n")]
    [InlineData("FROM debian:12\nRUN mkdir -p -m [|777|] /data\n")]
    [InlineData("FROM debian:12\nRUN install -d -m [|0777|] /data\n")]
    [InlineData("FROM debian:12\nCOPY --chmod=[|777|] app /app\n")]
    [InlineData("FROM debian:12\nADD --chmod=[|0666|] app.tgz /app\n")]
    [InlineData("FROM debian:12\nONBUILD RUN chmod [|777|] /app\n")]
    [InlineData("FROM debian:12 AS build\nRUN chmod -R [|777|] /out\nFROM alpine:3.20\nCOPY --from=build /out /out\n")]
    public void Fires_on_a_world_writable_mode(string markup) => Verify(Id, markup);

    [Fact]
    public void Fires_in_a_heredoc_script_and_an_exec_form()
        => Verify(Id, "# syntax=docker/dockerfile:1\nFROM debian:12\nRUN <<EOF\nchmod -R [|o+w|] /srv\nEOF\nRUN [\"chmod\", [|\"0777\"|], \"/data\"]\n");

    [Fact]
    public void Span_survives_a_line_continuation()
        => Verify(Id, "FROM debian:12\nRUN mkdir /data \\\n && chmod -R \\\n      [|777|] \\\n      /data\n");

    [Theory]
    [InlineData("FROM debian:12\nRUN chmod 755 /app\n")]
    [InlineData("FROM debian:12\nRUN chmod +x /app/run.sh\n")]
    [InlineData("FROM debian:12\nRUN chmod +w /app/run.sh\n")]
    [InlineData("FROM debian:12\nRUN chmod a+x /usr/bin/tool\n")]
    [InlineData("FROM debian:12\nRUN chmod ugo+rx /run.sh\n")]
    [InlineData("FROM debian:12\nRUN chmod -R g+r+w /usr/local/rvm\n")]
    [InlineData("FROM debian:12\nRUN chmod o-w /data\n")]
    [InlineData("FROM debian:12\nRUN chmod 775 /data\n")]
    [InlineData("FROM debian:12\nRUN chmod g+s /data\n")]
    [InlineData("FROM debian:12\nRUN chmod =2775 /opt/conda\n")]
    [InlineData("FROM debian:12\nRUN chmod 1777 /tmp\n")]
    [InlineData("FROM debian:12\nRUN mkdir -p /var/tmp/x && chmod 1777 /var/tmp /dev/shm\n")]
    [InlineData("FROM debian:12\nRUN chmod a+rwxt /app/tmp\n")]
    [InlineData("FROM debian:12\nRUN chmod --reference=/etc/passwd /data\n")]
    [InlineData("FROM debian:12\nRUN mkdir -m 755 /data\n")]
    [InlineData("FROM debian:12\nRUN echo \"chmod 777 is bad\"\n")]
    [InlineData("FROM debian:12\nCOPY --chmod=755 app /app\n")]
    [InlineData("FROM debian:12\nCOPY --chown=:conda --chmod=775 app /app\n")]
    [InlineData("FROM debian:12\n# containerguard ignore=CG4070\nRUN chmod 777 /app\n")]
    public void Silent(string dockerfile) => VerifySilent(Id, dockerfile);
}
