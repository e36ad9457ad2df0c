using System;
using System.Collections.Generic;
using ContainerGuard.Catalog;
using ContainerGuard.Dockerfile.Commands;
using ContainerGuard.Dockerfile.Stages;
using ContainerGuard.Findings;

namespace ContainerGuard.Dockerfile.Rules;

/// <summary>
/// CG4064: a RUN in the final image that leaves the package manager's index or cache in its layer:
/// <c>apt-get update</c> without removing <c>/var/lib/apt/lists</c> in the same RUN; <c>apk add</c> without
/// <c>--no-cache</c> (or <c>apk update</c>) without removing <c>/var/cache/apk</c>; yum/dnf/microdnf/tdnf/zypper
/// installs without <c>… clean</c> or removing their cache folder; <c>pip install</c> without <c>--no-cache-dir</c>,
/// <c>PIP_NO_CACHE_DIR</c> or removing the pip cache. A later RUN cannot shrink an earlier layer, so only the same
/// RUN counts. Silent with a BuildKit cache mount on the manager's cache (<c>RUN --mount=type=cache,target=…</c>)
/// and in stages the final image is not built FROM. Span: manager word through subcommand (<c>apt-get update</c>).
/// </summary>
public sealed class CG4064PackageCacheRule : DockerfileRule
{
    private static readonly RuleDescriptor Rule = DockerfileRuleDescriptors.PackageCacheKept;

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(DockerfileContext context)
    {
        var document = context.Document;
        int pipCacheOffAt = FindPipNoCacheEnvironment(document);
        foreach (var (site, instruction) in InstructionSites.Commands(document, "RUN"))
        {
            if (!StageChains.IsInFinalImage(document, site.Owner))
            {
                continue;
            }

            var cacheMounts = CacheMountTargets(instruction);
            var packageCommands = new List<PackageCommand>();
            var cleaned = new HashSet<ManagerFamily>();
            foreach (var command in InstructionCommands.Effective(instruction))
            {
                var package = PackageCommand.Of(command);
                if (package != null)
                {
                    packageCommands.Add(package);
                }

                foreach (var family in Families)
                {
                    if (IsCleanup(command, package, family))
                    {
                        cleaned.Add(family);
                    }
                }
            }

            foreach (var package in packageCommands)
            {
                var family = Family(package);
                if (family == null || !LeavesCache(package, pipCacheOffAt) || cleaned.Contains(family) || IsCacheMounted(cacheMounts, family.Paths))
                {
                    continue;
                }

                context.Report(Rule, site.Owner, package.ManagerThroughSubcommand,
                    $"{package.Manager} {package.Subcommand} leaves {family.What} in the image layer. {family.Fix}");
            }
        }
    }

    private sealed class ManagerFamily
    {
        public ManagerFamily(string what, string fix, string[] paths, Func<PackageCommand, bool> isCleanCommand)
        {
            What = what;
            Fix = fix;
            Paths = paths;
            IsCleanCommand = isCleanCommand;
        }

        public string What { get; }

        public string Fix { get; }

        /// <summary>Cache folders: removing one, or a cache mount on one, keeps the layer clean.</summary>
        public string[] Paths { get; }

        public Func<PackageCommand, bool> IsCleanCommand { get; }
    }

    private static readonly ManagerFamily Apt = new(
        "the package lists (/var/lib/apt/lists)",
        "Add '&& rm -rf /var/lib/apt/lists/*' at the end of the same RUN.",
        new[] { "/var/lib/apt", "/var/cache/apt" },
        p => p.IsApt && p.Subcommand is "distclean" or "dist-clean");

    private static readonly ManagerFamily Apk = new(
        "the package index (/var/cache/apk)",
        "Use 'apk add --no-cache'.",
        new[] { "/var/cache/apk", "/etc/apk/cache" },
        _ => false);

    private static readonly ManagerFamily Rpm = new(
        "the package metadata and cache (/var/cache/yum, /var/cache/dnf)",
        "Add '&& dnf clean all' (yum/microdnf/tdnf clean all) at the end of the same RUN.",
        new[] { "/var/cache/yum", "/var/cache/dnf", "/var/cache/tdnf", "/var/cache/libdnf5" },
        p => p.IsRpm && p.Subcommand == "clean");

    private static readonly ManagerFamily Zypper = new(
        "the package cache (/var/cache/zypp)",
        "Add '&& zypper clean --all' at the end of the same RUN.",
        new[] { "/var/cache/zypp" },
        p => p.Manager == "zypper" && p.Subcommand is "clean" or "cc");

    private static readonly ManagerFamily Pip = new(
        "pip's download cache",
        "Add --no-cache-dir (or set ENV PIP_NO_CACHE_DIR=1).",
        new[] { "/root/.cache", "/.cache/pip", "~/.cache", "$HOME/.cache", "${HOME}/.cache" },
        p => p.Manager == "pip" && p.Subcommand == "cache" && p.Packages.Count > 0 && p.Packages[0].Value == "purge");

