using ContainerGuard.Configuration;

namespace ContainerGuard.Tests.Configuration;

/// <summary>One policy for "the nearest containerguard.json": the analyzers' choice among given files agrees with the file-system walk.</summary>
public sealed class ConfigurationPathsTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "cg-paths-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Theory]
    [InlineData("/repo/containerguard.json", true)]
    [InlineData("containerguard.json", true)]
    [InlineData("C:\\repo\\containerguard.json", true)]
    [InlineData("/repo/containerguard.json.bak", false)]
    [InlineData("/repo/my-containerguard.json", false)]
    [InlineData("/repo/appsettings.json", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Configuration_file_names(string? path, bool expected) => Assert.Equal(expected, ConfigurationPaths.IsConfigurationFile(path));

    [Fact]
    public void File_name_case_follows_the_file_system()
    {
        bool ignoreCase = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS();
        Assert.Equal(ignoreCase, ConfigurationPaths.IsConfigurationFile("/repo/ContainerGuard.JSON"));
        Assert.Equal(ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal, ConfigurationPaths.Comparison);
    }

    [Fact]
    public void Folders_from_a_folder_up_to_the_root()
    {
        var folders = ConfigurationPaths.FoldersFrom(Path.Combine(_root, "a", "b") + Path.DirectorySeparatorChar).ToList();
        Assert.Equal(Path.Combine(_root, "a", "b"), folders[0]);
        Assert.Equal(Path.Combine(_root, "a"), folders[1]);
        Assert.Equal(_root, folders[2]);
        Assert.Equal(Path.GetPathRoot(_root), folders[^1]);
    }

    [Fact]
    public void Nearest_picks_the_closest_folder_at_or_above_the_source()
    {
        var files = new[] { "/repo/containerguard.json", "/repo/src/api/containerguard.json", "/other/containerguard.json" };
        Assert.Equal(1, ConfigurationPaths.Nearest(files, "/repo/src/api/deep/Program.cs"));
        Assert.Equal(1, ConfigurationPaths.Nearest(files, "/repo/src/api/Program.cs"));
        Assert.Equal(0, ConfigurationPaths.Nearest(files, "/repo/src/worker/Program.cs"));
        Assert.Equal(-1, ConfigurationPaths.Nearest(files, "/elsewhere/Program.cs"));
        Assert.Equal(0, ConfigurationPaths.Nearest(files, "/repo/src/apis/Program.cs"));
        Assert.Equal(-1, ConfigurationPaths.Nearest(files, null));
    }

    [Fact]
    public void Nearest_among_given_files_agrees_with_the_file_system_walk()
    {
        string[] folders = { "repo", Path.Combine("repo", "src", "api"), Path.Combine("repo", "src", "apis"), Path.Combine("other") };
        var files = new List<string>();
        foreach (string folder in folders)
        {
            Directory.CreateDirectory(Path.Combine(_root, folder));
            string file = Path.Combine(_root, folder, ConfigurationLoader.FileName);
            File.WriteAllText(file, "{}");
            files.Add(file);
        }

        var locator = new ConfigurationLocator();
        foreach (string source in new[]
        {
            Path.Combine("repo", "src", "api", "deep", "Dockerfile"), Path.Combine("repo", "src", "api", "Dockerfile"),
            Path.Combine("repo", "src", "apis", "x.cs"), Path.Combine("repo", "src", "x.cs"), Path.Combine("repo", "x.cs"),
            Path.Combine("other", "y", "z.cs"), Path.Combine("third", "z.cs"),
        })
        {
            string path = Path.Combine(_root, source);
            int nearest = ConfigurationPaths.Nearest(files, path);
            Assert.Equal(locator.Locate(path)?.FilePath, nearest < 0 ? null : files[nearest]);
        }
    }
}
