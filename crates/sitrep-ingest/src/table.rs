//! CSV and TSV: one document per row, columns named in the header row.

use crate::{error, normalize_date, over_limit, FieldMap, Ingested, InputError, Reader};
use sitrep_record::Document;
use std::io::{self, Read};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;

/// How far past the size cap the parser may read before a row is cut off:
/// the CSV reader buffers ahead of the row it is parsing, so this covers
/// its buffer and keeps the check from firing on a row just under the cap.
const READ_AHEAD: u64 = 64 * 1024;

/// Where the row being parsed started, shared between the source (which
/// moves it after each row) and the byte budget under the parser.
#[derive(Default)]
struct RowMark {
    start: AtomicU64,
    exceeded: AtomicBool,
}

/// Refuses to hand the CSV parser more than `max` bytes of one row, so a
/// huge field (or an unclosed quote running to the end of a large file) is
/// an error after `max` bytes, never a row held whole in memory.
struct RowBudget {
    inner: Reader,
    read: u64,
    max: u64,
    mark: Arc<RowMark>,
}

impl Read for RowBudget {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let start = self.mark.start.load(Ordering::Relaxed);
        if self.read.saturating_sub(start) > self.max.saturating_add(READ_AHEAD) {
            self.mark.exceeded.store(true, Ordering::Relaxed);
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                "row over the size cap",
            ));
        }
        let n = self.inner.read(buf)?;
        self.read += n as u64;
        Ok(n)
    }
}

/// Rows of a CSV/TSV file as documents.
pub(crate) struct CsvSource {
    name: String,
    rows: csv::Reader<RowBudget>,
    mark: Arc<RowMark>,
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
        let mark = Arc::new(RowMark::default());
        let budget = RowBudget {
            inner: reader,
            read: 0,
            max: max as u64,
            mark: Arc::clone(&mark),
        };
        let rows = csv::ReaderBuilder::new()
            .delimiter(if tabs { b'\t' } else { b',' })
            .flexible(true)
            .has_headers(true)
            .from_reader(budget);
        CsvSource {
            name,
            rows,
            mark,
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
        let headers = match self.rows.byte_headers() {
            Ok(h) => h.clone(),
            Err(_) if self.mark.exceeded.load(Ordering::Relaxed) => {
                return Err(over_limit(&self.name, "the header row", self.max));
            }
            Err(e) => return Err(error(self.name.clone(), csv_reason(&e))),
        };
        self.mark
            .start
            .store(self.rows.position().byte(), Ordering::Relaxed);
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
                Err(_) if self.mark.exceeded.load(Ordering::Relaxed) => {
                    // The parser's state is lost mid-row: nothing after it
                    // can be trusted to start on a row boundary.
                    self.done = true;
                    let where_ = format!("{}:{}", self.name, line);
                    return Some(Err(over_limit(&where_, "row", self.max)));
                }
                Err(e) => {
                    let where_ = format!("{}:{}", self.name, line);
                    if matches!(e.kind(), csv::ErrorKind::Io(_)) {
                        self.done = true;
                    }
                    return Some(Err(error(where_, csv_reason(&e))));
                }
                Ok(true) => self
                    .mark
                    .start
                    .store(self.rows.position().byte(), Ordering::Relaxed),
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::BufReader;

    /// An endless stream that fails the test if it is read too far.
    struct Endless {
        given: usize,
        prefix: &'static [u8],
    }

    impl Read for Endless {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            assert!(self.given < 1 << 20, "the parser read 1 MiB of one row");
            let n = buf.len().min(4096);
            for (i, b) in buf[..n].iter_mut().enumerate() {
                *b = self.prefix.get(self.given + i).copied().unwrap_or(b'x');
            }
            self.given += n;
            Ok(n)
        }
    }

    fn source(prefix: &'static [u8], max: usize) -> CsvSource {
        let reader: Reader = Box::new(BufReader::new(Endless { given: 0, prefix }));
        CsvSource::new("feed.csv".into(), reader, false, max, FieldMap::default())
    }

    #[test]
    fn an_endless_row_is_cut_off_at_the_cap() {
        let mut rows = source(b"text,title\nFirst row.,A\n\"never closed ", 1000);
        assert_eq!(rows.next().unwrap().unwrap().doc.text, "First row.");
        let err = rows.next().unwrap().unwrap_err().to_string();
        assert!(
            err.contains("feed.csv:3") && err.contains("row is over"),
            "{err}"
        );
        assert!(rows.next().is_none());
    }

    #[test]
    fn an_endless_header_is_cut_off_at_the_cap() {
        let mut rows = source(b"text,", 1000);
        let err = rows.next().unwrap().unwrap_err().to_string();
        assert!(err.contains("header row is over"), "{err}");
        assert!(rows.next().is_none());
    }
}
