using System.Text.Encodings.Web;
using System.Text.Json;
using Corroborate.Model;
using Corroborate.Stories;
using Corroborate.Stories.Model;
using Corroborate.Text;

namespace Corroborate.Storage.Contract;

/// <summary>
/// Writes results as the JSON contract v1 (CONTRACT.md). Hand-written over Utf8JsonWriter so that field names,
/// order and null handling are exactly the contract's, independent of model refactoring.
/// Unknown values are written as null, never "" or a made-up default.
/// </summary>
public static class ContractJson
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Compact = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The whole result as one JSON object (--format json).</summary>
    public static void Write(Stream output, AnalysisResult result, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var w = new Utf8JsonWriter(output, indented ? Indented : Compact);
        w.WriteStartObject();
        w.WriteString("schema", ContractNames.Schema);
        w.WriteStartArray("documents");
        foreach (var d in result.Documents)
        {
            WriteDocument(w, d);
            FlushFull(w);
        }

        w.WriteEndArray();
        w.WriteStartArray("stories");
        foreach (var s in result.Stories)
        {
            WriteStory(w, s);
            FlushFull(w);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>
    /// Hands what the writer holds to its stream once it passes 64 KiB: a Utf8JsonWriter over a stream keeps every
    /// byte until it is flushed, so a batch's whole output (hundreds of MB) would otherwise sit in memory.
    /// </summary>
    private static void FlushFull(Utf8JsonWriter w)
    {
        if (w.BytesPending >= 1 << 16) w.Flush();
    }

    /// <summary>Documents one per line, then stories one per line (--format jsonl).</summary>
    public static void WriteLines(Stream output, AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        foreach (var d in result.Documents) WriteLine(output, w => WriteDocument(w, d));
        foreach (var s in result.Stories) WriteLine(output, w => WriteStory(w, s));
    }

    public static string Serialize(Document document) => ToString(w => WriteDocument(w, document));

    public static string Serialize(Story story) => ToString(w => WriteStory(w, story));

    public static string Serialize(AnalysisResult result)
    {
        using var ms = new MemoryStream();
        Write(ms, result);
        return System.Text.Encoding.UTF8.GetString(ms.ToArray());
    }

    private static string ToString(Action<Utf8JsonWriter> write)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, Compact)) write(w);
        return System.Text.Encoding.UTF8.GetString(ms.ToArray());
    }

    private static void WriteLine(Stream output, Action<Utf8JsonWriter> write)
    {
        using (var w = new Utf8JsonWriter(output, Compact)) write(w);
        output.WriteByte((byte)'\n');
    }

    public static void WriteDocument(Utf8JsonWriter w, Document d)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(d);
        var m = d.Metadata;
        w.WriteStartObject();
        w.WriteString("id", d.Id);
        w.WriteString("source", d.Source);
        WriteNullable(w, "outlet", m.Outlet);
        WriteNullable(w, "title", m.Title);
        w.WriteStartObject("published");
        WriteNullable(w, "value", m.Published.Value?.ToString());
        w.WriteString("method", ContractNames.Of(m.Published.Method));
        WriteNullable(w, "signal", m.Published.Signal);
        w.WriteEndObject();
        w.WriteString("language", m.Language);
        WriteNullable(w, "url", m.Url);
        w.WriteStartArray("authors");
        foreach (var a in m.Authors) w.WriteStringValue(a);
        w.WriteEndArray();
        w.WriteString("text", d.Text);

        w.WriteStartArray("removed");
        foreach (var r in d.Removed)
        {
            w.WriteStartObject();
            w.WriteString("kind", ContractNames.Of(r.Kind));
            w.WriteString("text", r.Text);
            w.WriteNumber("rawStart", r.RawSpan.Start);
            w.WriteNumber("rawEnd", r.RawSpan.End);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("sentences");
        foreach (var s in d.Sentences)
        {
            w.WriteStartObject();
            WriteSpan(w, s.Span);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("entities");
        foreach (var e in d.Entities) WriteEntity(w, e);
        w.WriteEndArray();

        w.WriteStartArray("dates");
        foreach (var date in d.Dates)
        {
            w.WriteStartObject();
            WriteSpan(w, date.Span);
            w.WriteString("text", d.Slice(date.Span));
            w.WriteString("value", date.Value.ToString());
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("quotes");
        foreach (var q in d.Quotes) WriteQuote(w, d, q);
        w.WriteEndArray();

        w.WriteStartArray("quantities");
        foreach (var q in d.Quantities) WriteQuantity(w, d, q);
        w.WriteEndArray();

        w.WriteStartArray("diagnostics");
        foreach (var diag in d.Diagnostics)
        {
            w.WriteStartObject();
            w.WriteString("code", diag.Code);
            w.WriteString("severity", ContractNames.Of(diag.Severity));
            w.WriteString("message", diag.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteEntity(Utf8JsonWriter w, Entity e)
    {
        w.WriteStartObject();
        w.WriteString("id", e.Id);
        w.WriteString("kind", ContractNames.Of(e.Kind));
        w.WriteString("name", e.Name);
        w.WriteStartArray("titles");
        foreach (var t in e.Titles) w.WriteStringValue(t);
        w.WriteEndArray();
        w.WriteStartArray("mentions");
        foreach (var mention in e.Mentions)
        {
            w.WriteStartObject();
            WriteSpan(w, mention.Span);
            w.WriteString("kind", ContractNames.Of(mention.Kind));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        WriteNullable(w, "linkedTo", e.LinkedTo);
        w.WriteEndObject();
    }

    private static void WriteQuote(Utf8JsonWriter w, Document d, Quote q)
    {
        w.WriteStartObject();
        w.WriteString("id", q.Id);
        w.WriteString("kind", ContractNames.Of(q.Kind));
        WriteSpan(w, q.Span);
        w.WriteStartObject("content");
        WriteSpan(w, q.Content);
        w.WriteEndObject();
        w.WriteString("text", d.Slice(q.Content));
        if (q.Speaker is { } s)
        {
            w.WriteStartObject("speaker");
            WriteNullable(w, "entity", s.EntityId);
            w.WriteString("name", s.Name);
            WriteNullable(w, "description", s.Description);
            WriteSpan(w, s.Span);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("speaker");
        }

        WriteNullable(w, "cue", q.Cue);
        WriteNullable(w, "channel", q.Channel);
        WriteNullable(w, "via", q.Via);
        w.WriteEndObject();
    }

    private static void WriteQuantity(Utf8JsonWriter w, Document d, Quantity q)
    {
        w.WriteStartObject();
        w.WriteString("id", q.Id);
        WriteSpan(w, q.Span);
        w.WriteString("text", d.Slice(q.Span));
        w.WriteNumber("value", q.Value);
        WriteNullable(w, "low", q.Low);
        WriteNullable(w, "high", q.High);
        WriteNullable(w, "hedge", q.Hedge);
        WriteNullable(w, "unit", q.Unit);
        WriteNullable(w, "object", q.Object);
        WriteNullable(w, "measure", q.Measure);
        if (q.Claimant is { } c)
        {
            w.WriteStartObject("claimant");
            WriteNullable(w, "entity", c.EntityId);
            w.WriteString("name", c.Name);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("claimant");
        }

        WriteNullable(w, "asOf", q.AsOf?.ToString());
        w.WriteEndObject();
    }

    public static void WriteStory(Utf8JsonWriter w, Story s)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(s);
        w.WriteStartObject();
        w.WriteString("id", s.Id);
        w.WriteString("title", s.Title);
        w.WriteStartArray("documents");
        foreach (var d in s.Documents) w.WriteStringValue(d);
        w.WriteEndArray();
        w.WriteNumber("independentSources", s.IndependentSources);
        w.WriteStartArray("duplicates");
        foreach (var dup in s.Duplicates)
        {
            w.WriteStartObject();
            w.WriteString("document", dup.Document);
            w.WriteString("of", dup.Of);
            w.WriteNumber("similarity", Math.Round(dup.Similarity, 3));
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("entities");
        foreach (var e in s.Entities)
        {
            w.WriteStartObject();
            w.WriteString("name", e.Name);
            w.WriteString("kind", ContractNames.Of(e.Kind));
            w.WriteStartArray("members");
            foreach (var (doc, entity) in e.Members)
            {
                w.WriteStartObject();
                w.WriteString("document", doc);
                w.WriteString("entity", entity);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("summary");
        foreach (var line in s.Summary) WriteLine(w, null, line.Text, line.Evidence);
        w.WriteEndArray();

        w.WriteStartArray("timeline");
        foreach (var t in s.Timeline) WriteLine(w, t.Date.ToString(), t.Text, t.Evidence);
        w.WriteEndArray();

        w.WriteStartArray("quotes");
        foreach (var q in s.Quotes)
        {
            w.WriteStartObject();
            w.WriteString("text", q.Text);
            w.WriteStartArray("speakers");
            foreach (var sp in q.Speakers) w.WriteStringValue(sp);
            w.WriteEndArray();
            w.WriteStartArray("variants");
            foreach (var v in q.Variants)
            {
                w.WriteStartObject();
                w.WriteString("document", v.Document);
                w.WriteString("quote", v.Quote);
                WriteNullable(w, "speaker", v.Speaker);
                WriteNullable(w, "speakerEntity", v.SpeakerEntity);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            WriteNullable(w, "conflict", q.Conflict);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("figures");
        foreach (var f in s.Figures)
        {
            w.WriteStartObject();
            WriteNullable(w, "measure", f.Measure);
            WriteNullable(w, "object", f.Object);
            w.WriteStartArray("claims");
            foreach (var c in f.Claims)
            {
                w.WriteStartObject();
                w.WriteString("document", c.Document);
                w.WriteString("quantity", c.Quantity);
                w.WriteNumber("value", c.Value);
                WriteNullable(w, "claimant", c.Claimant);
                WriteNullable(w, "asOf", c.AsOf?.ToString());
                w.WriteEndObject();
            }

            w.WriteEndArray();
            WriteNullable(w, "relation", f.Relation is { } r ? ContractNames.Of(r) : null);
            w.WriteString("explanation", f.Explanation);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("disagreements");
        foreach (var dis in s.Disagreements)
        {
            w.WriteStartObject();
            w.WriteString("kind", ContractNames.Of(dis.Kind));
            w.WriteString("explanation", dis.Explanation);
            WriteEvidence(w, dis.Evidence);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        WriteNullable(w, "topic", s.Topic);
        WriteAssignments(w, s.Assignments);
        w.WriteEndObject();
    }

    /// <summary>
    /// Added fields (the contract allows them): why each member joined the story or started it, in arrival order,
    /// with the similarities and threshold that decided, so a grouping can be checked rather than trusted.
    /// </summary>
    private static void WriteAssignments(Utf8JsonWriter w, IEnumerable<StoryAssignment> assignments)
    {
        w.WriteStartArray("assignments");
        foreach (var a in assignments)
        {
            w.WriteStartObject();
            w.WriteString("document", a.Document);
            w.WriteBoolean("started", a.Started);
            w.WriteNumber("content", Math.Round(a.Content, 3));
            w.WriteNumber("entities", Math.Round(a.Entities, 3));
            WriteNullable(w, "daysApart", a.DaysApart);
            w.WriteNumber("score", Math.Round(a.Score, 3));
            w.WriteNumber("threshold", a.Threshold);
            w.WriteString("reason", a.Reason);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteLine(Utf8JsonWriter w, string? date, string text, IEnumerable<SpanRef> evidence)
    {
        w.WriteStartObject();
        if (date is not null) w.WriteString("date", date);
        w.WriteString("text", text);
        WriteEvidence(w, evidence);
        w.WriteEndObject();
    }

    private static void WriteEvidence(Utf8JsonWriter w, IEnumerable<SpanRef> evidence)
    {
        w.WriteStartArray("evidence");
        foreach (var e in evidence)
        {
            w.WriteStartObject();
            w.WriteString("document", e.DocumentId);
            WriteSpan(w, e.Span);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteSpan(Utf8JsonWriter w, TextSpan span)
    {
        w.WriteNumber("start", span.Start);
        w.WriteNumber("end", span.End);
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteString(name, value);
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v) w.WriteNumber(name, v);
        else w.WriteNull(name);
    }
}
