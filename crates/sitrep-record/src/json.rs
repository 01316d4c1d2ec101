//! A record's JSON line written straight into a byte buffer.
//!
//! The bytes are exactly what `serde_json::to_string(&record)` gives (tests
//! compare the two on records of every shape and on every escaped byte); this
//! writer only skips serde's generic machinery. Records are about 25 KB of
//! JSON, most of it span texts, and `serde_json` escapes strings a byte at a
//! time through a table: that and the per-field dispatch were about a tenth
//! of `sitrep extract`'s instructions (docs/log/benchmarks-sessions-1-51.md, session 5). Here a
//! string is scanned sixteen bytes at a time (eight for a short one) for the
//! few bytes JSON escapes, and the runs between them are copied whole.
//!
//! Every struct is taken apart with an exhaustive pattern, so a field added to
//! a record type fails to compile here until it is written.

use crate::{
    ActorRecord, ClaimRecord, DocMeta, EventRecord, Framing, LoadedTerm, Record, Span, Speaker, Via,
};

impl Record {
    /// Appends the record's JSON (no newline) to `out`: the same bytes as
    /// `serde_json::to_string(self)`.
    pub fn write_json(&self, out: &mut Vec<u8>) {
        let Record {
            schema,
            doc,
            actors,
            events,
            claims,
            framing,
        } = self;
        out.extend_from_slice(b"{\"schema\":");
        write_str(out, schema);
        out.extend_from_slice(b",\"doc\":");
        write_doc(out, doc);
        out.extend_from_slice(b",\"actors\":");
        write_list(out, actors, write_actor);
        out.extend_from_slice(b",\"events\":");
        write_list(out, events, write_event);
        out.extend_from_slice(b",\"claims\":");
        write_list(out, claims, write_claim);
        out.extend_from_slice(b",\"framing\":");
        write_framing(out, framing);
        out.push(b'}');
    }
}

fn write_doc(out: &mut Vec<u8>, doc: &DocMeta) {
    let DocMeta {
        id,
        uri,
        title,
        outlet,
        published,
        language,
        chars,
        text,
    } = doc;
    out.extend_from_slice(b"{\"id\":");
    write_str(out, id);
    out.extend_from_slice(b",\"uri\":");
    write_str(out, uri);
    out.extend_from_slice(b",\"title\":");
    write_opt_str(out, title.as_deref());
    out.extend_from_slice(b",\"outlet\":");
    write_opt_str(out, outlet.as_deref());
    out.extend_from_slice(b",\"published\":");
    write_opt_str(out, published.as_deref());
    out.extend_from_slice(b",\"language\":");
    write_opt_str(out, language.as_deref());
    out.extend_from_slice(b",\"chars\":");
    write_usize(out, *chars);
    if let Some(text) = text {
        out.extend_from_slice(b",\"text\":");
        write_str(out, text);
    }
    out.push(b'}');
}

fn write_actor(out: &mut Vec<u8>, actor: &ActorRecord) {
    let ActorRecord {
        id,
        name,
        kind,
        country,
        sector,
        role,
        mentions,
    } = actor;
    out.extend_from_slice(b"{\"id\":");
    write_str(out, id);
    out.extend_from_slice(b",\"name\":");
    write_str(out, name);
    out.extend_from_slice(b",\"kind\":");
    write_name(out, kind.as_str());
    out.extend_from_slice(b",\"country\":");
    write_opt_str(out, country.as_deref());
    if let Some(sector) = sector {
        out.extend_from_slice(b",\"sector\":");
        write_str(out, sector);
    }
    if let Some(role) = role {
        out.extend_from_slice(b",\"role\":");
        write_str(out, role);
    }
    out.extend_from_slice(b",\"mentions\":");
    write_list(out, mentions, write_span);
    out.push(b'}');
}

fn write_event(out: &mut Vec<u8>, event: &EventRecord) {
    let EventRecord {
        id,
        event_type,
        mode,
        source,
        target,
        trigger,
        sentence,
        modality,
        claim,
        place,
    } = event;
    out.extend_from_slice(b"{\"id\":");
    write_str(out, id);
    out.extend_from_slice(b",\"type\":");
    write_name(out, event_type.as_str());
    if let Some(mode) = mode {
        out.extend_from_slice(b",\"mode\":");
        write_str(out, mode);
    }
    out.extend_from_slice(b",\"source\":");
    write_list(out, source, |out, s| write_str(out, s));
    out.extend_from_slice(b",\"target\":");
    write_list(out, target, |out, s| write_str(out, s));
    out.extend_from_slice(b",\"trigger\":");
    write_span(out, trigger);
    out.extend_from_slice(b",\"sentence\":");
    write_span(out, sentence);
    out.extend_from_slice(b",\"modality\":");
    write_name(out, modality.as_str());
    if let Some(claim) = claim {
        out.extend_from_slice(b",\"claim\":");
        write_str(out, claim);
    }
    if !place.is_empty() {
        out.extend_from_slice(b",\"place\":");
        write_list(out, place, |out, s| write_str(out, s));
    }
    out.push(b'}');
}

