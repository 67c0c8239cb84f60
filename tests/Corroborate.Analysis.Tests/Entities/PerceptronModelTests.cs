using Corroborate.Analysis.Entities.Tagging;

namespace Corroborate.Analysis.Tests.Entities;

public sealed class PerceptronModelTests
{
    // Weights exact in half precision, so a save/load round trip keeps them (largest |weight| 16).
    private static PerceptronModel Model()
    {
        var index = new Dictionary<ulong, int> { [11UL] = 0, [0xDEADBEEF_00000001UL] = 1, [42UL] = 2 };
        var weights = new float[3 * NerTags.Count];
        for (int t = 0; t < NerTags.Count; t++)
        {
            weights[t] = t * 0.5f;
            weights[NerTags.Count + t] = -t;
            weights[2 * NerTags.Count + t] = t == 16 ? 4f : 0.25f;
        }

        return new PerceptronModel(index, weights, new Dictionary<string, string>());
    }

    [Fact]
    public void Score_AddsEachKnownFeatureOnceAndIgnoresUnknown_WhenFeaturesRepeat()
    {
        var scores = new float[NerTags.Count];
        scores[3] = 1f;
        Model().Score([11UL, 7UL, 42UL, 11UL, 0xDEADBEEF_00000002UL], scores);
        for (int t = 0; t < NerTags.Count; t++)
        {
            float expected = (t == 3 ? 1f : 0f) + 2 * (t * 0.5f) + (t == 16 ? 4f : 0.25f);
            Assert.Equal(expected, scores[t], 1e-3f); // 16-bit fixed point: step 16 / 32767
        }
    }

    [Fact]
    public void Score_IsUnchanged_WhenModelIsSavedAndLoaded()
    {
        var model = Model();
        using var buffer = new MemoryStream();
        model.Save(buffer);
        buffer.Position = 0;
        var loaded = PerceptronModel.Load(buffer);
        ulong[] features = [0xDEADBEEF_00000001UL, 42UL, 11UL];
        var a = new float[NerTags.Count];
        var b = new float[NerTags.Count];
        model.Score(features, a);
        loaded.Score(features, b);
        Assert.Equal(a, b);
        Assert.Equal(3, loaded.FeatureCount);
    }
}
