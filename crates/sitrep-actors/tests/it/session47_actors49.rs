//! Session 47, branch `actors49`: a state's plural demonym as the state or its people, a title
//! of address choosing among people of one surname, and US political figures of 2016–2026 the
//! KB lacked. The sentences are the branch's own; each shape has near misses beside it.

use crate::common;

use common::mentions_on;

const DAY: &str = "2016-05-10";

/// The actor id of the first mention of `text` published in 2016 whose surface is `surface`.
fn id_of(text: &str, surface: &str) -> Option<String> {
    mentions_on(text, DAY)
        .into_iter()
        .find(|(s, _)| s == surface)
        .map(|(_, id)| id)
}

/// "the" and a state's plural demonym, as a clause's subject or object, is the state; a plural
/// with no "the", with a word between, or with a post-modifier after it is the state's people.
#[test]
fn the_plural_demonym_is_the_state() {
    assert_eq!(
        id_of(
            "The Russians said on Monday that they would not attend.",
            "The Russians"
        )
        .as_deref(),
        Some("RUS")
    );
    assert_eq!(
        id_of("The Iranians rejected the proposal on Monday.", "Iranians").as_deref(),
        Some("IRN")
    );
    assert_eq!(
        id_of(
            "Washington accused the Iranians of lying about the deal.",
            "Iranians"
        )
        .as_deref(),
        Some("IRN")
    );
    assert_eq!(
        id_of("The Germans said the deal was dead.", "The Germans").as_deref(),
        Some("DEU")
    );
}

#[test]
fn a_plural_demonym_without_the_or_modified_is_the_people() {
    for (text, surface, id) in [
        (
            "Many Iranians fear inflation, the survey found.",
            "Iranians",
            "IRNCVL",
        ),
        (
            "Two Israelis were wounded in the attack on Monday.",
            "Israelis",
            "ISRCVL",
        ),
        (
            "The young Palestinians marched to the checkpoint.",
            "Palestinians",
            "PSECVL",
        ),
        (
            "The Iranians living abroad voted in large numbers.",
            "Iranians",
            "IRNCVL",
        ),
    ] {
        assert_eq!(id_of(text, surface).as_deref(), Some(id), "{text}");
    }
    // A plural living in another state is a minority of that state, as before.
    assert_eq!(
        id_of("The Russians living in Latvia protested.", "The Russians").as_deref(),
        Some("LVAETH")
    );
    // A state's bare plural the KB lists only with "the" names nothing.
    assert_eq!(id_of("Many Russians fear inflation.", "Russians"), None);
}

/// "Mrs. Clinton" beside Hillary and Bill Clinton is Hillary, "Mr. Clinton" Bill; with no
/// title the bare surname is neither.
#[test]
fn a_title_of_address_chooses_among_people_of_one_surname() {
    let text = "Hillary Clinton and Bill Clinton visited Ohio. Mrs. Clinton said the plan would \
                work. Mr. Clinton said he agreed. Clinton left early.";
    let clintons: Vec<String> = mentions_on(text, DAY)
        .into_iter()
        .filter(|(s, _)| s == "Clinton")
        .map(|(_, id)| id)
        .collect();
    assert_eq!(clintons, ["hillary-clinton", "bill-clinton"]);
    // A title of no gender ("Dr.") chooses no one.
    let dr = "Hillary Clinton and Bill Clinton visited Ohio. Dr. Clinton said the plan would work.";
    assert_eq!(id_of(dr, "Clinton"), None);
}

/// A one-word alias of one person past another person of the KB named in full with that
/// surname is that person ("Jeb Bush … Mr. Bush", "Bush" being George W. Bush's); a bearer the
/// KB lacks leaves the alias its own while its person is in public life, and a `surname:` alias
/// past two bearers names neither.
#[test]
fn a_surname_past_another_bearer_named_in_full() {
    let jeb = "Jeb Bush spoke in Miami on Monday. Mr. Bush said he would endorse the nominee.";
    assert_eq!(id_of(jeb, "Bush").as_deref(), Some("jeb-bush"));
    // (Session 51, actors53: George W. Bush left office in 2009, so after "Laura Bush" a bare
    // "Bush" in 2016 is hers; a KB person still in public life keeps the alias.)
    let laura = "Laura Bush spoke in Dallas on Monday. Bush said the war was right.";
    assert_eq!(id_of(laura, "Bush").as_deref(), Some("laura-bush"));
    let lara = "Lara Trump spoke in Dallas on Monday. Trump said the wall would be built.";
    assert_eq!(id_of(lara, "Trump").as_deref(), Some("donald-trump"));
    let two = "Libertarian candidate Gary Johnson spoke on Monday. Homeland Security Secretary \
               Jeh Johnson warned of hackers. Johnson said the systems were safe.";
    assert_eq!(id_of(two, "Johnson"), None);
    let one = "Libertarian candidate Gary Johnson spoke on Monday. Johnson said taxes were high.";
    assert_eq!(id_of(one, "Johnson").as_deref(), Some("gary-johnson"));
}

/// US governors, senators, candidates and cabinet members news of 2016–2026 names often.
#[test]
fn us_political_figures_of_2016() {
    for (text, surface, id) in [
        (
            "John Kasich said he would stay in the race.",
            "John Kasich",
            "john-kasich",
        ),
        (
            "Mike Pence attacked Tim Kaine in the debate.",
            "Mike Pence",
            "mike-pence",
        ),
        (
            "Mike Pence attacked Tim Kaine in the debate.",
            "Tim Kaine",
            "tim-kaine",
        ),
        (
            "Paul Ryan criticized the nominee on Monday.",
            "Paul Ryan",
            "paul-ryan",
        ),
        (
            "Jeff Sessions endorsed the nominee on Monday.",
            "Jeff Sessions",
            "jeff-sessions",
        ),
        (
            "James Comey told Congress the inquiry was closed.",
            "James Comey",
            "james-comey",
        ),
    ] {
        assert_eq!(id_of(text, surface).as_deref(), Some(id), "{text}");
    }
}
