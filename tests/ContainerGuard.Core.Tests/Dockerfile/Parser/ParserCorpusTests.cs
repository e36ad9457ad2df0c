using ContainerGuard.Dockerfile;
using ContainerGuard.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ContainerGuard.Tests.Dockerfile.Parser;

public class ParserCorpusTests
{
    private readonly ITestOutputHelper _output;

    public ParserCorpusTests(ITestOutputHelper output) => _output = output;

    /// <summary>
    /// Files of the corpus that Docker itself rejects, with the reason; everything else must parse without
    /// a single error, because Docker builds it.
    /// </summary>
    private static readonly Dictionary<string, string> RejectedByDocker = new(StringComparer.Ordinal)
    {
    };

    [SkippableFact]
    public void Every_corpus_dockerfile_parses_without_errors()
    {
        string? folder = Corpus.Folder("dockerfiles");
        Skip.If(folder is null, Corpus.MissingMessage);

        int files = 0, instructions = 0, heredocs = 0, stages = 0, commands = 0, jsonForms = 0, windows = 0;
        var failures = new List<string>();
        foreach (string path in Directory.EnumerateFiles(folder!, "*", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal))
        {
            string relative = Path.GetRelativePath(folder!, path).Replace('\\', '/');
            if (relative.StartsWith("LICENSES/", StringComparison.Ordinal) || relative == "SOURCES.tsv")
            {
                continue;
            }

            files++;
            var document = DockerfileParser.Parse(File.ReadAllText(path));
            instructions += document.Instructions.Count;
            stages += document.Stages.Count;
            heredocs += document.Instructions.Sum(i => i.Heredocs.Count);
            commands += document.Instructions.OfType<CommandInstruction>().Sum(c => c.Scripts.Sum(s => s.Commands.Count));
            jsonForms += document.Instructions.Count(i => i.IsJsonForm);
            windows += document.EscapeChar == '`' ? 1 : 0;
            if (document.Errors.Count > 0 && !RejectedByDocker.ContainsKey(relative))
            {
                var error = document.Errors[0];
                failures.Add($"{relative}{document.Text.GetLineSpan(error.Span)}: {error.Message} ({document.Errors.Count} errors)");
            }
        }

        _output.WriteLine($"{files} files, {instructions} instructions, {stages} stages, {heredocs} heredocs, {commands} shell commands, {jsonForms} exec forms, {windows} with escape=`");
        Assert.True(files > 0, "the corpus folder has no Dockerfiles");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
