using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Playbooks.Benchmarks.Bdn;

/// <summary>Indexing throughput: the benchmark's Size parameter divided by its mean time per operation.</summary>
internal sealed class PlaybooksPerSecondColumn : IColumn
{
    public string Id => nameof(PlaybooksPerSecondColumn);
    public string ColumnName => "Playbooks/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Playbooks indexed per second (Size / Mean)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean; // nanoseconds
        if (mean is not > 0 || benchmarkCase.Parameters["Size"] is not int size)
            return "-";
        return (size / (mean.Value / 1e9)).ToString("N0", CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
