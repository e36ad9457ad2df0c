using System;
using System.Collections.Generic;
using System.Linq;
using ContainerGuard.Collections;
using ContainerGuard.Text;

namespace ContainerGuard.Dockerfile.Commands;

/// <summary>An instruction to check, and the instruction that owns it (the ONBUILD for a trigger) for suppressions and stages.</summary>
internal readonly struct InstructionSite
{
    public InstructionSite(Instruction owner, Instruction instruction)
    {
        Owner = owner;
        Instruction = instruction;
    }

    /// <summary>The top-level instruction: what <c># containerguard ignore=</c> and the stage attach to.</summary>
    public Instruction Owner { get; }

    /// <summary>The instruction itself (the trigger of an ONBUILD, otherwise the same as <see cref="Owner"/>).</summary>
    public Instruction Instruction { get; }
}

/// <summary>
/// A simple command seen through its wrappers: <c>sudo -E env X=1 nohup apt-get install …</c> is
/// <c>apt-get</c> with arguments <c>install …</c>; the wrappers stay visible in <see cref="Wrappers"/>.
/// </summary>
internal sealed class EffectiveCommand
{
    public EffectiveCommand(ShellCommand command, int index, IReadOnlyList<LogicalWord> wrappers, IReadOnlyList<LogicalWord> environment)
    {
        Command = command;
        Index = index;
        Wrappers = wrappers;
        Environment = environment;
        NameWord = command.Words[index];
        Name = ShellCommand.ProgramName(NameWord.Value);
        Arguments = new ListTail<LogicalWord>(command.Words, index + 1);
    }

    // AsPackageCommand's answer, computed once (a Memo slot).
    internal object? PackageCache;

    public ShellCommand Command { get; }

    /// <summary>Index of the program's word in <see cref="ShellCommand.Words"/>.</summary>
    public int Index { get; }

    /// <summary>The program's file name, <c>/usr/bin/curl</c> → <c>curl</c>.</summary>
    public string Name { get; }

    public LogicalWord NameWord { get; }

    public IReadOnlyList<LogicalWord> Arguments { get; }

    /// <summary>The wrapper program words (<c>sudo</c>, <c>env</c>, <c>nohup</c>…) before the program.</summary>
    public IReadOnlyList<LogicalWord> Wrappers { get; }

    /// <summary><c>NAME=value</c> words that set the program's environment: leading assignments and <c>env</c> arguments.</summary>
    public IReadOnlyList<LogicalWord> Environment { get; }
}

/// <summary>A package manager command: <c>apt-get install -y curl</c>, <c>apk add --no-cache sudo</c>, <c>pip install x</c>.</summary>
internal sealed class PackageCommand
{
    public PackageCommand(EffectiveCommand command, string manager, LogicalWord managerWord, LogicalWord? subcommandWord,
        IReadOnlyList<LogicalWord> options, IReadOnlyList<LogicalWord> packages)
    {
        Command = command;
        Manager = manager;
        ManagerWord = managerWord;
        SubcommandWord = subcommandWord;
        Options = options;
        Packages = packages;
    }

    public EffectiveCommand Command { get; }

    /// <summary>Normalised manager: <c>apt-get</c>, <c>apt</c>, <c>aptitude</c>, <c>apk</c>, <c>yum</c>, <c>dnf</c>, <c>microdnf</c>, <c>tdnf</c>, <c>zypper</c>, <c>pip</c>.</summary>
    public string Manager { get; }

    /// <summary>The word naming the manager (<c>pip</c> in <c>python -m pip</c>).</summary>
    public LogicalWord ManagerWord { get; }

    public LogicalWord? SubcommandWord { get; }

    public string Subcommand => SubcommandWord?.Value.ToLowerInvariant() ?? string.Empty;

    /// <summary>Every option word, wherever it stands (managers accept options after the subcommand).</summary>
    public IReadOnlyList<LogicalWord> Options { get; }