    private static readonly ManagerFamily[] Families = { Apt, Apk, Rpm, Zypper, Pip };

    private static ManagerFamily? Family(PackageCommand package) => package.Manager switch
    {
        "apt-get" or "apt" or "aptitude" => Apt,
        "apk" => Apk,
        "yum" or "dnf" or "microdnf" or "tdnf" => Rpm,
        "zypper" => Zypper,
        "pip" => Pip,
        _ => null,
    };

    private static bool LeavesCache(PackageCommand package, int pipCacheOffAt)
    {
        string sub = package.Subcommand;
        switch (package.Manager)
        {
            case "apt-get" or "apt" or "aptitude":
                // Only the RUN that downloads the lists can remove them from its layer.
                return sub == "update";
            case "apk":
                // --no-network downloads nothing (docker-library images re-mark installed packages with it).
                return sub == "update" || (sub is "add" or "upgrade" && !package.HasOption("--no-cache") && !package.HasOption("--no-network"));
            case "yum" or "dnf" or "microdnf" or "tdnf":
                return sub is "install" or "update" or "upgrade" or "groupinstall" or "localinstall" or "reinstall" or "makecache" or "distro-sync";
            case "zypper":
                return sub is "install" or "in" or "update" or "up" or "refresh" or "ref" or "dist-upgrade" or "dup" or "patch";
            case "pip":
                return sub == "install"
                    && !package.HasOption("--no-cache-dir")
                    && package.ManagerWord.Span.Start < pipCacheOffAt
                    && !SetsNoCacheDir(package.Command.Environment);
            default:
                return false;
        }
    }

    private static bool SetsNoCacheDir(IReadOnlyList<ContainerGuard.Text.LogicalWord> environment)
    {
        foreach (var word in environment)
        {
            if (word.Value.StartsWith("PIP_NO_CACHE_DIR=", StringComparison.Ordinal) && word.Value.Length > "PIP_NO_CACHE_DIR=".Length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The offset of the first ENV or ARG default setting PIP_NO_CACHE_DIR in a stage of the final image (int.MaxValue: none).</summary>
    private static int FindPipNoCacheEnvironment(DockerfileDocument document)
    {
        foreach (var site in InstructionSites.All(document))
        {
            if (!StageChains.IsInFinalImage(document, site.Owner))
            {
                continue;
            }

            IEnumerable<KeyValueArgument> pairs = site.Instruction switch
            {
                KeyValueInstruction { Keyword: "ENV" } env => env.Pairs,
                ArgInstruction arg => arg.Declarations,
                _ => Array.Empty<KeyValueArgument>(),
            };
            foreach (var pair in pairs)
            {
                if (pair.Key.Value == "PIP_NO_CACHE_DIR" && pair.Value is { Value.Length: > 0 })
                {
                    return pair.Key.Span.Start;
                }
            }
        }

        return int.MaxValue;
    }

    /// <summary>rm/find on one of the family's cache folders, or the manager's own clean command.</summary>
    private static bool IsCleanup(EffectiveCommand command, PackageCommand? package, ManagerFamily family)
    {
        if (command.Name is "rm" or "find")
        {
            foreach (var argument in command.Arguments)
            {
                if (StartsWithAny(argument.Value, family.Paths))
                {
                    return true;
                }
            }

            return false;
        }

        return package != null && family.IsCleanCommand(package);
    }

    private static bool StartsWithAny(string path, string[] prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (prefix.StartsWith("/.", StringComparison.Ordinal) ? path.IndexOf(prefix, StringComparison.Ordinal) >= 0 : path.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static List<string> CacheMountTargets(Instruction instruction)
    {
        var targets = new List<string>();
        foreach (var flag in instruction.Flags)
        {
            if (!string.Equals(flag.Name, "mount", StringComparison.OrdinalIgnoreCase) || flag.Value == null)
            {
                continue;
            }

            bool cache = false;
            string? target = null;
            foreach (var part in flag.Value.Split(','))
            {
                int eq = part.IndexOf('=');
                string key = eq < 0 ? part : part.Substring(0, eq);
                string value = eq < 0 ? string.Empty : part.Substring(eq + 1);
                if (key == "type")
                {
                    cache = value == "cache";
                }
                else if (key is "target" or "dst" or "destination")
                {
                    target = value;
                }
            }

            if (cache && target != null)
            {
                targets.Add(target);
            }
        }

        return targets;
    }

    private static bool IsCacheMounted(List<string> targets, string[] paths)
    {
        foreach (var target in targets)
        {
            if (StartsWithAny(target, paths))
            {
                return true;
            }
        }

        return false;
    }
}
