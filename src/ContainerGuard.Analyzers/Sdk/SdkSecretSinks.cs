using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ContainerGuard.Analyzers.Sdk;

/// <summary>
/// The SDK properties and constructor parameters whose literal secrets CG2002 and CG3001 report. CG1001/CG1003 leave them
/// alone, so one secret gets one diagnostic, with the SDK's own advice.
/// </summary>
internal static class SdkSecretSinks
{
    private const string ContainerInstanceModels = "Azure.ResourceManager.ContainerInstance.Models";
    private const string DockerModels = "Docker.DotNet.Models";

    public static bool IsOwned(ISymbol? symbol)
    {
        var (type, name) = symbol switch
        {
            IPropertySymbol property => (property.ContainingType, property.Name),
            IParameterSymbol { ContainingSymbol: IMethodSymbol method } parameter => (method.ContainingType, parameter.Name),
            _ => (null, null),
        };
        if (type is null || name is null)
        {
            return false;
        }

        return type.ContainingNamespace?.ToDisplayString() switch
        {
            ContainerInstanceModels => (type.Name, name) switch
            {
                ("ContainerEnvironmentVariable", "Value" or "SecureValue") => true,
                ("ContainerGroupImageRegistryCredential", "Password") => true,
                ("ContainerInstanceAzureFileVolume", "StorageAccountKey") => true,
                ("ContainerGroupLogAnalytics", "WorkspaceKey" or "workspaceKey") => true,
                ("ContainerVolume", "Secret") => true,
                _ => false,
            },
            DockerModels => type.Name == "AuthConfig" && name is "Password" or "Auth" or "IdentityToken" or "RegistryToken",
            _ => false,
        };
    }

    /// <summary>True when <paramref name="collection"/> is an owned collection property (<c>volume.Secret["k"]</c>, <c>{ Secret = { ["k"] = v } }</c>).</summary>
    public static bool IsOwnedCollection(IOperation? collection)
    {
        switch (collection is null ? null : Flow.Sources.Unwrap(collection))
        {
            case IPropertyReferenceOperation property:
                return IsOwned(property.Property);
            case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver } receiver:
                for (var parent = receiver.Parent; parent is not null; parent = parent.Parent)
                {
                    if (parent is IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation member })
                    {
                        return IsOwned(member.Property);
                    }
                }

                return false;
            default:
                return false;
        }
    }
}
