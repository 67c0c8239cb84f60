using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Corroborate.Server.Tests;

public sealed class ApiTests
{
    private const string Library =
        "The Eastfield public library reopened on Saturday after a two-year renovation, librarian Paolo Grieg said.\n\n" +
        "The new reading room seats 120 people, Grieg told visitors.";

    private static StringContent Text(string text, string type = "text/plain") => new(text, Encoding.UTF8, type);

    private static async Task<JsonElement> Json(HttpResponseMessage res) =>
        JsonDocument.Parse(await res.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;

    private static async Task<List<JsonElement>> PostSamples(HttpClient client)
    {
        var results = new List<JsonElement>();
        foreach (var file in ServerFixture.SampleFiles())
        {
            var res = await client.PostAsync("/api/documents?name=" + Path.GetFileName(file), Text(await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken)), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Created, res.StatusCode);
            results.Add(await Json(res));
        }

        return results;
    }

    [Fact]
    public async Task PostedReports_FormOneStory_ServedWithTheirDocuments()
    {
        using var server = new ServerFixture();
        var client = server.CreateClient();
        var posted = await PostSamples(client);
        var story = posted[0].GetProperty("items")[0].GetProperty("story").GetString()!;
        Assert.All(posted, p => Assert.Equal(story, p.GetProperty("items")[0].GetProperty("story").GetString()));

        var res = await client.GetAsync("/api/stories/" + story, TestContext.Current.CancellationToken);
        var body = await Json(res);
        Assert.Equal(HttpStatusCode.OK, res.StatusCode);
        Assert.Equal(4, body.GetProperty("documents").GetArrayLength());
        Assert.True(body.GetProperty("story").GetProperty("disagreements").GetArrayLength() > 0);
        // Each stored member says why it is in the story, the first one having started it.
        var assignments = body.GetProperty("story").GetProperty("assignments").EnumerateArray().ToList();
        Assert.Equal(4, assignments.Count);
        Assert.True(assignments[0].GetProperty("started").GetBoolean());
        Assert.All(assignments.Skip(1), a => Assert.False(a.GetProperty("started").GetBoolean()));

        var list = await Json(await client.GetAsync("/api/stories?disagreements=true", TestContext.Current.CancellationToken));
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        Assert.Equal(3, list.GetProperty("items")[0].GetProperty("independentSources").GetInt32());
    }

