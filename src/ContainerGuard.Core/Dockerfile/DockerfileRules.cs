using System;
using System.Collections.Generic;

namespace ContainerGuard.Dockerfile;

/// <summary>The registered Dockerfile rules, in the order they run.</summary>
public static class DockerfileRules
{
    public static readonly IReadOnlyList<DockerfileRule> All = Array.Empty<DockerfileRule>();
}
