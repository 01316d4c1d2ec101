//! `Store::corpus`: the stored documents for cross-document analysis.

use sitrep_pipeline::{analyze, Options, Resources};
use sitrep_record::Document;
use sitrep_store::Store;

fn doc(uri: &str, published: Option<&str>, text: &str) -> Document {
    Document {
        uri: uri.into(),
        title: Some(format!("title of {uri}")),
        outlet: Some("Reuters".into()),
        published: published.map(String::from),
        language: None,
        text: text.into(),
    }
}

#[test]
fn corpus_returns_documents_in_ingest_order_with_actors_and_since() {
    let dir = std::env::temp_dir().join(format!("sitrep-corpus-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let db = dir.join("c.db");
    let res = Resources::load(&[]).unwrap();
    let docs = [
        doc(
            "u:2",
            Some("2024-11-14"),
            "Iranian officials met Elon Musk in New York.",
        ),
        doc(
            "u:1",
            Some("2024-11-10"),
            "Israel struck targets in Lebanon, the army said.",
        ),
        doc("u:3", None, "No date here; Reuters reported on Hamas."),
    ];
    let records: Vec<_> = docs
        .into_iter()
        .map(|d| analyze(d, &res, Options { with_text: true }))
        .collect();
    let mut store = Store::open(&db).unwrap();
    {
        let mut w = store.writer();
        for r in &records {
            w.put(r).unwrap();
        }
        w.commit().unwrap();
    }
    drop(store);

    let store = Store::open_existing(&db).unwrap();
    let all = store.corpus(None).unwrap();
    assert_eq!(
        all.iter().map(|d| d.uri.as_str()).collect::<Vec<_>>(),
        ["u:2", "u:1", "u:3"]
    );
    for (d, r) in all.iter().zip(&records) {
        assert_eq!(d.id, r.doc.id);
        assert_eq!(Some(&d.text), r.doc.text.as_ref());
        assert_eq!(d.title, r.doc.title);
        assert_eq!(d.outlet.as_deref(), Some("Reuters"));
        let mut want: Vec<String> = r.actors.iter().map(|a| a.id.clone()).collect();
        want.sort();
        want.dedup();
        assert_eq!(d.actors, want, "{}", d.uri);
    }
    assert!(
        all[0].actors.iter().any(|a| a.starts_with("IRN")),
        "{:?}",
        all[0].actors
    );
    let recent = store.corpus(Some("2024-11-12")).unwrap();
    assert_eq!(recent.len(), 1);
    assert_eq!(recent[0].uri, "u:2");
    let _ = std::fs::remove_dir_all(&dir);
}
