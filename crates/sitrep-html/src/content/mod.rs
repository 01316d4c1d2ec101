//! sitrep's own main-content extractor: one parse, then linear passes over the tree.
//!
//! 1. **Furniture.** Walking the tree top-down, an element is dropped with everything inside
//!    it when its tag, ARIA role, or `class`/`id` says it is page furniture (navigation, forms,
//!    comments, sharing, related links, ads, cookie banners…; the lists are
//!    `data/html/boilerplate.tsv`), when it is hidden (`hidden`, `aria-hidden`,
//!    `display:none`), or when it is a page header or footer outside the article.
//! 2. **Units.** Text is counted bottom-up. A *unit* is the text a block element holds
//!    directly (a `<p>`, or the loose text of a `<div>`). A unit of 25+ characters scores for
//!    the blocks around it (more for longer text and more commas), as in Readability; a unit
//!    that is not mostly link text counts as *good* text for every element above it.
//! 3. **Container.** An element that says it is the article (`itemprop="articleBody"`, a
//!    `class`/`id` from the list, `<article>`, `<main>`) wins if it holds at least half the
//!    good text of the best-scoring block; otherwise the best-scoring block (its score damped
//!    by its link density) and those of its siblings that score well or hold a clean
//!    paragraph. Article bodies split into several same-named containers are read together.
//! 4. **Text.** The container is read in document order: every block element and `<br>` ends
//!    a paragraph, inline elements join words as written. A paragraph that is mostly link
//!    text, a stand-alone label ("Advertisement"), the page's `<h1>` headline, and headings
//!    left with no text after them are dropped.
//!
//! Designed from the published ideas of Readability and trafilatura; no code of either (or of
//! their Rust ports) was used. Every walk is iterative, so nesting depth costs heap, not stack.

pub mod rules;
mod tree;

use html5ever::{local_name, LocalName};

pub use rules::Rules;
use tree::{Data, Tree, NONE};

/// Shortest unit that scores or counts as good text, in bytes of text.
const MIN_UNIT: u32 = 25;
/// A unit or paragraph with more than this share of link text is navigation.
const MAX_LINK_SHARE: f32 = 0.5;
/// A sibling of the best block is read with it when it scores this share of the best score
/// (and at least 10), as in Readability.
const SIBLING_SHARE: f32 = 0.2;
/// A sibling `<p>` with this much good text and little link text is read too.
const CLEAN_SIBLING: u32 = 80;
/// When the best block (with its siblings) holds less than this share of the page's good
/// text, the smallest block around it that holds this share is read instead.
const MIN_TOP_SHARE: f32 = 0.5;
/// An element dropped as furniture is kept when it holds this share of the page's prose.
const MAX_DROPPED_SHARE: f32 = 0.5;
/// A semantic container wins when it holds this share of the best block's good text.
const SEMANTIC_SHARE: f32 = 0.5;

/// What the extractor found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Extracted {
    /// The main text, paragraphs separated by blank lines (empty if none was found).
    pub text: String,
    /// The first `<h1>` in the article's container, which the text leaves out.
    pub headline: Option<String>,
}

/// The main text of a page.
pub fn extract(html: &str, rules: &Rules) -> Extracted {
    let tree = Tree::parse(html);
    let body = tree.body();
    let marks = mark(&tree, body, rules);
    let stats = count(&tree, &marks);
    let roots = container(&tree, body, &marks, &stats);
    let paras = collect(&tree, &roots, &marks);
    let headline = paras
        .iter()
        .find(|p| p.heading == 1)
        .map(|p| p.text.clone());
    Extracted {
        text: finish(paras, rules),
        headline,
    }
}

/// Per node: dropped, and whether it names itself the article (semantic container rank).
struct Marks {
    /// Kept nodes in document order (pre-order), starting at the body.
    order: Vec<u32>,
    dropped: Vec<bool>,
    /// 0 = none; 1 = `<main>`/role=main; 2 = `<article>`; 3 = class/id hint; 4 = articleBody.
    semantic: Vec<u8>,
}

