using Corroborate.Diagnostics;
using System.Text.Json;

namespace Corroborate.Storage.Tests;

/// <summary>The store's behaviour, run once per backend (the subclasses below).</summary>
public abstract partial class NewsroomTests
{
    /// <summary>A fresh, empty store of this backend.</summary>
    internal abstract StoreFixture NewStore();

    [Fact]
    public void Ingest_GroupsReportsOfOneEventIntoOneStory()
    {
        using var f = NewStore();
        var room = f.Open();
        var report = room.Ingest([.. StoreFixture.Samples(), StoreFixture.Text("library.txt", StoreFixture.Unrelated)]);

        Assert.Equal(5, report.Added);
        var sampleStories = report.Items.Take(4).Select(i => i.Story).Distinct().ToList();
        Assert.Single(sampleStories);
        Assert.NotEqual(sampleStories[0], report.Items[4].Story);
        Assert.Equal((5L, 2L), room.Counts());
    }

    [Fact]
    public void Ingest_IsIdempotent_WhenTheSameTextArrivesTwice()
    {
        using var f = NewStore();
        var room = f.Open();
        var first = room.Ingest([StoreFixture.Text("a.txt", StoreFixture.Unrelated)]);
        var again = room.Ingest([StoreFixture.Text("b.txt", StoreFixture.Unrelated), StoreFixture.Text("c.txt", StoreFixture.Unrelated)]);

        Assert.Equal(IngestStatus.Added, first.Items[0].Status);
        Assert.All(again.Items, i => Assert.Equal(IngestStatus.Duplicate, i.Status));
        Assert.All(again.Items, i => Assert.Equal(first.Items[0].Document, i.Document));
        Assert.Equal(1L, room.Counts().Documents);
    }

    [Fact]
    public void Ingest_ReportsRejectedInput_AndStoresTheRest()
    {
        using var f = NewStore();
        var room = f.Open();
        var empty = StoreFixture.Text("empty.txt", "").WithDiagnostic(Diagnostic.Error(Codes.EmptyInput, "empty"));
        var report = room.Ingest([empty, StoreFixture.Text("library.txt", StoreFixture.Unrelated)]);

        Assert.Equal(IngestStatus.Rejected, report.Items[0].Status);
        Assert.Equal(Codes.EmptyInput, report.Items[0].Diagnostics[0].Code);
        Assert.Equal(IngestStatus.Added, report.Items[1].Status);
        Assert.Equal(1L, room.Counts().Documents);
    }

    [Fact]
    public void Reopen_KeepsStories_AndLaterReportsJoinThem()
    {
        using var f = NewStore();
        var samples = StoreFixture.Samples();
        string story;
        {
            var room = f.Open();
            story = room.Ingest(samples.Take(2)).Items[0].Story!;
            room.RefreshPending();
        }

        var reopened = f.Open();
        Assert.Equal((2L, 1L), reopened.Counts());
        Assert.NotNull(reopened.StoryWithDocuments(story));
        var later = reopened.Ingest(samples.Skip(2));
        Assert.All(later.Items, i => Assert.Equal(story, i.Story));
    }

    [Fact]
    public void StoryWithDocuments_ComposesTheBrief_AndListsEveryMember()
    {
        using var f = NewStore();
        var room = f.Open();
        var story = room.Ingest(StoreFixture.Samples()).Items[0].Story!;

        using var json = JsonDocument.Parse(room.StoryWithDocuments(story)!);
        var root = json.RootElement;
        Assert.Equal("corroborate/1", root.GetProperty("schema").GetString());
        Assert.Equal(story, root.GetProperty("story").GetProperty("id").GetString());
        Assert.Equal(4, root.GetProperty("documents").GetArrayLength());
        Assert.True(root.GetProperty("story").GetProperty("summary").GetArrayLength() > 0);
        Assert.False(room.Stories(new StoryQuery()).Items.Single().Pending);
    }

    [Fact]
    public void Stories_FilterByDisagreementAndEntity()
    {
        using var f = NewStore();
        var room = f.Open();
        room.Ingest([.. StoreFixture.Samples(), StoreFixture.Text("library.txt", StoreFixture.Unrelated)]);
        Assert.True(room.RefreshPending() >= 2);

        var disputed = room.Stories(new StoryQuery { HasDisagreements = true });
        var calm = room.Stories(new StoryQuery { HasDisagreements = false });
        Assert.Equal(4, disputed.Items.Single().Documents);
        Assert.Equal(1, calm.Items.Single().Documents);
        Assert.Equal(1, room.Stories(new StoryQuery { Entity = "paolo grieg" }).Total);
        Assert.Equal(0, room.Stories(new StoryQuery { Entity = "Nobody Atall" }).Total);
    }

    [Fact]
    public void Search_FindsWords_AndTreatsQuerySyntaxAsPlainText()
    {
        using var f = NewStore();
        var room = f.Open();
        var id = room.Ingest([StoreFixture.Text("library.txt", StoreFixture.Unrelated)]).Items[0].Document;

        var hits = room.Search("reading room");
        Assert.Equal(id, Assert.Single(hits).Document);
        Assert.Contains("\u0002reading\u0003", hits[0].Snippet, StringComparison.Ordinal);
        Assert.Empty(room.Search("\"unbalanced NEAR( OR AND"));
        Assert.Empty(room.Search("   "));
    }

    [Fact]
    public void ConcurrentIngests_AreEachStoredOnce_AndAcknowledgedWithTheirOwnItems()
    {
        using var f = NewStore();
        var room = f.Open();
        var texts = Enumerable.Range(0, 24)
            .Select(i => $"The Eastfield ferry {i} was delayed on Monday by {i + 3} hours, harbour master Ana Lund said.").ToList();
        // Every text is sent twice, from different threads at once: one copy is added, the other is a duplicate.
        var reports = Enumerable.Range(0, 48).AsParallel().WithDegreeOfParallelism(8)
            .Select(i => (Text: texts[i % 24], Report: room.Ingest([StoreFixture.Text($"t{i}.txt", texts[i % 24])])))
            .ToList();

        Assert.All(reports, r => Assert.Equal($"t{reports.IndexOf(r)}.txt", r.Report.Items.Single().Source));
        foreach (var group in reports.GroupBy(r => r.Text))
        {
            var statuses = group.Select(r => r.Report.Items[0].Status).Order().ToList();
            Assert.Equal([IngestStatus.Added, IngestStatus.Duplicate], statuses);
            Assert.Single(group.Select(r => r.Report.Items[0].Document).Distinct());
        }

        Assert.Equal(24L, room.Counts().Documents);
    }
}
