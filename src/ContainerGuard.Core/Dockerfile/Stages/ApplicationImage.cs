using System;
using System.Collections.Generic;
using System.IO;
using ContainerGuard.Dockerfile.Commands;

namespace ContainerGuard.Dockerfile.Stages;

/// <summary>
/// Whether a final stage chain builds an APPLICATION image rather than a base image. Base-image Dockerfiles
/// (docker-library/python, nodejs/docker-node, dotnet/dotnet-docker) end with no command or with just an
/// interpreter or shell (<c>CMD ["python3"]</c>, <c>CMD ["node"]</c> behind docker-entrypoint.sh,
/// <c>CMD ["bash"]</c>): their distribution and user are chosen for the images built on them. Dev containers
/// kept alive with <c>sleep infinity</c> or <c>tail -f /dev/null</c> run no application either.
/// </summary>
internal static class ApplicationImage
{
    /// <summary>Programs whose bare start makes an image a runtime/tool base image rather than an application.</summary>
    public static readonly HashSet<string> BaseImageCommands = new(StringComparer.OrdinalIgnoreCase)
    {
        "sh", "bash", "ash", "dash", "zsh", "fish", "pwsh", "pwsh.exe", "powershell", "powershell.exe", "cmd", "cmd.exe",
        "python", "python2", "python3", "ipython", "node", "deno", "bun", "irb", "ruby", "php", "php-fpm", "perl", "ghci",
        "iex", "erl", "jshell", "julia", "R", "clojure", "lein", "scala", "sbt", "groovysh", "swift", "dotnet", "go", "gradle", "mvn",
    };

    /// <summary>The chain's ENTRYPOINT/CMD starts something other than a bare interpreter or shell.</summary>
    public static bool HasApplicationCommand(IReadOnlyList<DockerfileStage> chain)
    {
        Commands(chain, out var entrypoint, out var cmd, out _);
        return (entrypoint != null || cmd != null) && !IsInterpreterOnly(entrypoint, cmd);
    }

    private static void Commands(IReadOnlyList<DockerfileStage> chain, out CommandInstruction? entrypoint, out CommandInstruction? cmd, out bool copies)
    {
        entrypoint = null;
        cmd = null;
        copies = false;
        foreach (var stage in chain)
        {
            foreach (var instruction in stage.Instructions)
            {
                switch (instruction)
                {
                    case CommandInstruction { Keyword: "ENTRYPOINT" } e:
                        entrypoint = e;
                        break;
                    case CommandInstruction { Keyword: "CMD" } c:
                        cmd = c;
                        break;
                    case CopyInstruction:
                        copies = true;
                        break;
                }
            }
        }
    }

    /// <summary>
    /// An application command (<see cref="HasApplicationCommand"/>) and application content: any COPY/ADD in
    /// the chain, or a known runtime image underneath (<paramref name="builtOnRuntime"/>).
    /// </summary>
    public static bool LooksLikeApplication(IReadOnlyList<DockerfileStage> chain, bool builtOnRuntime)
    {
        Commands(chain, out var entrypoint, out var cmd, out bool copies);
        return (entrypoint != null || cmd != null) && !IsInterpreterOnly(entrypoint, cmd) && (copies || builtOnRuntime);
    }

    /// <summary>
    /// True when the image just starts an interpreter or shell: the command Docker runs (ENTRYPOINT then CMD;
    /// an entrypoint wrapper script such as docker-entrypoint.sh hands over to CMD) is one interpreter word
    /// plus options.
    /// </summary>
    private static bool IsInterpreterOnly(CommandInstruction? entrypoint, CommandInstruction? cmd)
    {
        var command = new List<string>();
        if (entrypoint != null)
        {
            var words = Words(entrypoint);
            bool wrapper = words.Count == 1 && ShellCommand.ProgramName(words[0]).IndexOf("entrypoint", StringComparison.OrdinalIgnoreCase) >= 0;
            if (!wrapper)
            {
                command.AddRange(words);
            }
        }

        if (cmd != null)
        {
            command.AddRange(Words(cmd));
        }

        return IsBareInterpreter(command) || IsKeepAlive(command);
    }

    /// <summary><c>sleep infinity</c>, <c>tail -f /dev/null</c>: a container kept alive for exec sessions (dev containers), not an application.</summary>
    private static bool IsKeepAlive(IReadOnlyList<string> command)
    {
        if (command.Count == 0)
        {
            return false;
        }

        string program = ShellCommand.ProgramName(command[0]);
        return program == "sleep"
            || (program == "tail" && command.Count > 1 && command[command.Count - 1] == "/dev/null");
    }

    private static bool IsBareInterpreter(IReadOnlyList<string> words)
    {
        if (words.Count == 0 || !BaseImageCommands.Contains(ShellCommand.ProgramName(words[0])))
        {
            return false;
        }

        for (int i = 1; i < words.Count; i++)
        {
            if (!words[i].StartsWith("-", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static IReadOnlyList<string> Words(CommandInstruction instruction)
    {
        var words = new List<string>();
        if (instruction.IsJsonForm)
        {
            foreach (var word in instruction.JsonArguments)
            {
                words.Add(word.Value);
            }
        }
        else if (instruction.Scripts.Count > 0 && instruction.Scripts[0].Commands.Count > 0)
        {
            foreach (var word in instruction.Scripts[0].Commands[0].Words)
            {
                words.Add(word.Value);
            }
        }
        else
        {
            foreach (string word in instruction.Arguments.Value.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries))
            {
                words.Add(word);
            }
        }

        return words;
    }
}
