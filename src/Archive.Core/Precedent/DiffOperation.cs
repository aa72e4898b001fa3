namespace Archive.Core.Precedent;

public enum DiffOperation
{
    Unchanged,
    Deleted,
    Inserted,
}