    /// <summary>Non-option words after the subcommand (for install: the packages).</summary>
    public IReadOnlyList<LogicalWord> Packages { get; }

    public bool IsApt => Manager is "apt-get" or "apt" or "aptitude";

    public bool IsRpm => Manager is "yum" or "dnf" or "microdnf" or "tdnf";

    /// <summary>True for the subcommands that install packages (<c>install</c>, <c>add</c>, zypper <c>in</c>…).</summary>
    public bool IsInstall => Subcommand switch
    {
        "install" => true,
        "add" => Manager == "apk",
        "in" => Manager == "zypper",
        "groupinstall" or "localinstall" or "reinstall" => IsRpm,
        _ => false,
    };

    /// <summary>The span from the manager word through the subcommand: <c>apt-get -y install</c>.</summary>
    public TextSpan ManagerThroughSubcommand => SubcommandWord == null
        ? ManagerWord.Span
        : CommandMatching.Cover(ManagerWord.Span, SubcommandWord.Span);

    public bool HasOption(string longName, char shortName = '\0')
        => CommandMatching.FindOption(Options, 0, shortName, new[] { longName }, string.Empty) != null;

    /// <summary>The package word whose name (version, architecture and repository suffixes removed) is <paramref name="name"/>.</summary>
    public LogicalWord? FindPackage(string name)
    {
        foreach (var package in Packages)
        {
            if (CommandMatching.IsPackageName(package.Value, name, IsRpm || Manager == "zypper"))
            {
                return package;
            }
        }

        return null;
    }
}

/// <summary>
/// Shared command matching for the RUN/ADD/EXPOSE rules, so that each rule stays a few lines of "what it
/// matches": instruction sites (ONBUILD triggers included), commands of shell and exec forms, wrappers
/// such as sudo and env, options in all their spellings, package manager commands.
/// </summary>
internal static class CommandMatching
{
    /// <summary>Every instruction, and for an ONBUILD also its trigger (owned by the ONBUILD).</summary>
    public static IEnumerable<InstructionSite> Sites(DockerfileDocument document)
    {
        foreach (var instruction in document.Instructions)
        {
            yield return new InstructionSite(instruction, instruction);
            if (instruction is OnBuildInstruction { Trigger: { } trigger })
            {
                yield return new InstructionSite(instruction, trigger);
            }
        }
    }

    /// <summary>RUN/CMD/ENTRYPOINT/HEALTHCHECK sites (with ONBUILD triggers) whose keyword is one of <paramref name="keywords"/>.</summary>
    public static IEnumerable<(InstructionSite Site, CommandInstruction Instruction)> CommandSites(DockerfileDocument document, params string[] keywords)
    {
        foreach (var site in Sites(document))
        {
            if (site.Instruction is CommandInstruction command && Array.IndexOf(keywords, command.Keyword) >= 0)
            {
                yield return (site, command);
            }
        }
    }

    /// <summary>
    /// The simple commands of an instruction: its shell scripts' commands (the parser already turns an exec
    /// form <c>["sh", "-c", "…"]</c> into a script), a plain exec form as one command, and the commands of a
    /// shell-form <c>sh -c "…"</c> / <c>bash -c '…'</c> argument after the command that holds it.
    /// </summary>
    public static IReadOnlyList<ShellCommand> Commands(CommandInstruction instruction)
        => CommandsOf(instruction).Commands;

    /// <summary>The commands of each script separately (pipelines never cross scripts), nested <c>sh -c</c> scripts included.</summary>
    public static IReadOnlyList<IReadOnlyList<ShellCommand>> CommandLists(CommandInstruction instruction)
        => CommandsOf(instruction).Lists;

