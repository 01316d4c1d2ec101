//! The agency names datelines are read with are a loaded resource: the
//! outlet table, extended by the user's `outlets.tsv` in a data folder.

use sitrep_pipeline::{analyze, DataDir, Options, Resources};
use sitrep_record::{Document, Record};
use sitrep_testkit::Scratch;

fn extract(text: &str, res: &Resources) -> Record {
    let doc = Document {
        uri: "test".into(),
        text: text.into(),
        ..Default::default()
    };
    analyze(doc, res, Options::default())
}

/// The mentions' texts of the actor named `name`.
fn mentions(record: &Record, name: &str) -> Vec<String> {
    record
        .actors
        .iter()
        .filter(|a| a.name == name)
        .flat_map(|a| a.mentions.iter().map(|m| m.text.clone()))
        .collect()
}

#[test]
fn a_users_outlet_row_makes_its_tag_a_dateline() {
    let dir = Scratch::new("sitrep-pipeline-outlets", "user-agency");
    std::fs::write(
        dir.join("outlets.tsv"),
        "name\taliases\tcountry\talignment\nExample Wire\tEW\tGBR\twire service\n",
    )
    .unwrap();
    let text = "Beirut (Example Wire) - Israeli strikes hit southern Lebanon on Monday, \
                the army said.";
    let builtin = Resources::load(&[]).unwrap();
    // Unknown to the shipped table, the tag leaves "Beirut" a place named
    // in the body.
    assert!(mentions(&extract(text, &builtin), "Lebanon").contains(&"Beirut".to_string()));
    let data = DataDir::new(dir.path()).unwrap();
    let extended = Resources::load_with(&[], &data).unwrap();
    // With the user's row it is a dateline: where the story was filed.
    assert_eq!(mentions(&extract(text, &extended), "Lebanon"), ["Lebanon"]);
}

#[test]
fn a_bad_user_outlet_row_names_the_users_file_and_line() {
    let dir = Scratch::new("sitrep-pipeline-outlets", "bad-row");
    std::fs::write(
        dir.join("outlets.tsv"),
        "name\taliases\tcountry\talignment\nExample Wire\tEW\tgb\twire service\n",
    )
    .unwrap();
    let data = DataDir::new(dir.path()).unwrap();
    let err = Resources::load_with(&[], &data).unwrap_err();
    let want = format!("{}:2: country `gb`", dir.join("outlets.tsv").display());
    assert!(err.starts_with(&want), "{err}");
}
