using System;
using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using ContainerGuard.Cli.Scanning;
using ContainerGuard.Catalog;
using ContainerGuard.Findings;

namespace ContainerGuard.Cli.Reporting;

/// <summary>
/// SARIF 2.1.0 as GitHub code scanning reads it: every rule with help and a security-severity, results with
/// paths relative to <c>%SRCROOT%</c> (the working directory) and stable partial fingerprints. No source
/// snippets: messages are the only text taken from a finding, and they never hold a secret.
/// </summary>
public static class SarifReport
{
    public const string SrcRoot = "%SRCROOT%";

    public const string InformationUri = "https://github.com/containerguard/containerguard";

    public static void Write(ScanResult result, TextWriter output, string workingDirectory)
    {
        var rules = RuleCatalog.All;
        var ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < rules.Count; i++)
        {
            ruleIndex[rules[i].Id] = i;
        }

        JsonOutput.Write(output, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            writer.WriteString("version", "2.1.0");
            writer.WriteStartArray("runs");
            writer.WriteStartObject();

            WriteTool(writer, rules);

            writer.WriteStartObject("originalUriBaseIds");
            writer.WriteStartObject(SrcRoot);
            writer.WriteString("uri", DirectoryUri(workingDirectory));
            writer.WriteEndObject();
            writer.WriteEndObject();

            writer.WriteStartArray("invocations");
            writer.WriteStartObject();
            writer.WriteBoolean("executionSuccessful", true);
            writer.WriteEndObject();
            writer.WriteEndArray();

            writer.WriteString("columnKind", "utf16CodeUnits");

            writer.WriteStartArray("results");
            // Each chunk is results rendered ahead, at this depth, separated by commas; the writer puts one between chunks.
            WriteResults(result.Findings, ruleIndex, workingDirectory, chunk => writer.WriteRawValue(chunk.Span, skipInputValidation: true));
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    public static string ToolVersion
    {
        get
        {
            string? version = typeof(SarifReport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
            if (string.IsNullOrEmpty(version))
            {
                return "0.0.0";
            }

            int plus = version!.IndexOf('+');
            return plus >= 0 ? version.Substring(0, plus) : version;
        }
    }

    private static void WriteTool(Utf8JsonWriter writer, IReadOnlyList<RuleDescriptor> rules)
    {
        writer.WriteStartObject("tool");
        writer.WriteStartObject("driver");
        writer.WriteString("name", "ContainerGuard");
        writer.WriteString("version", ToolVersion);
        writer.WriteString("semanticVersion", ToolVersion);
        writer.WriteString("informationUri", InformationUri);
        writer.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            writer.WriteStartObject();
            writer.WriteString("id", rule.Id);
            writer.WriteString("name", RuleName(rule));
            writer.WriteStartObject("shortDescription");
            writer.WriteString("text", rule.Title);
            writer.WriteEndObject();
            writer.WriteStartObject("fullDescription");
            writer.WriteString("text", rule.Description);
            writer.WriteEndObject();
            writer.WriteString("helpUri", rule.HelpUri);
            writer.WriteStartObject("help");
            writer.WriteString("text", $"{rule.Description} See {rule.HelpUri}");
            writer.WriteString("markdown", $"**{rule.Id}: {rule.Title}**\n\n{rule.Description}\n\nConcern: `{rule.Concern.ToTag()}`. [Documentation]({rule.HelpUri})");
            writer.WriteEndObject();
            writer.WriteStartObject("defaultConfiguration");
            writer.WriteString("level", Level(rule.DefaultSeverity));
            writer.WriteEndObject();
            writer.WriteStartObject("properties");
            writer.WriteStartArray("tags");
            writer.WriteStringValue(rule.Concern.ToTag());
            writer.WriteStringValue("security");
            writer.WriteEndArray();
            writer.WriteString("precision", "high");
            writer.WriteString("security-severity", SecuritySeverity(rule));
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>
    /// The results, rendered on every core in chunks of consecutive results, each chunk exactly as the report's writer
    /// would put those results in the results array: a writer per chunk is first taken down to the array's depth with
    /// empty arrays, whose bytes are then left out. Only the numbering of identical fingerprints depends on what came
    /// before; it is done first, in report order. Chunks are rendered a window at a time and handed to
    /// <paramref name="write"/> in order, so a few buffers serve the whole report.
    /// </summary>
    private static void WriteResults(IReadOnlyList<ReportedFinding> findings, Dictionary<string, int> ruleIndex, string workingDirectory, Action<ReadOnlyMemory<byte>> write)
    {
        // Identical findings on identical lines of one file are told apart by their order.
        var occurrence = new int[findings.Count];
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < findings.Count; i++)
        {
            counts.TryGetValue(findings[i].Fingerprint, out int seen);
            counts[findings[i].Fingerprint] = occurrence[i] = seen + 1;
        }

        const int ChunkSize = 32;
        int chunkCount = (findings.Count + ChunkSize - 1) / ChunkSize;
        var slots = new ChunkSlot[Math.Min(chunkCount, Environment.ProcessorCount * 4)];
        // A file's findings share its location: the URI is made once per file.
        var locations = new ConcurrentDictionary<string, ArtifactLocation>(StringComparer.Ordinal);
        for (int first = 0; first < chunkCount; first += slots.Length)
        {
            int count = Math.Min(slots.Length, chunkCount - first);
            Parallel.For(0, count, k =>
            {
                var slot = slots[k] ??= new ChunkSlot(ChunkSize);
                int start = (first + k) * ChunkSize;
                slot.Render(findings, start, Math.Min(findings.Count, start + ChunkSize), occurrence, ruleIndex, workingDirectory, locations);
            });

            for (int k = 0; k < count; k++)
            {
                write(slots[k].Results);
            }
        }
    }

    /// <summary>How deep the results array is: in the log's runs array, in the run object, in the log object.</summary>
    private const int ResultsDepth = 4;

    /// <summary>A reusable buffer and writer that render one chunk of results at a time.</summary>
    private sealed class ChunkSlot
    {
        private readonly ArrayBufferWriter<byte> _buffer;
        private readonly Utf8JsonWriter _writer;
        private int _prefix;

        public ChunkSlot(int results)
        {
            // About a kilobyte per result: sized so the buffer rarely grows (and stays off the large object heap).
            _buffer = new ArrayBufferWriter<byte>(results * 1536);
            _writer = new Utf8JsonWriter(_buffer, JsonOutput.Options);
        }

        /// <summary>What the last <see cref="Render"/> wrote after its opening brackets.</summary>
        public ReadOnlyMemory<byte> Results => _buffer.WrittenMemory.Slice(_prefix);

        public void Render(IReadOnlyList<ReportedFinding> findings, int start, int end, int[] occurrence, Dictionary<string, int> ruleIndex, string workingDirectory, ConcurrentDictionary<string, ArtifactLocation> locations)
        {
            _buffer.ResetWrittenCount();
            _writer.Reset(_buffer);
            for (int depth = 0; depth < ResultsDepth; depth++)
            {
                _writer.WriteStartArray();
            }

            _writer.Flush();
            _prefix = _buffer.WrittenCount;
            for (int i = start; i < end; i++)
            {
                WriteResult(_writer, findings[i], occurrence[i], ruleIndex, workingDirectory, locations);
            }

            _writer.Flush();
        }
    }

    private static void WriteResult(Utf8JsonWriter writer, ReportedFinding reported, int occurrence, Dictionary<string, int> ruleIndex, string workingDirectory, ConcurrentDictionary<string, ArtifactLocation> locations)
    {
        var finding = reported.Finding;
        writer.WriteStartObject();
        writer.WriteString(Names.RuleId, finding.RuleId);
        if (ruleIndex.TryGetValue(finding.RuleId, out int index))
        {
            writer.WriteNumber(Names.RuleIndex, index);
        }

        writer.WriteString(Names.Level, EncodedLevel(finding.Severity));
        writer.WriteStartObject(Names.Message);
        writer.WriteString(Names.Text, finding.Message);
        writer.WriteEndObject();

        writer.WriteStartArray(Names.Locations);
        writer.WriteStartObject();
        writer.WriteStartObject(Names.PhysicalLocation);
        writer.WriteStartObject(Names.ArtifactLocation);
        var location = locations.GetOrAdd(reported.FullPath, (path, directory) => ArtifactLocation.Of(path, directory), workingDirectory);
        writer.WriteString(Names.Uri, location.Uri);
        if (location.UnderSrcRoot)
        {
            writer.WriteString(Names.UriBaseId, Names.SrcRootValue);
        }

        writer.WriteEndObject();
        writer.WriteStartObject(Names.Region);
        writer.WriteNumber(Names.StartLine, Math.Max(1, finding.Span.Start.Line));
        writer.WriteNumber(Names.StartColumn, Math.Max(1, finding.Span.Start.Column));
        writer.WriteNumber(Names.EndLine, Math.Max(1, finding.Span.End.Line));
        writer.WriteNumber(Names.EndColumn, Math.Max(1, finding.Span.End.Column));
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();

        writer.WriteStartObject(Names.PartialFingerprints);
        writer.WriteString(Names.FingerprintKey, reported.Fingerprint + ":" + occurrence.ToString(CultureInfo.InvariantCulture));
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>Where a result's file is: relative to <c>%SRCROOT%</c> when under the working directory, else an absolute URI.</summary>
    private readonly struct ArtifactLocation
    {
        private ArtifactLocation(string uri, bool underSrcRoot)
        {
            Uri = uri;
            UnderSrcRoot = underSrcRoot;
        }

        public string Uri { get; }

        public bool UnderSrcRoot { get; }

        public static ArtifactLocation Of(string fullPath, string workingDirectory)
        {
            string? relative = PathDisplay.RelativeUnder(fullPath, workingDirectory);
            return relative is not null && relative.Length > 0
                ? new ArtifactLocation(RelativeUri(relative), underSrcRoot: true)
                : new ArtifactLocation(new Uri(fullPath).AbsoluteUri, underSrcRoot: false);
        }
    }

    /// <summary>The property names and fixed values of a result, encoded once (with the reports' encoder) instead of per result.</summary>
    private static class Names
    {
        public static readonly JsonEncodedText RuleId = Encode("ruleId");
        public static readonly JsonEncodedText RuleIndex = Encode("ruleIndex");
        public static readonly JsonEncodedText Level = Encode("level");
        public static readonly JsonEncodedText Message = Encode("message");
        public static readonly JsonEncodedText Text = Encode("text");
        public static readonly JsonEncodedText Locations = Encode("locations");
        public static readonly JsonEncodedText PhysicalLocation = Encode("physicalLocation");
        public static readonly JsonEncodedText ArtifactLocation = Encode("artifactLocation");
        public static readonly JsonEncodedText Uri = Encode("uri");
        public static readonly JsonEncodedText UriBaseId = Encode("uriBaseId");
        public static readonly JsonEncodedText SrcRootValue = Encode(SrcRoot);
        public static readonly JsonEncodedText Region = Encode("region");
        public static readonly JsonEncodedText StartLine = Encode("startLine");
        public static readonly JsonEncodedText StartColumn = Encode("startColumn");
        public static readonly JsonEncodedText EndLine = Encode("endLine");
        public static readonly JsonEncodedText EndColumn = Encode("endColumn");
        public static readonly JsonEncodedText PartialFingerprints = Encode("partialFingerprints");
        public static readonly JsonEncodedText FingerprintKey = Encode(Fingerprints.SarifKey);
        public static readonly JsonEncodedText Error = Encode(SarifReport.Level(Severity.Error));
        public static readonly JsonEncodedText Warning = Encode(SarifReport.Level(Severity.Warning));
        public static readonly JsonEncodedText Note = Encode(SarifReport.Level(Severity.Info));
        public static readonly JsonEncodedText None = Encode(SarifReport.Level(Severity.None));

        private static JsonEncodedText Encode(string value) => JsonEncodedText.Encode(value, JsonOutput.Encoder);
    }

    private static JsonEncodedText EncodedLevel(Severity severity) => severity switch
    {
        Severity.Error => Names.Error,
        Severity.Warning => Names.Warning,
        Severity.Info => Names.Note,
        _ => Names.None,
    };

    /// <summary>SARIF levels: info is <c>note</c>.</summary>
    public static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "note",
        _ => "none",
    };

    /// <summary>
    /// GitHub's security-severity (0.1–10: low &lt; 4, medium &lt; 7, high &lt; 9, critical): from the default
    /// severity, one step up for hard-coded secrets. Tool rules (CG9xxx) stay low.
    /// </summary>
    public static string SecuritySeverity(RuleDescriptor rule)
    {
        double score = rule.DefaultSeverity switch
        {
            Severity.Error => 8.0,
            Severity.Warning => 5.5,
            _ => 2.0,
        };

        if (rule.Concern == Concern.Secret)
        {
            score = rule.DefaultSeverity == Severity.Error ? 9.0 : 7.5;
        }
        else if (rule.Concern == Concern.Tool)
        {
            score = 1.0;
        }

        return score.ToString("0.0", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// A PascalCase friendly name from the title, as SARIF's rule <c>name</c> wants it: articles dropped, acronyms
    /// as words ("Secret in ENV or ARG" → SecretInEnvOrArg, "Base image pulled from a public registry" → BaseImagePulledFromPublicRegistry).
    /// </summary>
    public static string RuleName(RuleDescriptor rule)
    {
        var builder = new StringBuilder();
        foreach (string word in rule.Title.Split(NonWordCharacters, StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase) || word.Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            bool acronym = word.Length > 1 && word.ToUpperInvariant() == word;
            builder.Append(char.ToUpperInvariant(word[0]));
            builder.Append(acronym ? word.Substring(1).ToLowerInvariant() : word.Substring(1));
        }

        return builder.Length > 0 ? builder.ToString() : rule.Id;
    }

    private static readonly char[] NonWordCharacters = BuildNonWordCharacters();

    private static char[] BuildNonWordCharacters()
    {
        var characters = new List<char>();
        for (char c = (char)0; c < 128; c++)
        {
            if (!char.IsLetterOrDigit(c))
            {
                characters.Add(c);
            }
        }

        characters.Add('\u2026');
        characters.Add('\u2019');
        return characters.ToArray();
    }

    private static string RelativeUri(string relativePath)
    {
        var segments = relativePath.Split(new[] { Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar }, StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < segments.Length; i++)
        {
            segments[i] = Uri.EscapeDataString(segments[i]);
        }

        return string.Join("/", segments);
    }

    private static string DirectoryUri(string directory)
    {
        string uri = new Uri(Path.GetFullPath(directory)).AbsoluteUri;
        return uri.EndsWith("/", StringComparison.Ordinal) ? uri : uri + "/";
    }
}
