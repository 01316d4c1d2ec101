//! What the run-loop suites share: reading back the uris of written records.

/// The `doc.uri` of each JSON Lines record in `out`, in output order.
pub fn uris(out: Vec<u8>) -> Vec<String> {
    String::from_utf8(out)
        .expect("records are UTF-8")
        .lines()
        .map(|l| {
            let record: serde_json::Value = serde_json::from_str(l).expect("a record is JSON");
            record["doc"]["uri"]
                .as_str()
                .expect("a record has doc.uri")
                .to_string()
        })
        .collect()
}
