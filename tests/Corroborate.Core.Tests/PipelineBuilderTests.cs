using Corroborate.Diagnostics;
using Corroborate.Model;
using Corroborate.Pipeline;

namespace Corroborate.Core.Tests;

public sealed class PipelineBuilderTests
{
    private sealed class FakeStage(string name, string[] requires, string[] produces, bool fail = false) : IAnnotator
    {
        public StageInfo Info { get; } = new(name, 1, [.. requires], [.. produces]);

        public Document Annotate(Document document, CancellationToken cancellationToken) =>
            fail ? throw new InvalidOperationException("boom") : document;
    }

    [Fact]
    public void Build_WhenRequirementUnmet_Throws()
    {
        var builder = new PipelineBuilder().Use(new FakeStage("quotes", [Layers.Entities], [Layers.Quotes]));
        var ex = Assert.Throws<InvalidOperationException>(() => builder.Build());
        Assert.Contains(Layers.Entities, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WhenStageFails_RecordsDiagnosticAndSkipsDependents()
    {
        var pipeline = new PipelineBuilder()
            .Use(new FakeStage("a", [], ["x"], fail: true))
            .Use(new FakeStage("b", ["x"], ["y"]))
            .Build();
        var doc = pipeline.Run(Document.FromText("d1", "t", "Some text."));
        Assert.Contains(doc.Diagnostics, d => d.Code == Codes.StageFailed);
        Assert.Contains(doc.Diagnostics, d => d.Code == Codes.StageSkipped);
        Assert.False(doc.Has("y"));
    }

    [Fact]
    public void Run_RecordsProducedLayers()
    {
        var pipeline = new PipelineBuilder().Use(new FakeStage("a", [], ["x"])).Build();
        Assert.True(pipeline.Run(Document.FromText("d1", "t", "Text.")).Has("x"));
    }
}
