using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ContainerGuard.Analyzers.Flow;
using ContainerGuard.Analyzers.Sdk;
using ContainerGuard.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ContainerGuard.Analyzers.DockerDotNet;

/// <summary>
/// CG3003: a Docker client for a remote engine over <c>tcp://</c> or <c>http://</c> without TLS. Docker.DotNet 3.x:
/// <c>new DockerClientConfiguration(endpoint[, credentials])</c> with no credentials, <c>AnonymousCredentials</c> or
/// <c>BasicAuthCredentials</c> without TLS. Docker.DotNet.Enhanced 4.x: <c>DockerClientBuilder.WithEndpoint(endpoint)</c>
/// on a builder that is given no auth provider, transport options or context (any of which may bring TLS). Loopback
/// hosts are fine; what cannot be known is not reported.
/// </summary>
internal sealed class CG3003PlainTcpEndpoint : ISdkRule<DockerTypes>
{
    public static readonly DiagnosticDescriptor Rule = DescriptorFactory.Create(
        id: DockerDotNetRuleDescriptors.PlainTcpEndpointId, category: "Security.tls", defaultSeverity: DiagnosticSeverity.Warning, isEnabledByDefault: true,
        messageFormat: "The Docker client reaches '{0}' without TLS: anyone on the network can read and drive the engine, which is root on its host; use TLS client certificates or SSH");

    private static readonly string[] BuilderTlsMethods = { "WithAuthProvider", "WithTransportOptions", "WithContext" };

    public ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(Rule);

    public void Register(SdkRuleRegistry registry, DockerTypes types, SdkRuleContext rules)
    {
        if (types.ClientConfiguration is { } configuration)
        {
            registry.OnCreation(configuration, (c, _) => ClientConfiguration(c, types, rules, configuration));
        }

        if (types.ClientBuilder is { } builder)
        {
            registry.OnInvocation("WithEndpoint", (c, _) => ClientBuilder(c, rules, builder));
        }
    }

    private static void ClientConfiguration(OperationAnalysisContext context, DockerTypes types, SdkRuleContext rules, INamedTypeSymbol configuration)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (!SymbolEqualityComparer.Default.Equals(creation.Type, configuration))
        {
            return;
        }

        IOperation? endpoint = null;
        IOperation? credentials = null;
        foreach (var argument in creation.Arguments)
        {
            switch (argument.Parameter?.Name)
            {
                case "endpoint":
                    endpoint = argument.Value;
                    break;
                case "credentials" when argument.ArgumentKind != ArgumentKind.DefaultValue:
                    credentials = argument.Value;
                    break;
            }
        }

        if (endpoint is null || (credentials is not null && !CredentialsWithoutTls(credentials, types, rules, context)))
        {
            return;
        }

        ReportPlainEndpoint(context, rules, endpoint);
    }

    /// <summary>True when every credentials object the argument can be is known to carry no TLS.</summary>
    private static bool CredentialsWithoutTls(IOperation credentials, DockerTypes types, SdkRuleContext rules, OperationAnalysisContext context)
    {
        if (credentials.ConstantValue is { HasValue: true, Value: null })
        {
            return true;
        }

        var trace = ObjectFlow.Trace(credentials, rules.Flow(context.CancellationToken));
        if (trace.HasUnknown)
        {
            return false; // only null (no credentials) when no object is found
        }

        foreach (var tracked in trace.Objects)
        {
            var type = tracked.Creation.Type;
            if (SymbolEqualityComparer.Default.Equals(type, types.AnonymousCredentials))
            {
                continue;
            }

            if (!SymbolEqualityComparer.Default.Equals(type, types.BasicAuthCredentials))
            {
                return false; // CertificateCredentials and the like: TLS
            }

            foreach (var argument in tracked.Creation.Arguments)
            {
                if (argument.Parameter?.Name == "isTls" && argument.ArgumentKind != ArgumentKind.DefaultValue
                    && !ValueFlow.Values(argument.Value, rules.Flow(context.CancellationToken)).TrueForAll(v => v.Constant is false))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static void ClientBuilder(OperationAnalysisContext context, SdkRuleContext rules, INamedTypeSymbol builder)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (invocation.TargetMethod.Name != "WithEndpoint" || !SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, builder)
            || invocation.Arguments.Length != 1)
        {
            return;
        }

        // The calls made on the same builder: the fluent chain around this one, and the statements on the local that holds it.
        var calls = new List<IInvocationOperation>();
        IOperation current = invocation;
        while (current.Parent is IInvocationOperation outer && outer.Instance == current)
        {
            calls.Add(outer);
            current = outer;
        }

        IOperation? root = invocation.Instance;
        while (root is IInvocationOperation inner)
        {
            calls.Add(inner);
            root = inner.Instance;
        }

        if (root is null)
        {
            return;
        }

        var trace = ObjectFlow.Trace(root, rules.Flow(context.CancellationToken));
        if (!trace.IsComplete)
        {
            return;
        }

        foreach (var tracked in trace.Objects)
        {
            if (!tracked.Creation.Arguments.IsEmpty)
            {
                return; // built from a Docker configuration or context: its TLS settings are not in this code
            }

            calls.AddRange(tracked.Calls);
        }

        // A builder stored after WithEndpoint (var b = new DockerClientBuilder().WithEndpoint(…); b.WithAuthProvider(…)) is not followed.
        if (current.Parent is IVariableInitializerOperation or ISimpleAssignmentOperation or IArgumentOperation or IReturnOperation
            && !(current is IInvocationOperation { TargetMethod.Name: "Build" }))
        {
            return;
        }

        foreach (var call in calls)
        {
            if (Array.IndexOf(BuilderTlsMethods, call.TargetMethod.Name) >= 0)
            {
                return;
            }
        }

        ReportPlainEndpoint(context, rules, invocation.Arguments[0].Value);
    }

    private static void ReportPlainEndpoint(OperationAnalysisContext context, SdkRuleContext rules, IOperation endpoint)
    {
        foreach (var text in EndpointTexts(endpoint, rules, context))
        {
            if (IsPlainRemote(text))
            {
                rules.Report(context.ReportDiagnostic, Rule, endpoint.Syntax.GetLocation(), text);
                return;
            }
        }
    }

    /// <summary>The texts of the URIs an endpoint can be: <c>new Uri("tcp://…")</c>, through locals and helpers.</summary>
    private static List<string> EndpointTexts(IOperation endpoint, SdkRuleContext rules, OperationAnalysisContext context)
    {
        var texts = new List<string>();
        foreach (var tracked in ObjectFlow.Trace(endpoint, rules.Flow(context.CancellationToken)).Objects)
        {
            if (tracked.Creation.Type?.ToDisplayString() == "System.Uri" && tracked.Creation.Arguments.Length >= 1)
            {
                texts.AddRange(SinkValues.Texts(tracked.Creation.Arguments[0].Value, rules, context.CancellationToken));
            }
        }

        return texts;
    }

    internal static bool IsPlainRemote(string endpoint)
    {
        if (!Uri.TryCreate(endpoint.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != "tcp" && uri.Scheme != "http"))
        {
            return false;
        }

        var host = uri.Host.Trim('[', ']');
        return !(host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || host.StartsWith("127.", StringComparison.Ordinal)
            || host == "::1"
            || host.Length == 0);
    }
}
