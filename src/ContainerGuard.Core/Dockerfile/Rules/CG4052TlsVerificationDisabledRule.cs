using System;
using System.Collections.Generic;
using ContainerGuard.Catalog;
using ContainerGuard.Dockerfile.Commands;
using ContainerGuard.Findings;
using ContainerGuard.Text;

namespace ContainerGuard.Dockerfile.Rules;

/// <summary>
/// CG4052: certificate or signature checks switched off for downloads and package installs — by an option
/// (<c>curl -k</c>, <c>wget --no-check-certificate</c>, <c>apk add --allow-untrusted</c>, <c>dnf --nogpgcheck</c>…),
/// a setting (<c>git config http.sslVerify false</c>, <c>npm config set strict-ssl false</c>, <c>gpgcheck=0</c>,
/// <c>[trusted=yes]</c>) or an environment variable (<c>GIT_SSL_NO_VERIFY</c>, <c>NODE_TLS_REJECT_UNAUTHORIZED=0</c>…)
/// in ENV, an ARG default or a command's environment. The span is the option, setting or assignment.
/// </summary>
public sealed class CG4052TlsVerificationDisabledRule : DockerfileRule
{
    private static readonly RuleDescriptor Rule = DockerfileRuleDescriptors.TlsVerificationDisabled;

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(DockerfileContext context)
    {
        void Report(InstructionSite site, TextSpan span, string what)
            => context.Report(Rule, site.Owner, span, what + ". Remove it and trust the right certificate authority or signing key instead.");

        foreach (var site in InstructionSites.All(context.Document))
        {
            switch (site.Instruction)
            {
                case KeyValueInstruction { Keyword: "ENV" } env:
                    foreach (var pair in env.Pairs)
                    {
                        CheckVariable(Report, site, pair.Key.Value, pair.Value?.Value, pair.Value == null ? pair.Key.Span : WordSpans.Cover(pair.Key.Span, pair.Value.Span));
                    }

                    break;
                case ArgInstruction arg:
                    foreach (var declaration in arg.Declarations)
                    {
                        if (declaration.Value != null)
                        {
                            CheckVariable(Report, site, declaration.Key.Value, declaration.Value.Value, WordSpans.Cover(declaration.Key.Span, declaration.Value.Span));
                        }
                    }

                    break;
                case CommandInstruction command:
                    foreach (var shellCommand in InstructionCommands.Of(command))
                    {
                        CheckCommand(Report, site, shellCommand);
                    }

                    break;
            }

            // Files written from heredocs (RUN cat <<EOF > x.repo, COPY <<EOF /etc/apt/sources.list.d/x.list).
            foreach (var heredoc in site.Instruction.Heredocs)
            {
                if (!heredoc.IsShellScript)
                {
                    CheckHeredoc(Report, site, heredoc);
                }
            }
        }
    }

    private delegate void Reporter(InstructionSite site, TextSpan span, string what);

    private static void CheckCommand(Reporter report, InstructionSite site, ShellCommand shellCommand)
    {
        var command = EffectiveCommand.Of(shellCommand);
        var environment = command?.Environment ?? shellCommand.Assignments;
        foreach (var assignment in environment)
        {
            CheckAssignmentWord(report, site, assignment);
        }

        if (command == null)
        {
            return;
        }

        var args = command.Arguments;
        string name = command.Name;
        if (name is "export" or "declare" or "typeset" or "readonly")
        {
            foreach (var word in args)
            {
                CheckAssignmentWord(report, site, word);
            }

            return;
        }

        var option = VerificationSwitches.FindOption(name, args);
        if (option != null)
        {
            report(site, option.Span, $"{name} {OptionName(option.Value, 'k')} skips certificate or signature verification");
        }

        if (PackageCommand.IsPipName(name) || (Interpreters.IsPythonName(name) && args.Count > 1 && args[0].Value == "-m" && PackageCommand.IsPipName(args[1].Value)))
        {
            var trusted = CommandOptions.FindOption(args, 0, '\0', new[] { "--trusted-host" }, string.Empty);
            if (trusted != null)
            {
                report(site, trusted.Span, "pip --trusted-host skips certificate verification for that host");
            }
        }

        switch (name)
        {
            case "git":
                CheckGit(report, site, args);
                break;
            case "npm" or "yarn" or "pnpm":
                CheckSetting(report, site, name, args, key => key is "strict-ssl" or "--strict-ssl" or "enableStrictSsl", VerificationSwitches.IsFalse);
                break;
            case "conda" or "mamba" or "micromamba":
                CheckSetting(report, site, name, args, key => key is "ssl_verify", VerificationSwitches.IsFalse);
                break;
        }

        if (PackageCommand.IsPipName(name))
        {
            CheckSetting(report, site, name, args, key => key.EndsWith(".trusted-host", StringComparison.Ordinal), value => value.Length > 0);
        }

        // git's http.sslVerify is read by CheckGit; the free-text check would find it a second time.
        bool git = name == "git";
        foreach (var word in args)
        {
            // sed: only what a substitution writes counts (s/gpgcheck=0/gpgcheck=1/ switches checks on).
            string? text = name == "sed" ? SedReplacement(word.Value) : word.Value;
            if (text != null && MayHoldSetting(text))
            {
                CheckConfigText(report, site, needle => WordSpans.SpanOf(word, needle), text, checkSslVerify: !git);
            }
        }
    }