    /// <summary>All commands in the instruction's scripts that run (wrappers seen through).</summary>
    public static IReadOnlyList<EffectiveCommand> EffectiveCommands(CommandInstruction instruction)
    {
        var cache = CommandsOf(instruction);
        if (cache.Effective is null)
        {
            var effective = new List<EffectiveCommand>(cache.Commands.Count);
            foreach (var command in cache.Commands)
            {
                if (Unwrap(command) is { } unwrapped)
                {
                    effective.Add(unwrapped);
                }
            }

            cache.Effective = effective;
        }

        return cache.Effective;
    }

    // Every RUN rule asks for the same instruction's commands; nested `sh -c` scripts are parsed once per
    // instruction, not once per rule. Kept on the instruction, so a document's cache goes with the document.
    private static InstructionCommands CommandsOf(CommandInstruction instruction)
        => Memo.Get(ref instruction.CommandsCache, instruction, i => new InstructionCommands(EnumerateCommandLists(i).ToList()))!;

    private sealed class InstructionCommands
    {
        public InstructionCommands(IReadOnlyList<IReadOnlyList<ShellCommand>> lists)
        {
            Lists = lists;
            if (lists.Count == 1)
            {
                Commands = lists[0];
                return;
            }

            var commands = new List<ShellCommand>();
            foreach (var list in lists)
            {
                commands.AddRange(list);
            }

            Commands = commands;
        }

        public IReadOnlyList<IReadOnlyList<ShellCommand>> Lists { get; }

        public IReadOnlyList<ShellCommand> Commands { get; }

        public List<EffectiveCommand>? Effective { get; set; }
    }

    private static IEnumerable<IReadOnlyList<ShellCommand>> EnumerateCommandLists(CommandInstruction instruction)
    {
        var pending = new Queue<(IReadOnlyList<ShellCommand> Commands, int Depth)>();
        foreach (var script in instruction.Scripts)
        {
            pending.Enqueue((script.Commands, 0));
        }

        if (pending.Count == 0 && instruction.IsJsonForm && instruction.JsonArguments.Count > 0)
        {
            pending.Enqueue((new[] { new ShellCommand(Array.Empty<LogicalWord>(), instruction.JsonArguments, string.Empty) }, 0));
        }

        while (pending.Count > 0)
        {
            var (commands, depth) = pending.Dequeue();
            yield return commands;
            if (depth >= MaxNestedScripts)
            {
                continue;
            }

            foreach (var command in commands)
            {
                if (NestedScript(command) is { } nested)
                {
                    pending.Enqueue((nested.Commands, depth + 1));
                }
            }
        }
    }

    private const int MaxNestedScripts = 4;

    /// <summary>
    /// <c>sh -c "script"</c> written in a shell form: the script parsed as shell, when its word is one quoted
    /// piece without escapes (so each character maps to the file). Otherwise null.
    /// </summary>
    private static ShellScript? NestedScript(ShellCommand command)
    {
        var effective = Unwrap(command);
        if (effective == null || !Interpreters.IsShell(effective.Name))
        {
            return null;
        }

        var args = effective.Arguments;
        for (int i = 0; i + 1 < args.Count; i++)
        {
            string option = args[i].Value;
            if (option is "-o" or "+o")
            {
                // bash -o pipefail -c "…"
                i++;
                continue;
            }

            if (option.Length < 2 || option[0] is not ('-' or '+') || option[1] == '-')
            {
                return null;
            }

            if (option.IndexOf('c') < 0)
            {
                continue;
            }

            var word = args[i + 1];
            string raw = word.Raw;
            bool onePiece = raw.Length >= 2 && (raw[0] == '"' || raw[0] == '\'') && raw[raw.Length - 1] == raw[0]
                && raw.Length == word.Value.Length + 2 && word.Span.Length == raw.Length
                && raw.IndexOf('\\') < 0 && raw.IndexOf(raw[0], 1) == raw.Length - 1;
            if (!onePiece)
            {
                return null;
            }

            var builder = new LogicalText.Builder();
            builder.Append(word.Value, word.Span.Start + 1);
            return Parsing.ShellScriptParser.Parse(builder.ToLogicalText(word.Span.End - 1), windows: false);
        }

        return null;
    }

