using System;
using System.Collections.Generic;
using ContainerGuard.Text;

namespace ContainerGuard.Dockerfile.Commands;

/// <summary>
/// What switches certificate or signature verification off: options of download tools and package managers, and
/// environment variables read by git, Node.js, Python, pip and npm.
/// </summary>
internal static class VerificationSwitches
{
    // Short options of curl and wget that take a value, so "-o/tmp/k" is not read as -k.
    private const string CurlValueOptions = "AbcCdDeEFHKmoPQrtTuUwxXyYz";

    /// <summary>The option of <paramref name="program"/> among <paramref name="args"/> that skips verification, or null.</summary>
    public static LogicalWord? FindOption(string program, IReadOnlyList<LogicalWord> args) => program switch
    {
        "curl" => CommandOptions.FindOption(args, 0, 'k', new[] { "--insecure", "--proxy-insecure" }, CurlValueOptions),
        "wget" => CommandOptions.FindOption(args, 0, '\0', new[] { "--no-check-certificate" }, CurlValueOptions),
        "apk" => CommandOptions.FindOption(args, 0, '\0', new[] { "--allow-untrusted" }, string.Empty),
        "apt-get" or "apt" or "aptitude" => CommandOptions.FindOption(args, 0, '\0', new[] { "--allow-unauthenticated", "--allow-insecure-repositories", "--force-yes" }, string.Empty),
        "yum" or "dnf" or "microdnf" or "tdnf" => CommandOptions.FindOption(args, 0, '\0', new[] { "--nogpgcheck", "--no-gpgchecks" }, string.Empty),
        "zypper" => CommandOptions.FindOption(args, 0, '\0', new[] { "--no-gpg-checks", "--no-check-signatures" }, string.Empty),
        "rpm" => CommandOptions.FindOption(args, 0, '\0', new[] { "--nosignature", "--nodigest" }, string.Empty),
        _ => null,
    };

    /// <summary>What setting <paramref name="name"/> to <paramref name="value"/> does when it switches checks off; otherwise null.</summary>
    public static string? DescribeVariable(string name, string value) => name switch
    {
        // git only asks whether the variable is set, so any non-empty value switches checks off.
        "GIT_SSL_NO_VERIFY" when value.Length > 0 => "GIT_SSL_NO_VERIFY makes git skip certificate verification",
        "NODE_TLS_REJECT_UNAUTHORIZED" when value.Trim() == "0" => "NODE_TLS_REJECT_UNAUTHORIZED=0 makes Node.js accept any certificate",
        "PYTHONHTTPSVERIFY" when value.Trim() == "0" => "PYTHONHTTPSVERIFY=0 makes Python skip certificate verification",
        "PIP_TRUSTED_HOST" when value.Length > 0 => "PIP_TRUSTED_HOST makes pip skip certificate verification for those hosts",
        _ when name.Equals("NPM_CONFIG_STRICT_SSL", StringComparison.OrdinalIgnoreCase) && IsFalse(value) => "NPM_CONFIG_STRICT_SSL=false makes npm accept any certificate",
        _ => null,
    };

    /// <summary><c>false</c>, <c>0</c>, <c>no</c>, <c>off</c> (any case, quotes and white space ignored).</summary>
    public static bool IsFalse(string value)
    {
        string v = value.Trim().Trim('"', '\'');
        return v.Equals("false", StringComparison.OrdinalIgnoreCase) || v == "0" || v.Equals("no", StringComparison.OrdinalIgnoreCase) || v.Equals("off", StringComparison.OrdinalIgnoreCase);
    }
}
