//! Session 48 (branch `review48`, issue #5): a second read of the day's merged work. In a
//! headline written in title case the coordinator is capitalized: "Backs Trump And Denounces
//! Clinton" joins two verbs of one subject as "backs Trump and denounces Clinton" does, so the
//! second verb is the first one's subject's and the first one's content ends before "And".
//! Invented headlines and actors, each with a near miss.

use crate::common;

use common::{claim_triples_in, kb_of, triple};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
ana-sol\tperson\tAna Sol\tFRE\tLEG\tcandidate\t2020\t\tSol
ivo-brand\tperson\tIvo Brand\tFRE\tLEG\tcandidate\t2020\t\tBrand
lea-marr\tperson\tLea Marr\tFRE\tLEG\tcandidate\t2020\t\tMarr
";

fn triples(raw: &str) -> Vec<(String, String, String)> {
    claim_triples_in(&kb_of(ACTORS), raw)
}

#[test]
fn a_capitalized_and_in_a_title_case_headline_joins_two_verbs_of_one_subject() {
    // The headline, then the same verbs in lower case, which read as before.
    for (raw, backs, denounces, content) in [
        (
            "Lea Marr Backs Sol And Denounces Brand In Runoff Race",
            "Backs",
            "Denounces",
            "Brand In Runoff Race",
        ),
        (
            "Lea Marr backs Sol and denounces Brand in the runoff race.",
            "backs",
            "denounces",
            "Brand in the runoff race",
        ),
    ] {
        let found = triples(&format!("{raw}\n\nThe election is on Sunday."));
        assert!(
            found.contains(&triple("Lea Marr", backs, "Sol")),
            "{found:?}"
        );
        assert!(
            found.contains(&triple("Lea Marr", denounces, content)),
            "{found:?}"
        );
    }
}
