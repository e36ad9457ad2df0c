using System.Text;
using ContainerGuard.Analyzers.ContainerInstance;
using ContainerGuard.Analyzers.DockerDotNet;
using ContainerGuard.Analyzers.Tests.Infrastructure;

namespace ContainerGuard.Analyzers.Tests;

/// <summary>Broken, partial, recursive and huge code through the SDK analyzers: no AD0001, no hang, only the planted findings.</summary>
public class SdkRobustnessTests
{
    public static TheoryData<DockerPackage> Packages => SdkReferences.DockerPackages;

    [Theory]
    [MemberData(nameof(Packages))]
    public async Task Broken_and_partial_Docker_code_does_not_break_the_analyzer(DockerPackage package)
    {
        const string source = """
            using System.Collections.Generic;
            using Docker.DotNet;
            using Docker.DotNet.Models;
            class C
            {
                void M(HostConfig h)
                {
                    var a = new HostConfig { Privileged = , CapAdd = new List<string> { "SYS_ADMIN", , Binds = { "/var/run/docker.sock:/x" } };
                    h.NetworkMode = ;
                    h.Binds.Add();
                    h.Binds.Add("/etc:/e", "extra");
                    var p = new CreateContainerParameters(null) { Image = Unknown.Image, User = 0 };
                    var q = new CreateContainerParameters { Env = new List<string> { "DB_PASSWORD=", "=x", "", null } };
                    new ImagesCreateParameters { FromImage = "", Tag = };
                    var b = new DockerClientBuilder(;
                    h.SecurityOpt = new[] { 1, 2 };
                    h.PidMode = $"{undefined}";
                    h.CapAdd = [.. h.CapAdd, "NET_ADMIN", .. Missing()];
            """;
        var diagnostics = await SdkVerifier<DockerDotNetAnalyzer>.GetDiagnosticsAsync(source, SdkReferences.Docker(package));
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }

