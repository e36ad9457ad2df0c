using System;
using System.Collections.Generic;
using ContainerGuard.Collections;
using ContainerGuard.Images;
using ContainerGuard.Text;

namespace ContainerGuard.Dockerfile.Stages;

/// <summary>How an image gets into the build.</summary>
internal enum PullKind
{
    /// <summary><c>FROM image</c>.</summary>
    From,

    /// <summary><c>COPY --from=image</c>: files copied out of another image.</summary>
    CopyFrom,

    /// <summary><c>RUN --mount=…,from=image</c>: an image mounted into a build step.</summary>
    MountFrom,
}

/// <summary>One image a Dockerfile pulls: where it is written, what it resolves to, and the parsed reference.</summary>
internal sealed class PulledImage
{
    public PulledImage(Instruction instruction, PullKind kind, TextSpan span, string written, string resolved, ImageReference reference)
    {
        Instruction = instruction;
        Kind = kind;
        Span = span;
        Written = written;
        Resolved = resolved;
        Reference = reference;
    }

    /// <summary>The instruction that names the image (suppression comments attach to it).</summary>
    public Instruction Instruction { get; }

    public PullKind Kind { get; }

    /// <summary>The image word as written in the file.</summary>
    public TextSpan Span { get; }

    public string Written { get; }

    /// <summary>After ARG expansion (equal to <see cref="Written"/> when there was nothing to expand).</summary>
    public string Resolved { get; }

    public ImageReference Reference { get; }

    /// <summary>"Base image 'node:18'", "Image 'tool:1' used by COPY --from", with "(from '${BASE}')" when an ARG was expanded.</summary>
    public string Describe()
    {
        string name = Kind switch
        {
            PullKind.CopyFrom => $"Image '{Resolved}' used by COPY --from",
            PullKind.MountFrom => $"Image '{Resolved}' mounted by RUN --mount",
            _ => $"Base image '{Resolved}'",
        };

        return Written == Resolved ? name : name + $" (written '{Written}')";
    }
}

/// <summary>
/// Every image a Dockerfile pulls: each <c>FROM</c> that names an image (not an earlier stage; variables
/// resolved through global ARG defaults), each <c>COPY --from=</c> and <c>RUN --mount=…,from=</c> that names an
/// image rather than a stage. References that do not parse (unresolved variables, invalid names) are skipped:
/// the rules stay silent on what they cannot read.
/// </summary>
internal static class PulledImages
{
    /// <summary>Every pulled image in file order, computed once per document for all the rules that ask.</summary>
    public static IReadOnlyList<PulledImage> All(DockerfileDocument document)
        => Memo.Get(ref document.PulledImagesCache, document, d => new List<PulledImage>(Enumerate(d)))!;

    private static IEnumerable<PulledImage> Enumerate(DockerfileDocument document)
    {
        // Stage names looked up once: a file with thousands of stages must stay linear.
        var stageIndex = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var stage in document.Stages)
        {
            if (stage.Name != null && !stageIndex.ContainsKey(stage.Name))
            {
                stageIndex[stage.Name] = stage.Index;
            }
        }

