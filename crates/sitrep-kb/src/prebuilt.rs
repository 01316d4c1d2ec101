//! The built [`Kb`] as bytes, so the built-in KB is built once, by
//! `build.rs` at compile time, instead of at every start-up (parsing about
//! 30,000 TSV rows and building the alias trie cost ~200 M instructions a
//! run; reading this form is a fraction of that).
//!
//! The form holds the actors, aliases, role phrases, the id index, the
//! groups of shared names, the role-holder and adjective tables, each
//! actor's aliases and the trie, as [`crate::KbBuilder::build`] builds
//! them: reading is decoding, nothing is rebuilt from the actors
//! (rebuilding the role-holder and adjective tables was 2.4 M instructions
//! of every start-up). Numbers are little-endian whatever the machine, so
//! the build script may run on another one than the binary. Only this crate writes
//! and reads it, for the build it is compiled into: no versioning, and a
//! malformed form is a bug (reading panics).

use crate::format::RolePhrase;
use crate::matcher::Matcher;
use crate::model::{
    given_names, legislative_bodies, place_governments, Actor, Alias, AliasKind, AliasSenses,
    AliasesByActor, IdIndex, Kb, KbStr, LegislativeBodies, Term, Terms,
};
use sitrep_record::fast_map::{FastMap, WordMap};
use sitrep_record::ActorKind;
use std::borrow::Cow;
use std::sync::Arc;

/// Every [`AliasKind`], numbered by position.
const ALIAS_KINDS: [AliasKind; 8] = [
    AliasKind::Name,
    AliasKind::Adjective,
    AliasKind::Metonym,
    AliasKind::Descriptor,
    AliasKind::Acronym,
    AliasKind::Place,
    AliasKind::Surname,
    AliasKind::Cue,
];

/// An actor without an adjective alias, in the adjectives table.
const NO_ADJECTIVE: u32 = u32::MAX;

/// The bytes [`encode`] writes for an alias besides its text: the text's
/// length, the actor and the kind, a `u32` each.
const ALIAS_ENTRY: usize = 12;

/// The KB's form is [`sitrep_record::packed`]'s: strings in one block,
/// numbers in another (about 230,000 strings a start-up).
pub(crate) use sitrep_record::packed::{PackedReader as Reader, PackedWriter as Writer};

/// A reader of the form embedded in the binary hands out its strings
/// borrowed: they live as long as the program.
#[inline]
fn kb_str(r: &mut Reader<'static>) -> KbStr {
    Cow::Borrowed(r.str())
}

#[inline]
fn opt_kb_str(r: &mut Reader<'static>) -> Option<KbStr> {
    r.opt_str().map(Cow::Borrowed)
}

#[cfg_attr(not(test), allow(dead_code))]
fn kind_code<T: PartialEq>(all: &[T], kind: &T) -> usize {
    all.iter()
        .position(|k| k == kind)
        .expect("every kind is listed")
}

