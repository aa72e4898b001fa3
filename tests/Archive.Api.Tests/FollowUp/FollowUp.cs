namespace Archive.Api.Tests.FollowUp;

internal static class FollowUp
{
    /// <summary>The record's address: the id's slashes as they are.</summary>
    public static string Url(string commitmentId) => $"/api/commitments/{commitmentId}/follow-up";
}
