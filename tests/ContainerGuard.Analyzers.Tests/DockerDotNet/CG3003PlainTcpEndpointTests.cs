using ContainerGuard.Analyzers.Tests.Infrastructure;
using Verify = ContainerGuard.Analyzers.Tests.Infrastructure.SdkVerifier<ContainerGuard.Analyzers.DockerDotNet.DockerDotNetAnalyzer>;

namespace ContainerGuard.Analyzers.Tests.DockerDotNet;

/// <summary>Docker.DotNet 3.x builds clients with DockerClientConfiguration, Docker.DotNet.Enhanced 4.x with DockerClientBuilder.</summary>
public class CG3003PlainTcpEndpointTests
{
    [Fact]
    public Task Configuration_without_TLS_fires_on_Docker_DotNet_3() => Verify.VerifyDockerRuleAsync("CG3003", DockerPackage.DockerDotNet3_125_15, """
        using System;
        using Docker.DotNet;
        class C
        {
            private static readonly Uri Remote = new Uri("tcp://build-agent-7:2375");
            void M()
            {
                var a = new DockerClientConfiguration({|CG3003:new Uri("tcp://10.0.0.5:2375")|}).CreateClient();
                var b = new DockerClientConfiguration({|CG3003:Remote|}, new AnonymousCredentials());
                Credentials none = null!;
                var c = new DockerClientConfiguration({|CG3003:new Uri("http://docker.contoso.com:2375")|}, none);
            }
        }
        """);

    [Fact]
    public Task TLS_loopback_sockets_and_unknown_credentials_are_silent_on_Docker_DotNet_3() => Verify.VerifyDockerRuleAsync("CG3003", DockerPackage.DockerDotNet3_125_15, """
        using System;
        using Docker.DotNet;
        class C
        {
            void M(Credentials fromConfiguration, Uri endpoint)
            {
                var a = new DockerClientConfiguration(new Uri("tcp://localhost:2375"));
                var b = new DockerClientConfiguration(new Uri("unix:///var/run/docker.sock"));
                var c = new DockerClientConfiguration(new Uri("tcp://10.0.0.5:2376"), fromConfiguration);
                var e = new DockerClientConfiguration(new Uri("https://docker.contoso.com:2376"));
                var f = new DockerClientConfiguration(endpoint);
                var g = new DockerClientConfiguration(new Uri("tcp://127.0.0.1:2375"));
            }
        }
        """);

    [Theory]
    [InlineData(DockerPackage.Enhanced4_3_3)]
    [InlineData(DockerPackage.Enhanced4_4_1)]
    public Task Builder_without_an_auth_provider_fires_on_Docker_DotNet_Enhanced(DockerPackage package) => Verify.VerifyDockerRuleAsync("CG3003", package, """
        using System;
        using Docker.DotNet;
        class C
        {
            DockerClient M(string host)
            {
                var endpoint = new Uri("tcp://10.0.0.5:2375");
                var a = new DockerClientBuilder().WithEndpoint({|CG3003:endpoint|}).Build();
                var builder = new DockerClientBuilder();
                builder.WithEndpoint({|CG3003:new Uri("http://docker.contoso.com:2375")|});
                return new DockerClientBuilder().WithTimeout(TimeSpan.FromSeconds(5)).WithEndpoint({|CG3003:new Uri("tcp://remote:2375")|}).Build();
            }
        }
        """);

    [Theory]
    [InlineData(DockerPackage.Enhanced4_3_3)]
    [InlineData(DockerPackage.Enhanced4_4_1)]
    public Task Builder_with_an_auth_provider_loopback_or_unknown_is_silent_on_Docker_DotNet_Enhanced(DockerPackage package) => Verify.VerifyDockerRuleAsync("CG3003", package, """
        using System;
        using Docker.DotNet;
        using Docker.DotNet.Handler.Abstractions;
        class C
        {
            void M(IAuthProvider tls, Uri endpoint, DockerClientBuilder shared)
            {
                var a = new DockerClientBuilder().WithEndpoint(new Uri("tcp://10.0.0.5:2376")).WithAuthProvider(tls).Build();
                var b = new DockerClientBuilder().WithEndpoint(new Uri("tcp://localhost:2375")).Build();
                var c = new DockerClientBuilder().WithEndpoint(endpoint).Build();
                var d = shared.WithEndpoint(new Uri("tcp://10.0.0.5:2375")).Build();
                var builder = new DockerClientBuilder();
                builder.WithAuthProvider(tls);
                builder.WithEndpoint(new Uri("tcp://10.0.0.5:2376"));
            }
        }
        """);
}
