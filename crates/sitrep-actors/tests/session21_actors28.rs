//! Session 21 (`actors28`): capitalized words after a role that cannot be a
//! person's name ("President Elect", "Prime Minister Office Media Wing",
//! "Defence Minister Press Release"); a state's name or place as half of a
//! hyphenated surname ("Murray-Bruce"); mountain ranges as no actor
//! ("Sierra Nevada"); "the military government", "the army-backed
//! government" and "The presidency said" as the dominant state's
//! government; a bare body speaking a quote is not placed by the bodies
//! named inside the quote.

mod common;

use common::{builtin_mentions as mentions, builtin_resolved as resolved};

/// The actor of the mention whose text is `text`, if any.
fn id_of(m: &[(String, String)], text: &str) -> Option<String> {
    m.iter().find(|(t, _)| t == text).map(|(_, id)| id.clone())
}

/// No mention's actor is a person slug made of the given words.
fn no_person_named(m: &[(String, String)], slug: &str) {
    assert!(!m.iter().any(|(_, id)| id.contains(slug)), "{m:?}");
}

// ---- 1. a name after a role must look like a person's name -------------

#[test]
fn role_suffix_elect_belongs_to_the_role() {
    let m = mentions("President Elect Mahama said he would form a lean government.");
    no_person_named(&m, "elect");
    let m = mentions("Ghana's President Elect John Mahama said he would form a lean government.");
    no_person_named(&m, "elect");
    assert!(
        m.iter()
            .any(|(t, id)| t.contains("Mahama") && id.contains("mahama")),
        "{m:?}"
    );
}

#[test]
fn institution_and_heading_words_after_a_role_are_no_name() {
    for (text, slug) in [
        (
            "The Prime Minister Office Media Wing said the visit was cancelled.",
            "media-wing",
        ),
        (
            "The Defence Minister Press Release said the drill was over.",
            "press-release",
        ),
        (
            "The Finance Minister Budget Speech was read in parliament.",
            "budget-speech",
        ),
        (
            "A spokesperson Ministry Of Defence said the drill was over.",
            "ministry",
        ),
    ] {
        let m = mentions(text);
        no_person_named(&m, slug);
    }
    // The role after the office still takes its name.
    let m = mentions("Interior Minister Office Spokesman Qadir Khan said the march was banned.");
    assert_eq!(
        id_of(&m, "Spokesman Qadir Khan").as_deref(),
        Some("qadir-khan"),
        "{m:?}"
    );
}

/// Near miss: a real name of two capitalized words after a role is a person.
#[test]
fn a_name_after_a_role_is_still_a_person() {
    let m = mentions("Deputy Minister Tariq Fatemi said the talks would resume.");
    assert_eq!(
        id_of(&m, "Deputy Minister Tariq Fatemi").as_deref(),
        Some("tariq-fatemi"),
        "{m:?}"
    );
}

// ---- 2. hyphenated surnames, mountain ranges ----------------------------

#[test]
fn half_of_a_hyphenated_surname_is_no_state() {
    let m = mentions("Murray-Bruce told the committee the bill had failed.");
    assert!(!m.iter().any(|(_, id)| id == "AUS"), "{m:?}");
}

/// Near misses: two states joined by a hyphen, a lower-case tail and a
/// combining form keep their states.
#[test]
fn hyphenated_pairs_of_states_stay_states() {
    let m = mentions("The US-China trade talks resumed in Geneva.");
    assert_eq!(id_of(&m, "US").as_deref(), Some("USA"), "{m:?}");
    assert_eq!(id_of(&m, "China").as_deref(), Some("CHN"), "{m:?}");
    let m = mentions("Tehran-backed militias attacked the base.");
    assert_eq!(id_of(&m, "Tehran").as_deref(), Some("IRN"), "{m:?}");
    let m = mentions("Sino-Japanese ties improved after the summit.");
    assert_eq!(id_of(&m, "Japanese").as_deref(), Some("JPN"), "{m:?}");
    // A compound of three parts is a place name, not a surname.
    let m = mentions("Clinics in the Rhein-Neckar-Raum share patient records.");
    assert_eq!(id_of(&m, "Neckar").as_deref(), Some("DEU"), "{m:?}");
}

#[test]
fn a_mountain_range_is_no_actor() {
    let m = mentions("The fire spread in the Sierra Nevada on Sunday, the utility said.");
    assert!(m.is_empty(), "{m:?}");
    let m = mentions("Climbers were stranded in the Ural Mountains.");
    assert!(m.is_empty(), "{m:?}");
    // Near miss: the company of that name stays the company.
    let m = mentions("Sierra Nevada Corp. will fly the Dream Chaser next year.");
    assert_eq!(
        id_of(&m, "Sierra Nevada Corp.").as_deref(),
        Some("sierra-nevada-corporation"),
        "{m:?}"
    );
}

// ---- 3. descriptors of a state's government -----------------------------

#[test]
fn the_military_government_is_the_dominant_states() {
    let r = resolved(
        "Guinea's army seized power in 2021. Guinea's ruler promised elections. The military government said the vote would be held in December.",
    );
    let g = r
        .iter()
        .find(|(t, ..)| t == "The military government")
        .unwrap_or_else(|| panic!("{r:?}"));
    assert_eq!((g.2.as_deref(), g.3.as_deref()), (Some("GIN"), Some("GOV")));
    // Near miss: a state named in the phrase keeps its own reading.
    let m =
        mentions("Guinea's army seized power. The Malian military government said it was worried.");
    assert_ne!(
        id_of(&m, "The military government").as_deref(),
        Some("GINGOV"),
        "{m:?}"
    );
}

