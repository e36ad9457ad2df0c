using System.Collections.Generic;
using ContainerGuard.Catalog;
using ContainerGuard.Images;

namespace ContainerGuard.Project.Rules;

/// <summary>
/// CG6005 (info): ContainerRegistry names a public registry service — Docker Hub (<c>docker.io</c>), <c>ghcr.io</c>,
/// <c>quay.io</c>, <c>gcr.io</c>, <c>public.ecr.aws</c>… — so <c>dotnet publish -t:PublishContainer</c> sends the image
/// outside the team's own registry (practice recommendation 7: production images only in a private registry few can
/// reach). Info, not a warning: open-source images are published there on purpose, and a repository on those
/// services may be private. With approved registries configured, CG6003 judges the push target instead.
/// Span: ContainerRegistry's value (the &lt;Project&gt; element when it is set elsewhere).
/// </summary>
public sealed class CG6005PushToPublicRegistryRule : ProjectRule
{
    private static readonly RuleDescriptor Rule = ProjectRuleDescriptors.PushToPublicRegistry;

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(ProjectContext context)
    {
        if (context.Policy.HasApprovedRegistries || context.PushRegistry is not { } pushed)
        {
            return;
        }

        var registryClass = RegistryPolicy.ClassifyPublic(pushed);
        if (registryClass == RegistryClass.Private)
        {
            return;
        }

        string service = registryClass == RegistryClass.DockerHub ? "Docker Hub" : ServiceName(pushed.RegistryHost);
        context.Report(Rule, context.PushRegistryLocation,
            $"ContainerRegistry {pushed.Registry} is {service}, a public registry service: the published image leaves your own registry, and anyone can pull it from a public repository there. If it is not meant to be public, push to a private registry such as Azure Container Registry (or keep the repository private); for an image published on purpose, set CG6005 to none.");
    }

    private static string ServiceName(string host) => host.ToLowerInvariant() switch
    {
        "ghcr.io" => "GitHub Container Registry",
        "quay.io" => "Quay",
        "public.ecr.aws" => "Amazon ECR Public",
        "registry.gitlab.com" => "GitLab's container registry",
        _ => host,
    };
}
