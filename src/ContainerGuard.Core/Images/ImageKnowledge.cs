using System;
using System.Collections.Generic;

namespace ContainerGuard.Images;

/// <summary>
/// Every table the image policy uses, in one dated place: public registries, moving tags, distribution
/// code names, well-known images (minimal or full distribution, root or not by default) and end-of-life
/// dates. When a date was not known with confidence the entry was left out: a missing entry makes the
/// rules stay silent, a wrong one makes them lie. Each lifecycle entry names the page it comes from.
/// </summary>
public static class ImageKnowledge
{
    /// <summary>The day these tables were last reviewed against the projects' published lifecycle pages.</summary>
    public static readonly DateTime LastReviewed = new(2026, 11, 29);

    // ---------------------------------------------------------------------------------------------
    // Registries
    // ---------------------------------------------------------------------------------------------

    /// <summary>
    /// Multi-tenant registries anyone on the internet can pull from. Docker Hub (<c>docker.io</c>) is kept
    /// apart (its own rule). Note that several of them (gcr.io, *.pkg.dev, ghcr.io, quay.io) also host
    /// private repositories; they are still public services, outside the team's own registry.
    /// </summary>
    public static readonly IReadOnlyList<string> PublicRegistryHosts = new[]
    {
        "mcr.microsoft.com",
        "ghcr.io",
        "quay.io",
        "gcr.io",
        "public.ecr.aws",
        "registry.k8s.io",
        "docker.elastic.co",
        "registry.access.redhat.com",
        "registry.redhat.io",
        "registry.fedoraproject.org",
        "cgr.dev",
        "nvcr.io",
        "registry.gitlab.com",
        "registry.suse.com",
        "registry.opensuse.org",
        "container-registry.oracle.com",
        "lscr.io",
        "docker.bintray.io",
    };

    /// <summary>Host suffixes of public registries: <c>k8s.gcr.io</c>, <c>us.gcr.io</c>, <c>us-docker.pkg.dev</c>.</summary>
    public static readonly IReadOnlyList<string> PublicRegistryHostSuffixes = new[] { ".gcr.io", ".pkg.dev" };

    // ---------------------------------------------------------------------------------------------
    // Tags
    // ---------------------------------------------------------------------------------------------

    /// <summary>
    /// Tags that name a channel rather than a release: the content behind them changes with every release.
    /// A tag is moving when it is one of these or starts with one followed by '-' (<c>lts-alpine</c>,
    /// <c>latest-dev</c>, <c>mainline-alpine</c>, <c>stable-slim</c>). Code names (<c>bookworm</c>,
    /// <c>jammy</c>) and variant-only tags (<c>alpine</c>, <c>slim</c>) are not listed: they are less
    /// precise than a version but name one release line.
    /// </summary>
    public static readonly IReadOnlyList<string> MovingTags = new[]
    {
        "latest", "stable", "edge", "nightly", "mainline", "current", "lts", "rolling",
        "unstable", "testing", "sid", "devel", "master", "main", "canary", "insiders",
    };

    /// <summary>Docker Hub namespaces that hold per-architecture builds of the official images (<c>arm64v8/alpine</c>).</summary>
    public static readonly IReadOnlyList<string> ArchitectureNamespaces = new[]
    {
        "amd64", "arm32v5", "arm32v6", "arm32v7", "arm64v8", "i386", "ppc64le", "s390x", "riscv64", "mips64le", "windows-amd64", "winamd64",
    };