fn write_claim(out: &mut Vec<u8>, claim: &ClaimRecord) {
    let ClaimRecord {
        id,
        speaker,
        cue,
        content,
        stance,
        hedged,
        audience,
        via,
    } = claim;
    out.extend_from_slice(b"{\"id\":");
    write_str(out, id);
    out.extend_from_slice(b",\"speaker\":");
    write_speaker(out, speaker);
    out.extend_from_slice(b",\"cue\":");
    write_span(out, cue);
    out.extend_from_slice(b",\"content\":");
    write_span(out, content);
    out.extend_from_slice(b",\"stance\":");
    write_name(out, stance.as_str());
    out.extend_from_slice(if *hedged {
        b",\"hedged\":true"
    } else {
        b",\"hedged\":false"
    });
    if let Some(audience) = audience {
        out.extend_from_slice(b",\"audience\":");
        write_str(out, audience);
    }
    out.extend_from_slice(b",\"via\":");
    write_list(out, via, write_via);
    out.push(b'}');
}

fn write_speaker(out: &mut Vec<u8>, speaker: &Speaker) {
    let Speaker { actor, text, span } = speaker;
    out.extend_from_slice(b"{\"actor\":");
    write_opt_str(out, actor.as_deref());
    out.extend_from_slice(b",\"text\":");
    write_opt_str(out, text.as_deref());
    out.extend_from_slice(b",\"span\":");
    match span {
        Some(span) => write_span(out, span),
        None => out.extend_from_slice(b"null"),
    }
    out.push(b'}');
}

fn write_via(out: &mut Vec<u8>, via: &Via) {
    let Via { actor, text, role } = via;
    out.extend_from_slice(b"{\"actor\":");
    write_opt_str(out, actor.as_deref());
    out.extend_from_slice(b",\"text\":");
    write_str(out, text);
    out.extend_from_slice(b",\"role\":");
    write_name(out, role.as_str());
    out.push(b'}');
}

fn write_framing(out: &mut Vec<u8>, framing: &Framing) {
    let Framing {
        loaded,
        opinion_share,
        attributed_share,
    } = framing;
    out.extend_from_slice(b"{\"loaded\":");
    write_list(out, loaded, write_loaded);
    out.extend_from_slice(b",\"opinion_share\":");
    write_f64(out, *opinion_share);
    out.extend_from_slice(b",\"attributed_share\":");
    write_f64(out, *attributed_share);
    out.push(b'}');
}

fn write_loaded(out: &mut Vec<u8>, term: &LoadedTerm) {
    let LoadedTerm {
        term,
        category,
        span,
    } = term;
    out.extend_from_slice(b"{\"term\":");
    write_str(out, term);
    out.extend_from_slice(b",\"category\":");
    write_str(out, category);
    out.extend_from_slice(b",\"span\":");
    write_span(out, span);
    out.push(b'}');
}

fn write_span(out: &mut Vec<u8>, span: &Span) {
    let Span { start, end, text } = span;
    match (u64::try_from(*start), u64::try_from(*end)) {
        (Ok(start), Ok(end)) if start < 100_000_000 && end < 100_000_000 => {
            write_span_head(out, start, end);
        }
        _ => {
            out.extend_from_slice(b"{\"start\":");
            write_usize(out, *start);
            out.extend_from_slice(b",\"end\":");
            write_usize(out, *end);
            out.extend_from_slice(b",\"text\":");
        }
    }
    write_str(out, text);
    out.push(b'}');
}

/// A span's `{"start":S,"end":E,"text":` for offsets below 10^8 (every
/// span of a text under 100 MB), made in a fixed block on the stack and
/// appended as one copy of the whole block, the unused tail cut off again.
///
/// About 90,000 spans in 500 documents: written piece by piece (three
/// constant keys and two numbers, each appended with its own length and
/// capacity test) the head cost about 150 instructions a span.
#[inline]
fn write_span_head(out: &mut Vec<u8>, start: u64, end: u64) {
    const START: &[u8; 9] = b"{\"start\":";
    /// `,"end":` and one byte more, overwritten by the number after it.
    const END: &[u8; 8] = b",\"end\":_";
    const TEXT: &[u8; 8] = b",\"text\":";
    /// The longest head: 9 + 8 + 7 + 8 + 8 bytes.
    const ROOM: usize = 40;
    let mut block = [0u8; ROOM];
    block[..9].copy_from_slice(START);
    let (digits, len) = eight_digits(start);
    block[9..17].copy_from_slice(&digits.to_le_bytes());
    let at = 9 + len;
    block[at..at + 8].copy_from_slice(END);
    let (digits, len) = eight_digits(end);
    let at = at + 7;
    block[at..at + 8].copy_from_slice(&digits.to_le_bytes());
    let at = at + len;
    block[at..at + 8].copy_from_slice(TEXT);
    let head_len = at + 8;
    let from = out.len();
    out.extend_from_slice(&block);
    out.truncate(from + head_len);
}

