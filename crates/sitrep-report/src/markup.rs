//! The inline pieces the Markdown and HTML renderers share: citation lists, dates, name
//! lists, source names and storyline lines are built the same way in both,
//! and differ only in how text is escaped and how a citation, a "more" note
//! and bold text are marked up.

use crate::model::{Source, Storyline};

/// Citations listed in one place, at most.
pub(crate) const MAX_CITES: usize = 12;

/// One output format's markup.
pub(crate) trait Markup {
    /// Article-derived text, escaped for the format.
    fn text(s: &str) -> String;
    /// A link or reference to source `n`.
    fn cite(n: usize) -> String;
    /// The note after [`MAX_CITES`] citations: `n` more were left out.
    fn more(n: usize) -> String;
    /// Text already escaped, set in bold.
    fn bold(escaped: &str) -> String;
}

/// The sources `ns` cited once each, in order, at most [`MAX_CITES`].
pub(crate) fn cites<M: Markup>(ns: &[usize]) -> String {
    let mut v: Vec<usize> = ns.to_vec();
    v.sort_unstable();
    v.dedup();
    let mut out: String = v.iter().take(MAX_CITES).map(|&n| M::cite(n)).collect();
    let more = v.len().saturating_sub(MAX_CITES);
    if more > 0 {
        out += &M::more(more);
    }
    out
}

pub(crate) fn date<M: Markup>(d: &Option<String>) -> String {
    d.as_deref()
        .map(M::text)
        .unwrap_or_else(|| "undated".to_string())
}

pub(crate) fn names<M: Markup>(v: &[String]) -> String {
    if v.is_empty() {
        "?".to_string()
    } else {
        v.iter().map(|s| M::text(s)).collect::<Vec<_>>().join(", ")
    }
}

/// "Outlet (date)" of source `n` (1-based).
pub(crate) fn source_name<M: Markup>(sources: &[Source], n: usize) -> String {
    match sources.get(n.wrapping_sub(1)) {
        Some(s) => format!(
            "{} ({})",
            s.outlet
                .as_deref()
                .map(M::text)
                .unwrap_or_else(|| "no outlet".into()),
            date::<M>(&s.published)
        ),
        None => "?".to_string(),
    }
}

/// A storyline: its label, who reported first, and each follower's role.
pub(crate) fn storyline<M: Markup>(s: &Storyline, sources: &[Source]) -> String {
    let mut line = format!(
        "{} — first reported by {} {}",
        M::bold(&M::text(&s.label)),
        source_name::<M>(sources, s.first),
        cites::<M>(&[s.first])
    );
    for (n, role) in &s.followers {
        line += &format!(
            "; {} {} {}",
            source_name::<M>(sources, *n),
            M::text(role),
            cites::<M>(&[*n])
        );
    }
    line
}
