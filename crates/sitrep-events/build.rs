//! Builds the built-in trigger lexicon at compile time and writes its
//! tables, in the form of `src/prebuilt.rs`, to
//! `$OUT_DIR/builtin-events.bin`, which the library embeds: a run then
//! reads the built tables instead of parsing and inflecting the files under
//! `data/lexicons/` at every start-up.
//!
//! The build is the library's own code (`lexicon` and `prebuilt` are
//! compiled in here too), so the prebuilt tables are the ones
//! `EventLexicon::from_sources` builds from the same files; the library's
//! test `prebuilt_builtin_equals_a_fresh_build` checks it byte for byte.

// Only the builder and the writer are used here, not the library's API.
#![allow(dead_code)]
// The stand-ins below are unit structs the shared code builds with
// `Default::default()`, as it builds the real ones.
#![allow(clippy::default_constructed_unit_structs)]

#[path = "src/lexicon.rs"]
mod lexicon;
#[path = "src/prebuilt.rs"]
mod prebuilt;

/// Stands in for sitrep-claims' word classes, which the trigger tables do
/// not hold (the library sets them after loading).
#[derive(Debug, Clone, Default)]
struct ClaimWords;

impl ClaimWords {
    fn builtin() -> Result<ClaimWords, String> {
        Ok(ClaimWords)
    }

    fn builtin_with(_: &sitrep_record::data_dir::DataDir) -> Result<ClaimWords, String> {
        Ok(ClaimWords)
    }
}

/// Stands in for the event filter, likewise not part of the tables.
mod filter {
    #[derive(Debug, Clone, Default)]
    pub struct EventFilter;

    impl EventFilter {
        pub fn builtin_with(_: &sitrep_record::data_dir::DataDir) -> Result<EventFilter, String> {
            Ok(EventFilter)
        }

        pub fn context_words(&self) -> impl Iterator<Item = &str> {
            std::iter::empty()
        }

        pub fn domain_words(&self) -> impl Iterator<Item = &str> {
            std::iter::empty()
        }
    }
}

/// Never read here (`builtin_with` is the library's).
static PREBUILT_LEXICON: &[u8] = &[];

fn main() {
    // The data files are embedded in this script (`include_str!`), so a
    // change to them rebuilds and reruns it; so does a change to the modules.
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/lexicon.rs");
    println!("cargo:rerun-if-changed=src/prebuilt.rs");
    println!("cargo:rerun-if-changed=../../data/lexicons");
    let lex = lexicon::EventLexicon::from_sources(
        &[lexicon::EVENTS_CAMEO_TSV, lexicon::EVENTS_TSV],
        lexicon::EVENTS_IRREGULAR_TSV,
        lexicon::EVENTS_WORDS_TSV,
    )
    .unwrap_or_else(|e| panic!("the built-in event lexicon does not load: {e}"));
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("set by cargo"))
        .join("builtin-events.bin");
    std::fs::write(&out, prebuilt::encode(&lex))
        .unwrap_or_else(|e| panic!("{}: {e}", out.display()));
}
