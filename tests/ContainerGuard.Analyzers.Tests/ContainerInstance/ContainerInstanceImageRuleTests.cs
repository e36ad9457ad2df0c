using ContainerGuard.Analyzers.ContainerInstance;
using ContainerGuard.Analyzers.Tests.Infrastructure;

namespace ContainerGuard.Analyzers.Tests.ContainerInstance;

public class CG2030ImageFromDockerHubTests
{
    [Fact]
    public Task Docker_Hub_images_of_containers_and_init_containers_fire() => SdkVerifier<ContainerInstanceAnalyzer>.VerifyAciRuleAsync("CG2030", """
        using Azure.ResourceManager.ContainerInstance.Models;
        class C
        {
            const string Image = "nginx:1.27-alpine";
            void M(ContainerResourceRequirements resources)
            {
                var a = new ContainerInstanceContainer("web", {|CG2030:Image|}, resources);
                var b = new ContainerInstanceContainer("job") { Image = {|CG2030:"docker.io/library/busybox:1.36"|} };
                var init = new InitContainerDefinitionContent("init") { Image = {|CG2030:"alpine:3.20"|} };
                var ok = new ContainerInstanceContainer("app", "contoso.azurecr.io/app:1.4.2", resources);
            }
        }
        """);
}

public class CG2031ImageFromPublicRegistryTests
{
    [Fact]
    public Task Public_registries_fire() => SdkVerifier<ContainerInstanceAnalyzer>.VerifyAciRuleAsync("CG2031", """
        using Azure.ResourceManager.ContainerInstance.Models;
        class C
        {
            void M(ContainerResourceRequirements resources, string image)
            {
                var a = new ContainerInstanceContainer("hello", {|CG2031:"mcr.microsoft.com/azuredocs/aci-helloworld:latest"|}, resources);
                var b = new ContainerInstanceContainer("app", image, resources);
                var c = new ContainerInstanceContainer("app", "contoso.azurecr.io/app:1.4.2", resources);
            }
        }
        """);
}

public class CG2032RegistryNotApprovedTests
{
    [Fact]
    public Task Registries_off_the_approved_list_fire() => SdkVerifier<ContainerInstanceAnalyzer>.VerifyAciRuleAsync("CG2032", """
        using Azure.ResourceManager.ContainerInstance.Models;
        class C
        {
            void M(ContainerResourceRequirements resources)
            {
                var a = new ContainerInstanceContainer("app", {|CG2032:"fabrikam.azurecr.io/app:1.0"|}, resources);
                var b = new ContainerInstanceContainer("app", "contoso.azurecr.io/app:1.0", resources);
            }
        }
        """, ("/0/containerguard.json", """{ "approvedRegistries": ["contoso.azurecr.io"] }"""));
}

public class CG2033ImageNotApprovedTests
{
    [Fact]
    public Task Images_off_the_approved_list_fire() => SdkVerifier<ContainerInstanceAnalyzer>.VerifyAciRuleAsync("CG2033", """
        using Azure.ResourceManager.ContainerInstance.Models;
        class C
        {
            void M(ContainerResourceRequirements resources)
            {
                var a = new ContainerInstanceContainer("app", {|CG2033:"contoso.azurecr.io/tools/debug:1.0"|}, resources);
                var b = new ContainerInstanceContainer("app", "contoso.azurecr.io/base/runtime:1.0", resources);
            }
        }
        """, ("/0/containerguard.json", """{ "approvedBaseImages": ["contoso.azurecr.io/base/*"] }"""));
}

public class CG2034MovingTagTests
{
    [Fact]
    public Task Latest_and_untagged_images_fire() => SdkVerifier<ContainerInstanceAnalyzer>.VerifyAciRuleAsync("CG2034", """
        using Azure.ResourceManager.ContainerInstance.Models;
        class C
        {
            static string Tagged(string tag) => "contoso.azurecr.io/app:" + tag;
            void M(ContainerResourceRequirements resources)
            {
                var a = new ContainerInstanceContainer("app", {|CG2034:"contoso.azurecr.io/app"|}, resources);
                var b = new ContainerInstanceContainer("app", {|CG2034:Tagged("latest")|}, resources);
                var c = new ContainerInstanceContainer("app", "contoso.azurecr.io/app:1.4.2", resources);
            }
        }
        """);
}

public class CG2035MissingDigestTests
{
    [Fact]
    public Task Tags_without_a_digest_fire() => SdkVerifier<ContainerInstanceAnalyzer>.VerifyAciRuleAsync("CG2035", """
        using Azure.ResourceManager.ContainerInstance.Models;
        class C
        {
            void M(ContainerResourceRequirements resources)
            {
                var a = new ContainerInstanceContainer("app", {|CG2035:"contoso.azurecr.io/app:1.4.2"|}, resources);
                var b = new ContainerInstanceContainer("app", "contoso.azurecr.io/app@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", resources);
            }
        }
        """);
}

public class CG2036FullDistributionTests
{
    [Fact]
    public Task Full_distributions_fire() => SdkVerifier<ContainerInstanceAnalyzer>.VerifyAciRuleAsync("CG2036", """
        using Azure.ResourceManager.ContainerInstance.Models;
        class C
        {
            void M(ContainerResourceRequirements resources)
            {
                var a = new ContainerInstanceContainer("app", {|CG2036:"contoso.azurecr.io/mirror/debian:12"|}, resources);
                var b = new ContainerInstanceContainer("app", "mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled", resources);
            }
        }
        """);
}

public class CG2037EndOfLifeTests
{
    [Fact]
    public Task End_of_life_images_fire() => SdkVerifier<ContainerInstanceAnalyzer>.VerifyAciRuleAsync("CG2037", """
        using Azure.ResourceManager.ContainerInstance.Models;
        class C
        {
            void M(ContainerResourceRequirements resources)
            {
                var a = new ContainerInstanceContainer("app", {|CG2037:"python:3.8-slim"|}, resources);
                var b = new ContainerInstanceContainer("app", "mcr.microsoft.com/dotnet/aspnet:10.0-alpine", resources);
            }
        }
        """);
}
