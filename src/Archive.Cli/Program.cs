using Archive.Cli;

return await CliApplication.RunAsync(args, Console.Out, Console.Error, interactive: !Console.IsOutputRedirected, CancellationToken.None);
