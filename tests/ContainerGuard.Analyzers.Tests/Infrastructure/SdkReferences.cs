using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace ContainerGuard.Analyzers.Tests.Infrastructure;

/// <summary>The real Docker.DotNet packages the CG3xxx tests compile against, each in its own reference set.</summary>
public enum DockerPackage
{
    /// <summary>Docker.DotNet 3.125.15: <c>Config</c>, <c>DockerClientConfiguration</c>.</summary>
    DockerDotNet3_125_15,

    /// <summary>Docker.DotNet.Enhanced 4.3.3: <c>ContainerConfig</c>, <c>DockerClientBuilder</c>.</summary>
    Enhanced4_3_3,

    /// <summary>Docker.DotNet.Enhanced 4.4.1.</summary>
    Enhanced4_4_1,
}

/// <summary>
/// Metadata references of the SDKs the analyzers understand: the three real Docker.DotNet packages (downloaded by the
/// test project with PackageDownload, read from the NuGet package folder, never loaded) and the ACI stand-in over the
/// real Azure.ResourceManager and Azure.Core.
/// </summary>
internal static class SdkReferences
{
    private static readonly Lazy<string> PackageRoot = new(() =>
        typeof(SdkReferences).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "NuGetPackageRoot").Value
        ?? throw new InvalidOperationException("NuGetPackageRoot was not recorded at build time"));

    public static readonly TheoryData<DockerPackage> DockerPackages = new()
    {
        DockerPackage.DockerDotNet3_125_15, DockerPackage.Enhanced4_3_3, DockerPackage.Enhanced4_4_1,
    };

    public static ImmutableArray<MetadataReference> Docker(DockerPackage package) => package switch
    {
        DockerPackage.DockerDotNet3_125_15 => FromPackages(("docker.dotnet", "3.125.15", "Docker.DotNet.dll")),
        DockerPackage.Enhanced4_3_3 => FromPackages(("docker.dotnet.enhanced", "4.3.3", "Docker.DotNet.dll"), ("docker.dotnet.enhanced.handler.abstractions", "4.3.3", "Docker.DotNet.Handler.Abstractions.dll")),
        DockerPackage.Enhanced4_4_1 => FromPackages(("docker.dotnet.enhanced", "4.4.1", "Docker.DotNet.dll"), ("docker.dotnet.enhanced.handler.abstractions", "4.4.1", "Docker.DotNet.Handler.Abstractions.dll")),
        _ => throw new ArgumentOutOfRangeException(nameof(package)),
    };

    /// <summary>True for Docker.DotNet.Enhanced (4.x), whose client is built with DockerClientBuilder.</summary>
    public static bool IsEnhanced(DockerPackage package) => package != DockerPackage.DockerDotNet3_125_15;

    public static ImmutableArray<MetadataReference> ContainerInstance { get; } = ImmutableArray.Create<MetadataReference>(
        MetadataReference.CreateFromFile(typeof(Azure.ResourceManager.ContainerInstance.ContainerGroupData).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Azure.ResourceManager.ArmClient).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Azure.Core.AzureLocation).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(BinaryData).Assembly.Location));

    private static ImmutableArray<MetadataReference> FromPackages(params (string Id, string Version, string File)[] assemblies)
    {
        var references = ImmutableArray.CreateBuilder<MetadataReference>();
        foreach (var (id, version, file) in assemblies)
        {
            var path = Path.Combine(PackageRoot.Value, id, version, "lib", "netstandard2.0", file);
            if (!File.Exists(path))
            {
                throw new InvalidOperationException($"{id} {version} is not in the NuGet package folder ({path}); restore the test project.");
            }

            references.Add(MetadataReference.CreateFromFile(path));
        }

        return references.ToImmutable();
    }
}
