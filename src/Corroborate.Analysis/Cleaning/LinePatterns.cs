using System.Text.RegularExpressions;

namespace Corroborate.Analysis.Cleaning;

/// <summary>
/// Recognisers for the boilerplate lines that copy-paste and scrapers leave around news text.
/// Patterns are anchored and linear (no nested quantifiers), so a 1 MB line cannot make them backtrack.
/// </summary>
internal static partial class LinePatterns
{
    /// <summary>Photo agencies and stock libraries that appear in credits as "Name/Agency" or "Agency/Name".</summary>
    private const string Agencies =
        "Getty Images|Getty|Unsplash|Shutterstock|Alamy|Pexels|Pixabay|iStock(?:photo)?|Reuters|REUTERS|AP Photo|AP|AFP|EPA|" +
        "EPA-EFE|Bloomberg|Xinhua|Anadolu(?: Agency)?|Sputnik|TASS|Wikimedia Commons|Flickr|NurPhoto|SOPA Images|" +
        "LightRocket|ZUMA(?: Press)?|Sipa(?: USA)?|PA(?: Images| Wire)?|Press Association|dpa|Imago|Corbis";

    // "Photo by Jane Doe/Getty Images", "Jane Doe/Unsplash.", "(AP Photo/John Smith)", "REUTERS/Jane Doe", "Photo: AFP".
    [GeneratedRegex(
        @"(?:\(|\b)(?:(?:Photo(?:graph)?|Image|Picture|Credit|Pic)s?(?:\s+by|\s*:|\s+credit:?)\s*)?" +
        @"(?:[A-Z][\p{L}'.\-]*(?:\s+[A-Z][\p{L}'.\-]*){0,3}\s*/\s*(?:" + Agencies + @")|(?:" + Agencies + @")\s*/\s*[A-Z][\p{L}'.\-]*(?:\s+[A-Z][\p{L}'.\-]*){0,3})" +
        @"(?:\s+via\s+[A-Z][\p{L} ]{1,40})?\)?\s*\.?\s*$",
        RegexOptions.CultureInvariant)]
    public static partial Regex CreditAtEnd();

    // A line that is only a credit cue: "Photo: AFP", "Image credit: Jane Doe", "Credit: Getty Images".
    [GeneratedRegex(@"^\s*\(?(?:Photo(?:graph)?|Image|Picture|Pic|Credit)s?(?:\s+credit)?\s*(?::|by)\s*[^\n]{1,80}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex CreditLine();

    // "© 2024 Latin Times. All rights reserved.", "Copyright 2025 Northgate Daily", "(c) 2023 Example Media Ltd".
    [GeneratedRegex(@"^\s*(?:©|\(c\)|copyright\b)\s*(?:©\s*)?(?:(?<year>(?:19|20)\d\d)(?:\s*[-–]\s*(?:19|20)\d\d)?)?\s*,?\s*(?<owner>[^.|;,\n]{2,80}?)?\s*(?:[.|;,]|$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex Copyright();

    [GeneratedRegex(@"all rights reserved|do not reproduce without permission|may not be (?:published|reproduced|redistributed)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex RightsClause();

    // An image file name or URL slug standing alone: "some-words-AbC123xyz-unsplash", "IMG_1234.jpg".
    [GeneratedRegex(@"^\s*(?:[\w%]+[-_]){2,}[\w%]+(?:\.(?:jpe?g|png|gif|webp|avif|tiff?))?\s*$|^\s*[\w\-%]+\.(?:jpe?g|png|gif|webp|avif|tiff?)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex ImageName();

    // "Related: …", "Read more: …", "ALSO READ", "See also …", "Watch: …", "Recommended".
    [GeneratedRegex(@"^\s*(?:related(?:\s+(?:articles?|stories|coverage|content))?|read\s+(?:more|also|next)|also\s+read|see\s+also|more\s+on\s+this(?:\s+story)?|watch|listen|recommended(?:\s+for\s+you)?|trending|most\s+read|you\s+may\s+(?:also\s+)?like)\b\s*[:\-–—|]?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex RelatedLink();

    // Share and subscription prompts.
    [GeneratedRegex(@"^\s*(?:share\s+(?:this|on|via|the)\b|share\s*$|follow\s+(?:us|@)|click\s+here|sign\s+up\b|subscribe\b|tap\s+here|download\s+(?:our|the)\s+app|advertisement\s*$|(?:facebook|twitter|x|whatsapp|linkedin|email|print)(?:\s*[|,·•]\s*(?:facebook|twitter|x|whatsapp|linkedin|email|print|copy\s+link))+\s*$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex SharePrompt();

    // "By Jane Doe", "By Jane Doe and John Roe, Reuters", "By Continental Press" — short lines only.
    [GeneratedRegex(@"^\s*By\s+[A-Z][\p{L}'.\-]*(?:\s+(?:[A-Z][\p{L}'.\-]*|and|&|de|van|von|al|bin))*(?:\s*[,|]\s*[\p{L} ,'.&\-]{1,60})?\s*$", RegexOptions.CultureInvariant)]
    public static partial Regex Byline();

    // Caption cues that mark a paragraph as describing a picture rather than the story.
    [GeneratedRegex(@"\b(?:this is a (?:representational|file|stock|illustrative) (?:image|photo|picture)|\((?:file )?(?:photo|image|picture)\)|file photo\b|pictured\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex CaptionCue();
}
