//! Behaviour tests on inline KB rows, independent of the evolving data files
//! (except `builtin_kb_resolves_core_states`, which only asserts actors that
//! the shipped KB is sure to keep).

use crate::common;

use sitrep_actors::{find_actors, DocActors, MentionHow};
use sitrep_kb::{parse_actor_file, parse_role_file, AliasKind, Kb, KbBuilder};
use sitrep_record::ActorKind;
use sitrep_text::{normalize, TextLayer};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
IRN\tcountry\tIran\tIRN\t\t\t\t\tIslamic Republic of Iran|adj:Iranian|meto:Tehran|desc:the Islamic Republic
USA\tcountry\tUnited States\tUSA\t\t\t\t\tAmerica|abbr:US|abbr:U.S.|adj:American|adj:U.S.|meto:Washington|meto:the White House
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli|meto:Jerusalem|desc:the Zionist regime|desc:the Jewish state
JOR\tcountry\tJordan\tJOR\t\t\t\t\tadj:Jordanian|meto:Amman
TCD\tcountry\tChad\tTCD\t\t\t\t\t
JPN\tcountry\tJapan\tJPN\t\t\t\t\tadj:Japanese|meto:Tokyo
GBR\tcountry\tUnited Kingdom\tGBR\t\t\t\t\tBritain|abbr:UK|adj:British|meto:London
hamas\tarmed_group\tHamas\tPSE\tREB\t\t\t\t
abbas-araghchi\tperson\tAbbas Araghchi\tIRN\tGOV\tdeputy foreign minister\t2013\t2021-08\tAraghchi
abbas-araghchi\tperson\tAbbas Araghchi\tIRN\tGOV\tforeign minister\t2024-08\t\tAraghchi
javad-zarif\tperson\tMohammad Javad Zarif\tIRN\tGOV\tforeign minister\t2013-08\t2021-08\tJavad Zarif|Zarif
israel-katz\tperson\tIsrael Katz\tISR\tMIL\tdefense minister\t2024-11\t\tKatz
theresa-may\tperson\tTheresa May\tGBR\tGOV\tprime minister\t2016-07\t2019-07\tMay
donald-trump\tperson\tDonald Trump\tUSA\tGOV\tpresident\t2017-01-20\t2021-01-20\tTrump|President Trump
";

const ROLES: &str = "phrase\tsector\tnumber
officials\tGOV\tgroup
official\tGOV\tperson
foreign minister\tGOV\tperson
deputy foreign minister\tGOV\tperson
minister\tGOV\tperson
defense minister\tMIL\tperson
prime minister\tGOV\tperson
security establishment\tSPY\tgroup
military\tMIL\tgroup
forces\tMIL\tgroup
government\tGOV\tgroup
regime\tGOV\tgroup
leadership\tGOV\tgroup
spokesman\tGOV\tperson
foreign ministry\tGOV\tgroup
president\tGOV\tperson
";

fn kb_from(actors: &str) -> Kb {
    common::inline_kb(actors, ROLES)
}

fn kb() -> Kb {
    kb_from(ACTORS)
}

struct Run {
    layer: TextLayer,
    doc: DocActors,
}

impl Run {
    /// (mention text, actor id, how) in text order.
    fn mentions(&self) -> Vec<(&str, &str, MentionHow)> {
        self.doc
            .mentions
            .iter()
            .map(|m| {
                (
                    &self.layer.text[m.start..m.end],
                    self.doc.actors[m.actor].id.as_str(),
                    m.how,
                )
            })
            .collect()
    }

    fn ids(&self) -> Vec<&str> {
        self.doc.actors.iter().map(|a| a.id.as_str()).collect()
    }

    fn actor(&self, id: &str) -> &sitrep_actors::DocActor {
        let i = self
            .doc
            .actor_by_id(id)
            .unwrap_or_else(|| panic!("no actor {id}: {:?}", self.mentions()));
        &self.doc.actors[i]
    }

    /// Panics when some mention's text is exactly `text`.
    fn assert_no_mention(&self, text: &str) {
        assert!(
            self.mentions().iter().all(|(t, ..)| *t != text),
            "mention {text:?} in {:?}",
            self.mentions()
        );
    }

    /// The mention whose text is exactly `text` (first one).
    fn mention(&self, text: &str) -> (&str, MentionHow) {
        self.mentions()
            .into_iter()
            .find(|(t, _, _)| *t == text)
            .map(|(_, id, how)| (id, how))
            .unwrap_or_else(|| panic!("no mention {text:?} in {:?}", self.mentions()))
    }
}

fn run_with(kb: &Kb, raw: &str, published: Option<&str>) -> Run {
    let layer = TextLayer::new(normalize(raw));
    let doc = find_actors(&layer, kb, published);
    // Invariants every run must keep.
    for w in doc.mentions.windows(2) {
        assert!(
            w[0].end <= w[1].start,
            "mentions overlap or are out of order: {:?}",
            doc.mentions
        );
    }
    let records = doc.to_records(&layer.text);
    let mut seen = std::collections::HashSet::new();
    for r in &records {
        assert!(seen.insert(r.id.clone()), "actor {} listed twice", r.id);
        for s in &r.mentions {
            assert_eq!(&layer.text[s.start..s.end], s.text);
        }
    }
    Run { layer, doc }
}

fn run(raw: &str, published: Option<&str>) -> Run {
    run_with(&kb(), raw, published)
}

#[test]
fn demonym_plus_group_role_is_the_sector() {
    let r = run(
        "Senior Iranian officials told U.S. media that talks may follow.",
        None,
    );
    assert_eq!(
        r.mention("Senior Iranian officials"),
        ("IRNGOV", MentionHow::Role)
    );
    let gov = r.actor("IRNGOV");
    assert_eq!(gov.kind, ActorKind::Country);
    assert_eq!(gov.country.as_deref(), Some("IRN"));
    assert_eq!(gov.sector.as_deref(), Some("GOV"));
    assert_eq!(gov.name, "Iranian government");
    // "U.S. media": no role phrase for media in this KB, so the bare adjective.
    assert_eq!(r.mention("U.S.").0, "USA");
    // The role mention exposes its head and modifier.
    let m = r.doc.mentions[0];
    assert_eq!(
        r.doc.head_of(&m),
        (m.start + "Senior Iranian ".len(), m.end)
    );
    let d = r.doc.detail(&m).expect("role mentions have details");
    assert_eq!(
        &r.layer.text[d.modifier.unwrap().0..d.modifier.unwrap().1],
        "Iranian"
    );
    assert_eq!(d.role.as_deref(), Some("officials"));
}

#[test]
fn possessive_and_sectors() {
    let r = run(
        "Israel's security establishment was alarmed. The Iranian military said U.S. officials lied. Israeli forces moved. Iran's leadership met.",
        None,
    );
    assert_eq!(r.mention("Israel's security establishment").0, "ISRSPY");
    assert_eq!(r.mention("Iranian military").0, "IRNMIL");
    assert_eq!(r.mention("U.S. officials").0, "USAGOV");
    assert_eq!(r.mention("Israeli forces").0, "ISRMIL");
    assert_eq!(r.mention("Iran's leadership").0, "IRNGOV");
    assert_eq!(r.actor("ISRMIL").name, "Israeli military");
}

#[test]
fn role_after_noun_with_of() {
    let r = run(
        "The government of Iran denied it, and officials of Hamas agreed.",
        None,
    );
    assert_eq!(r.mention("government of Iran").0, "IRNGOV");
    assert_eq!(r.mention("officials of Hamas").0, "hamas");
}

#[test]
fn organization_with_role_is_the_organization() {
    let r = run("Hamas officials said the talks had stalled.", None);
    assert_eq!(r.mention("Hamas officials"), ("hamas", MentionHow::Role));
}

#[test]
fn bare_adjective_is_an_adjectival_state_mention() {
    let r = run(
        "A tanker carrying Iranian oil entered Iranian waters.",
        None,
    );
    let ms = r.mentions();
    assert_eq!(ms.len(), 2, "{ms:?}");
    for (text, id, how) in ms {
        assert_eq!((text, id), ("Iranian", "IRN"));
        assert!(how.is_adjectival());
    }
}

