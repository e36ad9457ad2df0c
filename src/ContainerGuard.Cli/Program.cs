using System;

namespace ContainerGuard.Cli;

public static class Program
{
    public static int Main(string[] args)
        => CliApplication.Run(args, new CliEnvironment(Console.Out, Console.Error, Environment.CurrentDirectory));
}
