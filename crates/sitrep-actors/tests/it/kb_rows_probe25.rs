//! Rows of the built-in KB added from the session 24 probe of unseen news
//! (branch probe25), each checked on a sentence of the shape that left a
//! speaker or a party with no actor: an executive secretary and a Druze
//! spiritual leader the KB lacked, a Houthi leader named with his patronymic,
//! a foreign minister the KB held twice (once under his fuller name), regional and
//! intelligence bodies, two Pakistan-based armed groups in their hyphenated
//! spelling, Venezuela's armed forces, the Houthis' ruling council, a committee
//! of the famine classification, and a state-media epithet for Israel.

use crate::common;

#[test]
fn people_the_probe_found_unknown_resolve() {
    for (text, surface, id) in [
        (
            "Executive Secretary Lucas Bersamin said the incident was not an armed attack.",
            "Lucas Bersamin",
            "lucas-bersamin",
        ),
        (
            "Sheikh Hikmat al-Hijri called on fighters to resist the campaign.",
            "Sheikh Hikmat al-Hijri",
            "hikmat-al-hijri",
        ),
        (
            "The leader of the revolution, Sayyed Abdulmalik Badruddin al-Houthi, had said the operations would continue.",
            "Abdulmalik Badruddin al-Houthi",
            "abdul-malik-al-houthi",
        ),
        // One person, one id: the fuller name no longer opens a second row.
        (
            "Deputy Prime Minister Muhammad Ishaq Dar said Pakistan was ready to talk.",
            "Muhammad Ishaq Dar",
            "ishaq-dar",
        ),
    ] {
        common::assert_id_at(text, surface, Some(id));
    }
}

#[test]
fn bodies_the_wires_name_resolve() {
    for (text, surface, id) in [
        (
            "Output fell sharply, the Kurdistan Regional Government said on Thursday.",
            "Kurdistan Regional Government",
            "kurdistan-regional-government",
        ),
        (
            "A preliminary assessment by the Defense Intelligence Agency concluded the damage was limited.",
            "Defense Intelligence Agency",
            "defense-intelligence-agency",
        ),
        (
            "The group is a front for Lashkar-e-Taiba, the foreign secretary said.",
            "Lashkar-e-Taiba",
            "lashkar-e-taiba",
        ),
        (
            "The site in Bahawalpur was a headquarters of Jaish-e-Mohammed.",
            "Jaish-e-Mohammed",
            "jaish-e-mohammed",
        ),
        (
            "He spoke before commanders of the Bolivarian National Armed Force in Caracas.",
            "Bolivarian National Armed Force",
            "fanb",
        ),
        (
            "The Supreme Political Council announced the death of the prime minister.",
            "Supreme Political Council",
            "supreme-political-council",
        ),
        (
            "The IPC Famine Review Committee found that both towns met the thresholds for famine.",
            "IPC Famine Review Committee",
            "ipc",
        ),
        (
            "The Zionist enemy announced that its air force had struck a target in Sanaa.",
            "The Zionist enemy",
            "ISR",
        ),
    ] {
        common::assert_id_at(text, surface, Some(id));
    }
}
