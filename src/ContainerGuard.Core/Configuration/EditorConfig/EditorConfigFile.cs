using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using ContainerGuard.Text;

namespace ContainerGuard.Configuration.EditorConfig;

/// <summary>One <c>key = value</c> line, with where it is (for CG9003 findings).</summary>
public sealed class EditorConfigProperty
{
    public EditorConfigProperty(string key, string value, LinePositionSpan span)
    {
        Key = key;
        Value = value;
        Span = span;
    }

    /// <summary>Lower-cased, as the compiler reads keys.</summary>
    public string Key { get; }

    public string Value { get; }

    /// <summary>From the key's first character to the value's last.</summary>
    public LinePositionSpan Span { get; }
}

/// <summary>A <c>[section]</c> and its properties; <see cref="Glob"/> is null for a name that is not a valid glob.</summary>
public sealed class EditorConfigSection
{
    public EditorConfigSection(string name, IReadOnlyList<EditorConfigProperty> properties, bool isGlobal)
    {
        Name = name;
        Properties = properties;
        Glob = isGlobal ? null : SectionGlob.TryCreate(name);
    }

    public string Name { get; }

    public SectionGlob? Glob { get; }

    public IReadOnlyList<EditorConfigProperty> Properties { get; }
}

/// <summary>
/// An .editorconfig or global analyzer config (<c>is_global = true</c>, or a file named <c>.globalconfig</c>), read the way
/// the compiler reads it: comment lines start with <c>#</c> or <c>;</c>, keys are case-insensitive, a trailing comment
/// after a value is dropped. Never throws; lines it cannot read are ignored, as the compiler ignores them.
/// </summary>
public sealed class EditorConfigFile
{
    public const string EditorConfigName = ".editorconfig";
    public const string GlobalConfigName = ".globalconfig";

    private EditorConfigFile(string path, bool isRoot, bool isGlobal, int globalLevel, IReadOnlyList<EditorConfigProperty> preamble, IReadOnlyList<EditorConfigSection> sections)
    {
        Path = path;
        Directory = NormalizeDirectory(System.IO.Path.GetDirectoryName(path) ?? string.Empty);
        IsRoot = isRoot;
        IsGlobal = isGlobal;
        GlobalLevel = globalLevel;
        Preamble = preamble;
        Sections = sections;
    }

    public string Path { get; }

    /// <summary>The folder of the file, <c>/</c>-separated, without a trailing separator.</summary>
    public string Directory { get; }

    /// <summary><c>root = true</c>: files above this one do not apply.</summary>
    public bool IsRoot { get; }

    /// <summary>A global config: its preamble applies to every file, its sections name files by full path.</summary>
    public bool IsGlobal { get; }

    /// <summary><c>global_level</c>: which global config wins a conflict (higher wins).</summary>
    public int GlobalLevel { get; }

    /// <summary>The properties before the first section (for a global config: options for every file).</summary>
    public IReadOnlyList<EditorConfigProperty> Preamble { get; }

    public IReadOnlyList<EditorConfigSection> Sections { get; }

    public static EditorConfigFile Parse(string text, string path)
    {
        var preamble = new List<EditorConfigProperty>();
        var sections = new List<(string Name, List<EditorConfigProperty> Properties)>();
        List<EditorConfigProperty> current = preamble;
        var source = new SourceText(text ?? string.Empty);
        for (int line = 0; line < source.LineCount; line++)
        {
            int start = source.GetLineStart(line);
            string raw = source.GetText(TextSpan.FromBounds(start, source.GetLineEnd(line)));
            string trimmed = raw.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#' || trimmed[0] == ';')
            {
                continue;
            }

            if (trimmed[0] == '[')
            {
                string? name = SectionName(trimmed);
                if (name is not null)
                {
                    current = new List<EditorConfigProperty>();
                    sections.Add((name, current));
                }

                continue;
            }

            if (TryProperty(raw, line + 1, out var property))
            {
                current.Add(property!);
            }
        }

        bool isGlobal = string.Equals(System.IO.Path.GetFileName(path), GlobalConfigName, StringComparison.OrdinalIgnoreCase)
            || Find(preamble, "is_global") is "true";
        bool isRoot = Find(preamble, "root") is "true";
        int level = int.TryParse(Find(preamble, "global_level"), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int given)
            ? given
            : string.Equals(System.IO.Path.GetFileName(path), GlobalConfigName, StringComparison.OrdinalIgnoreCase) ? 100 : 0;
        var built = new List<EditorConfigSection>();
        foreach (var (name, properties) in sections)
        {
            built.Add(new EditorConfigSection(name, properties, isGlobal));
        }

        return new EditorConfigFile(path, isRoot, isGlobal, level, preamble, built);
    }

