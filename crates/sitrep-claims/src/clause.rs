//! Content starts: where a cue's reported clause opens: that-clauses and
//! what stands between the cue and "that" (frames, media, appositions),
//! bare clauses without "that", clauses after a time phrase, and the main
//! clause a conformative "as" vouches for.

use super::*;

/// How far into a to-infinitive after a commitment verb a condition
/// ("if", "unless") may open and make the commitment a claim.
pub(crate) const CONDITION_WITHIN_WORDS: usize = 12;

/// Whether `rest`, what follows a "that" (with its space), is the verb
/// phrase of a subject relative clause, so that the "that" is a relative
/// pronoun and opens no reported clause: "Chinese vessels that entered
/// restricted waters", "a provocation that threatened regional peace". Its
/// first word (after a manner adverb in -ly) is a past-tense verb, and no
/// auxiliary, modal or contraction follows (unless a determiner or
/// preposition right after the verb shows it takes an object), nor a second
/// past verb after a noun, which would make the first word an adjective of
/// the clause's subject ("that armed groups had seized the town", "that
/// elected officials ignored the vote").
pub(crate) fn opens_subject_relative(wd: &DocWords, rest: &str) -> bool {
    let Some(r) = rest.strip_prefix(' ') else {
        return false;
    };
    let mut words = r.split_space();
    let lower = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase());
    let past = |w: &str, c: words::Classes| {
        lower(w) && (w.ends_with("ed") || c & (words::PAST_FORM | words::ACTION_PAST) != 0)
    };
    let Some(mut first) = words.next() else {
        return false;
    };
    // "vessels that illegally intruded into the waters": a manner adverb
    // may stand before the relative clause's verb.
    if lower(first) && words::ly_adverb(first, || wd.exact(first)) {
        let Some(next) = words.next() else {
            return false;
        };
        first = next;
    }
    let first_classes = wd.exact(first);
    if first.len() < 4
        || first_classes & (words::CUE_LEAD | words::DETERMINER | words::PRONOUN) != 0
    {
        return false;
    }
    if !past(first, first_classes) {
        return present_verb_with_object(wd, first, r);
    }
    let mut prev_class = first_classes;
    let mut prev_possessive = false;
    for (i, raw) in words.take(8).enumerate() {
        let w = raw.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’');
        if w.is_empty() {
            break;
        }
        let c = wd.exact(w);
        // "vessels that entered the waters were expelled": a determiner or
        // preposition right after the past form makes it the relative
        // clause's verb with its object, whatever auxiliary follows (a
        // participle adjective takes its noun: "that armed groups had …").
        if i == 0 && c & (words::DETERMINER | words::NOT_BEFORE_CUE | words::NOT_COMPLEMENT) != 0 {
            return true;
        }
        let aux = c & words::CUE_LEAD != 0 && c & words::NP_STOP != 0;
        let contraction = contracts_verb(wd, w, i == 0);
        if aux || c & words::MODAL != 0 || contraction {
            return false;
        }
        if i >= 1
            && past(w, c)
            && prev_class & words::DETERMINER == 0
            && !prev_possessive
            && c & words::ED_ADJECTIVE == 0
        {
            return false;
        }
        if is_coordinator(wd, w) || c & (words::RELATIVE | words::SUBORDINATOR) != 0 {
            break;
        }
        if raw.ends_with(['.', ',', ';', ':', '!', '?', ')']) {
            break;
        }
        prev_class = c;
        prev_possessive = words::ends_with_s_possessive(w);
    }
    true
}

/// Whether `first`, the first word of `rest` after a "that", is a verb in
/// the present's -s form with a determiner right after it opening its
/// object ("the levy that funds the clinics", "a law that bans the
/// import") or an object pronoun ("the poll that shows him ahead"): the
/// "that" is a relative pronoun. A plural noun may stand there
/// too, before a dating determiner ("that sales this year fell"): a time
/// word after the determiner leaves the "that" a complementiser.
fn present_verb_with_object(wd: &DocWords, first: &str, rest: &str) -> bool {
    let present = first.ends_with('s')
        && !first.ends_with("ss")
        && first.bytes().all(|b| b.is_ascii_lowercase());
    present && object_after_verb(wd, rest)
}

