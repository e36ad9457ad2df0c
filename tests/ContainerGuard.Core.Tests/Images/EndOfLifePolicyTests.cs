using ContainerGuard.Images;

namespace ContainerGuard.Tests.Images;

public class EndOfLifePolicyTests
{
    private static DateTimeOffset Day(string date) => DateTimeOffset.Parse(date + "T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

    private static bool DistroEol(string image, string date)
        => EndOfLifePolicy.FindDistribution(ImageReference.Parse(image))?.IsPastEndOfLife(Day(date)) ?? false;

    private static bool RuntimeEol(string image, string date)
        => EndOfLifePolicy.FindRuntime(ImageReference.Parse(image))?.IsPastEndOfLife(Day(date)) ?? false;

    [Theory]
    // .NET 8 and 9: last day 2026-11-10 (the test clock of the rule tests is 2026-11-29).
    [InlineData("mcr.microsoft.com/dotnet/aspnet:8.0", "2026-11-10", false)]
    [InlineData("mcr.microsoft.com/dotnet/aspnet:8.0", "2026-11-11", true)]
    [InlineData("mcr.microsoft.com/dotnet/sdk:8.0.404-jammy", "2026-11-11", true)]
    [InlineData("mcr.microsoft.com/dotnet/runtime:9.0-alpine", "2026-11-10", false)]
    [InlineData("mcr.microsoft.com/dotnet/runtime:9.0-alpine", "2026-11-11", true)]
    [InlineData("mcr.microsoft.com/dotnet/aspnet:10.0", "2026-11-29", false)]
    [InlineData("mcr.microsoft.com/dotnet/aspnet:10.0", "2028-11-15", true)]
    [InlineData("mcr.microsoft.com/dotnet/core/aspnet:3.1", "2022-12-13", false)]
    [InlineData("mcr.microsoft.com/dotnet/core/aspnet:3.1", "2022-12-14", true)]
    [InlineData("microsoft/dotnet:2.1-sdk", "2021-08-22", true)]
    [InlineData("mcr.microsoft.com/dotnet/aspnet:6.0-bullseye-slim", "2024-11-12", false)]
    [InlineData("mcr.microsoft.com/dotnet/aspnet:6.0-bullseye-slim", "2024-11-13", true)]
    // Node.js
    [InlineData("node:18", "2025-04-30", false)]
    [InlineData("node:18-alpine", "2025-05-01", true)]
    [InlineData("node:hydrogen", "2025-05-01", true)]
    [InlineData("node:20.11.1-bookworm-slim", "2026-04-30", false)]
    [InlineData("node:20.11.1-bookworm-slim", "2026-05-01", true)]
    [InlineData("node:22", "2026-11-29", false)]
    [InlineData("node:23", "2025-06-02", true)]
    [InlineData("node:0.10", "2020-01-01", true)] // older than every listed release
    [InlineData("node:26", "2040-01-01", false)]  // not in the table: unknown, silent
    // Python
    [InlineData("python:3.8-slim", "2024-10-07", false)]
    [InlineData("python:3.8-slim", "2024-10-08", true)]
    [InlineData("python:3.10", "2026-10-31", false)]
    [InlineData("python:3.10", "2026-11-01", true)]
    [InlineData("python:2.7", "2020-01-02", true)]
    [InlineData("python:3", "2040-01-01", false)]   // no minor: unknown
    [InlineData("python:3.12", "2026-11-29", false)]
    // Go, PHP, Ruby
    [InlineData("golang:1.21-alpine", "2024-08-13", false)]
    [InlineData("golang:1.21-alpine", "2024-08-14", true)]
    [InlineData("golang:1.24", "2026-02-10", false)]
    [InlineData("golang:1.24", "2026-02-11", true)]
    [InlineData("golang:1.25", "2040-01-01", false)] // end date (1.27's release day) not known: left out
    [InlineData("php:7.4-fpm", "2022-11-29", true)]
    [InlineData("php:8.1-apache", "2025-12-31", false)]
    [InlineData("php:8.1-apache", "2026-01-01", true)]
    [InlineData("ruby:2.7", "2023-04-01", true)]
    [InlineData("ruby:3.1", "2025-03-26", false)]
    // Private mirror of a known image.
    [InlineData("myacr.azurecr.io/library/node:16", "2023-09-12", true)]
    // A major-only tag names a release line, judged when a later major outlived all of it (issue 9, item 16).
    [InlineData("ruby:2", "2023-03-31", false)]
    [InlineData("ruby:2", "2023-04-01", true)]
    [InlineData("ruby:2-slim-buster", "2023-04-01", true)]
    [InlineData("php:7-apache-bullseye", "2022-11-28", false)]
    [InlineData("php:7-apache-bullseye", "2022-11-29", true)]
    [InlineData("python:2-alpine", "2020-01-02", true)]
    [InlineData("ruby:3", "2040-01-01", false)] // 3.3+ still supported: the line is not over
    [InlineData("php:8-fpm", "2040-01-01", false)]
    [InlineData("golang:1", "2040-01-01", false)]
    // Images outside the table named after a runtime, tagged version-distribution as language images are.
    [InlineData("mcr.microsoft.com/devcontainers/typescript-node:18-bullseye", "2025-04-30", false)]
    [InlineData("mcr.microsoft.com/devcontainers/typescript-node:18-bullseye", "2025-05-01", true)]
    [InlineData("mcr.microsoft.com/devcontainers/javascript-node:1-18-bookworm", "2025-05-01", true)]
    [InlineData("mcr.microsoft.com/devcontainers/python:1-3.8-bullseye", "2024-10-08", true)]
    [InlineData("circleci/node:14-buster", "2023-05-01", true)]
    [InlineData("mcr.microsoft.com/devcontainers/typescript-node:22-bookworm", "2026-11-29", false)]
    // ... and nothing without that shape: a bare number is no runtime version.
    [InlineData("mcr.microsoft.com/devcontainers/typescript-node:18", "2040-01-01", false)]
    [InlineData("mcr.microsoft.com/devcontainers/base:1-bookworm", "2040-01-01", false)]
    [InlineData("myorg/node-exporter:1.5-bookworm", "2040-01-01", false)]
    [InlineData("myorg/python-app:3.8-bookworm", "2040-01-01", false)]
    [InlineData("myorg/node:0.10-wheezy", "2040-01-01", false)] // not a listed release: not extrapolated for unknown images
    public void Runtime(string image, string date, bool eol) => Assert.Equal(eol, RuntimeEol(image, date));

    [Theory]
    [InlineData("debian:bullseye", "2026-08-31", false)]
    [InlineData("debian:bullseye-slim", "2026-09-01", true)]
    [InlineData("debian:11.9", "2026-09-01", true)]
    [InlineData("debian:buster", "2024-06-30", false)]
    [InlineData("debian:10", "2024-07-01", true)]
    [InlineData("debian:bookworm", "2026-11-29", false)]
    [InlineData("debian:sid", "2040-01-01", false)]
    [InlineData("ubuntu:20.04", "2025-05-31", false)]
    [InlineData("ubuntu:focal", "2025-06-01", true)]
    [InlineData("ubuntu:focal-20230801", "2025-06-01", true)]
    [InlineData("ubuntu:22.04", "2026-11-29", false)]
    [InlineData("ubuntu:jammy", "2027-05-01", true)]
    [InlineData("ubuntu:16.04", "2021-05-01", true)]
    [InlineData("ubuntu:12.04", "2019-05-01", true)] // older than every listed release
    [InlineData("alpine:3.21", "2026-11-01", false)]
    [InlineData("alpine:3.21.3", "2026-11-02", true)]
    [InlineData("alpine:3.16", "2024-05-23", false)]
    [InlineData("alpine:3.16", "2024-05-24", true)]
    [InlineData("alpine:3", "2040-01-01", false)]
    [InlineData("alpine:3.24", "2026-11-29", false)]
    [InlineData("centos:7", "2024-06-30", false)]
    [InlineData("centos:centos7", "2024-07-01", true)]
    [InlineData("centos", "2022-01-01", true)] // latest was CentOS Linux 8
    [InlineData("quay.io/centos/centos:stream8", "2024-06-01", true)]
    [InlineData("fedora:39", "2024-11-26", false)]
    [InlineData("fedora:39", "2024-11-27", true)]
    [InlineData("fedora:20", "2019-01-01", true)]
    [InlineData("fedora:42", "2026-05-28", false)]
    [InlineData("fedora:42", "2026-05-29", true)]
    [InlineData("fedora:43", "2040-01-01", false)]
    [InlineData("amazonlinux:2", "2026-06-30", false)]
    [InlineData("amazonlinux:2", "2026-07-01", true)]
    [InlineData("amazonlinux:2018.03", "2024-01-01", true)]
    [InlineData("amazonlinux:2023", "2026-11-29", false)]
    // Distribution named by a language image's tag.
    [InlineData("python:3.12-buster", "2024-07-01", true)]
    [InlineData("python:3.12-slim-bookworm", "2026-11-29", false)]
    [InlineData("node:20-alpine3.17", "2024-11-22", false)]
    [InlineData("node:20-alpine3.17", "2024-11-23", true)]
    [InlineData("mcr.microsoft.com/dotnet/aspnet:8.0-cbl-mariner2.0", "2025-07-24", true)]
    [InlineData("mcr.microsoft.com/dotnet/aspnet:8.0-cbl-mariner2.0-distroless", "2025-07-23", false)]
    [InlineData("mcr.microsoft.com/dotnet/aspnet:8.0-focal", "2025-06-01", true)]
    [InlineData("mcr.microsoft.com/dotnet/aspnet:8.0-noble", "2026-11-29", false)]
    [InlineData("amd64/buildpack-deps:stretch-curl", "2022-07-01", true)]
    // Images outside the table: a distribution their tag names outright is evidence (issue 9, item 16).
    [InlineData("myacr.azurecr.io/app:1.0-buster", "2024-07-01", true)]
    [InlineData("myacr.azurecr.io/app:1.0-buster", "2024-06-30", false)]
    [InlineData("mcr.microsoft.com/devcontainers/base:ubuntu-18.04", "2023-06-01", true)]
    [InlineData("mcr.microsoft.com/devcontainers/typescript-node:18-bullseye", "2026-09-01", true)]
    [InlineData("nvidia/cuda:11.8.0-runtime-ubuntu18.04", "2023-06-01", true)]
    [InlineData("nvidia/cuda:12.4.1-base-ubuntu22.04", "2026-11-29", false)]
    [InlineData("nvidia/cuda:10.2-devel-centos7", "2024-07-01", true)]
    [InlineData("myorg/base:debian-10", "2024-07-01", true)]
    [InlineData("myorg/base:1.2-alpine3.16", "2024-05-24", true)]
    // ... but not a bare number, nor words that are Ubuntu interim code names and other projects' names too.
    [InlineData("myorg/tool:18", "2040-01-01", false)]
    [InlineData("ros:kinetic", "2040-01-01", false)]
    [InlineData("myorg/app:2.0-groovy", "2040-01-01", false)]
    // More images of the table's distributions: mirrors and other registries.
    [InlineData("public.ecr.aws/docker/library/debian:buster", "2024-07-01", true)]
    [InlineData("mirror.gcr.io/library/ubuntu:16.04", "2021-05-01", true)]
    [InlineData("quay.io/fedora/fedora:38", "2024-05-22", true)]
    [InlineData("opensuse:42.3", "2019-07-02", true)]
    [InlineData("opensuse/leap:15", "2040-01-01", false)] // Leap 15.6 is supported; 42.x ended before 15.x
    public void Distribution(string image, string date, bool eol) => Assert.Equal(eol, DistroEol(image, date));

    [Fact]
    public void Release_describes_itself()
    {
        var release = EndOfLifePolicy.FindDistribution(ImageReference.Parse("python:3.12-buster"))!;
        Assert.Equal("Debian 10 (buster)", release.DisplayName);
        Assert.Equal("2024-06-30", release.EndText);
        Assert.Contains("LTS", release.Source);

        Assert.Equal("Ubuntu 16.04 (xenial)", EndOfLifePolicy.FindDistribution(ImageReference.Parse("ubuntu:16.04"))!.DisplayName);
        Assert.Equal("Ubuntu 20.04 (focal)", EndOfLifePolicy.FindDistribution(ImageReference.Parse("ubuntu:focal"))!.DisplayName);
        Assert.Equal(".NET 8.0", EndOfLifePolicy.FindRuntime(ImageReference.Parse("mcr.microsoft.com/dotnet/aspnet:8.0.11"))!.DisplayName);

        var line = EndOfLifePolicy.FindRuntime(ImageReference.Parse("php:7-apache-bullseye"))!;
        Assert.Equal("PHP 7", line.DisplayName);
        Assert.Equal("2022-11-28", line.EndText);
        Assert.False(line.ReadFromName);
        Assert.Equal(string.Empty, line.HowKnown);

        var read = EndOfLifePolicy.FindRuntime(ImageReference.Parse("circleci/node:14-buster"))!;
        Assert.Equal("Node.js 14", read.DisplayName);
        Assert.True(read.ReadFromName);
        Assert.Contains("name and tag", read.HowKnown);
        Assert.True(EndOfLifePolicy.FindDistribution(ImageReference.Parse("circleci/node:14-buster"))!.ReadFromName);

        var old = EndOfLifePolicy.FindRuntime(ImageReference.Parse("node:0.12"))!;
        Assert.True(old.EndsNoLaterThan);
        Assert.EndsWith("or earlier", old.EndText);
    }

    [Fact]
    public void Both_releases_past_end_of_life()
    {
        var found = EndOfLifePolicy.FindPastEndOfLife(ImageReference.Parse("python:3.7-buster"), Day("2026-11-29"));
        Assert.Equal(new[] { "Debian", "Python" }, found.Select(r => r.ProductName).ToArray());
    }

    [Fact]
    public void Tables_are_consistent()
    {
        Assert.Equal(new DateTime(2026, 11, 29), ImageKnowledge.LastReviewed);
        foreach (var group in ImageKnowledge.Lifecycle.GroupBy(e => e.Product))
        {
            // One precision per product, no duplicate versions, every entry names its source.
            Assert.Single(group.Select(e => e.Key.Length).Distinct());
            Assert.Equal(group.Count(), group.Select(e => e.Version).Distinct().Count());
            Assert.All(group, e => Assert.False(string.IsNullOrWhiteSpace(e.Source)));
        }
    }
}

public class EndOfLifeTableBoundaryTests
{
    private static readonly Dictionary<string, string> SampleImage = new()
    {
        ["alpine"] = "alpine:{0}",
        ["debian"] = "debian:{0}",
        ["ubuntu"] = "ubuntu:{0}",
        ["centos"] = "centos:{0}",
        ["centos-stream"] = "quay.io/centos/centos:stream{0}",
        ["fedora"] = "fedora:{0}",
        ["amazonlinux"] = "amazonlinux:{0}",
        ["opensuse-leap"] = "opensuse/leap:{0}",
        ["cbl-mariner"] = "mcr.microsoft.com/cbl-mariner/base/core:{0}",
        ["dotnet"] = "mcr.microsoft.com/dotnet/aspnet:{0}",
        ["node"] = "node:{0}",
        ["python"] = "python:{0}",
        ["golang"] = "golang:{0}",
        ["php"] = "php:{0}",
        ["ruby"] = "ruby:{0}",
    };

