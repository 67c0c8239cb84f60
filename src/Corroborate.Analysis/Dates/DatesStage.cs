using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Corroborate.Diagnostics;
using Corroborate.Model;
using Corroborate.Pipeline;

namespace Corroborate.Analysis.Dates;

/// <summary>
/// Date expressions as calendar dates, anchored on the publication date. When the document has no date of its
/// own, it is read from the text: the latest full date the article mentions, where a weekday with a day of
/// month fixes the year below the copyright year ("Thursday, March 3" with "© 2024" → 2022-03-03).
/// Re-runnable: when a story later supplies the publication date, running again re-anchors every expression.
/// </summary>
public sealed partial class DatesStage : IAnnotator
{
    public StageInfo Info { get; } = new("dates", 5, [Layers.Tokens, Layers.Sentences], [Layers.Dates]);

    public Document Annotate(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var expressions = DateScanner.Scan(document);
        var metadata = document.Metadata;
        var diagnostics = document.Diagnostics.RemoveAll(d => d.Code == Codes.PublishedDateUnknown);
        if (metadata.Published.Value is null)
        {
            var inferred = InferPublished(document, expressions);
            if (inferred is not null)
            {
                metadata = metadata with { Published = inferred };
            }
            else
            {
                diagnostics = diagnostics.Add(Diagnostic.Info(Codes.PublishedDateUnknown,
                    "No publication date found; relative dates (\"on Monday\") are left unresolved. Pass --published YYYY-MM-DD to anchor them."));
            }
        }

        DateOnly? anchor = metadata.Published.Value is { } p ? p.AsDay ?? p.FirstDay : null;
        var dates = ImmutableArray.CreateBuilder<DateMention>();
        var context = new DateContext();
        foreach (var e in expressions)
        {
            if (DateResolver.Resolve(e, anchor, metadata.Published.Method == DateMethod.Metadata, context) is { } value)
            {
                dates.Add(new DateMention(e.Span, value, KindOf(e)));
                // A quarter read back from another ("a year earlier") is a comparison, not the quarter under discussion.
                if (value.Period == DatePeriod.Quarter && !(e.FromContext && e.YearOffset is not null)) context.LastQuarter = value;
                if (value.IsCalendar && !e.FromContext) context.LastCalendar = value;
            }
        }

        return document with
        {
            Dates = [.. dates.OrderBy(d => d.Span)],
            Metadata = metadata,
            Diagnostics = diagnostics,
        };
    }

    private static DateKind KindOf(DateExpression e) =>
        e.IsRelative ? DateKind.Relative : e.Day is null ? DateKind.Partial : DateKind.Absolute;

    /// <summary>
    /// The latest full date in the text, years fixed by weekday or bounded by the copyright year. A report cannot
    /// predate the years it names, so a full date more than a year older than the latest year the text names (an
    /// obituary's "born on April 22, 1923" beside "in 2006") is history, not the report's date, and lends no year
    /// to the dates written without one.
    /// </summary>
    private static PublishedDate? InferPublished(Document document, List<DateExpression> expressions)
    {
        expressions = [.. expressions.Where(e => !e.NamesEvent)];
        int? bound = CopyrightYear(document);
        int? latestNamed = expressions.Where(e => e.Year is not null && !e.IsRelative && e.Period == DatePeriod.None).Max(e => e.Year);
        bool Historical(int year) => latestNamed is int named && year < named - 1;
        expressions = [.. expressions.Where(e => e.Year is not int y || e.Day is null || !Historical(y))];
        var explicitYears = expressions.Where(e => e.Year is not null && e.Day is not null).Select(e => e.Year!.Value).ToList();
        bound ??= explicitYears.Count > 0 ? explicitYears.Max() : null;

        DateOnly? latest = null;
        string? signal = null;
        foreach (var e in expressions)
        {
            if (e.Month is not int m || e.Day is not int d) continue;
            DateOnly? date = null;
            string how;
            if (e.Year is int y)
            {
                date = new DateOnly(y, m, d);
                how = "text:date";
            }
            else if (e.Weekday is DayOfWeek wd && bound is int b)
            {
                date = DateResolver.YearFromWeekday(m, d, wd, b);
                how = "text:weekday-date";
            }
            else if (bound is int b2 && d <= DateTime.DaysInMonth(b2, m))
            {
                date = new DateOnly(b2, m, d);
                how = "text:date+copyright-year";
            }
            else
            {
                continue;
            }

            if (date is { } dt && (latest is null || dt > latest))
            {
                latest = dt;
                signal = how;
            }
        }

        return latest is { } l ? new PublishedDate(DateValue.Of(l), DateMethod.Text, signal) : null;
    }

    private static int? CopyrightYear(Document document)
    {
        foreach (var r in document.Removed)
        {
            if (r.Kind != RemovalKind.Copyright) continue;
            var match = YearPattern().Match(r.Text);
            if (match.Success) return int.Parse(match.Value, System.Globalization.CultureInfo.InvariantCulture);
        }

        return null;
    }

    [GeneratedRegex(@"\b(?:19|20)\d\d\b", RegexOptions.CultureInvariant)]
    private static partial Regex YearPattern();
}
