using Playbooks.Cli;

namespace Playbooks.Server.Tests.Support;

/// <summary>What <c>playbooks search --json</c> prints, run in-process: the document the API must reproduce.</summary>
internal static class CliSearch
{
    public static async Task<string> JsonAsync(string query, string knowledgeBase)
    {
        var output = new StringWriter();
        var exit = await CliApp.RunAsync(["search", query, "--json", "--playbooks", knowledgeBase], new CliEnvironment
        {
            Out = output,
            Error = new StringWriter(),
            In = new StringReader(""),
            GetVariable = _ => null,
            CurrentDirectory = Path.GetTempPath(),
        });
        Assert.Equal(0, exit);
        return output.ToString();
    }
}