fn write_list<T>(out: &mut Vec<u8>, items: &[T], write: impl Fn(&mut Vec<u8>, &T)) {
    out.push(b'[');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        write(out, item);
    }
    out.push(b']');
}

/// One of the contract's fixed names (an enum's `as_str`), quoted as it is:
/// none holds a byte JSON escapes (the record tests write every variant and
/// compare with serde_json), so the escape scan is skipped.
fn write_name(out: &mut Vec<u8>, name: &'static str) {
    debug_assert!(!name.bytes().any(needs_escape), "{name:?}");
    out.reserve(name.len() + 2);
    out.push(b'"');
    out.extend_from_slice(name.as_bytes());
    out.push(b'"');
}

fn write_opt_str(out: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => write_str(out, s),
        None => out.extend_from_slice(b"null"),
    }
}

/// `n` in decimal. Span offsets are most of the numbers written (two a
/// span) and all below 10^8 but in texts of over 100 MB: their eight digit
/// places are made at once in one word and stored as eight bytes, of which
/// the leading zeros are cut off again by the length. Formatting into a
/// buffer and copying its variable-length tail (a `memcpy` call) cost
/// twice as much.
fn write_usize(out: &mut Vec<u8>, n: usize) {
    match u64::try_from(n) {
        Ok(small) if small < 100_000_000 => {
            let (digits, len) = eight_digits(small);
            let at = out.len();
            out.extend_from_slice(&digits.to_le_bytes());
            out.truncate(at + len);
        }
        _ => out.extend_from_slice(itoa::Buffer::new().format(n).as_bytes()),
    }
}

/// The decimal digits of `n` (below 10^8) as ASCII bytes of a
/// little-endian word, most significant first, and how many there are.
///
/// Each step splits every lane of the word in two at once: the number into
/// two halves of four digits (32-bit lanes), each half into two pairs
/// (16-bit lanes), each pair into two digits (bytes). A lane is divided by
/// multiplying with a rounded-up reciprocal and shifting, exact for the
/// lane's range (the tests check every value up to 10^6 and the edges).
#[inline]
fn eight_digits(n: u64) -> (u64, usize) {
    debug_assert!(n < 100_000_000);
    // First four digits in the low lane, last four in the high one.
    let halves = (n / 10_000) | ((n % 10_000) << 32);
    // v / 100 as v * 10486 >> 20 for v < 10^4.
    let hundreds = ((halves * 10_486) >> 20) & 0x0000_007F_0000_007F;
    let pairs = hundreds | ((halves - hundreds * 100) << 16);
    // v / 10 as v * 103 >> 10 for v < 100.
    let tens = ((pairs * 103) >> 10) & 0x000F_000F_000F_000F;
    let digits = tens | ((pairs - tens * 10) << 8);
    // Leading zeros are the low bytes that are zero (at least one digit).
    let zeros = ((digits.trailing_zeros() / 8) as usize).min(7);
    let ascii = (digits | 0x3030_3030_3030_3030) >> (8 * zeros);
    (ascii, 8 - zeros)
}

/// Two per record: serde_json's own float formatting keeps the digits (and
/// `null` for a non-finite value) exactly as before.
fn write_f64(out: &mut Vec<u8>, x: f64) {
    serde_json::to_writer(&mut *out, &x).expect("writing to a Vec cannot fail");
}

const LOW_BITS: u64 = 0x0101_0101_0101_0101;
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// A word whose high bit is set in the lowest byte of `w` that JSON escapes
/// (`"`, `\` or a control character below 0x20), if there is one; bits above
/// that byte may be set spuriously (borrows), so only the lowest one counts.
#[inline]
fn escape_bits(w: u64) -> u64 {
    let zero_byte = |x: u64| x.wrapping_sub(LOW_BITS) & !x & HIGH_BITS;
    let control = w.wrapping_sub(LOW_BITS * 0x20) & !w & HIGH_BITS;
    control
        | zero_byte(w ^ (LOW_BITS * u64::from(b'"')))
        | zero_byte(w ^ (LOW_BITS * u64::from(b'\\')))
}

