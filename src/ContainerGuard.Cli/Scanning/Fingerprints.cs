using System;
using System.Buffers;
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

    private const string HexDigits = "0123456789abcdef";

    public static string Of(Finding finding, string? lineText)
    {
        // "rule\npath\nline:normalized line" or "rule\npath\nmessage:message", hashed as UTF-8: built in pooled buffers
        // (a few thousand findings per scan), hashed into the stack.
        string ruleId = finding.RuleId;
        string path = finding.Path;
        string body = lineText ?? finding.Message;
        char[] chars = ArrayPool<char>.Shared.Rent(ruleId.Length + path.Length + body.Length + 16);
        try
        {
            int length = 0;
            Append(chars, ref length, ruleId);
            chars[length++] = '\n';
            foreach (char c in path)
            {
                chars[length++] = c == '\\' ? '/' : c;
            }

            chars[length++] = '\n';
            if (lineText is null)
            {
                Append(chars, ref length, "message:");
                Append(chars, ref length, finding.Message);
            }
            else
            {
                Append(chars, ref length, "line:");
                bool pendingSpace = false;
                foreach (char c in lineText)
                {
                    if (char.IsWhiteSpace(c))
                    {
                        pendingSpace = true;
                        continue;
                    }

                    // Runs of white space become one space; none at the start, nor after a colon.
                    if (pendingSpace && chars[length - 1] != ':')
                    {
                        chars[length++] = ' ';
                    }

                    pendingSpace = false;
                    chars[length++] = c;
                }
            }

            return Hash(chars.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static void Append(char[] chars, ref int length, string value)
    {
        value.AsSpan().CopyTo(chars.AsSpan(length));
        length += value.Length;
    }

    /// <summary>The first 16 bytes of the SHA-256 of the text's UTF-8, in lower-case hexadecimal.</summary>
    private static string Hash(ReadOnlySpan<char> text)
    {
        byte[] bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            int count = Encoding.UTF8.GetBytes(text, bytes);
            Span<byte> hash = stackalloc byte[32];
            SHA256.HashData(bytes.AsSpan(0, count), hash);
            // As Convert.ToHexStringLower of the first 16 bytes, without its general-purpose machinery.
            Span<char> hex = stackalloc char[32];
            for (int i = 0; i < 16; i++)
            {
                hex[2 * i] = HexDigits[hash[i] >> 4];
                hex[(2 * i) + 1] = HexDigits[hash[i] & 0xF];
            }

            return new string(hex);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }
}
