using System;
using System.Collections.Generic;
using ContainerGuard.Catalog;
using ContainerGuard.Dockerfile.Commands;
using ContainerGuard.Dockerfile.Stages;
using ContainerGuard.Findings;

namespace ContainerGuard.Dockerfile.Rules;

/// <summary>
/// CG4061: <c>EXPOSE 22</c>, <c>22/tcp</c>, or a TCP range that includes 22 (<c>20-25</c>) in the final image
/// (EXPOSE in a builder stage does not reach it). <c>22/udp</c> is not SSH and stays silent, as do ports given by
/// a variable. Span: the port word.
/// </summary>
public sealed class CG4061ExposeSshRule : DockerfileRule
{
    private static readonly RuleDescriptor Rule = DockerfileRuleDescriptors.ExposeSsh;

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(DockerfileContext context)
    {
        foreach (var site in InstructionSites.All(context.Document))
        {
            if (site.Instruction is not WordsInstruction { Keyword: "EXPOSE" } expose || !StageChains.IsInFinalImage(context.Document, site.Owner))
            {
                continue;
            }

            foreach (var word in expose.Words)
            {
                if (IncludesSsh(word.Value))
                {
                    context.Report(Rule, site.Owner, word.Span, $"EXPOSE {word.Value} publishes the SSH port 22. Containers need no SSH access: use docker exec or az container exec.");
                }
            }
        }
    }

    private static bool IncludesSsh(string port)
    {
        int slash = port.IndexOf('/');
        if (slash >= 0)
        {
            if (!port.Substring(slash + 1).Equals("tcp", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            port = port.Substring(0, slash);
        }

        int dash = port.IndexOf('-');
        if (dash < 0)
        {
            return TryPort(port, out int single) && single == 22;
        }

        return TryPort(port.Substring(0, dash), out int low) && TryPort(port.Substring(dash + 1), out int high) && low <= 22 && 22 <= high;
    }

    private static bool TryPort(string text, out int port)
    {
        port = 0;
        if (text.Length == 0 || text.Length > 5)
        {
            return false;
        }

        foreach (char c in text)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }

            port = (port * 10) + (c - '0');
        }

        return true;
    }
}
