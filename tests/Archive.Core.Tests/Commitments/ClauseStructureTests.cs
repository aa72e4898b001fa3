using Archive.Core.Commitments;

namespace Archive.Core.Tests.Commitments;

/// <summary>
/// Clauses read by their structure (issue 24), in both languages: a trigger coordinated after a verb that is none,
/// the first person on the commitment scale, adverbs and opening phrases before the verb, subjects that are no actor
/// of the rules, attitude frames, and a lead-in's sub-items as parts of one clause. The sentences are written for
/// these tests, in the voice of regional ministerial statements; none comes from a labelled set.
/// </summary>
public sealed class ClauseStructureTests
{
    [Theory]
    [InlineData("en", "We reviewed the implementation of the work plan and agreed to extend it to 2030.", "decision", "ministers")]
    [InlineData("en", "We held a retreat on labour migration in the fishing sector, and endorsed the guidelines it drafted.", "decision", "ministers")]
    [InlineData("en", "The meeting considered the draft terms of reference and adopted them with two amendments.", "decision", "meeting")]
    [InlineData("en", "We reaffirmed our commitment to ending the detention of children for immigration purposes.", "commitment", "ministers")]
    [InlineData("en", "We renewed our strong resolve to dismantle the networks that profit from smuggling.", "commitment", "ministers")]
    [InlineData("en", "We subsequently endorsed the regional guidelines on victim identification.", "decision", "ministers")]
    [InlineData("en", "Having reviewed the report of the Working Group, Ministers adopted its recommendations.", "decision", "ministers")]
    [InlineData("en", "Noting that the Office was asked in 2019 to map referral services, we tasked it to publish the map by 2028.", "tasking", "ministers")]
    [InlineData("en", "The Parties agreed to exchange liaison officers at their main ports.", "decision", "parties")]
    [InlineData("en", "The Signatories committed to publishing annual statements on forced labour in their supply chains.", "commitment", "parties")]
    [InlineData("en", "The ASEAN Secretariat undertook to compile the national reports.", "commitment", "asean-secretariat")]
    [InlineData("en", "Ministers were pleased to note the entry into force of the regional data-sharing protocol.", "acknowledgement", "ministers")]
    [InlineData("en", "We, the Ministers responsible for transnational crime, met in Manila and decided to meet every two years.", "decision", "ministers")]
    [InlineData("id", "Kami meninjau pelaksanaan rencana kerja dan sepakat untuk memperpanjangnya hingga 2030.", "decision", "ministers")]
    [InlineData("id", "Kami menegaskan kembali komitmen kami untuk mengakhiri penahanan anak untuk keperluan keimigrasian.", "commitment", "ministers")]
    [InlineData("id", "Kami memperbarui tekad kami untuk membongkar jaringan yang mengambil untung dari penyelundupan.", "commitment", "ministers")]
    [InlineData("id", "Kami selanjutnya mengesahkan pedoman regional tentang identifikasi korban.", "decision", "ministers")]
    [InlineData("id", "Setelah meninjau laporan Kelompok Kerja, para Menteri mengesahkan rekomendasinya.", "decision", "ministers")]
    [InlineData("id", "Para Pihak sepakat untuk saling menempatkan petugas penghubung di pelabuhan utama mereka.", "decision", "parties")]
    [InlineData("id", "Para Menteri dengan senang hati mencatat berlakunya protokol regional tentang berbagi data.", "acknowledgement", "ministers")]
    [InlineData("en", "The Contracting Parties to the border agreement pledged to open two new crossings by 2029.", "commitment", "parties")]
    [InlineData("en", "Fishing companies registered under the Regional Scheme undertook to install vessel monitoring.", "commitment", "private-sector")]
    [InlineData("en", "The two Governments will continue to cooperate closely on returns.", "commitment", "two-governments")]
    [InlineData("en", "Senior officials expressed deep concern over the situation of people displaced at sea.", "acknowledgement", "senior-officials")]
    public void Clause_ReadByStructure_HasTheRulesStrengthAndActor(string language, string text, string strength, string actor)
    {
        var strongest = OneParagraph.Clauses(language, text).MaxBy(c => c.Strength);

        Assert.NotNull(strongest);
        Assert.Equal(strength, strongest.Strength.ToCode());
        Assert.Equal(actor, strongest.Actor);
        Assert.Equal(strongest.Action, text.Substring(strongest.Span.Start, strongest.Span.Length));
    }

