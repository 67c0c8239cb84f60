using System.Text.Json.Serialization;
using Corroborate.Queue;
using Corroborate.Server.Api;
using Corroborate.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Corroborate.Server;

/// <summary>The HTTP host: the API, the web UI and the background story refresher over one <see cref="Newsroom"/>.</summary>
public static class ServerApp
{
    /// <summary>
    /// Builds and runs the server until it is stopped; 2 when it refuses to start, 3 when its store cannot be opened
    /// (one line on standard error says why).
    /// </summary>
    public static int Run(string[] args)
    {
        WebApplication app;
        try
        {
            app = Build(args);
        }
        catch (UnsafeListenException ex)
        {
            Console.Error.WriteLine($"corroborate serve: {Diagnostics.Codes.UnsafeListen} {ex.Message}");
            return 2;
        }
        catch (StoreUnavailableException ex)
        {
            Console.Error.WriteLine($"corroborate serve: {Diagnostics.Codes.StoreUnavailable} {ex.Message}");
            return 3;
        }
        catch (BrokerUnavailableException ex)
        {
            // Exit 3 as for the store: a service the server needs is not there (the command line was fine).
            Console.Error.WriteLine($"corroborate serve: {ex.Code} {ex.Message}");
            return 3;
        }

        var urls = app.Configuration["urls"] ?? ServerSettings.DefaultUrl;
        Console.Error.WriteLine($"corroborate: serving {urls} from {app.Services.GetRequiredService<Newsroom>().DatabasePath} (Ctrl+C to stop)");
        app.Run();
        return 0;
    }

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        if (string.IsNullOrEmpty(builder.Configuration["urls"])) builder.WebHost.UseUrls(ServerSettings.DefaultUrl);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = ServerSettings.MaxRequestBytes;
            k.AddServerHeader = false;
        });

        // One log line per request costs more than serving a stored story; request logs are opt-in (Logging:LogLevel).
        if (builder.Configuration["Logging:LogLevel:Microsoft.AspNetCore"] is null)
        {
            builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        }

        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            // Whatever failed, a client sees a code and a sentence, never an exception or a stack trace.
            c.ProblemDetails.Extensions.Remove("exception");
            c.ProblemDetails.Extensions.TryAdd("code", c.ProblemDetails.Status >= 500 ? Diagnostics.Codes.ServerError : Diagnostics.Codes.BadRequest);
        });
        builder.Services.AddOpenApi();
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        builder.Services.AddSingleton(sp => ServerSettings.From(sp.GetRequiredService<IConfiguration>()));
        builder.Services.AddSingleton(sp =>
        {
            var s = sp.GetRequiredService<ServerSettings>();
            return Newsroom.Open(new NewsroomOptions { DataFolder = s.DataFolder, Postgres = s.Postgres });
        });
        builder.Services.AddSingleton<StoryRefresher>();
        builder.Services.AddSingleton(sp => sp.GetRequiredService<ServerSettings>() is { Broker: { } url } s
            ? new QueuedIngest(IngestPublisher.ConnectAsync(new BrokerOptions { Url = url, Queue = s.BrokerQueue }).GetAwaiter().GetResult())
            : new QueuedIngest(null));
        builder.Services.AddHostedService(sp => sp.GetRequiredService<StoryRefresher>());

        var app = builder.Build();
        var settings = app.Services.GetRequiredService<ServerSettings>();
        var urls = (builder.Configuration["urls"] ?? ServerSettings.DefaultUrl).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (ServerSettings.FirstNonLoopback(urls) is { } open && settings.ApiKey is null)
        {
            throw new UnsafeListenException(
                $"{open} listens beyond this machine; set an API key (--api-key or CORROBORATE_API_KEY) so that writes need it.");
        }

        app.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = _ => StatusCodes.Status500InternalServerError });
        app.UseStatusCodePages();
        app.Use(SecurityHeaders.Apply);
        app.MapOpenApi();
        ReadApi.Map(app);
        WriteApi.Map(app);
        UiAssets.Map(app);

        // Open the store and reach the broker now, so a bad data folder or broker fails at start-up, not on the first request.
        _ = app.Services.GetRequiredService<Newsroom>();
        _ = app.Services.GetRequiredService<QueuedIngest>();
        return app;
    }
}

/// <summary>The server was asked to listen beyond loopback without an API key.</summary>
public sealed class UnsafeListenException(string message) : Exception(message);
