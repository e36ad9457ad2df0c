using ContainerGuard.Catalog;
using ContainerGuard.Text;

namespace ContainerGuard.Findings;

/// <summary>One problem found in one file. <see cref="Message"/> never contains a secret value.</summary>
public sealed class Finding
{
    public Finding(RuleDescriptor rule, string path, LinePositionSpan span, string message, Severity severity)
    {
        Rule = rule;
        Path = path;
        Span = span;
        Message = message;
        Severity = severity;
    }

    public RuleDescriptor Rule { get; }

    public string RuleId => Rule.Id;

    /// <summary>The file as it was given to the linter (absolute for the task, relative or absolute for the CLI).</summary>
    public string Path { get; }

    public LinePositionSpan Span { get; }

    public string Message { get; }

    /// <summary>The effective severity after configuration; never <see cref="Severity.None"/> in results.</summary>
    public Severity Severity { get; }

    public Finding WithSeverity(Severity severity) => new(Rule, Path, Span, Message, severity);

    public Finding WithPath(string path) => new(Rule, path, Span, Message, Severity);

    /// <summary>MSBuild's canonical error format: <c>path(l,c,el,ec): warning CG4001: message</c>.</summary>
    public override string ToString()
        => $"{Path}{Span}: {(Severity == Severity.Error ? "error" : Severity == Severity.Warning ? "warning" : "info")} {RuleId}: {Message}";
}