#[inline]
fn needs_escape(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

/// `s` as a JSON string, escaped as serde_json escapes it: `\"`, `\\`, the
/// short forms `\b \t \n \f \r`, `\u00xx` (lower-case hex) for the other
/// control characters, everything else (0x7f and all non-ASCII) as is.
///
/// The paths for strings of at most sixteen bytes without an escape (ids,
/// codes, names: two strings in three) are inlined into the callers; the
/// call, and the registers the general path saves and restores, cost more
/// than writing such a string.
#[inline]
pub fn write_str(out: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    match bytes.len() {
        1..=3 if write_tiny_unescaped(out, bytes) => {}
        4..=16 if write_short_unescaped(out, bytes) => {}
        _ => write_str_general(out, bytes),
    }
}

/// [`write_str`] for strings that are empty, longer than sixteen bytes,
/// or hold a byte to escape.
#[inline(never)]
fn write_str_general(out: &mut Vec<u8>, bytes: &[u8]) {
    if (17..=32).contains(&bytes.len()) && write_two_blocks_unescaped(out, bytes) {
        return;
    }
    out.reserve(bytes.len() + 2);
    out.push(b'"');
    let mut copied = 0;
    loop {
        let i = next_escape(bytes, copied);
        if i >= bytes.len() {
            break;
        }
        out.extend_from_slice(&bytes[copied..i]);
        write_escape(out, bytes[i]);
        copied = i + 1;
    }
    out.extend_from_slice(&bytes[copied..]);
    out.push(b'"');
}

/// `bytes` (1 to 3 of them: ids such as "c1", "e12", country codes)
/// quoted, when none needs escaping; `false`, with nothing written,
/// otherwise. The string is placed into a run of quote marks, appended
/// whole and cut to length, as [`write_short_unescaped`] does.
#[inline]
fn write_tiny_unescaped(out: &mut Vec<u8>, bytes: &[u8]) -> bool {
    let n = bytes.len();
    debug_assert!((1..=3).contains(&n));
    let mut quoted = [b'"'; 8];
    let mut escapes = false;
    for (k, &b) in bytes.iter().enumerate().take(3) {
        escapes |= needs_escape(b);
        quoted[1 + k] = b;
    }
    if escapes {
        return false;
    }
    let at = out.len();
    out.extend_from_slice(&quoted);
    out.truncate(at + n + 2);
    true
}

/// `bytes` (4 to 16 of them) quoted, when none needs escaping; `false`,
/// with nothing written, otherwise.
///
/// Ids, names, mention and cue texts are most of the strings written and
/// mostly this short: the general path's `memcpy` call, its two pushes and
/// its escape loop cost more than the copy itself. Here the string is read
/// as two overlapping words (halves of a word under eight bytes), tested
/// for escapes in one step and stored as those same two words into a run
/// of quote marks made for it: the one before the words and the one left
/// right after them are the string's quotes, and the rest is cut off again.
#[inline]
fn write_short_unescaped(out: &mut Vec<u8>, bytes: &[u8]) -> bool {
    /// Room for the longest string handled here and its two quotes.
    const ROOM: usize = 18;
    let n = bytes.len();
    debug_assert!((4..=16).contains(&n));
    let word_at = |at: usize| u64::from_le_bytes(bytes[at..at + 8].try_into().expect("eight"));
    let half_at = |at: usize| u32::from_le_bytes(bytes[at..at + 4].try_into().expect("four"));
    let at = out.len();
    if n >= 8 {
        let (head, tail) = (word_at(0), word_at(n - 8));
        if escape_bits(head) | escape_bits(tail) != 0 {
            return false;
        }
        out.extend_from_slice(&[b'"'; ROOM]);
        out[at + 1..at + 9].copy_from_slice(&head.to_le_bytes());
        out[at + 1 + n - 8..at + 1 + n].copy_from_slice(&tail.to_le_bytes());
    } else {
        let (head, tail) = (half_at(0), half_at(n - 4));
        // Both halves in one word: no zero padding, which would read as
        // control characters.
        if escape_bits(u64::from(head) | (u64::from(tail) << 32)) != 0 {
            return false;
        }
        out.extend_from_slice(&[b'"'; ROOM]);
        out[at + 1..at + 5].copy_from_slice(&head.to_le_bytes());
        out[at + 1 + n - 4..at + 1 + n].copy_from_slice(&tail.to_le_bytes());
    }
    out.truncate(at + n + 2);
    true
}

/// [`write_short_unescaped`] for 17 to 32 bytes (mention texts, triggers,
/// cues, roles): two overlapping sixteen-byte blocks, tested with
/// [`escape_mask`].
#[inline]
fn write_two_blocks_unescaped(out: &mut Vec<u8>, bytes: &[u8]) -> bool {
    const ROOM: usize = 34;
    let n = bytes.len();
    debug_assert!((17..=32).contains(&n));
    let head: &[u8; ESCAPE_BLOCK] = bytes[..ESCAPE_BLOCK].try_into().expect("a block");
    let tail: &[u8; ESCAPE_BLOCK] = bytes[n - ESCAPE_BLOCK..].try_into().expect("a block");
    if escape_mask(head) | escape_mask(tail) != 0 {
        return false;
    }
    let at = out.len();
    out.extend_from_slice(&[b'"'; ROOM]);
    out[at + 1..at + 1 + ESCAPE_BLOCK].copy_from_slice(head);
    out[at + 1 + n - ESCAPE_BLOCK..at + 1 + n].copy_from_slice(tail);
    out.truncate(at + n + 2);
    true
}

/// Bytes tested at once by [`escape_mask`].
const ESCAPE_BLOCK: usize = 16;

/// Bit `k` set when byte `k` of `block` is one JSON escapes: three byte
/// compares of the sixteen bytes at once and one move of the byte mask
/// (SSE2, which every x86-64 processor has). A plain loop over the bytes is
/// not turned into these by the compiler and cost more than the word test.
#[cfg(target_arch = "x86_64")]
#[inline]
fn escape_mask(block: &[u8; ESCAPE_BLOCK]) -> u32 {
    use std::arch::x86_64::{
        _mm_cmpeq_epi8, _mm_min_epu8, _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8,
        _mm_set_epi64x,
    };
    let half = |at: usize| i64::from_le_bytes(block[at..at + 8].try_into().expect("eight bytes"));
    // SAFETY: these intrinsics need SSE2 and nothing else (no memory is
    // read through a pointer), and SSE2 is part of every x86-64 target.
    unsafe {
        let v = _mm_set_epi64x(half(8), half(0));
        // Unsigned `b < 0x20` as `min(b, 0x1f) == b`.
        let control = _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1f)), v);
        let quote = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'"' as i8));
        let backslash = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'\\' as i8));
        _mm_movemask_epi8(_mm_or_si128(control, _mm_or_si128(quote, backslash))) as u32
    }
}

