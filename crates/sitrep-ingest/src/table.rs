//! CSV and TSV: one document per row, columns named in the header row.

use crate::{error, normalize_date, over_limit, FieldMap, Ingested, InputError, Reader};
use sitrep_record::Document;

/// Rows of a CSV/TSV file as documents.
pub(crate) struct CsvSource {
    name: String,
    rows: csv::Reader<Reader>,
    columns: Option<Columns>,
    fields: FieldMap,
    max: usize,
    record: csv::ByteRecord,
    rows_seen: bool,
    started: bool,
    done: bool,
}

struct Columns {
    text: usize,
    title: Option<usize>,
    date: Option<usize>,
    url: Option<usize>,
    outlet: Option<usize>,
    language: Option<usize>,
}

impl CsvSource {
    pub(crate) fn new(
        name: String,
        reader: Reader,
        tabs: bool,
        max: usize,
        fields: FieldMap,
    ) -> CsvSource {
        let rows = csv::ReaderBuilder::new()
            .delimiter(if tabs { b'\t' } else { b',' })
            .flexible(true)
            .has_headers(true)
            .from_reader(reader);
        CsvSource {
            name,
            rows,
            columns: None,
            fields,
            max,
            record: csv::ByteRecord::new(),
            rows_seen: false,
            started: false,
            done: false,
        }
    }

    fn header(&mut self) -> Result<Columns, InputError> {
        let headers = self
            .rows
            .byte_headers()
            .map_err(|e| error(self.name.clone(), csv_reason(&e)))?
            .clone();
        if headers.is_empty() || headers.iter().all(|h| h.is_empty()) {
            return Err(error(self.name.clone(), "empty document"));
        }
        let names: Vec<String> = headers
            .iter()
            .map(|h| {
                String::from_utf8_lossy(h)
                    .trim()
                    .trim_start_matches('\u{feff}')
                    .to_string()
            })
            .collect();
        let find = |want: &str| names.iter().position(|n| n.eq_ignore_ascii_case(want));
        let text = find(&self.fields.text).ok_or_else(|| {
            error(
                self.name.clone(),
                format!(
                    "no `{}` column (columns: {}); see --text-field",
                    self.fields.text,
                    names.join(", ")
                ),
            )
        })?;
        Ok(Columns {
            text,
            title: find(&self.fields.title),
            date: find(&self.fields.date),
            url: find(&self.fields.url),
            outlet: find(&self.fields.outlet),
            language: find(&self.fields.language),
        })
    }
}

fn csv_reason(e: &csv::Error) -> String {
    match e.kind() {
        csv::ErrorKind::Io(io) => crate::io_reason(io),
        _ => format!("not valid CSV: {e}"),
    }
}

impl Iterator for CsvSource {
    type Item = Result<Ingested, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        if !self.started {
            self.started = true;
            match self.header() {
                Ok(c) => self.columns = Some(c),
                Err(e) => {
                    self.done = true;
                    return Some(Err(e));
                }
            }
        }
        loop {
            let line = self.rows.position().line();
            match self.rows.read_byte_record(&mut self.record) {
                Ok(false) => {
                    self.done = true;
                    if !self.rows_seen {
                        return Some(Err(error(self.name.clone(), "no rows after the header")));
                    }
                    return None;
                }
                Err(e) => {
                    let where_ = format!("{}:{}", self.name, line);
                    if matches!(e.kind(), csv::ErrorKind::Io(_)) {
                        self.done = true;
                    }
                    return Some(Err(error(where_, csv_reason(&e))));
                }
                Ok(true) => {}
            }
            let line = self.record.position().map_or(line, |p| p.line());
            let where_ = format!("{}:{}", self.name, line);
            if self
                .record
                .iter()
                .all(|f| f.iter().all(u8::is_ascii_whitespace))
            {
                continue;
            }
            self.rows_seen = true;
            if self.record.as_slice().len() > self.max {
                return Some(Err(over_limit(&where_, "row", self.max)));
            }
            let cols = self.columns.as_ref().expect("header read first");
            let doc = row_document(&where_, &self.record, cols, &self.fields);
            return Some(doc.map(|doc| Ingested { input: where_, doc }));
        }
    }
}

fn row_document(
    input: &str,
    row: &csv::ByteRecord,
    cols: &Columns,
    fields: &FieldMap,
) -> Result<Document, InputError> {
    let get = |i: Option<usize>| -> Result<Option<String>, InputError> {
        let Some(bytes) = i.and_then(|i| row.get(i)) else {
            return Ok(None);
        };
        let s = std::str::from_utf8(bytes)
            .map_err(|e| error(input, format!("invalid UTF-8 at byte {}", e.valid_up_to())))?;
        Ok(Some(s.trim().to_string()).filter(|s| !s.is_empty()))
    };
    let text = get(Some(cols.text))?
        .ok_or_else(|| error(input, format!("`{}` column is empty", fields.text)))?;
    if crate::looks_binary(text.as_bytes()) {
        return Err(error(input, "binary data, not text"));
    }
    Ok(Document {
        uri: get(cols.url)?.unwrap_or_else(|| input.to_string()),
        title: get(cols.title)?,
        outlet: get(cols.outlet)?,
        published: get(cols.date)?.as_deref().and_then(normalize_date),
        language: get(cols.language)?,
        text,
    })
}
