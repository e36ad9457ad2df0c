using System.Text;
using ContainerGuard.Analyzers.Credentials;
using ContainerGuard.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ContainerGuard.Analyzers.Tests;

/// <summary>Large and odd inputs: no analyzer exception (AD0001), and exactly the planted findings.</summary>
public class RobustnessTests
{
    private static string LargeFile(int literals, int planted)
    {
        var source = new StringBuilder("using System.Collections.Generic;\nclass Big\n{\n    void M(Dictionary<string, string> d, string x)\n    {\n");
        for (var i = 0; i < literals; i++)
        {
            source.Append("        d[\"key").Append(i).Append("\"] = \"value ").Append(i).Append("\" + x + \"Server=db;Database=orders").Append(i).Append("\";\n");
        }

        for (var i = 0; i < planted; i++)
        {
            source.Append("        var dbPassword").Append(i).Append(" = \"Pr0d-pw-").Append(i).Append("x\";\n");
            source.Append("        var conn").Append(i).Append(" = \"Server=db;Password=Pr0d-cs-").Append(i).Append("x\";\n");
        }

        // A long concatenation chain and a deeply nested conditional.
        source.Append("        var apiKey = \"a\"");
        for (var i = 0; i < 2000; i++)
        {
            source.Append(" + x");
        }

        source.Append(";\n        var token = ");
        for (var i = 0; i < 100; i++)
        {
            source.Append("x == \"").Append(i).Append("\" ? \"t0k3n-").Append(i).Append("-value\" : ");
        }

        source.Append("\"\";\n    }\n}\n");
        return source.ToString();
    }

    [Fact]
    public async Task Large_file_credentials_analyzer_reports_only_the_planted_findings()
    {
        var diagnostics = await Infrastructure.Verifier<CG1001HardCodedCredentialAnalyzer>.GetDiagnosticsAsync(LargeFile(1500, 25));
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        // 25 planted passwords, 100 token branches; "a" given to apiKey is too short to be a secret.
        Assert.Equal(125, diagnostics.Count(d => d.Id == "CG1001"));
    }

    [Fact]
    public async Task Large_file_known_format_analyzer_reports_only_the_planted_findings()
    {
        var diagnostics = await Infrastructure.Verifier<CG1002KnownFormatSecretAnalyzer>.GetDiagnosticsAsync(LargeFile(1500, 25));
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        Assert.Equal(25, diagnostics.Count(d => d.Id == "CG1002"));
    }

    [Fact]
    public async Task Broken_source_does_not_break_the_analyzers()
    {
        const string source = "class C { string password = \"unterminated; void M( { var token = $\"{\"; string s = \"\\q\"; }";
        foreach (var analyzer in AllAnalyzers.Create())
        {
            var diagnostics = await AnalyzerRunner.GetDiagnosticsAsync(new[] { analyzer }, source, allowErrors: true);
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        }
    }
}
