using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ContainerGuard.Benchmarks;

/// <summary>files/s or MB/s for a benchmark whose one operation lints the whole corpus.</summary>
public sealed class ThroughputColumn : IColumn
{
    private readonly bool _megabytes;

    private ThroughputColumn(bool megabytes)
    {
        _megabytes = megabytes;
    }

    public static readonly IColumn FilesPerSecond = new ThroughputColumn(false);

    public static readonly IColumn MegabytesPerSecond = new ThroughputColumn(true);

    public string Id => ColumnName;

    public string ColumnName => _megabytes ? "MB/s" : "files/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => _megabytes ? 1 : 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => _megabytes ? "Corpus megabytes (10^6 bytes, UTF-8) linted per second" : "Corpus files linted per second";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is null)
        {
            return "-";
        }

        var corpus = CorpusStats.Value;
        double seconds = report.ResultStatistics.Mean / 1e9;
        double value = _megabytes ? corpus.Bytes / 1e6 / seconds : corpus.Files / seconds;
        return value.ToString(_megabytes ? "N1" : "N0", System.Globalization.CultureInfo.InvariantCulture);
    }

    // The columns are computed in the host process: read the corpus size there (cheap, once).
    private static readonly Lazy<(int Files, long Bytes)> CorpusStats = new(() =>
    {
        var corpus = CorpusFiles.Load();
        return (corpus.Files.Count, corpus.Bytes);
    });
}
