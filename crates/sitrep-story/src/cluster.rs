//! Story clustering over time: a single pass over the documents in
//! publication order (the classic topic-detection-and-tracking scheme). Each
//! document is compared with the stories still active (last document within
//! the time window) by the cosine of its TF-IDF vector with the story's
//! centroid, blended with the overlap of actors; it joins the best story at or
//! above the threshold, or starts a new one. Near-duplicates always join the
//! same story.

use crate::neardup::{DupPair, UnionFind};
use crate::text::{words, TextResources};
use crate::StoryDoc;
use rayon::prelude::*;
use sitrep_record::day_number;
use std::collections::HashMap;

/// Parameters of story clustering.
#[derive(Debug, Clone, PartialEq)]
pub struct ClusterParams {
    /// A document may join a story whose latest document is at most this
    /// many days older (or newer).
    pub window_days: i64,
    /// Minimum blended similarity to join a story.
    pub threshold: f64,
    /// Weight of the actor overlap in the blend (the rest is text cosine).
    pub actor_weight: f64,
    /// Terms kept per document (highest TF-IDF).
    pub terms: usize,
    /// Terms per document used to find candidate stories.
    pub probe_terms: usize,
    /// A story takes no document published more than this many days after
    /// its first one: a long-running topic becomes successive stories
    /// instead of one that never closes.
    pub max_span_days: i64,
    /// The centroid fades with time: a document's weight in it halves
    /// every this many days (of the story's newest document).
    pub half_life_days: f64,
    /// ... and with the documents that joined after it: its weight halves
    /// every this many newer members. The centroid is then about the
    /// story's recent documents, not the running mean of everything it
    /// swallowed (which grows more similar to every document of a topic
    /// the larger the story gets).
    pub half_life_docs: f64,
    /// Stories compared with a document at most: those sharing the most
    /// probe terms with it (via the inverted index), ties to the newest.
    pub max_candidates: usize,
}

impl Default for ClusterParams {
    fn default() -> Self {
        ClusterParams {
            window_days: 3,
            threshold: 0.15,
            actor_weight: 0.25,
            terms: 200,
            probe_terms: 20,
            max_span_days: 30,
            half_life_days: 3.0,
            half_life_docs: 5.0,
            max_candidates: 50,
        }
    }
}

/// A sparse, L2-normalised vector: (term, weight), sorted by term.
type Sparse = Vec<(u32, f32)>;

struct Features {
    terms: Sparse,
    /// Term ids by descending weight (for probing).
    probe: Vec<u32>,
    actors: Sparse,
}

/// A fading sum of sparse vectors. The true centroid is `sum × scale`;
/// fading only lowers `scale`, and a new vector is added divided by it, so
/// a fade costs nothing until `scale` gets small and the sum is rescaled
/// (dropping the terms that have faded to nothing). Cosines do not depend
/// on the scale.
struct Centroid {
    sum: HashMap<u32, f32>,
    norm2: f64,
    scale: f64,
}

/// Below this scale the sum is rescaled (its values stay well inside f32).
const RESCALE_BELOW: f64 = 1e-4;
/// A term whose (rescaled) weight falls under this is dropped.
const FADED: f32 = 1e-4;

impl Centroid {
    fn new() -> Centroid {
        Centroid {
            sum: HashMap::new(),
            norm2: 0.0,
            scale: 1.0,
        }
    }

    /// Multiplies every weight already in by `factor` (0 < factor ≤ 1).
    fn fade(&mut self, factor: f64) {
        if !(factor > 0.0 && factor < 1.0) {
            return;
        }
        self.scale *= factor;
        if self.scale < RESCALE_BELOW {
            let s = self.scale as f32;
            self.sum.retain(|_, w| {
                *w *= s;
                w.abs() >= FADED
            });
            self.norm2 = self.sum.values().map(|w| (*w as f64) * (*w as f64)).sum();
            self.scale = 1.0;
        }
    }

