using System;
using ContainerGuard.Analyzers.Flow;
using ContainerGuard.Analyzers.Sdk;
using ContainerGuard.Images;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ContainerGuard.Analyzers.DockerDotNet;

/// <summary>
/// The images Docker.DotNet code runs or pulls: <c>CreateContainerParameters.Image</c> (and <c>Config</c>/<c>ContainerConfig</c>),
/// and <c>ImagesCreateParameters.FromImage</c> with its <c>Tag</c>. Read by <see cref="DockerImagePolicy"/> for CG3030–CG3037.
/// </summary>
internal static class DockerImages
{
    public static void Register(SdkRuleRegistry registry, DockerTypes types, SdkRuleContext rules, Func<ImageIssueKind, DiagnosticDescriptor?> ruleFor)
    {
            registry.OnAssigned(new PropertySet(types.ContainerSettings, "Image"), (context, sink) =>
            {
                foreach (var image in SinkValues.Texts(sink.Value, rules, context.CancellationToken))
                {
                    ImagePolicyReporter.Report(context, rules, ruleFor, sink.Value, image);
                }
            });

            registry.OnAssigned(new PropertySet(types.ImagesCreateParameters, "FromImage"), (context, sink) =>
            {
                if (sink.Site is not IPropertyReferenceOperation target)
                {
                    return;
                }

                var flow = rules.Flow(context.CancellationToken);
                var owners = ObjectFlow.Owner(target, flow);
                foreach (var image in SinkValues.Texts(sink.Value, rules, context.CancellationToken))
                {
                    if (ImageReference.TryParse(image, out var parsed) && (parsed.Tag is not null || parsed.HasDigest))
                    {
                        ImagePolicyReporter.Report(context, rules, ruleFor, sink.Value, image);
                        continue;
                    }

                    // FromImage without a tag: the pull takes the Tag property; without one, every tag of the repository.
                    var tagKnown = owners.IsComplete;
                    var withTag = image;
                    foreach (var owner in owners.Objects)
                    {
                        foreach (var tag in owner.ValuesOf("Tag"))
                        {
                            var texts = SinkValues.Texts(tag, rules, context.CancellationToken);
                            if (texts.Count == 1 && texts[0].Length > 0)
                            {
                                withTag = image + ":" + texts[0];
                            }
                            else if (texts.Count != 1 || texts[0].Length > 0)
                            {
                                tagKnown = false;
                            }
                        }
                    }

                    ImagePolicyReporter.Report(context, rules, ruleFor, sink.Value, withTag, tagKnown);
                }
            });
    }
}
