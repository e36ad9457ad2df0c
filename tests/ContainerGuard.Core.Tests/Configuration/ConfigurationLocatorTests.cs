using System.Collections.Concurrent;
using ContainerGuard.Configuration;

namespace ContainerGuard.Tests.Configuration;

public sealed class ConfigurationLocatorTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "cg-locator-" + Guid.NewGuid().ToString("N"));

    public ConfigurationLocatorTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "repo", "src", "api", "deep"));
        Directory.CreateDirectory(Path.Combine(_root, "repo", "tools"));
        File.WriteAllText(Path.Combine(_root, "repo", "containerguard.json"), """{ "approvedRegistries": [ "outer.azurecr.io" ] }""");
        File.WriteAllText(Path.Combine(_root, "repo", "src", "api", "containerguard.json"), """{ "approvedRegistries": [ "inner.azurecr.io" ] }""");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void The_nearest_file_wins()
    {
        var locator = new ConfigurationLocator();

        Assert.Equal(new[] { "inner.azurecr.io" }, locator.GetConfiguration(Path.Combine(_root, "repo", "src", "api", "deep", "Dockerfile")).Configuration.ApprovedRegistries);
        Assert.Equal(new[] { "inner.azurecr.io" }, locator.GetConfiguration(Path.Combine(_root, "repo", "src", "api", "Dockerfile")).Configuration.ApprovedRegistries);
        Assert.Equal(new[] { "outer.azurecr.io" }, locator.GetConfiguration(Path.Combine(_root, "repo", "tools", "Dockerfile")).Configuration.ApprovedRegistries);
        Assert.Equal(new[] { "outer.azurecr.io" }, locator.GetConfiguration(Path.Combine(_root, "repo", "src"), isDirectory: true).Configuration.ApprovedRegistries);
        Assert.Equal(Path.Combine(_root, "repo", "containerguard.json"), locator.Locate(Path.Combine(_root, "repo", "x.csproj"))!.FilePath);
    }

    [Fact]
    public void Without_a_file_the_default_applies()
    {
        var locator = new ConfigurationLocator(_ => false, _ => throw new InvalidOperationException("not read"));
        var result = locator.GetConfiguration(Path.Combine(_root, "repo", "Dockerfile"));
        Assert.Same(ConfigurationLoadResult.Empty, result);
        Assert.Empty(locator.LoadedConfigurations);
    }

    [Fact]
    public void Each_folder_is_probed_once_and_each_file_read_once_under_parallel_scans()
    {
        var exists = new ConcurrentDictionary<string, int>();
        int reads = 0;
        var locator = new ConfigurationLocator(
            path => { exists.AddOrUpdate(path, 1, (_, n) => n + 1); return File.Exists(path); },
            path => { Interlocked.Increment(ref reads); return File.ReadAllText(path); });

        string deep = Path.Combine(_root, "repo", "src", "api", "deep");
        string tools = Path.Combine(_root, "repo", "tools");
        Parallel.For(0, 200, i =>
        {
            string folder = i % 2 == 0 ? deep : tools;
            locator.GetConfiguration(Path.Combine(folder, $"Dockerfile.{i}"));
        });

        Assert.Equal(2, reads);
        Assert.Equal(2, locator.LoadedConfigurations.Count);

        // Once a folder's answer is cached, asking again for a file beneath it probes nothing.
        int probes = exists.Values.Sum();
        locator.GetConfiguration(Path.Combine(deep, "another"));
        Assert.Equal(probes, exists.Values.Sum());
    }

    [Fact]
    public void A_bad_file_gives_its_findings_once_with_its_path()
    {
        string bad = Path.Combine(_root, "repo", "tools", "containerguard.json");
        File.WriteAllText(bad, "{ \"approvedRegistries\": [ \"https://x\" ] }");
        var locator = new ConfigurationLocator();

        var first = locator.GetConfiguration(Path.Combine(_root, "repo", "tools", "a"));
        var second = locator.GetConfiguration(Path.Combine(_root, "repo", "tools", "b"));

        Assert.Same(first, second);
        var finding = Assert.Single(first.Findings);
        Assert.Equal("CG9003", finding.RuleId);
        Assert.Equal(bad, finding.Path);
    }

    [Fact]
    public void A_named_file_is_loaded_directly_and_a_missing_one_is_CG9001()
    {
        var locator = new ConfigurationLocator();
        var named = locator.LoadFile(Path.Combine(_root, "repo", "src", "api", "containerguard.json"));
        Assert.Equal(new[] { "inner.azurecr.io" }, named.Configuration.ApprovedRegistries);

        var missing = locator.LoadFile(Path.Combine(_root, "nowhere", "containerguard.json"));
        Assert.Equal("CG9001", Assert.Single(missing.Result.Findings).RuleId);
        Assert.Empty(missing.Configuration.ApprovedRegistries);
    }

    [Fact]
    public void An_unreadable_file_is_CG9001_not_a_crash()
    {
        var locator = new ConfigurationLocator(path => path.EndsWith("containerguard.json", StringComparison.Ordinal), _ => throw new IOException("locked"));
        var result = locator.GetConfiguration(Path.Combine(_root, "x", "Dockerfile"));
        Assert.Equal("CG9001", Assert.Single(result.Findings).RuleId);
        Assert.Empty(result.Configuration.ApprovedRegistries);
    }
}
