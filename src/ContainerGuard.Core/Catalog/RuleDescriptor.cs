using System;

namespace ContainerGuard.Catalog;

/// <summary>What the catalogue says about one rule: its stable id, concern, default severity and help.</summary>
public sealed class RuleDescriptor
{
    public const string HelpUriBase = "https://github.com/containerguard/containerguard/blob/main/docs/rules/";

    public RuleDescriptor(string id, string title, Concern concern, Severity defaultSeverity, Surface surface, string description)
    {
        if (id is null || id.Length != 6 || !id.StartsWith("CG", StringComparison.Ordinal) || id[2] != surface.IdFamily())
        {
            throw new ArgumentException($"Rule id '{id}' does not belong to the {surface.ToName()} family CG{surface.IdFamily()}xxx.", nameof(id));
        }

        Id = id;
        Title = title;
        Concern = concern;
        DefaultSeverity = defaultSeverity;
        Surface = surface;
        Description = description;
    }

    public string Id { get; }

    /// <summary>A short statement of the problem, e.g. "Base image pulled from Docker Hub".</summary>
    public string Title { get; }

    public Concern Concern { get; }

    public Severity DefaultSeverity { get; }

    public Surface Surface { get; }

    /// <summary>One or two sentences: why it matters and what to do.</summary>
    public string Description { get; }

    public string HelpUri => HelpUriBase + Id + ".md";

    /// <summary>
    /// <c>Security.&lt;concern&gt;</c>: the category of an analyzer's diagnostic and of a rule's release-tracking row, and
    /// what <c>dotnet_analyzer_diagnostic.category-Security.secret.severity</c> in .editorconfig configures, on every surface.
    /// </summary>
    public string Category => "Security." + Concern.ToTag();

    public override string ToString() => Id + ": " + Title;
}