/// The prebuilt form of `kb`.
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) fn encode(kb: &Kb) -> Vec<u8> {
    let mut w = Writer::default();
    // Every actor's terms first, in actor order, as one table (the
    // reader makes it in one allocation, knowing its length), then the
    // actors, each with its number of terms.
    w.count(kb.actors.iter().map(|a| a.terms.len()).sum());
    for t in kb.actors.iter().flat_map(|a| a.terms.iter()) {
        w.opt_str(t.role.as_deref());
        w.opt_str(t.country.as_deref());
        w.opt_str(t.sector.as_deref());
        w.opt_str(t.from.as_deref());
        w.opt_str(t.until.as_deref());
    }
    w.count(kb.actors.len());
    for a in &kb.actors {
        w.str(&a.id);
        w.count(kind_code(&ActorKind::ALL, &a.kind));
        w.str(&a.name);
        w.opt_str(a.country.as_deref());
        w.opt_str(a.sector.as_deref());
        w.count(a.terms.len());
    }
    w.count(kb.by_id.slots.len());
    kb.by_id.slots.iter().for_each(|&s| w.count(s as usize));
    w.count(kb.aliases.len());
    for a in &kb.aliases {
        w.str(&a.text);
        w.count(a.actor);
        w.count(kind_code(&ALIAS_KINDS, &a.kind));
    }
    w.count(kb.roles.len());
    for r in &kb.roles {
        w.str(&r.phrase);
        w.str(&r.sector);
        w.count(usize::from(r.person));
    }
    // The ambiguous names, which the first document would otherwise
    // find by hashing every alias.
    let senses = kb
        .senses
        .get_or_init(|| AliasSenses::of(&kb.actors, &kb.aliases));
    w.count(senses.groups.len());
    for list in &senses.groups {
        w.count(list.len());
        list.iter().for_each(|&i| w.count(i));
    }
    // The office holders, by key in byte order so equal KBs write equal
    // bytes, and each actor's first adjective: tables a start-up would
    // otherwise rebuild from every actor's terms and every alias.
    let mut holders: Vec<_> = kb.holders.iter().collect();
    holders.sort_unstable();
    w.count(holders.len());
    for ((country, role), persons) in holders {
        w.str(country);
        w.str(role);
        w.count(persons.len());
        persons.iter().for_each(|&p| w.count(p));
    }
    w.count(kb.adjectives.len());
    for adjective in &kb.adjectives {
        w.count(adjective.map_or(NO_ADJECTIVE as usize, |a| a));
    }
    w.count(kb.alias_terms.len());
    for (alias, term) in &kb.alias_terms {
        w.count(*alias);
        w.opt_str(term.from.as_deref());
        w.opt_str(term.until.as_deref());
    }
    // The given names, which the first document that asks would otherwise
    // find by reading every person's name (5.5 M instructions for the
    // built-in KB, against 0.6 M to read the list), in byte order.
    let mut names: Vec<String> = kb
        .given_names
        .get_or_init(|| given_names(&kb.actors))
        .iter()
        .map(|(name, ())| name)
        .collect();
    names.sort_unstable();
    w.count(names.len());
    names.iter().for_each(|name| w.str(name));
    // The legislative bodies and their aliases, which the first document
    // that asks for a chamber would otherwise find by reading every actor
    // and every alias (3.2 M instructions for the built-in KB).
    let legislatures = kb
        .legislative_bodies
        .get_or_init(|| legislative_bodies(&kb.actors, &kb.aliases));
    w.count(legislatures.bodies.len());
    legislatures.bodies.iter().for_each(|&b| w.count(b));
    for list in &legislatures.aliases {
        w.count(list.len());
        list.iter().for_each(|&a| w.count(a));
    }
    // The governments of places inside a state, by place name in byte
    // order, which the first document that names such a place would
    // otherwise find by reading every actor (1.2 M instructions).
    let mut governments: Vec<_> = kb
        .place_governments
        .get_or_init(|| place_governments(&kb.actors))
        .iter()
        .collect();
    governments.sort_unstable();
    w.count(governments.len());
    for (place, &actor) in governments {
        w.str(&place);
        w.count(actor);
    }
    // Each actor's aliases, which the first document that asks would
    // otherwise index by reading every alias (1.2 M instructions).
    let by_actor = kb
        .aliases_by_actor
        .get_or_init(|| AliasesByActor::of(kb.actors.len(), &kb.aliases));
    for list in [&by_actor.starts, &by_actor.ids] {
        w.count(list.len());
        list.iter().for_each(|&n| w.count(n as usize));
    }
    kb.matcher.encode(&mut w);
    w.finish()
}

