using static ContainerGuard.Tests.Infrastructure.DockerfileVerifier;

namespace ContainerGuard.Tests.Dockerfile.Rules;

public class CG4051PipeToShellRuleTests
{
    private const string Id = "CG4051";

    [Theory]
    [InlineData("FROM debian:12\nRUN [|curl -fsSL https://get.example.com | sh|]\n")]
    [InlineData("FROM debian:12\nRUN [|curl -sL https://deb.nodesource.com/setup_20.x | bash|] -\n")]
    [InlineData("FROM debian:12\nRUN [|wget -O- https://x.example/i.sh | bash|]\n")]
    [InlineData("FROM debian:12\nRUN [|wget -qO- https://x.example/i.sh | sh|] -s -- --yes\n")]
    [InlineData("FROM debian:12\nRUN [|curl -fsSL https://x.example/i.sh | sudo -E bash|] -\n")]
    [InlineData("FROM debian:12\nRUN [|curl -sSL https://install.python-poetry.org | python3|] -\n")]
    [InlineData("FROM debian:12\nRUN [|curl -sSL https://x.example/i.py | python|]\n")]
    [InlineData("FROM debian:12\nRUN [|curl -fsSL https://x.example/i.js | node|]\n")]
    [InlineData("FROM debian:12\nRUN [|curl -sSL https://aka.ms/getvsdbgsh | bash|] /dev/stdin -v latest -l /vsdbg\n")]
    [InlineData("FROM debian:12\nRUN [|curl -fsSL https://x.example/i.sh | tee /tmp/log | sh|]\n")]
    [InlineData("FROM debian:12\nRUN apt-get update && [|curl -fsSL https://x.example/i.sh | bash|] && rm -rf /var/lib/apt/lists/*\n")]
    [InlineData("FROM debian:12\nRUN [|/usr/bin/curl -fsSL https://x.example/i.sh | /bin/bash|]\n")]
    [InlineData("FROM debian:12\nRUN [|curl -fsSL https://x.example/i.sh | bash|] -o pipefail\n")]
    public void Fires_on_a_download_piped_into_an_interpreter(string markup) => Verify(Id, markup);

    [Theory]
    [InlineData("FROM debian:12\nRUN [|bash <(curl -fsSL https://x.example/i.sh)|]\n")]
    [InlineData("FROM debian:12\nRUN [|sh -c \"$(curl -fsSL https://x.example/i.sh)\"|]\n")]
    [InlineData("FROM debian:12\nRUN [|bash -c \"$(wget -qO- https://x.example/i.sh)\"|] -- -y\n")]
    [InlineData("FROM debian:12\nRUN [|eval \"$(curl -fsSL https://x.example/env.sh)\"|]\n")]
    public void Fires_on_a_download_substituted_as_code(string markup) => Verify(Id, markup);

    [Fact]
    public void Span_runs_from_the_download_to_the_shell_across_continuations()
        => Verify(Id, "FROM debian:12\nRUN set -eux; \\\n    [|curl -fsSL \\\n        https://x.example/i.sh \\\n    | bash|]\n");

    [Fact]
    public void Fires_in_a_heredoc_script()
        => Verify(Id, "# syntax=docker/dockerfile:1\nFROM debian:12\nRUN <<EOF\nset -e\n[|curl -fsSL https://x.example/i.sh | sh|]\nEOF\n");

    [Fact]
    public void Fires_inside_an_exec_form_shell_script()
        => Verify(Id, "FROM debian:12\nRUN [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\", \"[|curl -fsSL https://x.example/i.sh | bash|]\"]\n");

    [Fact]
    public void Fires_inside_a_quoted_sh_c_script_in_shell_form()
        => Verify(Id, "FROM debian:12\nRUN sh -c '[|curl -fsSL https://x.example/i.sh | sh|]'\n");

    [Fact]
    public void Fires_inside_a_nested_script_with_escaped_quotes_and_continuations()
        => Verify(Id, "FROM debian:12\nRUN bash -c \"echo \\\"go\\\" \\\n  && [|curl -fsSL \\\"https://x.example/i.sh\\\" | sh|]\"\n");

    [Fact]
    public void Fires_in_an_onbuild_trigger()
        => Verify(Id, "FROM debian:12\nONBUILD RUN [|curl -fsSL https://x.example/i.sh | sh|]\n");

    [Theory]
    [InlineData("FROM debian:12\nRUN curl -fsSLo /tmp/i.sh https://x.example/i.sh && echo \"abc  /tmp/i.sh\" | sha256sum -c - && sh /tmp/i.sh\n")]
    [InlineData("FROM debian:12\nRUN curl -fsSL https://x.example/a.tgz | tar -xz -C /opt\n")]
    [InlineData("FROM debian:12\nRUN curl -fsSL https://x.example/key.asc | gpg --dearmor -o /usr/share/keyrings/x.gpg\n")]
    [InlineData("FROM debian:12\nRUN curl -fsSL https://x.example/key.asc | tee /etc/apt/trusted.gpg.d/x.asc\n")]
    [InlineData("FROM debian:12\nRUN curl -fsSL https://api.example/v.json | jq -r .version\n")]
    [InlineData("FROM debian:12\nRUN curl -fsSL https://api.example/v.json | python3 -c \"import sys, json; print(json.load(sys.stdin)['v'])\"\n")]
    [InlineData("FROM debian:12\nRUN curl -fsSL https://api.example/v.json | python3 -m json.tool\n")]
    [InlineData("FROM debian:12\nRUN curl -fsSL https://x.example/data | bash /opt/process.sh\n")]
    [InlineData("FROM debian:12\nRUN curl -fsSL https://x.example/data | node -e \"process.stdin.pipe(process.stdout)\"\n")]
    [InlineData("FROM debian:12\nRUN wget -O - https://x.example/key | apt-key add -\n")]
    [InlineData("FROM debian:12\nRUN echo \"curl https://x | sh\" > /notes.txt\n")]
    [InlineData("FROM debian:12\nRUN sh -c \"export V=$(curl -s https://api.example/version) && echo $V\"\n")]
    [InlineData("FROM debian:12\nRUN curl -fsSL https://x.example/i.sh -o /tmp/i.sh\nRUN sh /tmp/i.sh\n")]
    [InlineData("FROM debian:12\nRUN cat local.sh | sh\n")]
    [InlineData("FROM debian:12\n# containerguard ignore=CG4051\nRUN curl -fsSL https://get.example.com | sh\n")]
    public void Silent(string dockerfile) => VerifySilent(Id, dockerfile);
}
