using System;
using System.Collections.Generic;
using System.Linq;
using ContainerGuard.Catalog;
using ContainerGuard.Dockerfile.Commands;
using ContainerGuard.Findings;
using ContainerGuard.Secrets;
using ContainerGuard.Text;

namespace ContainerGuard.Dockerfile.Rules;

/// <summary>
/// CG4041: a credential written into a RUN command (also CMD, ENTRYPOINT and HEALTHCHECK, which the image
/// keeps as well). Looks at every word of every simple command, heredoc scripts included:
/// <list type="bullet">
/// <item>known secret formats in any word (tokens, URL credentials <c>https://user:pass@host</c>, connection strings);</item>
/// <item><c>NAME=value</c> with a credential-like name (<c>PGPASSWORD=…</c>, <c>--password=…</c>, <c>export TOKEN=…</c>);</item>
/// <item>password options of known tools: <c>mysql -p…</c>, <c>docker login -p</c>, <c>sshpass -p</c>, <c>htpasswd -b</c>,
/// <c>curl -u user:pass</c>, <c>redis-cli -a</c>, <c>sqlcmd -P</c>, <c>openssl -passin pass:…</c>, <c>--password value</c>…;</item>
/// <item>a literal piped into <c>chpasswd</c>, <c>passwd --stdin</c> or <c>login --password-stdin</c>;</item>
/// <item>SQL <c>IDENTIFIED BY '…'</c> / <c>PASSWORD '…'</c>.</item>
/// </list>
/// The scripts of <c>sh -c "…"</c> / <c>bash -c '…'</c> are read as commands too (<see cref="InstructionCommands"/>).
/// Values that are variables (<c>$PASSWORD</c>, <c>$(cat /run/secrets/x)</c>), placeholders or hashes
/// (<c>useradd -p "$(openssl passwd …)"</c>, <c>$6$…</c>) stay silent.
/// </summary>
public sealed class CG4041SecretInRunRule : DockerfileRule
{
    private static readonly RuleDescriptor Rule = DockerfileRuleDescriptors.SecretInRun;

    private static readonly string[] SqlPasswordKeywords = { "IDENTIFIED BY", "PASSWORD" };

    private static readonly HashSet<string> EchoCommands = new(StringComparer.Ordinal) { "echo", "printf" };

    private static readonly CredentialNameMatch PasswordContext = CredentialNames.Default.Match("password");

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(DockerfileContext context)
    {
        var names = CredentialNames.For(context.Options.Configuration);
        foreach (var (instruction, reportOn) in InstructionSites.All(context.Document))
        {
            var reported = new List<TextSpan>();
            CheckDataHeredocs(context, instruction, reportOn, names, reported);
            if (instruction is not CommandInstruction command)
            {
                continue;
            }

            // Scripts, an exec form (["mysql", "-uroot", "-pS3cret"] is one command without a shell) and the
            // scripts of sh -c "…" inside them; a secret seen in both the sh -c word and its script is reported once.
            foreach (var commands in InstructionCommands.Lists(command))
            {
                for (int i = 0; i < commands.Count; i++)
                {
                    var previous = i > 0 && commands[i - 1].PipesIntoNext ? commands[i - 1] : null;
                    CheckCommand(context, command, reportOn, commands[i], previous, names, reported);
                }
            }
        }
    }

    /// <summary>
    /// Heredoc bodies that are data, not scripts: <c>RUN cat &lt;&lt;EOF &gt; /root/.npmrc</c>, <c>COPY &lt;&lt;EOF /app/.env</c>,
    /// <c>RUN python3 &lt;&lt;EOF</c>. Their text ends up in the image: known formats and NAME=value / "name": "value".
    /// </summary>
    private static void CheckDataHeredocs(DockerfileContext context, Instruction instruction, Instruction reportOn, CredentialNames names, List<TextSpan> reported)
    {
        foreach (var heredoc in instruction.Heredocs)
        {
            if (heredoc.IsShellScript)
            {
                continue;
            }

            var content = heredoc.Content;
            foreach (var match in SecretDetector.Analyze(content.Value).Concat(SecretDetector.FindCredentialAssignments(content.Value, names)))
            {
                var span = content.GetSourceSpan(match.Start, match.Length);
                if (Overlaps(reported, span))
                {
                    continue;
                }

                reported.Add(span);
                string what = match.Kind == SecretKind.CredentialAssignment
                    ? $"sets {match.Name} to a literal value"
                    : "contains " + English.WithArticle(match.Description);
                context.Report(Rule, reportOn, span,
                    $"{instruction.Keyword} heredoc {what} ({SecretRedactor.Redact(content.Value, match.Start, match.Length)}); the file stays in the image. Use RUN --mount=type=secret and read the secret from the mounted file.");
            }
        }
    }

