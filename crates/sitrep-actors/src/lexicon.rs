//! The context lexicon (`data/context.tsv` of this crate): the few closed
//! word classes actor resolution consults around a KB match.

use sitrep_record::fast_map::WordMap;
use sitrep_record::tsv;
use std::borrow::Cow;
use std::sync::OnceLock;

/// A set of lower-case words: the context words are looked up around every KB match.
type WordSet = WordMap<()>;

/// The built-in context file, embedded so the binary works from anywhere.
pub const BUILTIN_CONTEXT_FILE: (&str, &str) = (
    "crates/sitrep-actors/data/context.tsv",
    include_str!("../data/context.tsv"),
);

/// Word classes used around KB matches; see the data file's header.
#[derive(Debug, Default, Clone)]
pub struct ContextLexicon {
    modifiers: WordSet,
    role_prefixes: WordSet,
    locatives: WordSet,
    /// Generic descriptor head → sector of the dominant state (`None` = the state).
    descriptors: WordMap<Option<String>>,
    not_names: WordSet,
    name_particles: WordSet,
}

/// `word`'s value in a table of lower-case words, whatever `word`'s case:
/// ASCII words (nearly all) are looked up without a lower-case copy.
fn get_any_case<'m, V>(map: &'m WordMap<V>, word: &str) -> Option<&'m V> {
    if word.is_ascii() {
        map.get_ascii_lowercase(word)
    } else {
        map.get(lower(word).as_ref())
    }
}

/// `word` in lower case, borrowing when it already is.
pub(crate) fn lower(word: &str) -> Cow<'_, str> {
    if word.chars().any(char::is_uppercase) {
        Cow::Owned(word.to_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}

impl ContextLexicon {
    /// Parses a context file (header `word class sector`).
    pub fn parse(file: &str, contents: &str) -> Result<ContextLexicon, String> {
        let mut lex = ContextLexicon::default();
        let (header, lines) = tsv::read(contents);
        let Some(header) = header else {
            return Err(format!("{file}: no header row"));
        };
        if header.trimmed_cells() != ["word", "class", "sector"] {
            return Err(format!(
                "{file}:{}: header must be: word, class, sector (tab-separated)",
                header.number
            ));
        }
        for line in lines {
            let line_no = line.number;
            let cols = line.trimmed_cells();
            if cols.len() < 2 || cols.len() > 3 {
                return Err(format!(
                    "{file}:{line_no}: expected 2 or 3 tab-separated columns, found {}",
                    cols.len()
                ));
            }
            let word = cols[0].to_lowercase();
            if word.is_empty() {
                return Err(format!("{file}:{line_no}: empty word"));
            }
            let sector = cols.get(2).filter(|s| !s.is_empty()).map(|s| s.to_string());
            match cols[1] {
                "modifier" => {
                    lex.modifiers.insert(word, ());
                }
                "role-prefix" => {
                    lex.role_prefixes.insert(word, ());
                }
                "locative" => {
                    lex.locatives.insert(word, ());
                }
                "descriptor" => {
                    lex.descriptors.insert(word, sector);
                }
                "name-particle" => {
                    lex.name_particles.insert(word, ());
                }
                "not-name" => {
                    lex.not_names.insert(word, ());
                }
                other => return Err(format!("{file}:{line_no}: unknown class {other:?}")),
            }
        }
        Ok(lex)
    }

    /// The lexicon shipped with sitrep.
    pub fn builtin() -> Result<ContextLexicon, String> {
        ContextLexicon::parse(BUILTIN_CONTEXT_FILE.0, BUILTIN_CONTEXT_FILE.1)
    }

    /// The built-in lexicon extended by the user's `context.tsv` at the top
    /// of `data` (a folder laid out like sitrep's data folders), if any.
    pub fn builtin_with(data: &sitrep_record::data_dir::DataDir) -> Result<ContextLexicon, String> {
        let t = data.extend(BUILTIN_CONTEXT_FILE)?;
        ContextLexicon::parse(t.name, &t.text).map_err(|e| t.locate(e))
    }

    /// The built-in lexicon, parsed once per process. The file is embedded
    /// and checked by a test; should it ever fail to parse, resolution runs
    /// without context words rather than panic.
    pub(crate) fn shared() -> &'static ContextLexicon {
        static SHARED: OnceLock<ContextLexicon> = OnceLock::new();
        SHARED.get_or_init(|| ContextLexicon::builtin().unwrap_or_default())
    }

    pub fn is_modifier(&self, word: &str) -> bool {
        get_any_case(&self.modifiers, word).is_some()
    }

    pub fn is_role_prefix(&self, word: &str) -> bool {
        get_any_case(&self.role_prefixes, word).is_some()
    }

    pub fn is_locative(&self, word: &str) -> bool {
        get_any_case(&self.locatives, word).is_some()
    }

    /// For a generic descriptor head ("regime"), the sector it denotes:
    /// `Some(None)` for the state itself, `Some(Some("GOV"))` for a sector.
    pub fn descriptor(&self, word: &str) -> Option<Option<&str>> {
        get_any_case(&self.descriptors, word).map(|s| s.as_deref())
    }

    /// A lower-case word that may sit inside a name ("bin", "al").
    pub fn is_name_particle(&self, word: &str) -> bool {
        self.name_particles.get(word).is_some()
    }

    pub fn is_not_name(&self, word: &str) -> bool {
        get_any_case(&self.not_names, word).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_parses() {
        let lex = ContextLexicon::builtin().expect("built-in context file parses");
        assert!(lex.is_modifier("Senior"));
        assert!(lex.is_role_prefix("deputy"));
        assert!(lex.is_locative("in"));
        assert_eq!(lex.descriptor("regime"), Some(None));
        assert_eq!(lex.descriptor("government"), Some(Some("GOV")));
        assert!(lex.is_not_name("May"));
    }

    #[test]
    fn errors_name_file_and_line() {
        let e = ContextLexicon::parse("ctx.tsv", "# c\nword\tclass\tsector\nfoo\tbogus\t\n")
            .unwrap_err();
        assert!(e.starts_with("ctx.tsv:3:"), "{e}");
        assert!(ContextLexicon::parse("ctx.tsv", "word\tkind\n").is_err());
    }
}
