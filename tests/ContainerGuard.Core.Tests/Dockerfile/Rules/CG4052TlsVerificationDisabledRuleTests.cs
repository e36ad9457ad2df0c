using static ContainerGuard.Tests.Infrastructure.DockerfileVerifier;

namespace ContainerGuard.Tests.Dockerfile.Rules;

public class CG4052TlsVerificationDisabledRuleTests
{
    private const string Id = "CG4052";

    [Theory]
    [InlineData("FROM debian:12\nRUN curl [|-k|] https://x.example/a -o a\n")]
    [InlineData("FROM debian:12\nRUN curl [|--insecure|] https://x.example/a -o a\n")]
    [InlineData("FROM debian:12\nRUN curl [|-fsSLk|] https://x.example/a -o a\n")]
    [InlineData("FROM debian:12\nRUN curl [|-kfsSL|] https://x.example/a -o a\n")]
    [InlineData("FROM debian:12\nRUN sudo curl [|-k|] https://x.example/a -o a\n")]
    [InlineData("FROM debian:12\nRUN wget [|--no-check-certificate|] https://x.example/a\n")]
    [InlineData("FROM debian:12\nRUN git -c [|http.sslVerify=false|] clone https://x.example/r.git\n")]
    [InlineData("FROM debian:12\nRUN git config --global [|http.sslverify false|]\n")]
    [InlineData("FROM debian:12\nRUN git config --global [|http.https://x.example/.sslVerify \"false\"|]\n")]
    [InlineData("FROM debian:12\nRUN npm config set [|strict-ssl false|]\n")]
    [InlineData("FROM debian:12\nRUN npm set [|strict-ssl=false|]\n")]
    [InlineData("FROM debian:12\nRUN npm install [|--strict-ssl=false|]\n")]
    [InlineData("FROM debian:12\nRUN yarn config set [|strict-ssl false|]\n")]
    [InlineData("FROM debian:12\nRUN pip install [|--trusted-host|] pypi.example -r req.txt\n")]
    [InlineData("FROM debian:12\nRUN python3 -m pip install [|--trusted-host=pypi.example|] x\n")]
    [InlineData("FROM debian:12\nRUN pip config set [|global.trusted-host pypi.example|]\n")]
    [InlineData("FROM alpine:3.20\nRUN apk add --no-cache [|--allow-untrusted|] /tmp/x.apk\n")]
    [InlineData("FROM debian:12\nRUN apt-get install -y [|--allow-unauthenticated|] x\n")]
    [InlineData("FROM debian:12\nRUN echo 'deb [arch=amd64 [|trusted=yes|]] http://repo.example/ ./' > /etc/apt/sources.list.d/x.list\n")]
    [InlineData("FROM debian:12\nRUN echo '[|APT::Get::AllowUnauthenticated \"true\"|];' > /etc/apt/apt.conf.d/99x\n")]
    [InlineData("FROM debian:12\nRUN apt-get [|-oAcquire::AllowInsecureRepositories=true|] update\n")]
    [InlineData("FROM debian:12\nRUN apt-get update [|--allow-insecure-repositories|]\n")]
    [InlineData("FROM debian:12\nRUN apt-get install -y [|--force-yes|] x\n")]
    [InlineData("FROM debian:12\nRUN apt-get -o [|Acquire::https::Verify-Peer=false|] update\n")]
    [InlineData("FROM debian:12\nRUN echo \"deb [[|trusted=yes|]] http://repo.example/ ./\" > /etc/apt/sources.list.d/x.list\n")]
    [InlineData("FROM fedora:40\nRUN dnf install -y [|--nogpgcheck|] x\n")]
    [InlineData("FROM centos:7\nRUN yum [|--nogpgcheck|] install -y x\n")]
    [InlineData("FROM fedora:40\nRUN dnf install -y --setopt=[|gpgcheck=0|] x\n")]
    [InlineData("FROM fedora:40\nRUN sed -i 's/gpgcheck=1/[|gpgcheck=0|]/' /etc/yum.repos.d/x.repo\n")]
    [InlineData("FROM fedora:40\nRUN rpm -i [|--nosignature|] x.rpm\n")]
    [InlineData("FROM fedora:40\nRUN sed -i -e 's|enabled=1|enabled=1\\n[|gpgcheck=0|]|' /etc/yum.repos.d/x.repo\n")]
    [InlineData("FROM fedora:40\nRUN echo -e \"[x]\\nbaseurl=https://r.example\\n[|gpgcheck=0|]\" > /etc/yum.repos.d/x.repo\n")]
    [InlineData("FROM fedora:40\nRUN dnf install -y --setopt=[|sslverify=false|] x\n")]
    [InlineData("FROM fedora:40\nRUN rpm -i [|--nodigest|] x.rpm\n")]
    [InlineData("FROM opensuse/leap:15\nRUN zypper [|--no-gpg-checks|] install -y x\n")]
    [InlineData("FROM continuumio/miniconda3\nRUN conda config --set [|ssl_verify false|]\n")]
    public void Fires_on_a_switch_that_disables_verification(string markup) => Verify(Id, markup);

