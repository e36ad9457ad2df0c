using System;

namespace ContainerGuard.Project;

/// <summary>
/// Whether a project builds SDK container images, so that CG6xxx rules apply to it. A plain library or an app
/// published some other way (a Dockerfile) must get nothing. A project opts in when:
/// <list type="bullet">
/// <item>the caller knows the PublishContainer target runs (<see cref="ProjectContainerProperties.PublishContainerRequested"/>);</item>
/// <item>any container property (ContainerBaseImage, ContainerFamily, ContainerUser, ContainerRegistry, ContainerRepository,
/// ContainerImageTag(s), ContainerRuntimeIdentifier(s)) has a value, or the project has ContainerEnvironmentVariable items;</item>
/// <item>EnableSdkContainerSupport is true AND written in the project file or the Directory.Build.props passed in.
/// Being merely true is not enough: Web and Worker SDK projects (and console apps from .NET 10) default it to true,
/// and most of them ship with a Dockerfile.</item>
/// </list>
/// EnableSdkContainerSupport=false switches it off unless PublishContainer is requested.
/// </summary>
public static class ProjectOptIn
{
    public static bool IsOptedIn(ProjectContainerProperties properties, PropertyLocator locator)
    {
        if (properties.PublishContainerRequested)
        {
            return true;
        }

        string? enable = properties.EnableSdkContainerSupport;
        if (string.Equals(enable, "false", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        foreach (string name in ProjectContainerProperties.ContainerPropertyNames)
        {
            if (!string.IsNullOrWhiteSpace(properties.Get(name)))
            {
                return true;
            }
        }

        if (properties.EnvironmentVariables is { Count: > 0 } || (properties.EnvironmentVariables is null && ContainerEnvironmentVariables.AnyWritten(locator.Project, locator.Props)))
        {
            return true;
        }

        if (string.Equals(enable, "true", StringComparison.OrdinalIgnoreCase))
        {
            var written = locator.Find(ProjectContainerProperties.EnableSdkContainerSupportName, "true");
            return written?.Assignment is not null && string.Equals(written.Assignment.Value, "true", StringComparison.OrdinalIgnoreCase);
        }

        return false;
    }
}
