namespace Archive.Core.Uploads;

public static class UploadRefusals
{
    /// <summary>"too-large", "unsupported-type", …: the spelling in the audit log and in a problem's <c>refusal</c> member.</summary>
    public static string ToCode(this UploadRefusal refusal) =>
        string.Concat(refusal.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
