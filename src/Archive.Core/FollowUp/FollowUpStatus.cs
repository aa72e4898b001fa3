namespace Archive.Core.FollowUp;

/// <summary>How far a commitment has been carried out.</summary>
public enum FollowUpStatus
{
    NotStarted,
    InProgress,
    Implemented,

    /// <summary>Overtaken by a later commitment or decision.</summary>
    Superseded,
}
