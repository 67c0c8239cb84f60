using System.Text;
using Corroborate.Analysis.Ingest;
using Corroborate.Model;
using Corroborate.Pipeline;
using Corroborate.Testing;

namespace Corroborate.Analysis.Tests.Robustness;

/// <summary>
/// Random and pathological text through the whole pipeline (Lucene's random-analyzer tests are the model):
/// no exception escapes, no stage fails, and every invariant holds on every output.
/// </summary>
public sealed class PipelineRobustnessTests
{
    private static readonly Pipeline.Pipeline Pipeline = new PipelineBuilder().UseDefaults().Build();

    private static readonly string[] Pieces =
    [
        "Putin", "said", "“", "”", "\"", "'", "’s", ",", ".", "...", "…", "over", "350", "1,600", "3.5", "$1.13bn", "%", "on Monday",
        "March 3", "2022-03-03", "According to", "the French president", "U.S.", "Mr.", "(", ")", "[", "]", "\n", "\n\n", "\r", "\t",
        "\u0000", "\u0007", "\ud800", "\udc00", "😀", "é", "ß", "Ж", "中文", "\u200b", "-", "—", "©", "2024", "Photo by A/Getty Images",
        "aaa-bbb-ccc-unsplash", "he", "told", "reporters", "that", "Governor", "Elena", "Vasquez", "12", "million", "killed", ":",
    ];

    private static string RandomText(Random rng)
    {
        int kind = rng.Next(10);
        return kind switch
        {
            0 => new string('"', rng.Next(1, 200)),
            1 => string.Concat(Enumerable.Range(0, rng.Next(1, 300)).Select(_ => (char)rng.Next('0', '9' + 1))),
            2 => string.Concat(Enumerable.Range(0, rng.Next(1, 200)).Select(_ => (char)rng.Next(0, 0x3000))),
            3 => string.Concat(Enumerable.Range(0, rng.Next(1, 100)).Select(_ => ".,;:!?()[]“”"[rng.Next(12)])),
            4 => new string('(', rng.Next(1, 500)) + new string(')', rng.Next(1, 500)),
            _ => string.Join(rng.Next(3) == 0 ? "" : " ", Enumerable.Range(0, rng.Next(1, 80)).Select(_ => Pieces[rng.Next(Pieces.Length)])),
        };
    }

    [Fact]
    public void TenThousandRandomTexts_KeepEveryInvariant()
    {
        var rng = new Random(20221);
        for (int i = 0; i < 10_000; i++)
        {
            string text = RandomText(rng);
            var doc = Pipeline.Run(Document.FromText("d1", "fuzz", text));
            Assert.DoesNotContain(doc.Diagnostics, d => d.Code == Diagnostics.Codes.StageFailed);
            DocumentAssert.WellFormed(doc);
        }
    }

    [Fact]
    public void OneMegabyteLine_IsAnalysed()
    {
        var line = string.Concat(Enumerable.Repeat("Officials said over 300 people were evacuated on Monday, ", 18_000));
        var doc = Pipeline.Run(Document.FromText("d1", "big", line));
        Assert.DoesNotContain(doc.Diagnostics, d => d.Code == Diagnostics.Codes.StageFailed);
        DocumentAssert.WellFormed(doc);
    }

    [Fact]
    public void RandomBytes_ThroughReaders_NeverThrow()
    {
        var rng = new Random(7);
        var dir = Path.Combine(Path.GetTempPath(), "corroborate-fuzz", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        for (int i = 0; i < 200; i++)
        {
            var bytes = new byte[rng.Next(0, 2000)];
            rng.NextBytes(bytes);
            if (i % 3 == 0) bytes = Encoding.UTF8.GetBytes(RandomText(rng));
            File.WriteAllBytes(Path.Combine(dir, $"{i:D4}.txt"), bytes);
        }

        foreach (var doc in InputCollector.Read([dir], InputCollector.DefaultReaders, () => Stream.Null))
        {
            DocumentAssert.WellFormed(Pipeline.Run(doc));
        }
    }
}