#[test]
fn role_and_kb_name_is_the_person_with_stated_role() {
    let r = run(
        "Iran is in contact with Europe, deputy foreign minister Abbas Araghchi said.",
        Some("2018-11-05"),
    );
    assert_eq!(
        r.mention("deputy foreign minister Abbas Araghchi"),
        ("abbas-araghchi", MentionHow::RoleName)
    );
    let p = r.actor("abbas-araghchi");
    assert_eq!(p.role.as_deref(), Some("deputy foreign minister"));
    assert_eq!(p.kind, ActorKind::Person);
    assert_eq!(p.country.as_deref(), Some("IRN"));
    let m = r
        .doc
        .mentions
        .iter()
        .find(|m| r.doc.actors[m.actor].id == "abbas-araghchi")
        .unwrap();
    let (hs, he) = r.doc.head_of(m);
    assert_eq!(&r.layer.text[hs..he], "Abbas Araghchi");
}

#[test]
fn capitalized_title_and_country_name_inside_a_person_name() {
    let r = run(
        "Defense Minister Israel Katz said the army was ready.",
        Some("2025-01-10"),
    );
    assert_eq!(r.mention("Defense Minister Israel Katz").0, "israel-katz");
    assert_eq!(
        r.actor("israel-katz").role.as_deref(),
        Some("defense minister")
    );
    assert!(!r.ids().contains(&"ISR"), "{:?}", r.mentions());

    // Without Katz in the KB, the name still wins over the country.
    let no_katz: String = ACTORS
        .lines()
        .filter(|l| !l.starts_with("israel-katz"))
        .map(|l| format!("{l}\n"))
        .collect();
    let kb = kb_from(&no_katz);
    let r = run_with(
        &kb,
        "Defense Minister Israel Katz said the army was ready.",
        None,
    );
    assert_eq!(r.mention("Defense Minister Israel Katz").0, "israel-katz");
    let p = r.actor("israel-katz");
    assert_eq!(p.kind, ActorKind::Person);
    assert_eq!(p.sector.as_deref(), Some("MIL"));
    assert!(!r.ids().contains(&"ISR"), "{:?}", r.mentions());
    let r = run_with(&kb, "Israel Katz said the army was ready.", None);
    assert!(r.mentions().is_empty(), "{:?}", r.mentions());
}

#[test]
fn possessive_role_comma_name() {
    let r = run(
        "Iran's foreign minister, Abbas Araghchi, said the talks were useful.",
        Some("2025-04-13"),
    );
    assert_eq!(
        r.mention("Iran's foreign minister, Abbas Araghchi").0,
        "abbas-araghchi"
    );
    assert_eq!(
        r.actor("abbas-araghchi").role.as_deref(),
        Some("foreign minister")
    );
    assert!(!r.ids().contains(&"IRN"));
}

#[test]
fn appositive_role_after_name() {
    let r = run(
        "Abbas Araghchi, Iran's foreign minister, said the talks were useful.",
        Some("2025-04-13"),
    );
    let ms = r.mentions();
    assert_eq!(ms.len(), 2, "{ms:?}");
    assert!(
        ms.iter().all(|(_, id, _)| *id == "abbas-araghchi"),
        "{ms:?}"
    );
    assert_eq!(
        ms[1],
        (
            "Iran's foreign minister",
            "abbas-araghchi",
            MentionHow::RoleHolder
        )
    );
}

#[test]
fn role_without_name_resolves_to_holder_on_the_date() {
    let text =
        "Iran's foreign minister said the talks were useful. The Iranian foreign minister left.";
    let r = run(text, Some("2015-07-14"));
    assert_eq!(
        r.mention("Iran's foreign minister"),
        ("javad-zarif", MentionHow::RoleHolder)
    );
    assert_eq!(r.mention("Iranian foreign minister").0, "javad-zarif");
    let r = run(text, Some("2025-04-13"));
    assert_eq!(r.mention("Iran's foreign minister").0, "abbas-araghchi");
    // A date nobody's term covers, or no date: the government.
    let r = run(text, Some("2022-01-01"));
    assert_eq!(
        r.mention("Iran's foreign minister"),
        ("IRNGOV", MentionHow::Role)
    );
    let r = run(text, None);
    assert_eq!(r.mention("Iran's foreign minister").0, "IRNGOV");
}

#[test]
fn unknown_person_with_role_and_later_surname() {
    let r = run(
        "Iranian foreign ministry spokesman Bahram Qassemi accused Washington of bullying. Qassemi said Iran would not yield.",
        Some("2018-11-05"),
    );
    assert_eq!(
        r.mention("Iranian foreign ministry spokesman Bahram Qassemi")
            .0,
        "bahram-qassemi"
    );
    let p = r.actor("bahram-qassemi");
    assert_eq!(p.kind, ActorKind::Person);
    assert_eq!(p.country.as_deref(), Some("IRN"));
    assert_eq!(p.role.as_deref(), Some("foreign ministry spokesman"));
    assert_eq!(
        r.mention("Qassemi"),
        ("bahram-qassemi", MentionHow::Surname)
    );
    assert_eq!(r.mention("Washington").0, "USA");
    // A surname before the full mention is not resolved.
    let r = run(
        "Qassemi spoke first. Spokesman Bahram Qassemi then left.",
        None,
    );
    assert_eq!(r.mentions().len(), 1, "{:?}", r.mentions());
}

#[test]
fn president_alias_with_country_prefix() {
    let r = run(
        "U.S. President Trump said Iran would pay. President Donald Trump later added more.",
        Some("2020-01-03"),
    );
    assert_eq!(r.mention("U.S. President Trump").0, "donald-trump");
    assert_eq!(r.mention("President Donald Trump").0, "donald-trump");
    assert_eq!(r.actor("donald-trump").role.as_deref(), Some("president"));
    assert!(!r.ids().contains(&"USA"), "{:?}", r.mentions());
}

#[test]
fn metonyms_and_locatives() {
    let r = run("Tehran said the strikes were illegal. Protesters rallied in Tehran. Officials in Tokyo agreed.", None);
    let ms = r.mentions();
    assert_eq!(
        ms[0],
        ("Tehran", "IRN", MentionHow::Alias(AliasKind::Metonym))
    );
    assert_eq!(
        ms[1],
        ("Tehran", "IRN", MentionHow::Locative(AliasKind::Metonym))
    );
    assert!(ms[1].2.is_locative() && ms[1].2.is_metonym());
    // "Officials" opening the clause are the officials of the capital
    // named after "in" (actors38).
    assert_eq!(ms[2], ("Officials", "JPNGOV", MentionHow::Context));
    assert_eq!(
        ms[3],
        ("Tokyo", "JPN", MentionHow::Locative(AliasKind::Metonym))
    );
    let r = run("The envoy travelled to Jordan.", None);
    assert_eq!(
        r.mention("Jordan"),
        ("JOR", MentionHow::Locative(AliasKind::Name))
    );
}

#[test]
fn kb_descriptors_resolve_to_their_actor() {
    let r = run(
        "The Islamic Republic rejected what it called the Zionist regime's claims.",
        None,
    );
    assert_eq!(
        r.mention("The Islamic Republic"),
        ("IRN", MentionHow::Alias(AliasKind::Descriptor))
    );
    assert_eq!(r.mention("the Zionist regime").0, "ISR");
}

