using ContainerGuard.Analyzers.DockerDotNet;
using ContainerGuard.Analyzers.Tests.Infrastructure;

namespace ContainerGuard.Analyzers.Tests.DockerDotNet;

public class CG3030ImageFromDockerHubTests
{
    public static TheoryData<DockerPackage> Packages => SdkReferences.DockerPackages;

    [Theory]
    [MemberData(nameof(Packages))]
    public Task Docker_Hub_images_fire_for_containers_and_pulls(DockerPackage package) => SdkVerifier<DockerDotNetAnalyzer>.VerifyDockerRuleAsync("CG3030", package, """
        using Docker.DotNet.Models;
        class C
        {
            const string Redis = "redis:7.2";
            void M(CreateContainerParameters p)
            {
                var a = new CreateContainerParameters { Image = {|CG3030:"nginx:1.27-alpine"|} };
                p.Image = {|CG3030:Redis|};
                var pull = new ImagesCreateParameters { FromImage = {|CG3030:"docker.io/library/postgres"|}, Tag = "16.4" };
            }
        }
        """);

    [Theory]
    [MemberData(nameof(Packages))]
    public Task Private_registries_and_unknown_images_are_silent(DockerPackage package) => SdkVerifier<DockerDotNetAnalyzer>.VerifyDockerRuleAsync("CG3030", package, """
        using Docker.DotNet.Models;
        class C
        {
            void M(string image)
            {
                var a = new CreateContainerParameters { Image = "contoso.azurecr.io/app:1.4.2" };
                var b = new CreateContainerParameters { Image = image };
                var c = new CreateContainerParameters { Image = "mcr.microsoft.com/dotnet/aspnet:10.0" };
            }
        }
        """);

    [Theory]
    [MemberData(nameof(Packages))]
    public Task Approved_registries_from_containerguard_json_replace_the_Docker_Hub_verdict(DockerPackage package) => SdkVerifier<DockerDotNetAnalyzer>.VerifyDockerRuleAsync("CG3032", package, """
        using Docker.DotNet.Models;
        class C
        {
            void M()
            {
                var a = new CreateContainerParameters { Image = {|CG3032:"nginx:1.27"|} };
                var b = new CreateContainerParameters { Image = "contoso.azurecr.io/app:1.4.2" };
            }
        }
        """, ("/0/containerguard.json", """{ "approvedRegistries": ["contoso.azurecr.io"] }"""));
}

public class CG3031ImageFromPublicRegistryTests
{
    [Theory]
    [MemberData(nameof(CG3030ImageFromDockerHubTests.Packages), MemberType = typeof(CG3030ImageFromDockerHubTests))]
    public Task Other_public_registries_fire(DockerPackage package) => SdkVerifier<DockerDotNetAnalyzer>.VerifyDockerRuleAsync("CG3031", package, """
        using Docker.DotNet.Models;
        class C
        {
            void M()
            {
                var a = new CreateContainerParameters { Image = {|CG3031:"mcr.microsoft.com/dotnet/aspnet:10.0"|} };
                var b = new CreateContainerParameters { Image = {|CG3031:"ghcr.io/contoso/app:1.0"|} };
                var c = new CreateContainerParameters { Image = "nginx:1.27" };
                var d = new CreateContainerParameters { Image = "contoso.azurecr.io/app:1.0" };
            }
        }
        """);
}

public class CG3032RegistryNotApprovedTests
{
    [Theory]
    [MemberData(nameof(CG3030ImageFromDockerHubTests.Packages), MemberType = typeof(CG3030ImageFromDockerHubTests))]
    public Task Registries_off_the_list_fire_and_no_list_is_silent(DockerPackage package) => SdkVerifier<DockerDotNetAnalyzer>.VerifyDockerRuleAsync("CG3032", package, """
        using Docker.DotNet.Models;
        class C
        {
            void M()
            {
                var a = new CreateContainerParameters { Image = "ghcr.io/contoso/app:1.0" };
            }
        }
        """);
}