    /// <summary>
    /// True when the instruction's stage ends up in the image that is built by default: the final stage or a
    /// stage the final stage is built FROM (directly or through other stages). Global ARGs: false.
    /// </summary>
    public static bool IsInFinalImage(DockerfileDocument document, Instruction owner)
    {
        var final = document.FinalStage;
        var stage = owner.Stage;
        if (final == null || stage == null)
        {
            return false;
        }

        int guard = 0;
        for (var current = final; current != null && guard <= document.Stages.Count; current = current.BaseStage, guard++)
        {
            if (ReferenceEquals(current, stage))
            {
                return true;
            }
        }

        return false;
    }

    public static TextSpan Cover(TextSpan first, TextSpan last)
        => TextSpan.FromBounds(Math.Min(first.Start, last.Start), Math.Max(first.End, last.End));

    /// <summary>
    /// The file span of <paramref name="needle"/> inside a word, when the word is written on one piece (its
    /// span is as long as its raw text); otherwise the whole word.
    /// </summary>
    public static TextSpan SpanOf(LogicalWord word, string needle)
    {
        int index = AsciiCase.IndexOf(word.Raw, needle);
        return index >= 0 && word.Span.Length == word.Raw.Length
            ? new TextSpan(word.Span.Start + index, needle.Length)
            : word.Span;
    }

    // Wrappers run the rest of their arguments as a command. Values: which of their short options take a value.
    private static readonly Dictionary<string, string> WrapperValueOptions = new(StringComparer.Ordinal)
    {
        ["sudo"] = "ugCDhpRrtTU",
        ["doas"] = "uC",
        ["env"] = "uCS",
        ["nohup"] = string.Empty,
        ["exec"] = "a",
        ["time"] = "fo",
        ["nice"] = "n",
        ["ionice"] = "cnpP",
        ["timeout"] = "sk",
        ["eatmydata"] = string.Empty,
        ["busybox"] = string.Empty,
        ["stdbuf"] = "ioe",
        ["chronic"] = string.Empty,
        ["xargs"] = "adEILnPs",
    };

    // Wrappers with a fixed leading operand: gosu USER cmd, su-exec USER cmd, timeout DURATION cmd.
    private static readonly Dictionary<string, int> WrapperOperands = new(StringComparer.Ordinal)
    {
        ["gosu"] = 1,
        ["su-exec"] = 1,
        ["timeout"] = 1,
        ["chroot"] = 1,
    };

    /// <summary>
    /// The command after its wrappers, or null when nothing runs (a bare assignment, <c>command -v x</c>,
    /// <c>sudo -l</c>).
    /// </summary>
    public static EffectiveCommand? Unwrap(ShellCommand command)
        => Memo.Get(ref command.EffectiveCache, command, ComputeUnwrap);

