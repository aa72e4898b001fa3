using Archive.Core.Commitments;

namespace Archive.Core.Tests.Commitments;

/// <summary>
/// The three ways a clause is voiced besides "Ministers agreed" (docs/commitment-strength.md): passive, addressed
/// to the party before the trigger; impersonal, with no actor; and the opening verb of a resolution's operative
/// paragraph. The sentences are written for these tests, in both languages, and none comes from a labelled set.
/// </summary>
public sealed class TriggerVoiceTests
{
    [Theory]
    [InlineData("en", "It was agreed that the Office would publish its annual plan each January.", "decision", null)]
    [InlineData("en", "At the close of the session, it was further decided to hold the next meeting in Dili.", "decision", null)]
    [InlineData("en", "Agreed: the Working Group on Disruption will meet twice a year.", "decision", null)]
    [InlineData("en", "Participants resolved to publish their national referral guidelines.", "commitment", null)]
    [InlineData("en", "The Forum undertook to report on supply-chain audits.", "commitment", null)]
    [InlineData("en", "Members were called upon to ratify the Protocol without delay.", "encouragement", "members")]
    [InlineData("en", "The RSO is requested to compile the returns data.", "tasking", "rso")]
    [InlineData("en", "Members will be asked to nominate focal points.", "tasking", "members")]
    [InlineData("en", "Decides to renew the mandate of the Office for two years;", "decision", null)]
    [InlineData("en", "Requests the Co-Chairs to circulate a timetable;", "tasking", "co-chairs")]
    [InlineData("en", "Calls upon all members to share passenger data;", "encouragement", "members")]
    [InlineData("id", "Disepakati bahwa Kantor tersebut akan menerbitkan rencana tahunannya setiap Januari.", "decision", null)]
    [InlineData("id", "Telah diputuskan untuk menyelenggarakan pertemuan berikutnya di Dili.", "decision", null)]
    [InlineData("id", "Para peserta bertekad untuk menerbitkan pedoman rujukan nasional mereka.", "commitment", null)]
    [InlineData("id", "Anggota diminta untuk menunjuk titik kontak.", "tasking", "members")]
    [InlineData("id", "Anggota didorong untuk meratifikasi Protokol tanpa penundaan.", "encouragement", "members")]
    public void Clause_InEachVoice_HasTheRulesStrengthAndAddressee(string language, string text, string strength, string? addressee)
    {
        var clause = Assert.Single(OneParagraph.Clauses(language, text));

        Assert.Equal(strength, clause.Strength.ToCode());
        Assert.Equal(addressee, clause.Addressee);
        Assert.Equal(clause.Action, text.Substring(clause.Span.Start, clause.Span.Length));
        Assert.EndsWith(clause.Action, text.TrimEnd(';'), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "Adopted in 2016, the Declaration sets out the principles of the process.")]
    [InlineData("en", "Requests for protection rose sharply in the second half of the year.")]
    [InlineData("en", "The Regional Support Office was established in 2012.")]
    [InlineData("en", "Notes of the meeting were circulated to all delegations.")]
    [InlineData("id", "Kantor Dukungan Regional didirikan pada tahun 2012 di Bangkok.")]
    public void Narrative_ThatLooksLikeATrigger_IsNotAClause(string language, string text) =>
        Assert.Empty(OneParagraph.Clauses(language, text));

    [Fact]
    public void ClauseSpans_PointIntoTheParagraph_ForEachClauseOfEachLine()
    {
        const string text = "Ministers welcomed the report.\nThey decided to extend the Office's mandate and tasked the AHG to review it.";

        var clauses = OneParagraph.Clauses("en", text);

        Assert.Equal(["acknowledgement", "decision", "tasking"], clauses.Select(c => c.Strength.ToCode()));
        Assert.All(clauses, c => Assert.Equal(c.Action, text.Substring(c.Span.Start, c.Span.Length)));
        Assert.Equal(["welcomed", "decided", "tasked"], clauses.Select(c => c.Triggers));
    }

    [Theory]
    [InlineData("en", "Ministers welcomed the report of the Working Group, and they resolved to meet again in 2027.")]
    [InlineData("id", "Para Menteri menyambut baik laporan Kelompok Kerja, dan mereka bertekad untuk bertemu kembali pada 2027.")]
    public void SecondClause_AfterAConjunctionWithItsOwnActor_IsFound(string language, string text)
    {
        var clauses = OneParagraph.Clauses(language, text);

        Assert.Equal(["acknowledgement", "commitment"], clauses.Select(c => c.Strength.ToCode()));
        Assert.All(clauses, c => Assert.Equal("ministers", c.Actor));
    }

    [Theory]
    [InlineData("Ministers welcomed the new Regional Support Office, staffed with help from IOM and UNODC, and requested it to report on returns to the Ad Hoc Group.", "rso")]
    [InlineData("The Steering Group met twice in 2019. Ministers thanked the hosts and asked it to review the priorities with UNHCR.", "steering-group")]
    public void PronounAddressee_IsTheBodyTheSentenceNamedFirst_OrElseThePreviousSentencesLast(string text, string addressee) =>
        Assert.Equal(addressee, OneParagraph.Clauses("en", text).Single(c => c.Strength == CommitmentStrength.Tasking).Addressee);
}
