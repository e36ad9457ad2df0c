using System;
using System.Collections.Generic;

namespace ContainerGuard.Project;

/// <summary>
/// A <c>ContainerEnvironmentVariable</c> item: <c>dotnet publish -t:PublishContainer</c> writes it into the image
/// configuration, so everyone who pulls the image can read it (<c>docker inspect</c>).
/// </summary>
public sealed record ContainerEnvironmentVariable(string Name, string? Value);

/// <summary>
/// The <c>ContainerEnvironmentVariable</c> items of a project, read from its files without MSBuild (the CLI's path)
/// the way MSBuild applies them in one pass: Directory.Build.props first, then the project; <c>Include</c> adds (a
/// <c>;</c>-list adds several with the same metadata), <c>Update</c> changes metadata, <c>Remove</c> removes.
/// Conditional items count (they apply in at least one configuration). <c>$(Name)</c> in a value is replaced by a
/// property written earlier; anything else stays as written.
/// </summary>
public static class ContainerEnvironmentVariables
{
    public const string ItemType = "ContainerEnvironmentVariable";

    public const string ValueMetadata = "Value";

    public static IReadOnlyList<ContainerEnvironmentVariable> Read(ProjectFileSyntax project, ProjectFileSyntax? props, IReadOnlyDictionary<string, string> properties)
    {
        var variables = new List<ContainerEnvironmentVariable>();
        if (props is not null)
        {
            Apply(props, properties, variables);
        }

        Apply(project, properties, variables);
        return variables;
    }

    /// <summary>Whether either file has a ContainerEnvironmentVariable item (what opts a project into SDK container linting).</summary>
    public static bool AnyWritten(ProjectFileSyntax project, ProjectFileSyntax? props)
        => HasItems(project) || (props is not null && HasItems(props));

    private static bool HasItems(ProjectFileSyntax syntax)
    {
        foreach (var item in syntax.Items)
        {
            if (IsVariable(item) && item.Operation == "Include")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsVariable(ItemElement item) => string.Equals(item.ItemType, ItemType, StringComparison.OrdinalIgnoreCase);

    private static void Apply(ProjectFileSyntax syntax, IReadOnlyDictionary<string, string> properties, List<ContainerEnvironmentVariable> variables)
    {
        foreach (var item in syntax.Items)
        {
            if (!IsVariable(item))
            {
                continue;
            }

            string? value = item.FindMetadata(ValueMetadata) is { } metadata ? ProjectFileReader.Expand(metadata.Value, properties) : null;
            foreach (string part in item.Spec.Split(';'))
            {
                string name = ProjectFileReader.Expand(part.Trim(), properties);
                if (name.Length == 0)
                {
                    continue;
                }

                switch (item.Operation)
                {
                    case "Include":
                        variables.Add(new ContainerEnvironmentVariable(name, value));
                        break;
                    case "Update" when value is not null:
                        for (int i = 0; i < variables.Count; i++)
                        {
                            if (string.Equals(variables[i].Name, name, StringComparison.OrdinalIgnoreCase))
                            {
                                variables[i] = variables[i] with { Value = value };
                            }
                        }

                        break;
                    case "Remove":
                        variables.RemoveAll(v => string.Equals(v.Name, name, StringComparison.OrdinalIgnoreCase));
                        break;
                }
            }
        }
    }
}
