using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ContainerGuard.Cli.Scanning;
using ContainerGuard.Catalog;
using ContainerGuard.Findings;

namespace ContainerGuard.Cli.Reporting;

/// <summary>The <c>text</c> format: one MSBuild canonical line per finding (<c>path(l,c,el,ec): warning CG4001: message</c>).</summary>
public static class TextReport
{
    public static void Write(ScanResult result, TextWriter output)
    {
        foreach (var reported in result.Findings)
        {
            output.WriteLine(reported.Finding.ToString());
        }
    }

    /// <summary>The line printed on stderr after a scan, e.g. <c>containerguard: 12 files, 1 error, 3 warnings, 2 info</c>.</summary>
    public static string Summary(ScanResult result)
        => $"containerguard: {Plural(result.FileCount, "file")} scanned, {Plural(result.Count(Severity.Error), "error")}, {Plural(result.Count(Severity.Warning), "warning")}, {result.Count(Severity.Info)} info.";

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}

/// <summary>The <c>json</c> format: <c>{ "findings": [...], "summary": {...} }</c>, for scripts.</summary>
public static class JsonReport
{
    public static void Write(ScanResult result, TextWriter output)
    {
        JsonOutput.Write(output, writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("findings");
            foreach (var reported in result.Findings)
            {
                var f = reported.Finding;
                writer.WriteStartObject();
                writer.WriteString("ruleId", f.RuleId);
                writer.WriteString("severity", f.Severity.ToName());
                writer.WriteString("concern", f.Rule.Concern.ToTag());
                writer.WriteString("path", f.Path);
                writer.WriteNumber("line", f.Span.Start.Line);
                writer.WriteNumber("column", f.Span.Start.Column);
                writer.WriteNumber("endLine", f.Span.End.Line);
                writer.WriteNumber("endColumn", f.Span.End.Column);
                writer.WriteString("message", f.Message);
                writer.WriteString("helpUri", f.Rule.HelpUri);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartObject("summary");
            writer.WriteNumber("files", result.FileCount);
            writer.WriteNumber("error", result.Count(Severity.Error));
            writer.WriteNumber("warning", result.Count(Severity.Warning));
            writer.WriteNumber("info", result.Count(Severity.Info));
            writer.WriteEndObject();
            writer.WriteEndObject();
        });
    }
}

/// <summary>The <c>rules</c> verb: the catalogue as a text table or as the JSON array DESIGN.md specifies.</summary>
public static class RulesReport
{
    public static void WriteText(TextWriter output)
    {
        int concernWidth = "concern".Length;
        foreach (var rule in RuleCatalog.All)
        {
            concernWidth = Math.Max(concernWidth, rule.Concern.ToTag().Length);
        }

        output.WriteLine($"{"id",-7} {"concern".PadRight(concernWidth)} {"severity",-8} title");
        foreach (var rule in RuleCatalog.All)
        {
            output.WriteLine($"{rule.Id,-7} {rule.Concern.ToTag().PadRight(concernWidth)} {rule.DefaultSeverity.ToName(),-8} {rule.Title}");
        }
    }

    public static void WriteJson(TextWriter output)
    {
        JsonOutput.Write(output, writer =>
        {
            writer.WriteStartArray();
            foreach (var rule in RuleCatalog.All)
            {
                writer.WriteStartObject();
                writer.WriteString("id", rule.Id);
                writer.WriteString("title", rule.Title);
                writer.WriteString("concern", rule.Concern.ToTag());
                writer.WriteString("defaultSeverity", rule.DefaultSeverity.ToName());
                writer.WriteString("surface", rule.Surface.ToName());
                writer.WriteString("helpUri", rule.HelpUri);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        });
    }
}

/// <summary>Utf8JsonWriter to a TextWriter: no reflection, so the tool stays trimming- and NativeAOT-friendly.</summary>
internal static class JsonOutput
{
    /// <summary>How every report is written; parts rendered ahead use the same.</summary>
    public static JsonWriterOptions Options { get; } = new()
    {
        Indented = true,
        // Output goes to files and terminals, never into HTML: keep paths and messages readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The encoder of every report: values and property names encoded ahead of time must use it too.</summary>
    public static JavaScriptEncoder Encoder => Options.Encoder!;

    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        if (output is StreamWriter streamWriter && streamWriter.Encoding.CodePage == Encoding.UTF8.CodePage && streamWriter.Encoding.GetPreamble().Length == 0)
        {
            // The writer's UTF-8 goes straight into the stream in chunks (what a UTF-8 StreamWriter would write, byte for
            // byte): no copy of a multi-megabyte report as bytes, then as a string, then as bytes again.
            streamWriter.Flush();
            var chunks = new StreamBufferWriter(streamWriter.BaseStream);
            using (var writer = new Utf8JsonWriter(chunks, Options))
            {
                write(writer);
            }

            chunks.Flush();
            streamWriter.WriteLine();
            return;
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        output.WriteLine();
    }
}

/// <summary>An <see cref="IBufferWriter{T}"/> that passes what was written on to a stream whenever its fixed buffer fills up.</summary>
internal sealed class StreamBufferWriter : IBufferWriter<byte>
{
    private const int ChunkSize = 64 * 1024;

    private readonly Stream _stream;
    private byte[] _buffer = new byte[ChunkSize];
    private int _written;

    public StreamBufferWriter(Stream stream)
    {
        _stream = stream;
    }

    public void Advance(int count)
    {
        if (count < 0 || _written + count > _buffer.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(count));
        }

        _written += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0) => _buffer.AsMemory(Reserve(sizeHint));

    public Span<byte> GetSpan(int sizeHint = 0) => _buffer.AsSpan(Reserve(sizeHint));

    /// <summary>Writes what was advanced over to the stream (what was handed out before is no longer in use then).</summary>
    public void Flush()
    {
        if (_written > 0)
        {
            _stream.Write(_buffer, 0, _written);
            _written = 0;
        }

        _stream.Flush();
    }

    private int Reserve(int sizeHint)
    {
        int needed = Math.Max(sizeHint, 1);
        if (_buffer.Length - _written < needed)
        {
            if (_written > 0)
            {
                _stream.Write(_buffer, 0, _written);
                _written = 0;
            }

            if (_buffer.Length < needed)
            {
                _buffer = new byte[Math.Max(needed, _buffer.Length * 2)];
            }
        }

        return _written;
    }
}
