//! The claims word classes read once and handed to the cue lexicon
//! (`CueLexicon::builtin_with_words`) answer as the ones the cue lexicon
//! reads itself (`CueLexicon::builtin_with`), user rows included.

use sitrep_claims::words::CUE_LEAD;
use sitrep_claims::{ClaimWords, CueLexicon};
use sitrep_record::data_dir::DataDir;

/// A data folder whose `claims-words.tsv` adds `rows`.
fn data_with(name: &str, rows: &str) -> DataDir {
    let dir = std::env::temp_dir().join(format!("sitrep-words-{}-{name}", std::process::id()));
    std::fs::create_dir_all(dir.join("lexicons")).unwrap();
    std::fs::write(
        dir.join("lexicons/claims-words.tsv"),
        format!("word\tclasses\n{rows}"),
    )
    .unwrap();
    DataDir::new(&dir).unwrap()
}

#[test]
fn words_read_once_are_the_words_the_cues_read() {
    let data = data_with("shared", "hitherto\tcue_lead\n");
    let words = ClaimWords::builtin_with(&data).unwrap();
    let shared = CueLexicon::builtin_with_words(&data, words).unwrap();
    let own = CueLexicon::builtin_with(&data).unwrap();
    for w in ["hitherto", "also", "has", "Iran-backed", "said", "minister"] {
        assert_eq!(shared.words().exact(w), own.words().exact(w), "{w}");
    }
    assert_ne!(shared.words().exact("hitherto") & CUE_LEAD, 0);
}

#[test]
fn words_read_without_the_user_rows_lack_them() {
    // The cue lexicon takes the classes it is given: the ones of the
    // built-in file alone know nothing of the user's row.
    let data = data_with("builtin", "hitherto\tcue_lead\n");
    let builtin = ClaimWords::builtin().unwrap();
    let cues = CueLexicon::builtin_with_words(&data, builtin).unwrap();
    assert_eq!(cues.words().exact("hitherto") & CUE_LEAD, 0);
}