/// Whether the word after `rest`'s first word (a verb after a "that")
/// opens its object: an object pronoun, a determiner or a possessive, not
/// before a time word ("that sales this year fell" keeps a plural noun).
fn object_after_verb(wd: &DocWords, rest: &str) -> bool {
    let mut after = rest.split_space().skip(1);
    let object = after.next().map_or(0, |w| wd.exact(w));
    // "the poll that shows him ahead", "a law that makes it a felony": an
    // object pronoun takes the verb as surely as a determiner does.
    if object & words::OBJECT_PRONOUN != 0 && object & words::DETERMINER == 0 {
        return true;
    }
    // "an agreement that limits Tehran's programme": a possessive opens the
    // object as a determiner does (no plural noun is followed by one).
    let determiner = object & words::DETERMINER != 0
        || rest
            .split_space()
            .nth(1)
            .is_some_and(|w| w.len() > 2 && words::ends_with_s_possessive(w));
    let dating = after.next().is_some_and(|w| {
        let w = w.trim_end_matches([',', '.', ';', ':']);
        wd.exact(w) & (words::TIME_WORD | words::TIME_UNIT) != 0
    });
    determiner && !dating
}

/// Whether the "that" between `before` (what lies between a cue and the
/// "that") and `rest` (what follows it) is a relative pronoun on a plural
/// noun whose verb is in the base form with an object after it ("criticized
/// the provisions that pock the tax code", "said the loopholes that benefit
/// the rich must close"): a complementiser is followed by a subject, and a
/// demonstrative subject takes a verb in -s or the past. The plural noun
/// right before the "that" is the antecedent; a person noun after it is a
/// clause's subject ("told reporters that women the world over …").
/// `bare_object`: the cue takes no listener as its object (a `position`
/// verb), so a bare plural right after it may be the antecedent too ("has
/// attacked loopholes that benefit others").
pub(crate) fn plural_base_relative(
    wd: &DocWords,
    before: &str,
    rest: &str,
    bare_object: bool,
) -> bool {
    // A bare plural right after a cue that takes a listener is the
    // listener, not an antecedent: "told reporters that soon the army would withdraw",
    // "warned investors that tomorrow …" (the antecedent of "the
    // provisions that pock" has its determiner or modifier before it).
    let mut before_words = before.split_space();
    let antecedent = before_words.next_back().unwrap_or("");
    let alone = !before_words.any(|w| !w.is_empty());
    let plural = antecedent.len() > 3
        && is_lower_word(antecedent)
        && sitrep_text::s_form(antecedent)
        && (bare_object || !alone);
    let Some(first) = rest.strip_prefix(' ').and_then(|r| r.split_space().next()) else {
        return false;
    };
    let c = wd.exact(first);
    let person = words::PRONOUN
        | words::DETERMINER
        | words::SPEAKER_NOUN
        | words::SPEAKER_HEAD
        | words::ROLE_HEAD;
    let not_base = first.ends_with('s')
        || first.ends_with("ed")
        || first.ends_with("ing")
        || first.ends_with("ly")
        || c & (person
            | words::CUE_LEAD
            | words::MODAL
            | words::NP_STOP
            | words::TIME_WORD
            | words::TIME_UNIT)
            != 0;
    // A position verb's bare plural that is no `report_noun` takes no
    // that-clause of its own ("attacked loopholes that benefit hedge fund
    // managers"), so any lower-case object may follow the verb ("claims
    // that voters want change" keeps its clause).
    let bare_antecedent = || {
        bare_object
            && alone
            && wd.exact(antecedent) & words::REPORT_NOUN == 0
            && rest[1..].split_space().nth(1).is_some_and(|w| {
                let w = w.trim_end_matches(|c: char| c.is_ascii_punctuation());
                !w.is_empty() && is_lower_word(w)
            })
    };
    plural
        && first.len() > 2
        && is_lower_word(first)
        && !not_base
        && (object_after_verb(wd, &rest[1..]) || bare_antecedent())
}

