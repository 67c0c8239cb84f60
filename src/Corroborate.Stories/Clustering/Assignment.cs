namespace Corroborate.Stories.Clustering;

/// <summary>
/// Why a document went where it did: the similarities to the best story found and the threshold that decided.
/// <see cref="Story"/> is the 0-based story index in creation order.
/// </summary>
public sealed record Assignment(
    string Document,
    int Story,
    bool Started,
    double Content,
    double Entities,
    double? DaysApart,
    double Score,
    double Threshold,
    string Reason);

/// <summary>
/// The reasons an <see cref="Assignment"/> gives, so that readers of an assignment (the brief) can tell the plain
/// join from the exceptions without parsing prose. Penalties that lowered the score follow in parentheses.
/// </summary>
public static class AssignmentReasons
{
    public const string Joined = "best story's score reached the join threshold";
    public const string BelowThreshold = "best story's score was below the join threshold";
    public const string NoCandidate = "no story shares a top term or name";
    public const string Moved = "moved in the refinement pass: this story fits better than the one it joined on arrival";
    public const string Copy = "copy of a member (near-duplicate)";
}
