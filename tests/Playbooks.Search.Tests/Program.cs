using Playbooks.Search.Tests.Storage;

namespace Playbooks.Search.Tests;

/// <summary>
/// The test assembly's entry point: what xunit would generate (its console runner, or the testing-platform server
/// when asked for), plus one mode of our own, <c>--index-child &lt;knowledge base&gt; &lt;index file&gt;</c>, which
/// indexes a knowledge base in a process of its own so that <see cref="InterruptedIndexingTests"/> can kill it
/// half-way through the write.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args is [InterruptedIndexingTests.ChildFlag, var knowledgeBase, var indexPath])
            return InterruptedIndexingTests.RunChild(knowledgeBase, indexPath);
        if (args.Any(arg => arg is "--server" or "--internal-msbuild-node"))
            return Xunit.MicrosoftTestingPlatform.TestPlatformTestFramework.RunAsync(args, SelfRegisteredExtensions.AddSelfRegisteredExtensions).GetAwaiter().GetResult();
        return Xunit.Runner.InProc.SystemConsole.ConsoleRunner.Run(args).GetAwaiter().GetResult();
    }
}