/// Elements that start a new line of text; everything else, custom elements included, runs
/// inline, as browsers lay them out by default.
fn is_block(name: &LocalName) -> bool {
    is_heading(name)
        || matches!(
            *name,
            local_name!("address")
                | local_name!("article")
                | local_name!("aside")
                | local_name!("blockquote")
                | local_name!("body")
                | local_name!("caption")
                | local_name!("center")
                | local_name!("dd")
                | local_name!("details")
                | local_name!("dialog")
                | local_name!("dir")
                | local_name!("div")
                | local_name!("dl")
                | local_name!("dt")
                | local_name!("fieldset")
                | local_name!("figcaption")
                | local_name!("figure")
                | local_name!("footer")
                | local_name!("form")
                | local_name!("header")
                | local_name!("hgroup")
                | local_name!("hr")
                | local_name!("html")
                | local_name!("legend")
                | local_name!("li")
                | local_name!("main")
                | local_name!("menu")
                | local_name!("nav")
                | local_name!("ol")
                | local_name!("option")
                | local_name!("p")
                | local_name!("pre")
                | local_name!("section")
                | local_name!("summary")
                | local_name!("table")
                | local_name!("tbody")
                | local_name!("td")
                | local_name!("tfoot")
                | local_name!("th")
                | local_name!("thead")
                | local_name!("tr")
                | local_name!("ul")
        )
}

fn is_heading(name: &LocalName) -> bool {
    matches!(
        *name,
        local_name!("h1")
            | local_name!("h2")
            | local_name!("h3")
            | local_name!("h4")
            | local_name!("h5")
            | local_name!("h6")
    )
}

fn children(tree: &Tree, n: u32) -> impl Iterator<Item = u32> + '_ {
    let mut c = tree.nodes[n as usize].first;
    std::iter::from_fn(move || {
        (c != NONE).then(|| {
            let this = c;
            c = tree.nodes[c as usize].next;
            this
        })
    })
}

fn is_hidden(node: &tree::Node) -> bool {
    if node.attr(local_name!("hidden")).is_some() {
        return true;
    }
    if node
        .attr(local_name!("aria-hidden"))
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
    {
        return true;
    }
    node.attr(local_name!("style")).is_some_and(|s| {
        let s: String = s
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        s.contains("display:none") || s.contains("visibility:hidden")
    })
}

/// Per element: what its `class`/`id` say, and whether it is an explicit article marker
/// (`itemprop="articleBody"`, a body hint, `<article>`, `<main>`).
fn hints(tree: &Tree, rules: &Rules) -> (Vec<rules::AttrHints>, Vec<bool>) {
    let n = tree.nodes.len();
    let mut hints = vec![rules::AttrHints::default(); n];
    let mut marker = vec![false; n];
    let mut s = String::new();
    for (id, node) in tree.nodes.iter().enumerate() {
        let Some(name) = node.html_name() else {
            continue;
        };
        let class = node.attr(local_name!("class"));
        let ident = node.attr(local_name!("id"));
        if class.is_some() || ident.is_some() {
            s.clear();
            for v in [class, ident].into_iter().flatten() {
                s.push_str(&v.to_lowercase());
                s.push(' ');
            }
            hints[id] = rules.attr_hints(&s);
        }
        marker[id] = hints[id].body
            || is_article_body(node)
            || *name == local_name!("article")
            || *name == local_name!("main");
    }
    (hints, marker)
}

/// Paragraph text per node under `root`: bytes of text inside `<p>` elements.
fn prose_text(tree: &Tree, root: u32) -> Vec<u32> {
    let mut text = vec![0u32; tree.nodes.len()];
    let mut order = Vec::new();
    // (node, inside a <p>)
    let mut stack = vec![(root, false)];
    while let Some((id, in_p)) = stack.pop() {
        let node = &tree.nodes[id as usize];
        match &node.data {
            Data::Text(t) if in_p => text[id as usize] = t.trim().len() as u32,
            Data::Element { .. } => {
                let Some(name) = node.html_name() else {
                    continue;
                };
                let in_p = in_p || *name == local_name!("p");
                order.push(id);
                stack.extend(children(tree, id).map(|c| (c, in_p)));
            }
            _ => {}
        }
    }
    for &id in order.iter().rev() {
        let mut sum = text[id as usize];
        for c in children(tree, id) {
            sum += text[c as usize];
        }
        text[id as usize] = sum;
    }
    text
}

fn is_article_body(node: &tree::Node) -> bool {
    node.attr(local_name!("itemprop"))
        .is_some_and(|v| v.to_ascii_lowercase().contains("articlebody"))
}

