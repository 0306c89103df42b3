using BenchmarkDotNet.Running;
using Playbooks.Benchmarks.Modes;
using Playbooks.Benchmarks.Quality;

// `<mode> --help` prints the mode's usage; a wrong option (ModeOptions.UsageException) prints it after the reason.
if (args is [var asked, .. var given] && ModeUsage.Of(asked) is { } usage && given.Any(ModeUsage.IsHelp))
{
    Console.WriteLine(usage);
    return 0;
}

try
{
    return await RunMode(args);
}
catch (ModeOptions.UsageException ex) when (args is [var mode, ..] && ModeUsage.Of(mode) is { } line)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine(line);
    return 2;
}

// Modes that BenchmarkDotNet does not cover; anything else goes to BenchmarkSwitcher (e.g. --filter '*Query*').
static async Task<int> RunMode(string[] args) => args switch
{
    ["quick", .. var rest] => QuickMode.Run(rest),
    ["cli-startup", .. var rest] => CliStartupMode.Run(rest),
    ["startup-phases", .. var rest] => StartupPhasesMode.Run(rest),
    ["open-phases", .. var rest] => OpenPhasesMode.Run(rest),
    ["generate", var size, .. var rest] => GenerateMode.Run(size, rest),
    ["site", .. var rest] => SiteMode.Run(rest),
    ["site-transfer", .. var rest] => SiteTransfer.Run(rest),
    ["quality", .. var rest] => QualityMode.Run(rest),
    ["parse-scaling", .. var rest] => ParseScalingMode.Run(rest),
    ["index-phases", .. var rest] => IndexPhasesMode.Run(rest),
    ["learning-sample", .. var rest] => LearningSampleMode.Run(rest),
    ["serve-load", .. var rest] => await ServeLoadMode.Run(rest),
    ["live-reload", .. var rest] => await LiveReloadMode.Run(rest),
    _ => Run(args),
};

static int Run(string[] args)
{
    var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    return summaries.Any(s => s.HasCriticalValidationErrors) ? 1 : 0;
}
