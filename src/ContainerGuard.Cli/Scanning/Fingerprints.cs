using System;
using System.Security.Cryptography;
using System.Text;
using ContainerGuard.Catalog;
using ContainerGuard.Findings;

namespace ContainerGuard.Cli.Scanning;

/// <summary>
/// Stable identities for findings, so code scanning tracks an alert across commits that move lines around.
/// The hash covers the rule, the path and the whitespace-normalized text of the finding's first line; for a
/// line that carries a secret finding it covers the (redacted) message instead, so no hash of a secret leaves.
/// </summary>
public static class Fingerprints
{
    public const string SarifKey = "containerGuardLineHash/v1";

    public static string Of(Finding finding, string? lineText)
    {
        var builder = new StringBuilder();
        builder.Append(finding.RuleId).Append('\n');
        builder.Append(finding.Path.Replace('\\', '/')).Append('\n');
        if (lineText is null)
        {
            builder.Append("message:").Append(finding.Message);
        }
        else
        {
            builder.Append("line:");
            bool pendingSpace = false;
            foreach (char c in lineText)
            {
                if (char.IsWhiteSpace(c))
                {
                    pendingSpace = true;
                    continue;
                }

                if (pendingSpace && builder[builder.Length - 1] != ':')
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(c);
            }
        }

        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString()));
        return Convert.ToHexStringLower(hash, 0, 16);
    }
}