    /// <summary>Debian code names and their release numbers (debian.org "Debian Releases").</summary>
    public static readonly IReadOnlyDictionary<string, string> DebianCodeNames = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["squeeze"] = "6", ["wheezy"] = "7", ["jessie"] = "8", ["stretch"] = "9", ["buster"] = "10",
        ["bullseye"] = "11", ["bookworm"] = "12", ["trixie"] = "13", ["forky"] = "14",
    };

    /// <summary>Ubuntu code names and their release numbers (ubuntu.com "List of releases").</summary>
    public static readonly IReadOnlyDictionary<string, string> UbuntuCodeNames = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["precise"] = "12.04", ["trusty"] = "14.04", ["xenial"] = "16.04", ["bionic"] = "18.04", ["cosmic"] = "18.10",
        ["disco"] = "19.04", ["eoan"] = "19.10", ["focal"] = "20.04", ["groovy"] = "20.10", ["hirsute"] = "21.04",
        ["impish"] = "21.10", ["jammy"] = "22.04", ["kinetic"] = "22.10", ["lunar"] = "23.04", ["mantic"] = "23.10",
        ["noble"] = "24.04", ["oracular"] = "24.10", ["plucky"] = "25.04", ["questing"] = "25.10", ["resolute"] = "26.04",
    };

    /// <summary>Node.js release-line code names used as image tags (<c>node:hydrogen-alpine</c>), from the Node.js Release schedule.</summary>
    public static readonly IReadOnlyDictionary<string, string> NodeCodeNames = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["argon"] = "4", ["boron"] = "6", ["carbon"] = "8", ["dubnium"] = "10", ["erbium"] = "12", ["fermium"] = "14",
        ["gallium"] = "16", ["hydrogen"] = "18", ["iron"] = "20", ["jod"] = "22", ["krypton"] = "24",
    };

    // ---------------------------------------------------------------------------------------------
    // Well-known images
    // ---------------------------------------------------------------------------------------------

    /// <summary>
    /// Images we know. Path patterns are <c>registry/path</c>, a trailing <c>/*</c> covers everything below.
    /// Docker Hub official images are written <c>docker.io/library/name</c>; their per-architecture copies
    /// (<c>arm64v8/name</c>) and private mirrors (<c>myacr.azurecr.io/name</c>, <c>…/library/name</c>) match too.
    /// "Language" images are full distributions (Debian unless noted) unless the tag names a minimal
    /// variant (<c>-alpine</c>, <c>-chiseled</c>, <c>-distroless</c>, <c>-nanoserver</c>).
    /// </summary>
    internal static readonly KnownImage[] KnownImages =
    {
        // Minimal bases.
        new("docker.io/library/alpine", BaseKind.Minimal, "Alpine Linux", distroProduct: "alpine"),
        new("docker.io/library/busybox", BaseKind.Minimal, "BusyBox"),
        new("gcr.io/distroless/*", BaseKind.Minimal, "distroless"),
        new("cgr.dev/chainguard/wolfi-base", BaseKind.Minimal, "Wolfi"),
        new("cgr.dev/*", BaseKind.Minimal, "Chainguard (Wolfi)", nonRoot: true),
        new("docker.io/chainguard/wolfi-base", BaseKind.Minimal, "Wolfi"),
        new("docker.io/chainguard/*", BaseKind.Minimal, "Chainguard (Wolfi)", nonRoot: true),
        new("mcr.microsoft.com/azurelinux/distroless/*", BaseKind.Minimal, "Azure Linux distroless"),
        new("mcr.microsoft.com/azurelinux-beta/distroless/*", BaseKind.Minimal, "Azure Linux distroless"),
        new("mcr.microsoft.com/cbl-mariner/distroless/*", BaseKind.Minimal, "CBL-Mariner distroless"),
        new("mcr.microsoft.com/windows/nanoserver", BaseKind.Minimal, "Windows Nano Server", nonRoot: true),
        new("registry.access.redhat.com/ubi*-minimal", BaseKind.Minimal, "UBI minimal"),
        new("registry.access.redhat.com/ubi*-micro", BaseKind.Minimal, "UBI micro"),
        new("registry.access.redhat.com/ubi*/ubi-minimal", BaseKind.Minimal, "UBI minimal"),
        new("registry.access.redhat.com/ubi*/ubi-micro", BaseKind.Minimal, "UBI micro"),
        new("registry.fedoraproject.org/fedora-minimal", BaseKind.Minimal, "Fedora minimal"),
        new("quay.io/fedora/fedora-minimal", BaseKind.Minimal, "Fedora minimal"),
        new("docker.io/almalinux/*-minimal", BaseKind.Minimal, "AlmaLinux minimal"),
        new("docker.io/almalinux/*-micro", BaseKind.Minimal, "AlmaLinux micro"),
        new("quay.io/almalinuxorg/*-minimal", BaseKind.Minimal, "AlmaLinux minimal"),
        new("quay.io/almalinuxorg/*-micro", BaseKind.Minimal, "AlmaLinux micro"),
        new("registry.suse.com/bci/bci-micro", BaseKind.Minimal, "SUSE BCI micro"),
        new("registry.suse.com/bci/bci-minimal", BaseKind.Minimal, "SUSE BCI minimal"),

        // Full distributions.
        new("docker.io/library/ubuntu", BaseKind.Full, "Ubuntu", distroProduct: "ubuntu"),
        new("docker.io/library/debian", BaseKind.Full, "Debian", distroProduct: "debian"),
        new("docker.io/library/centos", BaseKind.Full, "CentOS", distroProduct: "centos"),
        new("quay.io/centos/centos", BaseKind.Full, "CentOS Stream", distroProduct: "centos-stream"),
        new("docker.io/library/fedora", BaseKind.Full, "Fedora", distroProduct: "fedora"),
        new("registry.fedoraproject.org/fedora", BaseKind.Full, "Fedora", distroProduct: "fedora"),
        new("quay.io/fedora/fedora", BaseKind.Full, "Fedora", distroProduct: "fedora"),
        new("docker.io/library/rockylinux", BaseKind.Full, "Rocky Linux", minimalTags: true),
        new("docker.io/rockylinux/rockylinux", BaseKind.Full, "Rocky Linux", minimalTags: true),
        new("quay.io/rockylinux/rockylinux", BaseKind.Full, "Rocky Linux", minimalTags: true),
        new("docker.io/library/almalinux", BaseKind.Full, "AlmaLinux", minimalTags: true),
        new("docker.io/almalinux/*", BaseKind.Full, "AlmaLinux", minimalTags: true),
        new("quay.io/almalinuxorg/*", BaseKind.Full, "AlmaLinux", minimalTags: true),
        new("docker.io/library/oraclelinux", BaseKind.Full, "Oracle Linux"),
        new("docker.io/library/amazonlinux", BaseKind.Full, "Amazon Linux", distroProduct: "amazonlinux"),
        new("public.ecr.aws/amazonlinux/amazonlinux", BaseKind.Full, "Amazon Linux", distroProduct: "amazonlinux"),
        new("docker.io/opensuse/leap", BaseKind.Full, "openSUSE Leap", distroProduct: "opensuse-leap"),
        new("registry.opensuse.org/opensuse/leap", BaseKind.Full, "openSUSE Leap", distroProduct: "opensuse-leap"),
        new("docker.io/opensuse/tumbleweed", BaseKind.Full, "openSUSE Tumbleweed"),
        new("registry.opensuse.org/opensuse/tumbleweed", BaseKind.Full, "openSUSE Tumbleweed"),
        // The deprecated official image (tags 42.3, leap, tumbleweed).
        new("docker.io/library/opensuse", BaseKind.Full, "openSUSE", distroProduct: "opensuse-leap"),
        new("registry.suse.com/suse/sle*", BaseKind.Full, "SUSE Linux Enterprise"),
        new("registry.suse.com/bci/*", BaseKind.Full, "SUSE BCI"),
        new("docker.io/library/clearlinux", BaseKind.Full, "Clear Linux"),
        new("docker.io/library/mageia", BaseKind.Full, "Mageia"),
        new("docker.io/library/alt", BaseKind.Full, "ALT Linux"),
        new("docker.io/library/sl", BaseKind.Full, "Scientific Linux"),
        new("docker.io/kalilinux/*", BaseKind.Full, "Kali Linux"),
        new("docker.io/gentoo/stage3", BaseKind.Full, "Gentoo"),
        new("docker.io/library/archlinux", BaseKind.Full, "Arch Linux"),
        new("docker.io/library/photon", BaseKind.Full, "Photon OS"),
        new("registry.access.redhat.com/ubi*/ubi", BaseKind.Full, "Red Hat UBI"),
        new("registry.access.redhat.com/ubi*/ubi-init", BaseKind.Full, "Red Hat UBI"),
        new("registry.access.redhat.com/ubi*", BaseKind.Full, "Red Hat UBI"),
        new("registry.redhat.io/ubi*/ubi-minimal", BaseKind.Minimal, "UBI minimal"),
        new("registry.redhat.io/ubi*/ubi-micro", BaseKind.Minimal, "UBI micro"),
        new("registry.redhat.io/ubi*/ubi", BaseKind.Full, "Red Hat UBI"),
        new("registry.redhat.io/ubi*/ubi-init", BaseKind.Full, "Red Hat UBI"),
        new("mcr.microsoft.com/azurelinux/base/core", BaseKind.Full, "Azure Linux"),
        new("mcr.microsoft.com/azurelinux-beta/base/core", BaseKind.Full, "Azure Linux"),
        new("mcr.microsoft.com/cbl-mariner/base/core", BaseKind.Full, "CBL-Mariner", distroProduct: "cbl-mariner"),
        new("mcr.microsoft.com/windows/servercore", BaseKind.Full, "Windows Server Core"),
        new("mcr.microsoft.com/windows/server", BaseKind.Full, "Windows Server"),
        new("mcr.microsoft.com/windows", BaseKind.Full, "Windows"),
        new("docker.io/library/buildpack-deps", BaseKind.Language, "Debian"),

        // .NET images (Debian by default; -alpine, -*-chiseled, -*-distroless, -nanoserver variants).
        new("mcr.microsoft.com/dotnet/sdk", BaseKind.Language, "Debian", runtimeProduct: "dotnet"),
        new("mcr.microsoft.com/dotnet/aspnet", BaseKind.Language, "Debian", runtimeProduct: "dotnet"),
        new("mcr.microsoft.com/dotnet/runtime", BaseKind.Language, "Debian", runtimeProduct: "dotnet"),
        new("mcr.microsoft.com/dotnet/runtime-deps", BaseKind.Language, "Debian", runtimeProduct: "dotnet"),
        new("mcr.microsoft.com/dotnet/core/sdk", BaseKind.Language, "Debian", runtimeProduct: "dotnet"),
        new("mcr.microsoft.com/dotnet/core/aspnet", BaseKind.Language, "Debian", runtimeProduct: "dotnet"),
        new("mcr.microsoft.com/dotnet/core/runtime", BaseKind.Language, "Debian", runtimeProduct: "dotnet"),
        new("mcr.microsoft.com/dotnet/core/runtime-deps", BaseKind.Language, "Debian", runtimeProduct: "dotnet"),
        new("docker.io/microsoft/dotnet", BaseKind.Language, "Debian", runtimeProduct: "dotnet"),
        new("docker.io/microsoft/aspnetcore", BaseKind.Language, "Debian", runtimeProduct: "dotnet"),
        new("docker.io/microsoft/aspnetcore-build", BaseKind.Language, "Debian", runtimeProduct: "dotnet"),
        new("mcr.microsoft.com/dotnet/framework/*", BaseKind.Full, "Windows Server Core"),

        // Official language and server images: Debian (or Ubuntu) unless the tag says otherwise.
        new("docker.io/library/node", BaseKind.Language, "Debian", runtimeProduct: "node"),
        new("docker.io/library/python", BaseKind.Language, "Debian", runtimeProduct: "python"),
        new("docker.io/library/golang", BaseKind.Language, "Debian", runtimeProduct: "golang"),
        new("docker.io/library/php", BaseKind.Language, "Debian", runtimeProduct: "php"),
        new("docker.io/library/ruby", BaseKind.Language, "Debian", runtimeProduct: "ruby"),
        new("docker.io/library/perl", BaseKind.Language, "Debian"),
        new("docker.io/library/rust", BaseKind.Language, "Debian"),
        new("docker.io/library/openjdk", BaseKind.Language, "Debian"),
        new("docker.io/library/eclipse-temurin", BaseKind.Language, "Ubuntu"),
        new("docker.io/library/maven", BaseKind.Language, "Ubuntu"),
        new("docker.io/library/gradle", BaseKind.Language, "Ubuntu"),
        new("docker.io/library/amazoncorretto", BaseKind.Language, "Amazon Linux"),
        new("docker.io/library/elixir", BaseKind.Language, "Debian"),
        new("docker.io/library/erlang", BaseKind.Language, "Debian"),
        new("docker.io/library/haskell", BaseKind.Language, "Debian"),
        new("docker.io/library/gcc", BaseKind.Language, "Debian"),
        new("docker.io/library/julia", BaseKind.Language, "Debian"),
        new("docker.io/library/r-base", BaseKind.Language, "Debian"),
        new("docker.io/library/clojure", BaseKind.Language, "Debian"),
        new("docker.io/library/swift", BaseKind.Language, "Ubuntu"),
        new("docker.io/library/tomcat", BaseKind.Language, "Ubuntu"),
        new("docker.io/library/nginx", BaseKind.Language, "Debian"),
        new("docker.io/library/httpd", BaseKind.Language, "Debian"),
        new("docker.io/library/redis", BaseKind.Language, "Debian"),
        new("docker.io/library/postgres", BaseKind.Language, "Debian"),
        new("docker.io/library/mariadb", BaseKind.Language, "Ubuntu"),
        new("docker.io/library/mongo", BaseKind.Language, "Ubuntu"),
        new("docker.io/library/rabbitmq", BaseKind.Language, "Ubuntu"),
        new("docker.io/library/wordpress", BaseKind.Language, "Debian"),

        // Known to run as a non-root user unless told otherwise (nothing said about the distribution).
        new("docker.io/bitnami/*", BaseKind.Unknown, null, nonRoot: true),
        new("docker.io/bitnamilegacy/*", BaseKind.Unknown, null, nonRoot: true),
        new("docker.io/nginxinc/nginx-unprivileged", BaseKind.Language, "Debian", nonRoot: true),
        new("docker.io/jenkins/jenkins", BaseKind.Unknown, null, nonRoot: true),
        new("docker.io/grafana/grafana", BaseKind.Unknown, null, nonRoot: true),
        new("docker.io/prom/*", BaseKind.Unknown, null, nonRoot: true),
        new("quay.io/prometheus/*", BaseKind.Unknown, null, nonRoot: true),
        new("docker.elastic.co/elasticsearch/*", BaseKind.Unknown, null, nonRoot: true),
        new("docker.elastic.co/kibana/*", BaseKind.Unknown, null, nonRoot: true),
        new("docker.elastic.co/logstash/*", BaseKind.Unknown, null, nonRoot: true),
        new("mcr.microsoft.com/mssql/server", BaseKind.Unknown, null, nonRoot: true),
        // Red Hat's UBI language images (s2i) run as uid 1001; ubi, ubi-minimal, ubi-micro and ubi-init (above) run as root.
        new("registry.access.redhat.com/ubi*/*", BaseKind.Unknown, null, nonRoot: true),
        new("registry.redhat.io/ubi*/*", BaseKind.Unknown, null, nonRoot: true),
    };

    // ---------------------------------------------------------------------------------------------
    // End of life. A date is the LAST day of support: from the next day on the release is past its end
    // of life. Where a project publishes only a month, the last day of that month is used. A version
    // older than the oldest listed for a product is taken to have ended no later than that oldest entry.
    // ---------------------------------------------------------------------------------------------

    internal static readonly LifecycleEntry[] Lifecycle =
    {
        // Alpine Linux — alpinelinux.org "Releases" (end of support per branch).
        new("alpine", "Alpine Linux", "3.0", 2016, 5, 1, "alpinelinux.org Releases"),
        new("alpine", "Alpine Linux", "3.1", 2016, 11, 1, "alpinelinux.org Releases"),
        new("alpine", "Alpine Linux", "3.2", 2017, 5, 1, "alpinelinux.org Releases"),
        new("alpine", "Alpine Linux", "3.3", 2017, 11, 1, "alpinelinux.org Releases"),
        new("alpine", "Alpine Linux", "3.4", 2018, 5, 1, "alpinelinux.org Releases"),
        new("alpine", "Alpine Linux", "3.5", 2018, 11, 1, "alpinelinux.org Releases"),
        new("alpine", "Alpine Linux", "3.6", 2019, 5, 1, "alpinelinux.org Releases"),
        new("alpine", "Alpine Linux", "3.7", 2019, 11, 1, "alpinelinux.org Releases"),
        new("alpine", "Alpine Linux", "3.8", 2020, 5, 1, "alpinelinux.org Releases"),
        new("alpine", "Alpine Linux", "3.9", 2020, 11, 1, "alpinelinux.org Releases"),
        new("alpine", "Alpine Linux", "3.10", 2021, 5, 1, "alpinelinux.org Releases"),
        new("alpine", "Alpine Linux", "3.11", 2021, 11, 1, "alpinelinux.org Releases"),
        new("alpine", "Alpine Linux", "3.12", 2022, 5, 1, "alpinelinux.org Releases"),
        new("alpine", "Alpine Linux", "3.13", 2022, 11, 1, "alpinelinux.org Releases"),
        new("alpine", "Alpine Linux", "3.14", 2023, 5, 1, "alpinelinux.org Releases"),
        new("alpine", "Alpine Linux", "3.15", 2023, 11, 1, "alpinelinux.org Releases"),
        new("alpine", "Alpine Linux", "3.16", 2024, 5, 23, "alpinelinux.org Releases"),
        new("alpine", "Alpine Linux", "3.17", 2024, 11, 22, "alpinelinux.org Releases"),
        new("alpine", "Alpine Linux", "3.18", 2025, 5, 9, "alpinelinux.org Releases"),
        new("alpine", "Alpine Linux", "3.19", 2025, 11, 1, "alpinelinux.org Releases"),
        new("alpine", "Alpine Linux", "3.20", 2026, 4, 1, "alpinelinux.org Releases"),
        new("alpine", "Alpine Linux", "3.21", 2026, 11, 1, "alpinelinux.org Releases"),
        new("alpine", "Alpine Linux", "3.22", 2027, 5, 1, "alpinelinux.org Releases"),

        // Debian — end of Debian LTS (wiki.debian.org "LTS"), the latest date any free security support applied.
        new("debian", "Debian", "6", 2016, 2, 29, "wiki.debian.org LTS"),
        new("debian", "Debian", "7", 2018, 5, 31, "wiki.debian.org LTS"),
        new("debian", "Debian", "8", 2020, 6, 30, "wiki.debian.org LTS"),
        new("debian", "Debian", "9", 2022, 6, 30, "wiki.debian.org LTS"),
        new("debian", "Debian", "10", 2024, 6, 30, "wiki.debian.org LTS"),
        new("debian", "Debian", "11", 2026, 8, 31, "wiki.debian.org LTS"),
        new("debian", "Debian", "12", 2028, 6, 30, "wiki.debian.org LTS"),

        // Ubuntu — end of standard support (ubuntu.com "Ubuntu release cycle"); months only, so month ends.
        new("ubuntu", "Ubuntu", "14.04", 2019, 4, 30, "ubuntu.com release cycle"),
        new("ubuntu", "Ubuntu", "16.04", 2021, 4, 30, "ubuntu.com release cycle"),
        new("ubuntu", "Ubuntu", "18.04", 2023, 5, 31, "ubuntu.com release cycle"),
        new("ubuntu", "Ubuntu", "18.10", 2019, 7, 31, "ubuntu.com release cycle"),
        new("ubuntu", "Ubuntu", "19.04", 2020, 1, 31, "ubuntu.com release cycle"),
        new("ubuntu", "Ubuntu", "19.10", 2020, 7, 31, "ubuntu.com release cycle"),
        new("ubuntu", "Ubuntu", "20.04", 2025, 5, 31, "ubuntu.com release cycle"),
        new("ubuntu", "Ubuntu", "20.10", 2021, 7, 31, "ubuntu.com release cycle"),
        new("ubuntu", "Ubuntu", "21.04", 2022, 1, 31, "ubuntu.com release cycle"),
        new("ubuntu", "Ubuntu", "21.10", 2022, 7, 31, "ubuntu.com release cycle"),
        new("ubuntu", "Ubuntu", "22.04", 2027, 4, 30, "ubuntu.com release cycle"),
        new("ubuntu", "Ubuntu", "22.10", 2023, 7, 31, "ubuntu.com release cycle"),
        new("ubuntu", "Ubuntu", "23.04", 2024, 1, 31, "ubuntu.com release cycle"),
        new("ubuntu", "Ubuntu", "23.10", 2024, 7, 31, "ubuntu.com release cycle"),
        new("ubuntu", "Ubuntu", "24.04", 2029, 4, 30, "ubuntu.com release cycle"),
        new("ubuntu", "Ubuntu", "24.10", 2025, 7, 31, "ubuntu.com release cycle"),
        new("ubuntu", "Ubuntu", "25.04", 2026, 1, 31, "ubuntu.com release cycle"),

        // CentOS Linux and CentOS Stream — centos.org "End dates".
        new("centos", "CentOS Linux", "6", 2020, 11, 30, "centos.org End dates"),
        new("centos", "CentOS Linux", "7", 2024, 6, 30, "centos.org End dates"),
        new("centos", "CentOS Linux", "8", 2021, 12, 31, "centos.org End dates"),
        new("centos-stream", "CentOS Stream", "8", 2024, 5, 31, "centos.org End dates"),

        // Fedora — docs.fedoraproject.org "End of Life Releases".
        new("fedora", "Fedora", "27", 2018, 11, 30, "Fedora End of Life Releases"),
        new("fedora", "Fedora", "28", 2019, 5, 28, "Fedora End of Life Releases"),
        new("fedora", "Fedora", "29", 2019, 11, 26, "Fedora End of Life Releases"),
        new("fedora", "Fedora", "30", 2020, 5, 26, "Fedora End of Life Releases"),
        new("fedora", "Fedora", "31", 2020, 11, 24, "Fedora End of Life Releases"),
        new("fedora", "Fedora", "32", 2021, 5, 25, "Fedora End of Life Releases"),
        new("fedora", "Fedora", "33", 2021, 11, 30, "Fedora End of Life Releases"),
        new("fedora", "Fedora", "34", 2022, 6, 7, "Fedora End of Life Releases"),
        new("fedora", "Fedora", "35", 2022, 12, 13, "Fedora End of Life Releases"),
        new("fedora", "Fedora", "36", 2023, 5, 16, "Fedora End of Life Releases"),
        new("fedora", "Fedora", "37", 2023, 12, 5, "Fedora End of Life Releases"),
        new("fedora", "Fedora", "38", 2024, 5, 21, "Fedora End of Life Releases"),
        new("fedora", "Fedora", "39", 2024, 11, 26, "Fedora End of Life Releases"),
        new("fedora", "Fedora", "40", 2025, 5, 13, "Fedora End of Life Releases"),
        new("fedora", "Fedora", "41", 2025, 12, 15, "Fedora End of Life Releases"),
        new("fedora", "Fedora", "42", 2026, 5, 28, "Fedora End of Life Releases"),

        // Amazon Linux — aws.amazon.com "Amazon Linux 2 FAQs" / "Amazon Linux AMI end of life".
        new("amazonlinux", "Amazon Linux", "1", 2023, 12, 31, "Amazon Linux AMI end of life"),
        new("amazonlinux", "Amazon Linux", "2", 2026, 6, 30, "Amazon Linux 2 FAQs"),
        new("amazonlinux", "Amazon Linux", "2023", 2029, 6, 30, "Amazon Linux 2023 release cadence"),

        // openSUSE Leap — en.opensuse.org "Lifetime".
        new("opensuse-leap", "openSUSE Leap", "42.3", 2019, 7, 1, "en.opensuse.org Lifetime"),
        new("opensuse-leap", "openSUSE Leap", "15.0", 2019, 12, 3, "en.opensuse.org Lifetime"),
        new("opensuse-leap", "openSUSE Leap", "15.1", 2021, 1, 31, "en.opensuse.org Lifetime"),
        new("opensuse-leap", "openSUSE Leap", "15.2", 2021, 12, 31, "en.opensuse.org Lifetime"),
        new("opensuse-leap", "openSUSE Leap", "15.3", 2022, 12, 31, "en.opensuse.org Lifetime"),
        new("opensuse-leap", "openSUSE Leap", "15.4", 2023, 12, 31, "en.opensuse.org Lifetime"),
        new("opensuse-leap", "openSUSE Leap", "15.5", 2024, 12, 31, "en.opensuse.org Lifetime"),

        // CBL-Mariner — learn.microsoft.com "CBL-Mariner 2.0 end of life".
        new("cbl-mariner", "CBL-Mariner", "2.0", 2025, 7, 23, "CBL-Mariner 2.0 end of life announcement"),

        // .NET — dotnet.microsoft.com ".NET and .NET Core Support Policy" (end of support dates).
        new("dotnet", ".NET", "1.0", 2019, 6, 27, ".NET and .NET Core Support Policy"),
        new("dotnet", ".NET", "1.1", 2019, 6, 27, ".NET and .NET Core Support Policy"),
        new("dotnet", ".NET", "2.0", 2018, 10, 1, ".NET and .NET Core Support Policy"),
        new("dotnet", ".NET", "2.1", 2021, 8, 21, ".NET and .NET Core Support Policy"),
        new("dotnet", ".NET", "2.2", 2019, 12, 23, ".NET and .NET Core Support Policy"),
        new("dotnet", ".NET", "3.0", 2020, 3, 3, ".NET and .NET Core Support Policy"),
        new("dotnet", ".NET", "3.1", 2022, 12, 13, ".NET and .NET Core Support Policy"),
        new("dotnet", ".NET", "5.0", 2022, 5, 10, ".NET and .NET Core Support Policy"),
        new("dotnet", ".NET", "6.0", 2024, 11, 12, ".NET and .NET Core Support Policy"),
        new("dotnet", ".NET", "7.0", 2024, 5, 14, ".NET and .NET Core Support Policy"),
        new("dotnet", ".NET", "8.0", 2026, 11, 10, ".NET and .NET Core Support Policy"),
        new("dotnet", ".NET", "9.0", 2026, 11, 10, ".NET and .NET Core Support Policy (STS extended to 24 months)"),
        new("dotnet", ".NET", "10.0", 2028, 11, 14, ".NET and .NET Core Support Policy"),

        // Node.js — github.com/nodejs/Release "Release schedule" (end of life per major).
        new("node", "Node.js", "4", 2018, 4, 30, "Node.js Release schedule"),
        new("node", "Node.js", "5", 2016, 6, 30, "Node.js Release schedule"),
        new("node", "Node.js", "6", 2019, 4, 30, "Node.js Release schedule"),
        new("node", "Node.js", "7", 2017, 6, 30, "Node.js Release schedule"),
        new("node", "Node.js", "8", 2019, 12, 31, "Node.js Release schedule"),
        new("node", "Node.js", "9", 2018, 6, 30, "Node.js Release schedule"),
        new("node", "Node.js", "10", 2021, 4, 30, "Node.js Release schedule"),
        new("node", "Node.js", "11", 2019, 6, 1, "Node.js Release schedule"),
        new("node", "Node.js", "12", 2022, 4, 30, "Node.js Release schedule"),
        new("node", "Node.js", "13", 2020, 6, 1, "Node.js Release schedule"),
        new("node", "Node.js", "14", 2023, 4, 30, "Node.js Release schedule"),
        new("node", "Node.js", "15", 2021, 6, 1, "Node.js Release schedule"),
        new("node", "Node.js", "16", 2023, 9, 11, "Node.js Release schedule"),
        new("node", "Node.js", "17", 2022, 6, 1, "Node.js Release schedule"),
        new("node", "Node.js", "18", 2025, 4, 30, "Node.js Release schedule"),
        new("node", "Node.js", "19", 2023, 6, 1, "Node.js Release schedule"),
        new("node", "Node.js", "20", 2026, 4, 30, "Node.js Release schedule"),
        new("node", "Node.js", "21", 2024, 6, 1, "Node.js Release schedule"),
        new("node", "Node.js", "22", 2027, 4, 30, "Node.js Release schedule"),
        new("node", "Node.js", "23", 2025, 6, 1, "Node.js Release schedule"),
        new("node", "Node.js", "24", 2028, 4, 30, "Node.js Release schedule"),

        // Python — devguide.python.org "Status of Python versions"; future months as month ends.
        new("python", "Python", "2.7", 2020, 1, 1, "Python devguide: Status of Python versions"),
        new("python", "Python", "3.3", 2017, 9, 29, "Python devguide: Status of Python versions"),
        new("python", "Python", "3.4", 2019, 3, 18, "Python devguide: Status of Python versions"),
        new("python", "Python", "3.5", 2020, 9, 30, "Python devguide: Status of Python versions"),
        new("python", "Python", "3.6", 2021, 12, 23, "Python devguide: Status of Python versions"),
        new("python", "Python", "3.7", 2023, 6, 27, "Python devguide: Status of Python versions"),
        new("python", "Python", "3.8", 2024, 10, 7, "Python devguide: Status of Python versions"),
        new("python", "Python", "3.9", 2025, 10, 31, "Python devguide: Status of Python versions"),
        new("python", "Python", "3.10", 2026, 10, 31, "Python devguide: Status of Python versions"),
        new("python", "Python", "3.11", 2027, 10, 31, "Python devguide: Status of Python versions"),
        new("python", "Python", "3.12", 2028, 10, 31, "Python devguide: Status of Python versions"),
        new("python", "Python", "3.13", 2029, 10, 31, "Python devguide: Status of Python versions"),

        // Go — go.dev "Release History": each release is supported until the second newer one ships;
        // the date is that later release's day. Releases whose successor-but-one date we do not know are left out.
        new("golang", "Go", "1.14", 2021, 2, 16, "go.dev Release History (1.16 released)"),
        new("golang", "Go", "1.15", 2021, 8, 16, "go.dev Release History (1.17 released)"),
        new("golang", "Go", "1.16", 2022, 3, 15, "go.dev Release History (1.18 released)"),
        new("golang", "Go", "1.17", 2022, 8, 2, "go.dev Release History (1.19 released)"),
        new("golang", "Go", "1.18", 2023, 2, 1, "go.dev Release History (1.20 released)"),
        new("golang", "Go", "1.19", 2023, 8, 8, "go.dev Release History (1.21 released)"),
        new("golang", "Go", "1.20", 2024, 2, 6, "go.dev Release History (1.22 released)"),
        new("golang", "Go", "1.21", 2024, 8, 13, "go.dev Release History (1.23 released)"),
        new("golang", "Go", "1.22", 2025, 2, 11, "go.dev Release History (1.24 released)"),
        new("golang", "Go", "1.23", 2025, 8, 12, "go.dev Release History (1.25 released)"),
        new("golang", "Go", "1.24", 2026, 2, 10, "go.dev Release History (1.26 released)"),

        // PHP — php.net "Supported Versions" / "Unsupported Branches".
        new("php", "PHP", "5.6", 2018, 12, 31, "php.net Unsupported Branches"),
        new("php", "PHP", "7.0", 2019, 1, 10, "php.net Unsupported Branches"),
        new("php", "PHP", "7.1", 2019, 12, 1, "php.net Unsupported Branches"),
        new("php", "PHP", "7.2", 2020, 11, 30, "php.net Unsupported Branches"),
        new("php", "PHP", "7.3", 2021, 12, 6, "php.net Unsupported Branches"),
        new("php", "PHP", "7.4", 2022, 11, 28, "php.net Unsupported Branches"),
        new("php", "PHP", "8.0", 2023, 11, 26, "php.net Unsupported Branches"),
        new("php", "PHP", "8.1", 2025, 12, 31, "php.net Supported Versions"),
        new("php", "PHP", "8.2", 2026, 12, 31, "php.net Supported Versions"),
        new("php", "PHP", "8.3", 2027, 12, 31, "php.net Supported Versions"),

        // Ruby — ruby-lang.org "Ruby Maintenance Branches".
        new("ruby", "Ruby", "2.4", 2020, 3, 31, "ruby-lang.org Ruby Maintenance Branches"),
        new("ruby", "Ruby", "2.5", 2021, 3, 31, "ruby-lang.org Ruby Maintenance Branches"),
        new("ruby", "Ruby", "2.6", 2022, 4, 12, "ruby-lang.org Ruby Maintenance Branches"),
        new("ruby", "Ruby", "2.7", 2023, 3, 31, "ruby-lang.org Ruby Maintenance Branches"),
        new("ruby", "Ruby", "3.0", 2024, 4, 23, "ruby-lang.org Ruby Maintenance Branches"),
        new("ruby", "Ruby", "3.1", 2025, 3, 26, "ruby-lang.org Ruby Maintenance Branches"),
        new("ruby", "Ruby", "3.2", 2026, 3, 31, "ruby-lang.org Ruby Maintenance Branches (3.2.11 final)"),
    };
}