    /// <summary>
    /// True when an earlier finding of this instruction covers the span. Duplicates come from the same or the
    /// next word (a token inside --password=…), so only the latest findings are compared: linear even for a
    /// RUN with thousands of findings.
    /// </summary>
    private static bool Overlaps(List<TextSpan> reported, TextSpan span)
    {
        for (int i = reported.Count - 1; i >= 0 && i >= reported.Count - 16; i--)
        {
            var earlier = reported[i];
            if (span.Start < earlier.End && earlier.Start < span.End)
            {
                return true;
            }
        }

        return false;
    }

    private static void CheckCommand(DockerfileContext context, CommandInstruction instruction, Instruction reportOn, ShellCommand command, ShellCommand? pipedFrom, CredentialNames names, List<TextSpan> reported)
    {
        for (int i = 0; i < command.Assignments.Count; i++)
        {
            CheckWord(context, instruction, reportOn, command.Assignments[i], names, reported);
        }

        CheckWords(context, instruction, reportOn, command.Words, names, reported);
        if (command.Words.Count == 0)
        {
            return;
        }

        string program = command.Name;
        var words = command.Words;

        if (pipedFrom != null && EchoCommands.Contains(pipedFrom.Name) && PasswordOptions.ReadsPasswordFromStdin(program, words))
        {
            bool userColonPassword = program == "chpasswd";
            foreach (var word in Arguments(pipedFrom))
            {
                ReportPipedSecret(context, instruction, reportOn, word, userColonPassword, program, reported);
            }
        }

        // The short option that takes a password, decided once per command (not once per word).
        string? passwordOption = PasswordOptions.ShortOption(program, words);
        for (int k = 1; k < words.Count; k++)
        {
            k = CheckOption(context, instruction, reportOn, program, passwordOption, words, k, names, reported);
        }

        if (program == "htpasswd")
        {
            CheckHtpasswd(context, instruction, reportOn, words, reported);
        }
    }

    /// <summary>Checks the option at words[k]; returns the index of the last word it consumed.</summary>
    private static int CheckOption(DockerfileContext context, CommandInstruction instruction, Instruction reportOn, string program, string? option, IReadOnlyList<LogicalWord> words, int k, CredentialNames names, List<TextSpan> reported)
    {
        var word = words[k];
        string w = word.Value;
        var next = k + 1 < words.Count ? words[k + 1] : null;

        if (PasswordOptions.IsMySqlClient(program))
        {
            // -pVALUE only: "-p" alone prompts and "--password value" reads the value as a database name.
            if (w.Length > 2 && w.StartsWith("-p", StringComparison.Ordinal))
            {
                ReportValue(context, instruction, reportOn, word, 2, $"{program} password option", reported);
            }

            return k;
        }

        if (option != null)
        {
            if (w == option && next != null)
            {
                ReportValue(context, instruction, reportOn, next, 0, $"{program} password option", reported);
                return k + 1;
            }

            if (w.Length > option.Length && w.StartsWith(option, StringComparison.Ordinal) && option != "-P")
            {
                ReportValue(context, instruction, reportOn, word, option.Length, $"{program} password option", reported);
                return k;
            }
        }

        if (program == "curl")
        {
            if ((w == "-u" || w == "--user" || w == "-U" || w == "--proxy-user") && next != null)
            {
                int colon = next.Value.IndexOf(':');
                if (colon > 0)
                {
                    ReportValue(context, instruction, reportOn, next, colon + 1, "curl user password", reported);
                }

                return k + 1;
            }

            if (w.Length > 2 && w.StartsWith("-u", StringComparison.Ordinal))
            {
                int colon = w.IndexOf(':');
                if (colon > 2)
                {
                    ReportValue(context, instruction, reportOn, word, colon + 1, "curl user password", reported);
                }

                return k;
            }
        }

        if (program == "openssl" && (w == "-passin" || w == "-passout" || w == "-pass" || w == "-password" || w == "-k") && next != null)
        {
            if (next.Value.StartsWith("pass:", StringComparison.Ordinal))
            {
                ReportValue(context, instruction, reportOn, next, 5, "openssl pass phrase", reported);
            }

            return k + 1;
        }

        // --password value, -storepass value (the = form is handled with the other NAME=value words)
        if (w.Length > 3 && w[0] == '-' && w.IndexOf('=') < 0 && next != null && !next.Value.StartsWith("-", StringComparison.Ordinal))
        {
            var name = names.Match(w.TrimStart('-'));
            if (name.IsMatch && !IsBuildSecretSpec(next.Value))
            {
                ReportValue(context, instruction, reportOn, next, 0, $"credential-like option '{w}'", reported);
                return k + 1;
            }
        }

        return k;
    }

