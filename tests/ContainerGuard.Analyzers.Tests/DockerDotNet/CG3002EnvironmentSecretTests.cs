using ContainerGuard.Analyzers.Tests.Infrastructure;
using Verify = ContainerGuard.Analyzers.Tests.Infrastructure.SdkVerifier<ContainerGuard.Analyzers.DockerDotNet.DockerDotNetAnalyzer>;

namespace ContainerGuard.Analyzers.Tests.DockerDotNet;

public class CG3002EnvironmentSecretTests
{
    public static TheoryData<DockerPackage> Packages => SdkReferences.DockerPackages;

    [Theory]
    [MemberData(nameof(Packages))]
    public Task Literal_secrets_in_environment_entries_fire(DockerPackage package) => Verify.VerifyDockerRuleAsync("CG3002", package, """
        using System.Collections.Generic;
        using Docker.DotNet.Models;
        class C
        {
            const string Password = "Qv7-Lm2Xk9";
            void M(CreateContainerParameters parameters)
            {
                var a = new CreateContainerParameters { Env = new List<string> { {|CG3002:"DB_PASSWORD=Pr0d-pw-41"|}, "ASPNETCORE_URLS=http://+:8080" } };
                parameters.Env = new List<string> { {|CG3002:"JAVA_OPTS=-Xmx1g -Ddb.password=Qv7Lm2Xk9Pz4"|} };
                var env = new List<string>();
                env.Add({|CG3002:$"API_TOKEN={"k3y9f8e7d6c5b4a3"}"|});
                var exec = new ContainerExecCreateParameters { Env = env };
            }
        }
        """);

    [Theory]
    [MemberData(nameof(Packages))]
    public Task Values_from_outside_placeholders_and_names_only_are_silent(DockerPackage package) => Verify.VerifyDockerRuleAsync("CG3002", package, """
        using System.Collections.Generic;
        using Docker.DotNet.Models;
        class C
        {
            void M(string password)
            {
                var a = new CreateContainerParameters
                {
                    Env = new List<string> { "DB_PASSWORD=" + password, "DB_PASSWORD", "DB_PASSWORD=${DB_PASSWORD}", "DB_PASSWORD_FILE=/run/secrets/db", "LOG_LEVEL=debug" },
                };
            }
        }
        """);
}
