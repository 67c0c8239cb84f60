using Corroborate.Server;

// `corroborate serve` runs the same application; this entry point exists for `dotnet run` and the API tests.
return ServerApp.Run(args);

/// <summary>The entry point type WebApplicationFactory hooks into.</summary>
public partial class Program;
