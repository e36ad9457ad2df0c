using ContainerGuard.Tests.Infrastructure;

namespace ContainerGuard.Tests;

/// <summary>
/// The code fixes as the README tells a user to apply them from the command line: <c>dotnet format analyzers
/// --diagnostics …</c> on a project that references the packed package.
/// </summary>
[Collection(DotNetBuildCollection.Name)]
public sealed class CodeFixEndToEndTests
{
    // A fake credential and a certificate bypass, written to be fixed.
    private const string Program = """
        using System;
        using System.Net.Http;

        static class Orders
        {
            static readonly string DbPassword = "Tr0ub4dor&3x";

            static HttpClientHandler Handler() => new HttpClientHandler { ServerCertificateCustomValidationCallback = (message, certificate, chain, errors) => true };

            static void Main() => Console.WriteLine(DbPassword.Length + Handler().MaxConnectionsPerServer);
        }

        """;

    private readonly PackedPackageFixture _package;

    public CodeFixEndToEndTests(PackedPackageFixture package)
    {
        _package = package;
    }

    [SkippableFact]
    public void Dotnet_format_analyzers_applies_the_fixes_the_README_documents()
    {
        Skip.If(PackedPackageFixture.Disabled, PackedPackageFixture.DisabledMessage);
        string project = _package.CreateConsumer("app", PackedPackageFixture.ConsumerProject(), new Dictionary<string, string> { ["Program.cs"] = Program });
        var restore = DotNet.Run(project, new[] { "restore" }, _package.Environment);
        Assert.True(restore.Succeeded, restore.ToString());

        var format = DotNet.Run(project, new[] { "format", "analyzers", "--diagnostics", "CG1001", "CG1010", "--severity", "info", "--no-restore" }, _package.Environment);

        Assert.True(format.Succeeded, format.ToString());
        string fixedProgram = File.ReadAllText(Path.Combine(project, "Program.cs"));
        Assert.DoesNotContain("Tr0ub4dor&3x", fixedProgram, StringComparison.Ordinal);
        Assert.Contains("Environment.GetEnvironmentVariable(\"DB_PASSWORD\")", fixedProgram, StringComparison.Ordinal);
        Assert.DoesNotContain("ServerCertificateCustomValidationCallback", fixedProgram, StringComparison.Ordinal);
    }
}
