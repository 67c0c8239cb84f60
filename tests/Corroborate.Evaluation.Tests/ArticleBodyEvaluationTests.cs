using System.IO.Compression;
using System.Text;
using Corroborate.Evaluation.Extraction;

namespace Corroborate.Evaluation.Tests;

public sealed class ArticleBodyEvaluationTests
{
    [Fact]
    public void Score_CountsSharedTokensAsBags_IgnoringCaseAndPunctuation()
    {
        var s = ArticleBodyEvaluation.Score("The dam opened. The dam, they said!", "the dam opened; water flowed");
        Assert.Equal(3, s.Shared);        // the, dam, opened (the second "the"/"dam" have no gold partner)
        Assert.Equal(7, s.Predicted);
        Assert.Equal(5, s.Gold);
        Assert.Equal(3.0 / 7, s.Precision, 6);
        Assert.Equal(3.0 / 5, s.Recall, 6);
    }

    [Fact]
    public void Score_IsPerfect_WhenBothAreEmpty()
    {
        Assert.Equal(1.0, ArticleBodyEvaluation.Score("", "").F1);
        Assert.Equal(0.0, ArticleBodyEvaluation.Score("menu", "").F1);
    }

    [Fact]
    public void Run_ReadsGroundTruthAndGzippedPages()
    {
        var dir = Directory.CreateTempSubdirectory("article-body-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(dir, "html"));
            const string body = "The river council approved the new flood barrier on Tuesday, ending a debate that lasted two years. Engineers say it will protect twelve thousand homes.";
            File.WriteAllText(Path.Combine(dir, "ground-truth.json"), "{\"p1\": {\"articleBody\": \"" + body + "\", \"url\": \"https://gazette.example/p1\"}}");
            var html = $"<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><p>{body}</p></article></body></html>";
            using (var gz = new GZipStream(File.Create(Path.Combine(dir, "html", "p1.html.gz")), CompressionLevel.Fastest))
            {
                gz.Write(Encoding.UTF8.GetBytes(html));
            }

            var report = ArticleBodyEvaluation.Run(dir);
            Assert.Equal(1.0, report["f1"], 3);
            Assert.Equal(1.0, report["f1_micro"], 3);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