/// Step 1: which subtrees are furniture, and which elements call themselves the article.
fn mark(tree: &Tree, body: u32, rules: &Rules) -> Marks {
    let n = tree.nodes.len();
    let (hints, marker) = hints(tree, rules);
    // Elements holding an article marker below them are never dropped for their class or id
    // alone (a blog's `widget` around its post body).
    let mut holds_marker = vec![false; n];
    for (id, &is_marker) in marker.iter().enumerate() {
        if !is_marker {
            continue;
        }
        let mut x = tree.nodes[id].parent;
        while x != NONE && !holds_marker[x as usize] {
            holds_marker[x as usize] = true;
            x = tree.nodes[x as usize].parent;
        }
    }
    let prose = prose_text(tree, body);
    let valve = prose[body as usize] as f32 * MAX_DROPPED_SHARE;
    let mut m = Marks {
        order: Vec::with_capacity(n),
        dropped: vec![false; n],
        semantic: vec![0; n],
    };
    // (node, inside the article's container)
    let mut stack = vec![(body, false)];
    let mut kids = Vec::new();
    while let Some((id, inside)) = stack.pop() {
        let node = &tree.nodes[id as usize];
        let mut inside_here = inside;
        match &node.data {
            Data::Element { .. } => {
                let Some(name) = node.html_name() else {
                    // SVG, MathML: no prose.
                    m.dropped[id as usize] = true;
                    continue;
                };
                if id != body && is_hidden(node) {
                    m.dropped[id as usize] = true;
                    continue;
                }
                let mut drop = id != body
                    && (rules.tags.contains(&**name)
                        || (!inside && rules.tags_outside.contains(&**name)));
                if !drop && id != body {
                    if let Some(role) = node.attr(local_name!("role")) {
                        let role = role.trim().to_ascii_lowercase();
                        drop = rules.roles.contains(&role);
                        if role == "main" {
                            m.semantic[id as usize] = 1;
                        }
                    }
                }
                let h = hints[id as usize];
                let itemprop = is_article_body(node);
                if !drop
                    && h.drop
                    && !h.keep
                    && !marker[id as usize]
                    && !holds_marker[id as usize]
                    && id != body
                {
                    drop = true;
                }
                // A "furniture" element holding most of the page's paragraph text is a page
                // wrapper (an ASP.NET `<form>`, a `content-with-sidebar` div): read on.
                if drop && (prose[id as usize] as f32) < valve {
                    m.dropped[id as usize] = true;
                    continue;
                }
                if h.body {
                    m.semantic[id as usize] = 3;
                }
                if itemprop {
                    m.semantic[id as usize] = 4;
                } else if *name == local_name!("article") {
                    m.semantic[id as usize] = m.semantic[id as usize].max(2);
                } else if *name == local_name!("main") {
                    m.semantic[id as usize] = m.semantic[id as usize].max(1);
                }
                inside_here |= m.semantic[id as usize] >= 2;
            }
            Data::Text(_) | Data::Document => {}
            Data::Other => {
                m.dropped[id as usize] = true;
                continue;
            }
        }
        m.order.push(id);
        kids.clear();
        kids.extend(children(tree, id));
        stack.extend(kids.iter().rev().map(|&c| (c, inside_here)));
    }
    m
}

/// Step 2's counts, per node (bytes of text without surrounding whitespace).
struct Stats {
    text: Vec<u32>,
    link: Vec<u32>,
    /// Good unit text inside the node.
    good: Vec<u32>,
    /// Readability-style content score.
    score: Vec<f32>,
}

