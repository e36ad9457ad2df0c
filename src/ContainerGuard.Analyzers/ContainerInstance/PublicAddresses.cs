using System;
using System.Collections.Generic;
using ContainerGuard.Analyzers.Flow;
using ContainerGuard.Analyzers.Sdk;
using Microsoft.CodeAnalysis;

namespace ContainerGuard.Analyzers.ContainerInstance;

/// <summary>Where a container group's IP address is made public: the value given to <c>AddressType</c> (constructor or property).</summary>
internal static class PublicAddresses
{
    /// <summary>The operations that give <paramref name="address"/> the type Public (<c>ContainerGroupIPAddressType.Public</c>, <c>"Public"</c>…).</summary>
    public static List<IOperation> PublicTypeWrites(TrackedObject address, SdkRuleContext rules, System.Threading.CancellationToken cancellationToken)
    {
        var writes = new List<IOperation>();
        foreach (var value in address.ValuesOf("AddressType"))
        {
            if (SinkValues.Texts(value, rules, cancellationToken).Exists(t => t.Trim().Equals("Public", StringComparison.OrdinalIgnoreCase)))
            {
                writes.Add(value);
            }
        }

        return writes;
    }
}
