using System;

namespace ContainerGuard.Files;

/// <summary>
/// Tells an ARM deployment template from any other JSON file by the start of its text alone: the first
/// <c>"$schema"</c> key must name a deployment-template schema
/// (<c>https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#</c>, and the subscription,
/// management-group and tenant variants). Parameter files, <c>appsettings.json</c>, <c>package.json</c> and the rest
/// are not; nothing else of the file is read, so a large non-ARM JSON file costs one small read.
/// </summary>
public static class ArmTemplateSniffer
{
    /// <summary>How much of the start of a file the sniff needs (characters); more is ignored.</summary>
    public const int SniffLength = 8 * 1024;

    private const string SchemaKey = "\"$schema\"";
    private const string SchemaHost = "schema.management.azure.com/schemas/";

    /// <summary>True when <paramref name="start"/> (the first <see cref="SniffLength"/> characters or fewer) opens a deployment template.</summary>
    public static bool IsDeploymentTemplate(string start)
    {
        if (string.IsNullOrEmpty(start))
        {
            return false;
        }

        int limit = Math.Min(start.Length, SniffLength);
        int key = start.IndexOf(SchemaKey, 0, limit, StringComparison.Ordinal);
        if (key < 0)
        {
            return false;
        }

        int i = SkipSpace(start, key + SchemaKey.Length, limit);
        if (i >= limit || start[i] != ':')
        {
            return false;
        }

        i = SkipSpace(start, i + 1, limit);
        if (i >= limit || start[i] != '"')
        {
            return false;
        }

        int end = start.IndexOf('"', i + 1, limit - i - 1);
        if (end < 0)
        {
            return false;
        }

        string schema = start.Substring(i + 1, end - i - 1).Trim();
        return schema.IndexOf(SchemaHost, StringComparison.OrdinalIgnoreCase) >= 0
            && (schema.EndsWith("eploymentTemplate.json#", StringComparison.OrdinalIgnoreCase)
                || schema.EndsWith("eploymentTemplate.json", StringComparison.OrdinalIgnoreCase));
    }

    private static int SkipSpace(string text, int i, int limit)
    {
        while (i < limit && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }
}
