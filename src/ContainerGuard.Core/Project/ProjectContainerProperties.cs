using System;
using System.Collections.Generic;

namespace ContainerGuard.Project;

/// <summary>
/// The MSBuild properties that decide how <c>dotnet publish /t:PublishContainer</c> builds an image, as evaluated
/// by MSBuild (the task) or read literally from the project file (<see cref="ProjectFileReader"/>, the CLI).
/// Null or empty means "not set"; a value still holding <c>$(…)</c> was not resolved and rules ignore it.
/// </summary>
public sealed record ProjectContainerProperties
{
    public const string EnableSdkContainerSupportName = "EnableSdkContainerSupport";
    public const string ContainerBaseImageName = "ContainerBaseImage";
    public const string ContainerFamilyName = "ContainerFamily";
    public const string ContainerUserName = "ContainerUser";
    public const string ContainerRegistryName = "ContainerRegistry";
    public const string ContainerRepositoryName = "ContainerRepository";
    public const string ContainerImageTagName = "ContainerImageTag";
    public const string ContainerImageTagsName = "ContainerImageTags";
    public const string ContainerRuntimeIdentifierName = "ContainerRuntimeIdentifier";
    public const string ContainerRuntimeIdentifiersName = "ContainerRuntimeIdentifiers";
    public const string TargetFrameworkName = "TargetFramework";
    public const string TargetFrameworksName = "TargetFrameworks";
    public const string UsingMicrosoftNETSdkWebName = "UsingMicrosoftNETSdkWeb";
    public const string SelfContainedName = "SelfContained";
    public const string PublishSelfContainedName = "PublishSelfContained";
    public const string PublishAotName = "PublishAot";
    public const string PublishTrimmedName = "PublishTrimmed";
    public const string InvariantGlobalizationName = "InvariantGlobalization";
    public const string RuntimeIdentifierName = "RuntimeIdentifier";

    /// <summary>The container properties proper: setting any of them opts a project into SDK container linting.</summary>
    public static IReadOnlyList<string> ContainerPropertyNames { get; } = new[]
    {
        ContainerBaseImageName, ContainerFamilyName, ContainerUserName, ContainerRegistryName, ContainerRepositoryName,
        ContainerImageTagName, ContainerImageTagsName, ContainerRuntimeIdentifierName, ContainerRuntimeIdentifiersName,
    };

    /// <summary>Every property this model reads (what the MSBuild task should pass).</summary>
    public static IReadOnlyList<string> PropertyNames { get; } = new[]
    {
        EnableSdkContainerSupportName, ContainerBaseImageName, ContainerFamilyName, ContainerUserName, ContainerRegistryName,
        ContainerRepositoryName, ContainerImageTagName, ContainerImageTagsName, ContainerRuntimeIdentifierName,
        ContainerRuntimeIdentifiersName, TargetFrameworkName, TargetFrameworksName, UsingMicrosoftNETSdkWebName,
        SelfContainedName, PublishSelfContainedName, PublishAotName, PublishTrimmedName, InvariantGlobalizationName,
        RuntimeIdentifierName,
    };

    public string? EnableSdkContainerSupport { get; init; }

    public string? ContainerBaseImage { get; init; }

    public string? ContainerFamily { get; init; }

    public string? ContainerUser { get; init; }

    /// <summary>Where the built image is pushed (empty: the local Docker/Podman daemon).</summary>
    public string? ContainerRegistry { get; init; }

    public string? ContainerRepository { get; init; }

    public string? ContainerImageTag { get; init; }

    /// <summary>Semicolon-separated tags.</summary>
    public string? ContainerImageTags { get; init; }

    public string? ContainerRuntimeIdentifier { get; init; }

    public string? ContainerRuntimeIdentifiers { get; init; }

    /// <summary>The (single) target framework, e.g. <c>net8.0</c>; for a multi-targeting project pass the one being published.</summary>
    public string? TargetFramework { get; init; }

    /// <summary>
    /// ASP.NET Core: <c>UsingMicrosoftNETSdkWeb</c> is true or the project has a <c>FrameworkReference</c> to
    /// <c>Microsoft.AspNetCore.App</c> (what the SDK itself checks); the default base image is then dotnet/aspnet.
    /// </summary>
    public bool IsAspNetCore { get; init; }

    public bool SelfContained { get; init; }

    public bool PublishSelfContained { get; init; }

    public bool PublishAot { get; init; }

    public bool PublishTrimmed { get; init; }

    public bool InvariantGlobalization { get; init; }

