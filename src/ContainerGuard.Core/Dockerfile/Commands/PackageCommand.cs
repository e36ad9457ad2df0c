using System;
using System.Collections.Generic;
using ContainerGuard.Collections;
using ContainerGuard.Text;

namespace ContainerGuard.Dockerfile.Commands;

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
        : WordSpans.Cover(ManagerWord.Span, SubcommandWord.Span);

    public bool HasOption(string longName, char shortName = '\0')
        => CommandOptions.FindOption(Options, 0, shortName, new[] { longName }, string.Empty) != null;

    /// <summary>The package word whose name (version, architecture and repository suffixes removed) is <paramref name="name"/>.</summary>
    public LogicalWord? FindPackage(string name)
    {
        foreach (var package in Packages)
        {
            if (IsPackageName(package.Value, name, IsRpm || Manager == "zypper"))
            {
                return package;
            }
        }

        return null;
    }

    /// <summary>Reads a package manager command (through wrappers), or null for anything else.</summary>
    public static PackageCommand? Of(EffectiveCommand command)
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
        else if (Interpreters.IsPythonName(name) && words.Count >= 2 && words[0].Value == "-m" && IsPipName(words[1].Value))
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

    public static bool IsPipName(string name)
        => name == "pip" || (name.StartsWith("pip", StringComparison.Ordinal) && Interpreters.IsVersionSuffix(name, 3));

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
}
