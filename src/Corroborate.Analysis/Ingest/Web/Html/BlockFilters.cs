using System.Text.RegularExpressions;
using Corroborate.Model;

namespace Corroborate.Analysis.Ingest.Web.Html;

/// <summary>
/// Text-level rules applied to rendered blocks, for furniture that class names do not give away: headings that
/// open a related-links or comments section (everything up to the next ordinary heading goes), caption and
/// credit lines, and metadata lines (dates, bylines, reading time). Phrases cover the languages of the dev data
/// and the project's users (en, de, fr, es, it, pl, nl).
/// </summary>
internal static partial class BlockFilters
{
    [GeneratedRegex(@"^(related( posts| articles| stories)?|you might also like|das könnte (dir|sie) auch|temas relacionados|powiązane( tematy)?|lo más visto|visto ahora|tagged|auch auf|read (more|also|next)|more (from|on|stories|news|articles)|you (may|might) also|recommended|popular|most (read|popular)|trending|latest (news|posts|articles)|comments?|\d+ comments?|leave a (reply|comment)|share( this)?|sign up|subscribe|newsletter|weitere (artikel|nachrichten|beiträge|news|meldungen|themen|links|informationen|infos)|ähnliche|verwandte|mehr (zum thema|von|aus|dazu|artikel|news|nachrichten)|lesen sie (auch|mehr)|auch interessant|das könnte sie|empfohlen|meistgelesen|am meisten gelesen|aktuelle (news|nachrichten|artikel|beiträge)|neueste|letzte kommentare|kommentare?|\d+ kommentare?|schreibe? (einen|einen kommentar)|kommentar schreiben|teilen|diesen artikel teilen|newsletter|quicklinks|links zum thema|zum thema|à lire aussi|lire aussi|sur le même sujet|vos réactions|réactions|commentaires?|dans la même rubrique|les plus lus|du même auteur|otras noticias|noticias relacionadas|te puede interesar|comentarios|lee también|leggi anche|articoli correlati|commenti|zobacz (także|też)|czytaj (też|także)|komentarze|gerelateerd|lees ook|reacties|tags?|schlagwörter|kategorien?|categories|archiv(e|es)?|navigation|menü|menu)\s*:?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SectionHeading();

    [GeneratedRegex(@"^(foto|fotos|photo|photos|bild|bilder|image|titelbild|titelfoto|bildquelle|bildnachweis|quelle|source|credit|credits|copyright|©|abbildung|abb\.|grafik|illustration|video)\s*[:©]|©|\((foto|photo|bild)\b|(/|\|)\s*(foto|photo|bild)\b|\b(foto|photo|bild|fotos):\s*\S+\s*$|/\s*(dpa|afp|reuters|ap|getty images|imago|picture[- ]alliance|shutterstock|istock)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CreditLine();

    [GeneratedRegex(@"^((by|von|par|por|di|door|autor|author|written by|posted by|geschrieben von|veröffentlicht|published|updated|aktualisiert|stand|datum|date|lesezeit|reading time|opublikowano|publié le|mis à jour|erstellt|eingestellt von)\b\s*:?\s*|\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{4}-\d{2}-\d{2}|\d+\s+(min|minutes?|minuten)\s+(read|lesezeit|lesen))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaLine();

    [GeneratedRegex(@"^[-–\s]*(anzeige|werbung|advertisement|sponsored|publicité|publicidad|reklama)[-–\s]*$|^bild (anzeigen|vergrößern)|^(kommentieren|inhaltsverzeichnis|table of contents|contents|drucken|print|teilen|share|weiterlesen|mehr lesen|zurück|back to top|nach oben)\s*:?$|newsletter|abonnieren|subscribe|sign(ing)? up|einloggen|log in|anmelden|cookies?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FurnitureLine();

    /// <summary>A short line that is page furniture on its own (ad labels, "print", newsletter prompts).</summary>
    public static bool IsFurnitureLine(string text) => text.Length <= 140 && FurnitureLine().IsMatch(text);

    /// <summary>Blocks up to this length can be caption/credit or metadata lines; longer ones are prose.</summary>
    private const int ShortBlock = 160;

    public static bool OpensFurnitureSection(string text) => text.Length <= 80 && SectionHeading().IsMatch(text);

    /// <summary>A removal kind for a short furniture line, or null when the block is article text.</summary>
    public static RemovalKind? Classify(string text)
    {
        if (text.Length > ShortBlock) return null;
        if (CreditLine().IsMatch(text)) return text.Length <= 60 && !text.Contains(' ', StringComparison.Ordinal) ? RemovalKind.Credit
            : text.StartsWith('©') || text.StartsWith("Copyright", StringComparison.OrdinalIgnoreCase) ? RemovalKind.Copyright
            : CreditOnly(text) ? RemovalKind.Credit : RemovalKind.Caption;
        if (text.Length <= 100 && MetaLine().IsMatch(text)) return RemovalKind.Byline;
        return null;
    }

    private static bool CreditOnly(string text) => text.Length <= 60;
}