    private static EffectiveCommand? ComputeUnwrap(ShellCommand command)
    {
        var words = command.Words;

        // Most commands have no wrapper: the lists are made only when one is seen.
        List<LogicalWord>? wrappers = null;
        List<LogicalWord>? environment = null;
        int i = 0;
        while (i < words.Count)
        {
            string name = ShellCommand.ProgramName(words[i].Value);
            bool valueOptionsKnown = WrapperValueOptions.TryGetValue(name, out string? valueOptions);
            bool hasOperand = WrapperOperands.TryGetValue(name, out int operands);
            if (name == "command")
            {
                // `command -v x` asks where x is; `command x` runs it.
                if (i + 1 < words.Count && words[i + 1].Value is "-v" or "-V")
                {
                    return null;
                }

                valueOptionsKnown = true;
                valueOptions = string.Empty;
            }

            if (!valueOptionsKnown && !hasOperand)
            {
                break;
            }

            (wrappers ??= new List<LogicalWord>()).Add(words[i]);
            i++;

            // Options of the wrapper (sudo -E -u app, env -i, nice -n 5).
            while (i < words.Count)
            {
                string value = words[i].Value;
                if (value == "--")
                {
                    i++;
                    break;
                }

                if (name == "env" && IsAssignment(value))
                {
                    (environment ??= new List<LogicalWord>(command.Assignments)).Add(words[i]);
                    i++;
                    continue;
                }

                if (value.Length < 2 || value[0] != '-')
                {
                    break;
                }

                if (!value.StartsWith("--", StringComparison.Ordinal) && valueOptions != null)
                {
                    // -u app / -uapp: a value-taking short option consumes the rest or the next word.
                    for (int c = 1; c < value.Length; c++)
                    {
                        if (valueOptions.IndexOf(value[c]) >= 0)
                        {
                            if (c == value.Length - 1)
                            {
                                i++;
                            }

                            break;
                        }
                    }
                }
                else if (name == "sudo" && value is "--user" or "--group" or "--host" or "--prompt" or "--role" or "--type" or "--close-from" or "--chdir")
                {
                    i++;
                }

                i++;
            }

            if (hasOperand)
            {
                i += operands;
            }
        }

        if (i >= words.Count)
        {
            return null;
        }

        return new EffectiveCommand(command, i, (IReadOnlyList<LogicalWord>?)wrappers ?? Array.Empty<LogicalWord>(), (IReadOnlyList<LogicalWord>?)environment ?? command.Assignments);
    }

