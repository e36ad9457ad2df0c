using System;
using System.Buffers;
using System.IO;
using System.Text;

namespace ContainerGuard.Cli.Scanning;

/// <summary>The file is larger than the caller's limit; it was not read.</summary>
public sealed class FileTooLargeException : IOException
{
    public FileTooLargeException()
        : base("The file is larger than the limit.")
    {
    }
}

/// <summary>
/// Reads a text file as <see cref="File.ReadAllText(string)"/> does (UTF-8 unless a byte order mark says UTF-16 or
/// UTF-32; invalid bytes become U+FFFD), with one open, one size query on the open handle and positioned reads
/// into a pooled buffer: a scan reads thousands of small files, and per-file overhead is most of the cost.
/// </summary>
public static class FileText
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <exception cref="FileTooLargeException">The file is longer than <paramref name="maxBytes"/>.</exception>
    public static string Read(string path, long maxBytes)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        long length = RandomAccess.GetLength(handle);
        if (length > maxBytes)
        {
            throw new FileTooLargeException();
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
                        throw new FileTooLargeException();
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
                throw new FileTooLargeException();
            }

            return Decode(buffer, total);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static string Decode(byte[] bytes, int count)
    {
        if (count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            return Utf8.GetString(bytes, 3, count - 3);
        }

        bool utf16Or32 = count >= 2 && ((bytes[0] == 0xFE && bytes[1] == 0xFF) || (bytes[0] == 0xFF && bytes[1] == 0xFE));
        bool utf32BigEndian = count >= 4 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0xFE && bytes[3] == 0xFF;
        if (utf16Or32 || utf32BigEndian)
        {
            // UTF-16 or UTF-32 by byte order mark: the reader File.ReadAllText uses tells them apart.
            using var reader = new StreamReader(new MemoryStream(bytes, 0, count, writable: false), Utf8, detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }

        return Utf8.GetString(bytes, 0, count);
    }
}