/// Where, in `between` (what lies between a cue and the "that" of its
/// clause, with its leading space), the medium named by a `carrier`
/// participle and "by" starts and ends: " in a statement carried by KCNA"
/// gives the range of "KCNA".
pub(crate) fn carried_by(wd: &DocWords, between: &str) -> Option<(usize, usize)> {
    let by = scan::find_str(between, " by ")?;
    let participle = &between[after_last_of(&between[..by], b" ")..by];
    if wd.exact(participle) & words::CARRIER == 0 {
        return None;
    }
    let (a, b) = (by + " by ".len(), between.trim_end().len());
    (a < b).then_some((a, b))
}

/// Whether `before`, the words between a cue and a "that", are a frame
/// with a dummy subject and a form of "be" ("there was no evidence", "it is
/// not true", "there had been no sign"): the "that" belongs to the frame,
/// and the frame, which often negates the clause, to what was said.
pub(crate) fn expletive_frame(wd: &DocWords, before: &str) -> bool {
    const FRAME_MAX_WORDS: usize = 8;
    let mut ws = before.split_whitespace();
    let opens = ws
        .next()
        .is_some_and(|w| wd.exact(w) & words::EXPLETIVE_SUBJECT != 0);
    // Every test is pure, so the rest need not be read when the first word
    // is no dummy subject (nearly always): `before` may run far into the
    // sentence, and counting its words decodes every character.
    if !opens {
        return false;
    }
    let n = before.split_whitespace().count();
    // The form of "be" right after the subject, or after auxiliaries and
    // modals ("there had been", "it would be").
    let be = ws
        .take_while(|w| wd.exact(w) & (words::CUE_LEAD | words::MODAL | words::PASSIVE_AUX) != 0)
        .any(|w| wd.exact(w) & words::PASSIVE_AUX != 0);
    be && n <= FRAME_MAX_WORDS && !before.contains([',', '"', ';', ':'])
}

/// Whether `before`, the words between a cue and a "that", already hold a
/// clause of their own: a subject that opens with no preposition, then a
/// modal or auxiliary ("said the agency could not assure that …") or a
/// verb in -ed or an irregular past right after a noun ("said the vessel
/// belonged to a company that …"). The "that" then belongs inside what was
/// said (a complement of the inner verb or a relative), and the content
/// starts at the cue. A setting opens with a preposition ("said in a
/// statement posted online that …") and keeps its "that".
///
/// After a verb cue a subject pronoun may open that clause ("said he would
/// scrap the levy that …"); after a noun cue (`verb_cue` false), or before
/// "is that" / "was that", a pronoun and a verb are a relative clause on a
/// noun ("the promise she has made is that …"), and the "that" opens the
/// content.
pub(crate) fn clause_before_that(wd: &DocWords, before: &str, verb_cue: bool) -> bool {
    const CLAUSE_MAX_WORDS: usize = 12;
    let mut prev: Option<&str> = None;
    for (i, raw) in before.split_whitespace().take(CLAUSE_MAX_WORDS).enumerate() {
        let w = raw.trim_end_matches([',', ';', ':']);
        let c = wd.exact(w);
        if i == 0 {
            // "said it would not accept any deal that …", "said it had
            // reached an agreement that …": a pronoun of both cases ("it",
            // "you") before an auxiliary is the clause's subject.
            let finite_after = before
                .split_whitespace()
                .nth(1)
                .is_some_and(|next| auxiliary_word(wd, next) || do_support(wd, next));
            // A subject opens with a determiner, a name or a noun, not with
            // a preposition, an adverb or a time word ("said Tuesday that").
            // A subject pronoun opens a clause too ("said he would scrap the
            // tax that funds …"); an object pronoun is an addressee.
            // "the promise she has made is that …": a pronoun clause
            // before "is that" is a relative on a noun the cue word is.
            let copula_before_that = before
                .split_whitespace()
                .next_back()
                .is_some_and(|last| matches!(last, "is" | "was"));
            let subject_pronoun = verb_cue
                && !copula_before_that
                && c & words::PRONOUN != 0
                && (c & words::OBJECT_PRONOUN == 0 || finite_after);
            let opens_setting = is_setting_preposition(w)
                || (c & words::NOT_BEFORE_CUE != 0 && c & words::DETERMINER == 0)
                || c & (words::TIME_WORD | words::CUE_LEAD) != 0
                || (c & words::PRONOUN != 0 && !subject_pronoun);
            if opens_setting || w.ends_with("ly") {
                return false;
            }
            prev = Some(w);
            continue;
        }
        if raw.ends_with([',', ';', ':']) || raw.contains('"') {
            return false;
        }
        let after_noun = prev.is_some_and(|p| {
            wd.exact(p) & (words::NOT_BEFORE_CUE | words::DETERMINER | words::NP_STOP) == 0
        });
        // "said the company would sign a deal that …": an auxiliary after
        // the subject ("would", "has", "did") makes the words a clause, and
        // the "that" is inside it (claims96: was its own list, and "would"
        // and "will" counted only after a subject pronoun).
        let auxiliary = auxiliary_given(w, || c) || do_support(wd, w);
        let past = w.len() > 3
            && w.bytes().all(|b| b.is_ascii_lowercase())
            && (w.ends_with("ed") || c & (words::PAST_FORM | words::ACTION_PAST) != 0)
            && c & words::ED_ADJECTIVE == 0;
        if auxiliary || (past && after_noun) {
            return true;
        }
        prev = Some(w);
    }
    false
}