/// The [`Kb`] that [`encode`] turned into `bytes`, its strings borrowed
/// from `bytes` (the form embedded in the binary; tests leak theirs).
pub(crate) fn decode(bytes: &'static [u8]) -> Kb {
    let mut r = Reader::new(bytes);
    // The term table, then the actors, each taking the next run of it. A
    // collection of known length: the table is written in place, in one
    // allocation.
    let n = r.count();
    let terms: Arc<[Term]> = (0..n)
        .map(|_| Term {
            role: opt_kb_str(&mut r),
            country: opt_kb_str(&mut r),
            sector: opt_kb_str(&mut r),
            from: opt_kb_str(&mut r),
            until: opt_kb_str(&mut r),
        })
        .collect();
    let n = r.count();
    let mut next_term = 0;
    let actors: Vec<Actor> = (0..n)
        .map(|_| {
            let id = kb_str(&mut r);
            let kind = ActorKind::ALL[r.count()];
            let name = kb_str(&mut r);
            let country = opt_kb_str(&mut r);
            let sector = opt_kb_str(&mut r);
            let start = next_term;
            next_term += r.count();
            Actor {
                id,
                kind,
                name,
                country,
                sector,
                terms: Terms::shared(&terms, start..next_term),
            }
        })
        .collect();
    let n = r.count();
    let by_id = IdIndex { slots: r.u32s(n) };
    // An alias's three numbers (its text's length, actor, kind) lie side by
    // side, and the aliases one after another: the whole table is taken in
    // one step and cut into twelve-byte entries, rather than each number
    // being taken (and its bounds tested) on its own, for the ~57,000
    // aliases of the built-in KB.
    let n = r.count();
    let entries = r.take(ALIAS_ENTRY * n);
    let aliases: Vec<Alias> = entries
        .chunks_exact(ALIAS_ENTRY)
        .map(|entry| {
            let number = |at: usize| {
                u32::from_le_bytes(entry[at..at + 4].try_into().expect("four bytes")) as usize
            };
            Alias {
                text: Cow::Borrowed(r.str_of(number(0))),
                actor: number(4),
                kind: ALIAS_KINDS[number(8)],
            }
        })
        .collect();
    let roles: Vec<RolePhrase> = (0..r.count())
        .map(|_| RolePhrase {
            phrase: r.str().to_string(),
            sector: r.str().to_string(),
            person: r.u32() != 0,
        })
        .collect();
    let groups = (0..r.count())
        .map(|_| {
            let n = r.count();
            r.u32s(n).into_iter().map(|i| i as usize).collect()
        })
        .collect();
    let senses = AliasSenses::from_groups(aliases.len(), groups);
    let n = r.count();
    let mut holders: FastMap<(String, String), Vec<usize>> = FastMap::default();
    holders.reserve(n);
    for _ in 0..n {
        let key = (r.str().to_string(), r.str().to_string());
        let count = r.count();
        let persons = r.u32s(count).into_iter().map(|p| p as usize).collect();
        holders.insert(key, persons);
    }
    let n = r.count();
    let adjectives = r
        .u32s(n)
        .into_iter()
        .map(|a| (a != NO_ADJECTIVE).then_some(a as usize))
        .collect();
    let alias_terms = (0..r.count())
        .map(|_| {
            let alias = r.count();
            let (from, until) = (opt_kb_str(&mut r), opt_kb_str(&mut r));
            let term = Term {
                role: None,
                country: None,
                sector: None,
                from,
                until,
            };
            (alias, term)
        })
        .collect();
    let n = r.count();
    let mut names = WordMap::default();
    names.reserve(n);
    for _ in 0..n {
        names.insert_str(r.str(), ());
    }
    let n = r.count();
    let bodies = r.u32s(n).into_iter().map(|b| b as usize).collect();
    let body_aliases = (0..n)
        .map(|_| {
            let count = r.count();
            r.u32s(count).into_iter().map(|a| a as usize).collect()
        })
        .collect();
    let legislatures = LegislativeBodies::new(&actors, bodies, body_aliases);
    let n = r.count();
    let mut governments: WordMap<usize> = WordMap::default();
    governments.reserve(n);
    for _ in 0..n {
        let place = r.str();
        governments.insert_str(place, r.count());
    }
    let n = r.count();
    let starts = r.u32s(n);
    let n = r.count();
    let ids = r.u32s(n);
    let aliases_by_actor = AliasesByActor { starts, ids };
    let matcher = Matcher::decode(&mut r);
    assert!(r.is_done(), "the prebuilt KB is read to its end");
    Kb {
        holders,
        adjectives,
        alias_terms,
        actors,
        by_id,
        aliases,
        roles,
        matcher,
        given_names: std::sync::OnceLock::from(names),
        senses: std::sync::OnceLock::from(senses),
        place_governments: std::sync::OnceLock::from(governments),
        legislative_bodies: std::sync::OnceLock::from(legislatures),
        aliases_by_actor: std::sync::OnceLock::from(aliases_by_actor),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::builtin_builder;

    /// `bytes` for the rest of the test run, as [`decode`] wants them.
    fn leak(bytes: Vec<u8>) -> &'static [u8] {
        Box::leak(bytes.into_boxed_slice())
    }

    /// The prebuilt KB's strings point into its bytes: none is a copy.
    #[test]
    fn decoded_strings_are_borrowed() {
        let kb = decode(crate::PREBUILT_BUILTIN_KB);
        let borrowed = |s: &KbStr| matches!(s, Cow::Borrowed(_));
        assert!(kb.actors.iter().all(|a| borrowed(&a.id)
            && borrowed(&a.name)
            && a.country.iter().chain(&a.sector).all(borrowed)
            && a.terms.iter().all(|t| {
                [&t.role, &t.country, &t.sector, &t.from, &t.until]
                    .into_iter()
                    .flatten()
                    .all(borrowed)
            })));
        assert!(kb.aliases.iter().all(|a| borrowed(&a.text)));
    }

    /// Both KBs give the same answer to `ask` for each pair of arguments.
    fn answer_alike<T: PartialEq + std::fmt::Debug>(
        read: &Kb,
        fresh: &Kb,
        questions: &[(&str, &str)],
        ask: impl Fn(&Kb, &str, &str) -> T,
    ) {
        for &(a, b) in questions {
            assert_eq!(ask(read, a, b), ask(fresh, a, b), "{a} {b}");
        }
    }

    /// The word index of the legislative bodies answers as reading every
    /// body's name would: every word of every body's name, as written, in
    /// capitals and in small letters, asked for every state that has a
    /// body and for one that has none; words no name holds, and the empty
    /// piece that "U.S. Senate" splits into, answer alike.
    #[test]
    fn legislative_bodies_named_by_word_as_by_reading_each_name() {
        let kb = decode(crate::PREBUILT_BUILTIN_KB);
        let by_reading = |country: &str, word: &str| {
            let bodies = &kb.legislative_bodies.get().expect("carried").bodies;
            bodies
                .iter()
                .copied()
                .filter(|&i| {
                    let a = &kb.actors[i];
                    a.country.as_deref() == Some(country)
                        && a.name
                            .split(|c: char| !c.is_alphanumeric())
                            .any(|w| w.eq_ignore_ascii_case(word))
                })
                .min_by_key(|&i| kb.actors[i].name.len())
        };
        let bodies = &kb.legislative_bodies.get().expect("carried").bodies;
        let mut states: Vec<&str> = bodies
            .iter()
            .filter_map(|&i| kb.actors[i].country.as_deref())
            .collect();
        states.sort_unstable();
        states.dedup();
        states.push("XXX");
        let mut words: Vec<String> = vec!["".into(), "parliament".into(), "zzz".into()];
        for &i in bodies {
            for word in kb.actors[i].name.split(|c: char| !c.is_alphanumeric()) {
                words.extend([word.to_string(), word.to_uppercase(), word.to_lowercase()]);
            }
        }
        let mut found = 0;
        for state in &states {
            for word in &words {
                let expected = by_reading(state, word);
                assert_eq!(
                    kb.legislative_body_named(state, word),
                    expected,
                    "{state} {word}"
                );
                found += usize::from(expected.is_some());
            }
        }
        assert!(found > 100, "{found}");
    }

    /// The built-in KB as the build script wrote it is the KB built from
    /// the files now: the form carries every table (the trie included),
    /// and reading it back gives a KB that writes the same bytes.
    #[test]
    fn prebuilt_builtin_equals_a_fresh_build() {
        let fresh = builtin_builder().expect("built-in files parse").build();
        let bytes = encode(&fresh);
        assert!(
            bytes == crate::PREBUILT_BUILTIN_KB,
            "the prebuilt KB differs from one built from the files"
        );
        let read = decode(leak(bytes.clone()));
        assert!(encode(&read) == bytes, "reading and writing again differs");
        assert_eq!(read.actors, fresh.actors);
        assert_eq!(read.aliases, fresh.aliases);
        assert_eq!(read.roles, fresh.roles);
        assert_eq!(read.by_id, fresh.by_id);
        assert_eq!(read.holders, fresh.holders);
        assert_eq!(read.adjectives, fresh.adjectives);
        // The ambiguous names as a fresh KB finds them, carried.
        assert!(read.senses.get().is_some());
        assert_eq!(
            read.senses.get(),
            Some(&AliasSenses::of(&fresh.actors, &fresh.aliases))
        );
        assert!(!read.senses.get().unwrap().groups.is_empty());
        // The given names as a fresh KB finds them, carried.
        let sorted_names = |kb: &Kb| {
            let mut names: Vec<String> = given_names(&kb.actors)
                .iter()
                .map(|(name, ())| name)
                .collect();
            names.sort_unstable();
            names
        };
        let carried = read.given_names.get().expect("read with the KB");
        let mut carried_names: Vec<String> = carried.iter().map(|(name, ())| name).collect();
        carried_names.sort_unstable();
        assert_eq!(carried_names, sorted_names(&fresh));
        assert!(carried_names.len() > 1000);
        for name in ["Benjamin", "DONALD", "ali", "Iran", "the"] {
            assert_eq!(
                read.is_person_given_name(name),
                fresh.is_person_given_name(name),
                "{name}"
            );
        }
        // The legislative bodies as a fresh KB finds them, carried.
        let carried = read.legislative_bodies.get().expect("read with the KB");
        assert_eq!(carried, &legislative_bodies(&fresh.actors, &fresh.aliases));
        assert!(carried.bodies.len() > 10);
        let chambers = [
            ("USA", "senate"),
            ("USA", "house"),
            ("GBR", "commons"),
            ("AUS", "senate"),
            ("FRA", "assembly"),
        ];
        answer_alike(&read, &fresh, &chambers, Kb::legislative_body_named);
        assert!(read.legislative_body_named("USA", "senate").is_some());
        // The governments of places as a fresh KB finds them, carried.
        let sorted = |map: &WordMap<usize>| {
            let mut entries: Vec<(String, usize)> = map.iter().map(|(k, &v)| (k, v)).collect();
            entries.sort_unstable();
            entries
        };
        let carried = sorted(read.place_governments.get().expect("read with the KB"));
        assert_eq!(carried, sorted(&place_governments(&fresh.actors)));
        assert!(carried.len() > 10);
        let places = [
            ("Texas", "USA"),
            ("Ohio", "USA"),
            ("Texas", "MEX"),
            ("Atlantis", "USA"),
        ];
        answer_alike(&read, &fresh, &places, Kb::government_of_place);
        assert!(read.government_of_place("Texas", "USA").is_some());
        // The same matches as the trie built at run time.
        let text = "Iran's foreign minister met IRGC commanders and Hezbollah \
                    officials in Tehran, the Islamic Republic said; U.S. President \
                    Donald Trump and the Pentagon said little.";
        assert_eq!(read.scan(text), fresh.scan(text));
        assert!(!read.scan(text).0.is_empty());
    }

    /// Every field survives the round trip, `None` and empty strings kept
    /// apart, on a small KB with terms, several alias kinds and roles.
    #[test]
    fn round_trip_of_a_small_kb() {
        let mut b = crate::KbBuilder::default();
        b.add_actor_rows(
            crate::parse_actor_file(
                "t.tsv",
                "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
IRN\tcountry\tIran\tIRN\t\t\t\t\tadj:Iranian|meto:Tehran|abbr:IRI
javad-zarif\tperson\tMohammad Javad Zarif\tIRN\tGOV\tforeign minister\t2013-08\t2021-08\tZarif
hamas\tarmed_group\tHamas\tPSE\tUAF\t\t\t\tdesc:the movement
",
            )
            .expect("parses"),
        );
        b.add_roles(
            crate::parse_role_file(
                "r.tsv",
                "phrase\tsector\tnumber\nforeign minister\tGOV\tperson\nofficials\tGOV\tgroup\n",
            )
            .expect("parses"),
        );
        let kb = b.build();
        let read = decode(leak(encode(&kb)));
        assert_eq!(read.actors, kb.actors);
        assert_eq!(read.aliases, kb.aliases);
        assert_eq!(read.roles, kb.roles);
        assert_eq!(read.holders, kb.holders);
        assert_eq!(read.adjectives, kb.adjectives);
        let text = "Iranian foreign ministers and Hamas officials met Zarif in TEHRAN and Tehran.";
        assert_eq!(read.scan(text), kb.scan(text));
        assert_eq!(encode(&read), encode(&kb));
        // The one person's given name, carried in the form.
        assert!(read.given_names.get().is_some());
        assert!(read.is_person_given_name("MOHAMMAD"));
        assert!(!read.is_person_given_name("Zarif"));
        assert!(!read.is_person_given_name("Hamas"));
    }

    /// The senses of a name two organizations share come back from the
    /// form as the builder finds them, for every alias.
    #[test]
    fn round_trip_keeps_shared_names() {
        let mut b = crate::KbBuilder::default();
        b.add_actor_rows(
            crate::parse_actor_file(
                "t.tsv",
                "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
rsf-ngo\torganization\tReporters Without Borders\t\t\t\t\t\tabbr:RSF|cue:press freedom
rsf-sudan\tarmed_group\tRapid Support Forces\tSDN\tUAF\t\t\t\tabbr:RSF
hamas\tarmed_group\tHamas\tPSE\tUAF\t\t\t\t
",
            )
            .expect("parses"),
        );
        let kb = b.build();
        let read = decode(leak(encode(&kb)));
        let shared: Vec<usize> = (0..kb.aliases.len())
            .filter(|&i| !kb.alias_senses(i).is_empty())
            .collect();
        assert_eq!(shared.len(), 2, "both RSF acronyms are ambiguous");
        for i in 0..kb.aliases.len() {
            assert_eq!(read.alias_senses(i), kb.alias_senses(i), "alias {i}");
        }
    }
}