    private static void CheckWords(DockerfileContext context, CommandInstruction instruction, Instruction reportOn, IReadOnlyList<LogicalWord> words, CredentialNames names, List<TextSpan> reported)
    {
        for (int i = 0; i < words.Count; i++)
        {
            CheckWord(context, instruction, reportOn, words[i], names, reported);
        }
    }

    /// <summary>Known formats and credential NAME=value pairs inside one word.</summary>
    private static void CheckWord(DockerfileContext context, CommandInstruction instruction, Instruction reportOn, LogicalWord word, CredentialNames names, List<TextSpan> reported)
    {
        var formats = SecretDetector.Analyze(word.Value);
        for (int i = 0; i < formats.Count; i++)
        {
            var match = formats[i];
            Report(context, instruction, reportOn, word, match.Start, match.Length, match.Description, reported);
        }

        var assignments = SecretDetector.FindCredentialAssignments(word.Value, names);
        for (int i = 0; i < assignments.Count; i++)
        {
            var match = assignments[i];
            Report(context, instruction, reportOn, word, match.Start, match.Length, match.Description, reported, assignedName: match.Name);
        }

        CheckSqlPassword(context, instruction, reportOn, word, reported);
        CheckNetrc(context, instruction, reportOn, word, reported);
    }

    /// <summary>A .netrc line written by echo/printf: <c>machine host login user password secret</c>.</summary>
    private static void CheckNetrc(DockerfileContext context, CommandInstruction instruction, Instruction reportOn, LogicalWord word, List<TextSpan> reported)
    {
        string v = word.Value;
        if (v.Length < 20 || v.IndexOf("machine ", StringComparison.Ordinal) < 0)
        {
            return;
        }

        int from = 0;
        while (from < v.Length)
        {
            int k = v.IndexOf(" password ", from, StringComparison.Ordinal);
            if (k < 0)
            {
                return;
            }

            int start = k + 10;
            while (start < v.Length && v[start] == ' ')
            {
                start++;
            }

            int end = start;
            while (end < v.Length && !char.IsWhiteSpace(v[end]) && !(v[end] == '\\' && end + 1 < v.Length && v[end + 1] == 'n'))
            {
                end++;
            }

            ReportSubValue(context, instruction, reportOn, word, start, end - start, "password in a .netrc entry", reported);
            from = Math.Max(end, k + 1);
        }
    }

    /// <summary>IDENTIFIED BY 'x' (MySQL), PASSWORD 'x' (PostgreSQL CREATE/ALTER ROLE).</summary>
    private static void CheckSqlPassword(DockerfileContext context, CommandInstruction instruction, Instruction reportOn, LogicalWord word, List<TextSpan> reported)
    {
        string v = word.Value;
        if (v.Length < 12 || v.IndexOf('\'') < 0)
        {
            return;
        }

        foreach (var keyword in SqlPasswordKeywords)
        {
            int from = 0;
            while (from < v.Length)
            {
                int k = AsciiCase.IndexOf(v, keyword, from);
                if (k < 0)
                {
                    break;
                }

                from = k + keyword.Length;
                if (k > 0 && char.IsLetterOrDigit(v[k - 1]))
                {
                    continue;
                }

                int q = from;
                while (q < v.Length && v[q] == ' ')
                {
                    q++;
                }

                if (q == from || q >= v.Length || v[q] != '\'')
                {
                    continue;
                }

                int end = v.IndexOf('\'', q + 1);
                if (end <= q + 1)
                {
                    continue;
                }

                string value = v.Substring(q + 1, end - q - 1);
                if (SecretValueClassifier.Classify(value, PasswordContext) == SecretValueKind.Plausible && !ShellWords.HasVariableReference(value))
                {
                    Report(context, instruction, reportOn, word, q + 1, end - q - 1, "SQL password", reported);
                }

                from = end + 1;
            }
        }
    }