#[test]
fn generic_descriptors_need_a_dominant_state() {
    let r = run("Iran said it would respond. Tehran warned Israel. The regime says the government will not yield. Iran insisted.", None);
    assert_eq!(r.mention("The regime"), ("IRN", MentionHow::Context));
    assert_eq!(r.mention("the government"), ("IRNGOV", MentionHow::Context));

    // Iran 2, Israel 2: nobody dominates, so no mention.
    let r = run("Iran and Israel traded threats. Iran and Israel both claimed victory. The regime said nothing.", None);
    assert!(
        !r.mentions().iter().any(|(t, _, _)| *t == "The regime"),
        "{:?}",
        r.mentions()
    );
    // One mention is not enough.
    let r = run("Iran said it would respond. The regime is isolated.", None);
    assert_eq!(r.mentions().len(), 1, "{:?}", r.mentions());
    // "the leadership of Hamas" is Hamas's, not the dominant state's.
    let r = run(
        "Iran said. Iran warned. Tehran agreed. Officials praised the leadership of Hamas.",
        None,
    );
    assert_eq!(r.mention("leadership of Hamas").0, "hamas");
    // The bare officials opening the sentence are the story's state's
    // (actors38); the leadership named by "of Hamas" is no mention of it.
    assert_eq!(r.mention("Officials").0, "IRNGOV");
    assert_eq!(
        r.mentions().iter().filter(|m| m.1 == "IRNGOV").count(),
        1,
        "{:?}",
        r.mentions()
    );
}

#[test]
fn us_pronoun_is_not_the_united_states() {
    let r = run(
        "They told us that the US would not join. Let us wait.",
        None,
    );
    assert_eq!(
        r.mentions(),
        vec![("US", "USA", MentionHow::Alias(AliasKind::Acronym))]
    );
}

#[test]
fn months_are_not_people_unless_named_in_full_first() {
    let r = run(
        "On May 5, officials met. In May, talks resumed.",
        Some("2018-05-09"),
    );
    assert!(r.mentions().is_empty(), "{:?}", r.mentions());
    let r = run(
        "Theresa May said Britain would stay. May added that the deal was fair.",
        Some("2018-05-09"),
    );
    let ms = r.mentions();
    assert_eq!(ms[0].1, "theresa-may");
    assert!(
        ms.iter()
            .any(|(t, id, _)| *t == "May" && *id == "theresa-may"),
        "{ms:?}"
    );
}

#[test]
fn country_names_as_first_names_or_surnames() {
    for text in [
        "Jordan Peterson said the talk was sold out.",
        "Chad Smith played drums.",
        "Fans cheered as Michael Jordan arrived.",
    ] {
        let r = run(text, None);
        assert!(r.mentions().is_empty(), "{text}: {:?}", r.mentions());
    }
    let r = run(
        "Jordan said it would not allow overflights. Chad agreed.",
        None,
    );
    assert_eq!(r.ids(), vec!["JOR", "TCD"]);
}

#[test]
fn headlines_and_capitals() {
    let raw = "Foreign Minister Says Talks Will Resume Soon\n\nIRAN STRIKES BACK\n\nTEHRAN — Iran on Monday rejected the offer, officials said IRAN would never yield.";
    let r = run(raw, None);
    let ms = r.mentions();
    // No junk person from the Title Case headline.
    assert!(
        r.doc.actors.iter().all(|a| a.kind != ActorKind::Person),
        "{ms:?}"
    );
    // The all-caps line names Iran; the shouted word in running text does not.
    assert_eq!(
        ms.iter().filter(|(t, _, _)| *t == "IRAN").count(),
        1,
        "{ms:?}"
    );
    // The dateline is where the story was filed: no mention.
    assert!(ms.iter().all(|(t, _, _)| *t != "TEHRAN"), "{ms:?}");
    // "officials said" opening a clause in a story on Iran: Iran's (actors38).
    assert_eq!(r.ids(), vec!["IRN", "IRNGOV"]);
    let iran = r.doc.to_records(&r.layer.text);
    assert_eq!(iran[0].mentions.len(), 2, "{ms:?}");
}

#[test]
fn one_word_names_in_headlines_need_the_body() {
    let kb = kb_from(&format!(
        "{ACTORS}hossein-salami\tperson\tHossein Salami\tIRN\tMIL\t\t\t\tSalami\n"
    ));
    let r = run_with(&kb, "Salami Prices Rise In Jordan\n\nThe price of cured meat rose again this week, traders said.", None);
    assert!(r.mentions().is_empty(), "{:?}", r.mentions());
    let r = run_with(
        &kb,
        "Iran Says Salami Was Killed\n\nIran said the commander Hossein Salami was killed.",
        None,
    );
    assert_eq!(
        r.mentions()
            .iter()
            .filter(|(_, id, _)| *id == "IRN")
            .count(),
        2,
        "{:?}",
        r.mentions()
    );
    assert_eq!(
        r.mentions()
            .iter()
            .filter(|(_, id, _)| *id == "hossein-salami")
            .count(),
        2,
        "{:?}",
        r.mentions()
    );
    // A headline alone has nothing to confirm it against: keep what it names.
    let r = run_with(&kb, "Iran Rejects Talks", None);
    assert_eq!(r.ids(), vec!["IRN"]);
}

#[test]
fn lookup_helpers() {
    let r = run("Iran warned Israel. Senior Iranian officials met.", None);
    let text = &r.layer.text;
    let off = text.find("officials").unwrap();
    let m = r.doc.mention_at(off).expect("inside a mention");
    assert_eq!(&text[m.start..m.end], "Senior Iranian officials");
    assert!(r.doc.mention_at(text.find("warned").unwrap()).is_none());
    assert_eq!(r.doc.mentions_of_sentence(&r.layer, 0).len(), 2);
    assert_eq!(r.doc.mentions_of_sentence(&r.layer, 1).len(), 1);
    assert_eq!(r.doc.mentions_of_sentence(&r.layer, 9).len(), 0);
    assert_eq!(r.doc.mention_starting_at(m.start), Some(2));
}

#[test]
fn ids_are_stable_across_documents() {
    let a = run(
        "Senior Iranian officials met. Spokesman Bahram Qassemi spoke.",
        None,
    );
    let b = run(
        "Bahram Qassemi, the spokesman, was absent. Iranian officials were not.",
        None,
    );
    assert!(a.ids().contains(&"IRNGOV") && b.ids().contains(&"IRNGOV"));
    assert!(a.ids().contains(&"bahram-qassemi"));
}

#[test]
fn no_panics_on_odd_input() {
    let kb = kb();
    let inputs = [
        "",
        "'s",
        "Iran's",
        "'s officials",
        "officials",
        "the",
        "the regime",
        "Minister",
        "Foreign Minister,",
        "Foreign Minister ,",
        "President Trump's",
        "of Iran",
        "government of",
        "Café Iranian officials — «Tehran» 日本 Iran’s ministers\u{200B}.",
        "IRAN\nIRAN\n\nofficials\nIranian\nofficials",
        "Iranian Iranian Iranian officials officials",
        "al- bin al-",
    ];
    for raw in inputs {
        let layer = TextLayer::new(normalize(raw));
        let doc = find_actors(&layer, &kb, Some("2024-01-01"));
        let _ = doc.to_records(&layer.text);
    }
}

#[test]
fn builtin_kb_resolves_core_states() {
    // The shipped KB is still growing: only assert states it will always have.
    let kb = Kb::builtin().expect("built-in KB loads");
    let r = run_with(
        &kb,
        "Senior Iranian officials told U.S. media that Iran would respond. Tehran said the United States had violated the deal.",
        Some("2024-11-14"),
    );
    let ids = r.ids();
    assert!(ids.contains(&"IRNGOV"), "{:?}", r.mentions());
    assert!(ids.contains(&"IRN"), "{:?}", r.mentions());
    assert!(ids.contains(&"USA"), "{:?}", r.mentions());
    assert_eq!(r.mention("Senior Iranian officials").0, "IRNGOV");
    assert_eq!(r.mention("Tehran").0, "IRN");
    assert_eq!(r.mention("United States").0, "USA");
}