public class CG3033ImageNotApprovedTests
{
    [Theory]
    [MemberData(nameof(CG3030ImageFromDockerHubTests.Packages), MemberType = typeof(CG3030ImageFromDockerHubTests))]
    public Task Images_off_the_list_fire(DockerPackage package) => SdkVerifier<DockerDotNetAnalyzer>.VerifyDockerRuleAsync("CG3033", package, """
        using Docker.DotNet.Models;
        class C
        {
            void M()
            {
                var a = new CreateContainerParameters { Image = {|CG3033:"contoso.azurecr.io/tools/debug:1.0"|} };
                var b = new CreateContainerParameters { Image = "contoso.azurecr.io/base/runtime:1.0" };
            }
        }
        """, ("/0/containerguard.json", """{ "approvedBaseImages": ["contoso.azurecr.io/base/*"] }"""));
}

public class CG3034MovingTagTests
{
    [Theory]
    [MemberData(nameof(CG3030ImageFromDockerHubTests.Packages), MemberType = typeof(CG3030ImageFromDockerHubTests))]
    public Task Latest_and_untagged_images_and_pulls_fire(DockerPackage package) => SdkVerifier<DockerDotNetAnalyzer>.VerifyDockerRuleAsync("CG3034", package, """
        using Docker.DotNet.Models;
        class C
        {
            void M(string tag)
            {
                var a = new CreateContainerParameters { Image = {|CG3034:"contoso.azurecr.io/app:latest"|} };
                var b = new CreateContainerParameters { Image = {|CG3034:"contoso.azurecr.io/app"|} };
                var pull = new ImagesCreateParameters { FromImage = {|CG3034:"contoso.azurecr.io/app"|} };
                var latest = new ImagesCreateParameters { FromImage = {|CG3034:"contoso.azurecr.io/app"|}, Tag = "latest" };
                var pinned = new ImagesCreateParameters { FromImage = "contoso.azurecr.io/app", Tag = "1.4.2" };
                var unknown = new ImagesCreateParameters { FromImage = "contoso.azurecr.io/app", Tag = tag };
                var c = new CreateContainerParameters { Image = "contoso.azurecr.io/app:1.4.2" };
            }
        }
        """);
}

public class CG3035MissingDigestTests
{
    [Theory]
    [MemberData(nameof(CG3030ImageFromDockerHubTests.Packages), MemberType = typeof(CG3030ImageFromDockerHubTests))]
    public Task Tagged_images_without_a_digest_fire(DockerPackage package) => SdkVerifier<DockerDotNetAnalyzer>.VerifyDockerRuleAsync("CG3035", package, """
        using Docker.DotNet.Models;
        class C
        {
            void M()
            {
                var a = new CreateContainerParameters { Image = {|CG3035:"contoso.azurecr.io/app:1.4.2"|} };
                var b = new CreateContainerParameters { Image = "contoso.azurecr.io/app:1.4.2@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef" };
            }
        }
        """);
}

public class CG3036FullDistributionTests
{
    [Theory]
    [MemberData(nameof(CG3030ImageFromDockerHubTests.Packages), MemberType = typeof(CG3030ImageFromDockerHubTests))]
    public Task Full_distributions_fire(DockerPackage package) => SdkVerifier<DockerDotNetAnalyzer>.VerifyDockerRuleAsync("CG3036", package, """
        using Docker.DotNet.Models;
        class C
        {
            void M()
            {
                var a = new CreateContainerParameters { Image = {|CG3036:"contoso.azurecr.io/mirror/ubuntu:24.04"|} };
                var b = new CreateContainerParameters { Image = "mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled" };
                var c = new CreateContainerParameters { Image = "contoso.azurecr.io/mirror/alpine:3.20" };
            }
        }
        """);
}

public class CG3037EndOfLifeTests
{
    [Theory]
    [MemberData(nameof(CG3030ImageFromDockerHubTests.Packages), MemberType = typeof(CG3030ImageFromDockerHubTests))]
    public Task End_of_life_runtimes_and_distributions_fire(DockerPackage package) => SdkVerifier<DockerDotNetAnalyzer>.VerifyDockerRuleAsync("CG3037", package, """
        using Docker.DotNet.Models;
        class C
        {
            void M()
            {
                var a = new CreateContainerParameters { Image = {|CG3037:"node:14-alpine"|} };
                var b = new CreateContainerParameters { Image = {|CG3037:"mcr.microsoft.com/dotnet/aspnet:6.0"|} };
                var c = new CreateContainerParameters { Image = "mcr.microsoft.com/dotnet/aspnet:10.0" };
            }
        }
        """);
}