        foreach (var stage in document.Stages)
        {
            var from = FromImage(document, stage, stageIndex);
            if (from != null)
            {
                yield return from;
            }

            foreach (var instruction in stage.Instructions)
            {
                if (instruction is CopyInstruction && instruction.FindFlag("from") is { Value: { } copyFrom } flag)
                {
                    var pulled = Other(document, stage, instruction, PullKind.CopyFrom, copyFrom, flag.ValueSpan, stageIndex);
                    if (pulled != null)
                    {
                        yield return pulled;
                    }
                }
                else if (instruction is CommandInstruction { Keyword: "RUN" })
                {
                    foreach (var mount in instruction.Flags)
                    {
                        if (!string.Equals(mount.Name, "mount", StringComparison.OrdinalIgnoreCase) || mount.Value == null)
                        {
                            continue;
                        }

                        string? mountFrom = MountOption(mount.Value, "from");
                        if (mountFrom == null)
                        {
                            continue;
                        }

                        var pulled = Other(document, stage, instruction, PullKind.MountFrom, mountFrom, SpanWithin(document, mount.ValueSpan, "from=" + mountFrom, "from=".Length, mountFrom.Length), stageIndex);
                        if (pulled != null)
                        {
                            yield return pulled;
                        }
                    }
                }
            }
        }
    }

    /// <summary>The image a stage's FROM names (scratch included), or null for a stage reference, an unparsable name or an unresolved variable.</summary>
    public static PulledImage? FromImage(DockerfileDocument document, DockerfileStage stage)
        => FromImage(document, stage, null);

    private static PulledImage? FromImage(DockerfileDocument document, DockerfileStage stage, Dictionary<string, int>? stageIndex)
        // Computed once per stage: the same reference object then carries its catalogue answer for every rule.
        => Memo.Get(ref stage.FromImageCache, (document, stage, stageIndex), a => ComputeFromImage(a.document, a.stage, a.stageIndex));

    private static PulledImage? ComputeFromImage(DockerfileDocument document, DockerfileStage stage, Dictionary<string, int>? stageIndex)
    {
        var word = stage.From.Image;
        if (word == null || stage.BaseStage != null || IsStageReference(document, stage, stage.From.ResolvedImage ?? word.Value, stageIndex))
        {
            return null;
        }

        string? resolved = stage.From.ResolvedImage;
        if (resolved == null || !ImageReference.TryParse(resolved, out var reference))
        {
            return null;
        }

        return new PulledImage(stage.From, PullKind.From, word.Span, word.Value, resolved, reference);
    }

    private static PulledImage? Other(DockerfileDocument document, DockerfileStage stage, Instruction instruction, PullKind kind, string value, TextSpan span, Dictionary<string, int> stageIndex)
    {
        // A number is a stage index (even a wrong one), never an image.
        if (value.IndexOf('$') >= 0 || IsStageReference(document, stage, value, stageIndex) || int.TryParse(value, out _))
        {
            return null;
        }

        if (!ImageReference.TryParse(value, out var reference) || reference.IsScratch)
        {
            return null;
        }

        return new PulledImage(instruction, kind, span, value, value, reference);
    }

    /// <summary>True when <paramref name="name"/> names a stage defined before <paramref name="current"/> (by name or index).</summary>
    private static bool IsStageReference(DockerfileDocument document, DockerfileStage current, string name, Dictionary<string, int>? stageIndex)
    {
        if (stageIndex != null)
        {
            return (stageIndex.TryGetValue(name, out int index) || (int.TryParse(name, out index) && index >= 0)) && index < current.Index;
        }

        var stage = document.FindStage(name);
        return stage != null && stage.Index < current.Index;
    }

    /// <summary>Reads <c>key=value</c> from a comma-separated mount specification.</summary>
    private static string? MountOption(string specification, string key)
    {
        foreach (string part in specification.Split(','))
        {
            int eq = part.IndexOf('=');
            if (eq > 0 && string.Equals(part.Substring(0, eq).Trim(), key, StringComparison.OrdinalIgnoreCase))
            {
                string value = part.Substring(eq + 1).Trim().Trim('"', '\'');
                return value.Length == 0 ? null : value;
            }
        }

        return null;
    }

    /// <summary>The span of <paramref name="needle"/>'s part [offset, offset+length) inside <paramref name="within"/>, or <paramref name="within"/> when not found verbatim.</summary>
    private static TextSpan SpanWithin(DockerfileDocument document, TextSpan within, string needle, int offset, int length)
    {
        if (within.End > document.Text.Length)
        {
            return within;
        }

        string text = document.Text.GetText(within);
        int index = AsciiCase.IndexOf(text, needle);
        return index < 0 ? within : new TextSpan(within.Start + index + offset, length);
    }
}