/// Whether `rest`, what follows a "that", opens a finite clause: a subject
/// pronoun first ("that he would …"), or an auxiliary, a contraction or a
/// verb form in -ed or -s among its first words before punctuation ("that
/// the top 1 percent would pay", "that countries donated millions"). Not a
/// determiner or pronoun "that" ("won that state.", "rejected that.").
/// Whether the text right after a cue (`lower`, from the space after it)
/// opens a clause without "that": a subject pronoun first ("agreed they had
/// no choice"), or, but for a denial, a short subject and a finite verb
/// within `reach` words, with no relative word before it ("agreed the deal
/// was fair", "ruled the vote was void"; "agreed a deal that would cut
/// emissions" is an act). With `subject_first` the finite verb may not be
/// the first word: "the team's playoff hopes are slim" has a noun "hopes",
/// no verb with a clause.
pub(crate) fn opens_bare_clause(
    wd: &DocWords,
    lower: &str,
    stance: Stance,
    reach: usize,
    subject_first: bool,
) -> bool {
    let first = lower.split_whitespace().next().unwrap_or("");
    let finite_soon = || {
        stance != Stance::Deny
            && lower
                .split_whitespace()
                .take(reach)
                // "One would hope so, since the business could use …": a
                // comma ends a subject before its verb came.
                .take_while(|w| {
                    let relative = matches!(*w, "that" | "which" | "who" | "to");
                    let comma = subject_first && w.ends_with([',', ';', ':']);
                    !(relative || comma)
                })
                .skip(usize::from(subject_first))
                .any(|w| {
                    let c = wd.exact(w);
                    (c & words::BARE_CLAUSE_VERB != 0 && is_lower_word(w))
                    // "worry prices may rise", "agreed the regime fell": a
                    // modal or an irregular past is finite too.
                    || c & (words::MODAL | words::ACTION_PAST) != 0
                })
    };
    (wd.exact(first) & words::BARE_CLAUSE_SUBJECT != 0 && is_lower_word(first)) || finite_soon()
}