    /// <summary><c>git -c http.sslVerify=false …</c> and <c>git config [--global] http[.url].sslVerify false</c>.</summary>
    private static void CheckGit(Reporter report, InstructionSite site, IReadOnlyList<LogicalWord> args)
    {
        bool config = false;
        for (int i = 0; i < args.Count; i++)
        {
            string value = args[i].Value;
            config |= value == "config";
            string setting = value.StartsWith("-c", StringComparison.Ordinal) && value.Length > 2 ? value.Substring(2) : value;
            int eq = setting.IndexOf('=');
            if (eq > 0 && IsSslVerifyKey(setting.Substring(0, eq)) && VerificationSwitches.IsFalse(setting.Substring(eq + 1)))
            {
                report(site, args[i].Span, "git http.sslVerify=false skips certificate verification");
            }
            else if (eq < 0 && IsSslVerifyKey(value) && i + 1 < args.Count && VerificationSwitches.IsFalse(args[i + 1].Value) && config)
            {
                report(site, WordSpans.Cover(args[i].Span, args[i + 1].Span), "git config http.sslVerify false skips certificate verification");
            }
        }
    }

    private static bool IsSslVerifyKey(string key)
        => key.StartsWith("http.", StringComparison.OrdinalIgnoreCase) && key.EndsWith(".sslverify", StringComparison.OrdinalIgnoreCase);

    /// <summary><c>npm config set strict-ssl false</c>, <c>npm set strict-ssl=false</c>, <c>npm install --strict-ssl=false</c>.</summary>
    private static void CheckSetting(Reporter report, InstructionSite site, string tool, IReadOnlyList<LogicalWord> args, Func<string, bool> isKey, Func<string, bool> isUnsafe)
    {
        for (int i = 0; i < args.Count; i++)
        {
            string value = args[i].Value;
            int eq = value.IndexOf('=');
            if (eq > 0 && isKey(value.Substring(0, eq)) && isUnsafe(value.Substring(eq + 1)))
            {
                report(site, args[i].Span, $"{tool} {value.Substring(0, eq).TrimStart('-')} setting skips certificate verification");
            }
            else if (eq < 0 && isKey(value) && i + 1 < args.Count && isUnsafe(args[i + 1].Value))
            {
                report(site, WordSpans.Cover(args[i].Span, args[i + 1].Span), $"{tool} {value.TrimStart('-')} setting skips certificate verification");
            }
        }
    }

    /// <summary>Only text with <c>=</c> or <c>::</c> can hold a setting <see cref="CheckConfigText"/> reports.</summary>
    private static bool MayHoldSetting(string text) => text.IndexOf('=') >= 0 || text.IndexOf("::", StringComparison.Ordinal) >= 0;

    private static readonly string[] SignatureKeys = { "gpgcheck" };
    private static readonly string[] SignatureAndCertificateKeys = { "gpgcheck", "sslverify" };

    /// <summary>Settings written into configuration files: <c>gpgcheck=0</c>, <c>sslverify=false</c>, <c>[trusted=yes]</c>, apt's Verify-Peer.</summary>
    private static void CheckConfigText(Reporter report, InstructionSite site, Func<string, TextSpan> locate, string text, bool checkSslVerify)
    {
        if (!MayHoldSetting(text))
        {
            return;
        }

        foreach (var key in checkSslVerify ? SignatureAndCertificateKeys : SignatureKeys)
        {
            if (FindSetting(text, key, VerificationSwitches.IsFalse) is { } found)
            {
                report(site, locate(found), $"{found} turns off package signature or certificate checks");
            }
        }

        int open = text.IndexOf('[');
        if (open >= 0 && text.IndexOf(']', open) is int close && close > open)
        {
            string options = text.Substring(open + 1, close - open - 1);
            foreach (var option in options.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries))
            {
                if (option.Equals("trusted=yes", StringComparison.OrdinalIgnoreCase) || option.Equals("allow-insecure=yes", StringComparison.OrdinalIgnoreCase))
                {
                    report(site, locate(option), $"apt source option [{option}] accepts the repository without a valid signature");
                }
            }
        }

        foreach (var (key, unsafeWhen) in AptSettings)
        {
            int at = AsciiCase.IndexOf(text, key);
            if (at < 0)
            {
                continue;
            }

            // The whole setting: Acquire::https::Verify-Peer=false, or Acquire::https::Verify-Peer "false" in a conf line.
            int start = at;
            while (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is ':' or '-' or '_' or '.'))
            {
                start--;
            }

            int valueStart = at + key.Length;
            while (valueStart < text.Length && text[valueStart] is '=' or ' ' or '\t' or '"' or '\'')
            {
                valueStart++;
            }

