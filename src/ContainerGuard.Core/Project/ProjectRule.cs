using System;
using System.Collections.Generic;
using ContainerGuard.Images;
using ContainerGuard.Catalog;
using ContainerGuard.Findings;

namespace ContainerGuard.Project;

/// <summary>A check over a project's SDK container properties. One small class per rule (or per closely tied ids).</summary>
public abstract class ProjectRule
{
    public abstract IReadOnlyList<RuleDescriptor> SupportedRules { get; }

    public abstract void Analyze(ProjectContext context);
}

/// <summary>What a project rule sees: the properties, where they are written, the resolved base image, the policy.</summary>
public sealed class ProjectContext
{
    private readonly Dictionary<string, FindingCollector> _collectors;

    internal ProjectContext(ProjectContainerProperties properties, PropertyLocator locator, LintOptions options, Dictionary<string, FindingCollector> collectors)
    {
        Properties = properties;
        Locator = locator;
        Options = options;
        _collectors = collectors;
        BaseImage = SdkBaseImageResolver.Resolve(properties);
        Policy = RegistryPolicy.From(options.Configuration);
    }

    public ProjectContainerProperties Properties { get; }

    public PropertyLocator Locator { get; }

    public LintOptions Options { get; }

    public SdkBaseImage BaseImage { get; }

    public RegistryPolicy Policy { get; }

    /// <summary>Where the resolved base image comes from by <see cref="Policy"/>; null without a parsable image or for scratch.</summary>
    public RegistryClass? BaseImageRegistry => BaseImage.Reference is { IsScratch: false } image ? Policy.Classify(image) : null;

    public DateTimeOffset Now => Options.GetNow();

    /// <summary>
    /// The ContainerEnvironmentVariable items: as the caller evaluated them, else read from the project's files
    /// (<see cref="ContainerEnvironmentVariables"/>). Computed once.
    /// </summary>
    public IReadOnlyList<ContainerEnvironmentVariable> EnvironmentVariables
        => _environmentVariables ??= Properties.EnvironmentVariables
            ?? ContainerEnvironmentVariables.Read(Locator.Project, Locator.Props, ProjectFileReader.ReadValues(Locator.Project, Locator.Props));

    private IReadOnlyList<ContainerEnvironmentVariable>? _environmentVariables;

    /// <summary>
    /// The registry ContainerRegistry names (where PublishContainer pushes the image), read as the registry of an image
    /// <c>host/app</c>; null when it is not set, not resolved, or not a registry host.
    /// </summary>
    public ImageReference? PushRegistry
    {
        get
        {
            if (!_pushRegistryRead)
            {
                _pushRegistryRead = true;
                string? registry = Properties.ContainerRegistry;
                if (!string.IsNullOrWhiteSpace(registry) && !ProjectContainerProperties.IsUnresolved(registry)
                    && ImageReference.TryParse(registry!.Trim().TrimEnd('/') + "/app", out var pushed) && !pushed.IsImplicitRegistry)
                {
                    _pushRegistry = pushed;
                }
            }

            return _pushRegistry;
        }
    }

    private ImageReference? _pushRegistry;
    private bool _pushRegistryRead;

    /// <summary>Where ContainerRegistry is written (the &lt;Project&gt; element when it comes from elsewhere).</summary>
    public PropertyLocation PushRegistryLocation => Locator.FindOrProject(ProjectContainerProperties.ContainerRegistryName, Properties.ContainerRegistry);

    /// <summary>Where the resolved base image comes from: ContainerBaseImage's value, or the &lt;Project&gt; element for the SDK default.</summary>
    public PropertyLocation BaseImageLocation => BaseImage.IsSdkDefault
        ? Locator.ProjectElement
        : Locator.FindOrProject(ProjectContainerProperties.ContainerBaseImageName, Properties.ContainerBaseImage);

    /// <summary>"The SDK's default base image X (ContainerBaseImage is not set)" or "ContainerBaseImage X".</summary>
    public string DescribeBaseImage()
        => BaseImage.IsSdkDefault
            ? $"The SDK's default base image {BaseImage.Image} (ContainerBaseImage is not set)"
            : $"ContainerBaseImage {BaseImage.Reference?.ToString() ?? BaseImage.Image}";

    public void Report(RuleDescriptor rule, PropertyLocation location, string message)
    {
        if (!_collectors.TryGetValue(location.Path, out var collector))
        {
            collector = new FindingCollector(location.Path, location.Text, Options.Configuration);
            _collectors[location.Path] = collector;
        }

        collector.Report(rule, location.Span, message);
    }
}

/// <summary>The registry of CG6xxx rules, in id order.</summary>
public static class ProjectRules
{
    public static readonly IReadOnlyList<ProjectRule> All = new ProjectRule[]
    {
        new Rules.CG6001BaseImageFromDockerHubRule(),
        new Rules.CG6002BaseImageFromPublicRegistryRule(),
        new Rules.CG6003RegistryNotApprovedRule(),
        new Rules.CG6004ApprovedBaseImageRule(),
        new Rules.CG6005PushToPublicRegistryRule(),
        new Rules.CG6010MovingTagRule(),
        new Rules.CG6020NonMinimalFamilyRule(),
        new Rules.CG6021EndOfLifeBaseRule(),
        new Rules.CG6030RootUserRule(),
        new Rules.CG6040SecretInEnvironmentVariableRule(),
    };
}
