//! Near-duplicate detection: word shingles, MinHash signatures, LSH banding
//! for candidate pairs, then verification by the exact Jaccard similarity
//! (and containment, for truncated copies) of the shingle sets.
//!
//! Everything is deterministic: the hash functions have fixed seeds, so the
//! same documents always give the same pairs.

use crate::text::{hash64, mix64, words, TextResources};
use crate::StoryDoc;
use rayon::prelude::*;
use serde::Serialize;
use std::collections::{HashMap, HashSet};

/// Parameters of near-duplicate detection. The defaults are the ones tuned
/// on the dev half of `examples/neardup` (see docs/EVALUATION.md).
#[derive(Debug, Clone, PartialEq)]
pub struct NearDupParams {
    /// Words per shingle.
    pub shingle: usize,
    /// LSH bands; `bands * rows` MinHash values are kept per document.
    pub bands: usize,
    /// MinHash values per band.
    pub rows: usize,
    /// A pair whose shingle sets have at least this Jaccard similarity is a
    /// near-duplicate.
    pub jaccard: f64,
    /// A pair is also a near-duplicate when at least this share of the
    /// smaller document's shingles is in the larger (a truncated copy)…
    pub containment: f64,
    /// …provided the smaller has at least this many shingles.
    pub min_shingles: usize,
    /// Whether the title takes part (syndicated copies often re-title, so
    /// by default only the body does).
    pub use_title: bool,
}

impl Default for NearDupParams {
    fn default() -> Self {
        NearDupParams {
            shingle: 3,
            bands: 60,
            rows: 2,
            jaccard: 0.3,
            containment: 0.6,
            min_shingles: 30,
            use_title: false,
        }
    }
}

/// Two documents (indices into the slice given) that are near-duplicates;
/// `a < b`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DupPair {
    pub a: usize,
    pub b: usize,
    /// The larger of the two measures that qualified the pair.
    pub similarity: f64,
    /// Jaccard similarity of the two shingle sets.
    pub jaccard: f64,
    /// Share of the smaller set's shingles found in the larger.
    pub containment: f64,
}

/// A document's shingles (sorted, distinct hashes) and MinHash signature.
#[derive(Debug, Clone)]
pub struct Fingerprint {
    pub shingles: Vec<u64>,
    pub signature: Vec<u32>,
}

/// Buckets larger than this are verified as a star around their first
/// member rather than all pairs (thousands of copies of one text would
/// otherwise cost millions of comparisons); the groups come out the same.
const MAX_BUCKET_PAIRS: usize = 64;

/// The shingle set of a document's text (boilerplate removed).
pub fn shingles(doc: &StoryDoc, params: &NearDupParams, res: &TextResources) -> Vec<u64> {
    let mut body = res.strip_boilerplate(&doc.text);
    if params.use_title {
        if let Some(t) = &doc.title {
            body = format!("{t}\n{body}");
        }
    }
    let w = words(&body);
    let k = params.shingle.max(1);
    let mut out: Vec<u64> = if w.is_empty() {
        Vec::new()
    } else if w.len() < k {
        vec![hash64(w.join(" ").as_bytes())]
    } else {
        let word_hashes: Vec<u64> = w.iter().map(|x| hash64(x.as_bytes())).collect();
        word_hashes
            .windows(k)
            .map(|win| {
                win.iter().fold(0x9e37_79b9_7f4a_7c15u64, |h, &x| {
                    mix64(h.rotate_left(17) ^ x)
                })
            })
            .collect()
    };
    out.sort_unstable();
    out.dedup();
    out
}

/// MinHash signature of a shingle set: `n` values, each the minimum of one
/// multiply-shift hash over the set.
pub fn signature(shingles: &[u64], n: usize) -> Vec<u32> {
    let coeffs: Vec<(u64, u64)> = (0..n as u64)
        .map(|i| (mix64(i * 2 + 1) | 1, mix64(i * 2 + 2)))
        .collect();
    let mut sig = vec![u32::MAX; n];
    for &s in shingles {
        for (slot, &(a, b)) in sig.iter_mut().zip(&coeffs) {
            let h = (a.wrapping_mul(s).wrapping_add(b) >> 32) as u32;
            if h < *slot {
                *slot = h;
            }
        }
    }
    sig
}

/// Fingerprints of every document (in parallel).
pub fn fingerprints(
    docs: &[StoryDoc],
    params: &NearDupParams,
    res: &TextResources,
) -> Vec<Fingerprint> {
    let n = params.bands.max(1) * params.rows.max(1);
    docs.par_iter()
        .map(|d| {
            let shingles = shingles(d, params, res);
            let signature = signature(&shingles, n);
            Fingerprint {
                shingles,
                signature,
            }
        })
        .collect()
}