    [Theory]
    [InlineData("FROM debian:12\nENV [|GIT_SSL_NO_VERIFY=1|]\n")]
    [InlineData("FROM debian:12\nENV [|GIT_SSL_NO_VERIFY=true|]\n")]
    [InlineData("FROM debian:12\nENV [|GIT_SSL_NO_VERIFY 1|]\n")]
    [InlineData("FROM debian:12\nARG [|GIT_SSL_NO_VERIFY=1|]\n")]
    [InlineData("FROM debian:12\nRUN [|GIT_SSL_NO_VERIFY=1|] git clone https://x.example/r.git\n")]
    [InlineData("FROM debian:12\nRUN env [|GIT_SSL_NO_VERIFY=true|] git clone https://x.example/r.git\n")]
    [InlineData("FROM debian:12\nRUN export [|GIT_SSL_NO_VERIFY=1|] && git clone https://x.example/r.git\n")]
    [InlineData("FROM node:20\nENV [|NODE_TLS_REJECT_UNAUTHORIZED=0|]\n")]
    [InlineData("FROM node:20\nENV [|NODE_TLS_REJECT_UNAUTHORIZED=\"0\"|]\n")]
    [InlineData("FROM node:20\nENV [|NPM_CONFIG_STRICT_SSL=false|]\n")]
    [InlineData("FROM node:20\nENV [|npm_config_strict_ssl=false|]\n")]
    [InlineData("FROM python:3.12\nENV [|PIP_TRUSTED_HOST=pypi.example|]\n")]
    [InlineData("FROM python:3.12\nENV [|PYTHONHTTPSVERIFY=0|]\n")]
    [InlineData("FROM node:20\nRUN [|NODE_TLS_REJECT_UNAUTHORIZED=0|] npm ci\n")]
    public void Fires_on_an_environment_variable_that_disables_verification(string markup) => Verify(Id, markup);

    [Fact]
    public void Message_names_the_option_and_never_repeats_a_credential_in_the_same_word()
    {
        var finding = Assert.Single(Verify(Id, "FROM debian:12\nRUN curl [|-kuadmin:Tr0ub4dor3xyzzy|] https://x.example/a\n"));
        Assert.Contains("curl -k ", finding.Message);
        Assert.DoesNotContain("Tr0ub4dor3", finding.Message);
    }

    [Fact]
    public void Combined_flag_span_survives_a_continuation()
        => Verify(Id, "FROM debian:12\nRUN apt-get update \\\n && curl [|-fsSLk|] \\\n    https://x.example/a -o a\n");

    [Fact]
    public void Env_span_covers_key_and_value_across_lines()
        => Verify(Id, "FROM node:20\nENV A=1 \\\n    [|NODE_TLS_REJECT_UNAUTHORIZED=0|]\n");

    [Fact]
    public void Fires_inside_a_command_substitution()
        => Verify(Id, "FROM debian:12\nRUN V=\"$(curl [|-sk|] https://x.example/version)\" && echo $V\n");

    [Fact]
    public void Fires_in_a_heredoc_script()
        => Verify(Id, "# syntax=docker/dockerfile:1\nFROM debian:12\nRUN <<EOF\nset -e\nwget [|--no-check-certificate|] https://x.example/a\nEOF\n");

