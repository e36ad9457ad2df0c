using System;
using System.Buffers;
using System.IO;
using ContainerGuard.Files;

namespace ContainerGuard.Cli.Scanning;

/// <summary>The file is larger than the caller's limit; it was not read.</summary>
public sealed class FileTooLargeException : IOException
{
    public FileTooLargeException(long length)
        : base("The file is larger than the limit.")
    {
        Length = length;
    }

    /// <summary>The file's length in bytes as far as it was seen (at least the limit + 1).</summary>
    public long Length { get; }
}

/// <summary>
/// Reads a text file as <see cref="File.ReadAllText(string)"/> does (Core's <see cref="TextDecoding"/>: UTF-8 unless a
/// byte order mark says UTF-16 or UTF-32; invalid bytes become U+FFFD), with one open, one size query on the open handle and positioned reads
/// into a pooled buffer: a scan reads thousands of small files, and per-file overhead is most of the cost.
/// </summary>
public static class FileText
{
    /// <exception cref="FileTooLargeException">The file is longer than <paramref name="maxBytes"/>.</exception>
    public static string Read(string path, long maxBytes)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        long length = RandomAccess.GetLength(handle);
        if (length > maxBytes)
        {
            throw new FileTooLargeException(length);
        }

        // The length is a hint (/proc-like files report 0, a file can be cut short while we read it): read until the
        // size is reached or the file ends.
        byte[] buffer = ArrayPool<byte>.Shared.Rent((int)Math.Max(length, 0) + 1);
        try
        {
            int total = 0;
            while (true)
            {
                if (total == buffer.Length)
                {
                    if (total >= maxBytes)
                    {
                        throw new FileTooLargeException(total);
                    }

                    byte[] larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, maxBytes + 1));
                    Buffer.BlockCopy(buffer, 0, larger, 0, total);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                int read = RandomAccess.Read(handle, buffer.AsSpan(total), total);
                if (read == 0)
                {
                    break;
                }

                total += read;
                if (total == length)
                {
                    // As long as the size said: no further read just to see the end of the file.
                    break;
                }
            }

            if (total > maxBytes)
            {
                throw new FileTooLargeException(total);
            }

            return TextDecoding.Decode(buffer, total);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The first <paramref name="maxBytes"/> bytes of a file, decoded (a character cut in two at the end becomes U+FFFD).</summary>
    public static string ReadStart(string path, int maxBytes)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        byte[] buffer = ArrayPool<byte>.Shared.Rent(maxBytes);
        try
        {
            int total = 0;
            int read;
            while (total < maxBytes && (read = RandomAccess.Read(handle, buffer.AsSpan(total, maxBytes - total), total)) > 0)
            {
                total += read;
            }

            return TextDecoding.Decode(buffer, total);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
