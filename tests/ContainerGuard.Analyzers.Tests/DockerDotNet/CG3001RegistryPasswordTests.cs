using ContainerGuard.Analyzers.Tests.Infrastructure;
using Verify = ContainerGuard.Analyzers.Tests.Infrastructure.SdkVerifier<ContainerGuard.Analyzers.DockerDotNet.DockerDotNetAnalyzer>;

namespace ContainerGuard.Analyzers.Tests.DockerDotNet;

public class CG3001RegistryPasswordTests
{
    public static TheoryData<DockerPackage> Packages => SdkReferences.DockerPackages;

    [Theory]
    [MemberData(nameof(Packages))]
    public Task Literal_registry_secrets_fire(DockerPackage package) => Verify.VerifyDockerRuleAsync("CG3001", package, """
        using Docker.DotNet.Models;
        class C
        {
            private static readonly string RegistrySecret = "Kq8-registry-Pw-2";
            void M(AuthConfig auth)
            {
                var a = new AuthConfig { ServerAddress = "contoso.azurecr.io", Username = "pull", Password = {|CG3001:"Tr0ub4dor-registry"|} };
                auth.IdentityToken = {|CG3001:"eyJhbGciOi-not-a-jwt-Zk39dj"|};
                auth.Password = {|CG3001:RegistrySecret|};
            }
        }
        """);

    [Theory]
    [MemberData(nameof(Packages))]
    public Task Secrets_read_at_run_time_and_placeholders_are_silent(DockerPackage package) => Verify.VerifyDockerRuleAsync("CG3001", package, """
        using System;
        using Docker.DotNet.Models;
        class C
        {
            void M(string token)
            {
                var a = new AuthConfig { Username = "pull", Password = Environment.GetEnvironmentVariable("REGISTRY_PASSWORD") };
                var b = new AuthConfig { Password = "<password>", IdentityToken = token };
                var c = new AuthConfig { Password = "" };
            }
        }
        """);

    [Theory]
    [MemberData(nameof(Packages))]
    public async Task CG1001_leaves_AuthConfig_to_CG3001(DockerPackage package)
    {
        const string source = """
            using Docker.DotNet.Models;
            class C
            {
                AuthConfig M() => new AuthConfig { Username = "pull", Password = "Tr0ub4dor-registry" };
            }
            """;
        Assert.Empty(await SdkVerifier<ContainerGuard.Analyzers.Credentials.CG1001HardCodedCredentialAnalyzer>.GetDiagnosticsAsync(source, SdkReferences.Docker(package)));
        Assert.Empty(await SdkVerifier<ContainerGuard.Analyzers.Credentials.CG1003CredentialTypeWithLiteralSecretAnalyzer>.GetDiagnosticsAsync(source, SdkReferences.Docker(package)));
    }
}