/// <summary>What an image is as a base for the final stage.</summary>
public enum BaseKind
{
    /// <summary>We do not know (a private image, an image we have no entry for): rules stay silent.</summary>
    Unknown,

    /// <summary>Alpine, distroless, chiseled, Wolfi/Chainguard, BusyBox, scratch, Nano Server, UBI micro/minimal.</summary>
    Minimal,

    /// <summary>A full distribution with a package manager and shell: Ubuntu, Debian (slim too), CentOS, Fedora, Server Core…</summary>
    Full,

    /// <summary>A runtime image whose distribution follows its tag; a full distribution (the default) unless the tag names a minimal variant.</summary>
    Language,
}

internal sealed class KnownImage
{
    public KnownImage(string pattern, BaseKind kind, string? distribution, string? distroProduct = null, string? runtimeProduct = null, bool nonRoot = false, bool minimalTags = false)
    {
        MinimalTags = minimalTags;
        int slash = pattern.IndexOf('/');
        Registry = pattern.Substring(0, slash);
        Path = pattern.Substring(slash + 1);
        PathSegments = Path.Split('/');
        LastSegment = new[] { PathSegments[PathSegments.Length - 1] };
        Kind = kind;
        Distribution = distribution;
        DistroProduct = distroProduct;
        RuntimeProduct = runtimeProduct;
        NonRoot = nonRoot;
    }

