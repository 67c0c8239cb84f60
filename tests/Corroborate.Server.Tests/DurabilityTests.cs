using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Corroborate.Server.Tests;

/// <summary>
/// The server as a real process, killed (SIGKILL) in the middle of a bulk ingest: every ingest it acknowledged
/// must be there after a restart, and the store must be consistent.
/// </summary>
public sealed class DurabilityTests
{
    private static readonly string[] Towns = ["Eastfield", "Marlow", "Kestrel Bay", "Northgate", "Ashby", "Velden", "Harrow Point", "Lindqvist"];
    private static readonly string[] Events = ["a warehouse fire", "a bridge closure", "a water main burst", "a school strike", "a ferry delay", "a power cut"];

    /// <summary>Invented short reports, distinct by construction (each names its own number and official).</summary>
    private static string Report(int i)
    {
        var town = Towns[i % Towns.Length];
        var ev = Events[i / Towns.Length % Events.Length];
        return $"Officials in {town} said on Monday that {ev} had affected {100 + i} households, the town's mayor Jo Reyes-{i} said.\n\n" +
               $"\"We expect things to be back to normal within {2 + i % 5} days,\" Reyes-{i} told reporters in {town}.";
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    private static Process Start(string folder, int port)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "corroborate-server.dll");
        var psi = new ProcessStartInfo("dotnet", [dll, "--urls", $"http://127.0.0.1:{port}", "--Corroborate:Data=" + folder])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var p = Process.Start(psi)!;
        p.OutputDataReceived += (_, _) => { };
        p.ErrorDataReceived += (_, _) => { };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        return p;
    }

    private static async Task WaitUntilUp(HttpClient http, CancellationToken ct)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < until)
        {
            try
            {
                if ((await http.GetAsync("/api/status", ct)).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(200, ct);
        }

        Assert.Fail("The server did not start within 60 s.");
    }

    [Fact]
    public async Task KillDuringBulkIngest_LosesNothingAcknowledged()
    {
        var ct = TestContext.Current.CancellationToken;
        var folder = ServerFixture.NewFolder();
        int port = FreePort();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
        var acknowledged = new List<string>();
        using (var server = Start(folder, port))
        {
            await WaitUntilUp(http, ct);
            var posting = Task.Run(async () =>
            {
                for (int batch = 0; batch < 1000; batch++)
                {
                    var lines = new StringBuilder();
                    for (int k = 0; k < 8; k++) lines.Append(JsonSerializer.Serialize(new { text = Report(batch * 8 + k) })).Append('\n');
                    try
                    {
                        using var content = new StringContent(lines.ToString(), Encoding.UTF8, "application/x-ndjson");
                        var res = await http.PostAsync("/api/documents", content, ct);
                        if (res.StatusCode != HttpStatusCode.Created) return;
                        using var body = JsonDocument.Parse(await res.Content.ReadAsStringAsync(ct));
                        lock (acknowledged)
                        {
                            acknowledged.AddRange(body.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("document").GetString()!));
                        }
                    }
                    catch (HttpRequestException)
                    {
                        return; // the server is gone: this batch was never acknowledged
                    }
                }
            }, ct);

            while (true)
            {
                lock (acknowledged)
                {
                    if (acknowledged.Count >= 40) break;
                }

                await Task.Delay(20, ct);
            }

            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync(ct);
            await posting;
        }

        Assert.True(acknowledged.Count >= 40);
        using (var restarted = Start(folder, port))
        {
            await WaitUntilUp(http, ct);
            foreach (var id in acknowledged)
            {
                Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/documents/" + id, ct)).StatusCode);
            }

            using var status = JsonDocument.Parse(await http.GetStringAsync("/api/status", ct));
            using var stories = JsonDocument.Parse(await http.GetStringAsync("/api/stories?pageSize=200", ct));
            int members = stories.RootElement.GetProperty("items").EnumerateArray().Sum(s => s.GetProperty("documents").GetInt32());
            Assert.Equal(status.RootElement.GetProperty("documents").GetInt64(), members);
            Assert.True(status.RootElement.GetProperty("documents").GetInt64() >= acknowledged.Count);
            restarted.Kill(entireProcessTree: true);
            await restarted.WaitForExitAsync(ct);
        }

        using var db = new SqliteConnection($"Data Source={Path.Combine(folder, "corroborate.db")}");
        db.Open();
        using var check = db.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        Assert.Equal("ok", check.ExecuteScalar() as string);
    }
}
