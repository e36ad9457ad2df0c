namespace ContainerGuard.Tests.Infrastructure;

/// <summary>The repository root (the folder with Analyzers.sln), found from the test's output folder.</summary>
public static class Repository
{
    public static string Root { get; } = LocateRoot();

    private static string LocateRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "Analyzers.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Analyzers.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>
/// Tests that start real builds run one at a time (the machine has few cores) and share one packed package (packing
/// takes a minute).
/// </summary>
[CollectionDefinition(Name)]
public sealed class DotNetBuildCollection : ICollectionFixture<PackedPackageFixture>
{
    public const string Name = "dotnet build";
}