fn count(tree: &Tree, m: &Marks) -> Stats {
    let n = tree.nodes.len();
    let mut s = Stats {
        text: vec![0; n],
        link: vec![0; n],
        good: vec![0; n],
        score: vec![0.0; n],
    };
    // Loose text per block: its direct text (through inline elements).
    let mut loose = vec![0u32; n];
    let mut loose_link = vec![0u32; n];
    let mut commas = vec![0u32; n];
    // The nearest block ancestor and whether inside a link, per kept node, filled top-down
    // (pre-order visits parents first).
    let mut block = vec![NONE; n];
    let mut in_link = vec![false; n];
    let root = m.order.first().copied().unwrap_or(NONE);
    for &id in &m.order {
        let node = &tree.nodes[id as usize];
        let (pb, pl) = if id == root {
            (NONE, false)
        } else {
            let p = node.parent as usize;
            (block[p], in_link[p])
        };
        match &node.data {
            Data::Element { .. } => {
                let name = node.html_name();
                let inline = !name.is_some_and(is_block);
                block[id as usize] = if inline && id != root { pb } else { id };
                in_link[id as usize] = pl || name == Some(&local_name!("a"));
            }
            Data::Text(t) => {
                let len = t.trim().len() as u32;
                s.text[id as usize] = len;
                if pl {
                    s.link[id as usize] = len;
                }
                if pb != NONE {
                    loose[pb as usize] += len;
                    if pl {
                        loose_link[pb as usize] += len;
                    }
                    commas[pb as usize] += t.matches([',', '،', '，']).count() as u32;
                }
            }
            _ => {}
        }
    }
    // Units: scores to the blocks around them, good text to the unit itself.
    for &id in &m.order {
        let len = loose[id as usize];
        if len < MIN_UNIT {
            continue;
        }
        let node = &tree.nodes[id as usize];
        let Some(name) = node.html_name() else {
            continue;
        };
        let linky = loose_link[id as usize] as f32 > MAX_LINK_SHARE * len as f32;
        if !linky {
            s.good[id as usize] += len;
        }
        let unit_score = 1.0 + commas[id as usize] as f32 + (len as f32 / 100.0).min(3.0);
        let paragraph_like = matches!(
            *name,
            local_name!("p") | local_name!("pre") | local_name!("blockquote") | local_name!("li")
        ) || is_heading(name);
        let mut target = if paragraph_like { node.parent } else { id };
        for share in [1.0, 0.5, 1.0 / 3.0] {
            if target == NONE {
                break;
            }
            s.score[target as usize] += unit_score * share;
            target = tree.nodes[target as usize].parent;
        }
    }
    // Bottom-up sums: reverse pre-order visits children before parents.
    for &id in m.order.iter().rev() {
        let p = tree.nodes[id as usize].parent;
        if p == NONE || id == root {
            continue;
        }
        let (t, l, g) = (
            s.text[id as usize],
            s.link[id as usize],
            s.good[id as usize],
        );
        s.text[p as usize] += t;
        s.link[p as usize] += l;
        s.good[p as usize] += g;
    }
    s
}

fn link_density(s: &Stats, id: u32) -> f32 {
    let t = s.text[id as usize];
    if t == 0 {
        return 0.0;
    }
    s.link[id as usize] as f32 / t as f32
}

/// Step 3: the elements to read, in document order.
fn container(tree: &Tree, body: u32, m: &Marks, s: &Stats) -> Vec<u32> {
    // Best-scoring block.
    let mut top = NONE;
    let mut best = 0.0f32;
    for &id in &m.order {
        let sc = s.score[id as usize];
        if sc <= 0.0 {
            continue;
        }
        let sc = sc * (1.0 - link_density(s, id));
        if sc > best {
            best = sc;
            top = id;
        }
    }
    let mut roots = Vec::new();
    if top != NONE {
        let parent = tree.nodes[top as usize].parent;
        if parent != NONE && top != body {
            let threshold = (best * SIBLING_SHARE).max(10.0);
            for c in children(tree, parent) {
                if c == top {
                    roots.push(c);
                    continue;
                }
                if m.dropped[c as usize] {
                    continue;
                }
                let node = &tree.nodes[c as usize];
                let sc = s.score[c as usize] * (1.0 - link_density(s, c));
                let clean_p = node.html_name() == Some(&local_name!("p"))
                    && s.good[c as usize] >= CLEAN_SIBLING
                    && link_density(s, c) < 0.25;
                if sc >= threshold || clean_p {
                    roots.push(c);
                }
            }
        } else {
            roots.push(top);
        }
    }
    let scored_good: u32 = roots.iter().map(|&r| s.good[r as usize]).sum();

    // The semantic container with the most good text; among nested ones, the deepest that
    // keeps most of it.
    let mut sem = NONE;
    for &id in &m.order {
        let rank = m.semantic[id as usize];
        if rank == 0 || s.good[id as usize] == 0 {
            continue;
        }
        if sem == NONE {
            sem = id;
            continue;
        }
        let (g, bg) = (s.good[id as usize], s.good[sem as usize]);
        let nested = is_ancestor(tree, sem, id);
        if (nested && g as f32 >= 0.8 * bg as f32) || (!nested && g > bg) {
            sem = id;
        }
    }
    // A semantic container around (or inside) the best block needs half its good text; one
    // elsewhere on the page (a teaser `<article>` in a side list) needs more than it has.
    let related = sem != NONE
        && top != NONE
        && (is_ancestor(tree, sem, top) || roots.iter().any(|&r| is_ancestor(tree, r, sem)));
    let needed = if related || top == NONE {
        SEMANTIC_SHARE * scored_good as f32
    } else {
        scored_good as f32
    };
    if sem != NONE && s.good[sem as usize] as f32 >= needed {
        let mut out = vec![sem];
        // Bodies split into several containers of the same kind (class hint or articleBody).
        if m.semantic[sem as usize] >= 3 {
            let key = |id: u32| {
                let n = &tree.nodes[id as usize];
                (
                    n.html_name().cloned(),
                    n.attr(local_name!("class")).map(str::to_owned),
                    n.attr(local_name!("itemprop")).map(str::to_owned),
                )
            };
            let k = key(sem);
            for &id in &m.order {
                if id != sem
                    && m.semantic[id as usize] == m.semantic[sem as usize]
                    && s.good[id as usize] > 0
                    && key(id) == k
                    && !out
                        .iter()
                        .any(|&o| is_ancestor(tree, o, id) || is_ancestor(tree, id, o))
                {
                    out.push(id);
                }
            }
        }
        return out;
    }
    if roots.is_empty() || scored_good == 0 {
        return vec![body];
    }
    // No block stands out (a landing or product page whose text is spread over many boxes):
    // read the smallest block around the best one that holds most of the page's good text.
    let page_good = s.good[body as usize] as f32;
    if (scored_good as f32) < MIN_TOP_SHARE * page_good {
        let mut x = top;
        while x != NONE && x != body && (s.good[x as usize] as f32) < MIN_TOP_SHARE * page_good {
            x = tree.nodes[x as usize].parent;
        }
        if x != NONE {
            return vec![x];
        }
    }
    roots
}