#[test]
fn the_presidency_speaking_is_the_states_government() {
    let r = resolved(
        "Nigeria's economy slowed. Nigeria's inflation rose. The presidency said on Monday that the talks were useful.",
    );
    let p = r
        .iter()
        .find(|(t, ..)| t == "The presidency")
        .unwrap_or_else(|| panic!("{r:?}"));
    assert_eq!((p.2.as_deref(), p.3.as_deref()), (Some("NGA"), Some("GOV")));
    // Near miss: the post won or run for is no speaker.
    let m = mentions(
        "Nigeria's economy slowed. Nigeria's inflation rose. Tinubu won the presidency in 2023.",
    );
    assert_eq!(id_of(&m, "the presidency"), None, "{m:?}");
}

// ---- 4. a bare body speaking a quote ------------------------------------

#[test]
fn a_body_named_inside_the_quote_does_not_place_its_speaker() {
    let m = mentions(
        "Russia has officially recognized the Taliban. \"We believe that the recognition of the government of the Islamic Emirate of Afghanistan will give impetus to cooperation,\" the ministry said in a statement.",
    );
    assert_ne!(id_of(&m, "ministry").as_deref(), Some("AFGGOV"), "{m:?}");
    // Near miss: another state's ministry named before the bare one, outside
    // any quote, still places it.
    let m = mentions(
        "Iran's foreign ministry summoned the envoy. Turkey's foreign ministry condemned the attack. The ministry said in a statement that Ankara would act.",
    );
    assert_eq!(id_of(&m, "ministry").as_deref(), Some("TURGOV"), "{m:?}");
}

// ---- 6. "we" in an interview turn labelled with the speaker's name -------

#[test]
fn we_in_a_named_answer_turn_is_the_speakers_state_body() {
    let m = mentions(
        "Iranian Foreign Minister Abbas Araghchi spoke to CBS News.\n\nQ: Will Iran attack Israel again?\n\nARAGHCHI: We will defend our country.",
    );
    assert_eq!(id_of(&m, "We").as_deref(), Some("IRNGOV"), "{m:?}");
    assert_eq!(id_of(&m, "our").as_deref(), Some("IRNGOV"), "{m:?}");
}

/// Near misses: an unnamed answer label, the question's "we" and a line
/// whose label names no person leave "we" unresolved.
#[test]
fn we_elsewhere_names_no_one() {
    let m = mentions(
        "Iranian Foreign Minister Abbas Araghchi spoke to CBS News.\n\nQ: Can we expect talks?\n\nA: We are ready to negotiate.\n\nNote: we have edited the answers for length.",
    );
    assert_eq!(id_of(&m, "We"), None, "{m:?}");
    assert_eq!(id_of(&m, "we"), None, "{m:?}");
}

// ---- 4. a bare ministry after another state's ministry -------------------

#[test]
fn a_bare_ministry_is_the_ministry_named_before() {
    let m = mentions(
        "The United States imposed sanctions. Washington said it acted alone. American officials agreed. Japan's foreign ministry summoned the US ambassador. The ministry said the sanctions were unjustified.",
    );
    assert_eq!(id_of(&m, "ministry").as_deref(), Some("JPNGOV"), "{m:?}");
    // Near miss: with no ministry named before, the official named last
    // still places the bare body.
    let m = mentions(
        "Japan hosted the talks. The US ambassador met Chinese officials. The ministry said the sanctions were unjustified.",
    );
    assert_ne!(id_of(&m, "ministry").as_deref(), Some("JPNGOV"), "{m:?}");
}

// ---- session 22 (`tidy23`): the text layer's turn labels ----------------

/// The label may carry a title before the name ("Mr. Araghchi:") or come
/// after a stray quote mark ("\"ARAGHCHI:"); its "we" is still the state
/// body the person speaks for.
#[test]
fn we_in_a_titled_or_quoted_answer_turn_is_the_speakers_state_body() {
    for text in [
        "Iranian Foreign Minister Abbas Araghchi spoke to CBS News.\n\nQ: Will Iran attack Israel again?\n\nMr. Araghchi: We will defend our country.",
        "Iranian Foreign Minister Abbas Araghchi spoke to CBS News.\n\nQ: Will Iran attack Israel again?\n\n\"ARAGHCHI: We will defend our country.",
    ] {
        let m = mentions(text);
        assert_eq!(id_of(&m, "We").as_deref(), Some("IRNGOV"), "{text}: {m:?}");
    }
}

/// Near misses: a label whose name follows lower-case words is a heading
/// ("Interview with Araghchi:"), and a questioner's label naming the
/// person asks, not answers.
#[test]
fn we_under_a_heading_or_a_questioners_label_names_no_one() {
    for text in [
        "Iranian Foreign Minister Abbas Araghchi spoke to CBS News.\n\nInterview with Araghchi: we edited the answers for length.",
        "Iranian Foreign Minister Abbas Araghchi spoke to CBS News.\n\nQuestion for Araghchi: Can we expect talks soon?",
    ] {
        let m = mentions(text);
        assert_eq!(id_of(&m, "we"), None, "{text}: {m:?}");
    }
}