    private static readonly HashSet<string> Runtimes = new() { "dotnet", "node", "python", "golang", "php", "ruby" };

    public static IEnumerable<object[]> Entries()
        => ImageKnowledge.Lifecycle.Select(e => new object[] { e.Product, e.Version });

    /// <summary>Every table entry is reachable from an image tag and flips exactly the day after its last supported day.</summary>
    [Theory]
    [MemberData(nameof(Entries))]
    public void Each_entry_ends_the_day_after_its_last_day(string product, string version)
    {
        var entry = ImageKnowledge.Lifecycle.Single(e => e.Product == product && e.Version == version);
        var image = ImageReference.Parse(string.Format(System.Globalization.CultureInfo.InvariantCulture, SampleImage[product], version));
        var release = Runtimes.Contains(product) ? EndOfLifePolicy.FindRuntime(image) : EndOfLifePolicy.FindDistribution(image);

        Assert.NotNull(release);
        Assert.Equal(entry.LastDay, release!.LastSupportedDay);
        Assert.False(release.EndsNoLaterThan);
        var lastDay = new DateTimeOffset(entry.LastDay, TimeSpan.Zero);
        Assert.False(release.IsPastEndOfLife(lastDay.AddHours(23.99)));
        Assert.True(release.IsPastEndOfLife(lastDay.AddDays(1)));
        Assert.True(entry.LastDay <= ImageKnowledge.LastReviewed.AddYears(5), "a date that far out is a guess");
    }
}
