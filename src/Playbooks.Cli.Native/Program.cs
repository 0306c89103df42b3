using Playbooks.Cli;
using Playbooks.Cli.Native;

// The native front door: `search`, `show`, `analyze`, `list` and `lint` run here, compiled ahead of time; every other command line is
// handed to the managed build beside this executable, which replaces this process (same pid, streams and exit code).
if (!CliCommands.RunsNatively(args))
    return ManagedHandOff.Exec(args);

StartupWarmup.Begin();
return await CliApp.RunAsync(args, CliEnvironment.FromProcess(), CliCommands.Native());