/// Whether `lower`, the words after a `that-or-bare` cue, open a finite
/// clause whose subject is a noun phrase of up to `reach - 1` words: "had
/// concluded the establishment of settlements was illegal". The subject
/// must run up to the finite verb without punctuation, a coordinator, a
/// subordinator, a relative word, "to" or a pronoun: "thanked Miami and
/// said it was …", "announce the guests when it is their turn" and
/// "recalled the time he was a child" are noun objects. A deny cue takes no
/// bare clause (as in [`opens_bare_clause`]).
pub(crate) fn opens_long_bare_clause(
    wd: &DocWords,
    lower: &str,
    stance: Stance,
    reach: usize,
) -> bool {
    if stance == Stance::Deny {
        return false;
    }
    let mut words = lower.split_whitespace().take(reach);
    let Some(first) = words.next() else {
        return false;
    };
    if first.ends_with([',', ';', ':', '.']) || wd.exact(first) & words::PRONOUN != 0 {
        return false;
    }
    for w in words {
        let c = wd.exact(w);
        if (c & words::BARE_CLAUSE_VERB != 0 && is_lower_word(w))
            || c & (words::MODAL | words::ACTION_PAST) != 0
        {
            return true;
        }
        let breaks = c & (words::COORDINATOR | words::SUBORDINATOR | words::RELATIVE | words::PRONOUN) != 0
                || w == "to"
                // "ruled unanimously that …": a "that" is the that-clause's to read.
                || w == "that"
                || w.ends_with([',', ';', ':', '.', '"']);
        if breaks {
            return false;
        }
    }
    false
}

/// Whether `before`, the words between a cue and a "that", is a clause
/// without "that" and then a coordinator: in "said a deal was still
/// possible but that an attack could happen" (or "says Spain will not meet
/// the target and that it can …") the "that" opens the second of two
/// coordinated reported clauses, and the content is both, not the last.
pub(crate) fn coordinated_that(wd: &DocWords, before: &str) -> bool {
    let Some((clause, last)) = before.trim_end().rsplit_once(' ') else {
        return false;
    };
    let clause = clause.trim();
    is_coordinator(wd, last)
        && clause.contains(' ')
        && !clause.contains([',', ';', ':', '"', '\u{201c}', '(', '\n'])
        && opens_bare_clause(wd, clause, Stance::Assert, 6, true)
}

/// Where the clause starts (the space before it, an offset into `after`)
/// when `after`, the text right after a cue, is a short aside set off by
/// commas and then a clause without "that": "says, win or lose in
/// Tuesday's primary, he is staying", "said, speaking on condition of
/// anonymity, the talks had failed". The aside has at most
/// `ASIDE_MAX_WORDS` words, no quote, bracket or other punctuation, and
/// does not open with a conjunction ("said, and the crowd cheered, …"); the
/// clause opens with a subject and a finite verb ([`opens_finite_clause`]),
/// not with a quote (the quote's own rules read it).
pub(crate) fn aside_then_bare_clause(wd: &DocWords, after: &str) -> Option<usize> {
    const ASIDE_MAX_WORDS: usize = 8;
    let inner = after.strip_prefix(", ")?;
    let comma = scan::find_str(inner, ", ")?;
    let aside = &inner[..comma];
    let mut words = aside.split_space();
    let opener = words.next().unwrap_or("");
    if aside.is_empty()
        || aside.split_space().count() > ASIDE_MAX_WORDS
        // Apostrophes stay ("in Tuesday's primary"); quote marks do not.
        || aside.contains(['"', ';', ':', '(', ')', '\u{201c}', '\u{201d}', '\u{2018}', '\u{2014}'])
        || is_coordinator(wd, opener)
        || opener == "that"
        || words.any(|w| w == "that")
    {
        return None;
    }
    // The space after the second comma, where the clause's text begins.
    let space = ", ".len() + comma + 1;
    // A "that" after the aside is `aside_then_that`'s to read, or none's.
    let clause = after[space..].trim_start();
    let first = clause.chars().next()?;
    if QUOTE_MARKS.contains(&first) || first == '\u{201c}' || clause.starts_with("that ") {
        return None;
    }
    // "she has proposed, she needs to raise revenue, which she plans …",
    // "… claims, prosecutors rarely pursue such cases, and Congress …": an
    // aside that is a clause of its own, or a relative, subordinate or
    // coordinated clause after it, is no content of the cue.
    let opener = clause.split_space().next().unwrap_or("");
    let joins = wd.exact(opener) & (words::RELATIVE | words::SUBORDINATOR) != 0
        || lower_in(wd, opener, words::CLAUSE_JOINER);
    // "said, if elected, she would …", "said, after the vote, the plan was
    // dead": an aside a subordinator opens is an adverbial of the clause
    // after it, no clause of its own.
    let aside_opener = aside.split_space().next().unwrap_or("");
    let subordinate_aside = wd.exact(aside_opener) & words::SUBORDINATOR != 0;
    if joins
        || (!subordinate_aside
            && opens_finite_clause(wd, &after[", ".len() - 1..", ".len() + comma]))
    {
        return None;
    }
    opens_finite_clause(wd, &after[space..]).then_some(space)
}

