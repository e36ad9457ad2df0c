using System;
using System.Collections.Concurrent;
using ContainerGuard.Collections;
using ContainerGuard.Text;

namespace ContainerGuard.Images;

/// <summary>
/// Answers about an image reference that depend only on its text and the built-in tables (catalogue entry, end-of-life
/// releases), shared by every file of a scan: the same few hundred base images recur across a repository's
/// Dockerfiles. Never the clock or the configuration. Bounded, so a tree of generated references cannot grow it
/// without limit (past the bound answers are computed each time, still once per reference object).
/// </summary>
internal static class ImageFactsCache
{
    private const int MaxEntries = 4096;

    public static readonly ConcurrentDictionary<string, object> KnownImages = new(StringComparer.Ordinal);

    public static readonly ConcurrentDictionary<string, object> DistributionReleases = new(StringComparer.Ordinal);

    public static readonly ConcurrentDictionary<string, object> RuntimeReleases = new(StringComparer.Ordinal);

    public static T? GetOrAdd<T>(ConcurrentDictionary<string, object> cache, ImageReference image, Func<ImageReference, T?> compute)
        where T : class
    {
        if (!cache.TryGetValue(image.Original, out var answer))
        {
            answer = Memo.Box(compute(image));
            if (cache.Count < MaxEntries)
            {
                cache.TryAdd(image.Original, answer);
            }
        }

        return Memo.Unbox<T>(answer);
    }
}
