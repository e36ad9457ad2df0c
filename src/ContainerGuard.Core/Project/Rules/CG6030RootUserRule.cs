using System;
using System.Collections.Generic;
using ContainerGuard.Catalog;
using ContainerGuard.Containers;
using ContainerGuard.Findings;

namespace ContainerGuard.Project.Rules;

/// <summary>
/// CG6030: the SDK-built container runs as root. Fires when ContainerUser names root (<c>root</c>, <c>0</c>, with an
/// optional <c>:group</c>) or <c>ContainerAdministrator</c> (Windows); and when ContainerUser is not set, the base
/// image is the SDK default and the target framework is older than .NET 8 (those images have no non-root user;
/// from .NET 8 the SDK runs the app as the image's <c>app</c> user, APP_UID 1654). With a custom
/// ContainerBaseImage and no ContainerUser the user is the image's own, which a project file does not show: silent.
/// </summary>
public sealed class CG6030RootUserRule : ProjectRule
{
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { ProjectRuleDescriptors.RootUser };

    public override void Analyze(ProjectContext context)
    {
        string? user = context.Properties.ContainerUser;
        if (!string.IsNullOrWhiteSpace(user))
        {
            if (!ProjectContainerProperties.IsUnresolved(user) && ContainerUsers.IsRoot(user))
            {
                context.Report(ProjectRuleDescriptors.RootUser,
                    context.Locator.FindOrProject(ProjectContainerProperties.ContainerUserName, user),
                    $"ContainerUser '{user!.Trim()}' runs the app with administrator rights; remove it (.NET 8+ images run as the non-root 'app' user) or name a non-root user.");
            }

            return;
        }

        var version = context.BaseImage.DotnetVersion;
        if (context.BaseImage.IsSdkDefault && context.BaseImage.Reference is not null && version is not null && version.Major < 8)
        {
            var location = context.Locator.Find(ProjectContainerProperties.TargetFrameworkName, context.Properties.TargetFramework) ?? context.Locator.ProjectElement;
            context.Report(ProjectRuleDescriptors.RootUser, location,
                $"ContainerUser is not set and the SDK's default base image for {context.Properties.TargetFramework} ({context.BaseImage.Image}) runs as root; target .NET 8 or later (non-root 'app' user by default) or set ContainerUser to a non-root user.");
        }
    }
}