            int valueEnd = valueStart;
            while (valueEnd < text.Length && char.IsLetterOrDigit(text[valueEnd]))
            {
                valueEnd++;
            }

            string value = text.Substring(valueStart, valueEnd - valueStart);
            bool isUnsafe = unsafeWhen == "false" ? VerificationSwitches.IsFalse(value) : value is "1" || value.Equals("true", StringComparison.OrdinalIgnoreCase) || value.Equals("yes", StringComparison.OrdinalIgnoreCase);
            if (isUnsafe)
            {
                if (valueStart > 0 && valueEnd < text.Length && text[valueStart - 1] is '"' or '\'' && text[valueEnd] == text[valueStart - 1])
                {
                    valueEnd++;
                }

                report(site, locate(text.Substring(start, valueEnd - start)), $"apt setting {key} skips certificate or signature verification");
            }
        }
    }

    private static void CheckHeredoc(Reporter report, InstructionSite site, Heredoc heredoc)
    {
        var content = heredoc.Content;
        string value = content.Value;
        int lineStart = 0;
        while (lineStart < value.Length)
        {
            int lineEnd = value.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = value.Length;
            }

            int start = lineStart;
            string line = value.Substring(start, lineEnd - start);
            CheckConfigText(report, site, needle =>
            {
                int at = AsciiCase.IndexOf(line, needle);
                return at < 0 ? heredoc.Span : content.GetSourceSpan(start + at, needle.Length);
            }, line, checkSslVerify: true);
            lineStart = lineEnd + 1;
        }
    }

    /// <summary>The replacement of a sed <c>s/pattern/replacement/flags</c> expression, or null for anything else.</summary>
    private static string? SedReplacement(string expression)
    {
        if (expression.Length < 4 || expression[0] != 's' || char.IsLetterOrDigit(expression[1]) || char.IsWhiteSpace(expression[1]))
        {
            return null;
        }

        char delimiter = expression[1];
        int part = 0;
        int start = -1;
        for (int i = 2; i < expression.Length; i++)
        {
            if (expression[i] == '\\')
            {
                i++;
            }
            else if (expression[i] == delimiter)
            {
                part++;
                if (part == 1)
                {
                    start = i + 1;
                }
                else
                {
                    return expression.Substring(start, i - start);
                }
            }
        }

        return start >= 0 ? expression.Substring(start) : null;
    }

    private static readonly (string Key, string UnsafeWhen)[] AptSettings =
    {
        ("Verify-Peer", "false"),
        ("Verify-Host", "false"),
        ("AllowUnauthenticated", "true"),
        ("AllowInsecureRepositories", "true"),
        ("AllowDowngradeToInsecureRepositories", "true"),
    };

    /// <summary>Finds <c>key=value</c> in free text, <paramref name="key"/> not preceded by a letter or <c>_</c> (so <c>repo_gpgcheck</c> is not <c>gpgcheck</c>).</summary>
    private static string? FindSetting(string text, string key, Func<string, bool> isUnsafe)
    {
        for (int at = AsciiCase.IndexOf(text, key); at >= 0; at = AsciiCase.IndexOf(text, key, at + 1))
        {
            // repo_gpgcheck is another setting; "\ngpgcheck=0" in an echo -e string is this one.
            bool escapedNewline = at > 1 && text[at - 1] is 'n' or 't' && text[at - 2] == '\\';
            if (at > 0 && !escapedNewline && (char.IsLetterOrDigit(text[at - 1]) || text[at - 1] == '_'))
            {
                continue;
            }

            int eq = at + key.Length;
            if (eq >= text.Length || text[eq] != '=')
            {
                continue;
            }

            int end = eq + 1;
            while (end < text.Length && char.IsLetterOrDigit(text[end]))
            {
                end++;
            }

            if (isUnsafe(text.Substring(eq + 1, end - eq - 1)))
            {
                return text.Substring(at, end - at);
            }
        }

        return null;
    }

    private static void CheckAssignmentWord(Reporter report, InstructionSite site, LogicalWord word)
    {
        int eq = word.Value.IndexOf('=');
        if (eq > 0 && ShellWords.IsAssignment(word.Value))
        {
            CheckVariable(report, site, word.Value.Substring(0, eq), word.Value.Substring(eq + 1), word.Span);
        }
    }

    private static void CheckVariable(Reporter report, InstructionSite site, string name, string? value, TextSpan span)
    {
        if (value == null)
        {
            return;
        }

        string? what = VerificationSwitches.DescribeVariable(name, value);
        if (what != null)
        {
            report(site, span, what);
        }
    }

    /// <summary>
    /// The option's name for the message: a long option without its value, or the short letter alone — never the
    /// whole word, which may carry a credential (<c>curl -kuuser:password</c>).
    /// </summary>
    private static string OptionName(string option, char shortName)
    {
        if (!option.StartsWith("--", StringComparison.Ordinal))
        {
            return "-" + shortName;
        }

        int eq = option.IndexOf('=');
        return eq > 0 ? option.Substring(0, eq) : option;
    }
}
