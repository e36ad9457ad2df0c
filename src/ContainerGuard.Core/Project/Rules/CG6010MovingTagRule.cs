using System;
using System.Collections.Generic;
using ContainerGuard.Images;
using ContainerGuard.Catalog;
using ContainerGuard.Findings;
using ContainerGuard.Text;

namespace ContainerGuard.Project.Rules;

/// <summary>
/// CG6010: ContainerBaseImage without a tag or with a moving one (<c>latest</c>, <c>lts</c>…), and ContainerImageTag or
/// ContainerImageTags naming a moving tag. The SDK's own defaults are not reported: the inferred base image always
/// has a version tag, and the <c>latest</c> push tag it uses when no tag is set is usually replaced on the
/// command line (<c>-p:ContainerImageTag=$(Build.BuildId)</c>), which a project file does not show.
/// </summary>
public sealed class CG6010MovingTagRule : ProjectRule
{
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { ProjectRuleDescriptors.MovingTag };

    public override void Analyze(ProjectContext context)
    {
        var image = context.BaseImage.Reference;
        if (image is not null && !context.BaseImage.IsSdkDefault && TagPolicy.IsMovingTag(image))
        {
            string what = image.Tag is null ? "has no tag (Docker pulls 'latest')" : $"uses the moving tag '{image.Tag}'";
            context.Report(ProjectRuleDescriptors.MovingTag, context.BaseImageLocation,
                $"ContainerBaseImage {image.FamiliarName} {what}; use a version tag (and a digest) so every build starts from the same image.");
        }

        CheckPushTag(context, ProjectContainerProperties.ContainerImageTagName, context.Properties.ContainerImageTag);
        CheckPushTag(context, ProjectContainerProperties.ContainerImageTagsName, context.Properties.ContainerImageTags);
    }

    private static void CheckPushTag(ProjectContext context, string propertyName, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        var location = context.Locator.FindOrProject(propertyName, value);
        foreach (var (tag, offset) in SplitTags(value!))
        {
            if (ProjectContainerProperties.IsUnresolved(tag) || !IsMovingTag(tag))
            {
                continue;
            }

            context.Report(ProjectRuleDescriptors.MovingTag, Narrow(location, value!, tag, offset),
                $"{propertyName} pushes the image as '{tag}', a tag that moves with every push; tag each build with a version (e.g. -p:{ProjectContainerProperties.ContainerImageTagName}=1.4.2).");
        }
    }

    private static bool IsMovingTag(string tag)
    {
        foreach (string moving in ImageKnowledge.MovingTags)
        {
            if (string.Equals(tag, moving, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<(string Tag, int Offset)> SplitTags(string value)
    {
        int start = 0;
        while (start <= value.Length)
        {
            int end = value.IndexOf(';', start);
            if (end < 0)
            {
                end = value.Length;
            }

            int s = start, e = end;
            while (s < e && char.IsWhiteSpace(value[s]))
            {
                s++;
            }

            while (e > s && char.IsWhiteSpace(value[e - 1]))
            {
                e--;
            }

            if (e > s)
            {
                yield return (value.Substring(s, e - s), s);
            }

            start = end + 1;
        }
    }

    /// <summary>Points at the one tag inside a written list when the file holds the value literally.</summary>
    private static PropertyLocation Narrow(PropertyLocation location, string value, string tag, int offset)
    {
        if (location.Assignment is null || location.Span.Length != value.Length
            || !string.Equals(location.Text.GetText(location.Span), value, StringComparison.Ordinal))
        {
            return location;
        }

        return new PropertyLocation(location.Path, location.Text, new TextSpan(location.Span.Start + offset, tag.Length), location.Assignment);
    }
}
