//! Claims inside claims and transcript turns: acts and stances nested in
//! another claim's reported clause, and "Name: …" paragraphs (the
//! speaker of a turn, the recurring names in capitals of a transcript).

use super::*;

/// Which drafts report an act inside another claim: "China's commerce
/// ministry said it firmly opposed the measures", "Peskov said the attack
/// showed the need for vigilance". The verb's subject (a pronoun or a phrase
/// naming no actor) opens the reported
/// clause of a claim with a named speaker, and the verb's own object
/// follows it straight on and is a noun phrase in lower case (no "that",
/// colon, quote, name or finite clause between or after): the outer speaker
/// tells of what was done or shown, and the verb makes no second claim. "Zelensky said the attack showed that …" and "she said
/// officials told her the plan failed" keep theirs, and so does a verb
/// further into the clause ("…, but he also noted the deaths"), which
/// PolNeAR's annotators read as an attribution of its own.
pub(crate) fn nested_acts(ctx: &Ctx, drafts: &[Draft]) -> Vec<bool> {
    let (text, wd) = (ctx.text, ctx.words);
    drafts
        .iter()
        .enumerate()
        .map(|(i, d)| {
            // The verb's last word: "firmly opposed" → "opposed".
            let verb = text[d.cue.0..d.cue.1]
                .split_space()
                .next_back()
                .unwrap_or("");
            // A plain speech verb ("said", "says": what is said may be any
            // shape) and a verb with an addressee ("told Trump to …", an
            // order reported) stay claims, and so does a name opening the
            // object ("rebuts American criticism").
            // A denial keeps its claim too ("the doctors said the government
            // is denying vaccines"): the ledger reads what was refused.
            let act_verb = wd.exact(verb) & (words::SAID_FORM | words::ADDRESSEE_VERB) == 0
                && d.stance == Stance::Assert;
            // The inner subject is a pronoun ("it firmly opposed") or names
            // no actor ("the attack showed"); a named other party's act
            // ("Egypt said Saudi Arabia had condemned the attack") keeps its
            // claim, the graph's evidence of what that party did.
            let subject = d.speaker.text.as_deref().unwrap_or("");
            let unnamed_subject =
                d.speaker.actor.is_none() || wd.exact(subject) & words::PRONOUN != 0;
            let object_follows = act_verb
                && unnamed_subject
                && d.content.0 >= d.cue.1
                && text[d.cue.1..d.content.0].trim().is_empty()
                && text[d.content.0..].starts_with(|c: char| c.is_lowercase())
                // Only the content is read: what follows the sentence ("…
                // democracy.\n\nThe court found …") is no clause of the verb.
                && !opens_finite_clause(wd, &text[d.cue.1..d.content.1]);
            object_follows
                && drafts.iter().enumerate().any(|(j, outer)| {
                    j != i
                        && outer.speaker.text.is_some()
                        && d.speaker.span.as_ref().is_some_and(|sp| {
                            sp.start == outer.content.0
                                || opens_second_clause(text, outer.content.0, sp.start)
                        })
                        && d.content.1 <= outer.content.1
                })
        })
        .collect()
}

/// Whether `at` opens a second that-clause of a reported content opening at
/// `content_start`: "found the conditions had not been met and that the
/// decree had seriously challenged democracy" — the subject right after
/// " and that ", as the first clause's subject opens the content.
pub(crate) fn opens_second_clause(text: &str, content_start: usize, at: usize) -> bool {
    content_start < at && text[content_start..at].ends_with(" and that ")
}