#[test]
fn adversarial_long_lines_stay_linear() {
    // A long caps-free prefix then many shouted names on one line, long
    // runs of modifiers, and thousands of roles and descriptors: every
    // per-match check must be O(1) or O(log n) for this to finish quickly.
    let mut raw = String::new();
    raw.push_str(&"1 2 ".repeat(20_000));
    raw.push_str(&"IRAN a ".repeat(5_000));
    raw.push_str(&"senior ".repeat(5_000));
    raw.push_str(&"Iranian officials said the regime and the government of Iran, ".repeat(2_000));
    raw.push_str(&"Spokesman Bahram Qassemi and Qassemi ".repeat(2_000));
    let layer = TextLayer::new(normalize(&raw));
    let started = std::time::Instant::now();
    let doc = find_actors(&layer, &kb(), Some("2024-01-01"));
    assert!(
        started.elapsed().as_secs() < 20,
        "took {:?}",
        started.elapsed()
    );
    assert!(doc.actors.iter().any(|a| a.id == "IRNGOV"));
    assert!(doc.actors.iter().any(|a| a.id == "bahram-qassemi"));
    // Only the first, in dateline position (nothing lower-case before it), names Iran.
    let shouted = doc
        .mentions
        .iter()
        .filter(|m| &layer.text[m.start..m.end] == "IRAN")
        .count();
    assert_eq!(shouted, 1, "shouted words in running text are not names");
}

fn country_of(r: &Run, id: &str) -> Option<String> {
    r.doc
        .actors
        .iter()
        .find(|a| a.id == id)
        .unwrap_or_else(|| panic!("no actor {id}: {:?}", r.doc.actors))
        .country
        .clone()
}

#[test]
fn unknown_titled_person_takes_the_only_state_in_the_document() {
    let r = run(
        "President Abdel Karim Noor threatened to impose a curfew in Amman.",
        None,
    );
    assert_eq!(country_of(&r, "abdel-karim-noor").as_deref(), Some("JOR"));
}

#[test]
fn unknown_titled_person_stays_stateless_when_two_states_compete() {
    let r = run(
        "President Abdel Karim Noor met officials from Japan and Chad.",
        None,
    );
    assert_eq!(country_of(&r, "abdel-karim-noor"), None);
}

#[test]
fn kb_person_in_an_igo_apposition_acts_for_the_igo() {
    let actors = format!(
        "{ACTORS}un\tigo\tUnited Nations\t\tIGO\t\t\t\tabbr:UN\n\
         kenzo-oshima\tperson\tKenzo Oshima\tJPN\tGOV\t\t2005-06-01\t2007-08-31\t\n"
    );
    let mut b = KbBuilder::default();
    b.add_actor_rows(parse_actor_file("inline-actors.tsv", &actors).unwrap());
    b.add_roles(parse_role_file("inline-roles.tsv", ROLES).unwrap());
    b.add_roles(
        parse_role_file(
            "igo-roles.tsv",
            "phrase\tsector\tnumber\nemergency relief coordinator\tGOV\tperson\n",
        )
        .unwrap(),
    );
    let kb = b.build();
    let r = run_with(
        &kb,
        "Kenzo Oshima, the United Nations Emergency Relief Coordinator, demanded access.",
        Some("2006-01-01"),
    );
    let a = r.actor("kenzo-oshima");
    assert_eq!(a.country, None, "acts for the UN, not for Japan");
    assert_eq!(a.sector.as_deref(), Some("IGO"));
    // Without the apposition he keeps his state.
    let r = run_with(&kb, "Kenzo Oshima demanded access.", Some("2006-01-01"));
    assert_eq!(r.actor("kenzo-oshima").country.as_deref(), Some("JPN"));
}

#[test]
fn a_bare_surname_alias_needs_context() {
    // A historic office holder known by surname only (`surname:`), as the KB
    // converter writes the Phoenix rows.
    let rows = format!(
        "{ACTORS}IRL\tcountry\tIreland\tIRL\t\t\t\t\tadj:Irish|meto:Dublin
noel-dempsey\tperson\tNoel Dempsey\tIRL\tGOV\t\t2003\t2007\tsurname:Dempsey
"
    );
    let kb = kb_from(&rows);
    // No context: a Dempsey in an American story is someone else.
    let r = run_with(&kb, "Dempsey told reporters the plan would work.", None);
    assert!(!r.ids().contains(&"noel-dempsey"), "{:?}", r.mentions());
    // Inside another full name it is that name's, and later surname-only
    // mentions follow the full name, not the KB row.
    let r = run_with(
        &kb,
        "General Martin Dempsey arrived in Dublin. Irish officials met Dempsey on Friday.",
        None,
    );
    assert!(!r.ids().contains(&"noel-dempsey"), "{:?}", r.mentions());
    // The person's country in the document is context enough.
    let r = run_with(
        &kb,
        "Dempsey said Ireland would back the plan.",
        Some("2005-01-01"),
    );
    assert_eq!(r.mention("Dempsey").0, "noel-dempsey");
    // So is a role title before the surname.
    let r = run_with(&kb, "Minister Dempsey said the plan would work.", None);
    assert!(r.ids().contains(&"noel-dempsey"), "{:?}", r.mentions());
    // And the full name.
    let r = run_with(
        &kb,
        "Noel Dempsey spoke first. Later Dempsey left the room.",
        None,
    );
    assert_eq!(r.mention("Dempsey").0, "noel-dempsey");
}

#[test]
fn ethnic_minorities_belong_to_the_state_they_live_in() {
    let kb = kb_from(&ACTORS.replace("adj:Iranian|", "adj:Iranian|Iranians|"));
    let run = |text: &str, published| run_with(&kb, text, published);
    // "Ethnic Iranians" in Jordan are not Iran: the state named after them.
    let r = run(
        "Ethnic Iranians in southern Jordan demanded more rights.",
        None,
    );
    assert_eq!(r.mention("Iranians").0, "JORETH");
    let a = r.actor("JORETH");
    assert_eq!(a.country.as_deref(), Some("JOR"));
    assert_eq!(a.sector.as_deref(), Some("ETH"));
    // A sector keeps its role: "ethnic Israeli forces" living in Jordan.
    let r = run("Ethnic Israeli forces based in Jordan attacked.", None);
    assert_eq!(r.mention("Israeli forces").0, "JORMIL");
    // With no other state in the sentence, the mention stays the state's: its people (a
    // plural demonym with no "the" is the state's civilians, actors49).
    let r = run("Ethnic Iranians demanded more rights.", None);
    assert_eq!(r.mention("Iranians").0, "IRNCVL");
    // Without "ethnic", a demonym is the state's ...
    let r = run("Iranians in Jordan demanded more rights.", None);
    assert_eq!(r.mention("Iranians").0, "IRNCVL");
    // ... unless "of" or "living in" ties the people to another state.
    let r = run(
        "The Iranians of southern Jordan demanded more rights.",
        None,
    );
    assert_eq!(r.mention("Iranians").0, "JORETH");
    let r = run("Iranians living in Jordan demanded more rights.", None);
    assert_eq!(r.mention("Iranians").0, "JORETH");
    // Without "ethnic" the sentence's other state is not enough.
    let r = run("Iranians demanded more rights from Jordan.", None);
    assert_eq!(r.mention("Iranians").0, "IRNCVL");
}

#[test]
fn a_surname_opening_a_longer_name_is_someone_else() {
    // "Katz" is Israel Katz's alias; "Katz Hamdan" is another person.
    let r = run(
        "Police questioned Katz Hamdan on Monday.",
        Some("2025-01-01"),
    );
    assert!(
        r.doc
            .to_records(&r.layer.text)
            .iter()
            .all(|a| a.id != "israel-katz"),
        "{:?}",
        r.mentions()
    );
    // Before another person's surname it is that person's first name.
    let r = run(
        "Police questioned Katz Araghchi on Monday.",
        Some("2025-01-01"),
    );
    assert_eq!(r.mention("Araghchi").0, "abbas-araghchi");
    assert!(
        r.doc
            .to_records(&r.layer.text)
            .iter()
            .all(|a| a.id != "israel-katz"),
        "{:?}",
        r.mentions()
    );
    // The alias alone, or before a weekday, is still the person.
    let r = run("Katz said on Monday that talks failed.", Some("2025-01-01"));
    assert_eq!(r.mention("Katz").0, "israel-katz");
    let r = run("Talks failed, Katz Monday said.", Some("2025-01-01"));
    assert_eq!(r.mention("Katz").0, "israel-katz");
}

