namespace Archive.Core.Commitments;

/// <summary>
/// One sentence as the extractor reads it: its words, the punctuation between them, and the questions of structure
/// asked of a position (does a clause open here, what verb follows a subject, can this word be a verb) in the
/// language's trigger table and grammar.
/// </summary>
internal sealed class SentenceReader(IReadOnlyList<Trigger> triggers, ClauseGrammar grammar, string sentence, List<SentenceWord> words)
{
    private const int MaxAdverbs = 3;

    // A parenthesis between a subject and its verb ("Ministers, having heard the report, agreed") has at most this many words.
    private const int MaxParenthesisWords = 30;

    // An impersonal trigger opens a clause after a comma among the sentence's first words only ("At the meeting, it was agreed").
    private const int MaxImpersonalStart = 8;

    // The words' texts, as the trigger patterns match them.
    private readonly List<string> _texts = [.. words.Select(w => w.Text)];

    public string Sentence { get; } = sentence;

    public List<SentenceWord> Words { get; } = words;

    public ClauseGrammar Grammar { get; } = grammar;

    /// <summary>Whether a clause can open at word <paramref name="at"/>: the sentence's first word, or one after a comma, colon, semicolon or bracket.</summary>
    public bool OpensClause(int at) => at == 0 || at > 0 && at < Words.Count && Between(at).IndexOfAny(",;:(") >= 0;

    /// <summary>Whether a comma or semicolon stands before word <paramref name="at"/>.</summary>
    public bool AfterComma(int at) => at > 0 && Between(at).IndexOfAny(",;") >= 0;

    /// <summary>The trigger of <paramref name="voice"/> standing at <paramref name="at"/>, longest first, with how many words it spans.</summary>
    public (Trigger Trigger, int Length)? Best(TriggerVoice voice, int at)
    {
        if (at < 0 || at >= Words.Count)
        {
            return null;
        }

        foreach (var trigger in triggers)
        {
            if (trigger.Voice == voice && trigger.MatchLength(_texts, at) is var length and > 0)
            {
                return (trigger, length);
            }
        }

        return null;
    }

    /// <summary>
    /// The active trigger opening a list item after its label ("(a) decided to …", "ii. encouraged …"), with where
    /// it stands and how many words it spans: the verb of the lead-in's subject.
    /// </summary>
    public (Trigger Trigger, int At, int Length)? ItemVerb()
    {
        var at = Words.Count > 1 && Words[0].Text.Length <= 4 && Between(1).IndexOfAny(").") >= 0 ? 1 : 0;
        at = SkipAdverbs(at);
        return Best(TriggerVoice.Active, at) is var (trigger, length) ? (trigger, at, length) : null;
    }

    /// <summary>
    /// An impersonal or opening trigger (no actor in the words) starting a clause at word <paramref name="at"/>: the
    /// sentence's first word, or the first after a comma, colon or semicolon among its first words ("At the meeting,
    /// it was agreed that …"). A bare trigger needs a complement ("Agreed that …"), so that a sentence opening on a
    /// participle ("Adopted in 2016, the Declaration …") stays narrative; an opening verb must not be a noun.
    /// </summary>
    public (Trigger Trigger, int At, int Length)? Actorless(int at)
    {
        if (at >= Words.Count || at > 0 && (at > MaxImpersonalStart || Between(at).IndexOfAny(",:;") < 0))
        {
            return null;
        }

        var subject = Words[at].Text == "it";
        var next = SkipAdverbs(SkipAuxiliaries(SkipAdverbs(subject ? at + 1 : at)));
        if (subject && next == at + 1)
        {
            return null;
        }

        if (!subject && Best(TriggerVoice.Opening, next) is var (opening, openingLength))
        {
            var following = next + openingLength;
            return following < Words.Count && !Grammar.IsNounMarker(Words[following].Text) ? (opening, next, openingLength) : null;
        }

        if (Best(TriggerVoice.Impersonal, next) is not var (trigger, length))
        {
            return null;
        }

        var after = next + length;
        var complement = after < Words.Count && (Grammar.IsComplementiser(Words[after].Text) || Between(after).Contains(':'));
        return subject || complement ? (trigger, next, length) : null;
    }

