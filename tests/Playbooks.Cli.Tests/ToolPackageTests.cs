using System.Diagnostics;
using System.Text.Json;
using Playbooks.Cli.Tests.Support;

namespace Playbooks.Cli.Tests;

/// <summary>
/// The `dotnet tool` package as MSBuild evaluates it (no pack: that would build everything again): a version that
/// differs from build to build unless a release sets one, the README it ships, and the ReadyToRun platform packages
/// that `dotnet tool install` picks, the linux-x64 one running the native front door (`_IsPacking` is what `dotnet pack`
/// sets; `RuntimeIdentifier` what its inner packs get).
/// </summary>
public sealed class ToolPackageTests
{
    private static readonly string Project = Path.Combine(RepositoryPaths.Root, "src", "Playbooks.Cli", "Playbooks.Cli.csproj");

    /// <summary>The evaluated value of each property, from `dotnet msbuild -getProperty` (evaluation only, about a second).</summary>
    private static async Task<Dictionary<string, string>> Evaluate(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (string[])["msbuild", Project, "-getProperty:PackageVersion", "-getProperty:Version", "-getProperty:PackageReadmeFile",
                     "-getProperty:ToolPackageRuntimeIdentifiers", "-getProperty:RuntimeIdentifiers",
                     "-getProperty:PublishReadyToRun", "-getProperty:SelfContained", "-getProperty:ToolCommandRunner", "-getProperty:ToolEntryPoint",
                     .. arguments])
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, output + await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken));
        using var json = JsonDocument.Parse(output);
        return json.RootElement.GetProperty("Properties").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
    }

    [Fact]
    public async Task Each_pack_gets_a_higher_stable_version_so_an_update_installs_the_new_build()
    {
        var properties = await Evaluate();

        var version = properties["PackageVersion"];
        Assert.Matches(@"^\d+\.\d+\.\d+\.\d+$", version);
        Assert.StartsWith(properties["Version"] + ".", version);
        // Evaluated a moment ago: the minutes since 2026-01-01 then (an hour's slack for a slow, loaded machine).
        var minutes = (long)(DateTime.UtcNow - new DateTime(2026, 1, 1)).TotalMinutes;
        Assert.InRange(long.Parse(version.Split('.')[3]), minutes - 60, minutes);
    }

    [Fact]
    public async Task A_release_sets_its_own_version()
    {
        var properties = await Evaluate("-p:PackageVersion=1.2.0");

        Assert.Equal("1.2.0", properties["PackageVersion"]);
    }

    [Fact]
    public async Task Ships_a_readme_that_explains_install_update_and_PLAYBOOKS_DIR()
    {
        var readme = (await Evaluate())["PackageReadmeFile"];

        var text = File.ReadAllText(Path.Combine(Path.GetDirectoryName(Project)!, readme));
        Assert.Contains("dotnet tool install --global Playbooks.Cli", text);
        Assert.Contains("dotnet tool update", text);
        Assert.Contains("PLAYBOOKS_DIR", text);
    }

    [Fact]
    public async Task Packs_a_package_per_main_platform_and_a_portable_fallback()
    {
        var properties = await Evaluate("-p:_IsPacking=true");

        Assert.Equal(["linux-x64", "linux-arm64", "osx-arm64", "win-x64", "any"], properties["ToolPackageRuntimeIdentifiers"].Split(';'));
        Assert.Equal(properties["ToolPackageRuntimeIdentifiers"], properties["RuntimeIdentifiers"]);
    }

    [Theory]
    [InlineData("linux-x64", "true")]
    [InlineData("win-x64", "true")]
    [InlineData("any", "false")]
    public async Task Platform_packages_are_ReadyToRun_and_framework_dependent_the_portable_one_is_not(string rid, string readyToRun)
    {
        var properties = await Evaluate("-p:_IsPacking=true", $"-p:RuntimeIdentifier={rid}");

        Assert.Equal(readyToRun, properties["PublishReadyToRun"]);
        Assert.Equal("false", properties["SelfContained"]);
    }

    [Theory]
    [InlineData("linux-x64")]
    [InlineData("win-x64")]
    [InlineData("any")]
    public async Task Only_the_linux_x64_package_packed_on_linux_x64_runs_the_native_front_door(string rid)
    {
        var nativeHere = rid == "linux-x64" && System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier == "linux-x64";

        var properties = await Evaluate("-p:_IsPacking=true", $"-p:RuntimeIdentifier={rid}");

        // The SDK fills in "dotnet" and playbooks.dll later, in a target, when the project leaves them empty.
        Assert.Equal(nativeHere ? "executable" : "", properties["ToolCommandRunner"]);
        Assert.Equal(nativeHere ? "playbooks" : "", properties["ToolEntryPoint"]);
    }

    [Fact]
    public async Task A_pack_without_clang_can_keep_linux_x64_ReadyToRun_only()
    {
        var properties = await Evaluate("-p:_IsPacking=true", "-p:RuntimeIdentifier=linux-x64", "-p:PlaybooksNativeFrontDoor=false");

        Assert.Equal("", properties["ToolCommandRunner"]);
        Assert.Equal("true", properties["PublishReadyToRun"]);
    }

    [Fact]
    public async Task Platform_packages_take_the_version_the_tool_package_chose()
    {
        // The tool package names its platform packages by id at its own version; the inner packs run minutes later.
        var file = Path.Combine(Path.GetTempPath(), $"playbooks-tool-version-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(file, "0.1.0.123456\n", TestContext.Current.CancellationToken);
        try
        {
            var properties = await Evaluate("-p:_IsPacking=true", "-p:RuntimeIdentifier=linux-x64", $"-p:ToolPackageVersionFile={file}");

            Assert.Equal("0.1.0.123456", properties["PackageVersion"]);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Builds_and_tests_restore_no_platform_runtime_packs()
    {
        var properties = await Evaluate();

        Assert.Equal("", properties["RuntimeIdentifiers"]);
        Assert.Equal("", properties["PublishReadyToRun"]);
    }
}