#[test]
fn first_name_and_surname_without_the_middle_name_is_the_person() {
    let kb = kb_from(&format!(
        "{ACTORS}kb-alvarado\tperson\tPedro Luis Alvarado\tARG\tGOV\t\t\t\tsurname:Alvarado\n"
    ));
    // The KB name's first word right before the surname: the person, named
    // by the whole span.
    let r = run_with(&kb, "A judge summoned Pedro Alvarado on Monday.", None);
    assert_eq!(r.mention("Pedro Alvarado").0, "kb-alvarado");
    // Another first name before the surname is someone else.
    let r = run_with(&kb, "A judge summoned Maria Alvarado on Monday.", None);
    assert!(!r.ids().contains(&"kb-alvarado"), "{:?}", r.mentions());
}

#[test]
fn unknown_person_titled_by_an_igo_role_acts_for_the_igo() {
    let kb = kb_from(&format!(
        "{ACTORS}un\tigo\tUnited Nations\t\tIGO\t\t\t\tabbr:UN\n"
    ));
    let r = run_with(
        &kb,
        "UN spokesman Jaap Dekker met Japanese officials.",
        None,
    );
    let dekker = r
        .doc
        .to_records(&r.layer.text)
        .into_iter()
        .find(|a| a.id == "jaap-dekker")
        .unwrap_or_else(|| panic!("{:?}", r.mentions()));
    assert_eq!(dekker.country, None);
    assert_eq!(dekker.sector.as_deref(), Some("IGO"));
    // A state's role keeps the state.
    let r = run_with(
        &kb,
        "Iranian spokesman Jaap Dekker met Japanese officials.",
        None,
    );
    assert_eq!(r.actor("jaap-dekker").country.as_deref(), Some("IRN"));
}

#[test]
fn a_place_after_a_title_and_before_a_name_is_a_first_name() {
    let actors = format!("{ACTORS}ITA\tcountry\tItaly\tITA\t\t\t\t\tadj:Italian|place:Milan\n");
    let kb = kb_from(&actors);
    let r = run_with(
        &kb,
        "Jordanian President Milan Novak met Japanese officials.",
        None,
    );
    assert_eq!(
        r.mention("Jordanian President Milan Novak").0,
        "milan-novak"
    );
    assert_eq!(r.actor("milan-novak").country.as_deref(), Some("JOR"));
    assert!(!r.ids().contains(&"ITA"), "{:?}", r.mentions());
    // The place alone, or before a lower-case word, is still the place.
    let r = run_with(&kb, "The president flew to Milan on Monday.", None);
    assert!(r.ids().contains(&"ITA"), "{:?}", r.mentions());
}

#[test]
fn a_titled_unknown_person_of_a_state_belongs_to_it() {
    let r = run(
        "Foreign Minister Omar Haddad of Jordan met Japanese officials.",
        None,
    );
    assert_eq!(r.mention("Foreign Minister Omar Haddad").0, "omar-haddad");
    assert_eq!(r.actor("omar-haddad").country.as_deref(), Some("JOR"));
    // Without a title the words are no person the resolver makes up.
    let r = run("Omar Haddad of Jordan met Japanese officials.", None);
    assert!(!r.ids().contains(&"omar-haddad"), "{:?}", r.mentions());
}

const ROLE_ROWS: &str = "phrase\tsector\tnumber
defence minister\tMIL\tperson
defense minister\tMIL\tperson
defence ministry\tMIL\tgroup
leader\tGOV\tperson
leaders\tGOV\tgroup
commander\tMIL\tperson
negotiator\tGOV\tperson
negotiators\tGOV\tgroup
";

fn kb_with_roles(actors: &str) -> Kb {
    common::inline_kb(actors, ROLE_ROWS)
}

#[test]
fn british_spelling_of_an_office_finds_its_holder() {
    let kb = kb_with_roles(ACTORS);
    let r = run_with(
        &kb,
        "Israel's defence minister told troops to stay alert.",
        Some("2025-06-01"),
    );
    assert_eq!(
        r.mention("Israel's defence minister"),
        ("israel-katz", MentionHow::RoleHolder)
    );
    // The ministry is not its minister, and before his term the office is
    // the military.
    let r = run_with(
        &kb,
        "Israel's defence ministry denied the report.",
        Some("2025-06-01"),
    );
    assert_eq!(r.mention("Israel's defence ministry").0, "ISRMIL");
    let r = run_with(
        &kb,
        "Israel's defence minister told troops to stay alert.",
        Some("2024-01-01"),
    );
    assert_eq!(r.mention("Israel's defence minister").0, "ISRMIL");
}

const GROUP_ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
YEM\tcountry\tYemen\tYEM\t\t\t\t\tadj:Yemeni
houthis\tarmed_group\tHouthis\tYEM\tREB\t\t\t\tadj:Houthi
quds-force\tarmed_group\tQuds Force\tIRN\tMIL\t\t\t\t
hamas\tarmed_group\tHamas\tPSE\tREB\t\t\t\t
abdul-malik-al-houthi\tperson\tAbdul-Malik al-Houthi\tYEM\tREB\thouthi leader\t2004\t\t
esmail-qaani\tperson\tEsmail Qaani\tIRN\tMIL\tquds force commander\t2020-01\t\tQaani
khalil-al-hayya\tperson\tKhalil al-Hayya\tPSE\tREB\thamas negotiator\t2024\t\t
";

#[test]
fn organization_office_resolves_to_its_holder() {
    let kb = kb_with_roles(GROUP_ACTORS);
    let date = Some("2025-06-01");
    let r = run_with(&kb, "The Houthis' leader vowed more attacks.", date);
    assert_eq!(
        r.mention("Houthis' leader"),
        ("abdul-malik-al-houthi", MentionHow::RoleHolder)
    );
    let r = run_with(&kb, "The Quds Force commander visited Baghdad.", date);
    assert_eq!(r.mention("Quds Force commander").0, "esmail-qaani");
    // Groups and offices the KB has no holder for stay the organization;
    // so does one of many ("a Hamas negotiator"), and a date before the term.
    let r = run_with(&kb, "The Houthis' leaders met in Sanaa.", date);
    assert_eq!(r.mention("Houthis' leaders").0, "houthis");
    let r = run_with(&kb, "The Quds Force's leader was not seen.", date);
    assert_eq!(r.mention("Quds Force's leader").0, "quds-force");
    let r = run_with(&kb, "A Hamas negotiator said talks had stalled.", date);
    assert_eq!(r.mention("Hamas negotiator").0, "hamas");
    let r = run_with(&kb, "The Hamas negotiator said talks had stalled.", date);
    assert_eq!(r.mention("Hamas negotiator").0, "khalil-al-hayya");
    let r = run_with(
        &kb,
        "The Quds Force commander visited Baghdad.",
        Some("2015-01-01"),
    );
    assert_eq!(r.mention("Quds Force commander").0, "quds-force");
}

#[test]
fn seas_named_after_a_state_are_not_the_state() {
    let r = run(
        "Japanese ships sailed into the Sea of Japan. Tokyo protested to Washington.",
        Some("2025-06-01"),
    );
    assert_eq!(r.ids(), vec!["JPN", "USA"]);
    assert!(
        r.mentions().iter().all(|(t, _, _)| *t != "Japan"),
        "{:?}",
        r.mentions()
    );
    // Not a sea: the state itself, after "of" or after a lower-case "sea".
    let r = run(
        "The prime minister of Japan visited Israel. Oil from the sea of Japan's neighbours.",
        Some("2025-06-01"),
    );
    assert_eq!(
        r.mentions()
            .iter()
            .filter(|(_, id, _)| id.starts_with("JPN"))
            .count(),
        2,
        "{:?}",
        r.mentions()
    );
}

#[test]
fn field_of_a_negotiator_is_part_of_the_role() {
    let kb = kb_with_roles(ACTORS);
    let r = run_with(
        &kb,
        "Iran's nuclear negotiators arrived in Oman. Israel's peace negotiators stayed home.",
        Some("2025-06-01"),
    );
    assert_eq!(r.mention("Iran's nuclear negotiators").0, "IRNGOV");
    assert_eq!(r.mention("Israel's peace negotiators").0, "ISRGOV");
    // A field word alone names no one.
    let r = run_with(&kb, "Iran's nuclear programme grew.", Some("2025-06-01"));
    assert_eq!(r.mention("Iran").0, "IRN");
}

