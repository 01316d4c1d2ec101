//! The stored form of a record: its JSON without `doc.text`, and without
//! the `text` of every span whose text is exactly the slice of the document
//! text at its offsets (contract invariant 1; any other span keeps its
//! text, so the round trip is exact whatever the record holds).

use serde_json::{Map, Value};
use sitrep_record::Record;

/// The record as stored.
pub(crate) fn compact(record: &Record, text: &str) -> String {
    let mut value = serde_json::to_value(record).expect("records always serialize");
    if let Some(doc) = value.get_mut("doc").and_then(Value::as_object_mut) {
        doc.remove("text");
    }
    walk(&mut value, &mut |obj| {
        if let Some((start, end)) = span_bounds(obj) {
            if obj.len() == 3
                && obj.get("text").and_then(Value::as_str) == text.get(start..end)
                && text.get(start..end).is_some()
            {
                obj.remove("text");
            }
        }
    });
    value.to_string()
}

/// The record back from its stored form.
pub(crate) fn expand(json: &str, text: &str) -> Result<Record, String> {
    let mut value: Value = serde_json::from_str(json).map_err(|e| e.to_string())?;
    let mut bad = None;
    walk(&mut value, &mut |obj| {
        if obj.len() == 2 {
            if let Some((start, end)) = span_bounds(obj) {
                match text.get(start..end) {
                    Some(slice) => {
                        obj.insert("text".to_string(), Value::String(slice.to_string()));
                    }
                    None => bad = Some(format!("span {start}..{end} outside the text")),
                }
            }
        }
    });
    if let Some(reason) = bad {
        return Err(reason);
    }
    serde_json::from_value(value).map_err(|e| e.to_string())
}

fn span_bounds(obj: &Map<String, Value>) -> Option<(usize, usize)> {
    let start = obj.get("start")?.as_u64()?;
    let end = obj.get("end")?.as_u64()?;
    Some((usize::try_from(start).ok()?, usize::try_from(end).ok()?))
}

fn walk(value: &mut Value, f: &mut dyn FnMut(&mut Map<String, Value>)) {
    match value {
        Value::Object(obj) => {
            f(obj);
            for v in obj.values_mut() {
                walk(v, f);
            }
        }
        Value::Array(items) => {
            for v in items {
                walk(v, f);
            }
        }
        _ => {}
    }
}
