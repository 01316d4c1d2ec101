//! Session 40 (claims64): a time or place after an event noun in a
//! noun-phrase content is the event's, not the setting of the telling.

use crate::common;
use common::*;

#[test]
fn an_event_nouns_own_time_and_place_stay_in_the_content() {
    assert_eq!(
        content_of_cue(
            "The minister condemned the attack in Pahalgam in April.",
            "condemned"
        )
        .as_deref(),
        Some("the attack in Pahalgam in April")
    );
    assert_eq!(
        content_of_cue("The senator praised the election in November.", "praised").as_deref(),
        Some("the election in November")
    );
}

#[test]
fn a_venue_or_a_plain_objects_time_is_still_the_setting() {
    assert_eq!(
        content_of_cue(
            "The minister condemned the attack in a tweet on Friday.",
            "condemned"
        )
        .as_deref(),
        Some("the attack")
    );
    assert_eq!(
        content_of_cue("The union endorsed Sanders in February.", "endorsed").as_deref(),
        Some("Sanders")
    );
}