#[test]
fn office_of_a_named_body_with_its_holder_is_the_person() {
    let actors = format!(
        "{ACTORS}iran-foreign-ministry\torganization\tIranian Foreign Ministry\tIRN\tGOV\t\t\t\t\
         Iran's Foreign Ministry\n\
         esmaeil-baghaei\tperson\tEsmaeil Baghaei\tIRN\tGOV\tforeign ministry spokesman\t2024-06\t\t\n"
    );
    let kb = kb_from(&actors);
    let date = Some("2025-06-01");
    let r = run_with(
        &kb,
        "Iran's Foreign Ministry spokesman Esmaeil Baghaei dismissed the report.",
        date,
    );
    // The body, named nowhere else, stays an actor of its own (session 25):
    // the person's mention starts at the office.
    assert_eq!(
        r.mentions(),
        vec![
            (
                "Iran's Foreign Ministry",
                "iran-foreign-ministry",
                MentionHow::Alias(AliasKind::Name)
            ),
            (
                "spokesman Esmaeil Baghaei",
                "esmaeil-baghaei",
                MentionHow::RoleName
            )
        ]
    );
    // The body alone, or its office without a name, stays the body.
    let r = run_with(&kb, "Iran's Foreign Ministry denied the report.", date);
    assert_eq!(r.ids(), vec!["iran-foreign-ministry"]);
    let r = run_with(
        &kb,
        "The Iranian Foreign Ministry spokesman dismissed the report.",
        date,
    );
    assert_eq!(r.ids(), vec!["iran-foreign-ministry"]);
}

#[test]
fn particle_hyphen_surname_ends_an_unknown_name() {
    let r = run(
        "Iranian foreign ministry spokesman Hamid Saleh al-Mansouri said the talks had failed.",
        Some("2025-11-20"),
    );
    assert_eq!(
        r.mention("Iranian foreign ministry spokesman Hamid Saleh al-Mansouri")
            .0,
        "hamid-saleh-al-mansouri"
    );
    // Near miss: a bare particle still cannot end the name.
    let r = run(
        "Iranian foreign ministry spokesman Hamid Saleh al said the talks had failed.",
        Some("2025-11-20"),
    );
    assert_eq!(
        r.mention("Iranian foreign ministry spokesman Hamid Saleh")
            .0,
        "hamid-saleh"
    );
}

/// Session 12 (`actors17`): the probe's actor findings, on invented text.
mod probe_findings {
    use super::*;

    const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
SDN\tcountry\tSudan\tSDN\t\t\t\t\tadj:Sudanese|meto:Khartoum
PRK\tcountry\tNorth Korea\tPRK\t\t\t\t\tmeto:Pyongyang
KOR\tcountry\tSouth Korea\tKOR\t\t\t\t\tmeto:Seoul
SSD\tcountry\tSouth Sudan\tSSD\t\t\t\t\tmeto:Juba
ARM\tcountry\tArmenia\tARM\t\t\t\t\tadj:Armenian|adj:Armenians|meto:Yerevan
AZE\tcountry\tAzerbaijan\tAZE\t\t\t\t\tadj:Azerbaijani|meto:Baku|place:Nagorno-Karabakh
rsf\torganization\tReporters Without Borders\t\tNGO\t\t\t\tabbr:RSF|cue:press freedom|cue:journalists
rapid-support-forces\tarmed_group\tRapid Support Forces\tSDN\tREB\t\t\t\tabbr:RSF|cue:paramilitary|cue:fighters
lee-min\tperson\tLee Min\tKOR\tGOV\tpresident\t2025-06-04\t\t
";

    const ROLES: &str = "phrase\tsector\tnumber
opposition leader\tOPP\tperson
opposition\tOPP\tgroup
human rights group\tHRI\tperson
prime minister\tGOV\tperson
president\tGOV\tperson
";

    fn kb() -> Kb {
        crate::common::inline_kb(ACTORS, ROLES)
    }

    fn run(raw: &str, published: Option<&str>) -> Run {
        run_with(&kb(), raw, published)
    }

    #[test]
    fn an_ambiguous_acronym_takes_the_sense_the_document_supports() {
        // Cue words of the row: press freedom and journalists.
        let r = run(
            "RSF said press freedom declined again this year and that 54 journalists were killed.",
            None,
        );
        assert_eq!(r.mention("RSF").0, "rsf");
        // Cue words and the sense's state.
        let r = run(
            "RSF fighters shelled the market. Sudan's army said it repelled the attack.",
            None,
        );
        assert_eq!(r.mention("RSF").0, "rapid-support-forces");
        assert!(!r.ids().contains(&"rsf"), "{:?}", r.mentions());
        // The full name anywhere in the document decides every "RSF".
        let r = run(
            "The RSF denied the report. The Rapid Support Forces have fought the army since April.",
            None,
        );
        assert_eq!(r.mention("RSF").0, "rapid-support-forces");
        assert_eq!(r.mention("Rapid Support Forces").0, "rapid-support-forces");
        // The cue words themselves are never mentions, and with no evidence
        // the sense listed first in the KB stays.
        let r = run("RSF published its annual report on Tuesday.", None);
        assert_eq!(r.ids(), vec!["rsf"]);
    }

    #[test]
    fn a_hyphenated_east_asian_given_name_leaves_the_family_name_for_later() {
        let r = run(
            "Prime Minister Kang Min-jun addressed the nation on Sunday. Kang said the cabinet would stay.",
            None,
        );
        assert_eq!(r.mention("Kang"), ("kang-min-jun", MentionHow::Surname));
    }

    #[test]
    fn a_named_organization_after_an_organization_role_is_no_person() {
        let r = run(
            "According to the human rights group Foro Libre, 300 people are held.",
            None,
        );
        let a = r.actor("foro-libre");
        assert_eq!(a.kind, ActorKind::Organization);
        assert_eq!(a.sector.as_deref(), Some("HRI"));
        assert_eq!(a.role, None);
    }

    #[test]
    fn a_stated_role_sets_the_sector_when_no_kb_term_covers_the_date() {
        let text = "Opposition leader Lee Min told protesters that the people had won.";
        let before = run(text, Some("2024-12-04"));
        assert_eq!(before.actor("lee-min").sector.as_deref(), Some("OPP"));
        let during = run(text, Some("2025-07-01"));
        assert_eq!(during.actor("lee-min").sector.as_deref(), Some("GOV"));
    }

    #[test]
    fn the_north_after_north_korea_is_north_korea() {
        let r = run(
            "North Korea fired a missile, South Korea said. According to Seoul, the North fired shells too.",
            None,
        );
        assert_eq!(r.mention("the North").0, "PRK");
        // Only once named, never before a capitalized word, and not when
        // two states named open with the word.
        let r = run(
            "The North fired shells. North Korea denied it. Ships crossed the North Atlantic.",
            None,
        );
        let texts: Vec<&str> = r.mentions().iter().map(|(t, ..)| *t).collect();
        assert_eq!(texts, vec!["North Korea"]);
        let r = run(
            "South Korea and South Sudan signed a deal. The South will ship grain.",
            None,
        );
        assert!(
            r.mentions().iter().all(|(t, ..)| *t != "The South"),
            "{:?}",
            r.mentions()
        );
    }

    #[test]
    fn a_place_an_ethnic_people_leaves_is_not_their_home_state() {
        let r = run("Thousands of ethnic Armenians fled Nagorno-Karabakh.", None);
        assert_eq!(r.mention("Armenians").0, "ARM");
        let r = run(
            "Thousands of ethnic Armenians stayed, officials in Nagorno-Karabakh said.",
            None,
        );
        assert_eq!(r.mention("Armenians").0, "AZEETH");
    }

    #[test]
    fn the_opposition_in_a_capital_is_that_states_opposition() {
        let r = run("The opposition in Yerevan called for protests.", None);
        assert_eq!(r.mention("opposition in Yerevan").0, "ARMOPP");
    }
}