/// Which drafts are a stance nested in another claim's reported clause: a
/// verb of hope, wish, belief or fear (`inner_stance`: "Hun Manet said he
/// hoped the ceasefire would hold", "she said Tehran wanted to see …")
/// whose subject opens the content of a plain speech verb (`said_form`:
/// "said", "told", "added"). The stance is part of what the outer speaker said, not a
/// second claim: PolNeAR's annotators mark none of them (0 of 28 "said he
/// hoped / wanted", 0 of 46 "said … believed / expected / feared" in
/// train).
pub(crate) fn nested_stances(ctx: &Ctx, drafts: &[Draft]) -> Vec<bool> {
    const SUBJECT_MAX_WORDS: usize = 4;
    let (text, wd) = (ctx.text, ctx.words);
    let last_word = |(a, b): (usize, usize)| text[a..b].split_space().next_back().unwrap_or("");
    drafts
        .iter()
        .map(|d| {
            wd.exact(last_word(d.cue)) & words::INNER_STANCE != 0
                && drafts.iter().any(|outer| {
                    let (os, oe) = outer.content;
                    // The positions first: only a draft whose content holds
                    // this cue has its text read, so a long document's
                    // other claims cost no search of what lies between.
                    if !(outer.cue.1 <= os && os < d.cue.0 && d.content.1 <= oe) {
                        return false;
                    }
                    let subject = text.get(os..d.cue.0).unwrap_or("");
                    // "said the round had made progress and that he hoped
                    // …": a second that-clause of the same cue.
                    let subject = subject
                        .rfind(" and that ")
                        .map_or(subject, |p| &subject[p + " and that ".len()..]);
                    wd.exact(last_word(outer.cue)) & words::SAID_FORM != 0
                        && !subject.contains([',', ';', ':', '"'])
                        && subject.split_space().count() <= SUBJECT_MAX_WORDS
                })
        })
        .collect()
}

/// Which drafts are a noun cue inside another claim's content: "The court
/// found that Israel had not substantiated its allegations that …" — the
/// allegations are what the court spoke of, and the outer claim holds them.
/// PolNeAR's annotators mark such a noun ("allegations", "claims",
/// "reports", "warnings" … + "that") after another cue of its sentence in
/// 15 of 72 train occurrences (0.21, below session 24's 0.7 bar); dropping
/// them took 32 train predictions, 6 of them gold cues.
pub(crate) fn nested_noun_cues(
    text: &str,
    drafts: &[Draft],
    is_noun: impl Fn(&Draft) -> bool,
) -> Vec<bool> {
    drafts
        .iter()
        .enumerate()
        .map(|(i, d)| {
            // "…, warning that he would not …": an -ing cue after a comma or
            // "and" is a participle, a speech act of its own, whatever row
            // matched it.
            let before = text[..d.cue.0].trim_end();
            let participle = text[d.cue.0..d.cue.1]
                .split_space()
                .next()
                .is_some_and(|w| w.ends_with("ing"))
                && (before.ends_with(',') || before.ends_with(" and"));
            !participle
                && is_noun(d)
                && drafts.iter().enumerate().any(|(j, outer)| {
                    j != i
                        && outer.speaker.text.is_some()
                        && outer.content.0 <= d.cue.0
                        && d.content.1 <= outer.content.1
                })
        })
        .collect()
}

/// The capitalized names that open two or more paragraphs before a colon:
/// the speakers of a transcript ("WALLACE: …" … "WALLACE: …"). A name
/// counts as recurring too when another label ends in the same surname and
/// opens with a given name (`given_name`, the KB's): transcripts give the
/// full name at a speaker's first turn and the surname after it ("KATE
/// BOULDUAN: …" … "BOULDUAN: …").
pub(crate) fn recurring_caps_names(
    text: &str,
    turns: &[sitrep_text::TurnLabel],
    given_name: impl Fn(&str) -> bool,
) -> Vec<String> {
    fn surname(name: &str) -> &str {
        name.rsplit(' ').next().unwrap_or(name)
    }
    // (surname, name) of every label in capitals, sorted so that the
    // labels sharing a surname stand together.
    let mut names: Vec<(&str, &str)> = turns
        .iter()
        .filter(|t| t.caps)
        .map(|t| {
            let name = &text[t.label..t.colon];
            (surname(name), name)
        })
        .collect();
    names.sort_unstable();
    let mut out: Vec<String> = Vec::new();
    for group in names.chunk_by(|a, b| a.0 == b.0) {
        // A surname alone ties the names ending in it that open with a
        // given name. Two headings that only share a last word ("WORLD
        // NEWS:", "LOCAL NEWS:") name no one, nor does a word alone and a
        // heading ending in it ("UPDATE:", "LATEST UPDATE:"); and only one
        // opening two paragraphs recurs.
        let surname_alone = group.iter().any(|&(last, name)| last == name);
        let person = |&(last, name): &(&str, &str)| {
            last == name || name.split(' ').next().is_some_and(&given_name)
        };
        let tied = surname_alone && group.iter().filter(|l| person(l)).count() >= 2;
        for (k, label) in group.iter().enumerate() {
            let repeated = group.get(k + 1) == Some(label) || (k > 0 && group[k - 1] == *label);
            let name = label.1;
            if (repeated || (tied && person(label))) && !out.iter().any(|n| n == name) {
                out.push(name.to_string());
            }
        }
    }
    out
}

