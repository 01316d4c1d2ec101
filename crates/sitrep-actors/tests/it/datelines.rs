//! Datelines ("TEHRAN (Reuters) - …") say where a story was filed: a place
//! named only there is no actor of the record, a place named in the body
//! too keeps its body mentions, and the dateline still counts where the
//! document's dominant state is ranked.

use crate::common;

use sitrep_actors::{find_actors, DocActors};
use sitrep_kb::Kb;
use sitrep_text::{normalize, TextLayer};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
IRN\tcountry\tIran\tIRN\t\t\t\t\tadj:Iranian|meto:Tehran
EGY\tcountry\tEgypt\tEGY\t\t\t\t\tadj:Egyptian|meto:Cairo
BEL\tcountry\tBelgium\tBEL\t\t\t\t\tadj:Belgian|meto:Brussels
GBR\tcountry\tUnited Kingdom\tGBR\t\t\t\t\tBritain|adj:British|meto:London
UKR\tcountry\tUkraine\tUKR\t\t\t\t\tadj:Ukrainian|meto:Kyiv
hamas\tarmed_group\tHamas\tPSE\tREB\t\t\t\t
reuters\tmedia\tReuters\tGBR\tMED\t\t\t\t
";

const ROLES: &str = "phrase\tsector\tnumber
government\tGOV\tgroup
officials\tGOV\tgroup
";

fn kb() -> Kb {
    common::inline_kb(ACTORS, ROLES)
}

/// (mention text, actor id) in text order.
fn mentions(raw: &str) -> Vec<(String, String)> {
    let layer = TextLayer::new(normalize(raw));
    let doc: DocActors = find_actors(&layer, &kb(), Some("2024-11-20"));
    doc.mentions
        .iter()
        .map(|m| {
            (
                layer.text[m.start..m.end].to_string(),
                doc.actors[m.actor].id.clone(),
            )
        })
        .collect()
}

fn ids(ms: &[(String, String)]) -> Vec<&str> {
    let mut ids: Vec<&str> = ms.iter().map(|(_, id)| id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    ids
}

#[test]
fn a_place_only_in_the_dateline_is_no_actor() {
    for raw in [
        "CAIRO, Nov 20 (Reuters) - Hamas said on Wednesday it had accepted a truce.",
        "CAIRO (AP) — Hamas said on Wednesday it had accepted a truce.",
        "Cairo (AFP) - Hamas said on Wednesday it had accepted a truce.",
        "By Jane Roe\nCAIRO — Hamas said on Wednesday it had accepted a truce.",
    ] {
        let ms = mentions(raw);
        assert_eq!(ids(&ms), vec!["hamas"], "{raw:?}: {ms:?}");
    }
}

#[test]
fn the_agency_tag_is_no_actor_but_the_agency_in_the_body_is() {
    let ms =
        mentions("BRUSSELS (Reuters) - Hamas denied the report, which Reuters could not verify.");
    assert_eq!(
        ms,
        vec![
            ("Hamas".to_string(), "hamas".to_string()),
            ("Reuters".to_string(), "reuters".to_string())
        ]
    );
    assert!(ms.iter().all(|(_, id)| id != "BEL"), "{ms:?}");
}

#[test]
fn a_place_in_the_body_too_keeps_only_its_body_mentions() {
    let raw = "LONDON, Dec 9 (Reuters) - Britain said on Monday it would send more aid.";
    let ms = mentions(raw);
    assert_eq!(ms, vec![("Britain".to_string(), "GBR".to_string())]);
    let raw = "KYIV, Ukraine — Ukrainian troops held the line, Kyiv said.";
    let ms = mentions(raw);
    assert_eq!(
        ms.iter().map(|(t, _)| t.as_str()).collect::<Vec<_>>(),
        vec!["Ukrainian", "Kyiv"],
        "{ms:?}"
    );
}

#[test]
fn the_dateline_still_ranks_the_dominant_state() {
    // The dateline and "Iran" make Iran dominant, so "the government" is
    // Iran's; the dateline itself is no mention.
    let ms = mentions("TEHRAN — Iran said the government would not yield.");
    assert!(ms.iter().all(|(t, _)| t != "TEHRAN"), "{ms:?}");
    assert!(
        ms.iter()
            .any(|(t, id)| t == "the government" && id.starts_with("IRN")),
        "{ms:?}"
    );
}

#[test]
fn an_ordinary_first_sentence_keeps_its_names() {
    let ms = mentions("Iran - the country that hosted the talks - said no.");
    assert_eq!(ids(&ms), vec!["IRN"], "{ms:?}");
    let ms = mentions("Egypt (pictured) - a mediator - said no.");
    assert_eq!(ids(&ms), vec!["EGY"], "{ms:?}");
}
