using BenchmarkDotNet.Running;
using Playbooks.Benchmarks.Modes;
using Playbooks.Benchmarks.Quality;

// Modes that BenchmarkDotNet does not cover; anything else goes to BenchmarkSwitcher (e.g. --filter '*Query*').
return args switch
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
