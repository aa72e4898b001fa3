namespace Archive.Core.FollowUp;

/// <summary>
/// The database's schema as ordered steps: step n takes schema_version from n-1 to n. A released step is never
/// edited; a change to the schema is a new step at the end.
/// </summary>
internal static class FollowUpMigrations
{
    public static readonly IReadOnlyList<string> Steps =
    [
        """
        CREATE TABLE follow_up (
            id            INTEGER PRIMARY KEY AUTOINCREMENT,
            lineage       TEXT    NOT NULL,
            conference    INTEGER NOT NULL,
            commitment_id TEXT    NOT NULL,
            status        TEXT    NOT NULL,
            note          TEXT    NOT NULL,
            evidence      TEXT    NOT NULL,
            by_key        TEXT    NOT NULL,
            at            TEXT    NOT NULL
        );
        CREATE INDEX follow_up_key ON follow_up (lineage, conference, id);
        """,
    ];
}
