namespace Archive.Core.Commitments;

/// <summary>Where a trigger is looked for in a sentence (see the trigger tables' header).</summary>
public enum TriggerVoice
{
    /// <summary>After an actor: "Ministers agreed".</summary>
    Active,

    /// <summary>After its addressee and an auxiliary: "Members were encouraged to".</summary>
    Passive,

    /// <summary>At the start of a clause, with no actor: "It was agreed that", "Disepakati bahwa".</summary>
    Impersonal,

    /// <summary>Opening a resolution's operative paragraph, its subject in the lead-in: "Decides to extend …".</summary>
    Opening,
}