    public static bool IsAssignment(string word)
    {
        int eq = word.IndexOf('=');
        if (eq <= 0)
        {
            return false;
        }

        for (int i = 0; i < eq; i++)
        {
            char c = word[i];
            if (!(c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (i > 0 && c >= '0' && c <= '9')))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Finds an option among <paramref name="words"/> from <paramref name="start"/>: a long name
    /// (<c>--insecure</c>, <c>--insecure=…</c>) or a short letter, also inside combined short options
    /// (<c>-fsSLk</c>). Letters in <paramref name="valueShorts"/> take a value (the rest of the word or the
    /// next word), so <c>-o/tmp/k</c> does not contain <c>-k</c>. Stops at <c>--</c>.
    /// </summary>
    public static LogicalWord? FindOption(IReadOnlyList<LogicalWord> words, int start, char shortName, IReadOnlyList<string> longNames, string valueShorts)
    {
        for (int i = start; i < words.Count; i++)
        {
            string value = words[i].Value;
            if (value == "--")
            {
                return null;
            }

            if (value.StartsWith("--", StringComparison.Ordinal))
            {
                int eq = value.IndexOf('=');
                string name = eq < 0 ? value : value.Substring(0, eq);
                foreach (var longName in longNames)
                {
                    if (string.Equals(name, longName, StringComparison.Ordinal))
                    {
                        return words[i];
                    }
                }

                continue;
            }

            if (value.Length < 2 || value[0] != '-' || shortName == '\0')
            {
                continue;
            }

            for (int c = 1; c < value.Length; c++)
            {
                if (value[c] == shortName)
                {
                    return words[i];
                }

                if (valueShorts.IndexOf(value[c]) >= 0)
                {
                    if (c == value.Length - 1)
                    {
                        i++;
                    }

                    break;
                }
            }
        }

        return null;
    }

    /// <summary>The value of an option given as <c>--name=value</c>, <c>--name value</c>, <c>-x value</c> or <c>-xvalue</c>.</summary>
    public static IEnumerable<(LogicalWord Option, LogicalWord Value, string Text)> OptionValues(IReadOnlyList<LogicalWord> words, char shortName, string longName)
    {
        for (int i = 0; i < words.Count; i++)
        {
            string value = words[i].Value;
            if (value == "--")
            {
                yield break;
            }

            if (value.StartsWith(longName + "=", StringComparison.Ordinal))
            {
                yield return (words[i], words[i], value.Substring(longName.Length + 1));
            }
            else if ((value == longName || (shortName != '\0' && value.Length == 2 && value[0] == '-' && value[1] == shortName)) && i + 1 < words.Count)
            {
                yield return (words[i], words[i + 1], words[i + 1].Value);
                i++;
            }
            else if (shortName != '\0' && value.Length > 2 && value[0] == '-' && value[1] == shortName)
            {
                yield return (words[i], words[i], value.Substring(2));
            }
        }
    }

    // Package managers: the short options that take a value (so the value is not read as a package or subcommand)
    // and the long options that take the next word as value.
    private static readonly Dictionary<string, (string Shorts, string[] Longs)> ManagerOptions = new(StringComparer.Ordinal)
    {
        ["apt-get"] = ("octa", new[] { "--option", "--config-file", "--target-release", "--default-release", "--host-architecture" }),
        ["apk"] = ("Xtp", new[] { "--repository", "--virtual", "--root", "--repositories-file", "--keys-dir", "--arch", "--cache-dir", "--cache-max-age" }),
        ["yum"] = ("cxRd", new[] { "--exclude", "--installroot", "--releasever", "--enablerepo", "--disablerepo", "--setopt", "--config", "--repo", "--repoid", "--downloaddir", "--destdir", "--forcearch" }),
        ["zypper"] = ("rtRDc", new[] { "--repo", "--type", "--root", "--config", "--from", "--reposd-dir", "--cache-dir" }),
        ["pip"] = ("rceifIt", new[] { "--requirement", "--constraint", "--editable", "--index-url", "--extra-index-url", "--find-links", "--trusted-host", "--target", "--prefix", "--root", "--src", "--cache-dir", "--platform", "--python-version", "--implementation", "--abi", "--upgrade-strategy", "--progress-bar", "--log", "--proxy", "--cert", "--client-cert", "--timeout", "--retries", "--exists-action", "--global-option", "--install-option", "--config-settings", "--only-binary", "--no-binary", "--report" }),
    };

    /// <summary>Reads a package manager command (through wrappers), or null for anything else.</summary>
    public static PackageCommand? AsPackageCommand(EffectiveCommand command)
        => Memo.Get(ref command.PackageCache, command, ComputePackageCommand);

    private static PackageCommand? ComputePackageCommand(EffectiveCommand command)
    {
        string name = command.Name;
        var words = command.Arguments;
        var managerWord = command.NameWord;
        string manager;
        int start = 0;
        if (name is "apt-get" or "apt" or "aptitude")
        {
            manager = name;
        }
        else if (name is "apk" or "yum" or "dnf" or "microdnf" or "tdnf" or "zypper")
        {
            manager = name;
        }
        else if (IsPipName(name))
        {
            manager = "pip";
        }
        else if (IsPythonName(name) && words.Count >= 2 && words[0].Value == "-m" && IsPipName(words[1].Value))
        {
            manager = "pip";
            managerWord = words[1];
            start = 2;
        }
        else
        {
            return null;
        }

        string key = manager switch
        {
            "apt" or "aptitude" => "apt-get",
            "dnf" or "microdnf" or "tdnf" => "yum",
            _ => manager,
        };
        var (shorts, longs) = ManagerOptions[key];
        LogicalWord? subcommand = null;
        var options = new List<LogicalWord>();
        var packages = new List<LogicalWord>();
        bool endOfOptions = false;
        for (int i = start; i < words.Count; i++)
        {
            string value = words[i].Value;
            if (!endOfOptions && value == "--")
            {
                endOfOptions = true;
                continue;
            }

            if (!endOfOptions && value.Length > 1 && value[0] == '-')
            {
                options.Add(words[i]);
                if (value.StartsWith("--", StringComparison.Ordinal))
                {
                    if (value.IndexOf('=') < 0 && Array.IndexOf(longs, value) >= 0 && i + 1 < words.Count)
                    {
                        options.Add(words[++i]);
                    }
                }
                else if (value.Length == 2 && shorts.IndexOf(value[1]) >= 0 && i + 1 < words.Count)
                {
                    options.Add(words[++i]);
                }

                continue;
            }

            if (subcommand == null)
            {
                subcommand = words[i];
            }
            else
            {
                packages.Add(words[i]);
            }
        }

        return new PackageCommand(command, manager, managerWord, subcommand, options, packages);
    }

    public static bool IsPipName(string name)
        => name == "pip" || (name.StartsWith("pip", StringComparison.Ordinal) && IsVersionSuffix(name, 3));

    public static bool IsPythonName(string name)
        => name == "python" || (name.StartsWith("python", StringComparison.Ordinal) && IsVersionSuffix(name, 6));

    private static bool IsVersionSuffix(string name, int from)
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

    /// <summary>
    /// True when a package argument names <paramref name="name"/>: exactly, or followed by a version,
    /// architecture or repository suffix (<c>sudo=1.9*</c>, <c>sudo:amd64</c>, <c>sudo@edge</c>,
    /// <c>sudo&gt;=1</c>; for RPM-style managers also <c>sudo-1.9.5</c>).
    /// </summary>
    public static bool IsPackageName(string word, string name, bool rpmStyle)
    {
        if (!word.StartsWith(name, StringComparison.Ordinal))
        {
            return false;
        }

        if (word.Length == name.Length)
        {
            return true;
        }

        char next = word[name.Length];
        if (next is '=' or ':' or '<' or '>' or '~' or '@')
        {
            return true;
        }

        return rpmStyle && next == '-' && word.Length > name.Length + 1 && char.IsDigit(word[name.Length + 1]);
    }

    /// <summary>
    /// The next command of the same pipeline after <paramref name="index"/>: the command that starts first after
    /// it ends. Commands nested in <c>$(…)</c> are listed before the command holding them, so the nearest
    /// start, not the next index, is the outer command. Looks a bounded distance ahead.
    /// </summary>
    public static int NextInPipeline(IReadOnlyList<ShellCommand> commands, int index)
    {
        var current = commands[index];
        if (!current.PipesIntoNext)
        {
            return -1;
        }

        int end = current.Span.End;
        int best = -1;
        int limit = Math.Min(commands.Count, index + 64);
        for (int j = index + 1; j < limit; j++)
        {
            var candidate = commands[j];
            if (candidate.Words.Count == 0 && candidate.Assignments.Count == 0)
            {
                continue;
            }

            int start = candidate.Span.Start;
            if (start >= end && (best < 0 || start < commands[best].Span.Start))
            {
                best = j;
            }
        }

        return best;
    }
}

/// <summary>Which programs download and which run code they are given.</summary>
internal static class Interpreters
{
    public static bool IsDownloader(string name) => name is "curl" or "wget" or "fetch";

    public static bool IsShell(string name) => name is "sh" or "bash" or "dash" or "zsh" or "ksh" or "ash" or "mksh" or "fish";

    /// <summary>Programs that execute a script: shells, Python, Perl, Ruby, Node.js, PHP, and eval/source.</summary>
    public static bool IsCodeRunner(string name)
        => IsShell(name) || CommandMatching.IsPythonName(name) || name is "perl" or "ruby" or "node" or "nodejs" or "php" or "eval" or "source" or ".";

    /// <summary>The option whose argument is inline code: <c>sh -c</c>, <c>python -c</c>, <c>node -e</c>, <c>perl -e</c>.</summary>
    public static bool IsInlineCodeOption(string name, string option)
    {
        if (option.Length < 2 || option[0] != '-' || option[1] == '-')
        {
            return name is "node" or "nodejs" && option is "--eval" or "--print";
        }

        char last = option[option.Length - 1];
        if (IsShell(name) || CommandMatching.IsPythonName(name))
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
        bool python = CommandMatching.IsPythonName(name);
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
}
