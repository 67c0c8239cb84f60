using Corroborate.Analysis.Entities.Tagging;

namespace Corroborate.Analysis.Tests.Entities;

public sealed class PerceptronTrainerTests
{
    // A handful of invented sentences in IOB2, two to a document.
    private static readonly (string Text, string Tags)[][] Corpus =
    [
        [
            ("Marta Quell visited Dravonia on Monday .", "B-PER I-PER O B-LOC O O O"),
            ("Quell met officials of the Ostrel Bank .", "B-PER O O O O B-ORG I-ORG O"),
        ],
        [
            ("The Ostrel Bank said profits rose .", "O B-ORG I-ORG O O O O"),
            ("Analysts in Dravonia expected more .", "O O B-LOC O O O"),
        ],
        [
            ("Ivo Brandt left Koltava for Dravonia .", "B-PER I-PER O B-LOC O B-LOC O"),
            ("Brandt joined the Ostrel Bank in May .", "B-PER O O B-ORG I-ORG O O O"),
        ],
    ];

    private static List<PerceptronTrainer.TrainingDocument> Documents() =>
    [
        .. Corpus.Select(doc => new PerceptronTrainer.TrainingDocument(
            [.. doc.Select(s => ((IReadOnlyList<string>)s.Text.Split(' '), (IReadOnlyList<int>)NerTags.FromBio(s.Tags.Split(' '))))])),
    ];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Train_TagsItsTrainingSentences_WhenStructuredWithABeam(bool maxViolation)
    {
        var info = new Dictionary<string, string> { [NerTagger.BeamInfo] = "4" };
        var model = new PerceptronTrainer(beamWidth: 4, structured: true, maxViolation).Train(Documents(), epochs: 10, seed: 1, info);
        var tagger = new NerTagger(model);
        Assert.Equal(4, tagger.BeamWidth);
        foreach (var doc in Corpus)
        {
            var tags = tagger.TagDocument([.. doc.Select(s => (IReadOnlyList<string>)s.Text.Split(' '))]);
            for (int s = 0; s < doc.Length; s++) Assert.Equal(NerTags.FromBio(doc[s].Tags.Split(' ')), tags[s]);
        }
    }

    [Fact]
    public void BeamWidthOf_IsOne_WhenTheModelRecordsNoBeam()
    {
        var model = new PerceptronTrainer().Train(Documents(), epochs: 1, seed: 1, new Dictionary<string, string>());
        Assert.Equal(1, NerTagger.BeamWidthOf(model));
        Assert.Equal(1, new NerTagger(model).BeamWidth);
    }
}
