using System.IO;
using System.Text;

namespace ContainerGuard.Files;

/// <summary>
/// Bytes to text the same way on every surface, as <c>File.ReadAllText</c> does: UTF-8 unless a byte order mark says
/// UTF-16 or UTF-32, a UTF-8 byte order mark dropped, invalid bytes as U+FFFD.
/// </summary>
public static class TextDecoding
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static string Decode(byte[] bytes, int count)
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
