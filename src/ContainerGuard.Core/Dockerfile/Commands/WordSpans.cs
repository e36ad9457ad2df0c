using System.Collections.Generic;
using ContainerGuard.Secrets;
using ContainerGuard.Text;

namespace ContainerGuard.Dockerfile.Commands;

/// <summary>Mechanics the Dockerfile secret rules share: spans inside words, variable references, ONBUILD triggers.</summary>
internal static class DockerfileSecrets
{
    /// <summary>
    /// The file span of <paramref name="word"/>.Value[start, start+length). The unquoted value is aligned with the
    /// word as written (quotes and escapes skipped); when that is not possible the whole word is returned.
    /// </summary>
    public static TextSpan MapSpan(LogicalWord word, int start, int length)
    {
        string value = word.Value;
        string raw = word.Raw;
        if (start < 0 || length <= 0 || start + length > value.Length || word.Span.Length != raw.Length)
        {
            return word.Span;
        }

        int first = -1;
        int last = -1;
        int j = 0;
        for (int i = 0; i < raw.Length && j < value.Length; i++)
        {
            if (raw[i] != value[j])
            {
                continue; // a quote or an escape character of the written form
            }

            if (j == start)
            {
                first = i;
            }

            if (j == start + length - 1)
            {
                last = i;
            }

            j++;
        }

        if (j < value.Length || first < 0 || last < first)
        {
            return word.Span;
        }

        return TextSpan.FromBounds(word.Span.Start + first, word.Span.Start + last + 1);
    }

    public static TextSpan MapSpan(LogicalWord word, SecretMatch match) => MapSpan(word, match.Start, match.Length);

    /// <summary>The whole value without surrounding white space.</summary>
    public static TextSpan TrimmedSpan(LogicalWord word)
    {
        string value = word.Value;
        int start = 0;
        int end = value.Length;
        while (start < end && char.IsWhiteSpace(value[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(value[end - 1]))
        {
            end--;
        }

        return end > start ? MapSpan(word, start, end - start) : word.Span;
    }

    /// <summary>True when the value uses a variable (<c>$X</c>, <c>${X}</c>, <c>$(…)</c>): Docker or the shell fills it in.</summary>
    public static bool HasVariableReference(string value)
    {
        for (int i = 0; i + 1 < value.Length; i++)
        {
            if (value[i] == '$')
            {
                char next = value[i + 1];
                if (next == '{' || next == '(' || next == '_' || char.IsLetter(next))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Every instruction, with the trigger of each ONBUILD in its place (reported on the ONBUILD line).</summary>
    public static IEnumerable<(Instruction Instruction, Instruction ReportOn)> InstructionsWithTriggers(DockerfileDocument document)
    {
        foreach (var instruction in document.Instructions)
        {
            yield return (instruction, instruction);
            if (instruction is OnBuildInstruction { Trigger: { } trigger })
            {
                yield return (trigger, instruction);
            }
        }
    }

    /// <summary>"a GitHub token", "an AWS access key id".</summary>
    public static string WithArticle(string description)
        => (description.Length > 0 && "aeiouAEIOU".IndexOf(description[0]) >= 0 ? "an " : "a ") + description;

    public static bool IsEnv(Instruction instruction) => instruction is KeyValueInstruction && instruction.Keyword == "ENV";

    public static bool IsLabel(Instruction instruction) => instruction is KeyValueInstruction && instruction.Keyword == "LABEL";
}