    /// <summary>
    /// The verb after a subject ending before <paramref name="afterSubject"/>, when it is a trigger: active right after
    /// it ("Ministers agreed"), after a parenthesis, adverbs or a frame ("We, the Ministers …, agreed", "We
    /// subsequently endorsed", "were pleased to note"), or, when <paramref name="passive"/>, passive after an
    /// auxiliary or, where the language marks the passive on the verb, right after it ("Anggota diminta"). After an
    /// auxiliary the passive is tried first: "Members will be asked to" is a tasking, not a "will".
    /// </summary>
    public (Trigger Trigger, int At, int Length)? AfterSubject(int afterSubject, bool passive)
    {
        var at = SkipAdverbs(SkipParenthesis(afterSubject));
        var auxiliary = SkipAdverbs(SkipAuxiliaries(at));
        // "were pleased to note": the verb after a frame is active, whatever auxiliary came before it.
        var framed = SkipFrame(auxiliary);
        List<(TriggerVoice Voice, int At)> order = auxiliary > at ? [(TriggerVoice.Passive, auxiliary)] : [(TriggerVoice.Active, at), (TriggerVoice.Passive, at)];
        if (framed > auxiliary)
        {
            order.Add((TriggerVoice.Active, framed));
        }

        if (auxiliary > at)
        {
            order.Add((TriggerVoice.Active, at));
        }

        foreach (var (voice, position) in order)
        {
            if ((passive || voice != TriggerVoice.Passive) && Best(voice, position) is var (trigger, length))
            {
                return (trigger, position, length);
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the trigger at <paramref name="at"/>, after "and" (<paramref name="conjunction"/>) or a comma, is a
    /// verb coordinated with <paramref name="verb"/>: in English it agrees in tense with it ("reviewed … and agreed",
    /// not "discussed returns and welcome centres"), is no noun ("and support for victims") and no participle ("…,
    /// adopted in 2016, …"); after a bare comma only a past form or an Indonesian verb is taken for a verb.
    /// </summary>
    public bool CoordinatesWith(string verb, int at, int length, bool conjunction)
    {
        var word = Words[at].Text;
        var next = at + length < Words.Count ? Words[at + length].Text : null;
        if (Grammar.IsModal(word))
        {
            return conjunction;
        }

        var past = Grammar.IsPast(word);
        return (past || !Grammar.IsPast(verb) || Grammar.IsModal(verb))
            && (past || next is null || !Grammar.IsNounMarker(next))
            && (!past || next is null || !Grammar.IsParticipleMark(next))
            && (conjunction || past);
    }

    /// <summary>
    /// Whether a trigger after a noun-phrase subject (ending before <paramref name="subjectEnd"/>) is its finite verb:
    /// a modal only before an active verb ("The two Governments will continue …", not "The next meeting will be
    /// held …"), no participle ("The Declaration adopted in 2016 …"), and a bare form only after a plural ("The
    /// Parties agree").
    /// </summary>
    public bool IsFiniteVerb(int subjectEnd, int at, int length)
    {
        var word = Words[at].Text;
        var next = at + length < Words.Count ? Words[at + length].Text : null;
        if (Grammar.IsModal(word) || Grammar.IsAuxiliary(word))
        {
            var verb = SkipAdverbs(at + length);
            return verb < Words.Count && !Grammar.IsAuxiliary(Words[verb].Text) && !Grammar.IsPassiveForm(Words[verb].Text);
        }

        if (Grammar.IsPast(word))
        {
            return next is null || !Grammar.IsParticipleMark(next);
        }

        var last = Words[subjectEnd - 1].Text;
        return word.EndsWith('s') || last.EndsWith('s') && !Grammar.IsDeterminer(last) && (next is null || !Grammar.IsNounMarker(next));
    }

    /// <summary>
    /// The first word after the verb of the relative clause whose pronoun stands at <paramref name="relative"/>: past
    /// its auxiliaries, adverbs and negation, the relative's own verb ("that have not yet done so", "yang belum
    /// melakukannya"), which is not the subject's.
    /// </summary>
    public int PastRelativeVerb(int relative)
    {
        var at = relative + 1;
        while (at < Words.Count && (Grammar.IsAuxiliary(Words[at].Text) || Grammar.IsAdverb(Words[at].Text) || Grammar.IsNegation(Words[at].Text)))
        {
            at++;
        }

        return at + 1;
    }

    /// <summary>
    /// Whether a subject can open at <paramref name="at"/>: not a function word, no trigger, no "it", and no -ing form
    /// opening a participial phrase ("Having reviewed …", "Noting that …"; "Fishing companies" is a subject).
    /// </summary>
    public bool CanOpenSubject(int at)
    {
        var word = Words[at].Text;
        if (Grammar.IsPersonal(word))
        {
            // "We" takes no modifier: in "We thanked the Chair for its support" the subject is "We" alone.
            return false;
        }

        var next = at + 1 < Words.Count ? Words[at + 1].Text : null;
        var participial = Grammar.IsGerund(word) && (next is null || Grammar.IsDeterminer(next) || Grammar.IsRelative(next) || Grammar.IsPast(next));
        return word != "it" && !IsFunctionWord(word) && !participial
            && !Enum.GetValues<TriggerVoice>().Any(v => Best(v, at) is not null);
    }

    /// <summary>
    /// Whether word <paramref name="at"/> can go on a noun-phrase subject: no comma before it; outside a relative
    /// clause, a modifier ("to the arrangement", "that have …", "taking part in …") but no other word that opens a
    /// clause, no auxiliary and no number.
    /// </summary>
    public bool CanContinueSubject(int at, bool insideRelative)
    {
        var word = Words[at].Text;
        return Between(at).IndexOfAny(",;:(") < 0
            && (insideRelative || OpensModifier(at) || !Grammar.IsSubordinator(word) && !Grammar.IsAuxiliary(word) && !word.Any(char.IsDigit));
    }

    /// <summary>
    /// Whether words <paramref name="start"/> to before <paramref name="end"/> name someone: a word in them is written
    /// with a capital where the sentence does not ask for one ("The Parties", "Para Pihak"), as bodies and parties are;
    /// "This statement" or "Every arrangement" is no one.
    /// </summary>
    public bool NamesSomeone(int start, int end)
    {
        for (var k = Math.Max(start, 1); k < end; k++)
        {
            if (Words[k].Capitalised && !OpensClause(k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a complementiser ("to", "untuk") stands between words <paramref name="from"/> and <paramref name="to"/>: the verbs after it are its complement's.</summary>
    public bool ComplementBetween(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (Grammar.IsComplementiser(Words[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether word <paramref name="at"/> opens a modifier of a subject; a capitalised -ing form is part of a name ("The Working Group").</summary>
    public bool OpensModifier(int at) =>
        Grammar.OpensModifier(Words[at].Text) && !(Words[at].Capitalised && Grammar.IsGerund(Words[at].Text));

    /// <summary>Whether word <paramref name="at"/> may be the verb after a subject: no function word or article, and in English no plural noun ("Business members").</summary>
    public bool MayBeVerb(int at)
    {
        var word = Words[at].Text;
        return !IsFunctionWord(word) && word is not ("the" or "a" or "an" or "of")
            && (Grammar.IsPast(word) || Grammar.IsModal(word) || !word.EndsWith('s'));
    }

    public int SkipAdverbs(int at)
    {
        for (var skipped = 0; at < Words.Count && skipped < MaxAdverbs && Grammar.IsAdverb(Words[at].Text); skipped++)
        {
            at++;
        }

        return at;
    }

    /// <summary>Past a parenthesis opening with a comma at <paramref name="at"/> and closing with one: "We, the Ministers …, met".</summary>
    public int SkipParenthesis(int at)
    {
        if (at <= 0 || at >= Words.Count || !AfterComma(at))
        {
            return at;
        }

        for (var end = at + 1; end < Math.Min(Words.Count, at + MaxParenthesisWords); end++)
        {
            if (AfterComma(end))
            {
                return end;
            }
        }

        return at;
    }

    private int SkipAuxiliaries(int at)
    {
        while (at < Words.Count && Grammar.IsAuxiliary(Words[at].Text))
        {
            at++;
        }

        return at;
    }

    private int SkipFrame(int at)
    {
        foreach (var frame in Grammar.Frames)
        {
            if (SentenceWord.Spell(Words, frame, at))
            {
                return at + frame.Length;
            }
        }

        return at;
    }

    private bool IsFunctionWord(string word) =>
        Grammar.IsSubordinator(word) || Grammar.IsNounMarker(word) || Grammar.IsParticipleMark(word) || Grammar.IsConjunction(word);

    private ReadOnlySpan<char> Between(int at) => at <= 0 ? default : Sentence.AsSpan(Words[at - 1].End, Words[at].Start - Words[at - 1].End);
}
