using System.Collections.Generic;
using ContainerGuard.Analyzers.Flow;
using ContainerGuard.Analyzers.Sdk;
using Microsoft.CodeAnalysis.Operations;

namespace ContainerGuard.Analyzers.ContainerInstance;

/// <summary>Questions about the objects a CG2xxx sink belongs to.</summary>
internal static class ContainerInstanceOwners
{
    /// <summary>The names an environment variable written at <paramref name="sink"/> can have (its constructor argument or <c>Name</c>).</summary>
    public static List<string> EnvironmentVariableNames(SinkValue sink, SdkRuleContext rules, System.Threading.CancellationToken cancellationToken)
    {
        var names = new List<string>();
        if (sink.Site is not IPropertyReferenceOperation target)
        {
            return names;
        }

        foreach (var owner in ObjectFlow.Owner(target, rules.Flow(cancellationToken)).Objects)
        {
            foreach (var value in owner.ValuesOf("Name"))
            {
                names.AddRange(SinkValues.Texts(value, rules, cancellationToken));
            }
        }

        return names;
    }
}
