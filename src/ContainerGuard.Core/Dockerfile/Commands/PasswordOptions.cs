using System;
using System.Collections.Generic;
using ContainerGuard.Text;

namespace ContainerGuard.Dockerfile.Commands;

/// <summary>Programs that take a password on their command line or on stdin, and how they take it.</summary>
internal static class PasswordOptions
{
    // Programs whose short option takes a password as the next word (or attached: -pS3cret).
    private static readonly Dictionary<string, string> PasswordShortOption = new(StringComparer.Ordinal)
    {
        ["sshpass"] = "-p",
        ["redis-cli"] = "-a",
        ["sqlcmd"] = "-P",
        ["bcp"] = "-P",
        ["mongo"] = "-p",
        ["mongosh"] = "-p",
        ["mongodump"] = "-p",
        ["mongorestore"] = "-p",
        ["mongoexport"] = "-p",
        ["mongoimport"] = "-p",
        ["useradd"] = "-p",
        ["usermod"] = "-p",
    };

    // Registry clients: "login -p value" / "-pvalue".
    private static readonly HashSet<string> LoginClients = new(StringComparer.Ordinal)
    {
        "docker", "podman", "buildah", "skopeo", "nerdctl", "oras", "helm", "crane", "regctl", "az",
    };

    // MySQL/MariaDB clients: only the attached form -pVALUE is a password (-p alone prompts; "-p name" names a database).
    private static readonly HashSet<string> MySqlClients = new(StringComparer.Ordinal)
    {
        "mysql", "mysqladmin", "mysqldump", "mysqlimport", "mysqlshow", "mysqlcheck", "mysqlpump", "mysqlsh",
        "mariadb", "mariadb-admin", "mariadb-dump", "mariadb-import", "mariadb-check",
    };

    /// <summary>
    /// The short option that takes a password as the next word or attached (<c>sshpass -p</c>, <c>redis-cli -a</c>,
    /// <c>sqlcmd -P</c>, <c>docker login -p</c>) for this command, or null.
    /// </summary>
    public static string? ShortOption(string program, IReadOnlyList<LogicalWord> words)
        => PasswordShortOption.TryGetValue(program, out var option) ? option
            : LoginClients.Contains(program) && ShellWords.Contains(words, "login") ? "-p"
            : null;

    /// <summary>MySQL and MariaDB clients, whose password is only the attached <c>-pVALUE</c>.</summary>
    public static bool IsMySqlClient(string program) => MySqlClients.Contains(program);

    /// <summary><c>chpasswd</c> (not <c>-e</c>), <c>passwd --stdin</c>, <c>… login --password-stdin</c>: what is piped in is a password.</summary>
    public static bool ReadsPasswordFromStdin(string program, IReadOnlyList<LogicalWord> words)
    {
        if (program == "chpasswd")
        {
            return !ShellWords.Contains(words, "-e") && !ShellWords.Contains(words, "--encrypted");
        }

        if (program == "passwd")
        {
            return ShellWords.Contains(words, "--stdin");
        }

        return ShellWords.Contains(words, "--password-stdin");
    }
}
