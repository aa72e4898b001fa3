namespace Archive.Api.Drafts;

/// <summary>A draft request whose body cannot be used: its status and title for the ProblemDetails, its detail as the message.</summary>
internal sealed class DraftBodyException(int status, string title, string detail) : Exception(detail)
{
    public int Status => status;

    public string Title => title;
}