/// Whether `a` is an ancestor of `b` (or `b` itself).
fn is_ancestor(tree: &Tree, a: u32, b: u32) -> bool {
    let mut x = b;
    while x != NONE {
        if x == a {
            return true;
        }
        x = tree.nodes[x as usize].parent;
    }
    false
}

#[derive(Debug, Default)]
struct Para {
    text: String,
    link: usize,
    heading: u8,
}

/// Step 4a: the paragraphs under `roots`, in document order.
fn collect(tree: &Tree, roots: &[u32], m: &Marks) -> Vec<Para> {
    let mut paras = Vec::new();
    let mut cur = Para::default();
    let mut space = false;
    // (node, leaving, inside a link)
    let mut stack: Vec<(u32, bool, bool)> = Vec::new();
    let mut kids = Vec::new();
    let flush = |cur: &mut Para, paras: &mut Vec<Para>| {
        if !cur.text.is_empty() {
            paras.push(std::mem::take(cur));
        } else {
            cur.heading = 0;
        }
    };
    for &root in roots {
        stack.push((root, false, false));
        while let Some((id, leaving, link)) = stack.pop() {
            let node = &tree.nodes[id as usize];
            match &node.data {
                Data::Text(t) => {
                    space |= t.starts_with(char::is_whitespace);
                    let mut first = true;
                    for w in t.split_whitespace() {
                        if (space || !first) && !cur.text.is_empty() {
                            cur.text.push(' ');
                        }
                        first = false;
                        cur.text.push_str(w);
                        if link {
                            cur.link += w.len();
                        }
                    }
                    if !first {
                        space = t.ends_with(char::is_whitespace);
                    }
                }
                Data::Element { .. } => {
                    let Some(name) = node.html_name() else {
                        continue;
                    };
                    let block = is_block(name);
                    if *name == local_name!("br") || *name == local_name!("hr") {
                        flush(&mut cur, &mut paras);
                        space = false;
                        continue;
                    }
                    if block {
                        flush(&mut cur, &mut paras);
                        space = false;
                    }
                    if leaving {
                        continue;
                    }
                    if is_heading(name) {
                        cur.heading = name.as_bytes()[1] - b'0';
                    }
                    stack.push((id, true, link));
                    let link_here = link || *name == local_name!("a");
                    kids.clear();
                    kids.extend(children(tree, id).filter(|&c| !m.dropped[c as usize]));
                    stack.extend(kids.iter().rev().map(|&c| (c, false, link_here)));
                }
                _ => {}
            }
        }
        flush(&mut cur, &mut paras);
        space = false;
    }
    paras
}

