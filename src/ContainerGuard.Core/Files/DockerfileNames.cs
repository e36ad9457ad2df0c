using System;
using System.Collections.Generic;

namespace ContainerGuard.Files;

/// <summary>
/// What a Dockerfile is called: <c>Dockerfile</c>, <c>Containerfile</c>, <c>*.Dockerfile</c>, <c>*.Containerfile</c>,
/// <c>Dockerfile.*</c> and <c>Containerfile.*</c>, in any case, except names whose last extension says the file is
/// something else (<c>Dockerfile.md</c>, <c>Dockerfile.dockerignore</c>, <c>Dockerfile.template</c>…).
/// </summary>
public static class DockerfileNames
{
    /// <summary>The two stems every Dockerfile name is built from.</summary>
    public static IReadOnlyList<string> Stems { get; } = new[] { "Dockerfile", "Containerfile" };

    /// <summary>
    /// The MSBuild glob of the package's default <c>ContainerGuardDockerfile</c> items, built from <see cref="Stems"/>. It is
    /// wider than <see cref="IsDockerfileName"/> (a glob cannot leave out <c>Dockerfile.md</c>): the task drops what the
    /// classifier rejects, so the build and <c>containerguard scan</c> lint the same files.
    /// </summary>
    public static string MSBuildIncludeGlob
    {
        get
        {
            var parts = new List<string>();
            foreach (string stem in Stems)
            {
                parts.Add("**/" + stem);
                parts.Add("**/*." + stem);
                parts.Add("**/" + stem + ".*");
            }

            return string.Join(";", parts);
        }
    }

    // Dockerfile.<suffix> names that are documentation, ignore files, scripts or templates with placeholders, not Dockerfiles.
    private static readonly HashSet<string> NotDockerfileSuffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "md", "markdown", "txt", "rst", "adoc", "html", "dockerignore", "json", "yaml", "yml", "toml", "xml",
        "sh", "bash", "ps1", "cmd", "bat", "py", "orig", "rej", "bak", "swp", "tmp", "log", "lock", "patch", "diff",
        "template", "tmpl", "tpl", "j2", "jinja", "jinja2", "erb", "mustache", "hbs", "gotmpl",
    };

    /// <summary>True for a file name (no folder) that names a Dockerfile.</summary>
    public static bool IsDockerfileName(string fileName)
    {
        foreach (string stem in Stems)
        {
            if (fileName.Equals(stem, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (fileName.Length > stem.Length + 1
                && fileName.EndsWith("." + stem, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (fileName.Length > stem.Length + 1
                && fileName.StartsWith(stem + ".", StringComparison.OrdinalIgnoreCase))
            {
                int lastDot = fileName.LastIndexOf('.');
                return !NotDockerfileSuffixes.Contains(fileName.Substring(lastDot + 1));
            }
        }

        return false;
    }
}
