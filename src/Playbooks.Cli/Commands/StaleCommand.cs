using System.CommandLine;
using Playbooks.Cli.Help;
using Playbooks.Cli.Output;
using Playbooks.Core.Authoring;
using Playbooks.Core;

namespace Playbooks.Cli.Commands;

/// <summary><c>playbooks stale [--days 180]</c>: playbooks not reviewed (or else updated) within the limit, oldest first.</summary>
internal static class StaleCommand
{
    /// <summary>A hundred years: anything above is a typo, not a review policy.</summary>
    private const int MaxDays = 36500;

    public static Command Create(CliEnvironment env)
    {
        var days = new Option<int>("--days") { Description = "超过多少天没有复核算过期", DefaultValueFactory = _ => StaleReport.DefaultDays, HelpName = "N" };
        var json = CliOptions.Json();
        var command = new Command("stale", "列出太久没有复核的预案（按 reviewed，没有则按 updated），最久的在前") { days, json };
        command.WithExamples(
            new HelpExample("playbooks stale"),
            new HelpExample("playbooks stale --days 90 --json"));
        command.SetAction(parse =>
        {
            var limit = parse.GetValue(days);
            if (limit is < 1 or > MaxDays)
                throw new PlaybooksException($"--days 应为 1 到 {MaxDays} 之间的天数，实际是 {limit}", "例如 --days 90 表示三个月", "--days", ErrorKind.BadValue);

            var loaded = KnowledgeBaseSession.Load(parse, env);
            var today = DateOnly.FromDateTime(env.Clock.GetLocalNow().DateTime);
            var entries = StaleReport.Find(loaded.Valid, today, limit);
            if (parse.GetValue(json))
                StaleView.WriteJson(env, entries, limit, today);
            else
                StaleView.Write(env, entries, limit, today);
            return CliApp.ExitOk;
        });
        return command;
    }
}
