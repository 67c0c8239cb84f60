namespace Corroborate.Storage.Tests;

public sealed class PostgresStoreTests
{
    [Fact]
    public void Open_FailsWithOneLineWithoutThePassword_WhenTheServerIsUnreachable()
    {
        // Port 1 on loopback: nothing listens there, so the connection is refused at once.
        var ex = Assert.Throws<StoreUnavailableException>(() =>
            Newsroom.Open(new NewsroomOptions { Postgres = "Host=127.0.0.1;Port=1;Username=news;Password=hunter2-secret;Timeout=3" }));

        Assert.Contains("postgresql://news@127.0.0.1:1/", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2-secret", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public void Open_FailsClearly_WhenTheConnectionStringIsMalformed()
    {
        var ex = Assert.Throws<StoreUnavailableException>(() => Newsroom.Open(new NewsroomOptions { Postgres = "Hots=db;Password=hunter2-secret" }));

        Assert.Contains("malformed", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2-secret", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StoriesAndBriefs_MatchTheSqliteStore_ForTheSameInput()
    {
        using var pg = StoreFixture.Postgres();
        using var lite = StoreFixture.Sqlite();
        var rooms = new[] { pg.Open(), lite.Open() };
        var inputs = new[] { StoreFixture.Samples(), [StoreFixture.Text("library.txt", StoreFixture.Unrelated)] };
        foreach (var room in rooms)
        {
            foreach (var batch in inputs) room.Ingest(batch);
            while (room.RefreshPending() > 0)
            {
            }
        }

        // Times of update differ between the runs; everything else of a listing must not.
        var lists = rooms.Select(r => r.Stories(new StoryQuery()).Items.Select(s => s with { Updated = default }).ToList()).ToList();
        Assert.Equal(lists[1], lists[0]);
        Assert.Equal(2, lists[0].Count);
        foreach (var s in lists[0]) Assert.Equal(rooms[1].StoryWithDocuments(s.Id), rooms[0].StoryWithDocuments(s.Id));
        var hits = rooms.Select(r => r.Search("said").Select(h => h.Document).Order(StringComparer.Ordinal).ToList()).ToList();
        Assert.Equal(hits[1], hits[0]);
        Assert.Equal(5, hits[0].Count);
    }
}