    fn add(&mut self, v: &Sparse) {
        let k = 1.0 / self.scale;
        for &(t, w) in v {
            let w = (w as f64 * k) as f32;
            let e = self.sum.entry(t).or_insert(0.0);
            self.norm2 += 2.0 * (*e as f64) * (w as f64) + (w as f64) * (w as f64);
            *e += w;
        }
    }

    fn cosine(&self, v: &Sparse) -> f64 {
        cosine(v, &self.sum, self.norm2)
    }
}

struct Cluster {
    terms: Centroid,
    actors: Centroid,
    first_day: i64,
    last_day: i64,
    members: Vec<usize>,
}

impl Cluster {
    /// Adds a member published on `day`, fading what was there.
    fn add(&mut self, f: &Features, day: Option<i64>, params: &ClusterParams) {
        let mut factor = 1.0;
        if !self.members.is_empty() {
            if params.half_life_docs > 0.0 {
                factor *= 0.5f64.powf(1.0 / params.half_life_docs);
            }
            if let Some(d) = day {
                if self.last_day != i64::MIN && d > self.last_day && params.half_life_days > 0.0 {
                    factor *= 0.5f64.powf((d - self.last_day) as f64 / params.half_life_days);
                }
            }
        }
        self.terms.fade(factor);
        self.actors.fade(factor);
        self.terms.add(&f.terms);
        self.actors.add(&f.actors);
        if let Some(d) = day {
            self.first_day = self.first_day.min(d);
            self.last_day = self.last_day.max(d);
        }
    }
}

fn cosine(v: &Sparse, sum: &HashMap<u32, f32>, norm2: f64) -> f64 {
    if v.is_empty() || norm2 <= 0.0 {
        return 0.0;
    }
    let dot: f64 = v
        .iter()
        .filter_map(|(t, w)| sum.get(t).map(|s| (*s as f64) * (*w as f64)))
        .sum();
    dot / norm2.sqrt()
}

fn normalise(v: &mut Sparse) {
    let n: f32 = v.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
    if n > 0.0 {
        for (_, w) in v.iter_mut() {
            *w /= n;
        }
    }
    v.sort_unstable_by_key(|(t, _)| *t);
}

/// The words a document is counted by (title twice: it names the story),
/// before any interning: one document's bag, dropped once interned.
fn bag_of(d: &StoryDoc, res: &TextResources) -> HashMap<String, u32> {
    let mut bag: HashMap<String, u32> = HashMap::new();
    let body = res.strip_boilerplate(&d.text);
    let title = d.title.as_deref().unwrap_or("");
    for (text, times) in [(title, 2), (body.as_str(), 1)] {
        for w in words(text) {
            if w.chars().count() < 3 || w.chars().all(|c| c.is_ascii_digit()) || res.is_stopword(&w)
            {
                continue;
            }
            *bag.entry(w).or_insert(0) += times;
        }
    }
    bag
}

/// Documents whose word bags are built at once (in parallel) before being
/// interned: bounds the memory of the string bags (about 30 KB per news
/// article) by one chunk instead of the whole corpus.
const BAG_CHUNK: usize = 512;

