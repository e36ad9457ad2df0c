using ContainerGuard.Cli.Scanning;
using ContainerGuard.Tests.Infrastructure;

namespace ContainerGuard.Benchmarks;

/// <summary>The Dockerfiles of ../shared/corpus/dockerfiles (or $CONTAINERGUARD_CORPUS/dockerfiles), read once.</summary>
public sealed class CorpusFiles
{
    private CorpusFiles(string folder, IReadOnlyList<(string Path, string Content)> files)
    {
        Folder = folder;
        Files = files;
        Bytes = files.Sum(f => (long)System.Text.Encoding.UTF8.GetByteCount(f.Content));
    }

    public string Folder { get; }

    public IReadOnlyList<(string Path, string Content)> Files { get; }

    /// <summary>UTF-8 size of all files.</summary>
    public long Bytes { get; }

    public static CorpusFiles Load()
    {
        string folder = Locate() ?? throw new InvalidOperationException("Corpus not found: place the shared folder beside the repository (../shared/corpus) or set CONTAINERGUARD_CORPUS.");
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(p => ContainerGuard.Files.DockerfileNames.IsDockerfileName(Path.GetFileName(p)))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (p, File.ReadAllText(p)))
            .ToArray();
        return new CorpusFiles(folder, files);
    }

    /// <summary>The corpus's Dockerfile folder, found as the tests find it (<see cref="Corpus"/>).</summary>
    public static string? Locate() => Corpus.Folder("dockerfiles");
}
