using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace ContainerGuard.Analyzers.DockerDotNet;

/// <summary>
/// The types of Docker.DotNet (3.x) and Docker.DotNet.Enhanced (4.x) the CG3xxx rules read, by metadata name: the
/// packages share namespaces and most names, and differ where it shows (<c>Config</c> vs <c>ContainerConfig</c>,
/// <c>DockerClientConfiguration</c> vs <c>DockerClientBuilder</c>), so each is optional. Resolved once per compilation;
/// null when neither package is referenced.
/// </summary>
internal sealed class DockerTypes
{
    private const string Models = "Docker.DotNet.Models.";

    private static readonly ConditionalWeakTable<Compilation, StrongBox<DockerTypes?>> PerCompilation = new();

    private DockerTypes(Compilation compilation, INamedTypeSymbol hostConfig)
    {
        INamedTypeSymbol? Get(string name) => compilation.GetTypeByMetadataName(name);

        HostConfig = hostConfig;
        CreateContainerParameters = Get(Models + "CreateContainerParameters");
        Config = Get(Models + "Config");
        ContainerConfig = Get(Models + "ContainerConfig");
        ExecCreateParameters = Get(Models + "ContainerExecCreateParameters");
        Mount = Get(Models + "Mount");
        AuthConfig = Get(Models + "AuthConfig");
        ImagesCreateParameters = Get(Models + "ImagesCreateParameters");
        ClientConfiguration = Get("Docker.DotNet.DockerClientConfiguration");
        ClientBuilder = Get("Docker.DotNet.DockerClientBuilder");
        AnonymousCredentials = Get("Docker.DotNet.AnonymousCredentials");
        BasicAuthCredentials = Get("Docker.DotNet.BasicAuthCredentials");
    }

    public INamedTypeSymbol HostConfig { get; }

    public INamedTypeSymbol? CreateContainerParameters { get; }

    /// <summary>Docker.DotNet 3.x's container configuration.</summary>
    public INamedTypeSymbol? Config { get; }

    /// <summary>Docker.DotNet.Enhanced 4.x's container configuration.</summary>
    public INamedTypeSymbol? ContainerConfig { get; }

    public INamedTypeSymbol? ExecCreateParameters { get; }

    public INamedTypeSymbol? Mount { get; }

    public INamedTypeSymbol? AuthConfig { get; }

    public INamedTypeSymbol? ImagesCreateParameters { get; }

    /// <summary>Docker.DotNet 3.x: <c>new DockerClientConfiguration(endpoint, credentials)</c>.</summary>
    public INamedTypeSymbol? ClientConfiguration { get; }

    /// <summary>Docker.DotNet.Enhanced 4.x: <c>new DockerClientBuilder().WithEndpoint(endpoint).WithAuthProvider(…)</c>.</summary>
    public INamedTypeSymbol? ClientBuilder { get; }

    public INamedTypeSymbol? AnonymousCredentials { get; }

    public INamedTypeSymbol? BasicAuthCredentials { get; }

    /// <summary>The types that carry a container's own settings (User, Env, Image): both packages' names.</summary>
    public INamedTypeSymbol?[] ContainerSettings => new[] { CreateContainerParameters, Config, ContainerConfig };

    public static DockerTypes? For(Compilation compilation)
        => PerCompilation.GetValue(compilation, c => new StrongBox<DockerTypes?>(
            c.GetTypeByMetadataName(Models + "HostConfig") is { } hostConfig ? new DockerTypes(c, hostConfig) : null)).Value;
}

