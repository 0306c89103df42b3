using System.CommandLine;
using Playbooks.Cli.Output;
using Playbooks.Core;
using Playbooks.Core.Json;

namespace Playbooks.Cli.Commands;

/// <summary><c>playbooks show &lt;id&gt;</c>: one playbook, sections as panels.</summary>
internal static class ShowCommand
{
    public static Command Create(CliEnvironment env)
    {
        var id = new Argument<string>("id") { Description = "预案 id，例如 bot-flood" }.RejectingOptions();
        var json = CliOptions.Json();
        var command = new Command("show", "在终端里显示一个预案") { id, json };
        command.SetAction(parse =>
        {
            var loaded = KnowledgeBaseSession.Load(parse, env);
            var wanted = parse.GetValue(id)!.Trim();
            var playbook = loaded.Valid.FirstOrDefault(p => p.Id == wanted)
                ?? throw UnknownId(wanted, loaded.Valid.Select(p => p.Id));

            if (parse.GetValue(json))
                JsonOutput.Write(env, PlaybookDocument.From(playbook, includeMarkdown: true));
            else
                PlaybookView.Write(env.Console, playbook);
            return CliApp.ExitOk;
        });
        return command;
    }

    public static PlaybooksException UnknownId(string wanted, IEnumerable<string> known)
    {
        var closest = known
            .Select(k => (Id: k, Distance: Text.EditDistance(k, wanted) - (k.Contains(wanted, StringComparison.Ordinal) ? 3 : 0)))
            .OrderBy(x => x.Distance).ThenBy(x => x.Id, StringComparer.Ordinal)
            .Take(3).Select(x => x.Id).ToList();
        var remedy = closest.Count > 0
            ? $"最接近的 id：{string.Join("、", closest)}。用 `playbooks list` 查看全部，或用 `playbooks search \"描述\"` 按情况查找"
            : "知识库里还没有预案；用 `playbooks new` 新建一个";
        return new PlaybooksException($"找不到 id 为“{wanted}”的预案", remedy, null, "unknown-id");
    }
}