/// `actor_by_id` pre-tests an id's length and first byte: ids sharing both
/// ("IRNGOV", "IRNMIL", "ISRGOV") are still told apart by their bytes, and
/// an id that is some actor's prefix or extension finds none.
#[test]
fn actor_by_id_tells_apart_ids_of_one_length_and_first_byte() {
    let mut actors = DocActors::default();
    for id in ["IRNGOV", "IRNMIL", "ISRGOV", "IRN", ""] {
        actors.actors.push(sitrep_actors::DocActor {
            id: id.to_string(),
            name: id.to_string(),
            kind: ActorKind::Country,
            country: None,
            sector: None,
            role: None,
        });
    }
    assert_eq!(actors.actor_by_id("IRNMIL"), Some(1));
    assert_eq!(actors.actor_by_id("ISRGOV"), Some(2));
    assert_eq!(actors.actor_by_id("IRN"), Some(3));
    assert_eq!(actors.actor_by_id(""), Some(4));
    assert_eq!(actors.actor_by_id("IRNG"), None);
    assert_eq!(actors.actor_by_id("IRNGOVX"), None);
    assert_eq!(actors.actor_by_id("irngov"), None);
}

// ---- gender for pronoun agreement ------------------------------------------

/// Gender of the actor `id` in `run`.
fn gender_of(run: &Run, id: &str) -> Option<sitrep_actors::Gender> {
    run.doc
        .gender(run.doc.actor_by_id(id).expect("actor mentioned"))
}

#[test]
fn given_name_gives_a_gender_and_pronouns_agree() {
    use sitrep_actors::Gender;
    let kb = kb_from(&format!(
        "{ACTORS}ilhan-omar\tperson\tIlhan Omar\tUSA\tLEG\t\t\t\tOmar\n"
    ));
    let r = run_with(
        &kb,
        "Ilhan Omar met Donald Trump and Theresa May in London.",
        Some("2018-05-01"),
    );
    assert_eq!(gender_of(&r, "ilhan-omar"), Some(Gender::Female));
    assert_eq!(gender_of(&r, "donald-trump"), Some(Gender::Male));
    assert_eq!(gender_of(&r, "theresa-may"), Some(Gender::Female));
    let omar = r.doc.actor_by_id("ilhan-omar").unwrap();
    let trump = r.doc.actor_by_id("donald-trump").unwrap();
    // "he" skips a woman, "she" a man; "his"/"her" too.
    assert!(!r.doc.agrees_with_pronoun(omar, "he"));
    assert!(!r.doc.agrees_with_pronoun(omar, "His"));
    assert!(r.doc.agrees_with_pronoun(omar, "she"));
    assert!(!r.doc.agrees_with_pronoun(trump, "She"));
    assert!(r.doc.agrees_with_pronoun(trump, "he"));
    // Other words are no test of gender.
    assert!(r.doc.agrees_with_pronoun(omar, "they"));
    // A state has no gender: every pronoun agrees (kind is the caller's test).
    let gbr = r.doc.actor_by_id("GBR").unwrap();
    assert_eq!(r.doc.gender(gbr), None);
    assert!(r.doc.agrees_with_pronoun(gbr, "she"));
}

#[test]
fn unknown_given_name_stays_a_candidate_of_both() {
    let kb = kb_from(&format!(
        "{ACTORS}kanat-bek\tperson\tKanat Bek\tUSA\tGOV\t\t\t\tBek\n"
    ));
    let r = run_with(&kb, "Kanat Bek spoke in Tehran.", None);
    assert_eq!(gender_of(&r, "kanat-bek"), None);
    let bek = r.doc.actor_by_id("kanat-bek").unwrap();
    assert!(r.doc.agrees_with_pronoun(bek, "he") && r.doc.agrees_with_pronoun(bek, "she"));
}

#[test]
fn honorific_in_the_text_gives_the_gender_over_the_given_name() {
    use sitrep_actors::Gender;
    // The lexicon's "Kanat" is unknown; "Ms" before the surname tells.
    let kb = kb_from(&format!(
        "{ACTORS}kanat-bek\tperson\tKanat Bek\tUSA\tGOV\t\t\t\tBek\n"
    ));
    let r = run_with(
        &kb,
        "Kanat Bek spoke in Tehran. Ms. Bek said talks would go on.",
        None,
    );
    assert_eq!(gender_of(&r, "kanat-bek"), Some(Gender::Female));
    let r = run_with(
        &kb,
        "Kanat Bek spoke in Tehran. Mr Bek said talks would go on.",
        None,
    );
    assert_eq!(gender_of(&r, "kanat-bek"), Some(Gender::Male));
    // The text wins over the given name ("Ms Donald Trump" is told). A bare
    // "Ms Trump" after "Donald Trump" is someone else (session 33: a title of
    // the other gender than the given name's names another bearer).
    let r = run_with(
        &kb,
        "Ms Donald Trump spoke. Trump said so.",
        Some("2018-05-01"),
    );
    assert_eq!(gender_of(&r, "donald-trump"), Some(Gender::Female));
    // Told both ways: known neither.
    let r = run_with(&kb, "Kanat Bek spoke. Mr Bek and Ms Bek said so.", None);
    assert_eq!(gender_of(&r, "kanat-bek"), None);
    // A title with no gender ("Dr") tells nothing.
    let r = run_with(&kb, "Kanat Bek spoke. Dr Bek said so.", None);
    assert_eq!(gender_of(&r, "kanat-bek"), None);
}

#[test]
fn name_opening_with_a_title_takes_the_given_name_after_it() {
    use sitrep_actors::Gender;
    // "Sheikh" gives no gender ("Sheikh Hasina" is a woman): the next word does.
    let kb = kb_from(&format!(
        "{ACTORS}sheikh-hasina\tperson\tSheikh Hasina\tBGD\tGOV\t\t\t\tHasina\nsheikh-ahmed\tperson\tSheikh Ahmed Nasser\tQAT\tGOV\t\t\t\t\n"
    ));
    let r = run_with(&kb, "Sheikh Hasina and Sheikh Ahmed Nasser met.", None);
    assert_eq!(gender_of(&r, "sheikh-hasina"), None);
    assert_eq!(gender_of(&r, "sheikh-ahmed"), Some(Gender::Male));
}

#[test]
fn user_given_names_file_adds_and_overrides() {
    use sitrep_actors::{find_actors_with, ContextLexicon, Gender};
    let kb = kb_from(&format!(
        "{ACTORS}kanat-bek\tperson\tKanat Bek\tUSA\tGOV\t\t\t\tBek\n"
    ));
    let mut lex = ContextLexicon::builtin().expect("built-in lexicons parse");
    lex.add_given_names("mine.tsv", "name\tgender\nkanat\tmale\ndonald\tfemale\n")
        .expect("user file parses");
    let layer = TextLayer::new(normalize("Kanat Bek met Donald Trump."));
    let doc = find_actors_with(&layer, &kb, Some("2018-05-01"), &lex);
    let g = |id: &str| doc.gender(doc.actor_by_id(id).unwrap());
    assert_eq!(g("kanat-bek"), Some(Gender::Male));
    assert_eq!(g("donald-trump"), Some(Gender::Female));
    let e = lex
        .add_given_names("bad.tsv", "name\tgender\nkanat\tmasc\n")
        .unwrap_err();
    assert!(e.starts_with("bad.tsv:2:"), "{e}");
}

#[test]
fn gendered_role_word_gives_the_gender() {
    use sitrep_actors::Gender;
    let roles = format!("{ROLES}spokeswoman\tGOV\tperson\n");
    let mut b = KbBuilder::default();
    b.add_actor_rows(parse_actor_file("a.tsv", ACTORS).unwrap());
    b.add_roles(parse_role_file("r.tsv", &roles).unwrap());
    let kb = b.build();
    let r = run_with(
        &kb,
        "Iranian spokeswoman Kanat Bek said talks would go on.",
        None,
    );
    let bek = r
        .doc
        .actors
        .iter()
        .position(|a| a.name == "Kanat Bek")
        .unwrap_or_else(|| panic!("{:?}", r.mentions()));
    assert_eq!(r.doc.gender(bek), Some(Gender::Female));
}

