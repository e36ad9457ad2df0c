using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using ContainerGuard.Catalog;
using ContainerGuard.Findings;
using ContainerGuard.Text;

namespace ContainerGuard.Build;

/// <summary>
/// What a previous build found in each file, so that a no-change build reports the same findings without
/// linting again. One file per project (<c>obj/…/containerguard.cache</c>), a small line-based text format;
/// anything unexpected in it (other version, truncated, hand-edited) means "no cache", never an error.
/// </summary>
internal sealed class LintCache
{
    private const string Header = "containerguard-cache 1";

    private readonly Dictionary<string, Entry> _entries;

    private LintCache(string toolStamp, Dictionary<string, Entry> entries)
    {
        ToolStamp = toolStamp;
        _entries = entries;
    }

    /// <summary>Tool version and day: a new build of the rules, or a new day (end-of-life dates pass), invalidates everything.</summary>
    public string ToolStamp { get; }

    public int Count => _entries.Count;

    public static LintCache Empty(string toolStamp) => new(toolStamp, new Dictionary<string, Entry>(StringComparer.Ordinal));

    /// <summary>Reads the cache; a missing, corrupt or foreign file (or one of another tool stamp) gives an empty cache.</summary>
    public static LintCache Load(string? path, string toolStamp)
    {
        if (string.IsNullOrEmpty(path) || !File.Exists(path))
        {
            return Empty(toolStamp);
        }

        try
        {
            var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
            using var reader = new StreamReader(path!, new UTF8Encoding(false));
            if (reader.ReadLine() != Header || reader.ReadLine() != toolStamp)
            {
                return Empty(toolStamp);
            }

            Entry? current = null;
            string? line;
            bool complete = false;
            while ((line = reader.ReadLine()) != null)
            {
                string[] fields = line.Split('\t');
                switch (fields[0])
                {
                    case "F" when fields.Length == 6:
                        current = new Entry(
                            Unescape(fields[1]),
                            long.Parse(fields[2], CultureInfo.InvariantCulture),
                            long.Parse(fields[3], CultureInfo.InvariantCulture),
                            fields[4],
                            fields[5]);
                        entries[current.Path] = current;
                        break;
                    case "D" when fields.Length == 8 && current != null:
                        var rule = RuleCatalog.Find(fields[1]);
                        if (rule is null || !SeverityNames.TryParse(fields[2], out var severity) || severity == Severity.None)
                        {
                            return Empty(toolStamp);
                        }

                        var span = new LinePositionSpan(Int(fields[3]), Int(fields[4]), Int(fields[5]), Int(fields[6]));
                        current.Findings.Add(new Finding(rule, current.Path, span, Unescape(fields[7]), severity));
                        break;
                    case "END" when fields.Length == 1:
                        complete = true;
                        break;
                    default:
                        return Empty(toolStamp);
                }
            }

            // A file cut short (a crash mid-write of an older, non-atomic writer) is not trusted.
            return complete ? new LintCache(toolStamp, entries) : Empty(toolStamp);
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is FormatException || ex is OverflowException || ex is ArgumentException)
        {
            return Empty(toolStamp);
        }
    }

    public Entry? Find(string path) => _entries.TryGetValue(path, out var entry) ? entry : null;

    public void Set(Entry entry) => _entries[entry.Path] = entry;

    /// <summary>Keeps only the given files, so that the cache does not grow with files deleted or removed from the build.</summary>
    public void RetainOnly(ICollection<string> paths)
    {
        var stale = new List<string>();
        foreach (var key in _entries.Keys)
        {
            if (!paths.Contains(key))
            {
                stale.Add(key);
            }
        }

        foreach (var key in stale)
        {
            _entries.Remove(key);
        }
    }

    /// <summary>Writes to a temporary file beside the target and renames it over, so a reader never sees half a cache.</summary>
    public void Save(string path)
    {
        string? directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        string temporary = path + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp";
        try
        {
            using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(false)))
            {
                writer.NewLine = "\n";
                writer.WriteLine(Header);
                writer.WriteLine(ToolStamp);
                foreach (var entry in _entries.Values)
                {
                    writer.WriteLine(string.Join("\t", "F", Escape(entry.Path), Str(entry.Length), Str(entry.LastWriteTicks), entry.ContentHash, entry.ConfigurationFingerprint));
                    foreach (var finding in entry.Findings)
                    {
                        writer.WriteLine(string.Join(
                            "\t",
                            "D",
                            finding.RuleId,
                            finding.Severity.ToName(),
                            Str(finding.Span.Start.Line),
                            Str(finding.Span.Start.Column),
                            Str(finding.Span.End.Line),
                            Str(finding.Span.End.Column),
                            Escape(finding.Message)));
                    }
                }

                writer.WriteLine("END");
            }

            Replace(temporary, path);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    private static void Replace(string source, string destination)
    {
#if NET
        File.Move(source, destination, overwrite: true);
#else
        if (File.Exists(destination))
        {
            File.Replace(source, destination, destinationBackupFileName: null, ignoreMetadataErrors: true);
        }
        else
        {
            File.Move(source, destination);
        }
#endif
    }

    private static int Int(string text) => int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture);

    private static string Str(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            switch (c)
            {
                case '\\': builder.Append("\\\\"); break;
                case '\t': builder.Append("\\t"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                default: builder.Append(c); break;
            }
        }

        return builder.ToString();
    }

    private static string Unescape(string text)
    {
        if (text.IndexOf('\\') < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c != '\\' || i + 1 == text.Length)
            {
                builder.Append(c);
                continue;
            }

            char next = text[++i];
            builder.Append(next switch
            {
                't' => '\t',
                'n' => '\n',
                'r' => '\r',
                _ => next,
            });
        }

        return builder.ToString();
    }

    /// <summary>One linted file: how it looked when linted, under which configuration, and what was found.</summary>
    internal sealed class Entry
    {
        public Entry(string path, long length, long lastWriteTicks, string contentHash, string configurationFingerprint)
        {
            Path = path;
            Length = length;
            LastWriteTicks = lastWriteTicks;
            ContentHash = contentHash;
            ConfigurationFingerprint = configurationFingerprint;
        }

        public string Path { get; }

        public long Length { get; }

        public long LastWriteTicks { get; }

        public string ContentHash { get; }

        public string ConfigurationFingerprint { get; }

        public List<Finding> Findings { get; } = new();
    }
}