    public string? RuntimeIdentifier { get; init; }

    /// <summary>
    /// The <c>ContainerEnvironmentVariable</c> items as MSBuild evaluated them (name and <c>Value</c> metadata), when
    /// the caller has them (the task); null when it does not (the CLI), and the project's files are read instead
    /// (<see cref="ContainerEnvironmentVariables"/>).
    /// </summary>
    public IReadOnlyList<ContainerEnvironmentVariable>? EnvironmentVariables { get; init; }

    /// <summary>The caller knows the PublishContainer target runs (e.g. <c>-t:PublishContainer</c>): lint even without opt-in properties.</summary>
    public bool PublishContainerRequested { get; init; }

    /// <summary>
    /// Builds the model from a property lookup (the task passes evaluated properties by name). Boolean properties
    /// are true only for "true" (case-insensitive), as MSBuild conditions compare them.
    /// </summary>
    public static ProjectContainerProperties FromLookup(Func<string, string?> getProperty, bool isAspNetCore = false, bool publishContainerRequested = false)
    {
        string? Get(string name) => Normalize(getProperty(name));
        bool Flag(string name) => string.Equals(Get(name), "true", StringComparison.OrdinalIgnoreCase);

        return new ProjectContainerProperties
        {
            EnableSdkContainerSupport = Get(EnableSdkContainerSupportName),
            ContainerBaseImage = Get(ContainerBaseImageName),
            ContainerFamily = Get(ContainerFamilyName),
            ContainerUser = Get(ContainerUserName),
            ContainerRegistry = Get(ContainerRegistryName),
            ContainerRepository = Get(ContainerRepositoryName),
            ContainerImageTag = Get(ContainerImageTagName),
            ContainerImageTags = Get(ContainerImageTagsName),
            ContainerRuntimeIdentifier = Get(ContainerRuntimeIdentifierName),
            ContainerRuntimeIdentifiers = Get(ContainerRuntimeIdentifiersName),
            TargetFramework = Get(TargetFrameworkName) ?? SingleTargetFramework(Get(TargetFrameworksName)),
            IsAspNetCore = isAspNetCore || Flag(UsingMicrosoftNETSdkWebName),
            SelfContained = Flag(SelfContainedName),
            PublishSelfContained = Flag(PublishSelfContainedName),
            PublishAot = Flag(PublishAotName),
            PublishTrimmed = Flag(PublishTrimmedName),
            InvariantGlobalization = Flag(InvariantGlobalizationName),
            RuntimeIdentifier = Get(RuntimeIdentifierName),
            PublishContainerRequested = publishContainerRequested,
        };
    }

    /// <summary>The value of a property by its MSBuild name (null when unset or unknown).</summary>
    public string? Get(string name) => name switch
    {
        EnableSdkContainerSupportName => EnableSdkContainerSupport,
        ContainerBaseImageName => ContainerBaseImage,
        ContainerFamilyName => ContainerFamily,
        ContainerUserName => ContainerUser,
        ContainerRegistryName => ContainerRegistry,
        ContainerRepositoryName => ContainerRepository,
        ContainerImageTagName => ContainerImageTag,
        ContainerImageTagsName => ContainerImageTags,
        ContainerRuntimeIdentifierName => ContainerRuntimeIdentifier,
        ContainerRuntimeIdentifiersName => ContainerRuntimeIdentifiers,
        TargetFrameworkName => TargetFramework,
        RuntimeIdentifierName => RuntimeIdentifier,
        _ => null,
    };

    /// <summary>True when a value still holds an MSBuild expression we could not resolve (<c>$(…)</c>, <c>@(…)</c>, <c>%(…)</c>).</summary>
    public static bool IsUnresolved(string? value)
        => value is not null && (value.IndexOf("$(", StringComparison.Ordinal) >= 0 || value.IndexOf("@(", StringComparison.Ordinal) >= 0 || value.IndexOf("%(", StringComparison.Ordinal) >= 0);

    internal static string? Normalize(string? value)
    {
        if (value is null)
        {
            return null;
        }

        string trimmed = value.Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }

    /// <summary>A TargetFrameworks list with exactly one entry names the framework; several leave it unknown.</summary>
    internal static string? SingleTargetFramework(string? targetFrameworks)
    {
        if (targetFrameworks is null)
        {
            return null;
        }

        var parts = targetFrameworks.Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries);
        string? single = null;
        foreach (string part in parts)
        {
            string trimmed = part.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            if (single is not null)
            {
                return null;
            }

            single = trimmed;
        }

        return single;
    }
}
