using System.Collections.Generic;
using ContainerGuard.Catalog;
using ContainerGuard.Dockerfile.Stages;
using ContainerGuard.Findings;
using ContainerGuard.Images;
using ContainerGuard.Text;

namespace ContainerGuard.Dockerfile;

/// <summary>One Dockerfile check. Small, stateless, reads top-down: what it matches, why, the message.</summary>
public abstract class DockerfileRule
{
    /// <summary>The ids this rule can report (most rules report one).</summary>
    public abstract IReadOnlyList<RuleDescriptor> SupportedRules { get; }

    public abstract void Analyze(DockerfileContext context);
}

/// <summary>What a Dockerfile rule sees: the document, the options, and a way to report.</summary>
public sealed class DockerfileContext
{
    private readonly FindingCollector _collector;
    private RegistryPolicy? _policy;

    public DockerfileContext(DockerfileDocument document, LintOptions options, FindingCollector collector)
    {
        Document = document;
        Options = options;
        _collector = collector;
    }

    public DockerfileDocument Document { get; }

    public LintOptions Options { get; }

    /// <summary>The registry and base-image policy of <see cref="Options"/>, made once for the rules that ask.</summary>
    public RegistryPolicy Policy => _policy ??= RegistryPolicy.From(Options.Configuration);

    public bool IsEnabled(RuleDescriptor rule) => _collector.IsEnabled(rule);

    /// <summary>The images the build pulls (<see cref="PulledImages"/>, scratch excluded) that <see cref="Policy"/> puts in <paramref name="registryClass"/>.</summary>
    internal IEnumerable<PulledImage> PulledImagesFrom(RegistryClass registryClass)
    {
        foreach (var image in PulledImages.All(Document))
        {
            if (!image.Reference.IsScratch && Policy.Classify(image.Reference) == registryClass)
            {
                yield return image;
            }
        }
    }

    /// <summary>Reports at <paramref name="span"/> unless <paramref name="instruction"/> carries a <c># containerguard ignore=</c> for the id.</summary>
    public void Report(RuleDescriptor rule, Instruction instruction, TextSpan span, string message)
    {
        foreach (var id in instruction.IgnoredRuleIds)
        {
            if (string.Equals(id, rule.Id, System.StringComparison.OrdinalIgnoreCase))
            {
                return;
            }
        }

        _collector.Report(rule, span, message);
    }
}