/// TF-IDF features of every document (title counted twice: it names the
/// story), and idf-weighted actor vectors.
fn features(docs: &[StoryDoc], params: &ClusterParams, res: &TextResources) -> Vec<Features> {
    // Term ids in a fixed order (sorted words, documents in order), so that
    // ties and float sums come out the same on every run. Each document's
    // bag becomes (term id, count) pairs as soon as its chunk is interned.
    let mut vocab: HashMap<String, u32> = HashMap::new();
    let mut df: Vec<u32> = Vec::new();
    let mut counts: Vec<Vec<(u32, u32)>> = Vec::with_capacity(docs.len());
    for chunk in docs.chunks(BAG_CHUNK) {
        let bags: Vec<HashMap<String, u32>> = chunk.par_iter().map(|d| bag_of(d, res)).collect();
        for bag in bags {
            let mut entries: Vec<(String, u32)> = bag.into_iter().collect();
            entries.sort_unstable_by(|a, b| a.0.cmp(&b.0));
            let mut ids = Vec::with_capacity(entries.len());
            for (w, tf) in entries {
                let next = vocab.len() as u32;
                let id = *vocab.entry(w).or_insert(next);
                if id as usize == df.len() {
                    df.push(0);
                }
                df[id as usize] += 1;
                ids.push((id, tf));
            }
            ids.shrink_to_fit();
            counts.push(ids);
        }
    }
    drop(vocab);
    let mut actor_ids: HashMap<&str, u32> = HashMap::new();
    let mut actor_df: Vec<u32> = Vec::new();
    for d in docs {
        let mut seen: Vec<&str> = d.actors.iter().map(String::as_str).collect();
        seen.sort_unstable();
        seen.dedup();
        for a in seen {
            let next = actor_ids.len() as u32;
            let id = *actor_ids.entry(a).or_insert(next);
            if id as usize == actor_df.len() {
                actor_df.push(0);
            }
            actor_df[id as usize] += 1;
        }
    }
    let n = docs.len() as f32;
    let idf = |df: u32| ((n + 1.0) / (df as f32 + 1.0)).ln() + 1.0;
    counts
        .into_par_iter()
        .zip(docs.par_iter())
        .map(|(bag, d)| {
            let mut terms: Sparse = bag
                .into_iter()
                .map(|(id, tf)| (id, (1.0 + (tf as f32).ln()) * idf(df[id as usize])))
                .collect();
            // ids are assigned in a fixed order, so ties break the same way every run
            terms.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            terms.truncate(params.terms.max(1));
            terms.shrink_to_fit();
            let probe = terms
                .iter()
                .take(params.probe_terms.max(1))
                .map(|(t, _)| *t)
                .collect();
            normalise(&mut terms);
            let mut actors: Sparse = Vec::new();
            for a in &d.actors {
                let id = actor_ids[a.as_str()];
                if !actors.iter().any(|(t, _)| *t == id) {
                    actors.push((id, idf(actor_df[id as usize])));
                }
            }
            normalise(&mut actors);
            Features {
                terms,
                probe,
                actors,
            }
        })
        .collect()
}

