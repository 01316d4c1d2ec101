//! Word lists the claims rules kept in code (session 21 moved them to `claims-words.tsv`):
//! coordinators, conjunctions of contrast, the prepositions a role noun keeps, and the words
//! of relative times and time adverbials, the commonest speech verb forms, wh-words,
//! third-person pronouns and conjunctions of time. Rows of the file, so a user's file extends them.

use sitrep_claims::words::{
    ClaimWords, CONTRAST_CONJUNCTION, COORDINATOR, RELATIVE_TIME, ROLE_PREPOSITION, SAID_FORM,
    TEMPORAL_CONJUNCTION, THIRD_PERSON, TIME_OPENER, WH_OPENER,
};

fn builtin() -> ClaimWords {
    ClaimWords::builtin().expect("built-in claim words")
}

#[test]
fn the_moved_lists_are_data_rows() {
    let w = builtin();
    for (class, yes, no) in [
        (
            COORDINATOR,
            &["and", "but", "or"][..],
            &["that", "while", "nor"][..],
        ),
        (CONTRAST_CONJUNCTION, &["but", "while"], &["and", "whereas"]),
        (
            ROLE_PREPOSITION,
            &["in", "at", "for", "from", "to", "with"],
            &["of", "by"],
        ),
        (RELATIVE_TIME, &["last", "next", "this"], &["late", "on"]),
        (
            TIME_OPENER,
            &["on", "last", "this", "late", "early", "earlier", "later"],
            &["next", "in"],
        ),
        (
            SAID_FORM,
            &["said", "says", "say", "told", "added"],
            &["saying", "tells"],
        ),
        (
            WH_OPENER,
            &["what", "how", "why", "whether"],
            &["who", "that"],
        ),
        (
            THIRD_PERSON,
            &["it", "its", "they", "their", "he", "his", "she", "her"],
            &["we", "our", "them"],
        ),
        (
            TEMPORAL_CONJUNCTION,
            &["when", "as", "while"],
            &["after", "if"],
        ),
    ] {
        for word in yes {
            assert!(w.is(word, class), "{word}");
        }
        for word in no {
            assert!(!w.is(word, class), "{word}");
        }
    }
}

#[test]
fn a_users_row_adds_to_a_moved_class() {
    let w = ClaimWords::parse("w.tsv", "word\tclasses\nnor\tcoordinator\n").unwrap();
    assert!(w.is("nor", COORDINATOR));
    assert!(
        !w.is("and", COORDINATOR),
        "only the user's rows in a parsed file"
    );
}