/// Whether `w` is an auxiliary or modal verb ("was", "has", "would"), not
/// an -ing form: a word that has no subject of its own after a "that".
pub(crate) fn auxiliary_word(wd: &DocWords, w: &str) -> bool {
    auxiliary_given(w, || wd.exact(w))
}

/// Whether `w` is a form of "do" that carries tense before a verb ("did
/// sign", "does support"; `do_support` in `claims-words.tsv`).
fn do_support(wd: &DocWords, w: &str) -> bool {
    is_lower_word(w) && wd.extra(w) & words::DO_SUPPORT != 0
}

/// [`auxiliary_word`] for a caller that has `w`'s exact classes at hand
/// (`classes`, asked only when the word's shape does not decide).
pub(crate) fn auxiliary_given(w: &str, classes: impl FnOnce() -> words::Classes) -> bool {
    !w.ends_with("ing")
        && classes() & (words::MODAL | words::PASSIVE_AUX | words::VERB_GROUP_AUX) != 0
}

/// Whether `rest` opens with a plural auxiliary ("were", "are", "have"):
/// after a "that" it marks a relative clause of a plural noun ("links that
/// were cut"), since a demonstrative "that" as subject takes the singular.
pub(crate) fn plural_auxiliary_after(rest: &str) -> bool {
    matches!(
        rest.split_whitespace().next(),
        Some("were" | "are" | "have")
    )
}

/// Whether the clause word `w` carries a contracted verb ("don't", "they're",
/// and first in the clause a pronoun's "'s": "he's staying", "it's a long
/// race"). Any other "'s" is a possessive ("Trump's plan" opens no clause).
fn contracts_verb(wd: &DocWords, w: &str, first: bool) -> bool {
    words::has_contraction_mark(w) || (first && contracted_auxiliary(wd, w).is_some())
}

pub(crate) fn opens_finite_clause(wd: &DocWords, rest: &str) -> bool {
    let Some(r) = rest.strip_prefix(' ') else {
        return false;
    };
    // "vessels that entered restricted waters": a relative pronoun.
    if opens_subject_relative(wd, rest) {
        return false;
    }
    // The word before: one right after a determiner or a preposition is a
    // noun ("searched that building for weapons", "that response to the
    // crisis"), whatever its ending.
    let mut prev_class = 0;
    for (i, raw) in r.split_space().take(10).enumerate() {
        let w = raw.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’');
        if w.is_empty() {
            return false;
        }
        let c = wd.exact(w);
        let subject = i == 0 && c & words::PRONOUN != 0 && c & words::OBJECT_PRONOUN == 0;
        let aux = c & words::CUE_LEAD != 0 && c & words::NP_STOP != 0;
        let contraction = contracts_verb(wd, w, i == 0);
        let verb_form = i >= 1
            && w.bytes().all(|b| b.is_ascii_lowercase())
            && (w.ends_with("ed")
                || sitrep_text::s_form(w)
                // "that prices rose", "that the regime fell".
                || c & (words::PAST_FORM | words::ACTION_PAST) != 0)
            && c & (words::DETERMINER | words::PRONOUN) == 0
            && prev_class & (words::DETERMINER | words::NOT_COMPLEMENT) == 0;
        // "that if the state held up the deal, …": a subordinate clause first.
        let subordinate = i == 0 && c & words::SUBORDINATOR != 0;
        if subject || aux || contraction || verb_form || subordinate || w == "I" {
            return true;
        }
        // "provokes that rare thrill that one gets", "searched that room but
        // did not": a conjunction or relative pronoun after the words that
        // follow a determiner "that" ends them before any verb.
        // A subordinate clause after them ("signed that law after lawmakers
        // passed it", "vetoed that bill because it raises taxes") is no
        // clause of the "that".
        if i >= 1
            && (c & (words::RELATIVE | words::SUBORDINATOR) != 0
                || is_coordinator(wd, w)
                || w == "that")
        {
            return false;
        }
        prev_class = c;
        // "U.S." and "Mr." end no clause.
        let period = raw.ends_with('.') && !w.contains('.') && !is_abbreviation(wd, raw);
        if period || raw.ends_with([',', ';', ':', '!', '?', ')']) {
            return false;
        }
    }
    false
}

