using ContainerGuard.Analyzers.Tests.Infrastructure;
using Verify = ContainerGuard.Analyzers.Tests.Infrastructure.SdkVerifier<ContainerGuard.Analyzers.DockerDotNet.DockerDotNetAnalyzer>;

namespace ContainerGuard.Analyzers.Tests.DockerDotNet;

public class CG3026RunAsRootTests
{
    public static TheoryData<DockerPackage> Packages => SdkReferences.DockerPackages;

    [Theory]
    [MemberData(nameof(Packages))]
    public Task Root_users_fire(DockerPackage package) => Verify.VerifyDockerRuleAsync("CG3026", package, """
        using Docker.DotNet.Models;
        class C
        {
            void M(CreateContainerParameters parameters)
            {
                var a = new CreateContainerParameters { Image = "contoso.azurecr.io/app:1.0", User = {|CG3026:"root"|} };
                parameters.User = {|CG3026:"0:0"|};
            }
        }
        """);

    [Fact]
    public Task Config_of_Docker_DotNet_3_fires() => Verify.VerifyDockerRuleAsync("CG3026", DockerPackage.DockerDotNet3_125_15, """
        using Docker.DotNet.Models;
        class C
        {
            Config M() => new Config { User = {|CG3026:"root:root"|} };
        }
        """);

    [Theory]
    [InlineData(DockerPackage.Enhanced4_3_3)]
    [InlineData(DockerPackage.Enhanced4_4_1)]
    public Task ContainerConfig_of_Docker_DotNet_Enhanced_fires(DockerPackage package) => Verify.VerifyDockerRuleAsync("CG3026", package, """
        using Docker.DotNet.Models;
        class C
        {
            ContainerConfig M() => new ContainerConfig { User = {|CG3026:"0"|} };
        }
        """);

    [Theory]
    [MemberData(nameof(Packages))]
    public Task Non_root_and_unset_users_are_silent(DockerPackage package) => Verify.VerifyDockerRuleAsync("CG3026", package, """
        using Docker.DotNet.Models;
        class C
        {
            void M(string user)
            {
                var a = new CreateContainerParameters { User = "1000:1000" };
                var b = new CreateContainerParameters { User = "app" };
                var c = new CreateContainerParameters { User = user };
                var d = new CreateContainerParameters { User = "" };
                var e = new ContainerExecCreateParameters { User = "root" };
            }
        }
        """);
}
