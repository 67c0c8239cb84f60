namespace Corroborate.Storage.Tests;

/// <summary>What every backend must do alike: round trips, restarts, and several processes on one store.</summary>
public abstract partial class NewsroomTests
{
    /// <summary>Invented reports: the four samples, an unrelated one, and a run of near-identical ferry notices.</summary>
    private static List<Corroborate.Model.Document> Mixed() =>
    [
        .. StoreFixture.Samples(),
        StoreFixture.Text("library.txt", StoreFixture.Unrelated),
        .. Enumerable.Range(0, 6).Select(i => StoreFixture.Text($"ferry{i}.txt",
            $"The Eastfield ferry was delayed on Monday by {i + 3} hours after a storm, harbour master Ana Lund said. " +
            "Passengers waited in the terminal until the evening crossing, Lund told reporters.")),
    ];

    [Fact]
    public void IngestComposeSearch_RoundTrip_FindsTheStoryAgain()
    {
        using var f = NewStore();
        var room = f.Open();
        var report = room.Ingest([.. StoreFixture.Samples(), StoreFixture.Text("library.txt", StoreFixture.Unrelated)]);
        room.RefreshPending();

        var hit = Assert.Single(room.Search("Paolo Grieg reading room"));
        Assert.Equal(report.Items[4].Document, hit.Document);
        Assert.Equal(report.Items[4].Story, hit.Story);
        Assert.NotEqual(report.Items[0].Story, hit.Story);
        Assert.Contains("\u0002Grieg\u0003", hit.Snippet, StringComparison.Ordinal);
        Assert.Contains($"\"id\":\"{hit.Document}\"", room.StoryWithDocuments(hit.Story), StringComparison.Ordinal);
        Assert.Equal(2, room.Stories(new StoryQuery()).Total);
    }

    [Fact]
    public void Ingest_StoresAndFindsAVeryLongArticle_OfManyDistinctWords()
    {
        using var f = NewStore();
        var room = f.Open();
        // 52,000 distinct 21-letter words: 1.09 MB of distinct words, more than one PostgreSQL tsvector holds (1 MB).
        var words = Enumerable.Range(0, 52_000)
            .Select(i => string.Concat(Enumerable.Range(0, 6).Select(k => (char)('a' + (i / (int)Math.Pow(26, k)) % 26))) + "quaysidewarehouse");
        var text = "Harbour master Ana Lund said the quay reopened. " + string.Join(' ', words) + ".";

        var item = room.Ingest([StoreFixture.Text("long.txt", text)]).Items[0];

        Assert.Equal(IngestStatus.Added, item.Status);
        Assert.Equal(item.Document, Assert.Single(room.Search("quay reopened")).Document);
    }

    [Fact]
    public void TwoNewsrooms_IngestingInTurn_AssignStoriesAsOneDoes()
    {
        var docs = Mixed();
        using var single = NewStore();
        var alone = single.Open();
        var expected = docs.Select(d => alone.Ingest([d]).Items[0]).Select(i => (i.Story, i.CopyOf)).ToList();

        // Two newsrooms on one store stand for two processes: each must first learn what the other stored.
        using var shared = NewStore();
        var rooms = new[] { shared.Open(), shared.Open() };
        var actual = docs.Select((d, i) => rooms[i % 2].Ingest([d]).Items[0]).Select(i => (i.Story, i.CopyOf)).ToList();

        Assert.Equal(expected, actual);
        Assert.True(expected.Select(e => e.Story).Distinct().Count() >= 2, "the input should make more than one story");
        Assert.Equal(alone.Counts(), rooms[0].Counts());
    }

    [Fact]
    public void TwoNewsrooms_IngestingAtOnce_AssignStoriesAsOneDoesInTheirCommitOrder()
    {
        var docs = Mixed();
        using var shared = NewStore();
        var rooms = new[] { shared.Open(), shared.Open() };
        var items = new IngestItem[docs.Count];
        Parallel.For(0, 2, new ParallelOptions { MaxDegreeOfParallelism = 2 }, r =>
        {
            for (int i = r; i < docs.Count; i += 2) items[i] = rooms[r].Ingest([docs[i]]).Items[0];
        });

        // Which writer went first is up to the race; whatever the order, it must be as if one newsroom took them in it.
        var committed = shared.Store().Replay().Select(row => Array.FindIndex(items, it => it.Document == row.Id)).ToList();
        using var single = NewStore();
        var alone = single.Open();
        var expected = committed.Select(i => alone.Ingest([docs[i]]).Items[0]).Select(it => (it.Story, it.CopyOf)).ToList();

        Assert.Equal(docs.Count, committed.Distinct().Count());
        Assert.Equal(expected, committed.Select(i => (items[i].Story, items[i].CopyOf)).ToList());
    }

    [Fact]
    public void Reopen_KeepsEveryStory_WithItsMembersAndBrief()
    {
        using var f = NewStore();
        var room = f.Open();
        room.Ingest(Mixed());
        while (room.RefreshPending() > 0)
        {
        }

        var before = room.Stories(new StoryQuery { PageSize = 200 }).Items;
        var briefs = before.Select(s => room.StoryWithDocuments(s.Id)).ToList();

        var reopened = f.Open();
        Assert.Equal(before, reopened.Stories(new StoryQuery { PageSize = 200 }).Items);
        Assert.Equal(briefs, before.Select(s => reopened.StoryWithDocuments(s.Id)).ToList());
    }
}