/// The speaker of a "Name: …" paragraph (`line_start..colon` is the
/// name), or `None` when the name is a label, heading or list item. The
/// name must be one of:
///
/// - an actor mention of a person, organization, armed group, IGO, media
///   outlet or group, alone or with titles before it and a short
///   prepositional tail after it ("Trump on Twitter", `colon_tail` words in
///   `claims-words.tsv`); a country or place is the topic of a headline
///   ("Syria: …") or a dateline ("NEW DELHI: …"), not a speaker;
/// - a role noun phrase ("The spokesman", "Foreign ministry official");
/// - a name in capitals that opens two or more paragraphs (a transcript),
///   or of two words or more in a transcript (`transcript`: a questioner's
///   turn or such a recurring name in the document);
/// - an unknown name, every word capitalized, when the name's last word
///   speaks elsewhere in the document ("Caddell said …"), or, of two words
///   or more, when what follows is a quote, or, in the headline, of two or
///   three words whose first is a KB person's given name ("Mark Cuban:
///   I'd consider …").
///
/// A first word of the `label` class ("Update", "Dear", "Q") rules the
/// line out; "The", "A" (labels that are determiners: "The Latest:") only
/// open a role noun phrase or a mention.
pub(crate) fn colon_speaker(
    pass: &DocPass,
    drafts: &[Draft],
    line_start: usize,
    colon: usize,
    quoted: bool,
    transcript_names: &[String],
    transcript: bool,
) -> Option<Speaker> {
    let (ctx, kb) = (&pass.ctx, pass.kb);
    let (text, wd) = (ctx.text, ctx.words);
    let name = &text[line_start..colon];
    let words: Vec<&str> = name.split_space().collect();
    // A label word that is no determiner ("Update", "Dear"; not "The").
    let label = |w: &str| {
        let c = wd.exact(w);
        c & words::LABEL != 0 && c & words::DETERMINER == 0
    };
    if label(words[0]) {
        return None;
    }
    let caps = sitrep_text::is_caps_label(name);
    // An actor mention, with titles before it and a short tail after it.
    let (a, b) = ctx.mention_range(line_start, colon);
    for m in ctx.mentions[a..b].iter().filter(|m| m.end <= colon) {
        let lead = &text[line_start..m.start];
        let lead_ok = lead
            .split_space()
            .filter(|w| !w.is_empty())
            .all(|w| w.starts_with(|c: char| c.is_uppercase()) && !is_np_stop(wd, w));
        let tail = text[m.end..colon].trim();
        let tail_words: Vec<&str> = tail.split_space().filter(|w| !w.is_empty()).collect();
        let tail_ok = tail.is_empty()
            || (text[m.end..].starts_with(' ')
                && tail_words.len() <= 4
                && wd.exact(tail_words[0]) & words::COLON_TAIL != 0);
        if !(lead_ok && tail_ok) {
            continue;
        }
        let kind = ctx.actors.actors[m.actor].kind;
        if matches!(kind, ActorKind::Country | ActorKind::Place) {
            return None;
        }
        return Some(ctx.speaker_from_np(line_start, m.end));
    }
    let plain = words
        .iter()
        .all(|w| !is_np_stop(wd, w) && !w.ends_with("ing"));
    if !plain {
        return None;
    }
    // A role noun phrase: "The spokesman", "Senior officials".
    let last = words[words.len() - 1];
    if wd.of(last) & words::ROLE_HEAD != 0 && wd.of(last) & words::LABEL == 0 {
        return Some(ctx.speaker_from_np(line_start, colon));
    }
    // "The Latest: …": a determiner opening anything but a role phrase.
    if wd.exact(words[0]) & words::LABEL != 0 {
        return None;
    }
    if caps {
        return (transcript_names.iter().any(|n| n == name) || (transcript && words.len() >= 2))
            .then(|| ctx.speaker_from_np(line_start, colon));
    }
    // An unknown name: "Pat Caddell: 'Voters are worried …'".
    let name_like = words.len() <= 4
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase()) && wd.exact(w) & words::DETERMINER == 0
        });
    if !name_like {
        return None;
    }
    let surname = last.trim_end_matches('.');
    let speaks_elsewhere = drafts.iter().any(|d| {
        d.cue.1 - d.cue.0 > 1
            && d.speaker
                .text
                .as_deref()
                .and_then(|t| t.split([' ', ',']).rfind(|w| !w.is_empty()))
                // "PENCE: …" in a transcript speaks for the headline's "Pence: …".
                .is_some_and(|w| w.trim_end_matches("'s").eq_ignore_ascii_case(surname))
    });
    // "Lynch: No outside influence on FBI probe" over a story naming
    // "Loretta Lynch": in the headline (the document's first line) the
    // surname of a person the document names. A line inside the story
    // ("Sanders: Win in a walk.") is as often a section heading.
    let headline = text[..line_start].trim().is_empty();
    let persons_surname = || {
        words.len() == 1
            && headline
            && ctx.mentions.iter().any(|m| {
                ctx.actors.actors[m.actor].kind == ActorKind::Person
                    && text[m.start..m.end]
                        .split_space()
                        .next_back()
                        .is_some_and(|w| w.trim_end_matches("'s").trim_end_matches("’s") == surname)
            })
    };
    // "Mark Cuban: I'd consider a future White House bid.": in the
    // headline, two or three words whose first is a given name of a KB
    // person name someone before unquoted words too. Other capitalized
    // pairs open as many headings as speakers ("Climate Change: …"), and
    // inside a story such lines are lists: a police log's "Elizabeth A.
    // Burton: Possession of …", a deal list's "New Release: …".
    let full_name =
        || headline && (2..=3).contains(&words.len()) && kb.is_person_given_name(words[0]);
    // One word ("Sanders: …") is a name only when it speaks elsewhere or
    // names a person the document names: alone it is as often a topic or a
    // team ("Lakers: …").
    ((quoted && words.len() >= 2) || speaks_elsewhere || persons_surname() || full_name())
        .then(|| ctx.speaker_from_np(line_start, colon))
}