    [Theory]
    [InlineData("en", "Member States that have not yet done so were urged to accede to the Convention.", "encouragement", "members")]
    [InlineData("en", "Member States that have agreed to the Protocol were encouraged to report on it.", "encouragement", "members")]
    [InlineData("id", "Negara anggota yang belum melakukannya didesak untuk segera mengaksesi Konvensi.", "encouragement", "members")]
    public void Subject_WithARelativeClause_IsTheAddresseeOfItsPassiveVerb(string language, string text, string strength, string addressee)
    {
        var clause = Assert.Single(OneParagraph.Clauses(language, text));

        Assert.Equal(strength, clause.Strength.ToCode());
        Assert.Equal(addressee, clause.Addressee);
    }

    [Theory]
    [InlineData("en", "We, the Ministers responsible for transnational crime, met in Manila on 5 May 2027.")]
    [InlineData("en", "Ministers discussed returns and welcome centres for new arrivals.")]
    [InlineData("en", "Criminal groups adapt quickly, and many people know little of the risks they will face on the way.")]
    [InlineData("en", "This statement records the conclusions that were reached.")]
    [InlineData("en", "The Declaration adopted in 2016 remains the basis of our cooperation.")]
    [InlineData("en", "The next meeting will be held in Dili in 2028.")]
    [InlineData("en", "Participants thanked the hosts for their hospitality.")]
    [InlineData("en", "The Ministers expressed their appreciation to the Government of Fiji for hosting the Conference.")]
    [InlineData("en", "We thanked the outgoing Chair for his leadership and the Secretariat for its support.")]
    [InlineData("id", "Pernyataan ini mencatat kesimpulan yang dicapai.")]
    [InlineData("id", "Para peserta berterima kasih kepada tuan rumah atas keramahannya.")]
    public void Narrative_WithAStructureLikeAClause_IsNotAClause(string language, string text) =>
        Assert.Empty(OneParagraph.Clauses(language, text));

    [Fact]
    public void Verbs_ListedInAComplement_AreNotClausesOfTheirOwn()
    {
        var clauses = OneParagraph.Clauses("id", "Para Menteri menugaskan AHG, melalui Pertemuan Pejabat Senior, untuk mengawasi pelaksanaan Strategi, menyepakati ukuran kemajuan, dan melaporkan hasilnya.");

        Assert.Equal(["tasking"], clauses.Select(c => c.Strength.ToCode()));
    }

    [Theory]
    [InlineData("en", "Ministers agreed to:\n(a) identifying situations of mass arrival early;\n(b) sharing information on them within 48 hours; and\n(c) reviewing the arrangements every two years.")]
    [InlineData("id", "Para Menteri sepakat untuk:\n(a) mengidentifikasi situasi kedatangan massal sejak dini;\n(b) berbagi informasi mengenainya dalam 48 jam; dan\n(c) meninjau pengaturan tersebut setiap dua tahun.")]
    public void LeadIn_AndItsSubItems_AreOneClauseWithParts(string language, string text)
    {
        var clause = Assert.Single(OneParagraph.Clauses(language, text));

        Assert.Equal(CommitmentStrength.Decision, clause.Strength);
        Assert.Equal(3, clause.Parts.Count);
        Assert.StartsWith("(a)", clause.Parts[0], StringComparison.Ordinal);
        Assert.Equal(text, text.Substring(clause.Span.Start, clause.Span.Length));
        Assert.Equal(text, clause.Action);
    }

    [Fact]
    public void SubItem_WithAVerbOfItsOwn_IsAClauseOfItsOwn()
    {
        var clauses = OneParagraph.Clauses("en", "Ministers:\n(a) decided to renew the Office's mandate;\n(b) encouraged members to second staff to it.");

        Assert.Equal(["decision", "encouragement"], clauses.Select(c => c.Strength.ToCode()));
        Assert.All(clauses, c => Assert.Empty(c.Parts));
    }
}
