//! Feeds (RSS 0.9x/1.0/2.0, Atom, JSON Feed) through `feed-rs`: one
//! document per entry.
//!
//! A feed is small (tens of entries), so it is parsed whole, with a size cap.
//! Internal DTD entity declarations are refused before parsing: feeds never
//! need them, and they are how entity-expansion bombs are built. (`feed-rs`
//! on `quick-xml` does not expand them anyway — unknown entities stay as
//! written — but refusing says plainly what is wrong with the input.)

use crate::html::{fragment_text, html_document};
use crate::pages::PagesDir;
use crate::{error, read_capped, Ingested, InputError, Reader};
use sitrep_html::Rules;
use sitrep_record::Document;

/// A feed may hold this many times the per-document cap.
const FEED_CAP_FACTOR: usize = 8;

pub(crate) fn read_feed(
    name: String,
    mut reader: Reader,
    max: usize,
    pages: Option<&PagesDir>,
    rules: Option<&Rules>,
) -> std::vec::IntoIter<Result<Ingested, InputError>> {
    let cap = max.saturating_mul(FEED_CAP_FACTOR);
    let parsed = read_capped(&name, &mut reader, cap, "feed").and_then(|bytes| {
        check_feed_bytes(&name, &bytes)?;
        feed_rs::parser::parse(&bytes[..])
            .map_err(|e| error(name.clone(), format!("not a valid feed: {e}")))
    });
    let feed = match parsed {
        Ok(feed) => feed,
        Err(e) => return vec![Err(e)].into_iter(),
    };
    if feed.entries.is_empty() {
        return vec![Err(error(name, "feed has no entries"))].into_iter();
    }
    let outlet = feed
        .title
        .as_ref()
        .map(|t| text_of(&t.content, t.content_type.subty().as_str()))
        .filter(|t| !t.is_empty());
    let language = feed.language.as_deref().and_then(crate::lang::declared);
    feed.entries
        .into_iter()
        .enumerate()
        .map(|(i, entry)| {
            let input = format!("{name}#entry-{}", i + 1);
            let entry_language = entry.language.as_deref().and_then(crate::lang::declared);
            entry_document(&input, entry, outlet.as_deref(), pages, rules, max)
                .map(|mut doc| {
                    if doc.language.is_none() {
                        doc.language = entry_language.or(language.clone());
                    }
                    doc
                })
                .map(|doc| Ingested { input, doc })
        })
        .collect::<Vec<_>>()
        .into_iter()
}

fn check_feed_bytes(name: &str, bytes: &[u8]) -> Result<(), InputError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(error(name, "empty document"));
    }
    if crate::looks_binary(bytes) {
        return Err(error(name, "binary data, not a feed"));
    }
    let head = &bytes[..bytes.len().min(1 << 16)];
    let declares_entities = head.windows(8).any(|w| w.eq_ignore_ascii_case(b"<!ENTITY"));
    if declares_entities {
        return Err(error(
            name,
            "feed declares XML entities in a DTD (<!ENTITY>): refused, as in an entity-expansion bomb",
        ));
    }
    Ok(())
}

/// Text of a feed text construct: HTML is stripped, plain text kept.
fn text_of(content: &str, subtype: &str) -> String {
    if subtype.eq_ignore_ascii_case("plain") && !content.contains('<') {
        crate::html::decode_entities(content.trim())
    } else {
        fragment_text(content)
    }
}

fn entry_document(
    input: &str,
    entry: feed_rs::model::Entry,
    outlet: Option<&str>,
    pages: Option<&PagesDir>,
    rules: Option<&Rules>,
    max: usize,
) -> Result<Document, InputError> {
    let link = entry
        .links
        .iter()
        .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
        .or(entry.links.first())
        .map(|l| l.href.trim().to_string())
        .filter(|h| !h.is_empty());
    let title = entry
        .title
        .as_ref()
        .map(|t| text_of(&t.content, t.content_type.subty().as_str()))
        .filter(|t| !t.is_empty());
    let published = entry
        .published
        .or(entry.updated)
        .map(|d| d.format("%Y-%m-%d").to_string());
    let uri = link.clone().unwrap_or_else(|| input.to_string());

    // The saved page, when there is one, has the full text.
    if let (Some(pages), Some(link)) = (pages, link.as_deref()) {
        if let Some(page) = pages.get(link) {
            if page.len() <= max {
                let charset = pages
                    .meta(link)
                    .and_then(|m| m.charset().map(str::to_string));
                if let Ok(mut doc) =
                    html_document(input, &page, charset.as_deref(), Some(link), rules)
                {
                    doc.title = doc.title.or(title.clone());
                    doc.published = doc.published.or(published.clone());
                    doc.outlet = doc.outlet.or(outlet.map(str::to_string));
                    return Ok(doc);
                }
            }
        }
    }

    let content = entry
        .content
        .as_ref()
        .and_then(|c| {
            let body = c.body.as_deref()?;
            Some(text_of(body, c.content_type.subty().as_str()))
        })
        .filter(|t| !t.is_empty());
    let summary = entry
        .summary
        .as_ref()
        .map(|s| text_of(&s.content, s.content_type.subty().as_str()))
        .filter(|t| !t.is_empty());
    let text = content
        .or(summary)
        .ok_or_else(|| error(input, "feed entry has no text (no content or summary)"))?;
    if text.len() > max {
        return Err(crate::over_limit(input, "entry", max));
    }
    Ok(Document {
        uri,
        title,
        outlet: outlet.map(str::to_string),
        published,
        language: None,
        text,
    })
}
