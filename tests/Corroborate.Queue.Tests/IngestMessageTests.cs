using System.Collections.Immutable;
using System.Text;
using Corroborate.Analysis.Ingest;
using Corroborate.Diagnostics;
using Corroborate.Model;
using Corroborate.Storage;
using Corroborate.Text;

namespace Corroborate.Queue.Tests;

public sealed class IngestMessageTests
{
    private static Document Input() => Document.FromText("d1", "feeds/harbour.xml#3", "The ferry to Kestrel Bay was delayed by four hours on Monday, the operator said.",
        new SourceMetadata
        {
            Title = "Ferry delayed",
            Outlet = "Harbour Courier",
            Url = "https://example.org/ferry",
            Authors = ["Ana Pike", "Jo Reyes"],
            Published = new PublishedDate(new DateValue(2025, 10, 15), DateMethod.Metadata, "feed:pubDate"),
            Signals = ImmutableSortedDictionary<string, string>.Empty.Add("outlet", "feed-title"),
        }) with
    {
        Diagnostics = [Diagnostic.Warning(Codes.CharsetGuessed, "The charset was guessed as windows-1252.")],
        Removed = [new Removal(RemovalKind.Caption, "The ferry at dawn.", new TextSpan(120, 138))],
    };

    [Fact]
    public void Decode_ReturnsTheSourceTextMetadataAndDiagnostics_WhenEncodedByThisVersion()
    {
        var input = Input();

        var decoded = IngestMessage.Decode(IngestMessage.Encode(input));

        Assert.Null(decoded.Problem);
        var doc = decoded.Document!;
        Assert.Equal(input.Source, doc.Source);
        Assert.Equal(input.Text, doc.Text);
        Assert.Equal(input.Text, doc.Raw);
        Assert.Equal(input.Metadata.Title, doc.Metadata.Title);
        Assert.Equal(input.Metadata.Outlet, doc.Metadata.Outlet);
        Assert.Equal(input.Metadata.Url, doc.Metadata.Url);
        Assert.Equal(input.Metadata.Authors, doc.Metadata.Authors);
        Assert.Equal(input.Metadata.Published, doc.Metadata.Published);
        Assert.Equal(input.Metadata.Signals, doc.Metadata.Signals);
        Assert.Equal(input.Diagnostics, doc.Diagnostics);
        Assert.Equal(input.Removed, doc.Removed);
    }

    [Fact]
    public void Encode_IsByteIdentical_WhenTheSameDocumentIsEncodedTwice()
    {
        Assert.Equal(IngestMessage.Encode(Input()), IngestMessage.Encode(Input()));
    }

    [Fact]
    public void Decode_KeepsTextExactly_WhenItHasControlCharactersAndAstralCharacters()
    {
        var text = "Line one\r\nTab\there \"quoted\" \\ back \u2028 sep \U0001F600 end";
        var decoded = IngestMessage.Decode(IngestMessage.Encode(Document.FromText("d", "s", text)));

        Assert.Equal(text, decoded.Document!.Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json at all")]
    [InlineData("null")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"v\":1,\"text\":\"no source\"}")]
    [InlineData("{\"v\":1,\"source\":\"no text\"}")]
    [InlineData("{\"v\":1,\"source\":\"s\",\"text\":\"t\",\"metadata\":{\"authors\":42}}")]
    [InlineData("{\"v\":\"one\",\"source\":\"s\",\"text\":\"t\"}")]
    [InlineData("{\"v\":1,\"source\":\"s\",\"text\":\"t\",\"removed\":[{\"kind\":\"Caption\",\"text\":\"c\",\"rawStart\":9,\"rawEnd\":3}]}")]
    [InlineData("{\"v\":1,\"source\":\"s\",\"text\":\"t\",\"removed\":[{\"kind\":\"NoSuchKind\",\"text\":\"c\",\"rawStart\":1,\"rawEnd\":3}]}")]
    [InlineData("{\"v\":1,\"source\":\"s\",\"text\":\"t\",\"diagnostics\":[{\"severity\":\"Warning\"}]}")]
    public void Decode_ReportsAMalformedMessage_WhenTheBodyIsNotAMessage(string body)
    {
        var decoded = IngestMessage.Decode(Encoding.UTF8.GetBytes(body));

        Assert.Null(decoded.Document);
        Assert.Equal(Codes.MalformedQueueMessage, decoded.Problem!.Code);
        Assert.Equal(Severity.Error, decoded.Problem.Severity);
    }

    [Fact]
    public void Decode_NamesBothVersions_WhenTheMessageIsFromAnotherVersion()
    {
        var decoded = IngestMessage.Decode("{\"v\":2,\"source\":\"s\",\"text\":\"t\"}"u8);

        Assert.Null(decoded.Document);
        Assert.Contains("version is 2", decoded.Problem!.Message, StringComparison.Ordinal);
        Assert.Contains($"version {IngestMessage.Version}", decoded.Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_ReportsAMalformedMessage_WhenTheBytesAreNotUtf8()
    {
        var decoded = IngestMessage.Decode([0xff, 0xfe, 0x00, 0x7b]);

        Assert.Equal(Codes.MalformedQueueMessage, decoded.Problem!.Code);
    }

    [Theory]
    [InlineData("report.txt", "The ferry to Kestrel Bay was delayed by four hours on Monday, the operator said.\n\n\"We apologise to every passenger,\" spokeswoman Ana Pike told reporters.")]
    [InlineData("items.jsonl", "{\"title\":\"Ferry delayed\",\"outlet\":\"Harbour Courier\",\"published\":\"2025-10-15\",\"text\":\"The ferry to Kestrel Bay was delayed by four hours on Monday, the operator said.\"}")]
    [InlineData("page.html", "<html><head><title>Ferry delayed</title></head><body><nav>Home | News | Sport</nav><article><h1>Ferry delayed</h1><p>The ferry to Kestrel Bay was delayed by four hours on Monday, the operator said.</p><figure><img src=\"f.jpg\"><figcaption>The ferry at dawn. Photo: Ana Pike</figcaption></figure><p>\"We apologise to every passenger,\" spokeswoman Ana Pike told reporters on the quay.</p></article><footer>Copyright 2025 Harbour Courier</footer></body></html>")]
    public void StoredDocument_IsTheSame_WhetherIngestedDirectlyOrThroughAMessage(string name, string body)
    {
        var input = Assert.Single(InputCollector.FromBytes(name, Encoding.UTF8.GetBytes(body), InputCollector.DefaultReaders, TestContext.Current.CancellationToken));
        var direct = Path.Combine(Path.GetTempPath(), "corroborate-queue-" + Guid.NewGuid().ToString("N"));
        var queued = Path.Combine(Path.GetTempPath(), "corroborate-queue-" + Guid.NewGuid().ToString("N"));
        try
        {
            var a = Newsroom.Open(new NewsroomOptions { DataFolder = direct });
            var b = Newsroom.Open(new NewsroomOptions { DataFolder = queued });
            var idA = a.Ingest([input]).Items[0].Document!;
            var idB = b.Ingest([IngestMessage.Decode(IngestMessage.Encode(input)).Document!]).Items[0].Document!;

            Assert.Equal(idA, idB);
            Assert.Equal(a.DocumentJson(idA), b.DocumentJson(idB));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var dir in new[] { direct, queued }.Where(Directory.Exists)) Directory.Delete(dir, recursive: true);
        }
    }
}