/// [`escape_mask`] elsewhere, a byte at a time.
#[cfg(not(target_arch = "x86_64"))]
#[inline]
fn escape_mask(block: &[u8; ESCAPE_BLOCK]) -> u32 {
    let mut mask = 0u32;
    for (k, &b) in block.iter().enumerate() {
        mask |= u32::from(needs_escape(b)) << k;
    }
    mask
}

/// The first byte at or after `from` that JSON escapes, or `bytes.len()`.
#[inline]
fn next_escape(bytes: &[u8], from: usize) -> usize {
    let n = bytes.len();
    let block_at = |at: usize| -> &[u8; ESCAPE_BLOCK] {
        bytes[at..at + ESCAPE_BLOCK]
            .try_into()
            .expect("a whole block")
    };
    if n >= ESCAPE_BLOCK {
        // Span texts (sentences, quotes) are most of the bytes written and
        // rarely hold a byte to escape: sixteen bytes a step, the position
        // of the first escape read off the mask.
        let mut i = from;
        while i + ESCAPE_BLOCK <= n {
            let mask = escape_mask(block_at(i));
            if mask != 0 {
                return i + mask.trailing_zeros() as usize;
            }
            i += ESCAPE_BLOCK;
        }
        if i >= n {
            return n;
        }
        // The last bytes as the end of the string's last sixteen, the bits
        // of the bytes before `i` (checked already) shifted out.
        let last = n - ESCAPE_BLOCK;
        let mask = escape_mask(block_at(last)) >> (i - last);
        return if mask == 0 {
            n
        } else {
            i + mask.trailing_zeros() as usize
        };
    }
    // Shorter than a block: at most one word, then the last bytes.
    let word_at =
        |at: usize| u64::from_le_bytes(bytes[at..at + 8].try_into().expect("eight bytes"));
    let mut i = from;
    while i + 8 <= n {
        let bits = escape_bits(word_at(i));
        if bits != 0 {
            return i + (bits.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    if i >= n {
        return n;
    }
    if n >= 8 {
        // The last one to seven bytes as the end of the string's last eight
        // (a byte loop here was a third of the function's instructions).
        // The bytes before `i` in that word are replaced by a letter: they
        // were checked already, and one may be the escape just written,
        // which would be found again (an index before `i`, below what was
        // copied) and whose borrow would disturb the byte after it.
        let checked = 8 - (n - i);
        let unchecked = !0u64 << (8 * checked);
        let word = (word_at(n - 8) & unchecked) | ((LOW_BITS * u64::from(b'a')) & !unchecked);
        let bits = escape_bits(word);
        return if bits == 0 {
            n
        } else {
            n - 8 + (bits.trailing_zeros() / 8) as usize
        };
    }
    if from == 0 && n >= 4 {
        // A string of four to seven bytes as its first four and its last
        // four bytes in one word: an escape's borrow only reaches bytes
        // above it, so the lowest flagged byte is the first escape.
        let half_at = |at: usize| {
            u64::from(u32::from_le_bytes(
                bytes[at..at + 4].try_into().expect("four bytes"),
            ))
        };
        let bits = escape_bits(half_at(0) | (half_at(n - 4) << 32));
        if bits == 0 {
            return n;
        }
        let k = (bits.trailing_zeros() / 8) as usize;
        return if k < 4 { k } else { n - 4 + (k - 4) };
    }
    // A short string after an escape, or shorter than four bytes.
    while i < n && !needs_escape(bytes[i]) {
        i += 1;
    }
    i
}

fn write_escape(out: &mut Vec<u8>, b: u8) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    match b {
        b'"' => out.extend_from_slice(b"\\\""),
        b'\\' => out.extend_from_slice(b"\\\\"),
        0x08 => out.extend_from_slice(b"\\b"),
        0x09 => out.extend_from_slice(b"\\t"),
        0x0a => out.extend_from_slice(b"\\n"),
        0x0c => out.extend_from_slice(b"\\f"),
        0x0d => out.extend_from_slice(b"\\r"),
        _ => out.extend_from_slice(&[
            b'\\',
            b'u',
            b'0',
            b'0',
            HEX[usize::from(b >> 4)],
            HEX[usize::from(b & 0xf)],
        ]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{ActorKind, EventType, Modality, Stance, ViaRole, SCHEMA};
    use sitrep_testkit::TestRng;

    #[test]
    fn numbers_are_written_as_itoa_writes_them() {
        // Into a buffer with room to spare and into one that must grow.
        let check = |n: usize| {
            for room in [32, 1] {
                let mut out = Vec::with_capacity(room);
                out.push(b'x');
                write_usize(&mut out, n);
                assert_eq!(&out[1..], itoa::Buffer::new().format(n).as_bytes(), "{n}");
            }
        };
        (0..1_000_000).for_each(check);
        let mut x = 0x9E37_79B9_7F4A_7C15u64;
        for _ in 0..100_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            check((x % 100_000_000) as usize);
        }
        for n in [
            99_999_999,
            100_000_000,
            100_000_001,
            10_000_000,
            9_999_999,
            12_340_000,
            10_000_001,
            usize::MAX,
        ] {
            check(n);
        }
    }

    /// Strings of 4 to 32 bytes take a short path when nothing in them
    /// is escaped: with and without an escape at every position, after
    /// other output (the quotes and the cut must land at the end).
    #[test]
    fn short_strings_are_written_as_serde_json_writes_them() {
        for len in 0..=36 {
            let plain: String = (0..len)
                .map(|i| char::from(b'a' + (i % 26) as u8))
                .collect();
            let expected = format!("[1,{}", serde_json::to_string(&plain).unwrap());
            for room in [64, 3] {
                let mut out = Vec::with_capacity(room);
                out.extend_from_slice(b"[1,");
                write_str(&mut out, &plain);
                assert_eq!(String::from_utf8(out).unwrap(), expected);
            }
            for at in 0..len {
                for escaped in ['"', '\\', '\n', '\u{0}', '\u{1f}'] {
                    let mut s: Vec<char> = plain.chars().collect();
                    s[at] = escaped;
                    let s: String = s.into_iter().collect();
                    let expected = serde_json::to_string(&s).unwrap();
                    assert_eq!(written_with_room(&s), expected, "{s:?}");
                    assert_eq!(written(&s), expected, "{s:?}");
                }
            }
        }
        // Multi-byte characters and DEL are written as they are.
        for s in ["Zoë Ünal", "Łódź—Kraków", "\u{7f}abc", "naïve café 😀"] {
            assert_eq!(written_with_room(s), serde_json::to_string(s).unwrap());
        }
        let mut room = Vec::with_capacity(64);
        assert!(!write_short_unescaped(&mut room, b"ab\"cd"));
        assert!(!write_two_blocks_unescaped(
            &mut room,
            b"seventeen bytes\\x"
        ));
        assert!(room.is_empty());
        assert!(write_short_unescaped(&mut room, b"abcd"));
        assert_eq!(room, b"\"abcd\"");
        assert!(write_two_blocks_unescaped(&mut room, b"seventeen bytes!!"));
        assert_eq!(room, b"\"abcd\"\"seventeen bytes!!\"");
    }

    /// `s` written after other output into a buffer with room to spare, so
    /// the short paths are taken where they apply.
    fn written_with_room(s: &str) -> String {
        let mut out = Vec::with_capacity(s.len() + 64);
        out.push(b'[');
        write_str(&mut out, s);
        String::from_utf8(out[1..].to_vec()).expect("valid UTF-8")
    }

    fn written(s: &str) -> String {
        let mut out = Vec::new();
        write_str(&mut out, s);
        String::from_utf8(out).expect("valid UTF-8")
    }

    /// A span's head is made in one block for offsets below 10^8 and
    /// piece by piece above: both as serde_json writes it, at every digit
    /// count of either offset.
    #[test]
    fn spans_are_written_as_serde_json_writes_them() {
        let offsets = [
            0,
            7,
            10,
            99,
            100,
            4_321,
            65_536,
            9_999_999,
            10_000_000,
            99_999_999,
            100_000_000,
            123_456_789_012,
            usize::MAX,
        ];
        for start in offsets {
            for end in offsets {
                for text in ["", "a", "said", "the \"regime\" fell\n", "Zoë"] {
                    let span = Span {
                        start,
                        end,
                        text: text.into(),
                    };
                    let mut out = b"[1,".to_vec();
                    write_span(&mut out, &span);
                    let expected = format!("[1,{}", serde_json::to_string(&span).unwrap());
                    assert_eq!(String::from_utf8(out).unwrap(), expected);
                }
            }
        }
    }

    #[test]
    fn every_ascii_byte_is_escaped_as_serde_json_escapes_it() {
        // Each byte alone, and at every position of a string long enough for
        // the word scan, with another escaped byte later in the same word.
        for b in 0u8..0x80 {
            let c = char::from(b);
            let alone = c.to_string();
            assert_eq!(written(&alone), serde_json::to_string(&alone).unwrap());
            for at in 0..20 {
                let mut s: String = "abcdefghijklmnopqrst".chars().take(at).collect();
                s.push(c);
                s.push_str("xy\"z\u{1}é-tail");
                assert_eq!(
                    written(&s),
                    serde_json::to_string(&s).unwrap(),
                    "{b:#x} at {at}"
                );
            }
        }
    }

    /// An escaped byte, and the byte after it, at every position of strings
    /// of one to three words: the last bytes are tested as the end of the
    /// string's last word, where an escape just written must not disturb
    /// the test of the byte after it (`#` after `"` and `]` after `\\` are
    /// one above them; the word test subtracts).
    #[test]
    fn escapes_in_the_last_word_are_found_once_each() {
        for escaped in ['"', '\\', '\n', '\u{1}', '\u{1f}'] {
            let one_above = char::from(escaped as u8 + 1);
            for next in [one_above, 'a', '"', '\u{0}', 'é'] {
                for len in 1..=24 {
                    for at in 0..len {
                        let mut s: String = "q".repeat(at);
                        s.push(escaped);
                        if at + 1 < len {
                            s.push(next);
                        }
                        while s.chars().count() < len {
                            s.push('q');
                        }
                        assert_eq!(written(&s), serde_json::to_string(&s).unwrap(), "{s:?}");
                    }
                }
            }
        }
    }

    /// Strings of several 32-byte blocks with one escaped byte at every
    /// position (and some with none): an escape inside a block, at its
    /// edges, or in the bytes after the last whole block is found and
    /// written once, and a clean block is copied as it is.
    #[test]
    fn escapes_in_and_after_whole_blocks_are_written_once() {
        for escaped in ['"', '\\', '\n', '\u{1}', '\u{1f}'] {
            for len in [15, 16, 17, 31, 32, 33, 47, 100] {
                let clean: String = (0..len)
                    .map(|k| if k % 7 == 3 { 'é' } else { 'q' })
                    .collect();
                assert_eq!(written(&clean), serde_json::to_string(&clean).unwrap());
                for at in 0..len {
                    let s: String = (0..len)
                        .map(|k| if k == at { escaped } else { 'q' })
                        .collect();
                    assert_eq!(written(&s), serde_json::to_string(&s).unwrap(), "{s:?}");
                    let twice = format!("{s}{s}");
                    assert_eq!(written(&twice), serde_json::to_string(&twice).unwrap());
                }
            }
        }
    }

    #[test]
    fn escape_mask_flags_exactly_the_bytes_json_escapes() {
        for b in 0u8..=255 {
            for at in 0..ESCAPE_BLOCK {
                let mut block = [b'q'; ESCAPE_BLOCK];
                block[at] = b;
                let expected = if needs_escape(b) { 1 << at } else { 0 };
                assert_eq!(escape_mask(&block), expected, "{b:#x} at {at}");
                // With an escape at the end as well, the lowest bit is still `at`'s.
                block[ESCAPE_BLOCK - 1] = b'"';
                let lowest = escape_mask(&block).trailing_zeros() as usize;
                let first = if needs_escape(b) {
                    at
                } else {
                    ESCAPE_BLOCK - 1
                };
                assert_eq!(lowest, first, "{b:#x} at {at}");
            }
        }
    }

    #[test]
    fn random_strings_are_escaped_as_serde_json_escapes_them() {
        // Mostly plain letters, with quotes, backslashes, control characters,
        // DEL and multi-byte characters sprinkled in at random places.
        let pieces = [
            "a", "Z", " ", "\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1f}", "\u{7f}", "é", "—",
            "\u{2028}", "😀", "\u{8}", "\u{c}", "!", "/",
        ];
        let mut rng = TestRng(0x5eed_0f15_0000_u64);
        for _ in 0..3000 {
            let len = rng.below(40);
            let s: String = (0..len)
                .map(|_| {
                    if rng.below(4) == 0 {
                        pieces[rng.below(pieces.len())]
                    } else {
                        "q"
                    }
                })
                .collect();
            assert_eq!(written(&s), serde_json::to_string(&s).unwrap());
        }
    }

    fn span(text: &str, start: usize, end: usize) -> Span {
        Span::of(text, start, end)
    }

    /// Records of every shape: each optional field present and absent, empty
    /// and full lists, every enum variant, awkward floats.
    fn records() -> Vec<Record> {
        let text = "Iran's \"envoy\" said\tno.\nC:\\path — «ok» \u{1}";
        let full_doc = DocMeta {
            id: "0123456789abcdef0123456789abcdef".into(),
            uri: "in.jsonl:3".into(),
            title: Some("A \"title\"".into()),
            outlet: Some("Outlet".into()),
            published: Some("2024-05-01".into()),
            language: Some("en".into()),
            chars: text.chars().count(),
            text: Some(text.into()),
        };
        let bare_doc = DocMeta {
            title: None,
            outlet: None,
            published: None,
            language: None,
            text: None,
            chars: 0,
            ..full_doc.clone()
        };
        let actors: Vec<ActorRecord> = ActorKind::ALL
            .into_iter()
            .enumerate()
            .map(|(i, kind)| ActorRecord {
                id: format!("A{i}"),
                name: "Iran".into(),
                kind,
                country: (i % 2 == 0).then(|| "IRN".into()),
                sector: (i % 3 == 0).then(|| "GOV".into()),
                role: (i % 4 == 1).then(|| "envoy".into()),
                mentions: (0..i % 3).map(|_| span(text, 0, 4)).collect(),
            })
            .collect();
        let modalities = [
            Modality::Asserted,
            Modality::Attributed,
            Modality::Hypothetical,
            Modality::Future,
            Modality::Negated,
        ];
        let events: Vec<EventRecord> = EventType::ALL
            .into_iter()
            .enumerate()
            .map(|(i, event_type)| EventRecord {
                id: crate::numbered_id('e', i),
                event_type,
                mode: (i % 2 == 1).then(|| "verbal".into()),
                source: (0..i % 3).map(|k| format!("S{k}")).collect(),
                target: (0..i % 2).map(|k| format!("T{k}")).collect(),
                trigger: span(text, 15, 19),
                sentence: span(text, 0, 24),
                modality: modalities[i % modalities.len()],
                claim: (i % 3 == 2).then(|| "c0".into()),
                place: (0..i % 4).map(|k| format!("P{k}")).collect(),
            })
            .collect();
        let roles = [ViaRole::First, ViaRole::Relay, ViaRole::AccordingTo];
        let claims: Vec<ClaimRecord> = (0..6)
            .map(|i| ClaimRecord {
                id: crate::numbered_id('c', i),
                speaker: Speaker {
                    actor: (i % 2 == 0).then(|| "IRN".into()),
                    text: (i % 3 != 0).then(|| "Iran's \"envoy\"".into()),
                    span: (i % 3 != 0).then(|| span(text, 0, 14)),
                },
                cue: span(text, 15, 19),
                content: span(text, 19, 40),
                stance: if i % 2 == 0 {
                    Stance::Assert
                } else {
                    Stance::Deny
                },
                hedged: i % 3 == 1,
                audience: (i % 4 == 3).then(|| "reporters".into()),
                via: (0..i % 4)
                    .map(|k| Via {
                        actor: (k % 2 == 0).then(|| "IRN".into()),
                        text: "the envoy".into(),
                        role: roles[k % roles.len()],
                    })
                    .collect(),
            })
            .collect();
        let framing = |loaded: Vec<LoadedTerm>, opinion_share, attributed_share| Framing {
            loaded,
            opinion_share,
            attributed_share,
        };
        let loaded = vec![LoadedTerm {
            term: "regime".into(),
            category: "pejorative".into(),
            span: span(text, 7, 14),
        }];
        let mut out = vec![Record {
            schema: SCHEMA.into(),
            doc: full_doc,
            actors,
            events,
            claims,
            framing: framing(loaded, 1.0 / 3.0, 0.25),
        }];
        for (opinion, attributed) in [
            (0.0, 1.0),
            (1e-7, 0.1 + 0.2),
            (f64::NAN, f64::INFINITY),
            (-0.0, 123456789.125),
        ] {
            out.push(Record {
                schema: SCHEMA.into(),
                doc: bare_doc.clone(),
                actors: Vec::new(),
                events: Vec::new(),
                claims: Vec::new(),
                framing: framing(Vec::new(), opinion, attributed),
            });
        }
        out
    }

    #[test]
    fn records_are_written_as_serde_json_writes_them() {
        for record in records() {
            let mut out = Vec::new();
            record.write_json(&mut out);
            assert_eq!(
                String::from_utf8(out).unwrap(),
                serde_json::to_string(&record).unwrap()
            );
        }
    }
}
