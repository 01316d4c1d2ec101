//! A verb row ending in "by" is a phrasal verb after a name, a pronoun or
//! "have" ("France stood by Armenia": support from France), and a passive's
//! agent only where a participle can be passive ("talks hosted by Qatar",
//! "was hosted by Egypt"). Review of session 13: the passive reading had
//! turned "stood by Armenia" into support from Armenia.

use crate::common;

use common::{events_in, ids, inline_kb, of_type};
use sitrep_record::EventType;

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
FRA\tcountry\tFrance\tFRA\t\t\t\t\tadj:French|meto:Paris
ARM\tcountry\tArmenia\tARM\t\t\t\t\tadj:Armenian|meto:Yerevan
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow
SYR\tcountry\tSyria\tSYR\t\t\t\t\tadj:Syrian|meto:Damascus
QAT\tcountry\tQatar\tQAT\t\t\t\t\tadj:Qatari|meto:Doha
";
#[test]
fn stood_by_after_a_name_or_have_is_support_from_the_subject() {
    let kb = inline_kb(ACTORS, common::OFFICIALS);
    for (text, source, target) in [
        ("France stood by Armenia during the crisis.", "FRA", "ARM"),
        ("Russia has stood by Syria for a decade.", "RUS", "SYR"),
    ] {
        let evs = events_in(&kb, "2024-01-01", text);
        let support = of_type(&evs, EventType::Support);
        assert_eq!(support.len(), 1, "{text}: {evs:#?}");
        assert_eq!(support[0].source, ids(&[source]), "{text}");
        assert_eq!(support[0].target, ids(&[target]), "{text}");
    }
}

#[test]
fn hosted_by_after_a_noun_or_a_comma_still_names_the_host() {
    let kb = inline_kb(ACTORS, common::OFFICIALS);
    for text in [
        "The talks, hosted by Qatar, ended on Sunday.",
        "Armenia joined talks hosted by Qatar on Sunday.",
    ] {
        let evs = events_in(&kb, "2024-01-01", text);
        let consult = of_type(&evs, EventType::Consult);
        assert!(
            consult
                .iter()
                .any(|e| e.source.contains(&"QAT".to_string())),
            "{text}: {evs:#?}"
        );
    }
}
