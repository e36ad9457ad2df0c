using System;
using System.IO;

namespace ContainerGuard.Configuration;

/// <summary>
/// <see cref="Path.GetFullPath(string)"/> without its cost for paths that are already full and normalized: a scan
/// resolves thousands of paths, and the runtime re-normalizes each one character by character.
/// </summary>
public static class NormalizedPath
{
    /// <summary>The full path of <paramref name="path"/>: itself when it is already full and normalized.</summary>
    public static string GetFullPath(string path)
        => IsFullAndNormalized(path) ? path : Path.GetFullPath(path);

    /// <summary>
    /// True for a path that <see cref="Path.GetFullPath(string)"/> would return unchanged, as far as a cheap scan can
    /// tell: rooted at <c>/</c> where that is the separator (Unix), no alternative separators, no empty, <c>.</c> or
    /// <c>..</c> segments, no trailing separator. Everything else (including every Windows path) answers false and
    /// goes through the runtime.
    /// </summary>
    public static bool IsFullAndNormalized(string path)
    {
        if (path is null || path.Length < 2 || Path.DirectorySeparatorChar != '/' || path[0] != '/' || path[path.Length - 1] == '/')
        {
            return false;
        }

        int segmentStart = 1;
        for (int i = 1; i <= path.Length; i++)
        {
            if (i < path.Length && path[i] != '/')
            {
                if (path[i] == '\0')
                {
                    return false;
                }

                continue;
            }

            int length = i - segmentStart;
            if (length == 0 || (length == 1 && path[segmentStart] == '.') || (length == 2 && path[segmentStart] == '.' && path[segmentStart + 1] == '.'))
            {
                return false;
            }

            segmentStart = i + 1;
        }

        return true;
    }
}