#[test]
fn a_states_leader_is_the_leader_named_before() {
    let roles = format!("{ROLES}leader\tGOV\tperson\n");
    let mut b = KbBuilder::default();
    b.add_actor_rows(parse_actor_file("a.tsv", ACTORS).unwrap());
    b.add_roles(parse_role_file("r.tsv", &roles).unwrap());
    let kb = b.build();
    let r = run_with(
        &kb,
        "British Prime Minister Theresa May met Israel Katz. The British leader said talks would go on.",
        Some("2018-05-01"),
    );
    assert_eq!(
        r.mention("British leader"),
        ("theresa-may", MentionHow::RoleHolder)
    );
    // Her role stays the office named, not "leader".
    assert_eq!(
        r.actor("theresa-may").role.as_deref(),
        Some("prime minister")
    );
    // A minister of that state is no leader; with no leader named before,
    // it stays the government.
    let r = run_with(
        &kb,
        "Israel Katz met Donald Trump. The Israeli leader said talks would go on.",
        Some("2025-05-01"),
    );
    assert_eq!(r.mention("Israeli leader"), ("ISRGOV", MentionHow::Role));
    // Another state's leader named before is not this one's.
    let r = run_with(
        &kb,
        "President Donald Trump spoke. The Israeli leader said talks would go on.",
        Some("2018-05-01"),
    );
    assert_eq!(r.mention("Israeli leader"), ("ISRGOV", MentionHow::Role));
}

#[test]
fn his_office_is_the_person_named_just_before() {
    let kb = kb();
    let r = run_with(
        &kb,
        "Donald Trump spoke on Monday. His office said talks would go on.",
        Some("2018-05-01"),
    );
    assert_eq!(
        r.mention("His office"),
        ("donald-trump", MentionHow::Context)
    );
    // "Her office" is not Trump's; two men before "his" leave it open.
    let r = run_with(
        &kb,
        "Donald Trump spoke on Monday. Her office said talks would go on.",
        Some("2018-05-01"),
    );
    r.assert_no_mention("Her office");
    let r = run_with(
        &kb,
        "Donald Trump met Israel Katz. His office said talks would go on.",
        Some("2025-05-01"),
    );
    r.assert_no_mention("His office");
    let r = run_with(
        &kb,
        "Donald Trump met Theresa May. Her office said talks would go on.",
        Some("2018-05-01"),
    );
    assert_eq!(
        r.mention("Her office"),
        ("theresa-may", MentionHow::Context)
    );
    // After a verb it is the post, not the bureau; after a comma it speaks.
    let r = run_with(
        &kb,
        "Donald Trump spoke on Monday. Critics accused him of abusing his office for gain.",
        Some("2018-05-01"),
    );
    r.assert_no_mention("his office");
    let r = run_with(
        &kb,
        "Donald Trump spoke on Monday. In a statement, his office said talks would go on.",
        Some("2018-05-01"),
    );
    assert_eq!(
        r.mention("his office"),
        ("donald-trump", MentionHow::Context)
    );
}

#[test]
fn bare_authorities_are_the_states_government() {
    let kb = kb();
    let r = run_with(
        &kb,
        "Jordan arrested 20 people on Monday. Authorities said the suspects were armed.",
        None,
    );
    assert_eq!(r.mention("Authorities"), ("JORGOV", MentionHow::Context));
    // The state named after "in" wins over the one named before.
    let r = run_with(
        &kb,
        "Jordan closed its border. Police and authorities in Chad said the suspects were armed.",
        None,
    );
    assert_eq!(r.mention("authorities"), ("TCDGOV", MentionHow::Context));
    // After a determiner or possessive, or before "of", it is no mention.
    for text in [
        "Jordan arrested 20 people. Their authorities said so.",
        "Jordan arrested 20 people. Some authorities said so.",
        "Jordan arrested 20 people. Authorities of the province said so.",
        // A demonym before it: a role phrase where the KB lists the role,
        // else no mention of the word.
        "Jordan arrested 20 people. Jordanian authorities said so.",
    ] {
        let r = run_with(&kb, text, None);
        assert!(
            r.mentions()
                .iter()
                .all(|(t, ..)| !t.eq_ignore_ascii_case("authorities")),
            "{text}: {:?}",
            r.mentions()
        );
    }
}

// ---- session 18 (actors24): namesakes and East Asian family names -----------

/// A KB person named after a role that the text gives to another state
/// is a namesake: "Zambia's Foreign Minister Mary Banda" serves Zambia,
/// whatever state the KB's Mary Banda served (here Malawi). The KB person's
/// own state, or a role with no state, keeps the KB person.
#[test]
fn a_role_of_another_state_makes_a_namesake_of_the_kb_person() {
    let kb = kb_from(&format!(
        "{ACTORS}ZMB\tcountry\tZambia\tZMB\t\t\t\t\tadj:Zambian|meto:Lusaka\n\
         MWI\tcountry\tMalawi\tMWI\t\t\t\t\tadj:Malawian|meto:Lilongwe\n\
         mary-banda\tperson\tMary Banda\tMWI\tGOV\t\t2003-01-01\t2003-03-31\t\n"
    ));
    let country = |r: &Run, id: &str| {
        r.doc.actors[r.doc.actor_by_id(id).expect("actor mentioned")]
            .country
            .clone()
    };
    for text in [
        "Zambia's Foreign Minister Mary Banda met officials on Tuesday.",
        "Zambian Foreign Minister Mary Banda met officials on Tuesday.",
    ] {
        let r = run_with(&kb, text, None);
        assert_eq!(country(&r, "mary-banda").as_deref(), Some("ZMB"), "{text}");
    }
    let r = run_with(
        &kb,
        "Malawi's Foreign Minister Mary Banda met officials on Tuesday.",
        None,
    );
    assert_eq!(country(&r, "mary-banda").as_deref(), Some("MWI"));
    let r = run_with(&kb, "Mary Banda met officials on Tuesday.", None);
    assert_eq!(country(&r, "mary-banda").as_deref(), Some("MWI"));
}

/// "Kim Jong Un … Kim said": a last word too short for a surname ("Un",
/// "Yi") is a syllable of a given name written after the family name, and
/// the family name alone names the person later. A generational suffix is
/// no such syllable.
#[test]
fn a_family_name_written_first_names_the_person_later() {
    let kb = kb_from(&format!(
        "{ACTORS}PRK\tcountry\tNorth Korea\tPRK\t\t\t\t\tadj:North Korean\n\
         kim-jong-un\tperson\tKim Jong Un\tPRK\tGOV\t\t2011-12\t\t\n"
    ));
    let r = run_with(
        &kb,
        "North Korean leader Kim Jong Un inspected a launch on Friday. Kim said the country would grow stronger.",
        None,
    );
    assert_eq!(r.mention("Kim"), ("kim-jong-un", MentionHow::Surname));
    let r = run(
        "Chinese Foreign Minister Wang Yi met officials in Tehran. Wang said talks went well.",
        None,
    );
    assert!(
        r.mentions()
            .iter()
            .any(|(t, _, h)| *t == "Wang" && *h == MentionHow::Surname),
        "{:?}",
        r.mentions()
    );
    let r = run(
        "Donald Trump Jr spoke in Iowa on Monday. Donald said he would return.",
        None,
    );
    assert!(
        !r.mentions().iter().any(|(t, _, _)| *t == "Donald"),
        "{:?}",
        r.mentions()
    );
}

/// A KB person in office on the story's date stays the KB person whatever
/// state the text gives the role (a slip is likelier than a namesake in
/// office); out of office, the role's state makes a namesake.
#[test]
fn a_kb_person_in_office_is_no_namesake() {
    let place = |date: &str| {
        let r = run(
            "Japanese Foreign Minister Mohammad Javad Zarif met officials on Tuesday.",
            Some(date),
        );
        r.doc.actors[r.doc.actor_by_id("javad-zarif").expect("Zarif mentioned")]
            .country
            .clone()
    };
    assert_eq!(place("2015-03-01").as_deref(), Some("IRN"));
    assert_eq!(place("2024-03-01").as_deref(), Some("JPN"));
}
