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
