using System;
using System.IO;
using System.Text;

namespace ContainerGuard.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        // Console.Out flushes on every line; a large report is written through one buffered writer instead.
        using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 64 * 1024) { AutoFlush = false };
        try
        {
            return CliApplication.Run(args, new CliEnvironment(output, Console.Error, Environment.CurrentDirectory));
        }
        finally
        {
            output.Flush();
        }
    }
}
