//! Session 24 (`actors26`): a bare demonym that shortens two states'
//! demonyms ("Korean" of "South Korean" and "North Korean") is the state the
//! document names more often; a story about North Korea's troops in Kursk
//! thanks "the Korean comrades" of the North, not of South Korea.

use crate::common;

use common::builtin_mentions as mentions;

const KCNA: &str = "Pyongyang, April 28 (KCNA) -- The Central Military Commission issued a \
statement confirming that units of the armed forces of the Democratic People's Republic of \
Korea took part in operations in the Kursk region.\n\n\
The statement said the participation showed the relationship between the DPRK and Russia.\n\n\
Russian President Vladimir Putin thanked the Korean comrades, according to the Kremlin.\n\n\
South Korea's Joint Chiefs of Staff said about 4,700 North Korean soldiers had been killed or \
wounded.";

#[test]
fn a_bare_demonym_is_the_state_the_document_names_most() {
    let m = mentions(KCNA);
    let korean: Vec<_> = m.iter().filter(|(t, _)| t == "Korean").collect();
    assert!(!korean.is_empty(), "{m:?}");
    assert!(korean.iter().all(|(_, id)| id == "PRK"), "{m:?}");
}

/// Near miss: in a story naming South Korea more often, the bare demonym
/// stays South Korea's; with no other Korea named it is the KB's (South).
#[test]
fn a_bare_demonym_stays_the_kbs_state_when_that_state_leads() {
    let text = "South Korea's president met business leaders in Seoul. South Korea's \
economy grew, and Korean exporters gained. North Korea was not discussed.";
    let m = mentions(text);
    assert!(
        m.iter()
            .any(|(t, id)| t.starts_with("Korean") && id.starts_with("KOR")),
        "{m:?}"
    );
    let alone = "Korean carmakers said sales rose in the first quarter.";
    let m = mentions(alone);
    assert!(
        m.iter()
            .any(|(t, id)| t.starts_with("Korean") && id.starts_with("KOR")),
        "{m:?}"
    );
}
