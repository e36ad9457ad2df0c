using System;
using ContainerGuard.Analyzers.Sdk;
using ContainerGuard.Images;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ContainerGuard.Analyzers.ContainerInstance;

/// <summary>
/// The images a container group runs: <c>ContainerInstanceContainer</c>'s <c>image</c> constructor argument or
/// <c>Image</c>, and <c>InitContainerDefinitionContent.Image</c>. Read by <see cref="ContainerInstanceImagePolicy"/> for CG2030–CG2037.
/// </summary>
internal static class ContainerInstanceImages
{
    public static void Register(SdkRuleRegistry registry, ContainerInstanceTypes types, SdkRuleContext rules, Func<ImageIssueKind, DiagnosticDescriptor?> ruleFor)
        => registry.OnAssigned(new PropertySet(new[] { types.Container, types.InitContainer }, "Image"), (context, sink) =>
            {
                if (types.InModelFactory(sink.Value))
                {
                    return;
                }

                foreach (var image in SinkValues.Texts(sink.Value, rules, context.CancellationToken))
                {
                    ImagePolicyReporter.Report(context, rules, ruleFor, sink.Value, image);
                }
            });
}
