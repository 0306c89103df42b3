using Playbooks.Cli.Output.Layout;
using Playbooks.Core.Authoring;
using Spectre.Console;

namespace Playbooks.Cli.Output;

/// <summary>The review backlog: a table oldest first, or JSON for scripts and reminders.</summary>
internal static class StaleView
{
    public static void Write(CliEnvironment env, IReadOnlyList<StaleEntry> entries, int days, DateOnly today)
    {
        if (entries.Count == 0)
        {
            env.Console.WrappedLine(Markup.Escape($"没有超过 {days} 天未复核的预案。"));
            return;
        }
        var table = new ResponsiveTable()
            .AddColumn("id", ColumnRole.Whole).AddColumn("标题", ColumnRole.Wrapped).AddColumn("负责人", ColumnRole.Wrapped)
            .AddColumn("最后复核", ColumnRole.Whole).AddColumn("距今", ColumnRole.Whole, rightAligned: true);
        foreach (var entry in entries)
        {
            var p = entry.Playbook;
            table.AddRow(
                Markup.Escape(p.Id),
                Markup.Escape(p.Title) + (p.Draft ? " [yellow]（草稿）[/]" : ""),
                Markup.Escape(p.Owner),
                entry.LastReviewed is { } last ? $"{last:yyyy-MM-dd}{(p.Reviewed is null ? "（更新）" : "")}" : "[red]没有日期[/]",
                entry.AgeDays is { } age ? $"{age} 天" : "—");
        }
        env.Console.Write(table);
        env.Console.WrappedLine(Markup.Escape(
            $"共 {entries.Count} 个预案超过 {days} 天未复核，最久的在前。请负责人复核内容，确认仍然适用后在 front matter 写上 `reviewed: {today:yyyy-MM-dd}`。"));
    }

    public static void WriteJson(CliEnvironment env, IReadOnlyList<StaleEntry> entries, int days, DateOnly today) => JsonOutput.Write(env, new
    {
        days,
        today = today.ToString("yyyy-MM-dd"),
        count = entries.Count,
        playbooks = entries.Select(e => new
        {
            id = e.Playbook.Id,
            title = e.Playbook.Title,
            category = e.Playbook.Category,
            owner = e.Playbook.Owner,
            path = e.Playbook.Path,
            updated = e.Playbook.Updated?.ToString("yyyy-MM-dd"),
            reviewed = e.Playbook.Reviewed?.ToString("yyyy-MM-dd"),
            lastReviewed = e.LastReviewed?.ToString("yyyy-MM-dd"),
            ageDays = e.AgeDays,
            draft = e.Playbook.Draft,
        }),
    });
}
