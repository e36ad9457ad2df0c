using System.Text;
using ContainerGuard.Cli.Scanning;
using ContainerGuard.Tests.Infrastructure;

namespace ContainerGuard.Tests;

/// <summary>The scanner's file reader answers as File.ReadAllText does.</summary>
public class FileTextTests
{
    public static TheoryData<string, byte[]> Files()
    {
        const string text = "FROM alpine:3.20\nRUN echo h\u00e9llo \u2603\r\n";
        return new TheoryData<string, byte[]>
        {
            { "utf8", Encoding.UTF8.GetBytes(text) },
            { "utf8-bom", new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(text)).ToArray() },
            { "utf16-le-bom", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray() },
            { "utf16-be-bom", Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(text)).ToArray() },
            { "utf32-le-bom", Encoding.UTF32.GetPreamble().Concat(Encoding.UTF32.GetBytes(text)).ToArray() },
            { "invalid-utf8", new byte[] { 0x46, 0x52, 0xC3, 0x28, 0xFF, 0x4F, 0x4D } },
            { "empty", Array.Empty<byte>() },
            { "one-byte", new byte[] { 0x41 } },
            { "large", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("RUN echo 0123456789abcdef\n", 20_000))) },
        };
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Reads_what_File_ReadAllText_reads(string name, byte[] bytes)
    {
        using var tree = new TempTree();
        string path = tree.PathOf(name);
        File.WriteAllBytes(path, bytes);
        Assert.Equal(File.ReadAllText(path), FileText.Read(path, maxBytes: 8 * 1024 * 1024));
    }

    [Fact]
    public void A_file_over_the_limit_is_not_read()
    {
        using var tree = new TempTree().With("Dockerfile", new string('x', 1025));
        Assert.Throws<FileTooLargeException>(() => FileText.Read(tree.PathOf("Dockerfile"), maxBytes: 1024));
        Assert.Equal(1024, FileText.Read(tree.With("Small", new string('x', 1024)).PathOf("Small"), maxBytes: 1024).Length);
    }

    [Fact]
    public void A_missing_file_is_an_IO_error()
    {
        using var tree = new TempTree();
        Assert.ThrowsAny<IOException>(() => FileText.Read(tree.PathOf("nope"), maxBytes: 1024));
    }
}
