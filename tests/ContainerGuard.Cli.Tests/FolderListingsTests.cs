using ContainerGuard.Cli.Scanning;
using ContainerGuard.Tests.Infrastructure;

namespace ContainerGuard.Tests;

/// <summary>Configuration look-ups answered from the walk's listings give what File.Exists gives.</summary>
public class FolderListingsTests
{
    private static readonly string[] Names = { "containerguard.json", ".editorconfig" };

    [Fact]
    public void Answers_as_File_Exists_in_listed_and_unlisted_folders()
    {
        using var tree = new TempTree()
            .With("containerguard.json", "{}")
            .With("a/.editorconfig", "root = true\n")
            .With("a/Dockerfile", "FROM alpine\n")
            .With("b/ContainerGuard.JSON", "{}")
            .With("b/Dockerfile", "FROM alpine\n")
            .With("c/Dockerfile", "FROM alpine\n");
        Directory.CreateDirectory(tree.PathOf("c/containerguard.json"));
        File.CreateSymbolicLink(tree.PathOf("c/.editorconfig"), tree.PathOf("no-such-file"));
        var listings = new FolderListings(Names);

        var found = FileDiscovery.Enumerate(new[] { new ScanRoot(tree.PathOf("a"), true, null), new ScanRoot(tree.PathOf("b"), true, null), new ScanRoot(tree.PathOf("c"), true, null) }, tree.Root, null, listings).ToList();

        Assert.Equal(3, found.Count);
        Assert.Equal(4, listings.FolderCount); // c/containerguard.json is a folder, walked like any other
        foreach (string folder in new[] { tree.Root, tree.PathOf("a"), tree.PathOf("b"), tree.PathOf("c"), Path.GetDirectoryName(tree.Root)! })
        {
            foreach (string name in Names.Concat(new[] { "ContainerGuard.JSON", ".EditorConfig", "Dockerfile" }))
            {
                string path = Path.Combine(folder, name);
                Assert.True(File.Exists(path) == listings.FileExists(path), path);
            }
        }
    }

    [Fact]
    public void A_folders_files_come_after_its_listing_and_those_of_the_folders_above()
    {
        using var tree = new TempTree()
            .With("Dockerfile", "FROM alpine\n")
            .With("x/containerguard.json", "{}")
            .With("x/y/Dockerfile", "FROM alpine\n")
            .With("x/y/z/.editorconfig", "root = true\n")
            .With("x/y/z/Dockerfile", "FROM alpine\n");
        var listings = new FolderListings(Names);
        var unreadable = new List<UnreadablePath>();

        foreach (var target in FileDiscovery.Enumerate(new[] { new ScanRoot(tree.Root, true, null) }, tree.Root, unreadable, listings))
        {
            // Every folder from the file's up to the scanned one is listed by now, so its answers are final.
            for (string? folder = Path.GetDirectoryName(target.FullPath); folder is not null && folder.Length >= tree.Root.Length; folder = Path.GetDirectoryName(folder))
            {
                foreach (string name in Names)
                {
                    string path = Path.Combine(folder, name);
                    Assert.True(File.Exists(path) == listings.FileExists(path), path);
                }
            }
        }

        Assert.Equal(4, listings.FolderCount);
        Assert.Empty(unreadable);
    }

    [Fact]
    public void Lazy_discovery_finds_what_sorted_discovery_finds()
    {
        using var tree = new TempTree()
            .With("Dockerfile", "")
            .With("src/Api/Dockerfile", "")
            .With("src/Api/api.Dockerfile", "")
            .With("src/Api/bin/Dockerfile", "")
            .With("other/Containerfile", "")
            .With("infra/main.bicep", "");
        var roots = new[] { new ScanRoot(tree.Root, true, null), new ScanRoot(tree.PathOf("Dockerfile"), false, null) };

        var sorted = FileDiscovery.Discover(roots, tree.Root, null);
        var lazy = FileDiscovery.Enumerate(roots, tree.Root, null, new FolderListings(Names)).OrderBy(t => t.DisplayPath, StringComparer.Ordinal);

        Assert.Equal(5, sorted.Count);
        Assert.Equal(sorted.Select(t => (t.FullPath, t.DisplayPath, t.Kind, t.Length)), lazy.Select(t => (t.FullPath, t.DisplayPath, t.Kind, t.Length)));
    }
}
