using Corroborate.Evaluation.Clusters;

namespace Corroborate.Evaluation.Tests;

public sealed class ClustersFloorTests
{
    [Fact]
    public void EcbPlusBCubed_StaysAboveFloors()
    {
        var path = SharedData.Find("clustering", "ecbplus", "ecbplus_dev.jsonl");
        if (path is null) return;
        var report = ClusterEvaluation.Run("ECB+", path, ClusterEvaluation.ReadEcb(path), ct: TestContext.Current.CancellationToken);
        Assert.Empty(Floors.Breaches(report, "clusters", "ecb."));
    }

    [Fact]
    public void NewsWclBCubed_StaysAboveFloor()
    {
        var path = SharedData.Find("clustering", "newswcl50", "newswcl50_docs.jsonl");
        if (path is null) return;
        var report = ClusterEvaluation.Run("NewsWCL50", path, ClusterEvaluation.ReadNewsWcl(path), ct: TestContext.Current.CancellationToken);
        Assert.Empty(Floors.Breaches(report, "clusters", "newswcl."));
    }

    [Fact]
    public void AllSidesBCubed_StaysAboveFloor()
    {
        var path = SharedData.Find("mds", "neus", "allsides_crawled_headline_11_2021-10-19.jsonl");
        if (path is null) return;
        var report = ClusterEvaluation.RunAllSides(path, TestContext.Current.CancellationToken);
        Assert.Empty(Floors.Breaches(report, "clusters", "allsides."));
    }

    [Fact]
    public void ReadAllSides_StreamsEachOutletsReportOldestStoryFirst_DatedFromItsLink()
    {
        // Two invented stories in the crawl's shape, newest first as the crawl lists them; one report has no body.
        var path = Path.Combine(Path.GetTempPath(), $"allsides-{Guid.NewGuid():N}.jsonl");
        File.WriteAllLines(path,
        [
            """{"id": 12, "topic": "Transit", "date": "2023-05-09T10:00:00-07:00", "news": {"left": {"newsTitle": "Ferry fares frozen", "newsLink": "https://example.org/2023/05/08/ferry", "newBody": ["The harbour board froze ferry fares.", "Riders welcomed it."]}, "right": {"newsTitle": "Board freezes fares", "newsLink": "https://example.net/ferry-fares", "newBody": ["Fares stay at two crowns."]}, "center": {"newsTitle": "Empty", "newBody": []}}}""",
            """{"id": 11, "topic": "Weather", "date": "2023-05-02T09:00:00-07:00", "news": {"center": {"newsTitle": "Hail hits Dunmere", "newsLink": "https://example.com/hail", "newBody": ["Hail fell on Dunmere on Monday."]}}}""",
            "",
        ]);
        try
        {
            var docs = ClusterEvaluation.ReadAllSides(path);
            Assert.Equal(["11-center", "12-left", "12-right"], docs.Select(d => d.Id));
            Assert.Equal(["11", "12", "12"], docs.Select(d => d.Event));
            Assert.Equal(["Weather", "Transit", "Transit"], docs.Select(d => d.Topic));
            Assert.Equal([new DateOnly(2023, 5, 2), new DateOnly(2023, 5, 8), new DateOnly(2023, 5, 9)], docs.Select(d => d.Published));
            Assert.StartsWith("Ferry fares frozen\n\nThe harbour board froze ferry fares. Riders welcomed it.", docs[1].Text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void BCubed_IsPerfectForIdenticalClusteringsAndPenalisesMerges()
    {
        Assert.Equal(1.0, BCubed.Score([0, 0, 1], ["a", "a", "b"]).F1, 6);
        var (p, r, _) = BCubed.Score([0, 0, 0], ["a", "a", "b"]);
        Assert.True(p < 1 && r == 1);
    }

    [Fact]
    public void Confusions_ListSplitGoldGroupsAndMergedPredictions()
    {
        // Gold a is split over clusters 0 and 1; cluster 1 also holds gold b.
        var lines = ClusterEvaluation.Confusions("topic", [0, 0, 1, 1, 1], ["a", "a", "a", "b", "b"]).ToList();
        Assert.Equal(["split topic a: 2 in #0, 1 in #1", "merged #1 (topic): 2 of b, 1 of a"], lines);
        Assert.Empty(ClusterEvaluation.Confusions("event", [3, 3, 7], ["x", "x", "y"]));
    }
}
