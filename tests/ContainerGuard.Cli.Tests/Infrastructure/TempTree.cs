namespace ContainerGuard.Tests.Infrastructure;

/// <summary>A temporary folder with files written from (relative path, content) pairs; deleted on dispose.</summary>
public sealed class TempTree : IDisposable
{
    public TempTree()
    {
        Root = Path.Combine(Path.GetTempPath(), "cg-cli-" + Guid.NewGuid().ToString("N").Substring(0, 12));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public TempTree With(string relativePath, string content)
    {
        string full = PathOf(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return this;
    }

    public string PathOf(string relativePath) => Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>The native form of a relative path as the CLI prints it.</summary>
    public static string Native(string relativePath) => relativePath.Replace('/', Path.DirectorySeparatorChar);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
