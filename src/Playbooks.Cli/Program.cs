using Playbooks.Cli;

// Wiring only: everything lives in CliApp so tests can run commands in-process.
StartupWarmup.Begin();
return await CliApp.RunAsync(args, CliEnvironment.FromProcess());
