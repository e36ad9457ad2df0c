using System;
using ContainerGuard.Configuration;

namespace ContainerGuard;

/// <summary>What a lint run depends on besides the text: the configuration and the clock (for end-of-life dates).</summary>
public sealed class LintOptions
{
    public static readonly LintOptions Default = new(ContainerGuardConfiguration.Default);

    public LintOptions(ContainerGuardConfiguration configuration, DateTimeOffset? now = null)
    {
        Configuration = configuration;
        Now = now;
    }

    public ContainerGuardConfiguration Configuration { get; }

    /// <summary>Fixed "now" for tests; null means the current UTC time.</summary>
    public DateTimeOffset? Now { get; }

    public DateTimeOffset GetNow() => Now ?? DateTimeOffset.UtcNow;

    /// <summary>The size limit per file in MiB: <c>maxFileSizeMiB</c> of the configuration, else <see cref="Linter.DefaultMaxFileSizeMiB"/>.</summary>
    public int MaxFileSizeMiB => Configuration.MaxFileSizeMiB ?? Linter.DefaultMaxFileSizeMiB;

    /// <summary>The size limit per file in bytes; a longer file is one CG9001 and is not checked.</summary>
    public long MaxFileBytes => MaxFileSizeMiB * 1024L * 1024L;

    public LintOptions WithConfiguration(ContainerGuardConfiguration configuration) => new(configuration, Now);
}