    [Fact]
    public async Task PostingTheSameArticleTwice_StoresItOnce()
    {
        using var server = new ServerFixture();
        var client = server.CreateClient();
        var first = await client.PostAsync("/api/documents", Text(Library), TestContext.Current.CancellationToken);
        var second = await client.PostAsync("/api/documents", Text(Library), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var item = (await Json(second)).GetProperty("items")[0];
        Assert.Equal("duplicate", item.GetProperty("status").GetString());
        Assert.Equal((await Json(first)).GetProperty("items")[0].GetProperty("document").GetString(), item.GetProperty("document").GetString());
    }

    [Fact]
    public async Task JsonObjects_AreIngested_AndDocumentsServedByTheirId()
    {
        using var server = new ServerFixture();
        var client = server.CreateClient();
        var res = await client.PostAsJsonAsync("/api/documents",
            new[] { new { title = "Library reopens", outlet = "Eastfield Echo", published = "2024-04-06", text = Library } },
            TestContext.Current.CancellationToken);
        var id = (await Json(res)).GetProperty("items")[0].GetProperty("document").GetString()!;

        var doc = await Json(await client.GetAsync("/api/documents/" + id, TestContext.Current.CancellationToken));
        Assert.Equal("Eastfield Echo", doc.GetProperty("outlet").GetString());
        Assert.Equal("2024-04-06", doc.GetProperty("published").GetProperty("value").GetString());
        Assert.Contains(doc.GetProperty("entities").EnumerateArray(), e => e.GetProperty("name").GetString() == "Paolo Grieg");
    }

    [Theory]
    [InlineData("", "text/plain", 400, "CB5002")]
    [InlineData("{not json", "application/json", 400, "CB5002")]
    [InlineData("[1, 2]", "application/json", 400, "CB5002")]
    public async Task BadBodies_GetProblemDetailsWithACode(string body, string type, int status, string code)
    {
        using var server = new ServerFixture();
        var res = await server.CreateClient().PostAsync("/api/documents", Text(body, type), TestContext.Current.CancellationToken);

        Assert.Equal(status, (int)res.StatusCode);
        Assert.Equal("application/problem+json", res.Content.Headers.ContentType?.MediaType);
        Assert.Equal(code, (await Json(res)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task BinaryInput_IsRejectedWithItsDiagnostic()
    {
        using var server = new ServerFixture();
        var bytes = new ByteArrayContent([0, 1, 2, 3, 0, 0, 255, 254, 0, 7, 0, 0, 9, 0]);
        bytes.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var res = await server.CreateClient().PostAsync("/api/documents", bytes, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, res.StatusCode);
        Assert.Equal("CB1002", (await Json(res)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task OversizedBody_IsRefused()
    {
        using var server = new ServerFixture();
        var big = new ByteArrayContent(new byte[(int)ServerSettings.MaxRequestBytes + 1]);
        big.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        var res = await server.CreateClient().PostAsync("/api/documents", big, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, res.StatusCode);
        Assert.Equal("CB5001", (await Json(res)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task UnknownStory_Is404Problem_WithoutInternals()
    {
        using var server = new ServerFixture();
        var res = await server.CreateClient().GetAsync("/api/stories/s999", TestContext.Current.CancellationToken);
        var text = await res.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, res.StatusCode);
        Assert.Contains("CB5004", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/stories?from=yesterday")]
    [InlineData("/api/stories?pageSize=0")]
    [InlineData("/api/search")]
    public async Task BadQueries_Are400(string url)
    {
        using var server = new ServerFixture();
        var res = await server.CreateClient().GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, res.StatusCode);
    }

    [Fact]
    public async Task Search_FindsStoredWords()
    {
        using var server = new ServerFixture();
        var client = server.CreateClient();
        await client.PostAsync("/api/documents", Text(Library), TestContext.Current.CancellationToken);

        var body = await Json(await client.GetAsync("/api/search?q=reading%20room", TestContext.Current.CancellationToken));
        var hit = Assert.Single(body.GetProperty("hits").EnumerateArray());
        Assert.Contains("reading", hit.GetProperty("snippet").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryResponse_CarriesAStrictContentSecurityPolicy()
    {
        using var server = new ServerFixture();
        var client = server.CreateClient();
        foreach (var url in new[] { "/", "/app.js", "/api/stories" })
        {
            var res = await client.GetAsync(url, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, res.StatusCode);
            var csp = string.Join(";", res.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
            Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
            Assert.Equal("nosniff", res.Headers.GetValues("X-Content-Type-Options").Single());
        }
    }

    [Fact]
    public async Task Writes_NeedTheApiKey_WhenOneIsSet()
    {
        using var server = new ServerFixture(apiKey: "s3cret-key");
        var client = server.CreateClient();
        var without = await client.PostAsync("/api/documents", Text(Library), TestContext.Current.CancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = Text(Library) };
        request.Headers.Add("X-Api-Key", "s3cret-key");
        var with = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, without.StatusCode);
        Assert.Equal("CB5003", (await Json(without)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Created, with.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/stories", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheEndpoints()
    {
        using var server = new ServerFixture();
        var doc = await Json(await server.CreateClient().GetAsync("/openapi/v1.json", TestContext.Current.CancellationToken));
        var paths = doc.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/stories/{id}", out _));
        Assert.True(paths.TryGetProperty("/api/documents", out _));
    }

    [Fact]
    public async Task Restart_KeepsEveryStory()
    {
        var folder = ServerFixture.NewFolder();
        string before;
        using (var first = new ServerFixture(folder: folder))
        {
            var client = first.CreateClient();
            await PostSamples(client);
            await client.PostAsync("/api/documents", Text(Library), TestContext.Current.CancellationToken);
            before = await client.GetStringAsync("/api/stories", TestContext.Current.CancellationToken);
        }

        using var second = new ServerFixture(folder: folder);
        var after = await Json(await second.CreateClient().GetAsync("/api/stories", TestContext.Current.CancellationToken));
        var ids = after.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("id").GetString()).Order().ToList();
        var old = JsonDocument.Parse(before).RootElement.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("id").GetString()).Order().ToList();
        Assert.Equal(2, ids.Count);
        Assert.Equal(old, ids);
        foreach (var id in ids)
        {
            Assert.Equal(HttpStatusCode.OK, (await second.CreateClient().GetAsync("/api/stories/" + id, TestContext.Current.CancellationToken)).StatusCode);
        }
    }
}
