using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace ContainerGuard.Analyzers.ContainerInstance;

/// <summary>
/// The types of <c>Azure.ResourceManager.ContainerInstance</c> the CG2xxx rules read, by metadata name, resolved once
/// per compilation and shared by every CG2xxx analyzer. Null when the compilation does not reference the package.
/// </summary>
internal sealed class ContainerInstanceTypes
{
    private const string Namespace = "Azure.ResourceManager.ContainerInstance.";
    private const string Models = Namespace + "Models.";

    private static readonly ConditionalWeakTable<Compilation, StrongBox<ContainerInstanceTypes?>> PerCompilation = new();

    private ContainerInstanceTypes(Compilation compilation, INamedTypeSymbol containerGroupData)
    {
        INamedTypeSymbol? Get(string name) => compilation.GetTypeByMetadataName(name);

        ContainerGroupData = containerGroupData;
        ContainerGroupProfileData = Get(Namespace + "ContainerGroupProfileData");
        ContainerGroupCollection = Get(Namespace + "ContainerGroupCollection");
        ContainerGroupProfileCollection = Get(Namespace + "ContainerGroupProfileCollection");
        Container = Get(Models + "ContainerInstanceContainer");
        InitContainer = Get(Models + "InitContainerDefinitionContent");
        EnvironmentVariable = Get(Models + "ContainerEnvironmentVariable");
        RegistryCredential = Get(Models + "ContainerGroupImageRegistryCredential");
        AzureFileVolume = Get(Models + "ContainerInstanceAzureFileVolume");
        LogAnalytics = Get(Models + "ContainerGroupLogAnalytics");
        Volume = Get(Models + "ContainerVolume");
        ExtensionSpec = Get(Models + "DeploymentExtensionSpec");
        IPAddress = Get(Models + "ContainerGroupIPAddress");
        GroupPort = Get(Models + "ContainerGroupPort");
        SecurityContext = Get(Models + "ContainerSecurityContextDefinition");
        Capabilities = Get(Models + "ContainerSecurityContextCapabilitiesDefinition");
        ModelFactory = Get(Models + "ArmContainerInstanceModelFactory");
    }

    public INamedTypeSymbol ContainerGroupData { get; }

    public INamedTypeSymbol? ContainerGroupProfileData { get; }

    public INamedTypeSymbol? ContainerGroupCollection { get; }

    public INamedTypeSymbol? ContainerGroupProfileCollection { get; }

    public INamedTypeSymbol? Container { get; }

    public INamedTypeSymbol? InitContainer { get; }

    public INamedTypeSymbol? EnvironmentVariable { get; }

    public INamedTypeSymbol? RegistryCredential { get; }

    public INamedTypeSymbol? AzureFileVolume { get; }

    public INamedTypeSymbol? LogAnalytics { get; }

    public INamedTypeSymbol? Volume { get; }

    public INamedTypeSymbol? ExtensionSpec { get; }

    public INamedTypeSymbol? IPAddress { get; }

    public INamedTypeSymbol? GroupPort { get; }

    public INamedTypeSymbol? SecurityContext { get; }

    public INamedTypeSymbol? Capabilities { get; }

    /// <summary>The SDK's mocking factory: code that calls it builds test doubles, not deployments.</summary>
    public INamedTypeSymbol? ModelFactory { get; }

    /// <summary>The container group and the profile: the two shapes that hold containers, IP address and diagnostics.</summary>
    public INamedTypeSymbol?[] Groups => new[] { ContainerGroupData, ContainerGroupProfileData };

    public static ContainerInstanceTypes? For(Compilation compilation)
        => PerCompilation.GetValue(compilation, c => new StrongBox<ContainerInstanceTypes?>(
            c.GetTypeByMetadataName(Namespace + "ContainerGroupData") is { } data ? new ContainerInstanceTypes(c, data) : null)).Value;

    /// <summary>True when the operation is inside an argument of the SDK's mocking factory (test doubles).</summary>
    public bool InModelFactory(IOperation operation)
    {
        for (var current = operation; current is not null; current = current.Parent)
        {
            if (current is Microsoft.CodeAnalysis.Operations.IInvocationOperation invocation
                && SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, ModelFactory))
            {
                return true;
            }
        }

        return false;
    }
}