/// Clusters `docs` into stories; near-duplicate `pairs` always end in the
/// same story. Returns each story's member indices in time order (date,
/// then input order; undated documents last), stories in order of their
/// first member's time.
pub fn cluster(
    docs: &[StoryDoc],
    pairs: &[DupPair],
    params: &ClusterParams,
    res: &TextResources,
) -> Vec<Vec<usize>> {
    let feats = features(docs, params, res);
    let days: Vec<Option<i64>> = docs
        .iter()
        .map(|d| d.published.as_deref().and_then(day_number))
        .collect();
    let mut order: Vec<usize> = (0..docs.len()).collect();
    order.sort_by_key(|&i| (days[i].is_none(), days[i].unwrap_or(0), i));

    let mut partners: HashMap<usize, Vec<usize>> = HashMap::new();
    for p in pairs {
        partners.entry(p.a).or_default().push(p.b);
        partners.entry(p.b).or_default().push(p.a);
    }

    let mut clusters: Vec<Cluster> = Vec::new();
    let mut cluster_of: Vec<Option<usize>> = vec![None; docs.len()];
    // term → (cluster, day the term was added), in processing order
    let mut postings: HashMap<u32, Vec<(u32, i64)>> = HashMap::new();
    let w_actor = params.actor_weight.clamp(0.0, 1.0);

    for &i in &order {
        let f = &feats[i];
        let dup_cluster = partners
            .get(&i)
            .and_then(|ps| ps.iter().filter_map(|&p| cluster_of[p]).min());
        let chosen = match (dup_cluster, days[i]) {
            (Some(c), _) => Some(c),
            (None, None) => None,
            (None, Some(day)) => {
                let oldest = day - params.window_days;
                // Stories sharing probe terms with the document, with how
                // many, from postings within the window.
                // story → (probe terms shared, the last term counted)
                let mut hits: HashMap<u32, (u32, usize)> = HashMap::new();
                for (ti, t) in f.probe.iter().enumerate() {
                    if let Some(list) = postings.get(t) {
                        for &(c, d) in list.iter().rev() {
                            if d < oldest {
                                break;
                            }
                            let h = hits.entry(c).or_insert((0, usize::MAX));
                            if h.1 != ti {
                                *h = (h.0 + 1, ti);
                            }
                        }
                    }
                }
                let mut cands: Vec<(u32, u32)> = hits
                    .into_iter()
                    .map(|(c, (n, _))| (c, n))
                    .filter(|&(c, _)| {
                        let cl = &clusters[c as usize];
                        cl.last_day >= oldest && day - cl.first_day <= params.max_span_days
                    })
                    .collect();
                // Most shared probe terms first, then the newest story.
                cands.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(b.0.cmp(&a.0)));
                cands.truncate(params.max_candidates.max(1));
                let mut best: Option<(f64, usize)> = None;
                for (c, _) in cands {
                    let cl = &clusters[c as usize];
                    let text = cl.terms.cosine(&f.terms);
                    let actors = cl.actors.cosine(&f.actors);
                    let score = (1.0 - w_actor) * text + w_actor * actors;
                    let better =
                        best.is_none_or(|(s, b)| score > s || (score == s && c < b as u32));
                    if score >= params.threshold && better {
                        best = Some((score, c as usize));
                    }
                }
                best.map(|(_, c)| c)
            }
        };
        let c = match chosen {
            Some(c) => c,
            None => {
                clusters.push(Cluster {
                    terms: Centroid::new(),
                    actors: Centroid::new(),
                    first_day: i64::MAX,
                    last_day: i64::MIN,
                    members: Vec::new(),
                });
                clusters.len() - 1
            }
        };
        let cl = &mut clusters[c];
        cl.add(f, days[i], params);
        cl.members.push(i);
        cluster_of[i] = Some(c);
        if let Some(day) = days[i] {
            // A term already posted for this story on this day is not posted again.
            for t in &f.probe {
                let list = postings.entry(*t).or_default();
                if list.last() != Some(&(c as u32, day)) {
                    list.push((c as u32, day));
                }
            }
        }
    }

    // Near-duplicates always share a story, even when a copy had chosen
    // another story before its partner was placed.
    let mut uf = UnionFind::new(clusters.len());
    for p in pairs {
        if let (Some(a), Some(b)) = (cluster_of[p.a], cluster_of[p.b]) {
            uf.union(a, b);
        }
    }
    let mut merged: HashMap<usize, Vec<usize>> = HashMap::new();
    for (c, cl) in clusters.iter().enumerate() {
        merged
            .entry(uf.find(c))
            .or_default()
            .extend(cl.members.iter().copied());
    }
    let rank: HashMap<usize, usize> = order.iter().enumerate().map(|(r, &i)| (i, r)).collect();
    let mut stories: Vec<Vec<usize>> = merged.into_values().collect();
    for s in &mut stories {
        s.sort_by_key(|i| rank[i]);
    }
    stories.sort_by_key(|s| rank[&s[0]]);
    stories
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(day: &str, text: &str) -> StoryDoc {
        StoryDoc {
            id: format!("{day}-{}", text.len()),
            uri: format!("https://example.org/{day}/{}", text.len()),
            published: Some(day.to_string()),
            title: None,
            text: text.to_string(),
            ..StoryDoc::default()
        }
    }

    fn date(day: i64) -> String {
        // 2025-01-01 + day, for day < 59 (January and February).
        if day < 31 {
            format!("2025-01-{:02}", day + 1)
        } else {
            format!("2025-02-{:02}", day - 30)
        }
    }

    #[test]
    fn a_story_is_cut_at_its_maximum_span() {
        // The same story retold every other day for eight weeks.
        let text = "Negotiators from the shipping alliance met again in the harbour \
                    city to discuss the tanker seizure, the insurance claims and the \
                    blockade of the northern strait.";
        let docs: Vec<StoryDoc> = (0..28).map(|i| doc(&date(2 * i), text)).collect();
        let res = TextResources::builtin();
        let unlimited = ClusterParams {
            max_span_days: i64::MAX / 4,
            ..ClusterParams::default()
        };
        assert_eq!(cluster(&docs, &[], &unlimited, &res).len(), 1, "one chain");
        let params = ClusterParams {
            max_span_days: 20,
            ..ClusterParams::default()
        };
        let stories = cluster(&docs, &[], &params, &res);
        assert!(stories.len() >= 3, "{stories:?}");
        for s in &stories {
            let first = day_number(docs[s[0]].published.as_deref().unwrap()).unwrap();
            let last = day_number(docs[*s.last().unwrap()].published.as_deref().unwrap()).unwrap();
            assert!(last - first <= 20, "{s:?}");
        }
        // Every document is in exactly one story, in time order.
        let mut all: Vec<usize> = stories.concat();
        all.sort_unstable();
        assert_eq!(all, (0..docs.len()).collect::<Vec<_>>());
    }

    #[test]
    fn a_fading_centroid_equals_the_weighted_sum_it_stands_for() {
        let vectors: Vec<Sparse> = (0..40u32)
            .map(|i| vec![(i % 7, 1.0), (i % 3 + 10, 0.5), (100 + i, 0.25)])
            .collect();
        let mut c = Centroid::new();
        let mut exact: HashMap<u32, f64> = HashMap::new();
        for v in &vectors {
            // Many fades: the lazy scale is rescaled (and faded terms dropped) on the way.
            c.fade(0.7);
            for w in exact.values_mut() {
                *w *= 0.7;
            }
            c.add(v);
            for &(t, w) in v {
                *exact.entry(t).or_insert(0.0) += w as f64;
            }
        }
        let norm: f64 = exact.values().map(|w| w * w).sum::<f64>().sqrt();
        for probe in [
            vec![(3u32, 1.0f32)],
            vec![(11, 0.6), (139, 0.8)],
            vec![(0, 0.6), (12, 0.8)],
        ] {
            let dot: f64 = probe
                .iter()
                .map(|(t, w)| exact.get(t).copied().unwrap_or(0.0) * *w as f64)
                .sum();
            let want = dot / norm;
            let got = c.cosine(&probe);
            assert!((got - want).abs() < 1e-3, "{probe:?}: {got} vs {want}");
        }
        // The oldest, faded terms are gone from the map.
        assert!(!c.sum.contains_key(&100));
        assert!(c.sum.contains_key(&139));
    }

    #[test]
    fn candidates_are_capped_by_shared_probe_terms() {
        // Ten unrelated one-document stories share one word with the last
        // document; with one candidate allowed it can only join the story
        // sharing the most probe terms with it, however similar the others.
        let mut docs: Vec<StoryDoc> = (0..10)
            .map(|i| {
                doc(
                    "2025-01-01",
                    &format!("alpha{i} bravo{i} charlie{i} delta{i} harbour blockade"),
                )
            })
            .collect();
        docs.push(doc(
            "2025-01-02",
            "alpha3 bravo3 charlie3 delta3 harbour blockade",
        ));
        let res = TextResources::builtin();
        let params = ClusterParams {
            max_candidates: 1,
            ..ClusterParams::default()
        };
        let stories = cluster(&docs, &[], &params, &res);
        let with_last = stories.iter().find(|s| s.contains(&10)).unwrap();
        assert_eq!(with_last, &vec![3, 10]);
    }
}
