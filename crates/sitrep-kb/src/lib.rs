//! The actor knowledge base: who can be mentioned, under which names.
//!
//! This crate owns the KB *data model* (actors, their aliases and roles), the
//! TSV file format users extend (see `data/kb/README.md`), loading the
//! built-in KB (built from `data/kb` at compile time by `build.rs`) plus any
//! user files, and the
//! [`Kb::find_aliases`] / [`Kb::find_roles`] / [`Kb::scan`] matcher: one
//! trie over every alias and role phrase, walked from word starts, case-aware for
//! aliases, longest match first, on word boundaries; plus role-holder lookup
//! by date ([`Kb::holder_of`]). Deciding what a match
//! *means* in context (metonym or place, which state "the regime" is) is the
//! job of `sitrep-actors`, not this crate.

mod format;
mod matcher;
mod model;
mod prebuilt;
mod roles;

use std::path::Path;

pub use format::{parse_actor_file, parse_role_file, ActorRow, KbError, RolePhrase};
pub use matcher::AliasMatch;
pub use model::{
    office_spelling, Actor, Alias, AliasKind, Kb, KbBuilder, KbStr, Term, Terms,
    BUILTIN_ACTOR_FILES, BUILTIN_ROLE_FILE,
};
pub use roles::RoleMatch;
pub use sitrep_record::ActorKind;

/// The built-in KB as `build.rs` built it from the files of
/// [`BUILTIN_ACTOR_FILES`] and [`BUILTIN_ROLE_FILE`], in the form of
/// [`prebuilt`]: start-up reads it instead of parsing the files and building
/// the alias trie at every run.
static PREBUILT_BUILTIN_KB: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/builtin-kb.bin"));

impl Kb {
    /// The knowledge base shipped with sitrep.
    pub fn builtin() -> Result<Kb, KbError> {
        Ok(prebuilt::decode(PREBUILT_BUILTIN_KB))
    }

