using ContainerGuard.Analyzers.Tests.Infrastructure;
using Verify = ContainerGuard.Analyzers.Tests.Infrastructure.SdkVerifier<ContainerGuard.Analyzers.DockerDotNet.DockerDotNetAnalyzer>;

namespace ContainerGuard.Analyzers.Tests.DockerDotNet;

public class CG3025HostDeviceTests
{
    public static TheoryData<DockerPackage> Packages => SdkReferences.DockerPackages;

    [Theory]
    [MemberData(nameof(Packages))]
    public Task Devices_fire(DockerPackage package) => Verify.VerifyDockerRuleAsync("CG3025", package, """
        using System.Collections.Generic;
        using Docker.DotNet.Models;
        class C
        {
            void M(HostConfig host, DeviceMapping fromConfiguration)
            {
                var a = new HostConfig { Devices = new List<DeviceMapping> { {|CG3025:new DeviceMapping { PathOnHost = "/dev/sda", PathInContainer = "/dev/sda", CgroupPermissions = "rwm" }|} } };
                host.Devices.Add({|CG3025:fromConfiguration|});
            }
        }
        """);

    [Theory]
    [MemberData(nameof(Packages))]
    public Task No_devices_is_silent(DockerPackage package) => Verify.VerifyDockerRuleAsync("CG3025", package, """
        using System.Collections.Generic;
        using Docker.DotNet.Models;
        class C
        {
            void M()
            {
                var a = new HostConfig { Devices = new List<DeviceMapping>() };
                var b = new HostConfig { DeviceCgroupRules = new List<string>() };
            }
        }
        """);
}