/// Where the clause starts in a content that opens with a short time
/// phrase ("on Monday it had decided …", "last week the talks would …"):
/// up to three words, each a `time_word` or a preposition of time before
/// one, the last a time word, then a finite clause ([`opens_finite_clause`]).
/// `None` when the content opens otherwise ("last year's budget …").
pub(crate) fn time_before_clause(wd: &DocWords, content: &str) -> Option<usize> {
    const TIME_PHRASE_MAX_WORDS: usize = 3;
    let mut end = 0;
    let mut after_time = false;
    for (i, w) in content
        .split_space()
        .take(TIME_PHRASE_MAX_WORDS)
        .enumerate()
    {
        let preposition = matches!(w, "on" | "in" | "at" | "during");
        let c = wd.exact(w);
        let time = c & words::TIME_WORD != 0 && !preposition;
        if !(time || (i < 2 && preposition)) || w.contains(|c: char| !c.is_alphanumeric()) {
            return None;
        }
        end += w.len() + usize::from(i > 0);
        // The phrase ends in a time noun or adverb ("Monday", "today", "last
        // week"), not in a word that modifies one ("a", "this", "last"
        // alone): in "said a Chinese attack could …" there is no time.
        let ends_phrase =
            time && c & words::DETERMINER == 0 && (c & words::NP_STOP != 0 || after_time);
        after_time = time;
        // A time word, then the clause: "on Monday it …", "Tuesday Iran …",
        // "last week the talks …". Its first word names a subject (a
        // subject pronoun, a determiner or a name): in "said last year was
        // the hottest" the time phrase is the subject itself.
        let rest = &content[end..];
        let first = rest.trim_start().split_space().next().unwrap_or("");
        let fc = wd.exact(first);
        // ("it" is an object pronoun too, and a subject here.)
        let subject = fc & (words::PRONOUN | words::DETERMINER) != 0
            || first.starts_with(|c: char| c.is_uppercase());
        if ends_phrase && subject && opens_finite_clause(wd, rest) {
            return Some(end + 1);
        }
    }
    None
}

/// Whether `rest`, what follows a "that", opens with a plural noun and a
/// plain verb ("that gangs control about 90 percent", "that farmers need
/// rain"): a clause, since a determiner "that" takes no plural noun.
pub(crate) fn plural_subject_clause(wd: &DocWords, rest: &str) -> bool {
    let mut ws = rest.split_space().filter(|w| !w.is_empty());
    let (Some(noun), Some(verb)) = (ws.next(), ws.next()) else {
        return false;
    };
    let function = words::DETERMINER
        | words::PRONOUN
        | words::NP_STOP
        | words::CUE_LEAD
        | words::RELATIVE
        | words::SUBORDINATOR
        | words::NOT_BEFORE_CUE;
    let lower = |w: &str| w.len() >= 3 && w.bytes().all(|b| b.is_ascii_lowercase());
    lower(noun)
        && sitrep_text::s_form(noun)
        && wd.exact(noun) & function == 0
        && lower(verb)
        && !verb.ends_with('s')
        && !verb.ends_with("ing")
        && !verb.ends_with("ly")
        && wd.exact(verb) & function == 0
}

