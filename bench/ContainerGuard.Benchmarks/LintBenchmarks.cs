using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using ContainerGuard.Cli;
using ContainerGuard.Dockerfile;

namespace ContainerGuard.Benchmarks;

/// <summary>
/// One operation = the whole Dockerfile corpus (940 files). Parse only, parse + every rule (one thread),
/// and the CLI's scan (file reading, discovery, all cores, text report to a null writer).
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class LintBenchmarks
{
    private CorpusFiles _corpus = null!;

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            // In-process: no generated project to build, which on a busy shared machine can exceed BenchmarkDotNet's build timeout.
            AddJob(Job.Default
                .WithStrategy(RunStrategy.Throughput)
                .WithWarmupCount(3)
                .WithIterationCount(10)
                .WithToolchain(InProcessEmitToolchain.Instance));
            AddColumn(ThroughputColumn.FilesPerSecond, ThroughputColumn.MegabytesPerSecond);
        }
    }

    [GlobalSetup]
    public void Setup()
    {
        _corpus = CorpusFiles.Load();
        Console.WriteLine($"// Corpus: {_corpus.Files.Count} files, {_corpus.Bytes:N0} bytes, {DockerfileRules.All.Count} Dockerfile rules, from {_corpus.Folder}");
    }

    [Benchmark(Description = "parse only")]
    public int ParseOnly()
    {
        int instructions = 0;
        foreach (var (_, content) in _corpus.Files)
        {
            instructions += DockerfileParser.Parse(content).Instructions.Count;
        }

        return instructions;
    }

    [Benchmark(Baseline = true, Description = "parse + rules")]
    public int ParseAndRules()
    {
        int findings = 0;
        foreach (var (path, content) in _corpus.Files)
        {
            findings += Linter.LintDockerfile(path, content, LintOptions.Default).Count;
        }

        return findings;
    }

    [Benchmark(Description = "cli scan (read + all cores)")]
    public int CliScan()
        => CliApplication.Run(new[] { "scan", _corpus.Folder }, new CliEnvironment(TextWriter.Null, TextWriter.Null, _corpus.Folder));
}