    [Fact]
    public async Task Broken_and_partial_ACI_code_does_not_break_the_analyzer()
    {
        const string source = """
            using Azure;
            using Azure.Core;
            using Azure.ResourceManager.ContainerInstance;
            using Azure.ResourceManager.ContainerInstance.Models;
            class C
            {
                void M(ContainerGroupCollection groups)
                {
                    var env = new ContainerEnvironmentVariable() { Value = "x" };
                    var env2 = new ContainerEnvironmentVariable(null!) { Value = };
                    var ip = new ContainerGroupIPAddress(null, "Public") { Ports = { new ContainerGroupPort() } };
                    var group = new ContainerGroupData(AzureLocation.WestEurope, null) { IPAddress = ip, SubnetIds = };
                    groups.CreateOrUpdate(WaitUntil.Completed, "g", );
                    groups.CreateOrUpdate(data: group);
                    var sc = new ContainerSecurityContextDefinition { RunAsUser = "0", IsPrivileged = 1 };
                    var ext = new DeploymentExtensionSpec("x") { Settings = BinaryData.FromString("{\"password\": ") };
            """;
        var diagnostics = await SdkVerifier<ContainerInstanceAnalyzer>.GetDiagnosticsAsync(source, SdkReferences.ContainerInstance);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public async Task Recursion_self_assignment_and_cycles_end(DockerPackage package)
    {
        const string source = """
            using System.Collections.Generic;
            using Docker.DotNet.Models;
            class C
            {
                static string Mode(int n) => n == 0 ? "host" : Mode(n - 1);
                static string Ping(string s) => Pong(s);
                static string Pong(string s) => Ping(s);
                static List<string> Grow(List<string> l) => l.Count > 9 ? new List<string> { "SYS_ADMIN" } : Grow(l);
                void M(bool b)
                {
                    var mode = "bridge";
                    mode = mode + mode;
                    mode = b ? mode : "host";
                    var h = new HostConfig { NetworkMode = mode, PidMode = Mode(3), IpcMode = Ping("host") };
                    var caps = new List<string>();
                    caps = caps;
                    caps.AddRange(caps);
                    h.CapAdd = Grow(caps);
                }
            }
            """;
        var diagnostics = await SdkVerifier<DockerDotNetAnalyzer>.GetDiagnosticsAsync(source, SdkReferences.Docker(package));
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        Assert.Contains(diagnostics, d => d.Id == "CG3010"); // mode can be "host" through the conditional
        Assert.Contains(diagnostics, d => d.Id == "CG3023"); // Mode(3) returns "host" on one path
        Assert.Contains(diagnostics, d => d.Id == "CG3021"); // Grow returns a list with SYS_ADMIN on one path
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public async Task A_large_file_reports_exactly_the_planted_findings(DockerPackage package)
    {
        var source = new StringBuilder("using System.Collections.Generic;\nusing Docker.DotNet.Models;\nclass Big\n{\n    void M(string x)\n    {\n        var binds = new List<string>();\n");
        for (var i = 0; i < 2000; i++)
        {
            source.Append("        var h").Append(i).Append(" = new HostConfig { NetworkMode = \"bridge\", Memory = ").Append(i)
                .Append(", Binds = new List<string> { \"/srv/app").Append(i).Append(":/data\", x + \":/y\" } };\n");
            source.Append("        binds.Add(\"/srv/data").Append(i).Append(":/d").Append(i).Append("\");\n");
        }

        for (var i = 0; i < 25; i++)
        {
            source.Append("        var p").Append(i).Append(" = new HostConfig { Privileged = true };\n");
        }

        // A long concatenation chain and a deep conditional.
        source.Append("        var mode = \"a\"");
        for (var i = 0; i < 2000; i++)
        {
            source.Append(" + x");
        }

        source.Append(";\n        var deep = ");
        for (var i = 0; i < 200; i++)
        {
            source.Append("x == \"").Append(i).Append("\" ? \"bridge").Append(i).Append("\" : ");
        }

        source.Append("\"host\";\n        var last = new HostConfig { NetworkMode = mode, PidMode = deep, Binds = binds };\n    }\n}\n");
        var diagnostics = await SdkVerifier<DockerDotNetAnalyzer>.GetDiagnosticsAsync(source.ToString(), SdkReferences.Docker(package));
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        Assert.Equal(25, diagnostics.Count(d => d.Id == "CG3020"));
        Assert.DoesNotContain(diagnostics, d => d.Id is "CG3010" or "CG3024");
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public async Task No_secret_value_appears_in_a_message(DockerPackage package)
    {
        const string source = """
            using System.Collections.Generic;
            using Docker.DotNet.Models;
            class C
            {
                void M()
                {
                    var a = new AuthConfig { Password = "Zq8Wx3Lm9Kt2Rv7N" };
                    var p = new CreateContainerParameters { Env = new List<string> { "DB_PASSWORD=Yp4Hs8Jd2Nf6Gq1M", "JAVA_OPTS=-Ddb.password=Wm5Tc9Rb3Xv7Kp2L" } };
                }
            }
            """;
        var diagnostics = await SdkVerifier<DockerDotNetAnalyzer>.GetDiagnosticsAsync(source, SdkReferences.Docker(package));
        Assert.Equal(3, diagnostics.Count(d => d.Id is "CG3001" or "CG3002"));
        foreach (var secret in new[] { "Zq8Wx3Lm9Kt2Rv7N", "Yp4Hs8Jd2Nf6Gq1M", "Wm5Tc9Rb3Xv7Kp2L" })
        {
            Assert.DoesNotContain(diagnostics, d => d.GetMessage().Contains(secret, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_compilation_without_the_SDKs_gets_nothing_registered()
    {
        // No SDK referenced: the family analyzers stop at compilation start (no operation callback runs).
        var source = "class C { void M() { var h = new System.Collections.Generic.List<string> { \"/var/run/docker.sock:/x\" }; } }";
        Assert.Empty(await SdkVerifier<DockerDotNetAnalyzer>.GetDiagnosticsAsync(source, System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.MetadataReference>.Empty));
        Assert.Empty(await SdkVerifier<ContainerInstanceAnalyzer>.GetDiagnosticsAsync(source, System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.MetadataReference>.Empty));
        Assert.Null(DockerTypes.For(Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create("x")));
        Assert.Null(ContainerInstanceTypes.For(Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create("x")));
    }
}
