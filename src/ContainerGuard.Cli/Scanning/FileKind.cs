using System;
using System.Collections.Generic;
using System.IO;

namespace ContainerGuard.Cli.Scanning;

/// <summary>What a discovered file is, which decides the linter that reads it.</summary>
public enum FileKind
{
    Dockerfile,
    ProjectFile,
    Bicep,
    ArmTemplate,
}

/// <summary>Recognizes the files <c>scan</c> looks at, by name (ARM templates also by their <c>$schema</c>).</summary>
public static class FileClassifier
{
    // Dockerfile.<suffix> names that are documentation, ignore files, scripts or templates with placeholders, not Dockerfiles.
    private static readonly HashSet<string> NotDockerfileSuffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "md", "markdown", "txt", "rst", "adoc", "html", "dockerignore", "json", "yaml", "yml", "toml", "xml",
        "sh", "bash", "ps1", "cmd", "bat", "py", "orig", "rej", "bak", "swp", "tmp", "log", "lock", "patch", "diff",
        "template", "tmpl", "tpl", "j2", "jinja", "jinja2", "erb", "mustache", "hbs", "gotmpl",
    };

    /// <summary>The kind of a file met while walking a folder; null for files <c>scan</c> does not look at.</summary>
    public static FileKind? Classify(string path)
    {
        string name = Path.GetFileName(path);
        if (IsDockerfileName(name))
        {
            return FileKind.Dockerfile;
        }

        string extension = Path.GetExtension(name);
        if (extension.Equals(".csproj", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".fsproj", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".vbproj", StringComparison.OrdinalIgnoreCase))
        {
            return FileKind.ProjectFile;
        }

        if (extension.Equals(".bicep", StringComparison.OrdinalIgnoreCase))
        {
            return FileKind.Bicep;
        }

        if (extension.Equals(".json", StringComparison.OrdinalIgnoreCase) && !name.Equals(ConfigurationFileName, StringComparison.OrdinalIgnoreCase))
        {
            // Whether it is an ARM template is decided from its $schema when (and if) it is linted.
            return FileKind.ArmTemplate;
        }

        return null;
    }

    /// <summary>
    /// A file the user named on the command line: classified like a discovered one, and anything else is
    /// taken as a Dockerfile (the user asked for it by name, e.g. <c>build/prod.docker</c>); a
    /// <c>containerguard.json</c> is configuration, not a file to lint (null).
    /// </summary>
    public static FileKind? ClassifyExplicit(string path)
        => Path.GetFileName(path).Equals(ConfigurationFileName, StringComparison.OrdinalIgnoreCase) ? null : Classify(path) ?? FileKind.Dockerfile;

    public const string ConfigurationFileName = ContainerGuard.Configuration.ConfigurationLoader.FileName;

    /// <summary><c>Dockerfile</c>, <c>Containerfile</c>, <c>*.Dockerfile</c>, <c>*.Containerfile</c>, <c>Dockerfile.*</c> (not <c>Dockerfile.md</c> and the like), case-insensitive.</summary>
    public static bool IsDockerfileName(string name)
    {
        foreach (string stem in Stems)
        {
            if (name.Equals(stem, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (name.Length > stem.Length + 1
                && name.EndsWith("." + stem, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (name.Length > stem.Length + 1
                && name.StartsWith(stem + ".", StringComparison.OrdinalIgnoreCase))
            {
                string suffix = name.Substring(stem.Length + 1);
                int lastDot = suffix.LastIndexOf('.');
                string lastPart = lastDot >= 0 ? suffix.Substring(lastDot + 1) : suffix;
                return !NotDockerfileSuffixes.Contains(lastPart);
            }
        }

        return false;
    }

    private static readonly string[] Stems = { "Dockerfile", "Containerfile" };
}
