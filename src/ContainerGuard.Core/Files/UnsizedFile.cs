using System;
using System.Globalization;
using System.IO;
using System.Threading.Tasks;

namespace ContainerGuard.Files;

/// <summary>
/// Reads a file that the file system says is 0 bytes long. Such a file is empty, or it is not a regular file (a FIFO, a
/// device, a <c>/proc</c> entry) whose open or read can block for ever: it is read on another thread with a time-out,
/// so a scan or a build never hangs on it. The hosts' one shared read (Core otherwise takes text, not paths).
/// </summary>
public static class UnsizedFile
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The file's bytes (at most <paramref name="maxBytes"/> + 1, so the caller can tell it is over the limit), or null with
    /// <paramref name="problem"/> saying why not (an exception's type or the time-out; never an exception's text).
    /// </summary>
    public static byte[]? TryRead(string path, long maxBytes, TimeSpan timeout, out string? problem)
    {
        problem = null;
        var read = Task.Run(() => ReadUpTo(path, maxBytes + 1));
        try
        {
            if (!read.Wait(timeout))
            {
                // The thread stays blocked in the open; it is a pool thread and does not keep the process alive.
                problem = "it is not a regular file, or it did not open within " + timeout.TotalSeconds.ToString("0", CultureInfo.InvariantCulture) + " s";
                return null;
            }

            return read.Result;
        }
        catch (AggregateException ex) when (ex.InnerException is { } inner && inner is not OutOfMemoryException)
        {
            problem = inner.GetType().Name;
            return null;
        }
    }

    private static byte[] ReadUpTo(string path, long limit)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.None);
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[16 * 1024];
        int count;
        while (buffer.Length < limit && (count = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, limit - buffer.Length))) > 0)
        {
            buffer.Write(chunk, 0, count);
        }

        return buffer.ToArray();
    }
}
