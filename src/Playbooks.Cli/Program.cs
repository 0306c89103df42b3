using Playbooks.Cli;

// Wiring only: everything lives in CliApp so tests can run commands in-process.
return await CliApp.RunAsync(args, CliEnvironment.FromProcess());