/// Claims told inside another claim's content, kept as a chain (issue #5):
/// "Fico said Putin had confirmed Russia's willingness to keep supplying
/// gas" is Putin's claim as Fico relays it, so the inner claim's `via` gets
/// the outer speaker in the role `relay` — the contract's reporting chain —
/// and is no unrelated second claim. A speaker relaying his own words ("he
/// said he had told EU leaders …"), a question ("asked him whether he had
/// said …"), an outer verb that tells nothing (a stance, a denial, a
/// finding) and an outer claim with no speaker make no link. The inner
/// subject must open the outer clause (or its second "and that" clause);
/// the innermost holding claim is the relay.
///
/// The inner content also stops before a second that-clause of the outer
/// cue: in "Fico said Putin had confirmed X, and that the visit was a
/// reaction to Y" the "and that" clause is Fico's, not Putin's, when the
/// inner verb took its own object without "that".
pub(crate) fn nested_chains(ctx: &Ctx, drafts: &mut [Draft]) {
    let text = ctx.text;
    let holds = |outer: &Draft, d: &Draft| {
        let (os, oe) = outer.content;
        outer.cue.1 <= os && os <= d.cue.0 && d.cue.1 <= oe && d.content.1 <= oe
    };
    // The drafts whose content follows their cue, by where the content
    // starts: an outer draft of `d` starts its content at or before `d`'s
    // cue, so only a prefix of them is read for each draft, not every pair
    // of a long document's drafts. (The loop below moves content ends,
    // never starts or cues, so the order holds; ends are read as they are.)
    let mut by_start: Vec<usize> = (0..drafts.len())
        .filter(|&j| drafts[j].cue.1 <= drafts[j].content.0)
        .collect();
    by_start.sort_by_key(|&j| drafts[j].content.0);
    for i in 0..drafts.len() {
        let d = &drafts[i];
        let reach = by_start.partition_point(|&j| drafts[j].content.0 <= d.cue.0);
        // The shortest outer content, the first draft among equals.
        let Some(j) = by_start[..reach]
            .iter()
            .copied()
            .filter(|&j| j != i && holds(&drafts[j], d))
            .min_by_key(|&j| (drafts[j].content.1 - drafts[j].content.0, j))
        else {
            continue;
        };
        let outer = &drafts[j];
        // "Vance asked him whether he had said thank you once": a
        // question relays nothing.
        let asked = text[outer.content.0..d.cue.0]
            .split_space()
            .any(|w| matches!(w, "whether" | "if"));
        // The inner verb took no "that" of its own: its second "and that"
        // clause is the outer cue's.
        let bare_object = d.content.0 >= d.cue.1
            && !text[d.cue.1..d.content.0]
                .split_space()
                .any(|w| w == "that");
        let cut = bare_object
            .then(|| scan::find_str(&text[d.content.0..d.content.1], ", and that "))
            .flatten()
            .filter(|&k| k > 0)
            .map(|k| d.content.0 + k);
        let outer_speaker = &outer.speaker;
        let named = outer_speaker.actor.is_some() || outer_speaker.text.is_some();
        // A pronoun subject inside what someone said ("he said he had told
        // …", "the group said it would …") most often points back to that
        // speaker, resolved or not: no second party to link.
        let inner_pronoun = d
            .speaker
            .text
            .as_deref()
            .is_some_and(|t| ctx.words.exact(t) & words::PRONOUN != 0);
        let own_words = inner_pronoun
            || (outer_speaker.actor.is_some() && outer_speaker.actor == d.speaker.actor);
        let linked = d
            .via
            .iter()
            .any(|v| v.actor.is_some() && v.actor == outer_speaker.actor);
        // The inner subject opens the outer clause ("Fico said Putin had
        // confirmed …", "… and that the leaders agreed …"): deeper in it a
        // cue is as often a clause the outer content overran ("…, and
        // analysts told Polygraph.info …") as a claim it relays.
        let opens_outer = d.speaker.span.as_ref().is_some_and(|sp| {
            sp.start == outer.content.0 || opens_second_clause(text, outer.content.0, sp.start)
        });
        // Only a verb of telling relays ("said", "told", "reported",
        // "noted"): a stance ("they want …"), a denial, a ruling or a
        // finding ("the evidence shows …") speaks of others' words without
        // carrying them.
        // Any word of the cue: "said in a statement" keeps its setting.
        let telling = words::REPORTING_VERB
            | words::SAID_FORM
            | words::AUDIENCE_VERB
            | words::CONFORMATIVE_VERB;
        let outer_classes = text[outer.cue.0..outer.cue.1]
            .split_space()
            .fold(0, |classes, w| classes | ctx.words.exact(w));
        let tells = outer.stance == Stance::Assert
            && outer_classes & telling != 0
            && outer_classes & (words::DEPICTION_VERB | words::FINDING_VERB) == 0;
        let relay = (named && tells && opens_outer && !own_words && !linked && !asked)
            .then(|| Via::from_speaker(outer_speaker, ViaRole::Relay));
        let d = &mut drafts[i];
        if let Some(end) = cut {
            d.content.1 = end;
        }
        if let Some(v) = relay {
            d.via.push(v);
        }
    }
}