    public string Registry { get; }

    /// <summary>Repository path; may contain <c>*</c> (any characters within a component, or everything below when it is the last component).</summary>
    public string Path { get; }

    /// <summary><see cref="Path"/> split at <c>/</c>, once (every lookup compares components).</summary>
    internal string[] PathSegments { get; }

    /// <summary>The last component alone, for mirrors of official images under their bare name.</summary>
    internal string[] LastSegment { get; }

    public BaseKind Kind { get; }

    /// <summary>Distribution name for messages ("Debian"); for <see cref="BaseKind.Language"/> the default distribution.</summary>
    public string? Distribution { get; }

    /// <summary>Lifecycle product key when the image IS a distribution (its tag is the release).</summary>
    public string? DistroProduct { get; }

    /// <summary>Lifecycle product key of the runtime whose version leads the tag.</summary>
    public string? RuntimeProduct { get; }

    /// <summary>Runs as a non-root user by default.</summary>
    public bool NonRoot { get; }

    /// <summary>Tags with a <c>minimal</c> or <c>micro</c> part name a minimal variant (<c>rockylinux:9-minimal</c>, microdnf instead of dnf).</summary>
    public bool MinimalTags { get; }

    public override string ToString() => Registry + "/" + Path;
}

internal sealed class LifecycleEntry
{
    public LifecycleEntry(string product, string productName, string version, int year, int month, int day, string source)
    {
        Product = product;
        ProductName = productName;
        Version = version;
        Key = VersionKey.Parse(version)!;
        LastDay = new DateTime(year, month, day);
        Source = source;
    }

    public string Product { get; }

    public string ProductName { get; }

    public string Version { get; }

    public VersionKey Key { get; }

    /// <summary>The last day of support.</summary>
    public DateTime LastDay { get; }

    public string Source { get; }
}