    /// <summary>
    /// The path of <paramref name="fullPath"/> relative to this file's folder (<c>/</c>-separated), or null when the file
    /// is not under it.
    /// </summary>
    public string? RelativePathOf(string fullPath)
    {
        string normalized = fullPath.Replace('\\', '/');
        if (Directory.Length == 0 || normalized.Length <= Directory.Length + 1 || normalized[Directory.Length] != '/'
            || !normalized.StartsWith(Directory, PathComparison))
        {
            return Directory == "/" && normalized.StartsWith("/", StringComparison.Ordinal) ? normalized.Substring(1) : null;
        }

        return normalized.Substring(Directory.Length + 1);
    }

    /// <summary>Whether a global config section (an absolute path) names <paramref name="fullPath"/>.</summary>
    public static bool NamesFile(EditorConfigSection section, string fullPath)
        => string.Equals(section.Name.Replace('\\', '/'), fullPath.Replace('\\', '/'), PathComparison);

    // Paths compare as the file system compares them, as for containerguard.json.
    private static StringComparison PathComparison => ConfigurationPaths.Comparison;

    private static string NormalizeDirectory(string directory)
    {
        string normalized = directory.Replace('\\', '/');
        return normalized.Length > 1 ? normalized.TrimEnd('/') : normalized;
    }

    private static string? Find(List<EditorConfigProperty> properties, string key)
    {
        string? value = null;
        foreach (var property in properties)
        {
            if (property.Key == key)
            {
                value = property.Value.ToLowerInvariant();
            }
        }

        return value;
    }

    /// <summary><c>[name]</c>, optionally followed by a comment; <c>\#</c> and <c>\;</c> are kept in the name.</summary>
    private static string? SectionName(string trimmed)
    {
        int close = -1;
        for (int i = 1; i < trimmed.Length; i++)
        {
            if (trimmed[i] == '\\')
            {
                i++;
            }
            else if (trimmed[i] == ']')
            {
                close = i;
            }
            else if ((trimmed[i] == '#' || trimmed[i] == ';') && close >= 0)
            {
                break;
            }
        }

        if (close <= 1)
        {
            return null;
        }

        string rest = trimmed.Substring(close + 1).Trim();
        return rest.Length == 0 || rest[0] == '#' || rest[0] == ';' ? trimmed.Substring(1, close - 1) : null;
    }

    private static bool TryProperty(string raw, int lineNumber, out EditorConfigProperty? property)
    {
        property = null;
        int i = 0;
        while (i < raw.Length && char.IsWhiteSpace(raw[i]))
        {
            i++;
        }

        int keyStart = i;
        while (i < raw.Length && (char.IsLetterOrDigit(raw[i]) || raw[i] is '_' or '.' or '-'))
        {
            i++;
        }

        int keyEnd = i;
        while (i < raw.Length && char.IsWhiteSpace(raw[i]))
        {
            i++;
        }

        if (keyEnd == keyStart || i >= raw.Length || (raw[i] != '=' && raw[i] != ':'))
        {
            return false;
        }

        i++;
        while (i < raw.Length && char.IsWhiteSpace(raw[i]))
        {
            i++;
        }

        int valueStart = i;
        int valueEnd = raw.Length;
        for (int k = valueStart; k < raw.Length; k++)
        {
            if (raw[k] == '#' || raw[k] == ';')
            {
                valueEnd = k;
                break;
            }
        }

        while (valueEnd > valueStart && char.IsWhiteSpace(raw[valueEnd - 1]))
        {
            valueEnd--;
        }

        string key = raw.Substring(keyStart, keyEnd - keyStart).ToLowerInvariant();
        string value = raw.Substring(valueStart, valueEnd - valueStart);
        int endColumn = (valueEnd > valueStart ? valueEnd : keyEnd) + 1;
        property = new EditorConfigProperty(key, value, new LinePositionSpan(lineNumber, keyStart + 1, lineNumber, endColumn));
        return true;
    }
}