/// Step 4b: filters, then the text.
fn finish(paras: Vec<Para>, rules: &Rules) -> String {
    let linky = |p: &Para| p.link as f32 > MAX_LINK_SHARE * p.text.len() as f32;
    let mut kept: Vec<&Para> = Vec::with_capacity(paras.len());
    for (i, p) in paras.iter().enumerate() {
        if p.heading == 1 || linky(p) || rules.is_label(&p.text) || rules.is_credit(&p.text) {
            continue;
        }
        // A short title line over a list of links ("More on this", "Zobacz również").
        let title_like = p.text.len() < 60 && !p.text.ends_with(['.', '!', '?', ':', '"']);
        if title_like && paras.get(i + 1).is_some_and(linky) {
            continue;
        }
        kept.push(p);
    }
    // Headings with nothing of their own after them (their list or section was furniture):
    // followed by a heading of the same or a higher rank, or by nothing.
    let mut i = kept.len();
    let mut next_rank = 0u8; // rank of the next kept paragraph if a heading, 0 for text
    let mut at_end = true;
    while i > 0 {
        i -= 1;
        let h = kept[i].heading;
        if h > 0 && (at_end || (next_rank > 0 && next_rank <= h)) {
            kept.remove(i);
            continue;
        }
        next_rank = h;
        at_end = false;
    }
    let mut out = String::new();
    for p in kept {
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(&p.text);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(html: &str) -> String {
        extract(html, &Rules::builtin()).text
    }

    const P1: &str = "The storm reached the northern coast early on Friday, cutting power to \
                      thousands of homes and closing several ports.";
    const P2: &str = "Officials said crews worked through the night, and urged residents to \
                      stay indoors until the winds eased.";

    #[test]
    fn reads_the_article_and_drops_furniture() {
        let html = format!(
            "<html><body><header><a href=/>Home</a></header><nav><a>World</a><a>Sport</a></nav>\
             <div class=main><h1>Storm hits coast</h1><p>{P1}</p><p>{P2}</p>\
             <div class=share-bar>Share on Facebook</div>\
             <h2>Related stories</h2><ul><li><a href=/a>Another storm story with a long title</a></li></ul>\
             </div><div id=comments><p>{P1} Comment.</p></div>\
             <footer>Copyright 2024 Daily Planet</footer></body></html>"
        );
        assert_eq!(run(&html), format!("{P1}\n\n{P2}"));
    }

    #[test]
    fn paragraphs_never_run_together() {
        let html = format!("<article><p>{P1}</p><p>{P2}</p>Loose line<br>Next line</article>");
        let out = run(&html);
        assert_eq!(out, format!("{P1}\n\n{P2}\n\nLoose line\n\nNext line"));
        // Inline markup joins words as written.
        let html = format!("<article><p>{P1} It was <b>very</b> str<i>ong</i>.</p></article>");
        assert!(
            run(&html).ends_with("It was very strong."),
            "{}",
            run(&html)
        );
    }

    #[test]
    fn semantic_container_wins_and_keeps_inner_headings() {
        let html = format!(
            "<body><div><p>{P2} Sidebar text that goes on, and on, and on.</p></div>\
             <div itemprop=articleBody><p>{P1}</p><h2>What next</h2><p>{P2}</p></div></body>"
        );
        assert_eq!(run(&html), format!("{P1}\n\nWhat next\n\n{P2}"));
    }

    #[test]
    fn split_bodies_are_read_together() {
        let html = format!(
            "<body><div class=article-body><p>{P1}</p></div><div class=ad>Buy now</div>\
             <div class=article-body><p>{P2}</p></div></body>"
        );
        assert_eq!(run(&html), format!("{P1}\n\n{P2}"));
    }

    #[test]
    fn hidden_and_labels_are_dropped() {
        let html = format!(
            "<article><p>{P1}</p><p style='display: none'>Hidden text here</p>\
             <p>Advertisement</p><p>{P2}</p></article>"
        );
        assert_eq!(run(&html), format!("{P1}\n\n{P2}"));
    }

    #[test]
    fn deep_nesting_uses_no_call_stack() {
        // The pre-pass caps nesting in production; the extractor alone must cope anyway.
        let n = 20_000;
        let html = format!("{}{P1}{}", "<div>".repeat(n), "</div>".repeat(n));
        let out = std::thread::Builder::new()
            .stack_size(256 << 10)
            .spawn(move || run(&html))
            .unwrap()
            .join()
            .unwrap();
        assert_eq!(out, P1);
    }
}