    /// The built-in knowledge base extended by user files. A file whose
    /// header starts with `phrase` is a role file; otherwise an actor file.
    /// Rows with an existing id add aliases and terms to that actor.
    ///
    /// Without user files this is [`Kb::builtin`]; with some, the built-in
    /// files are parsed and everything is built at run time (the user's
    /// rows may extend built-in actors, and the trie holds every alias).
    pub fn builtin_with(extra: &[&Path]) -> Result<Kb, KbError> {
        if extra.is_empty() {
            return Kb::builtin();
        }
        let mut builder = model::builtin_builder()?;
        for path in extra {
            let name = path.display().to_string();
            let contents = std::fs::read_to_string(path).map_err(|e| KbError {
                file: name.clone(),
                line: 0,
                reason: e.to_string(),
            })?;
            if sitrep_record::tsv::read(&contents)
                .0
                .is_some_and(|h| h.text.starts_with("phrase"))
            {
                builder.add_roles(parse_role_file(&name, &contents)?);
            } else {
                builder.add_actor_rows(parse_actor_file(&name, &contents)?);
            }
        }
        Ok(builder.build())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ROWS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
IRN\tcountry\tIran\tIRN\t\t\t\t\tadj:Iranian|meto:Tehran
javad-zarif\tperson\tMohammad Javad Zarif\tIRN\tGOV\tforeign minister\t2013-08\t2021-08\tZarif
abbas-araghchi\tperson\tAbbas Araghchi\tIRN\tGOV\tdeputy foreign minister\t2013\t2021-08\tAraghchi
abbas-araghchi\tperson\tAbbas Araghchi\tIRN\tGOV\tforeign minister\t2024-08\t\tAraghchi
";

    fn kb() -> Kb {
        let mut b = KbBuilder::default();
        b.add_actor_rows(parse_actor_file("t.tsv", ROWS).unwrap());
        b.add_roles(
            parse_role_file(
                "r.tsv",
                "phrase\tsector\tnumber\nforeign minister\tGOV\tperson\nofficials\tGOV\tgroup\n",
            )
            .unwrap(),
        );
        b.build()
    }

    /// An alias repeated for the same actor and kind (on the actor's next
    /// term row, in a later file, or as its canonical name) is kept once;
    /// the same text of another kind or another actor is another alias.
    /// (Under test the builder's alias hash keeps two bits, so these
    /// aliases also collide and go through the colliding list.)
    #[test]
    fn duplicate_aliases_are_kept_once() {
        let mut b = KbBuilder::default();
        b.add_actor_rows(parse_actor_file("t.tsv", ROWS).unwrap());
        b.add_actor_rows(
            parse_actor_file(
                "more.tsv",
                "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
IRN\tcountry\tIran\tIRN\t\t\t\t\tIran|adj:Iranian|Iranian|meto:Tehran|desc:Tehran|the Islamic Republic
abbas-araghchi\tperson\tAbbas Araghchi\tIRN\tGOV\t\t\t\tAraghchi|Iran
",
            )
            .unwrap(),
        );
        let kb = b.build();
        let listed: Vec<(&str, &str, AliasKind)> = kb
            .aliases()
            .iter()
            .map(|a| (&*kb.actor(a.actor).id, &*a.text, a.kind))
            .collect();
        use AliasKind::*;
        assert_eq!(
            listed,
            vec![
                ("IRN", "Iran", Name),
                ("IRN", "Iranian", Adjective),
                ("IRN", "Tehran", Metonym),
                ("javad-zarif", "Mohammad Javad Zarif", Name),
                ("javad-zarif", "Zarif", Name),
                ("abbas-araghchi", "Abbas Araghchi", Name),
                ("abbas-araghchi", "Araghchi", Name),
                ("IRN", "Iranian", Name),
                ("IRN", "Tehran", Descriptor),
                ("IRN", "the Islamic Republic", Name),
                ("abbas-araghchi", "Iran", Name),
            ]
        );
        // The second term row added a term, not an actor.
        assert_eq!(kb.actors().len(), 3);
        assert_eq!(kb.by_id("abbas-araghchi").unwrap().terms.len(), 2);
    }

    #[test]
    fn holder_of_respects_dates() {
        let kb = kb();
        let id = |i: Option<usize>| i.map(|i| &*kb.actor(i).id);
        assert_eq!(
            id(kb.holder_of("IRN", "foreign minister", "2015-07-14")),
            Some("javad-zarif")
        );
        assert_eq!(
            id(kb.holder_of("IRN", "foreign minister", "2025-04-13")),
            Some("abbas-araghchi")
        );
        assert_eq!(
            id(kb.holder_of("IRN", "deputy foreign minister", "2018-11-05")),
            Some("abbas-araghchi")
        );
        assert_eq!(kb.holder_of("IRN", "foreign minister", "2022-01-01"), None);

        assert_eq!(kb.holder_of("USA", "foreign minister", "2015-07-14"), None);
    }

    #[test]
    fn holder_of_takes_either_spelling_of_an_office() {
        let mut b = KbBuilder::default();
        b.add_actor_rows(
            parse_actor_file(
                "t.tsv",
                "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
GBR\tcountry\tUnited Kingdom\tGBR\t\t\t\t\t
ISR\tcountry\tIsrael\tISR\t\t\t\t\t
john-healey\tperson\tJohn Healey\tGBR\tMIL\tdefence secretary\t2024-07\t\t
israel-katz\tperson\tIsrael Katz\tISR\tMIL\tdefense minister\t2024-11\t\t
",
            )
            .unwrap(),
        );
        let kb = b.build();
        let id = |i: Option<usize>| i.map(|i| &*kb.actor(i).id);
        for (country, role, holder) in [
            ("ISR", "defence minister", "israel-katz"),
            ("ISR", "Defense Minister", "israel-katz"),
            ("GBR", "defense secretary", "john-healey"),
            ("GBR", "defence secretary", "john-healey"),
        ] {
            assert_eq!(
                id(kb.holder_of(country, role, "2025-06-01")),
                Some(holder),
                "{country} {role}"
            );
        }
        assert_eq!(kb.holder_of("ISR", "defence secretary", "2025-06-01"), None);
        assert_eq!(kb.holder_of("ISR", "defence minister", "2024-01-01"), None);
    }

    #[test]
    fn one_scan_finds_aliases_and_roles() {
        let kb = kb();
        let text = "Iranian Foreign Ministers and officials met in Tehran.";
        let (aliases, roles) = kb.scan(text);
        let a: Vec<&str> = aliases.iter().map(|h| &text[h.start..h.end]).collect();
        let r: Vec<&str> = roles.iter().map(|h| &text[h.start..h.end]).collect();
        assert_eq!(a, vec!["Iranian", "Tehran"]);
        assert_eq!(r, vec!["Foreign Ministers", "officials"]);
        assert!(
            !kb.roles()[roles[0].role].person,
            "generated plural is a group role"
        );
        assert_eq!(kb.find_aliases(text), aliases);
        assert_eq!(kb.find_roles(text), roles);
        assert_eq!(
            kb.adjective_of(kb.index_of("IRN").unwrap()),
            Some("Iranian")
        );
    }

    /// Each actor's aliases, as the index gives them, are the KB's aliases
    /// of that actor in KB order, also for an actor whose rows come from two
    /// files (its aliases then lie apart in the list); an index that is no
    /// actor's has none.
    #[test]
    fn aliases_of_an_actor_are_its_aliases_in_kb_order() {
        let mut b = KbBuilder::default();
        b.add_actor_rows(parse_actor_file("t.tsv", ROWS).unwrap());
        b.add_actor_rows(
            parse_actor_file(
                "more.tsv",
                "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
IRN\tcountry\tIran\tIRN\t\t\t\t\tthe Islamic Republic
",
            )
            .unwrap(),
        );
        let kb = b.build();
        for actor in 0..kb.actors().len() {
            let by_scan: Vec<*const Alias> = kb
                .aliases()
                .iter()
                .filter(|a| a.actor == actor)
                .map(|a| a as *const Alias)
                .collect();
            let by_index: Vec<*const Alias> =
                kb.aliases_of(actor).map(|a| a as *const Alias).collect();
            assert_eq!(by_index, by_scan, "{}", kb.actor(actor).id);
        }
        let iran: Vec<&str> = kb
            .aliases_of(kb.index_of("IRN").unwrap())
            .map(|a| &*a.text)
            .collect();
        assert!(iran.contains(&"Iranian") && iran.contains(&"the Islamic Republic"));
        assert_eq!(kb.aliases_of(kb.actors().len()).count(), 0);
    }
}
