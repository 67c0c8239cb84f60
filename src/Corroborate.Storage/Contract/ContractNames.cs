using Corroborate.Model;
using Corroborate.Stories.Model;

namespace Corroborate.Storage.Contract;

/// <summary>The contract's spelling of enum values (CONTRACT.md v1). Changing one is a schema change.</summary>
public static class ContractNames
{
    public const string Schema = "corroborate/1";

    public static string Of(EntityKind kind) => kind switch
    {
        EntityKind.Person => "person",
        EntityKind.Organization => "organization",
        EntityKind.Place => "place",
        EntityKind.Group => "group",
        _ => "other",
    };

    public static string Of(MentionKind kind) => kind switch
    {
        MentionKind.Name => "name",
        MentionKind.Description => "description",
        _ => "pronoun",
    };

    public static string Of(RemovalKind kind) => kind switch
    {
        RemovalKind.Caption => "caption",
        RemovalKind.Credit => "credit",
        RemovalKind.Copyright => "copyright",
        RemovalKind.ImageName => "image-name",
        RemovalKind.RelatedLink => "related-link",
        RemovalKind.Byline => "byline",
        _ => "other",
    };

    public static string Of(DateMethod method) => method switch
    {
        DateMethod.Metadata => "metadata",
        DateMethod.Text => "text",
        DateMethod.Inferred => "inferred",
        _ => "none",
    };

    public static string Of(QuoteKind kind) => kind switch
    {
        QuoteKind.Direct => "direct",
        QuoteKind.Partial => "partial",
        _ => "indirect",
    };

    public static string Of(FigureRelation relation) => relation switch
    {
        FigureRelation.Agree => "agree",
        FigureRelation.Supersedes => "supersedes",
        FigureRelation.DifferentClaimant => "different-claimant",
        FigureRelation.DifferentScope => "different-scope",
        _ => "conflict",
    };

    public static string Of(DisagreementKind kind) => kind switch
    {
        DisagreementKind.Figure => "figure",
        DisagreementKind.Attribution => "attribution",
        _ => "fact",
    };

    public static string Of(Corroborate.Diagnostics.Severity severity) => severity switch
    {
        Corroborate.Diagnostics.Severity.Info => "info",
        Corroborate.Diagnostics.Severity.Warning => "warning",
        _ => "error",
    };
}
