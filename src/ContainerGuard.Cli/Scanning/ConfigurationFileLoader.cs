using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using ContainerGuard.Configuration;
using ContainerGuard.Rules;
using ContainerGuard.Text;

namespace ContainerGuard.Cli.Scanning;

/// <summary>
/// Reads a containerguard.json file. A file that cannot be read or holds bad values gives CG9001/CG9003
/// findings naming the file and the key, and the defaults for what could not be used.
/// </summary>
/// <remarks>
/// Bridge until Core's loader (branch <c>project</c>) is merged: then <see cref="Load"/> delegates to it so
/// the CLI, the MSBuild task and the analyzers read the file the same way.
/// </remarks>
public static class ConfigurationFileLoader
{
    public static LoadedConfiguration Load(string fullPath, string displayPath)
    {
        string content;
        try
        {
            content = File.ReadAllText(fullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return Failed(displayPath, ToolRules.FileUnreadable, new LinePositionSpan(1, 1, 1, 1), $"The configuration file could not be read ({ex.GetType().Name}); defaults apply.");
        }

        return Parse(content, fullPath, displayPath);
    }

    public static LoadedConfiguration Parse(string content, string fullPath, string displayPath)
    {
        var problems = new List<Finding>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(content, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
        }
        catch (JsonException ex)
        {
            int line = (int)(ex.LineNumber ?? 0) + 1;
            int column = (int)(ex.BytePositionInLine ?? 0) + 1;
            return Failed(displayPath, ToolRules.InvalidConfiguration, new LinePositionSpan(line, column, line, column), "The configuration file is not valid JSON; defaults apply.");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Failed(displayPath, ToolRules.InvalidConfiguration, new LinePositionSpan(1, 1, 1, 1), "The configuration file must hold a JSON object; defaults apply.");
            }

            var span = new LinePositionSpan(1, 1, 1, 1);
            void Problem(string message) => problems.Add(new Finding(ToolRules.InvalidConfiguration, displayPath, span, message, ToolRules.InvalidConfiguration.DefaultSeverity));

            List<string>? Strings(string key)
            {
                if (!root.TryGetProperty(key, out var value))
                {
                    return null;
                }

                var list = new List<string>();
                if (value.ValueKind != JsonValueKind.Array)
                {
                    Problem($"'{key}' must be an array of strings; it was ignored.");
                    return null;
                }

                foreach (var item in value.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String)
                    {
                        list.Add(item.GetString()!);
                    }
                    else
                    {
                        Problem($"'{key}' holds a value that is not a string; it was ignored.");
                    }
                }

                return list;
            }

            var severities = new Dictionary<string, Severity>(StringComparer.OrdinalIgnoreCase);
            if (root.TryGetProperty("rules", out var rules))
            {
                if (rules.ValueKind != JsonValueKind.Object)
                {
                    Problem("'rules' must be an object mapping rule ids to severities; it was ignored.");
                }
                else
                {
                    foreach (var rule in rules.EnumerateObject())
                    {
                        if (RuleCatalog.Find(rule.Name) is null)
                        {
                            Problem($"'rules.{rule.Name}' is not a ContainerGuard rule id; it was ignored.");
                        }
                        else if (rule.Value.ValueKind == JsonValueKind.String && SeverityNames.TryParse(rule.Value.GetString(), out var severity))
                        {
                            severities[rule.Name] = severity;
                        }
                        else
                        {
                            Problem($"'rules.{rule.Name}' must be one of none, info, warning, error; it was ignored.");
                        }
                    }
                }
            }

            var configuration = new ContainerGuardConfiguration(
                Strings("approvedRegistries"),
                Strings("approvedBaseImages"),
                Strings("secretNames"),
                severities,
                sourcePath: fullPath);
            return new LoadedConfiguration(configuration, problems);
        }
    }

    private static LoadedConfiguration Failed(string displayPath, RuleDescriptor rule, LinePositionSpan span, string message)
        => new(ContainerGuardConfiguration.Default, new[] { new Finding(rule, displayPath, span, message, rule.DefaultSeverity) });
}
