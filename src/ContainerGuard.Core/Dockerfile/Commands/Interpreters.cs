using System;
using System.Collections.Generic;

namespace ContainerGuard.Dockerfile.Commands;

/// <summary>Which programs download and which run code they are given.</summary>
internal static class Interpreters
{
    public static bool IsDownloader(string name) => name is "curl" or "wget" or "fetch";

    public static bool IsShell(string name) => name is "sh" or "bash" or "dash" or "zsh" or "ksh" or "ash" or "mksh" or "fish";

    /// <summary>Programs that execute a script: shells, Python, Perl, Ruby, Node.js, PHP, and eval/source.</summary>
    public static bool IsCodeRunner(string name)
        => IsShell(name) || IsPythonName(name) || name is "perl" or "ruby" or "node" or "nodejs" or "php" or "eval" or "source" or ".";

    /// <summary>
    /// Programs that, started with nothing but options, are an interactive interpreter, REPL or shell — how runtime
    /// base images end (<c>CMD ["python3"]</c>, <c>CMD ["node"]</c>, <c>CMD ["bash"]</c>, <c>CMD ["irb"]</c>), also with a
    /// version in the name (<c>python3.12</c>, <c>ruby3.3</c>, <c>php8.3</c>). Servers and daemons named like an
    /// interpreter are applications: <c>php-fpm</c> (any version), <c>php -S …</c>, <c>python -m http.server</c>,
    /// <c>node server.js</c> — they either have another name or take a non-option argument.
    /// </summary>
    public static bool IsInteractiveInterpreter(string name)
    {
        if (IsShell(name) || InteractiveNames.Contains(name))
        {
            return true;
        }

        foreach (string stem in VersionedInterpreterStems)
        {
            if (name.StartsWith(stem, StringComparison.Ordinal) && name.Length > stem.Length && IsVersionSuffix(name, stem.Length))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> InteractiveNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "pwsh", "powershell", "cmd",
        "python", "ipython", "node", "nodejs", "deno", "bun", "irb", "ruby", "php", "perl", "ghci", "iex", "erl",
        "jshell", "julia", "R", "clojure", "lein", "scala", "sbt", "groovysh", "swift", "dotnet", "go", "gradle", "mvn",
    };

    private static readonly string[] VersionedInterpreterStems = { "python", "ruby", "php", "perl", "node", "pwsh" };

    /// <summary>The option whose argument is inline code: <c>sh -c</c>, <c>python -c</c>, <c>node -e</c>, <c>perl -e</c>.</summary>
    public static bool IsInlineCodeOption(string name, string option)
    {
        if (option.Length < 2 || option[0] != '-' || option[1] == '-')
        {
            return name is "node" or "nodejs" && option is "--eval" or "--print";
        }

        char last = option[option.Length - 1];
        if (IsShell(name) || IsPythonName(name))
        {
            return last == 'c';
        }

        return name switch
        {
            "perl" => last is 'e' or 'E',
            "ruby" => last == 'e',
            "node" or "nodejs" => last is 'e' or 'p',
            "php" => last == 'r',
            _ => false,
        };
    }

    /// <summary>
    /// True when the interpreter runs what arrives on stdin: no inline code option, no module, and no script
    /// file argument other than <c>-</c> or <c>/dev/stdin</c> (<c>sh -s -- args</c> reads stdin too).
    /// </summary>
    public static bool ReadsCodeFromStdin(EffectiveCommand command)
    {
        string name = command.Name;
        if (!IsCodeRunner(name) || name is "eval" or "source" or ".")
        {
            return false;
        }

        bool shell = IsShell(name);
        bool python = IsPythonName(name);
        var args = command.Arguments;
        for (int i = 0; i < args.Count; i++)
        {
            string value = args[i].Value;
            if ((shell && value is "-o" or "+o") || (python && value is "-W" or "-X"))
            {
                i++;
                continue;
            }

            if (value is "-" or "/dev/stdin")
            {
                return true;
            }

            if (value == "--")
            {
                // sh -s -- args: positional parameters follow; python -- script: a file follows.
                return shell;
            }

            if (value.Length > 1 && (value[0] == '-' || (shell && value[0] == '+')))
            {
                if (IsInlineCodeOption(name, value) || (python && value == "-m"))
                {
                    return false;
                }

                if (shell && !value.StartsWith("--", StringComparison.Ordinal) && value.IndexOf('s') > 0)
                {
                    return true;
                }

                continue;
            }

            // A script file: the pipe is its data.
            return false;
        }

        return true;
    }

    /// <summary><c>python</c>, <c>python3</c>, <c>python3.12</c>.</summary>
    public static bool IsPythonName(string name)
        => name == "python" || (name.StartsWith("python", StringComparison.Ordinal) && IsVersionSuffix(name, 6));

    /// <summary>True when <paramref name="name"/> from <paramref name="from"/> is empty or a version (<c>3</c>, <c>3.12</c>): <c>pip3</c>, <c>python3.12</c>.</summary>
    internal static bool IsVersionSuffix(string name, int from)
    {
        if (from >= name.Length)
        {
            return true;
        }

        for (int i = from; i < name.Length; i++)
        {
            if (!(char.IsDigit(name[i]) || name[i] == '.'))
            {
                return false;
            }
        }

        return char.IsDigit(name[from]);
    }
}
