using static ContainerGuard.Tests.Infrastructure.DockerfileVerifier;

namespace ContainerGuard.Tests.Dockerfile.Rules;

public class CG4050AddFromUrlRuleTests
{
    private const string Id = "CG4050";

    [Theory]
    [InlineData("FROM alpine:3.20\nADD [|https://example.com/tool.tgz|] /opt/\n")]
    [InlineData("FROM alpine:3.20\nADD [|http://example.com/tool.tgz|] /opt/\n")]
    [InlineData("FROM alpine:3.20\nADD [|ftp://example.com/tool.tgz|] /opt/\n")]
    [InlineData("FROM alpine:3.20\nADD --chown=app:app [|https://example.com/a.tgz|] /opt/\n")]
    [InlineData("FROM alpine:3.20\nADD [|https://github.com/moby/buildkit.git#v0.14.1|] /src\n")]
    [InlineData("FROM alpine:3.20\nADD [|git@github.com:moby/buildkit.git|] /src\n")]
    [InlineData("FROM alpine:3.20\nADD [|HTTPS://EXAMPLE.COM/A|] /a\n")]
    public void Fires_on_a_remote_source_without_checksum(string markup) => Verify(Id, markup);

    [Fact]
    public void Fires_on_each_remote_source_and_not_on_local_ones()
        => Verify(Id, "FROM alpine:3.20\nADD [|https://a.example/x|] local.txt [|https://b.example/y|] /opt/\n");

    [Fact]
    public void Span_survives_a_line_continuation()
        => Verify(Id, "FROM alpine:3.20\nADD \\\n    [|https://example.com/tool.tgz|] \\\n    /opt/tool.tgz\n");

    [Fact]
    public void Fires_in_an_onbuild_trigger()
        => Verify(Id, "FROM alpine:3.20\nONBUILD ADD [|https://example.com/x.tgz|] /x\n");

    [Fact]
    public void Fires_in_the_json_form_with_the_quoted_element_as_span()
        => Verify(Id, "FROM alpine:3.20\nADD [[|\"https://example.com/x.tgz\"|], \"/x\"]\n");

    [Theory]
    [InlineData("FROM alpine:3.20\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/x.tgz /x\n")]
    [InlineData("FROM alpine:3.20\nADD app.tgz /opt/\n")]
    [InlineData("FROM alpine:3.20\nADD ./src /src\n")]
    [InlineData("FROM alpine:3.20\nCOPY https://example.com/x /x\n")]
    [InlineData("FROM alpine:3.20\nADD https://github.com/moby/buildkit.git#2f0ff6a9e8e5b7c6f1d0a9b8c7d6e5f4a3b2c1d0 /src\n")]
    [InlineData("FROM alpine:3.20\nADD ${TOOL_URL} /opt/\n")]
    [InlineData("FROM alpine:3.20\n# containerguard ignore=CG4050\nADD https://example.com/x.tgz /x\n")]
    public void Silent(string dockerfile) => VerifySilent(Id, dockerfile);
}
