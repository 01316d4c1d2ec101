//! "A poll released Friday shows …": a day name after a participle dates
//! the participle, which describes the speaker noun, so the whole phrase is
//! the speaker; a day name after the speaker itself ("The mayor on Tuesday
//! said") still ends it. Invented sentences, an empty KB.

use crate::common;

use common::claim_texts as claims;

fn speakers(raw: &str) -> Vec<String> {
    claims(raw).into_iter().map(|(s, ..)| s).collect()
}

#[test]
fn a_day_after_a_participle_stays_in_the_speaker_phrase() {
    assert_eq!(
        speakers("A county survey released Friday shows that most residents want a new library."),
        vec!["A county survey released Friday".to_string()]
    );
    assert_eq!(
        speakers("The audit published Tuesday found that the agency overpaid its contractors."),
        vec!["The audit published Tuesday".to_string()]
    );
}

#[test]
fn a_day_right_after_the_speaker_still_ends_it() {
    assert_eq!(
        speakers("The mayor on Tuesday said the bridge would reopen in May."),
        vec!["The mayor".to_string()]
    );
    assert_eq!(
        speakers("Harbour officials Monday said the ferry would run again."),
        vec!["Harbour officials".to_string()]
    );
}
