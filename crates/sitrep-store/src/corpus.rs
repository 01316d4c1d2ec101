//! The stored documents for cross-document analysis (storylines,
//! near-duplicates): each document's content id, uri, outlet, date, title,
//! normalized text and the actor ids it mentions, in ingest order.

use crate::{Result, Store};
use std::collections::HashMap;

/// One stored document as cross-document analysis needs it.
#[derive(Debug, Clone, PartialEq)]
pub struct CorpusDoc {
    /// Content id (`doc.id`).
    pub id: String,
    pub uri: String,
    pub outlet: Option<String>,
    /// `YYYY-MM-DD`.
    pub published: Option<String>,
    pub title: Option<String>,
    /// The normalized text.
    pub text: String,
    /// Actor ids the document mentions, sorted.
    pub actors: Vec<String>,
}

impl Store {
    /// Every stored document in ingest order; with `since` (`YYYY-MM-DD`),
    /// only those published on or after that date (undated ones left out).
    pub fn corpus(&self, since: Option<&str>) -> Result<Vec<CorpusDoc>> {
        let conn = self.conn();
        let mut docs: Vec<CorpusDoc> = Vec::new();
        let mut index: HashMap<i64, usize> = HashMap::new();
        {
            let mut stmt = conn.prepare(
                "SELECT doc, content_id, uri, outlet, published, title, text FROM documents
                 WHERE ?1 IS NULL OR published >= ?1 ORDER BY doc",
            )?;
            let mut rows = stmt.query([since])?;
            while let Some(r) = rows.next()? {
                index.insert(r.get(0)?, docs.len());
                docs.push(CorpusDoc {
                    id: r.get(1)?,
                    uri: r.get(2)?,
                    outlet: r.get(3)?,
                    published: r.get(4)?,
                    title: r.get(5)?,
                    text: r.get(6)?,
                    actors: Vec::new(),
                });
            }
        }
        let mut stmt = conn.prepare(
            "SELECT a.doc, n.actor FROM actors a JOIN actor_names n ON n.id = a.actor
             ORDER BY a.doc, n.actor",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            if let Some(&i) = index.get(&r.get::<_, i64>(0)?) {
                docs[i].actors.push(r.get(1)?);
            }
        }
        Ok(docs)
    }
}