    private static void ReportPipedSecret(DockerfileContext context, CommandInstruction instruction, Instruction reportOn, LogicalWord word, bool userColonPassword, string program, List<TextSpan> reported)
    {
        string v = word.Value;
        if (!userColonPassword)
        {
            ReportValue(context, instruction, reportOn, word, 0, $"password piped into {program}", reported);
            return;
        }

        // user:password lines (a literal \n separates several in echo -e / printf)
        int lineStart = 0;
        while (lineStart < v.Length)
        {
            int lineEnd = v.IndexOf('\n', lineStart);
            int literal = v.IndexOf("\\n", lineStart, StringComparison.Ordinal);
            if (lineEnd < 0 || (literal >= 0 && literal < lineEnd))
            {
                lineEnd = literal;
            }

            if (lineEnd < 0)
            {
                lineEnd = v.Length;
            }

            int colon = v.IndexOf(':', lineStart, lineEnd - lineStart);
            if (colon > lineStart && colon + 1 < lineEnd)
            {
                ReportSubValue(context, instruction, reportOn, word, colon + 1, lineEnd - colon - 1, $"password piped into {program}", reported);
            }

            lineStart = lineEnd + (lineEnd < v.Length && v[lineEnd] == '\\' ? 2 : 1);
        }
    }

    private static void CheckHtpasswd(DockerfileContext context, CommandInstruction instruction, Instruction reportOn, IReadOnlyList<LogicalWord> words, List<TextSpan> reported)
    {
        // htpasswd -b[c…] passwordfile username password | htpasswd -nb username password
        bool batch = false;
        bool noFile = false;
        var positional = new List<LogicalWord>();
        for (int k = 1; k < words.Count; k++)
        {
            string w = words[k].Value;
            if (w.StartsWith("-", StringComparison.Ordinal) && w.Length > 1 && positional.Count == 0)
            {
                batch |= w.IndexOf('b') > 0;
                noFile |= w.IndexOf('n') > 0;
            }
            else
            {
                positional.Add(words[k]);
            }
        }

        int index = noFile ? 1 : 2;
        if (batch && positional.Count > index)
        {
            ReportValue(context, instruction, reportOn, positional[index], 0, "htpasswd password", reported);
        }
    }

    /// <summary>Reports word.Value[start..] when it is a plausible literal secret.</summary>
    private static void ReportValue(DockerfileContext context, CommandInstruction instruction, Instruction reportOn, LogicalWord word, int start, string description, List<TextSpan> reported)
        => ReportSubValue(context, instruction, reportOn, word, start, word.Value.Length - start, description, reported);

    private static void ReportSubValue(DockerfileContext context, CommandInstruction instruction, Instruction reportOn, LogicalWord word, int start, int length, string description, List<TextSpan> reported)
    {
        if (length <= 0 || start + length > word.Value.Length)
        {
            return;
        }

        string value = word.Value.Substring(start, length);
        if (ShellWords.HasVariableReference(value) || SecretValueClassifier.Classify(value, PasswordContext) != SecretValueKind.Plausible)
        {
            return;
        }

        Report(context, instruction, reportOn, word, start, length, description, reported);
    }

    private static void Report(DockerfileContext context, CommandInstruction instruction, Instruction reportOn, LogicalWord word, int start, int length, string description, List<TextSpan> reported, string? assignedName = null)
    {
        var span = WordSpans.MapSpan(word, start, length);
        if (Overlaps(reported, span))
        {
            return;
        }

        reported.Add(span);
        string what = assignedName != null
            ? $"sets {assignedName} to a literal value"
            : "contains " + English.WithArticle(description);
        context.Report(Rule, reportOn, span,
            $"{instruction.Keyword} {what} ({SecretRedactor.Redact(word.Value, start, length)}); it stays in the image history. Use RUN --mount=type=secret and read the secret from the mounted file.");
    }

    private static IEnumerable<LogicalWord> Arguments(ShellCommand command)
    {
        for (int k = 1; k < command.Words.Count; k++)
        {
            string w = command.Words[k].Value;
            if (k == 1 && command.Name == "echo" && w.Length > 1 && w[0] == '-' && w.Trim('-', 'e', 'n', 'E').Length == 0)
            {
                continue;
            }

            // printf's format ('%s\n') is not the secret; the arguments it formats are.
            if (k == 1 && command.Name == "printf" && w.IndexOf('%') >= 0)
            {
                continue;
            }

            yield return command.Words[k];
        }
    }

    // docker build --secret id=npm,src=… and similar specs name a secret, they are not one.
    private static bool IsBuildSecretSpec(string value)
        => value.IndexOf("id=", StringComparison.Ordinal) >= 0 || value.IndexOf("src=", StringComparison.Ordinal) >= 0 || value.IndexOf("type=", StringComparison.Ordinal) >= 0;
}
