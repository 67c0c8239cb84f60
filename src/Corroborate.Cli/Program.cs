using Corroborate.Cli;

return CliApp.Run(args, Console.Out, Console.Error);
