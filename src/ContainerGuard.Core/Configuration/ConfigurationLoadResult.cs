using System;
using System.Collections.Generic;
using ContainerGuard.Catalog;
using ContainerGuard.Findings;

namespace ContainerGuard.Configuration;

/// <summary>A configuration and what was wrong with its source (CG9001–CG9003 findings, already at their effective severity).</summary>
public sealed class ConfigurationLoadResult
{
    public static readonly ConfigurationLoadResult Empty = new(ContainerGuardConfiguration.Default, Array.Empty<Finding>());

    public ConfigurationLoadResult(ContainerGuardConfiguration configuration, IReadOnlyList<Finding> findings)
    {
        Configuration = configuration;
        Findings = findings;
    }

    public ContainerGuardConfiguration Configuration { get; }

    /// <summary>Problems in the source, each naming the file, the position and the key. Report them once per source.</summary>
    public IReadOnlyList<Finding> Findings { get; }
}
