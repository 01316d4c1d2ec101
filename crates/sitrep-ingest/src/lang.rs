//! Language identification (ISO 639-1 codes, as `doc.language` requires).
//!
//! `whatlang` (trigram and script models for 69 languages) decides when its
//! answer is reliable; otherwise a share-of-English-function-words test
//! recognises English in short or headline-heavy texts, where trigram
//! statistics are thin. Anything still undecided is unknown (`None`).

use whatlang::Lang;

/// Only this much of a document is looked at: enough for a stable answer,
/// cheap for long texts.
const SAMPLE_BYTES: usize = 4096;

/// The language of `text` as an ISO 639-1 code, or `None` when unknown.
pub fn identify(text: &str) -> Option<String> {
    let mut end = text.len().min(SAMPLE_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let sample = &text[..end];
    if let Some(info) = whatlang::detect(sample) {
        if info.is_reliable() {
            if let Some(code) = iso639_1(info.lang()) {
                return Some(code.to_string());
            }
        }
    }
    looks_english(sample).then(|| "en".to_string())
}

/// A declared language (`en`, `EN-us`, `eng`, `English`) as an ISO 639-1
/// code; `None` when it names no language we know.
pub fn declared(lang: &str) -> Option<String> {
    let lang = lang.trim();
    let primary = lang
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    if primary.len() == 2 && primary.bytes().all(|b| b.is_ascii_lowercase()) {
        return Some(primary);
    }
    if primary.len() == 3 {
        if let Some(code) = Lang::from_code(primary.as_str()).and_then(iso639_1) {
            return Some(code.to_string());
        }
    }
    Lang::all()
        .iter()
        .find(|l| l.eng_name().eq_ignore_ascii_case(lang))
        .and_then(|l| iso639_1(*l))
        .map(str::to_string)
}

/// Function words that make up a large share of any English prose.
const ENGLISH_FUNCTION_WORDS: &[&str] = &[
    "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "said", "was", "by",
    "as", "it", "at", "from", "his", "her", "has", "have", "are", "be", "an", "not", "will", "its",
    "their", "were",
];

/// True when function words make up a share of tokens typical of English
/// prose (about 40%; the threshold is well below that so short or
/// headline-heavy texts still pass).
pub fn looks_english(text: &str) -> bool {
    let mut words = 0usize;
    let mut function = 0usize;
    for w in text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .take(2000)
    {
        words += 1;
        if ENGLISH_FUNCTION_WORDS
            .iter()
            .any(|f| f.eq_ignore_ascii_case(w))
        {
            function += 1;
        }
    }
    words >= 5 && function * 100 >= words * 15
}

/// ISO 639-1 for every language whatlang knows (all have one).
fn iso639_1(lang: Lang) -> Option<&'static str> {
    Some(match lang {
        Lang::Epo => "eo",
        Lang::Eng => "en",
        Lang::Rus => "ru",
        Lang::Cmn => "zh",
        Lang::Spa => "es",
        Lang::Por => "pt",
        Lang::Ita => "it",
        Lang::Ben => "bn",
        Lang::Fra => "fr",
        Lang::Deu => "de",
        Lang::Ukr => "uk",
        Lang::Kat => "ka",
        Lang::Ara => "ar",
        Lang::Hin => "hi",
        Lang::Jpn => "ja",
        Lang::Heb => "he",
        Lang::Yid => "yi",
        Lang::Pol => "pl",
        Lang::Amh => "am",
        Lang::Jav => "jv",
        Lang::Kor => "ko",
        Lang::Nob => "nb",
        Lang::Dan => "da",
        Lang::Swe => "sv",
        Lang::Fin => "fi",
        Lang::Tur => "tr",
        Lang::Nld => "nl",
        Lang::Hun => "hu",
        Lang::Ces => "cs",
        Lang::Ell => "el",
        Lang::Bul => "bg",
        Lang::Bel => "be",
        Lang::Mar => "mr",
        Lang::Kan => "kn",
        Lang::Ron => "ro",
        Lang::Slv => "sl",
        Lang::Hrv => "hr",
        Lang::Srp => "sr",
        Lang::Mkd => "mk",
        Lang::Lit => "lt",
        Lang::Lav => "lv",
        Lang::Est => "et",
        Lang::Tam => "ta",
        Lang::Vie => "vi",
        Lang::Urd => "ur",
        Lang::Tha => "th",
        Lang::Guj => "gu",
        Lang::Uzb => "uz",
        Lang::Pan => "pa",
        Lang::Aze => "az",
        Lang::Ind => "id",
        Lang::Tel => "te",
        Lang::Pes => "fa",
        Lang::Mal => "ml",
        Lang::Ori => "or",
        Lang::Mya => "my",
        Lang::Nep => "ne",
        Lang::Sin => "si",
        Lang::Khm => "km",
        Lang::Tuk => "tk",
        Lang::Aka => "ak",
        Lang::Zul => "zu",
        Lang::Sna => "sn",
        Lang::Afr => "af",
        Lang::Lat => "la",
        Lang::Slk => "sk",
        Lang::Cat => "ca",
        Lang::Tgl => "tl",
        Lang::Hye => "hy",
        Lang::Cym => "cy",
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifies() {
        assert_eq!(
            identify(
                "Iran and the United States held talks in Muscat on Saturday, officials said."
            )
            .as_deref(),
            Some("en")
        );
        assert_eq!(
            identify("Le gouvernement français a annoncé mardi de nouvelles mesures pour soutenir les agriculteurs touchés par la sécheresse.").as_deref(),
            Some("fr")
        );
        assert_eq!(
            identify("Die Bundesregierung hat am Dienstag neue Maßnahmen zur Unterstützung der Landwirte angekündigt, die von der Dürre betroffen sind.").as_deref(),
            Some("de")
        );
        assert_eq!(
            identify("Президент России заявил во вторник, что переговоры продолжатся на следующей неделе.").as_deref(),
            Some("ru")
        );
        assert_eq!(identify("12 34 56"), None);
    }

    #[test]
    fn declared_forms() {
        assert_eq!(declared("EN-us").as_deref(), Some("en"));
        assert_eq!(declared("eng").as_deref(), Some("en"));
        assert_eq!(declared("deu").as_deref(), Some("de"));
        assert_eq!(declared("English").as_deref(), Some("en"));
        assert_eq!(declared("klingon"), None);
        assert_eq!(declared(""), None);
    }
}
