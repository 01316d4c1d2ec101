//! Session 21 (`actors28`): capitalized words after a role that cannot be a
//! person's name ("President Elect", "Prime Minister Office Media Wing",
//! "Defence Minister Press Release"); a state's name or place as half of a
//! hyphenated surname ("Murray-Bruce"); mountain ranges as no actor
//! ("Sierra Nevada"); "the military government", "the army-backed
//! government" and "The presidency said" as the dominant state's
//! government; a bare body speaking a quote is not placed by the bodies
//! named inside the quote.

use crate::common;

use common::{
    assert_id_exact, assert_id_exact_not, assert_no_actor, assert_no_actor_like,
    assert_placed_exact, builtin_mentions as mentions,
};

// ---- 1. a name after a role must look like a person's name -------------

#[test]
fn role_suffix_elect_belongs_to_the_role() {
    assert_no_actor_like(
        "President Elect Mahama said he would form a lean government.",
        "elect",
    );
    const GHANA: &str = "Ghana's President Elect John Mahama said he would form a lean government.";
    assert_no_actor_like(GHANA, "elect");
    let m = mentions(GHANA);
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
        assert_no_actor_like(text, slug);
    }
    // The role after the office still takes its name.
    assert_id_exact(
        "Interior Minister Office Spokesman Qadir Khan said the march was banned.",
        "Spokesman Qadir Khan",
        Some("qadir-khan"),
    );
}

/// Near miss: a real name of two capitalized words after a role is a person.
#[test]
fn a_name_after_a_role_is_still_a_person() {
    assert_id_exact(
        "Deputy Minister Tariq Fatemi said the talks would resume.",
        "Deputy Minister Tariq Fatemi",
        Some("tariq-fatemi"),
    );
}

// ---- 2. hyphenated surnames, mountain ranges ----------------------------

#[test]
fn half_of_a_hyphenated_surname_is_no_state() {
    assert_no_actor(
        "Murray-Bruce told the committee the bill had failed.",
        "AUS",
    );
}

/// Near misses: two states joined by a hyphen, a lower-case tail and a
/// combining form keep their states.
#[test]
fn hyphenated_pairs_of_states_stay_states() {
    const TRADE: &str = "The US-China trade talks resumed in Geneva.";
    assert_id_exact(TRADE, "US", Some("USA"));
    assert_id_exact(TRADE, "China", Some("CHN"));
    assert_id_exact(
        "Tehran-backed militias attacked the base.",
        "Tehran",
        Some("IRN"),
    );
    assert_id_exact(
        "Sino-Japanese ties improved after the summit.",
        "Japanese",
        Some("JPN"),
    );
    // A compound of three parts is a place name, not a surname.
    assert_id_exact(
        "Clinics in the Rhein-Neckar-Raum share patient records.",
        "Neckar",
        Some("DEU"),
    );
}

#[test]
fn a_mountain_range_is_no_actor() {
    for text in [
        "The fire spread in the Sierra Nevada on Sunday, the utility said.",
        "Climbers were stranded in the Ural Mountains.",
    ] {
        let m = mentions(text);
        assert!(m.is_empty(), "{m:?}");
    }
    // Near miss: the company of that name stays the company.
    assert_id_exact(
        "Sierra Nevada Corp. will fly the Dream Chaser next year.",
        "Sierra Nevada Corp.",
        Some("sierra-nevada-corporation"),
    );
}

// ---- 3. descriptors of a state's government -----------------------------

#[test]
fn the_military_government_is_the_dominant_states() {
    assert_placed_exact(
        "Guinea's army seized power in 2021. Guinea's ruler promised elections. The military government said the vote would be held in December.",
        "The military government",
        "GIN",
        "GOV",
    );
    // Near miss: a state named in the phrase keeps its own reading.
    assert_id_exact_not(
        "Guinea's army seized power. The Malian military government said it was worried.",
        "The military government",
        "GINGOV",
    );
}

#[test]
fn the_presidency_speaking_is_the_states_government() {
    assert_placed_exact(
        "Nigeria's economy slowed. Nigeria's inflation rose. The presidency said on Monday that the talks were useful.",
        "The presidency",
        "NGA",
        "GOV",
    );
    // Near miss: the post won or run for is no speaker.
    assert_id_exact(
        "Nigeria's economy slowed. Nigeria's inflation rose. Tinubu won the presidency in 2023.",
        "the presidency",
        None,
    );
}

// ---- 4. a bare body speaking a quote ------------------------------------

#[test]
fn a_body_named_inside_the_quote_does_not_place_its_speaker() {
    assert_id_exact_not(
        "Russia has officially recognized the Taliban. \"We believe that the recognition of the government of the Islamic Emirate of Afghanistan will give impetus to cooperation,\" the ministry said in a statement.",
        "ministry",
        "AFGGOV",
    );
    // Near miss: another state's ministry named before the bare one, outside
    // any quote, still places it.
    assert_id_exact(
        "Iran's foreign ministry summoned the envoy. Turkey's foreign ministry condemned the attack. The ministry said in a statement that Ankara would act.",
        "ministry",
        Some("TURGOV"),
    );
}

// ---- 6. "we" in an interview turn labelled with the speaker's name -------

#[test]
fn we_in_a_named_answer_turn_is_the_speakers_state_body() {
    const INTERVIEW: &str = "Iranian Foreign Minister Abbas Araghchi spoke to CBS News.\n\nQ: Will Iran attack Israel again?\n\nARAGHCHI: We will defend our country.";
    assert_id_exact(INTERVIEW, "We", Some("IRNGOV"));
    assert_id_exact(INTERVIEW, "our", Some("IRNGOV"));
}

/// Near misses: an unnamed answer label, the question's "we" and a line
/// whose label names no person leave "we" unresolved.
#[test]
fn we_elsewhere_names_no_one() {
    const INTERVIEW: &str = "Iranian Foreign Minister Abbas Araghchi spoke to CBS News.\n\nQ: Can we expect talks?\n\nA: We are ready to negotiate.\n\nNote: we have edited the answers for length.";
    assert_id_exact(INTERVIEW, "We", None);
    assert_id_exact(INTERVIEW, "we", None);
}

// ---- 4. a bare ministry after another state's ministry -------------------

#[test]
fn a_bare_ministry_is_the_ministry_named_before() {
    assert_id_exact(
        "The United States imposed sanctions. Washington said it acted alone. American officials agreed. Japan's foreign ministry summoned the US ambassador. The ministry said the sanctions were unjustified.",
        "ministry",
        Some("JPNGOV"),
    );
    // Near miss: with no ministry named before, the official named last
    // still places the bare body.
    assert_id_exact_not(
        "Japan hosted the talks. The US ambassador met Chinese officials. The ministry said the sanctions were unjustified.",
        "ministry",
        "JPNGOV",
    );
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
        assert_id_exact(text, "We", Some("IRNGOV"));
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
        assert_id_exact(text, "we", None);
    }
}