/// Jaccard similarity and containment (of the smaller in the larger) of
/// two sorted, distinct sets.
pub fn overlap(a: &[u64], b: &[u64]) -> (f64, f64) {
    if a.is_empty() || b.is_empty() {
        return (0.0, 0.0);
    }
    let (mut i, mut j, mut common) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let union = a.len() + b.len() - common;
    (
        common as f64 / union as f64,
        common as f64 / a.len().min(b.len()) as f64,
    )
}

/// Whether two fingerprints are near-duplicates under `params`; the pair's
/// measures when they are.
fn verify(fa: &Fingerprint, fb: &Fingerprint, params: &NearDupParams) -> Option<(f64, f64, f64)> {
    let (j, c) = overlap(&fa.shingles, &fb.shingles);
    let small = fa.shingles.len().min(fb.shingles.len());
    let by_containment = small >= params.min_shingles && c >= params.containment;
    if j >= params.jaccard || by_containment {
        let sim = if by_containment { j.max(c) } else { j };
        Some((sim, j, c))
    } else {
        None
    }
}

/// Near-duplicate pairs among `docs`, sorted by (a, b).
pub fn near_duplicates(
    docs: &[StoryDoc],
    params: &NearDupParams,
    res: &TextResources,
) -> Vec<DupPair> {
    let fps = fingerprints(docs, params, res);
    near_duplicates_of(&fps, params)
}

/// Near-duplicate pairs from precomputed fingerprints.
pub fn near_duplicates_of(fps: &[Fingerprint], params: &NearDupParams) -> Vec<DupPair> {
    let rows = params.rows.max(1);
    let bands = params.bands.max(1);
    let mut candidates: HashSet<(u32, u32)> = HashSet::new();
    for band in 0..bands {
        let mut buckets: HashMap<u64, Vec<u32>> = HashMap::new();
        for (i, fp) in fps.iter().enumerate() {
            if fp.shingles.is_empty() {
                continue;
            }
            let vals = &fp.signature[band * rows..(band + 1) * rows];
            let key = vals
                .iter()
                .fold(band as u64, |h, &v| mix64(h ^ (v as u64)).rotate_left(5));
            buckets.entry(key).or_default().push(i as u32);
        }
        for members in buckets.values() {
            if members.len() < 2 {
                continue;
            }
            if members.len() > MAX_BUCKET_PAIRS {
                for &m in &members[1..] {
                    candidates.insert((members[0], m));
                }
            } else {
                for (x, &a) in members.iter().enumerate() {
                    for &b in &members[x + 1..] {
                        candidates.insert((a, b));
                    }
                }
            }
        }
    }
    let mut cand: Vec<(u32, u32)> = candidates.into_iter().collect();
    cand.sort_unstable();
    let mut pairs: Vec<DupPair> = cand
        .par_iter()
        .filter_map(|&(a, b)| {
            let (a, b) = (a as usize, b as usize);
            verify(&fps[a], &fps[b], params).map(|(similarity, jaccard, containment)| DupPair {
                a,
                b,
                similarity,
                jaccard,
                containment,
            })
        })
        .collect();
    pairs.sort_by_key(|p| (p.a, p.b));
    pairs
}

/// Connected groups of near-duplicates (two or more documents each), each
/// sorted, in order of their first member.
pub fn duplicate_groups(n: usize, pairs: &[DupPair]) -> Vec<Vec<usize>> {
    let mut uf = UnionFind::new(n);
    for p in pairs {
        uf.union(p.a, p.b);
    }
    let mut groups: HashMap<usize, Vec<usize>> = HashMap::new();
    for i in 0..n {
        groups.entry(uf.find(i)).or_default().push(i);
    }
    let mut out: Vec<Vec<usize>> = groups.into_values().filter(|g| g.len() > 1).collect();
    out.sort_by_key(|g| g[0]);
    out
}

/// Disjoint sets with path halving and union by size.
#[derive(Debug, Clone)]
pub(crate) struct UnionFind {
    parent: Vec<usize>,
    size: Vec<usize>,
}

impl UnionFind {
    pub(crate) fn new(n: usize) -> Self {
        UnionFind {
            parent: (0..n).collect(),
            size: vec![1; n],
        }
    }

    pub(crate) fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    pub(crate) fn union(&mut self, a: usize, b: usize) {
        let (mut ra, mut rb) = (self.find(a), self.find(b));
        if ra == rb {
            return;
        }
        if self.size[ra] < self.size[rb] {
            std::mem::swap(&mut ra, &mut rb);
        }
        self.parent[rb] = ra;
        self.size[ra] += self.size[rb];
    }
}
