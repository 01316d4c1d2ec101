//! Session 56 (branch `review56`): the review of claims98's rules. A text
//! noun after any preposition is a fronted setting, not the object of a
//! relative clause whose verb would report nothing ("Asked about the report
//! Trump said he had not read it" lost Trump's claim: only some preposition
//! classes were asked). Invented sentences, each with a near miss.

use crate::common;

use common::{claim_triples_in, speaker_of_cue_in};
use sitrep_kb::Kb;

#[test]
fn a_text_noun_after_any_preposition_leaves_the_names_verb_its_claim() {
    let kb = Kb::builtin().expect("built-in KB");
    for (raw, content) in [
        (
            "Asked about the report Trump said he had not read it.",
            "he had not read it",
        ),
        (
            "Told of the letter Biden said the talks would resume.",
            "the talks would resume",
        ),
    ] {
        let found = claim_triples_in(&kb, raw);
        let said = found
            .iter()
            .find(|(_, cue, _)| cue == "said")
            .unwrap_or_else(|| panic!("{raw}: no claim of said in {found:?}"));
        assert_eq!(said.2, content, "{raw}: {found:?}");
    }
    // Near miss: opening the clause, the noun with its relative clause
    // speaks for the main verb, as claims98 made it.
    assert_eq!(
        speaker_of_cue_in(
            &kb,
            "The report the Pentagon released said the strike killed civilians.",
            "said"
        ),
        "The report the Pentagon released"
    );
}
