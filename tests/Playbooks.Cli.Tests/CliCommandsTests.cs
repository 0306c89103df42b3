using Playbooks.Cli.Tests.Support;

namespace Playbooks.Cli.Tests;

/// <summary>How the native front door routes a command line before anything is built (<see cref="CliCommands"/>).</summary>
public sealed class CliCommandsTests
{
    private static readonly CliEnvironment Quiet = new()
    {
        Out = TextWriter.Null, Error = TextWriter.Null, In = TextReader.Null, GetVariable = _ => null, CurrentDirectory = Path.GetTempPath(),
    };

    [Fact]
    public void The_names_it_routes_natively_are_exactly_the_native_commands_and_each_is_in_the_full_tree()
    {
        var native = CliCommands.Native().Select(create => create(Quiet).Name).ToHashSet();
        var all = CommandTree.Build().Subcommands.Select(c => c.Name).ToHashSet();

        Assert.Equal(native.Order(), CliCommands.NativeNames.Order());
        Assert.Subset(all, native);
    }

    [Theory]
    [InlineData(true, "search", "群里有人刷屏")]
    [InlineData(true, "show", "bot-flood", "--json")]
    [InlineData(true, "analyze", "直播间被封了")]
    [InlineData(true, "list", "--json")]
    [InlineData(true, "lint")]
    [InlineData(false)]
    [InlineData(false, "--help")]
    [InlineData(false, "serve")]
    [InlineData(false, "similar", "bot-flood")]
    [InlineData(false, "site", "--out", "search")]
    [InlineData(false, "--playbooks", "kb", "search", "刷屏")]
    [InlineData(false, "serch", "刷屏")]
    [InlineData(false, "SEARCH", "刷屏")]
    public void A_command_line_runs_natively_only_when_its_first_word_is_a_native_command(bool native, params string[] args)
    {
        Assert.Equal(native, CliCommands.RunsNatively(args));
    }
}