/// The main clause a conformative "as" clause vouches for: in "As the Post
/// reported, the talks stalled" (also after a conjunction: "But as Lee noted
/// last week, …") the speaker's words are the clause after the comma. The
/// cue must be a `conformative_verb` ("reported", "noted", "pointed out"):
/// with other verbs "as" is mostly temporal ("As she testified, her lawyers
/// watched"). Nothing but a setting or a time may stand between the cue and
/// the comma, and a quote may follow it. Postposed at the sentence's end
/// ("The talks stalled, as the Post reported.") the clause before ", as" is
/// the content (PolNeAR train annotates the shape; claims52 counted 0.93 of
/// about 14 places). `None` otherwise.
pub(crate) fn conformative_as_content(
    wd: &DocWords,
    text: &str,
    ss: usize,
    speaker_start: usize,
    (cue_start, cue_end): (usize, usize),
    content_end: usize,
) -> Option<(usize, usize)> {
    if cue_end > content_end || speaker_start > cue_start || ss > speaker_start {
        return None;
    }
    let cue_word = text[cue_start..cue_end].split_space().next().unwrap_or("");
    if wd.exact(cue_word) & words::CONFORMATIVE_VERB == 0 {
        return None;
    }
    let pre = text[ss..speaker_start].trim_end();
    let lead = pre
        .strip_suffix(" as")
        .or_else(|| pre.strip_suffix(" As"))
        .or_else(|| matches!(pre, "as" | "As").then_some(""))?;
    // "Rates fell, as the Post reported.", "…, as Lee has noted in a
    // column": a postposed "as" clause ends the sentence (nothing but a
    // setting after the cue); the clause before its comma is what was
    // reported.
    if let Some(main) = lead.strip_suffix(',') {
        let after = text[cue_end..content_end].trim_end_matches(['.', '!', '?']);
        if !pre.ends_with(", as") || !empty_or_setting_after_cue(wd, after) {
            return None;
        }
        let (a, b) = trim(text, ss, ss + main.len());
        return (a < b && text[a..b].contains(' ')).then_some((a, b));
    }
    // Only the clause's first words: "as" alone or after a conjunction
    // ("And as", "But as"). After a phrase ("And that, as Trump points out,
    // is …") the reported clause is split around the "as" clause.
    let lead = lead.trim();
    if lead.contains(' ') || !(lead.is_empty() || wd.exact(lead) & words::NP_STOP != 0) {
        return None;
    }
    let after = &text[cue_end..content_end];
    let comma = after.find(',')?;
    let between = after[..comma].trim();
    if !(between.is_empty() || empty_or_setting_after_cue(wd, between)) {
        return None;
    }
    let (a, b) = trim(text, cue_end + comma + 1, content_end);
    let (a, b) = trim(
        text,
        a,
        a + text[a..b].trim_end_matches(['.', '!', '?']).len(),
    );
    // A clause, not a stray word: at least two words.
    (a < b && text[a..b].contains(' ')).then_some((a, b))
}

/// Whether `lead` opens with a relative pronoun ("who", "which").
pub(crate) fn opens_relative(wd: &DocWords, lead: &str) -> bool {
    lead.split_space()
        .next()
        .is_some_and(|w| is_lower_word(w) && wd.exact(w) & words::RELATIVE != 0)
}

/// Whether the words between a cue and a following "that" end in an
/// apposition ("praised Hamas, the group that attacked …"): then "that"
/// opens a relative clause on the apposition's noun, not the cue's content.
pub(crate) fn relative_after_apposition(wd: &DocWords, gap: &str) -> bool {
    let Some(comma) = gap.rfind(',') else {
        return false;
    };
    let tail: Vec<&str> = gap[comma + 1..].split_whitespace().collect();
    (2..=4).contains(&tail.len())
        && wd.exact(&tail[0].to_lowercase()) & words::DETERMINER != 0
        && tail[1..]
            .iter()
            .all(|w| w.chars().all(|c| c.is_alphabetic() || c == '-'))
}
