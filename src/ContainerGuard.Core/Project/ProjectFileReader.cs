using System;
using System.Collections.Generic;
using System.Text;

namespace ContainerGuard.Project;

/// <summary>
/// Reads the SDK container properties from a project file's text without MSBuild (the CLI's path): literal
/// values only, no imports, no condition evaluation. <c>$(Name)</c> is replaced by a value written earlier in
/// the same file; anything else stays as written, and rules stay silent on values that still hold <c>$(…)</c>.
/// Where a property is set more than once, the last unconditional assignment wins; a property set only under
/// conditions takes its last conditional value (it applies in at least one configuration).
/// </summary>
public static class ProjectFileReader
{
    public static ProjectContainerProperties ReadContainerProperties(string projectFileText)
        => ReadContainerProperties(ProjectFileSyntax.Parse(projectFileText));

    /// <summary>
    /// Reads the project file after its Directory.Build.props (MSBuild imports that first, so the project's own
    /// assignments win). <paramref name="directoryBuildProps"/> may be null.
    /// </summary>
    public static ProjectContainerProperties ReadContainerProperties(ProjectFileSyntax syntax, ProjectFileSyntax? directoryBuildProps = null)
    {
        var values = ReadValues(syntax, directoryBuildProps);
        return ProjectContainerProperties.FromLookup(
            name => values.TryGetValue(name, out var value) ? value : null,
            isAspNetCore: syntax.IsAspNetCore);
    }

    /// <summary>Every property's static value (see the class remarks), props file first.</summary>
    internal static Dictionary<string, string> ReadValues(ProjectFileSyntax syntax, ProjectFileSyntax? directoryBuildProps = null)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var unconditional = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (directoryBuildProps is not null)
        {
            Apply(directoryBuildProps, values, unconditional);
        }

        // A project assignment replaces a props value even when the props one was unconditional.
        unconditional.Clear();
        Apply(syntax, values, unconditional);
        return values;
    }

    private static void Apply(ProjectFileSyntax syntax, Dictionary<string, string> values, HashSet<string> unconditional)
    {
        foreach (var assignment in syntax.Properties)
        {
            if (assignment.IsConditional && unconditional.Contains(assignment.Name))
            {
                continue;
            }

            values[assignment.Name] = Expand(assignment.Value, values);
            if (!assignment.IsConditional)
            {
                unconditional.Add(assignment.Name);
            }
        }
    }

    /// <summary>Replaces <c>$(Name)</c> with known values; property functions and unknown names stay as written.</summary>
    internal static string Expand(string value, IReadOnlyDictionary<string, string> known)
    {
        int index = value.IndexOf("$(", StringComparison.Ordinal);
        if (index < 0)
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        int position = 0;
        while (index >= 0)
        {
            int close = value.IndexOf(')', index + 2);
            if (close < 0)
            {
                break;
            }

            string name = value.Substring(index + 2, close - index - 2).Trim();
            builder.Append(value, position, index - position);
            if (IsSimpleName(name) && known.TryGetValue(name, out var replacement))
            {
                builder.Append(replacement);
            }
            else
            {
                builder.Append(value, index, close + 1 - index);
            }

            position = close + 1;
            index = value.IndexOf("$(", position, StringComparison.Ordinal);
        }

        builder.Append(value, position, value.Length - position);
        return builder.ToString();
    }

    private static bool IsSimpleName(string name)
    {
        if (name.Length == 0)
        {
            return false;
        }

        foreach (char c in name)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_' || c == '-'))
            {
                return false;
            }
        }

        return true;
    }
}