    [Fact]
    public void Fires_on_curl_exe_in_a_windows_image()
        => Verify(Id, "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN curl.exe [|-k|] -o C:\\tool.zip https://x.example/tool.zip\n");

    [Fact]
    public void Fires_on_a_repository_file_written_from_a_heredoc()
        => Verify(Id, "# syntax=docker/dockerfile:1\nFROM fedora:40\nRUN cat <<EOF > /etc/yum.repos.d/x.repo\n[x]\nbaseurl=https://r.example\n[|gpgcheck=0|]\nrepo_gpgcheck=0\nEOF\nCOPY <<EOF /etc/apt/sources.list.d/x.list\ndeb [[|trusted=yes|]] http://repo.example/ ./\nEOF\n");

    [Fact]
    public void Fires_once_on_a_heredoc_of_an_onbuild_trigger()
        => Verify(Id, "# syntax=docker/dockerfile:1\nFROM fedora:40\nONBUILD RUN cat <<EOF > /etc/yum.repos.d/x.repo\n[|gpgcheck=0|]\nEOF\n");

    [Fact]
    public void A_heredoc_with_checks_on_is_silent()
        => VerifySilent(Id, "# syntax=docker/dockerfile:1\nFROM fedora:40\nRUN cat <<EOF > /etc/yum.repos.d/x.repo\n[x]\nbaseurl=https://r.example\ngpgcheck=1\nEOF\n");

    [Fact]
    public void Fires_in_an_onbuild_trigger()
        => Verify(Id, "FROM debian:12\nONBUILD RUN curl [|-k|] https://x.example/a\n");

    [Theory]
    [InlineData("FROM debian:12\nRUN curl -fsSL https://x.example/a -o a\n")]
    [InlineData("FROM debian:12\nRUN curl -fsSLo /tmp/k https://x.example/a\n")]
    [InlineData("FROM debian:12\nRUN curl -H 'X-Key: k' https://x.example/a\n")]
    [InlineData("FROM debian:12\nRUN curl -o -k https://x.example/a\n")]
    [InlineData("FROM debian:12\nRUN wget -qO- https://x.example/a\n")]
    [InlineData("FROM debian:12\nRUN git config --global http.sslVerify true\n")]
    [InlineData("FROM debian:12\nRUN git -c http.sslVerify=true clone https://x.example/r.git\n")]
    [InlineData("FROM debian:12\nRUN npm config set strict-ssl true\n")]
    [InlineData("FROM debian:12\nENV GIT_SSL_NO_VERIFY=\n")]
    [InlineData("FROM debian:12\nARG GIT_SSL_NO_VERIFY\n")]
    [InlineData("FROM node:20\nENV NODE_TLS_REJECT_UNAUTHORIZED=1\n")]
    [InlineData("FROM fedora:40\nRUN echo 'repo_gpgcheck=0' >> /etc/yum.repos.d/x.repo\n")]
    [InlineData("FROM fedora:40\nRUN dnf install -y --setopt=gpgcheck=1 x\n")]
    [InlineData("FROM fedora:40\nRUN sed -i 's/gpgcheck=0/gpgcheck=1/' /etc/yum.repos.d/x.repo\n")]
    [InlineData("FROM fedora:40\nRUN sed -i '/gpgcheck=0/d' /etc/yum.repos.d/x.repo\n")]
    [InlineData("FROM debian:12\nRUN echo \"deb [signed-by=/usr/share/keyrings/x.gpg] https://repo.example/ stable main\" > /etc/apt/sources.list.d/x.list\n")]
    [InlineData("FROM debian:12\nRUN apt-get install -y --no-install-recommends x\n")]
    [InlineData("FROM alpine:3.20\nRUN apk add --no-cache curl\n")]
    [InlineData("FROM debian:12\nRUN echo \"use curl -k only for testing\"\n")]
    [InlineData("FROM debian:12\n# containerguard ignore=CG4052\nRUN curl -k https://x.example/a\n")]
    public void Silent(string dockerfile) => VerifySilent(Id, dockerfile);
}
