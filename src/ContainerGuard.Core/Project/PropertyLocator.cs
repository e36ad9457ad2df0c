using System;
using ContainerGuard.Text;

namespace ContainerGuard.Project;

/// <summary>Where a finding about a property goes: a file, a span in it, and whether the property is written there.</summary>
public sealed class PropertyLocation
{
    public PropertyLocation(string path, SourceText text, TextSpan span, PropertyAssignment? assignment)
    {
        Path = path;
        Text = text;
        Span = span;
        Assignment = assignment;
    }

    public string Path { get; }

    public SourceText Text { get; }

    public TextSpan Span { get; }

    /// <summary>The assignment found; null when the location is the <c>&lt;Project&gt;</c> element (property not written).</summary>
    public PropertyAssignment? Assignment { get; }

    public LinePositionSpan LineSpan => Text.GetLineSpan(Span);
}

/// <summary>
/// Finds where a property is set: in the project file, else in the Directory.Build.props the caller passed
/// (imported first, so the project file wins). Findings about a property that is not written anywhere (an SDK
/// default) go to the project file's <c>&lt;Project&gt;</c> start tag.
/// </summary>
public sealed class PropertyLocator
{
    public PropertyLocator(string projectPath, string projectFileText, string? propsPath = null, string? propsText = null)
    {
        ProjectPath = projectPath;
        Project = ProjectFileSyntax.Parse(projectFileText);
        if (propsPath is not null && propsText is not null)
        {
            PropsPath = propsPath;
            Props = ProjectFileSyntax.Parse(propsText);
        }
    }

    public string ProjectPath { get; }

    public ProjectFileSyntax Project { get; }

    public string? PropsPath { get; }

    public ProjectFileSyntax? Props { get; }

    /// <summary>The project file's <c>&lt;Project&gt;</c> start tag (line 1 when there is none).</summary>
    public PropertyLocation ProjectElement => new(ProjectPath, Project.Text, Project.ProjectElementSpan, null);

    /// <summary>Where <paramref name="name"/> is set (preferring the assignment that wrote <paramref name="value"/>); null if nowhere.</summary>
    public PropertyLocation? Find(string name, string? value = null)
    {
        // An assignment that wrote the evaluated value, project file first; then the last assignment anywhere.
        if (value is not null)
        {
            var exact = Locate(Project, ProjectPath, name, value, exactOnly: true) ?? Locate(Props, PropsPath, name, value, exactOnly: true);
            if (exact is not null)
            {
                return exact;
            }
        }

        return Locate(Project, ProjectPath, name, null, exactOnly: false) ?? Locate(Props, PropsPath, name, null, exactOnly: false);
    }

    private static PropertyLocation? Locate(ProjectFileSyntax? syntax, string? path, string name, string? value, bool exactOnly)
    {
        if (syntax is null || path is null)
        {
            return null;
        }

        var assignment = syntax.FindAssignment(name, value, exactOnly);
        return assignment is null ? null : new PropertyLocation(path, syntax.Text, assignment.ValueSpan, assignment);
    }

    /// <summary>
    /// Where metadata <paramref name="metadata"/> of the item <paramref name="include"/> of <paramref name="itemType"/> is
    /// written (the last element that wrote <paramref name="value"/>, project file first; else the last that wrote it at
    /// all); null if nowhere.
    /// </summary>
    public PropertyLocation? FindItemMetadata(string itemType, string include, string metadata, string? value)
        => LocateItem(Project, ProjectPath, itemType, include, metadata, value)
        ?? LocateItem(Props, PropsPath, itemType, include, metadata, value)
        ?? LocateItem(Project, ProjectPath, itemType, include, metadata, null)
        ?? LocateItem(Props, PropsPath, itemType, include, metadata, null);

    private static PropertyLocation? LocateItem(ProjectFileSyntax? syntax, string? path, string itemType, string include, string metadata, string? value)
    {
        if (syntax is null || path is null)
        {
            return null;
        }

        for (int i = syntax.Items.Count - 1; i >= 0; i--)
        {
            var item = syntax.Items[i];
            if (!string.Equals(item.ItemType, itemType, StringComparison.OrdinalIgnoreCase) || item.Operation is not ("Include" or "Update") || !Names(item.Spec, include))
            {
                continue;
            }

            if (item.FindMetadata(metadata) is { } written && (value is null || written.Value == value))
            {
                return new PropertyLocation(path, syntax.Text, written.ValueSpan, null);
            }
        }

        return null;
    }

    private static bool Names(string spec, string name)
    {
        foreach (string part in spec.Split(';'))
        {
            if (string.Equals(part.Trim(), name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where <paramref name="name"/> is set, or the <c>&lt;Project&gt;</c> element when it is not.</summary>
    public PropertyLocation FindOrProject(string name, string? value = null) => Find(name, value) ?? ProjectElement;

    /// <summary>Whether the property is written in one of the files (not just defaulted by an SDK).</summary>
    public bool IsWritten(string name) => Find(name) is not null;
}
