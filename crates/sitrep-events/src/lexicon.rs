//! The trigger lexicon: data files → one vocabulary table keyed by word,
//! holding each word's closed word classes and the trigger phrases that
//! start with it, so matching a document costs one hash lookup per token.

use sitrep_record::{tsv, EventType};
use sitrep_text::lowercase;

pub const EVENTS_TSV: (&str, &str) = (
    "data/lexicons/events.tsv",
    include_str!("../../../data/lexicons/events.tsv"),
);
pub const EVENTS_CAMEO_TSV: (&str, &str) = (
    "data/lexicons/events-cameo.tsv",
    include_str!("../../../data/lexicons/events-cameo.tsv"),
);
pub const EVENTS_IRREGULAR_TSV: (&str, &str) = (
    "data/lexicons/events-irregular.tsv",
    include_str!("../../../data/lexicons/events-irregular.tsv"),
);
pub const EVENTS_WORDS_TSV: (&str, &str) = (
    "data/lexicons/events-words.tsv",
    include_str!("../../../data/lexicons/events-words.tsv"),
);

pub(crate) use sitrep_record::fast_map::FastMap;
use sitrep_record::fast_map::{FastSet, WordMap};

/// The plural-insensitive stem of a lower-case word ("sanctions" →
/// "sanction", "militias"/"militia", "ties" → "ty"), written into `out`.
pub(crate) fn stem_into(word: &str, out: &mut String) {
    lower_into(word, out);
    strip_plural(out);
}

/// The plural ending `stem_into` takes off a word already in lower case.
fn strip_plural(out: &mut String) {
    let n = out.len();
    if n > 4 && out.ends_with("ies") {
        out.truncate(n - 3);
        out.push('y');
    } else if n > 4
        && (out.ends_with("ses")
            || out.ends_with("xes")
            || out.ends_with("zes")
            || out.ends_with("ches")
            || out.ends_with("shes"))
    {
        out.truncate(n - 2);
    } else if n > 3
        && out.ends_with('s')
        && !out.ends_with("ss")
        && !out.ends_with("us")
        && !out.ends_with("is")
    {
        out.truncate(n - 1);
    }
}

/// The key of the gapped rows of a surface (head) by the id of their first
/// object word's stem.
pub(crate) fn gapped_key(surface: u32, stem: u32) -> u64 {
    (u64::from(surface) << 32) | u64::from(stem)
}

/// The gapped rows by [`gapped_key`]: the keys in order, each key's rows
/// one after the other in one list. Read a start-up from the prebuilt
/// lexicon as three lists, where a map from each key to a list of its own
/// cost an allocation and a hash insertion for each of ~21,700 keys (about
/// 3 M instructions); a look-up (made only for a word whose
/// [`gapped_stem_bit`] is set) is a binary search.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct GappedRows {
    /// Sorted, no key twice.
    pub(crate) keys: Vec<u64>,
    /// Where each key's rows end in `rows` (they start where the key
    /// before's end).
    pub(crate) ends: Vec<u32>,
    pub(crate) rows: Vec<(u32, Form)>,
}

impl GappedRows {
    /// The table of `map`'s lists, keys in order.
    pub(crate) fn of(map: FastMap<u64, Vec<(u32, Form)>>) -> GappedRows {
        let mut lists: Vec<_> = map.into_iter().collect();
        lists.sort_unstable_by_key(|(key, _)| *key);
        let mut table = GappedRows::default();
        for (key, list) in lists {
            table.keys.push(key);
            table.rows.extend(list);
            table
                .ends
                .push(u32::try_from(table.rows.len()).expect("rows fit 32 bits"));
        }
        table
    }

    /// The rows of `key`; `None` when it has none.
    #[inline]
    pub(crate) fn get(&self, key: u64) -> Option<&[(u32, Form)]> {
        let k = self.keys.binary_search(&key).ok()?;
        let start = if k == 0 { 0 } else { self.ends[k - 1] as usize };
        self.rows.get(start..self.ends[k] as usize)
    }
}

/// The bit of an object stem in a surface's `gapped_stems`: most surfaces
/// head gapped rows with a few object words, so a word whose stem has no
/// row with the surface is mostly ruled out by its bit.
#[inline]
pub(crate) fn gapped_stem_bit(stem: u32) -> u64 {
    1 << (stem % 64)
}

/// Every lower-case word `stem_into` may turn into `stem`: the stem itself,
/// with "s" or "es", and "-y" as "-ies" (a superset: "bus" + "s" stems to
/// "buss").
pub(crate) fn stem_sources(stem: &str) -> Vec<String> {
    let mut out = vec![
        stem.to_string(),
        [stem, "s"].concat(),
        [stem, "es"].concat(),
    ];
    if let Some(front) = stem.strip_suffix('y') {
        out.push([front, "ies"].concat());
    }
    out
}

/// Longest gap, in words, between a gapped phrase's head and its object.
pub const MAX_GAP: usize = 7;

/// Part of speech of a lexicon row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pos {
    Verb,
    Noun,
    /// An exact phrase, not inflected.
    Phrase,
    /// The end of a hyphenated word ("-backed" in "Iran-backed").
    Affix,
}

/// How a trigger relates to an event it governs (see the events.tsv header).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    Event,
    Direct,
    Commit,
    Intent,
    Modal,
    /// A weapon that is never an event on its own ("a bomb"): absorbed as
    /// the means of a verb of its type ("a bomb exploded"), it lends its
    /// mode.
    Means,
}

/// A word of the lexicon's tables: borrowed from the embedded prebuilt form
/// when the built-in lexicon is decoded (start-up then allocates no string
/// per word), owned when the lexicon is built from files.
pub type LexStr = std::borrow::Cow<'static, str>;

/// One row of the lexicon.
#[derive(Debug, Clone)]
pub struct Entry {
    /// `None` for rows that say "not an event" (kept so they can shadow).
    pub event_type: Option<EventType>,
    pub mode: Option<LexStr>,
    pub cameo: Option<LexStr>,
    pub pos: Pos,
    pub class: Class,
    /// Words that must follow the head within [`MAX_GAP`] words ("sanctions"
    /// in "impose ... sanctions"); empty for contiguous phrases.
    pub tail: Vec<LexStr>,
}

/// Which inflection a surface form is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    Base,
    /// Third person singular (verbs) or plural (nouns).
    S,
    /// Past tense or past participle.
    Past,
    Ing,
}

/// Word-class bits (see events-words.tsv).
pub mod wc {
    /// A set of word classes, one bit each (bit 30 is reserved for the
    /// clause analysis' speech-cue mark). Every token of a sentence holds
    /// one, and the clause walks test it at every step, so it stays one
    /// machine word; classes that a rule reads of one token at a time go
    /// in [`Cold`].
    pub type Classes = u64;

    /// A second set of word classes, the ones a rule asks of one token at
    /// a time, read from the token's vocabulary entry ([`WordInfo::cold`])
    /// rather than kept per token: `Classes` has no bits left, and a
    /// 128-bit `Classes` made the per-token flags cost 0.35 % of a run's
    /// instructions. 32 bits, which fit in `WordInfo`'s padding. Names
    /// are in [`COLD_NAMES`]; `events-words.tsv` lists both kinds alike.
    pub type Cold = u32;

    pub const DET: Classes = 1;
    pub const POSS: Classes = 1 << 1;
    pub const PRON: Classes = 1 << 2;
    pub const AUX: Classes = 1 << 3;
    pub const BE: Classes = 1 << 4;
    pub const HAVE: Classes = 1 << 5;
    pub const SKIP: Classes = 1 << 6;
    pub const NEG: Classes = 1 << 7;
    pub const HYPO: Classes = 1 << 8;
    pub const FUTURE: Classes = 1 << 9;
    pub const OBLIG: Classes = 1 << 10;
    pub const REL: Classes = 1 << 11;
    pub const THAT: Classes = 1 << 12;
    pub const BAR: Classes = 1 << 13;
    pub const CONJ: Classes = 1 << 14;
    pub const TO: Classes = 1 << 15;
    pub const TPREP: Classes = 1 << 16;
    pub const BY: Classes = 1 << 17;
    pub const OF: Classes = 1 << 18;
    pub const FROM: Classes = 1 << 19;
    pub const FOR: Classes = 1 << 20;
    pub const LOC: Classes = 1 << 21;
    pub const ASPECT: Classes = 1 << 22;
    pub const PREP: Classes = 1 << 23;
    pub const LIGHT: Classes = 1 << 24;
    pub const VPREP: Classes = 1 << 25;
    pub const OPEN: Classes = 1 << 26;
    pub const HEARSAY: Classes = 1 << 27;
    pub const WISH: Classes = 1 << 28;
    pub const AVERSE: Classes = 1 << 29;
    pub const NEED: Classes = 1 << 31;
    pub const PATIENT: Classes = 1 << 32;
    pub const CONVERSE: Classes = 1 << 33;
    pub const HERITAGE: Classes = 1 << 34;
    pub const WEAPON: Classes = 1 << 35;
    pub const OCCUR: Classes = 1 << 36;
    pub const REGION: Classes = 1 << 37;
    pub const CROWD: Classes = 1 << 38;
    pub const ATTACKER: Classes = 1 << 39;
    pub const LEVY: Classes = 1 << 40;
    pub const EXCLUDE: Classes = 1 << 41;
    pub const OBSTRUCT: Classes = 1 << 42;
    pub const REPUTED: Classes = 1 << 43;
    pub const EVALUATE: Classes = 1 << 44;
    /// A reflexive pronoun ("itself"): an act of help or defence done to
    /// the doer itself is no event between actors.
    pub const REFLEXIVE: Classes = 1 << 45;
    /// A phrasal verb's particle ("head off", "stave off"): a participle
    /// right after it opens the verb's object noun phrase.
    pub const PARTICLE: Classes = 1 << 46;
    /// A verb of making known ("announced the truce"): with a definite
    /// object it may report an act the story already named.
    pub const ANNOUNCE: Classes = 1 << 47;
    /// A participle of planning ("scheduled", "slated"): after the
    /// auxiliaries of an event noun's passive ("talks had been scheduled
    /// for Sunday") the event lies ahead; read by name, so
    /// [`NOUN_MEANING`] ("Bush scheduled to meet" keeps its reading).
    pub const SCHEDULE: Classes = 1 << 48;
    /// A word of pleading or asking ("appeal", "ask") that is a request only
    /// when it asks for something: a "for" phrase, an infinitive or a
    /// "that" clause after it. Without one an appeal names a candidate's
    /// attraction ("Trump's appeal among voters", "appeals to Reagan
    /// Democrats") or a legal appeal, and asking is a question ('"Why now?"
    /// he asked'), no request (events51); read by name, so in
    /// [`NOUN_MEANING`].
    pub const PLEA: Classes = 1 << 49;
    /// Bit 50, clear of the next free bits other branches take.
    pub const ENTOURAGE: Classes = 1 << 50;
    pub const TOPIC: Classes = 1 << 51;
    /// A preposition whose object may be the subject of a gerund right
    /// after it ("objected to Ukraine opening an inquiry", "with Safadi
    /// warning of consequences"); read by name, so [`NOUN_MEANING`].
    pub const GERUND_SUBJECT: Classes = 1 << 52;
    /// A rank word ("first", "only", "last"): "the first country to
    /// recognise" states that the infinitive's act happened.
    pub const RANKED: Classes = 1 << 53;
    /// A verb of ending ("ending", "halting"): between "ruled out" and an
    /// event it reverses the exclusion ("ruled out ending its attacks":
    /// the attacks go on).
    pub const CEASE: Classes = 1 << 54;
    /// A word that opens a part of what came before ("including"): an
    /// event noun after it is a part of the event before it, done by the
    /// same doers ("adopted sanctions against Russia, including a ban on
    /// imports").
    pub const PART_OF: Classes = 1 << 55;
    /// A verb of helping ("help", "monitor", "protect"): a force sent "to
    /// X to help ..." is sent to X's aid, not against X.
    pub const ASSIST: Classes = 1 << 56;
    /// A verb of command ("order", "instruct"): an order to one's own
    /// forces, or of an act named by a noun, is that act, done by the
    /// orderer's side; nobody outside is asked anything.
    pub const COMMAND: Classes = 1 << 57;
    /// A noun naming a state's own armed or police force without naming
    /// the state ("the military", "its troops"): the addressee of an order
    /// that stays inside the orderer's side.
    pub const OWN_FORCE: Classes = 1 << 58;
    /// A plural noun that, after a number word, stands for that many
    /// states named before it ("the two countries", "both sides").
    pub const SET_NOUN: Classes = 1 << 59;
    /// A number word of a set of two ("two", "both") before a `set_noun`.
    pub const PAIR: Classes = 1 << 60;
    /// A number word of a set of three ("three") before a `set_noun`.
    pub const TRIO: Classes = 1 << 61;
    /// A verb or noun of designation ("designated", "designation"): with
    /// a `listed` class noun after its object ("as a foreign terrorist
    /// organization") it is a SANCTION of the designated by the designator.
    pub const DESIGNATE: Classes = 1 << 62;
    /// A word of the class a designation puts its object in that makes it
    /// a sanction ("terrorist", "terrorism").
    pub const LISTED: Classes = 1 << 63;
    /// Classes that say what a word names rather than how a clause is
    /// built, or that one rule reads by name (`exclude`: "the ruling party"
    /// keeps "ruling" a plain modifier): the clause rules see such a word
    /// as a plain word.
    pub const NOUN_MEANING: Classes = HERITAGE
        | WEAPON
        | REGION
        | CROWD
        | ATTACKER
        | LEVY
        | EXCLUDE
        | OBSTRUCT
        | REPUTED
        | EVALUATE
        | REFLEXIVE
        | PARTICLE
        | ANNOUNCE
        | ENTOURAGE
        | TOPIC
        | GERUND_SUBJECT
        | RANKED
        | CEASE
        | PART_OF
        | ASSIST
        | COMMAND
        | OWN_FORCE
        | SET_NOUN
        | PAIR
        | TRIO
        | DESIGNATE
        | LISTED
        | SCHEDULE
        | PLEA;

    pub const NAMES: [(&str, Classes); 63] = [
        ("det", DET),
        ("poss", POSS),
        ("pron", PRON),
        ("aux", AUX),
        ("be", BE),
        ("have", HAVE),
        ("skip", SKIP),
        ("neg", NEG),
        ("hypo", HYPO),
        ("future", FUTURE),
        ("oblig", OBLIG),
        ("rel", REL),
        ("that", THAT),
        ("bar", BAR),
        ("conj", CONJ),
        ("to", TO),
        ("tprep", TPREP),
        ("by", BY),
        ("of", OF),
        ("from", FROM),
        ("for", FOR),
        ("loc", LOC),
        ("aspect", ASPECT),
        ("prep", PREP),
        ("light", LIGHT),
        ("vprep", VPREP),
        ("open", OPEN),
        ("hearsay", HEARSAY),
        ("wish", WISH),
        ("averse", AVERSE),
        ("need", NEED),
        ("patient", PATIENT),
        ("converse", CONVERSE),
        ("heritage", HERITAGE),
        ("weapon", WEAPON),
        ("occur", OCCUR),
        ("region", REGION),
        ("crowd", CROWD),
        ("attacker", ATTACKER),
        ("levy", LEVY),
        ("exclude", EXCLUDE),
        ("obstruct", OBSTRUCT),
        ("reputed", REPUTED),
        ("evaluate", EVALUATE),
        ("reflexive", REFLEXIVE),
        ("particle", PARTICLE),
        ("announce", ANNOUNCE),
        ("entourage", ENTOURAGE),
        ("plea", PLEA),
        ("topic", TOPIC),
        ("gerund_subject", GERUND_SUBJECT),
        ("ranked", RANKED),
        ("cease", CEASE),
        ("part_of", PART_OF),
        ("assist", ASSIST),
        ("command", COMMAND),
        ("own_force", OWN_FORCE),
        ("set_noun", SET_NOUN),
        ("pair", PAIR),
        ("trio", TRIO),
        ("designate", DESIGNATE),
        ("listed", LISTED),
        ("schedule", SCHEDULE),
    ];

    /// An adverb that may stand among a verb's auxiliaries ("has so far
    /// recognized", "has yet to"): walked over back to the subject.
    pub const AUX_ADVERB: Cold = 1;
    /// A negative quantifier opening a subject ("No other country",
    /// "Neither side", "none of the parties"): the verb's act is negated.
    pub const NEG_QUANTIFIER: Cold = 1 << 1;
    /// A word of refusing ("refused", "refusal"): before a verb of ending
    /// it keeps the act going ("refused to end its attacks").
    pub const REFUSAL: Cold = 1 << 2;
    /// A verb of approving ("approved"): approving one's own plan supports
    /// no one and agrees with no one.
    pub const APPROVE: Cold = 1 << 3;
    /// A definite article or demonstrative ("the", "this", "these",
    /// "those"): an event noun after it points back at a known event.
    pub const DEFINITE: Cold = 1 << 4;
    /// An indefinite or free-choice determiner ("a", "an", "any"): an
    /// event noun after it may name a possible act.
    pub const INDEFINITE: Cold = 1 << 5;
    /// A singular third-person possessive ("its", "his", "her"): as a
    /// verb's object's first word, the doer's own thing.
    pub const SINGULAR_POSS: Cold = 1 << 6;
    /// A preposition of a request's set phrase ("at the invitation of",
    /// "on the orders of", "upon the request of"): the "of" object is the
    /// doer.
    pub const INSTANCE_PREP: Cold = 1 << 7;
    /// A preposition after "in protest" or "in defiance" that names what
    /// is protested or defied ("in protest at", "in defiance of").
    pub const AIM_PREP: Cold = 1 << 8;
    /// A pronoun of a person ("he", "her"): it stands for a person.
    pub const PERSON_PRONOUN: Cold = 1 << 9;
    /// A pronoun of a thing ("it", "its"): it stands for no person.
    pub const THING_PRONOUN: Cold = 1 << 10;
    /// A plural pronoun ("they", "their"): it may stand for several actors
    /// named together.
    pub const PLURAL_PRONOUN: Cold = 1 << 11;
    /// A word that qualifies a number right after it ("about 300", "nearly
    /// 20", "some 50 soldiers"): no preposition of a phrase.
    pub const APPROXIMATOR: Cold = 1 << 12;
    /// A verb of confirming or recording what happened ("confirmed",
    /// "verified"): a hostile act named as its object is reported, not
    /// done, by its subject.
    pub const WITNESS: Cold = 1 << 13;
    /// An adjective heading a phrase after a noun that says what its people
    /// stand against ("journalists critical of the Kremlin"): the name in
    /// that phrase is no object of the verb before the noun.
    pub const AGAINST_ADJECTIVE: Cold = 1 << 14;
    /// "own" after a possessive ("their own promises"): the doer's own
    /// thing.
    pub const OWN: Cold = 1 << 15;
    /// The preposition of "up to" before a number ("to").
    pub const RANGE_TO: Cold = 1 << 16;
    /// The word before it ("up").
    pub const RANGE_HEAD: Cold = 1 << 17;
    /// The preposition of "at least" / "at most" before a number ("at").
    pub const RANGE_AT: Cold = 1 << 18;
    /// The word after it ("least", "most"), in lower case.
    pub const RANGE_WORD: Cold = 1 << 19;
    /// A noun of economic standing ("sales", "economy", "exports"): as the
    /// subject of a passive force verb ("sales were badly hit") the verb is
    /// a loss, no attack.
    pub const ECONOMIC: Cold = 1 << 20;
    /// A noun after "in" that, with an `aim_prep` after it, names what is
    /// protested ("in protest at", "in defiance of").
    pub const AIM_NOUN: Cold = 1 << 21;
    /// A subordinator of a time limit ("until", "till"): after a refused or
    /// promised act its clause is a condition not met, no event.
    pub const UNTIL: Cold = 1 << 22;
    /// A preposition naming the occasion of a meeting after its object
    /// ("Xi at the SCO summit", "talks with Aoun during a visit").
    pub const VENUE_PREP: Cold = 1 << 23;
    /// A preposition opening a meeting or call that frames the clause's act
    /// ("in a phone call with Putin", "during a call with Hun Sen").
    pub const FRAME_PREP: Cold = 1 << 24;
    /// A linking word that may open a sentence before its subject, besides
    /// the coordinators ("But", "So").
    pub const SENTENCE_LINK: Cold = 1 << 25;
    /// A condition word after a threat whose subject is the threat's target
    /// ("... unless Israel withdraws", "if Iran strikes").
    pub const THREAT_CONDITION: Cold = 1 << 26;
    /// An indefinite article ("a", "an"): after a verb's object it opens a
    /// predicate noun ("called the strike a crime").
    pub const INDEF_ARTICLE: Cold = 1 << 27;
    /// "would" and its negated forms: a condition outside reported speech
    /// ("would have objected"), a future inside it.
    pub const WOULD: Cold = 1 << 28;
    /// A verb of fighting off an attack ("repelled", "repulsed"): its
    /// object's attacks are the attackers' act on the verb's subject.
    pub const REPEL: Cold = 1 << 29;
    /// A preposition naming what someone was told or informed of ("of",
    /// "about"): after a passive participle its object is what was told.
    pub const TOLD_PREP: Cold = 1 << 30;
    /// A conjunction that opens a condition only before a subject ("once
    /// Yerevan amended"; "once a week" is a frequency).
    pub const SUBJECT_CONDITION: Cold = 1 << 31;

    /// The names of the [`Cold`] classes in `events-words.tsv`.
    pub const COLD_NAMES: [(&str, Cold); 32] = [
        ("aux_adverb", AUX_ADVERB),
        ("neg_quantifier", NEG_QUANTIFIER),
        ("refusal", REFUSAL),
        ("approve", APPROVE),
        ("definite", DEFINITE),
        ("indefinite", INDEFINITE),
        ("singular_poss", SINGULAR_POSS),
        ("instance_prep", INSTANCE_PREP),
        ("aim_prep", AIM_PREP),
        ("person_pronoun", PERSON_PRONOUN),
        ("thing_pronoun", THING_PRONOUN),
        ("plural_pronoun", PLURAL_PRONOUN),
        ("approximator", APPROXIMATOR),
        ("witness", WITNESS),
        ("against_adjective", AGAINST_ADJECTIVE),
        ("own", OWN),
        ("range_to", RANGE_TO),
        ("range_head", RANGE_HEAD),
        ("range_at", RANGE_AT),
        ("range_word", RANGE_WORD),
        ("economic", ECONOMIC),
        ("aim_noun", AIM_NOUN),
        ("until", UNTIL),
        ("venue_prep", VENUE_PREP),
        ("frame_prep", FRAME_PREP),
        ("sentence_link", SENTENCE_LINK),
        ("threat_condition", THREAT_CONDITION),
        ("indef_article", INDEF_ARTICLE),
        ("would", WOULD),
        ("repel", REPEL),
        ("told_prep", TOLD_PREP),
        ("subject_condition", SUBJECT_CONDITION),
    ];

    /// A third set of word classes, read as [`Cold`] ones are (of one token
    /// or one word at a time), for lists that were kept in code while
    /// `Cold` was full. Eight bits: they fill the last padding byte of
    /// [`WordInfo`], so the entry every token probes stays 32 bytes. Names
    /// are in [`RARE_NAMES`].
    pub type Rare = u8;

    /// A noun naming a court's decision ("ruling", "verdict", "opinion"):
    /// a reaction to one that no told act names back is aimed at the court
    /// that gave it.
    pub const RULING: Rare = 1;
    /// A verb of declaring that takes a small clause ("declared the
    /// president deposed", "pronounced him dead"): the participle after its
    /// object says what the verb's subject declared, it is no act of the
    /// object's.
    pub const DECLARE: Rare = 1 << 1;
    /// A body that sits as one ("cabinet", "council", "parliament"): its
    /// own sitting ("the cabinet met on Sunday", "a meeting of his Security
    /// Council") is no consultation between parties.
    pub const SITTING_BODY: Rare = 1 << 2;
    /// A text, record or recording that is published ("tax returns",
    /// "statement", "poll", "emails", "ad"): releasing one makes it public,
    /// it frees no one.
    pub const PUBLICATION: Rare = 1 << 3;
    /// A word of attacking that is as often said as done ("attacked",
    /// "attacks", "blasted", "slammed"): between politicians with no
    /// weapon in the sentence it is criticism, not force.
    pub const VERBAL_ATTACK: Rare = 1 << 4;
    /// A word of force that also tells a contest ("captured Texas",
    /// "fought for the bill"): by a politician at home it is an election
    /// won or a cause pursued, no act of force.
    pub const CONTEST: Rare = 1 << 5;
    /// A plural noun of people ("leaders", "candidates") that, after a
    /// `pair` or `trio` number word ("the two leaders", "both candidates"),
    /// stands for that many persons named last before it, as a
    /// [`SET_NOUN`] does for states.
    pub const PERSON_SET: Rare = 1 << 6;
    /// A verb of calling someone up ("called", "phoned"): an infinitive
    /// right after its object ("called Aoun to congratulate him") says what
    /// the call was for, so the caller does it.
    pub const CALL_VERB: Rare = 1 << 7;

    /// The class of `events-words.tsv` whose words are kept as a list of
    /// their own ([`listed::INDEFINITE_PRONOUN`]), not as a bit: the
    /// three class sets have no bit left that fits the vocabulary entry.
    pub const INDEFINITE_PRONOUN: &str = "indefinite_pronoun";
    /// The listed class of prepositions that name what talk is about
    /// ([`listed::TOPIC_PREP`]: "about", "regarding").
    pub const TOPIC_PREP: &str = "topic_prep";
    /// The listed class of verbs of taking a stance ([`listed::STANCE`]:
    /// "supports", "endorsed").
    pub const STANCE: &str = "stance";
    /// The listed class of nouns naming a party no actor stands for
    /// ([`listed::PARTY_NOUN`]: "the opposition", "the separatists").
    pub const PARTY_NOUN: &str = "party_noun";
    /// The class of `events-words.tsv` whose rows are two-word reciprocal
    /// pronouns ("each other"), kept as a list of their own
    /// ([`ListedClasses::reciprocals`]) as [`INDEFINITE_PRONOUN`] is.
    pub const RECIPROCAL: &str = "reciprocal";
    /// The listed class of trigger modes (the mode column of the trigger
    /// lexicon) whose act takes a person into custody
    /// ([`ListedClasses::custody_modes`]: "arrest").
    pub const CUSTODY_MODE: &str = "custody_mode";
    /// The listed class of trigger modes whose act is a host's: a third
    /// party that receives a visitor or brings sides together
    /// ([`ListedClasses::host_modes`]: "host").
    pub const HOST_MODE: &str = "host_mode";
    /// The listed class of trigger modes whose act is a mediator's: a third
    /// party between two sides ([`ListedClasses::mediate_modes`]: "mediate").
    pub const MEDIATE_MODE: &str = "mediate_mode";
    /// The listed class of trigger modes whose act is a visit paid
    /// ([`ListedClasses::visit_modes`]: "visit").
    pub const VISIT_MODE: &str = "visit_mode";
    /// The listed class of trigger modes whose act releases someone or
    /// something ([`ListedClasses::release_modes`]: "release").
    pub const RELEASE_MODE: &str = "release_mode";
    /// The listed class of trigger modes whose act bans something inside a
    /// state, a party or a paper ([`ListedClasses::ban_modes`]: "ban"): a
    /// ban that falls on another state is a trade sanction.
    pub const BAN_MODE: &str = "ban_mode";
    /// The listed class holding the mode a deployment of one's own forces is
    /// written with ([`ListedClasses::deploy_modes`]: "troops"): forces that
    /// travel somewhere, or that an order sends to a place, are deployed,
    /// and the event takes the first row's mode.
    pub const DEPLOY_MODE: &str = "deploy_mode";
    /// The listed class of nouns naming what an election is won for
    /// ([`listed::PRIZE`]: "nomination", "majority", "governorship").
    pub const PRIZE: &str = "prize";
    /// The listed class of verbs of taking that also tell a prize won
    /// ([`listed::PRIZE_VERB`]: "seize", "retake").
    pub const PRIZE_VERB: &str = "prize_verb";
    /// The listed class of nouns naming a chamber or an office a vote fills
    /// when capitalised ([`listed::CHAMBER`]: "the Senate", "the
    /// White House"); in lower case a building ("seized a house").
    pub const CHAMBER: &str = "chamber";
    /// The listed class of nouns naming a social occasion a host gives
    /// ([`listed::OCCASION`]: "dinner", "reception").
    pub const OCCASION: &str = "occasion";
    /// The listed class of verbs that ask someone to act only before the
    /// party asked and an infinitive ([`listed::BID`]: "told
    /// Iran to stop", "pressed Israel to halt").
    pub const BID: &str = "bid";
    /// The listed class of subordinators that are also prepositions before
    /// a noun phrase ([`listed::CLAUSE_PREP`]: "amid", "after",
    /// "following"): a plural noun spelt as a verb's "-s" form right after
    /// one ("amid talks between", "after clashes between") is that noun.
    pub const CLAUSE_PREP: &str = "clause_prep";
    /// The listed class of verbs of giving in that take "to" before what
    /// they give in to ([`listed::YIELD_VERB`]: "bowed to pressure
    /// from Russia", "caved to demands"): their subject receives the act of
    /// the noun after "to", as a `converse` verb's does.
    pub const YIELD_VERB: &str = "yield_verb";
    /// The listed class of prepositions that take a noun phrase and no
    /// gerund ([`listed::STATE_PREP`]: "amid"): an -ing word right
    /// after one, before its row's own object noun, is an adjective of
    /// that noun ("amid deepening ties").
    pub const STATE_PREP: &str = "state_prep";
    /// The listed class of verbs of laying blame whose "on" phrase after
    /// the object names the one blamed ([`listed::BLAME_VERB`]:
    /// "blamed the bombing on Hezbollah"), where after another accusing
    /// verb it names whom the act in the object hit ("condemned the
    /// strikes on Iran").
    pub const BLAME_VERB: &str = "blame_verb";
    /// The listed class of participles of holding or using a place
    /// ([`listed::HOLDER_PARTICIPLE`]: "a facility used by Kataib
    /// Hezbollah", "a base run by militias"), whose "by" phrase names whom an
    /// act on the place is aimed at.
    pub const HOLDER_PARTICIPLE: &str = "holder_participle";
    /// The listed class of nouns of owning an act that take "for" before
    /// the act ([`listed::AVOWAL_NOUN`]: "claimed responsibility
    /// for the attack", "took credit for the strike"): who claims or takes
    /// the noun did the act.
    pub const AVOWAL_NOUN: &str = "avowal_noun";
    /// The listed class of words of answering another's act
    /// ([`listed::ANSWER_WORD`]: "retaliate", "in response", "avenge"):
    /// the event noun after one and its "for" or "to" ("retaliated for the
    /// attack on Haifa", "in response to the strikes") is the act answered,
    /// done by another party than the one who answers.
    pub const ANSWER_WORD: &str = "answer_word";
    /// The listed class of nouns of a text a body issues or adopts in its
    /// own name ([`listed::ISSUED_TEXT`]: "statement", "resolution",
    /// "communique"): an -ing participle right after one ("a statement
    /// condemning Israel", "a resolution demanding a ceasefire") is the
    /// act of whoever issues or adopts the text, not of a noun that is no
    /// actor.
    pub const ISSUED_TEXT: &str = "issued_text";
    /// The listed class of verbs of issuing or adopting a text
    /// ([`listed::ISSUING_VERB`]: "issued", "adopted", "passed"):
    /// only after one is an `issued_text` the subject's own ("vetoed a
    /// resolution condemning Russia" is no condemnation by the veto's doer).
    pub const ISSUING_VERB: &str = "issuing_verb";
    /// The listed class of verbs of obtaining another party's act
    /// ([`listed::OBTAINING_VERB`]: "secured", "won", "obtained"):
    /// the act named as the object ("helped secure the release of the
    /// hostages") is done by the party that grants it, not by the subject.
    pub const OBTAINING_VERB: &str = "obtaining_verb";
    /// The listed class of adverbs and day words that may stand between a
    /// phrasal verb and its particle ([`listed::PHRASAL_INSET`]:
    /// "called again for", "called Friday for", "pushing hard for"); any
    /// lower-case "-ly" adverb may, too (events78).
    pub const PHRASAL_INSET: &str = "phrasal_inset";
    /// The listed class of nouns of grounds for a belief
    /// ([`listed::GROUND_NOUN`]: "evidence", "sign", "indication"): after a
    /// negative quantifier ("There is no evidence that Iran supplied the
    /// weapons") the that-clause after them is open, not asserted (lead56).
    pub const GROUND_NOUN: &str = "ground_noun";
    /// The listed classes read as lists of words or phrases: the trigger
    /// modes and the reciprocal phrases. The other listed classes are bits
    /// of one word table, named in [`listed::NAMES`].
    pub const LIST_CLASSES: [&str; 8] = [
        RECIPROCAL,
        CUSTODY_MODE,
        HOST_MODE,
        MEDIATE_MODE,
        VISIT_MODE,
        RELEASE_MODE,
        BAN_MODE,
        DEPLOY_MODE,
    ];

    /// Whether `class` is a class of `events-words.tsv` kept as a list
    /// rather than a bit of the vocabulary entry: one of [`listed::NAMES`]
    /// or [`LIST_CLASSES`].
    pub fn is_listed_class(class: &str) -> bool {
        listed::NAMES.iter().any(|(name, _)| *name == class) || LIST_CLASSES.contains(&class)
    }

    /// A set of the listed classes a rule asks of a token, one bit each
    /// ([`listed`]).
    pub type Listed = u32;

    /// The bits of the listed classes a rule asks of a token
    /// (`Sent::is_listed`); the trigger-mode classes and [`RECIPROCAL`]
    /// are read as lists. Each bit is named as its class (`ANSWER_WORD`
    /// is [`super::wc::ANSWER_WORD`]'s bit).
    pub mod listed {
        use super::Listed;

        pub const INDEFINITE_PRONOUN: Listed = 1 << 0;
        pub const TOPIC_PREP: Listed = 1 << 1;
        pub const STANCE: Listed = 1 << 2;
        pub const PARTY_NOUN: Listed = 1 << 3;
        pub const PRIZE: Listed = 1 << 4;
        pub const PRIZE_VERB: Listed = 1 << 5;
        pub const CHAMBER: Listed = 1 << 6;
        pub const OCCASION: Listed = 1 << 7;
        pub const BID: Listed = 1 << 8;
        pub const CLAUSE_PREP: Listed = 1 << 9;
        pub const YIELD_VERB: Listed = 1 << 10;
        pub const STATE_PREP: Listed = 1 << 11;
        pub const BLAME_VERB: Listed = 1 << 12;
        pub const HOLDER_PARTICIPLE: Listed = 1 << 13;
        pub const AVOWAL_NOUN: Listed = 1 << 14;
        pub const ANSWER_WORD: Listed = 1 << 15;
        pub const ISSUED_TEXT: Listed = 1 << 16;
        pub const ISSUING_VERB: Listed = 1 << 17;
        pub const OBTAINING_VERB: Listed = 1 << 18;
        pub const PHRASAL_INSET: Listed = 1 << 19;
        pub const GROUND_NOUN: Listed = 1 << 20;

        /// Each class's name in `events-words.tsv` and its bit.
        pub const NAMES: [(&str, Listed); 21] = [
            (super::INDEFINITE_PRONOUN, INDEFINITE_PRONOUN),
            (super::TOPIC_PREP, TOPIC_PREP),
            (super::STANCE, STANCE),
            (super::PARTY_NOUN, PARTY_NOUN),
            (super::PRIZE, PRIZE),
            (super::PRIZE_VERB, PRIZE_VERB),
            (super::CHAMBER, CHAMBER),
            (super::OCCASION, OCCASION),
            (super::BID, BID),
            (super::CLAUSE_PREP, CLAUSE_PREP),
            (super::YIELD_VERB, YIELD_VERB),
            (super::STATE_PREP, STATE_PREP),
            (super::BLAME_VERB, BLAME_VERB),
            (super::HOLDER_PARTICIPLE, HOLDER_PARTICIPLE),
            (super::AVOWAL_NOUN, AVOWAL_NOUN),
            (super::ANSWER_WORD, ANSWER_WORD),
            (super::ISSUED_TEXT, ISSUED_TEXT),
            (super::ISSUING_VERB, ISSUING_VERB),
            (super::OBTAINING_VERB, OBTAINING_VERB),
            (super::PHRASAL_INSET, PHRASAL_INSET),
            (super::GROUND_NOUN, GROUND_NOUN),
        ];
    }

    /// The names of the [`Rare`] classes in `events-words.tsv`.
    pub const RARE_NAMES: [(&str, Rare); 8] = [
        ("ruling", RULING),
        ("declare", DECLARE),
        ("sitting_body", SITTING_BODY),
        ("publication", PUBLICATION),
        ("verbal_attack", VERBAL_ATTACK),
        ("contest", CONTEST),
        ("person_set", PERSON_SET),
        ("call_verb", CALL_VERB),
    ];
}

/// No phrase, phrase list or stem.
pub(crate) const NO_ID: u32 = u32::MAX;

/// What the vocabulary knows about one lower-case word. Kept small (the
/// vocabulary table stores it inline, and every token of every document
/// probes the table): the phrase lists live in
/// [`EventLexicon::word_phrases`], which only tokens starting a multiword
/// phrase and the rarer checks read.
#[derive(Debug, Clone, Copy)]
pub(crate) struct WordInfo {
    /// Word-class bits (see [`wc`]).
    pub classes: wc::Classes,
    /// The classes a rule reads of one token at a time ([`wc::Cold`]).
    pub cold: wc::Cold,
    /// The third class set ([`wc::Rare`]).
    pub rare: wc::Rare,
    /// The first one-word phrase of the word's phrases (longest first), or
    /// [`NO_ID`]: the trigger found here when no longer phrase matches.
    pub single: u32,
    /// Index of the word's phrase lists in `word_phrases`, or [`NO_ID`].
    pub phrases: u32,
    /// The id (in `object_stems`) of this word's stem when it is the first
    /// object word of a gapped row ("sanctions" of "impose ... sanctions"),
    /// or [`NO_ID`]: the gapped search stems and looks up no other word.
    pub gap_stem: u32,
    /// The id (in `second_words`) of this word as the second word of a
    /// multiword phrase, or [`NO_ID`].
    pub second: u32,
    /// Whether some phrase starting with this word has a second word (one
    /// the search may choose: see `pairs`).
    pub multiword: bool,
    /// Whether a context row of the event filter starts with this word, so
    /// a trigger starting with any other word skips the context check.
    pub opens_context: bool,
    /// Whether the event filter lists it as a domain word (sports): the
    /// trigger search counts them as it looks words up.
    pub domain: bool,
}

impl Default for WordInfo {
    fn default() -> Self {
        WordInfo {
            classes: 0,
            cold: 0,
            rare: 0,
            single: NO_ID,
            phrases: NO_ID,
            gap_stem: NO_ID,
            second: NO_ID,
            multiword: false,
            opens_context: false,
            domain: false,
        }
    }
}

/// Many short lists kept end to end in one vector: list `i` is
/// `items[ends[i - 1]..ends[i]]` (from 0 for the first). The lexicon's
/// per-surface and per-phrase lists are tens of thousands of short lists;
/// as one vector each, decoding the built-in lexicon allocates twice per
/// table instead of once per list, the exit frees as many, and a lookup
/// reads one bounds pair instead of following a pointer per list (about
/// 3 M instructions a run in all).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Lists<T> {
    items: Vec<T>,
    ends: Vec<u32>,
}

impl<T> Default for Lists<T> {
    fn default() -> Self {
        Lists {
            items: Vec::new(),
            ends: Vec::new(),
        }
    }
}

impl<T> Lists<T> {
    /// Room for `lists` lists of `items` items in all.
    pub(crate) fn with_capacity(lists: usize, items: usize) -> Self {
        Lists {
            items: Vec::with_capacity(items),
            ends: Vec::with_capacity(lists),
        }
    }

    /// Appends one list.
    pub(crate) fn push_list(&mut self, list: impl IntoIterator<Item = T>) {
        self.items.extend(list);
        self.end_list();
    }

    /// Appends an item to the list being built (ended by
    /// [`Lists::end_list`]): a decoder pushes each item as it reads it,
    /// into room made for all of them, with no iterator to extend from.
    #[inline]
    pub(crate) fn push_item(&mut self, item: T) {
        self.items.push(item);
    }

    /// Ends the list being built: the items pushed since the last end.
    #[inline]
    pub(crate) fn end_list(&mut self) {
        self.ends
            .push(u32::try_from(self.items.len()).expect("a lexicon's lists fit 32 bits"));
    }

    /// The number of lists.
    pub(crate) fn len(&self) -> usize {
        self.ends.len()
    }

    /// The number of items in all the lists.
    pub(crate) fn items_len(&self) -> usize {
        self.items.len()
    }

    /// List `i`, if there is one.
    #[inline]
    pub(crate) fn get(&self, i: usize) -> Option<&[T]> {
        let end = *self.ends.get(i)? as usize;
        let start = match i {
            0 => 0,
            _ => self.ends[i - 1] as usize,
        };
        self.items.get(start..end)
    }

    /// The lists in order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = &[T]> {
        (0..self.len()).map(|i| &self[i])
    }
}

impl<T> std::ops::Index<usize> for Lists<T> {
    type Output = [T];

    #[inline]
    fn index(&self, i: usize) -> &[T] {
        self.get(i).expect("a list of the lexicon")
    }
}

impl<T> From<Vec<Vec<T>>> for Lists<T> {
    fn from(lists: Vec<Vec<T>>) -> Self {
        let mut out = Lists::with_capacity(lists.len(), lists.iter().map(Vec::len).sum());
        for list in lists {
            out.push_list(list);
        }
        out
    }
}

/// The trigger phrases starting with one word.
#[derive(Debug, Clone, Default)]
pub(crate) struct WordPhrases {
    /// Longest first.
    pub phrases: Vec<u32>,
}

/// The key of `EventLexicon::pairs`: a first word's phrase list and the id
/// of a second word.
pub(crate) fn pair_key(list: u32, second: u32) -> u64 {
    (u64::from(list) << 32) | u64::from(second)
}

/// Trigger lexicon: verbs, event nouns, phrases and affixes → PLOVER type,
/// mode and CAMEO code, compiled once into a vocabulary table: one lookup
/// per token finds its word classes and the phrases it may start. Matching
/// by token, never inside a word ("aid" is not found in "said").
#[derive(Debug, Clone)]
pub struct EventLexicon {
    pub(crate) entries: Vec<Entry>,
    /// Per phrase: its words (lower case, as the text tokenizer splits them)
    /// and its (entry, form) candidates, verbs before nouns.
    pub(crate) phrase_words: Lists<LexStr>,
    pub(crate) surfaces: Lists<(u32, Form)>,
    /// Gapped rows by (trigger surface, id in `object_stems` of the stem
    /// of the first object word): the rows, whose further object words are
    /// in `tail_stems`. A word after a head with hundreds of gapped rows
    /// ("offer", "order") is mostly ruled out by `gapped_stems` without a
    /// lookup, and otherwise costs one.
    pub(crate) gapped: GappedRows,
    /// Per surface: the [`gapped_stem_bit`]s of the first object words of
    /// the gapped rows it heads (0: it heads none).
    pub(crate) gapped_stems: Vec<u64>,
    /// The stems of gapped rows' first object words, numbered.
    pub(crate) object_stems: WordMap<u32>,
    /// Per word of `vocab` that starts phrases: those phrases.
    /// Longest first.
    pub(crate) word_phrases: Lists<u32>,
    /// The second words of multiword phrases (ASCII lower case), numbered.
    pub(crate) second_words: WordMap<u32>,
    /// The multiword phrases by (first word's list in `word_phrases`, second
    /// word's id), longest first, so a token compares only the phrases
    /// whose second word is the next token: one table for all words, probed
    /// only when the next token is a second word.
    pub(crate) pairs: FastMap<u64, Vec<u32>>,
    /// Per entry: the stems of its tail words, so matching a gapped row's
    /// further object words stems only the text's words.
    pub(crate) tail_stems: Lists<LexStr>,
    /// Lower-case word → its [`WordInfo`]: classes, phrases, and the
    /// precomputed answers of the later checks (`second`, `gap_stem`,
    /// `opens_context`, `domain`).
    pub(crate) vocab: WordMap<WordInfo>,
    /// Affix phrases by the word after the hyphen ("backed" for "-backed").
    pub(crate) affixes: FastMap<String, Vec<u32>>,
    /// sitrep-claims' word classes (`claims-words.tsv`), for the words a cue takes in.
    pub(crate) claim_words: crate::ClaimWords,
    /// Non-event contexts and the political gate (`events-filter.tsv`).
    pub(crate) filter: crate::filter::EventFilter,
    /// The word classes of `events-words.tsv` kept as lists, not bits
    /// ([`wc::is_listed_class`]).
    pub(crate) listed: ListedClasses,
}

impl Default for EventLexicon {
    fn default() -> Self {
        EventLexicon::from_sources(&[], ("", ""), ("", "")).expect("an empty lexicon always builds")
    }
}

struct Row {
    phrase: String,
    forms: Vec<String>,
    pos: Pos,
    entry: Entry,
}

/// The two sides of a gapped phrase's "..." ("impose ... sanctions"), if it
/// has one. A byte loop: `split_once("...")` sets up a substring searcher
/// per call, which cost more than the search on these short phrases.
fn gap_split(phrase: &str) -> Option<(&str, &str)> {
    let b = phrase.as_bytes();
    let at = (0..b.len().saturating_sub(2)).find(|&i| &b[i..i + 3] == b"...")?;
    Some((&phrase[..at], &phrase[at + 3..]))
}

/// A phrase's words before its "..." (all of it when it has none).
fn gap_head(phrase: &str) -> &str {
    gap_split(phrase).map_or(phrase, |(head, _)| head)
}

fn parse_rows(file: &str, contents: &str) -> Result<Vec<Row>, String> {
    // Sized by the line count: rows are large, and growing the vector
    // copied them over and over.
    let line_count = contents.bytes().filter(|&b| b == b'\n').count();
    let mut rows = Vec::with_capacity(line_count + 1);
    let (header, lines) = tsv::read(contents);
    if let Some(header) = header {
        if header.first_cell() != "phrase" {
            return Err(format!(
                "{file}:{}: header must start with the column `phrase`",
                header.number
            ));
        }
    }
    for line in lines {
        let at = |e: String| format!("{file}:{}: {e}", line.number);
        let mut cells = line.cells();
        // Most rows name one phrase: they are parsed as they stand.
        if !cells.first().is_some_and(|p| p.contains(['{', '}', '|'])) {
            rows.push(parse_row(&cells).map_err(at)?);
            continue;
        }
        let phrases = expand_alternatives(cells[0]).map_err(at)?;
        if phrases.len() > 1 && !cells.get(1).is_none_or(|f| f.trim().is_empty()) {
            let head_varies = phrases.iter().any(|p| gap_head(p) != gap_head(&phrases[0]));
            if head_varies {
                return Err(at(
                    "a row whose head has alternatives takes no forms: each alternative's \
                     forms are generated (irregular ones from events-irregular.tsv)"
                        .to_string(),
                ));
            }
        }
        for phrase in &phrases {
            cells[0] = phrase.as_str();
            rows.push(parse_row(&cells).map_err(at)?);
        }
    }
    Ok(rows)
}

/// The most phrases one row with alternatives may stand for: a larger cross
/// product is far more likely a mistake (a forgotten `}`) than a list.
pub(crate) const MAX_ALTERNATIVE_PHRASES: usize = 256;

/// The phrases a row's phrase cell stands for: each `{a|b|c}` group is
/// replaced by each of its alternatives in turn, the cross product of all
/// groups, the leftmost group varying slowest ("{halt|suspend} ... {talks|
/// negotiations}" is "halt ... talks", "halt ... negotiations", "suspend ...
/// talks", "suspend ... negotiations"), so that the expanded rows keep the
/// order in which rows of one file override each other (the first wins). A
/// cell without braces is its own single phrase.
pub(crate) fn expand_alternatives(cell: &str) -> Result<Vec<String>, String> {
    let mut phrases = vec![String::new()];
    let mut rest = cell;
    while !rest.is_empty() {
        let open = rest.find(['{', '}', '|']).unwrap_or(rest.len());
        let (text, after) = rest.split_at(open);
        for p in &mut phrases {
            p.push_str(text);
        }
        let Some(mark) = after.chars().next() else {
            break;
        };
        if mark != '{' {
            return Err(format!("`{mark}` outside a `{{…}}` group of alternatives"));
        }
        // A group closes before any other opens: groups do not nest.
        let close = after[1..]
            .find(['}', '{'])
            .map(|i| i + 1)
            .filter(|&i| after.as_bytes()[i] == b'}')
            .ok_or_else(|| format!("unclosed `{{` in {cell:?}"))?;
        let alternatives: Vec<&str> = after[1..close].split('|').map(str::trim).collect();
        if alternatives.iter().any(|a| a.is_empty()) {
            return Err(format!("empty alternative in {:?}", &after[..=close]));
        }
        // A repeated alternative makes a row twice, the second silently
        // dropped (the first of one phrase wins): most likely a typo for
        // another word.
        if let Some(again) = alternatives
            .iter()
            .enumerate()
            .find_map(|(i, a)| alternatives[..i].contains(a).then_some(a))
        {
            return Err(format!("{again:?} twice in {:?}", &after[..=close]));
        }
        if phrases.len() * alternatives.len() > MAX_ALTERNATIVE_PHRASES {
            return Err(format!(
                "{cell:?} stands for more than {MAX_ALTERNATIVE_PHRASES} phrases; split the row"
            ));
        }
        phrases = phrases
            .iter()
            .flat_map(|p| alternatives.iter().map(move |a| [p.as_str(), a].concat()))
            .collect();
        rest = &after[close + 1..];
    }
    Ok(phrases)
}

/// One lexicon line's row from its cells: phrase, forms, pos, type, mode,
/// CAMEO code, class. The error names what is wrong, not where.
fn parse_row(cols: &[&str]) -> Result<Row, String> {
    if cols.len() < 7 {
        return Err(format!(
            "expected at least 7 tab-separated columns, found {}",
            cols.len()
        ));
    }
    // The phrase keeps its "..." gap: it is the override key.
    let phrase = lowercase(cols[0].trim());
    if phrase.is_empty() {
        return Err("empty phrase".to_string());
    }
    let pos = parse_pos(cols[2].trim())?;
    if pos == Pos::Affix && !phrase.starts_with('-') {
        return Err("an affix must start with `-`".to_string());
    }
    let event_type = parse_event_type(cols[3].trim())?;
    let class = parse_class(cols[6].trim())?;
    let tail = gap_tail(&phrase)?;
    let forms = parse_forms(cols[1]);
    if let Some(bad) = forms
        .iter()
        .chain(std::iter::once(&phrase))
        .find(|f| !f.starts_with(|c: char| c.is_alphabetic() || c == '-'))
    {
        return Err(format!("{bad:?} is not a word"));
    }
    Ok(Row {
        phrase,
        forms,
        pos,
        entry: Entry {
            event_type,
            mode: optional_cell(cols[4]),
            cameo: optional_cell(cols[5]),
            pos,
            class,
            tail,
        },
    })
}

fn parse_pos(cell: &str) -> Result<Pos, String> {
    match cell {
        "verb" => Ok(Pos::Verb),
        "noun" => Ok(Pos::Noun),
        "phrase" => Ok(Pos::Phrase),
        "affix" => Ok(Pos::Affix),
        p => Err(format!("unknown pos {p:?}")),
    }
}

/// A row's event type; `-` is a row that says "not an event".
fn parse_event_type(cell: &str) -> Result<Option<EventType>, String> {
    match cell {
        "-" => Ok(None),
        t => EventType::parse(t)
            .map(Some)
            .ok_or_else(|| format!("unknown event type {t:?}")),
    }
}

fn parse_class(cell: &str) -> Result<Class, String> {
    match cell {
        "" | "event" => Ok(Class::Event),
        "direct" => Ok(Class::Direct),
        "commit" => Ok(Class::Commit),
        "intent" => Ok(Class::Intent),
        "modal" => Ok(Class::Modal),
        "means" => Ok(Class::Means),
        c => Err(format!("unknown class {c:?}")),
    }
}

/// The words after a gapped phrase's "..." (empty when it has no gap); a
/// gap needs words on both sides.
fn gap_tail(phrase: &str) -> Result<Vec<LexStr>, String> {
    let Some((head, tail)) = gap_split(phrase) else {
        return Ok(Vec::new());
    };
    let tail: Vec<LexStr> = tail
        .split_whitespace()
        .map(|w| LexStr::Owned(w.to_string()))
        .collect();
    if tail.is_empty() || head.trim().is_empty() {
        return Err("`...` needs words on both sides".to_string());
    }
    // A second gap ("impose ... new ... sanctions", or a group whose
    // alternative brings its own: "{slap ...|impose} ... sanctions") would
    // be read as a tail word no text has: the row would never match.
    if tail.iter().any(|w| w.contains("..")) {
        return Err("a phrase has at most one `...`".to_string());
    }
    Ok(tail)
}

/// The `|`-separated irregular forms, lower-cased, empty ones dropped.
fn parse_forms(cell: &str) -> Vec<String> {
    cell.split('|')
        .map(|f| lowercase(f.trim()))
        .filter(|f| !f.is_empty())
        .collect()
}

/// A cell's trimmed text, `None` when blank.
fn optional_cell(cell: &str) -> Option<LexStr> {
    let cell = cell.trim();
    (!cell.is_empty()).then(|| LexStr::Owned(cell.to_string()))
}

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// Whether a one-syllable word ends consonant–vowel–consonant, so that the
/// final consonant doubles ("ban" → "banned").
fn doubles(w: &str) -> bool {
    let b = w.as_bytes();
    if b.len() < 3 || !b.iter().all(|c| c.is_ascii_lowercase()) {
        return false;
    }
    let n = b.len();
    let (v, c2) = (b[n - 2], b[n - 1]);
    let vowel_groups = (0..n)
        .filter(|&i| vowel_at(b, i) && (i == 0 || !vowel_at(b, i - 1)))
        .count();
    vowel_groups == 1
        && !vowel_at(b, n - 3)
        && is_vowel(v)
        && !is_vowel(c2)
        && !matches!(c2, b'w' | b'x' | b'y')
}

/// Whether the letter at `i` is sounded as a vowel: the `u` of "qu" is not
/// ("quit" doubles its `t` as "hit" does: "quitting").
fn vowel_at(b: &[u8], i: usize) -> bool {
    is_vowel(b[i]) && !(b[i] == b'u' && i > 0 && b[i - 1] == b'q')
}

fn plural_s(w: &str) -> String {
    let b = w.as_bytes();
    if w.ends_with('s')
        || w.ends_with('x')
        || w.ends_with('z')
        || w.ends_with("ch")
        || w.ends_with("sh")
    {
        [w, "es"].concat()
    } else if b.len() >= 2 && w.ends_with('y') && !is_vowel(b[b.len() - 2]) {
        [&w[..w.len() - 1], "ies"].concat()
    } else {
        [w, "s"].concat()
    }
}

/// Irregular verbs: lemma → past and participle forms.
pub(crate) type Irregulars = FastMap<String, Vec<String>>;

/// Whether a word ends in one vowel and one consonant ("ban", "cancel",
/// "commit"), so its final consonant may double before -ed / -ing.
fn may_double(w: &str) -> bool {
    let b = w.as_bytes();
    let n = b.len();
    n >= 3
        && b.iter().all(|c| c.is_ascii_lowercase())
        && !vowel_at(b, n - 3)
        && is_vowel(b[n - 2])
        && !is_vowel(b[n - 1])
        && !matches!(b[n - 1], b'w' | b'x' | b'y')
}

/// Inflections of a verb: (form, kind). Irregular pasts come from the
/// irregular-verb table; for words that may double their final consonant
/// in more than one syllable ("cancel", "commit"), both spellings are
/// generated, since an unused spelling costs nothing.
fn verb_forms(w: &str, irregular: &Irregulars) -> Vec<(String, Form)> {
    let b = w.as_bytes();
    // Room for every form made below, so the list is allocated once.
    let mut out = Vec::with_capacity(6);
    out.extend([(w.to_string(), Form::Base), (plural_s(w), Form::S)]);
    let consonant_y = b.len() >= 2 && w.ends_with('y') && !is_vowel(b[b.len() - 2]);
    let double_always = doubles(w);
    let double_maybe = !double_always && may_double(w);
    let last = &w[w.len().saturating_sub(1)..];
    if let Some(pasts) = irregular.get(w) {
        for p in pasts {
            out.push((p.clone(), Form::Past));
        }
    } else if w.ends_with('e') {
        out.push(([w, "d"].concat(), Form::Past));
    } else if consonant_y {
        out.push(([&w[..w.len() - 1], "ied"].concat(), Form::Past));
    } else {
        if !double_always {
            out.push(([w, "ed"].concat(), Form::Past));
        }
        if double_always || double_maybe {
            out.push(([w, last, "ed"].concat(), Form::Past));
        }
    }
    if let Some(stem) = w.strip_suffix("ie") {
        out.push(([stem, "ying"].concat(), Form::Ing));
    } else if w.ends_with('e') && !w.ends_with("ee") && !w.ends_with("ye") && !w.ends_with("oe") {
        out.push(([&w[..w.len() - 1], "ing"].concat(), Form::Ing));
    } else {
        if !double_always {
            out.push(([w, "ing"].concat(), Form::Ing));
        }
        if double_always || double_maybe {
            out.push(([w, last, "ing"].concat(), Form::Ing));
        }
    }
    out.dedup();
    out
}

fn parse_irregulars(file: &str, contents: &str) -> Result<Irregulars, String> {
    let mut out = Irregulars::default();
    // The header names the columns; any names will do.
    for line in tsv::read(contents).1 {
        let cols = line.cells();
        if cols.len() != 3 || cols[0].trim().is_empty() {
            return Err(format!(
                "{file}:{}: expected lemma<TAB>past<TAB>participle",
                line.number
            ));
        }
        let mut forms: Vec<String> = Vec::new();
        for f in cols[1].split('|').chain(cols[2].split('|')) {
            let f = f.trim().to_lowercase();
            if !f.is_empty() && !forms.contains(&f) {
                forms.push(f);
            }
        }
        out.insert(cols[0].trim().to_lowercase(), forms);
    }
    Ok(out)
}

/// Classifies an explicitly listed form against its lemma.
fn form_kind(form: &str, lemma: &str, pos: Pos) -> Form {
    let f = form.split(' ').next().unwrap_or(form);
    let l = lemma.split(' ').next().unwrap_or(lemma);
    if f == l {
        Form::Base
    } else if f.ends_with("ing") && !l.ends_with("ing") {
        Form::Ing
    } else if (f.ends_with('s') && !l.ends_with('s')) || pos == Pos::Noun {
        Form::S
    } else {
        Form::Past
    }
}

/// Every surface form of a row whose head (the phrase before any gap) is
/// `head`, with its kind.
fn surfaces_of(row: &Row, head: &str, irregular: &Irregulars) -> Vec<(String, Form)> {
    let head = head.to_string();
    if !row.forms.is_empty() {
        let mut out = vec![(head.clone(), Form::Base)];
        for f in &row.forms {
            out.push((f.clone(), form_kind(f, &head, row.pos)));
        }
        return out;
    }
    match row.pos {
        Pos::Phrase | Pos::Affix => vec![(head, Form::Base)],
        Pos::Noun => {
            // Inflect the last word ("air strike" → "air strikes"); words
            // already plural ("talks", "sanctions") stay as they are.
            let (front, last) = match head.rsplit_once(' ') {
                Some((f, l)) => ([f, " "].concat(), l.to_string()),
                None => (String::new(), head.clone()),
            };
            let mut out = vec![(head.clone(), Form::Base)];
            if !last.ends_with('s') || last.ends_with("ss") {
                out.push(([front.as_str(), &plural_s(&last)].concat(), Form::S));
            }
            out
        }
        Pos::Verb => {
            // Inflect the first word ("call for" → "called for").
            let (first, rest) = match head.split_once(' ') {
                Some((f, r)) => (f.to_string(), [" ", r].concat()),
                None => (head.clone(), String::new()),
            };
            let mut forms = verb_forms(&first, irregular);
            // Most verbs are one word: their forms are the surfaces as made.
            if !rest.is_empty() {
                for (f, _) in &mut forms {
                    f.push_str(&rest);
                }
            }
            forms
        }
    }
}

/// The classes of one word of a word-class file, of the three kinds.
type WordClasses = (wc::Classes, wc::Cold, wc::Rare);

/// The rows of a word-class file: per lower-case word, its classes of
/// the three kinds.
fn parse_words(file: &str, contents: &str) -> Result<FastMap<String, WordClasses>, String> {
    let mut words = FastMap::default();
    // The header names the columns; any names will do.
    for line in tsv::read(contents).1 {
        let (word, classes) = line
            .text
            .split_once('\t')
            .ok_or_else(|| format!("{file}:{}: expected word<TAB>classes", line.number))?;
        let (mut bits, mut cold, mut rare) = (0, 0, 0);
        for c in classes.split(',').map(str::trim).filter(|c| !c.is_empty()) {
            if let Some((_, b)) = wc::NAMES.iter().find(|(name, _)| *name == c) {
                bits |= b;
            } else if let Some((_, b)) = wc::COLD_NAMES.iter().find(|(name, _)| *name == c) {
                cold |= b;
            } else if let Some((_, b)) = wc::RARE_NAMES.iter().find(|(name, _)| *name == c) {
                rare |= b;
            } else if wc::is_listed_class(c) {
                // A listed class ([`listed_classes`]), no bit.
            } else {
                return Err(format!("{file}:{}: unknown word class {c:?}", line.number));
            }
        }
        let entry = words.entry(word.trim().to_lowercase()).or_insert((0, 0, 0));
        entry.0 |= bits;
        entry.1 |= cold;
        entry.2 |= rare;
    }
    Ok(words)
}

/// One bit of 64 for a word's length and first byte (its ASCII lower
/// case): a word equal to another but for ASCII case has the other's bit,
/// as both have its length and first letter.
pub(crate) fn word_shape(word: &str) -> u64 {
    let first = word.as_bytes().first().map_or(0, u8::to_ascii_lowercase);
    1 << ((7 * word.len() + usize::from(first)) % 64)
}

/// The classes of a word-class file kept as lists rather than bits
/// ([`wc::is_listed_class`]), read in one pass: the words of each, and the
/// [`wc::RECIPROCAL`] phrases split into their words, in lower case, each once.
fn listed_classes(contents: &str) -> ListedClasses {
    let mut lists = ListedClasses::default();
    // One pass over the rows for every listed class: the file is read at
    // each start-up, and most rows name no listed class, so a row is
    // lower-cased only once one of its classes is listed.
    for line in tsv::read(contents).1 {
        let Some((word, classes)) = sitrep_text::split_once_byte(line.text, b'\t') else {
            continue;
        };
        for class in classes.split(',').map(str::trim) {
            if let Some(&(_, bit)) = wc::listed::NAMES.iter().find(|(name, _)| *name == class) {
                let word = lowercase(word.trim());
                lists.longest_token_word = lists.longest_token_word.max(word.len());
                lists.class_shapes[bit.trailing_zeros() as usize] |= word_shape(&word);
                *lists.token_classes.entry_or_default(word) |= bit;
                continue;
            }
            let list = match class {
                wc::CUSTODY_MODE => &mut lists.custody_modes,
                wc::HOST_MODE => &mut lists.host_modes,
                wc::MEDIATE_MODE => &mut lists.mediate_modes,
                wc::VISIT_MODE => &mut lists.visit_modes,
                wc::RELEASE_MODE => &mut lists.release_modes,
                wc::BAN_MODE => &mut lists.ban_modes,
                wc::DEPLOY_MODE => &mut lists.deploy_modes,
                wc::RECIPROCAL => {
                    let phrase: Vec<String> = word.split_whitespace().map(lowercase).collect();
                    if !lists.reciprocals.contains(&phrase) {
                        lists.reciprocals.push(phrase);
                    }
                    continue;
                }
                _ => continue,
            };
            let word = lowercase(word.trim());
            if !list.contains(&word) {
                list.push(word);
            }
        }
    }
    lists
}

/// Whether `mode` (a trigger row's mode) is one of `modes`, a listed class of
/// trigger modes (`custody_mode`, `host_mode`, `mediate_mode`, `visit_mode`,
/// `release_mode`, `ban_mode`).
fn mode_in(modes: &[String], mode: Option<&str>) -> bool {
    mode.is_some_and(|m| modes.iter().any(|c| c == m))
}

/// The word classes of `events-words.tsv` kept as lists ([`wc::is_listed_class`]).
#[derive(Debug, Clone, Default)]
pub(crate) struct ListedClasses {
    /// The words of the listed classes a rule asks of a token
    /// ([`wc::listed`]), lower case, each with the bits of its classes: one
    /// probe answers [`EventLexicon::token_listed`], where comparing the token
    /// with each word of a list cost a few hundred instructions a question
    /// (98 `party_noun` words, 59 `issuing_verb` words).
    pub(crate) token_classes: WordMap<wc::Listed>,
    /// The longest word of `token_classes`, in bytes: a longer token is none
    /// of them, and is not lower-cased to be looked up.
    pub(crate) longest_token_word: usize,
    /// Per class of [`wc::listed`] (by bit number), the [`word_shape`] bits
    /// of its words: a token whose bit is not set is none of them, so most
    /// tokens a rule asks about ("someone"? at every word before a verb) are
    /// answered without the table probe.
    pub(crate) class_shapes: [u64; wc::listed::NAMES.len()],
    /// The `reciprocal` phrases of `events-words.tsv` ("each other", "one
    /// another"), lower case, each as its words: a list, as
    /// `indefinite_pronouns`.
    pub(crate) reciprocals: Vec<Vec<String>>,
    /// The `custody_mode` rows of `events-words.tsv` ("arrest"): trigger
    /// modes, as the mode column spells them.
    pub(crate) custody_modes: Vec<String>,
    /// The `host_mode` rows of `events-words.tsv` ("host"): trigger modes, as
    /// `custody_modes`.
    pub(crate) host_modes: Vec<String>,
    /// The `mediate_mode` rows of `events-words.tsv` ("mediate"): trigger
    /// modes, as `custody_modes`.
    pub(crate) mediate_modes: Vec<String>,
    /// The `visit_mode` rows of `events-words.tsv` ("visit"): trigger modes,
    /// as `custody_modes`.
    pub(crate) visit_modes: Vec<String>,
    /// The `release_mode` rows of `events-words.tsv` ("release"): trigger
    /// modes, as `custody_modes`.
    pub(crate) release_modes: Vec<String>,
    /// The `ban_mode` rows of `events-words.tsv` ("ban"): trigger modes, as
    /// `custody_modes`.
    pub(crate) ban_modes: Vec<String>,
    /// The `deploy_mode` rows of `events-words.tsv` ("troops"): the mode a
    /// deployment of one's own forces is written with (the first row's).
    pub(crate) deploy_modes: Vec<String>,
}

impl ListedClasses {
    /// The lists of trigger modes, in one order (the prebuilt form's).
    pub(crate) fn mode_lists(&self) -> [&Vec<String>; 7] {
        [
            &self.custody_modes,
            &self.host_modes,
            &self.mediate_modes,
            &self.visit_modes,
            &self.release_modes,
            &self.ban_modes,
            &self.deploy_modes,
        ]
    }

    /// [`ListedClasses::mode_lists`], to fill.
    pub(crate) fn mode_lists_mut(&mut self) -> [&mut Vec<String>; 7] {
        [
            &mut self.custody_modes,
            &mut self.host_modes,
            &mut self.mediate_modes,
            &mut self.visit_modes,
            &mut self.release_modes,
            &mut self.ban_modes,
            &mut self.deploy_modes,
        ]
    }
}

impl EventLexicon {
    /// The lexicon shipped with sitrep: the generated CAMEO rows overridden
    /// by the curated rows, and the built-in word classes.
    pub fn builtin() -> Result<EventLexicon, String> {
        EventLexicon::builtin_with(&sitrep_record::data_dir::DataDir::none())
    }

    /// The shipped lexicon extended by the user's files in `data`: trigger
    /// rows in `lexicons/events.tsv` override the built-in rows of the same
    /// phrase and part of speech (as the curated rows override the CAMEO
    /// ones) or add new ones; `lexicons/events-irregular.tsv`,
    /// `lexicons/events-words.tsv` and `lexicons/events-filter.tsv` add rows.
    pub fn builtin_with(data: &sitrep_record::data_dir::DataDir) -> Result<EventLexicon, String> {
        EventLexicon::builtin_with_words(data, crate::ClaimWords::builtin_with(data)?)
    }

    /// [`EventLexicon::builtin_with`] with the claims word classes the
    /// caller read already (`ClaimWords::builtin_with` of the same `data`):
    /// a program that also gives them to the cue lexicon reads the file
    /// once.
    pub fn builtin_with_words(
        data: &sitrep_record::data_dir::DataDir,
        claim_words: crate::ClaimWords,
    ) -> Result<EventLexicon, String> {
        let irregular = data.extend(EVENTS_IRREGULAR_TSV)?;
        let words = data.extend(EVENTS_WORDS_TSV)?;
        // The user's trigger file is a source of its own, after the
        // built-in ones, so its rows win (rows are keyed by phrase and pos).
        let user = data
            .user_file(EVENTS_TSV)?
            .map(|(path, text, _)| (path.display().to_string(), text));
        let mut sources = vec![EVENTS_CAMEO_TSV, EVENTS_TSV];
        if let Some((name, text)) = &user {
            sources.push((name.as_str(), text.as_str()));
        }
        // The built-in files alone give the table build.rs built from them
        // (see `prebuilt`): read it rather than build it again.
        let builtin_only = user.is_none()
            && irregular.text == EVENTS_IRREGULAR_TSV.1
            && words.text == EVENTS_WORDS_TSV.1;
        let mut lex = if builtin_only {
            // (Its listed classes too: `from_sources` read them from the
            // same rows.)
            crate::prebuilt::decode(crate::PREBUILT_LEXICON)
        } else {
            EventLexicon::from_sources(
                &sources,
                (irregular.name, &irregular.text),
                (words.name, &words.text),
            )
            .map_err(|e| words.locate(irregular.locate(e)))?
        };
        // The claims word classes events reads (cue leads, qualifiers), with
        // the user's rows as sitrep-claims sees them.
        lex.claim_words = claim_words;
        Ok(lex.with_filter(crate::filter::EventFilter::builtin_with(data)?))
    }

    /// This lexicon with another event filter (non-event contexts and the
    /// political gate; [`crate::filter::EventFilter`]). A lexicon built by
    /// [`EventLexicon::from_sources`] has an empty filter: no context is a
    /// non-event and no event is gated.
    pub fn with_filter(mut self, filter: crate::filter::EventFilter) -> EventLexicon {
        for info in self.vocab.values_mut() {
            info.opens_context = false;
            info.domain = false;
        }
        for word in filter.context_words() {
            self.vocab.entry_or_default(word.to_string()).opens_context = true;
        }
        for word in filter.domain_words() {
            self.vocab.entry_or_default(word.to_string()).domain = true;
        }
        self.filter = filter;
        self
    }

    /// The event filter in use.
    pub fn filter(&self) -> &crate::filter::EventFilter {
        &self.filter
    }

    /// Builds a lexicon from trigger files (later files override earlier
    /// ones, row by phrase and pos), an irregular-verb file and a word-class
    /// file, each given as (name, contents). Errors name the file and line.
    pub fn from_sources(
        trigger_files: &[(&str, &str)],
        irregular_file: (&str, &str),
        words_file: (&str, &str),
    ) -> Result<EventLexicon, String> {
        let irregular = parse_irregulars(irregular_file.0, irregular_file.1)?;
        let rows = merge_trigger_files(trigger_files)?;
        let SurfaceIndex {
            mut entries,
            heads,
            mut surfaces,
            patterns,
        } = SurfaceIndex::of(rows, &irregular);
        inherit_head_classes(&mut entries, &heads);
        order_candidates(&mut surfaces, &entries);
        let gaps = GappedIndex::take_from(&mut surfaces, &entries);
        let mut phrases = PhraseIndex::of(&patterns);
        for (word, (classes, cold, rare)) in parse_words(words_file.0, words_file.1)? {
            let info = phrases.vocab.entry_or_default(word);
            info.classes |= classes;
            info.cold |= cold;
            info.rare |= rare;
        }
        mark_gap_stems(&mut phrases.vocab, &gaps.stem_list);
        let tail_stems = tail_stems(&entries);
        Ok(EventLexicon {
            entries,
            phrase_words: phrases.phrase_words.into(),
            surfaces: surfaces.into(),
            gapped: GappedRows::of(gaps.gapped),
            gapped_stems: gaps.gapped_stems,
            object_stems: gaps.object_stems,
            word_phrases: phrases
                .word_phrases
                .into_iter()
                .map(|wp| wp.phrases)
                .collect::<Vec<_>>()
                .into(),
            second_words: phrases.second_words,
            pairs: phrases.pairs,
            tail_stems,
            vocab: phrases.vocab,
            affixes: phrases.affixes,
            claim_words: crate::ClaimWords::builtin()?,
            filter: crate::filter::EventFilter::default(),
            listed: listed_classes(words_file.1),
        })
    }

    /// Whether `mode` is a `custody_mode` of `events-words.tsv`: its act
    /// takes a person into custody ("arrest").
    pub(crate) fn is_custody_mode(&self, mode: Option<&str>) -> bool {
        mode_in(&self.listed.custody_modes, mode)
    }

    /// Whether `mode` is a `host_mode` of `events-words.tsv`: its doer is a
    /// host, a third party receiving a visitor ("host").
    pub(crate) fn is_host_mode(&self, mode: Option<&str>) -> bool {
        mode_in(&self.listed.host_modes, mode)
    }

    /// Whether `mode` is a `mediate_mode` of `events-words.tsv`: its doer is
    /// a mediator between two sides ("mediate").
    pub(crate) fn is_mediate_mode(&self, mode: Option<&str>) -> bool {
        mode_in(&self.listed.mediate_modes, mode)
    }

    /// Whether `mode` is a `visit_mode` of `events-words.tsv`: its act is a
    /// visit paid ("visit").
    pub(crate) fn is_visit_mode(&self, mode: Option<&str>) -> bool {
        mode_in(&self.listed.visit_modes, mode)
    }

    /// Whether `mode` is a `release_mode` of `events-words.tsv`: its act
    /// releases someone or something ("release").
    pub(crate) fn is_release_mode(&self, mode: Option<&str>) -> bool {
        mode_in(&self.listed.release_modes, mode)
    }

    /// Whether `mode` is a `ban_mode` of `events-words.tsv`: its act bans
    /// something inside a state ("ban").
    pub(crate) fn is_ban_mode(&self, mode: Option<&str>) -> bool {
        mode_in(&self.listed.ban_modes, mode)
    }

    /// The mode a deployment of one's own forces is written with: the first
    /// `deploy_mode` row of `events-words.tsv` ("troops"); none when no row
    /// lists one, and then no act is read as such a deployment.
    pub(crate) fn deploy_mode(&self) -> Option<&str> {
        self.listed.deploy_modes.first().map(String::as_str)
    }

    /// Whether `mode` is a host's or a mediator's ([`Self::is_host_mode`],
    /// [`Self::is_mediate_mode`]): its doer is a third party to the sides it
    /// brings together.
    pub(crate) fn is_third_party_mode(&self, mode: Option<&str>) -> bool {
        self.is_host_mode(mode) || self.is_mediate_mode(mode)
    }

    /// Number of rows in use.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// What the vocabulary knows about a word (any case); `buf` is scratch.
    #[inline]
    pub(crate) fn lookup<'l>(&'l self, word: &str, buf: &mut String) -> Option<&'l WordInfo> {
        if word.is_ascii() {
            // What `lower_into` would make of it, without the copy.
            return self.vocab.get_ascii_lowercase(word);
        }
        lower_into(word, buf);
        self.vocab.get(buf.as_str())
    }

    /// The listed classes ([`wc::listed`]) of `word`, ASCII case aside (as
    /// `Sent::is` compares a token with a word): one table probe.
    pub(crate) fn token_listed(&self, word: &str) -> wc::Listed {
        let listed = &self.listed;
        if word.len() > listed.longest_token_word {
            return 0;
        }
        listed
            .token_classes
            .get_ascii_lowercase(word)
            .copied()
            .unwrap_or(0)
    }

    /// Whether `word` is a word of one of the listed classes `classes`
    /// ([`EventLexicon::token_listed`]), its shape tested first: most words
    /// asked about have no listed word's length and first letter.
    pub(crate) fn is_token_listed(&self, word: &str, classes: wc::Listed) -> bool {
        let shape = word_shape(word);
        let mut bits = classes;
        let mut may_be = false;
        while bits != 0 {
            let class = bits.trailing_zeros() as usize;
            may_be |= self
                .listed
                .class_shapes
                .get(class)
                .is_some_and(|s| s & shape != 0);
            bits &= bits - 1;
        }
        may_be && self.token_listed(word) & classes != 0
    }

    /// The rows of `word`'s one-word phrase (any case), as (entry, form)
    /// pairs; empty when the word opens no one-word phrase. `buf` is scratch.
    pub(crate) fn one_word_rows<'l>(&'l self, word: &str, buf: &mut String) -> &'l [(u32, Form)] {
        match self.lookup(word, buf) {
            Some(info) if info.single != NO_ID => &self.surfaces[info.single as usize],
            _ => &[],
        }
    }

    /// The [`wc::Rare`] classes of a word (any case).
    pub fn rare_classes(&self, word: &str) -> wc::Rare {
        let mut buf = String::new();
        self.lookup(word, &mut buf).map_or(0, |info| info.rare)
    }

    /// The trigger phrases starting with a word, longest first.
    pub(crate) fn phrases_of(&self, info: &WordInfo) -> &[u32] {
        self.word_phrases.get(info.phrases as usize).unwrap_or(&[])
    }

    /// The gapped rows headed by `surface` whose first object word has the
    /// stem numbered `stem` (see `object_stems`).
    #[inline]
    pub(crate) fn gapped_rows(&self, surface: u32, stem: u32) -> Option<&[(u32, Form)]> {
        self.gapped.get(gapped_key(surface, stem))
    }

    /// The affix phrases a hyphenated word ends with ("Iran-backed").
    pub(crate) fn affix_phrases<'l>(&'l self, word: &str, buf: &mut String) -> Option<&'l [u32]> {
        let (_, last) = word.rsplit_once('-')?;
        lower_into(last, buf);
        self.affixes.get(buf.as_str()).map(Vec::as_slice)
    }
}

/// The rows of the trigger files, one per (phrase, pos): a later file's row
/// overrides an earlier file's, and within one file the first row wins.
fn merge_trigger_files(trigger_files: &[(&str, &str)]) -> Result<Vec<Row>, String> {
    // Build-only tables, never iterated: the FNV hasher, not SipHash.
    let mut by_key: FastMap<(String, Pos), usize> = FastMap::default();
    let mut rows: Vec<Row> = Vec::new();
    for (file, contents) in trigger_files {
        let mut seen_here: FastSet<(String, Pos)> = Default::default();
        let parsed = parse_rows(file, contents)?;
        rows.reserve(parsed.len());
        // Sized up front: growing these tables rehashed every key.
        by_key.reserve(parsed.len());
        seen_here.reserve(parsed.len());
        for row in parsed {
            let key = (row.phrase.clone(), row.pos);
            match by_key.get(&key) {
                Some(&i) if !seen_here.contains(&key) => rows[i] = row,
                Some(_) => {}
                None => {
                    by_key.insert(key.clone(), rows.len());
                    rows.push(row);
                }
            }
            seen_here.insert(key);
        }
    }
    Ok(rows)
}

/// The entries in use and every surface form they are matched by: a
/// surface's id is its index in `surfaces` (its candidate entries, with the
/// form of each) and in `patterns` (its text).
struct SurfaceIndex {
    entries: Vec<Entry>,
    /// Each entry's head: its phrase, or the part before the gap of a
    /// gapped row ("reject" of "reject ... request").
    heads: Vec<String>,
    surfaces: Vec<Vec<(u32, Form)>>,
    patterns: Vec<String>,
}

impl SurfaceIndex {
    /// Numbers the rows' entries and their surfaces (the forms of each
    /// row's head: a verb's inflections, a noun's plural …).
    fn of(rows: Vec<Row>, irregular: &Irregulars) -> SurfaceIndex {
        let mut index = SurfaceIndex {
            entries: Vec::with_capacity(rows.len()),
            heads: Vec::with_capacity(rows.len()),
            surfaces: Vec::with_capacity(rows.len()),
            patterns: Vec::with_capacity(rows.len()),
        };
        // About one surface per row (a verb has four or five, most rows'
        // forms are shared): sized so the tables rarely grow.
        let mut surface_ids: FastMap<String, usize> = FastMap::default();
        surface_ids.reserve(rows.len());
        // "Not an event" rows shadow generated rows with the same surface
        // form but are never matched themselves, except multiword ones
        // ("declined to comment") which must win over a shorter trigger.
        for row in rows {
            let keep_blocked = row.entry.event_type.is_none() && row.phrase.contains(' ');
            if row.entry.event_type.is_none() && !keep_blocked {
                continue;
            }
            let idx = index.entries.len() as u32;
            let head = gap_head(&row.phrase).trim();
            for (surface, form) in surfaces_of(&row, head, irregular) {
                // Looked up before inserting: most surfaces are new, and
                // `entry` would clone every one of them for the key.
                let sid = match surface_ids.get(&surface) {
                    Some(&sid) => sid,
                    None => {
                        let sid = index.surfaces.len();
                        index.patterns.push(surface.clone());
                        index.surfaces.push(Vec::new());
                        surface_ids.insert(surface, sid);
                        sid
                    }
                };
                // Entries arrive in index order, so a repeat of this row's
                // entry can only be the list's last element (a scan of the
                // whole list was quadratic for heads with hundreds of rows).
                // A verb whose past is its base ("hit", "cut", "put") keeps
                // both readings: the clause decides ("missiles hit Kyiv").
                let list = &mut index.surfaces[sid];
                if list.last().is_none_or(|&(e, f)| e != idx || f != form) {
                    list.push((idx, form));
                }
            }
            index.heads.push(head.to_string());
            index.entries.push(row.entry);
        }
        index
    }
}

/// A gapped row takes the governing class of its head verb's row
/// ("reject ... request" governs like "reject").
fn inherit_head_classes(entries: &mut [Entry], heads: &[String]) {
    let head_class: FastMap<String, Class> = entries
        .iter()
        .zip(heads)
        .filter(|(e, _)| {
            e.tail.is_empty()
                && e.pos == Pos::Verb
                && matches!(e.class, Class::Direct | Class::Commit)
        })
        .map(|(e, h)| (h.clone(), e.class))
        .collect();
    for (e, h) in entries.iter_mut().zip(heads) {
        if !e.tail.is_empty() && e.class == Class::Event {
            if let Some(c) = head_class.get(h) {
                e.class = *c;
            }
        }
    }
}

/// Orders each surface's candidates: gapped rows first (most specific),
/// then verbs, nouns, the rest.
fn order_candidates(surfaces: &mut [Vec<(u32, Form)>], entries: &[Entry]) {
    for list in surfaces {
        list.sort_by_key(|(e, _)| {
            let e = &entries[*e as usize];
            (
                std::cmp::Reverse(e.tail.len()),
                match e.pos {
                    Pos::Verb => 0,
                    Pos::Noun => 1,
                    Pos::Phrase => 2,
                    Pos::Affix => 3,
                },
            )
        });
    }
}

/// The gapped rows' candidates, indexed by surface and the stem of their
/// first object word (see the fields of the same names on [`EventLexicon`]).
struct GappedIndex {
    gapped: FastMap<u64, Vec<(u32, Form)>>,
    gapped_stems: Vec<u64>,
    object_stems: WordMap<u32>,
    /// The object stems by id.
    stem_list: Vec<String>,
}

impl GappedIndex {
    /// Moves the gapped rows' candidates out of the per-surface lists
    /// (which keep only the contiguous rows) into an index by their first
    /// object word, longest rows first.
    fn take_from(surfaces: &mut [Vec<(u32, Form)>], entries: &[Entry]) -> GappedIndex {
        let mut index = GappedIndex {
            gapped: FastMap::default(),
            gapped_stems: vec![0u64; surfaces.len()],
            object_stems: WordMap::default(),
            stem_list: Vec::new(),
        };
        // Sized up front (a few rows per gapped head): growing it rehashed.
        index.gapped.reserve(surfaces.len());
        let mut stem = String::new();
        // Per entry, its first object word's stem id once found: a gapped
        // row has a surface per inflection, all with the same object word.
        let mut entry_stem: Vec<Option<u32>> = vec![None; entries.len()];
        for (sid, list) in surfaces.iter_mut().enumerate() {
            list.retain(|&(e, form)| {
                let Some(first) = entries[e as usize].tail.first() else {
                    return true;
                };
                let id = *entry_stem[e as usize].get_or_insert_with(|| {
                    stem_into(first, &mut stem);
                    index.stem_id(&stem)
                });
                index
                    .gapped
                    .entry(gapped_key(sid as u32, id))
                    .or_default()
                    .push((e, form));
                index.gapped_stems[sid] |= gapped_stem_bit(id);
                false
            });
        }
        for list in index.gapped.values_mut() {
            list.sort_by_key(|(e, _)| std::cmp::Reverse(entries[*e as usize].tail.len()));
        }
        index
    }

    /// The id of an object stem, numbered in order of first sight.
    fn stem_id(&mut self, stem: &str) -> u32 {
        match self.object_stems.get(stem) {
            Some(&id) => id,
            None => {
                let id = self.stem_list.len() as u32;
                self.object_stems.insert(stem.to_string(), id);
                self.stem_list.push(stem.to_string());
                id
            }
        }
    }
}

/// The vocabulary of the surfaces: every phrase under its first word (split
/// the way the text tokenizer splits text), affixes under their last part,
/// and the second words of multiword phrases (see the fields of the same
/// names on [`EventLexicon`]).
struct PhraseIndex {
    vocab: WordMap<WordInfo>,
    phrase_words: Vec<Vec<LexStr>>,
    word_phrases: Vec<WordPhrases>,
    second_words: WordMap<u32>,
    pairs: FastMap<u64, Vec<u32>>,
    affixes: FastMap<String, Vec<u32>>,
}

impl PhraseIndex {
    fn of(patterns: &[String]) -> PhraseIndex {
        let mut vocab: WordMap<WordInfo> = WordMap::default();
        // Phrases' first words, second words, word classes and stems.
        vocab.reserve(patterns.len());
        let mut by_first: FastMap<String, WordPhrases> = FastMap::default();
        let mut affixes: FastMap<String, Vec<u32>> = FastMap::default();
        let mut phrase_words: Vec<Vec<LexStr>> = Vec::with_capacity(patterns.len());
        for (sid, surface) in patterns.iter().enumerate() {
            let words = phrase_words_of(surface);
            if let Some(rest) = surface.strip_prefix('-') {
                affixes.entry(lowercase(rest)).or_default().push(sid as u32);
            } else if let Some(first) = words.first() {
                by_first
                    .entry(first.clone())
                    .or_default()
                    .phrases
                    .push(sid as u32);
            }
            phrase_words.push(words.into_iter().map(LexStr::Owned).collect());
        }
        let mut word_phrases = Vec::with_capacity(by_first.len());
        let mut second_words: WordMap<u32> = WordMap::default();
        let mut second_list: Vec<String> = Vec::new();
        let mut pairs: FastMap<u64, Vec<u32>> = FastMap::default();
        for (first, mut wp) in by_first {
            wp.phrases
                .sort_by_key(|&p| std::cmp::Reverse(phrase_words[p as usize].len()));
            let list = word_phrases.len() as u32;
            let info = vocab.entry_or_default(first);
            info.phrases = list;
            // The search takes the first phrase (longest first) whose words
            // follow, so phrases after the first one-word phrase are never
            // chosen and are left out of `pairs`.
            for &p in &wp.phrases {
                let Some(second) = phrase_words[p as usize].get(1) else {
                    info.single = p;
                    break;
                };
                let second = second.to_ascii_lowercase();
                let id = match second_words.get(&second) {
                    Some(&id) => id,
                    None => {
                        let id = second_list.len() as u32;
                        second_words.insert(second.clone(), id);
                        second_list.push(second);
                        id
                    }
                };
                pairs.entry(pair_key(list, id)).or_default().push(p);
                info.multiword = true;
            }
            word_phrases.push(wp);
        }
        // A token's entry tells whether it is a second word, so a trigger's
        // next token is looked up in `pairs` only when it may match.
        for (id, word) in second_list.into_iter().enumerate() {
            vocab.entry_or_default(word).second = id as u32;
        }
        PhraseIndex {
            vocab,
            phrase_words,
            word_phrases,
            second_words,
            pairs,
            affixes,
        }
    }
}

/// Every lower-case word whose stem is a gapped row's first object word is
/// one of that stem's `stem_sources`: marks those whose stem it is, so a
/// token's entry tells its stem's id without stemming.
fn mark_gap_stems(vocab: &mut WordMap<WordInfo>, stem_list: &[String]) {
    let mut stem = String::new();
    for (id, object) in stem_list.iter().enumerate() {
        for word in stem_sources(object) {
            stem.clear();
            stem.push_str(&word);
            strip_plural(&mut stem);
            if stem == *object {
                vocab.entry_or_default(word).gap_stem = id as u32;
            }
        }
    }
}

/// The stems of each entry's object words (a gapped row's tail).
fn tail_stems(entries: &[Entry]) -> Lists<LexStr> {
    let mut stem = String::new();
    let mut stems = Lists::with_capacity(entries.len(), 0);
    for e in entries {
        stems.push_list(e.tail.iter().map(|w| {
            stem_into(w, &mut stem);
            LexStr::Owned(stem.clone())
        }));
    }
    stems
}

/// A trigger surface's words in lower case, split as the text tokenizer
/// splits text. Most surfaces are one plain word, which the tokenizer
/// always keeps whole: those skip it (a tenth of the lexicon build).
fn phrase_words_of(surface: &str) -> Vec<String> {
    if !surface.is_empty() && surface.bytes().all(|b| b.is_ascii_alphabetic()) {
        return vec![surface.to_ascii_lowercase()];
    }
    sitrep_text::tokens(surface)
        .iter()
        .map(|t| lowercase(t.text(surface)))
        .collect()
}

/// Lower-cases `word` into `buf`, with an ASCII fast path.
#[inline]
pub(crate) fn lower_into(word: &str, buf: &mut String) {
    buf.clear();
    if word.is_ascii() {
        buf.push_str(word);
        buf.make_ascii_lowercase();
    } else {
        for c in word.chars() {
            buf.extend(c.to_lowercase());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A phrase without braces is itself; each group multiplies the
    /// phrases, the leftmost group varying slowest (the order in which the
    /// rows of one file override each other), and each alternative is
    /// trimmed.
    #[test]
    fn alternatives_expand_to_the_cross_product_in_order() {
        assert_eq!(
            expand_alternatives("impose ... sanctions").unwrap(),
            ["impose ... sanctions"]
        );
        assert_eq!(
            expand_alternatives("{halt|call off} ... { talks | negotiations }").unwrap(),
            [
                "halt ... talks",
                "halt ... negotiations",
                "call off ... talks",
                "call off ... negotiations",
            ]
        );
        assert_eq!(
            expand_alternatives("hand over ... {hostages}").unwrap(),
            ["hand over ... hostages"]
        );
        assert_eq!(
            expand_alternatives("pull out of ... {arms|weapons} {deal|sales}").unwrap(),
            [
                "pull out of ... arms deal",
                "pull out of ... arms sales",
                "pull out of ... weapons deal",
                "pull out of ... weapons sales",
            ]
        );
    }

    /// Each malformed group is refused with its reason, never half
    /// expanded: unclosed, nested, stray marks, empty alternatives, and a
    /// product over the limit (one at the limit is still taken).
    #[test]
    fn malformed_alternatives_are_refused_with_a_reason() {
        for (cell, reason) in [
            ("{halt|suspend ... talks", "unclosed"),
            ("{halt|{suspend}} ... talks", "unclosed"),
            ("halt} ... talks", "outside"),
            ("halt|suspend ... talks", "outside"),
            ("{halt||suspend} ... talks", "empty alternative"),
            ("{halt|suspend|} ... talks", "empty alternative"),
            ("{ } ... talks", "empty alternative"),
            ("{} ... talks", "empty alternative"),
        ] {
            let err = expand_alternatives(cell).expect_err(cell);
            assert!(err.contains(reason), "{cell}: {err}");
        }
        let group = |n: usize| {
            let words: Vec<String> = (0..n).map(|i| format!("w{i}")).collect();
            format!("{{{}}}", words.join("|"))
        };
        let at_limit = format!("{} ... {}", group(16), group(16));
        assert_eq!(expand_alternatives(&at_limit).unwrap().len(), 256);
        let over = format!("{} ... {}", group(16), group(17));
        assert!(expand_alternatives(&over)
            .unwrap_err()
            .contains("more than 256"));
    }

    /// A row with alternatives is one row per phrase, each with the row's
    /// columns; its errors name the file and line; a head that varies takes
    /// no forms column, a fixed head with alternatives after the gap does.
    #[test]
    fn rows_with_alternatives_load_as_one_row_per_phrase() {
        let header = "phrase\tforms\tpos\ttype\tmode\tcameo\tclass\tnote\n";
        let rows = parse_rows(
            "x.tsv",
            &format!("{header}{{suspend|halt}} ... {{talks|negotiations}}\t\tverb\tSANCTION\t\t164\t\t\n"),
        )
        .unwrap();
        let phrases: Vec<&str> = rows.iter().map(|r| r.phrase.as_str()).collect();
        assert_eq!(
            phrases,
            [
                "suspend ... talks",
                "suspend ... negotiations",
                "halt ... talks",
                "halt ... negotiations"
            ]
        );
        assert!(rows
            .iter()
            .all(|r| r.entry.event_type == Some(EventType::Sanction)
                && r.entry.cameo.as_deref() == Some("164")
                && r.pos == Pos::Verb));
        let fixed_head = parse_rows(
            "x.tsv",
            &format!("{header}shake ... {{hands|hand}}\tshakes|shook|shaken|shaking\tverb\tCONSULT\t\t\t\t\n"),
        )
        .unwrap();
        assert_eq!(fixed_head.len(), 2);
        assert_eq!(fixed_head[1].forms.len(), 4);
        let err = parse_rows(
            "x.tsv",
            &format!(
                "{header}# a comment\n{{shake|wring}} ... hands\tshook\tverb\tCONSULT\t\t\t\t\n"
            ),
        )
        .err()
        .unwrap();
        assert!(
            err.starts_with("x.tsv:3: ") && err.contains("takes no forms"),
            "{err}"
        );
        let err = parse_rows(
            "x.tsv",
            &format!("{header}{{halt ... talks\t\tverb\tSANCTION\t\t\t\t\n"),
        )
        .err()
        .unwrap();
        assert!(err.starts_with("x.tsv:2: unclosed"), "{err}");
    }

    /// The cold classes sit in the padding of a vocabulary entry: the
    /// entry every token probes stays 32 bytes.
    #[test]
    fn cold_classes_keep_the_entry_size() {
        assert_eq!(std::mem::size_of::<WordInfo>(), 32);
    }

    /// `Lists` answers as the `Vec` of `Vec`s it stands for: empty lists
    /// first, between others and last, and no list past the end (the
    /// lookups ask `get` with an id read from the vocabulary).
    #[test]
    fn lists_answer_as_nested_vectors() {
        let nested: Vec<Vec<u32>> = vec![vec![], vec![7], vec![], vec![1, 2, 3], vec![]];
        let lists = Lists::from(nested.clone());
        assert_eq!(lists.len(), nested.len());
        for (i, list) in nested.iter().enumerate() {
            assert_eq!(lists.get(i), Some(list.as_slice()), "list {i}");
            assert_eq!(&lists[i], list.as_slice(), "list {i}");
        }
        assert_eq!(lists.get(nested.len()), None);
        assert_eq!(lists.get(usize::MAX), None);
        assert!(lists.iter().eq(nested.iter().map(Vec::as_slice)));
        let mut pushed = Lists::with_capacity(0, 0);
        for list in &nested {
            pushed.push_list(list.iter().copied());
        }
        assert_eq!(pushed, lists);
        let empty: Lists<u32> = Lists::default();
        assert_eq!((empty.len(), empty.get(0)), (0, None));
        assert_eq!(empty.iter().count(), 0);
    }

    #[test]
    fn gap_split_agrees_with_split_once() {
        for phrase in [
            "impose ... sanctions",
            "reject ...request",
            "call for",
            "",
            ".",
            "..",
            "...",
            "a....b",
            "a.b..c...d",
            "é ... ö",
        ] {
            assert_eq!(gap_split(phrase), phrase.split_once("..."), "{phrase:?}");
            assert_eq!(
                gap_head(phrase),
                phrase.split("...").next().unwrap_or(phrase),
                "{phrase:?}"
            );
        }
    }

    #[test]
    fn phrase_words_split_as_the_tokenizer_splits() {
        let by_tokenizer = |surface: &str| -> Vec<String> {
            sitrep_text::tokens(surface)
                .iter()
                .map(|t| t.text(surface).to_lowercase())
                .collect()
        };
        let lex = EventLexicon::builtin().unwrap();
        let mut surfaces: Vec<String> = lex.phrase_words.iter().map(|w| w.join(" ")).collect();
        surfaces.extend(
            [
                "Attack",
                "U.S.-led",
                "co-operate",
                "don't",
                "Naïve",
                "air strikes",
                "http",
                "-backed",
                "x",
            ]
            .map(String::from),
        );
        for surface in &surfaces {
            assert_eq!(
                phrase_words_of(surface),
                by_tokenizer(surface),
                "{surface:?}"
            );
        }
        assert_eq!(phrase_words_of("Attack"), ["attack"]);
    }

    #[test]
    fn regular_verb_forms() {
        let irregular = parse_irregulars("i.tsv", EVENTS_IRREGULAR_TSV.1).unwrap();
        let f = |w: &str| -> Vec<String> {
            verb_forms(w, &irregular)
                .into_iter()
                .map(|(s, _)| s)
                .collect()
        };
        assert_eq!(f("ban"), vec!["ban", "bans", "banned", "banning"]);
        assert_eq!(f("send"), vec!["send", "sends", "sent", "sending"]);
        assert_eq!(
            f("cancel"),
            vec![
                "cancel",
                "cancels",
                "canceled",
                "cancelled",
                "canceling",
                "cancelling"
            ]
        );
        assert_eq!(f("agree"), vec!["agree", "agrees", "agreed", "agreeing"]);
        // The `u` of "qu" is no vowel: "quit" doubles as "hit" would (its
        // past is the irregular table's).
        assert_eq!(f("quit"), vec!["quit", "quits", "quit", "quitting"]);
        assert!(f("equip").contains(&"equipped".to_string()));
        assert_eq!(
            f("squeal"),
            vec!["squeal", "squeals", "squealed", "squealing"]
        );
        assert_eq!(f("deny"), vec!["deny", "denies", "denied", "denying"]);
        assert!(f("visit").contains(&"visited".to_string()));
        assert_eq!(f("seize"), vec!["seize", "seizes", "seized", "seizing"]);
        assert_eq!(
            f("attack"),
            vec!["attack", "attacks", "attacked", "attacking"]
        );
        assert_eq!(f("stay"), vec!["stay", "stays", "stayed", "staying"]);
    }

    #[test]
    fn builtin_lexicon_loads_and_overrides() {
        let lex = EventLexicon::builtin().unwrap();
        assert!(lex.len() > 1000);
        // "agree" is SUPPORT in the CAMEO block but AGREE after curation.
        let mut buf = String::new();
        let info = lex.lookup("Agreed", &mut buf).unwrap();
        let sid = *lex
            .phrases_of(info)
            .iter()
            .find(|&&p| lex.phrase_words[p as usize] == ["agreed"])
            .unwrap() as usize;
        let plain = lex.surfaces[sid]
            .iter()
            .map(|(e, _)| &lex.entries[*e as usize])
            .find(|e| e.tail.is_empty())
            .unwrap();
        // Gapped rows live in their own index, by first object word.
        let mut stem = String::new();
        stem_into("sanctions", &mut stem);
        // Words are matched whole: "said" holds no "aid".
        let said = lex
            .lookup("said", &mut buf)
            .map(|i| lex.phrases_of(i).to_vec())
            .unwrap_or_default();
        assert!(said
            .iter()
            .all(|&p| lex.phrase_words[p as usize][0] == "said"));
        let info = lex.lookup("imposed", &mut buf).unwrap();
        let sid_impose = *lex
            .phrases_of(info)
            .iter()
            .find(|&&p| lex.phrase_words[p as usize] == ["imposed"])
            .unwrap() as usize;
        let stem_id = *lex.object_stems.get(stem.as_str()).unwrap();
        let rows = lex.gapped_rows(sid_impose as u32, stem_id).unwrap();
        assert_eq!(
            lex.entries[rows[0].0 as usize].event_type,
            Some(EventType::Sanction)
        );
        assert_eq!(plain.event_type, Some(EventType::Agree));
        assert_eq!(plain.class, Class::Commit);
    }

    #[test]
    fn errors_name_file_and_line() {
        let bad = "phrase\tforms\tpos\ttype\tmode\tcameo\tclass\nattack\t\tverb\tNOPE\t\t\tevent\n";
        let err =
            EventLexicon::from_sources(&[("x.tsv", bad)], ("", ""), EVENTS_WORDS_TSV).unwrap_err();
        assert!(err.starts_with("x.tsv:2:"), "{err}");
        let bad_words = "word\tclasses\nfoo\tnope\n";
        let err = EventLexicon::from_sources(&[], ("", ""), ("w.tsv", bad_words)).unwrap_err();
        assert!(err.starts_with("w.tsv:2:"), "{err}");
    }

    /// A token's vocabulary entry gives the id of its stem exactly when
    /// stemming it and looking the stem up among the gapped rows' first
    /// object words would: for every such stem's singular and plural
    /// spellings, in any case, and for words near them.
    #[test]
    fn gap_stems_agree_with_stemming() {
        let lex = EventLexicon::builtin().unwrap();
        let mut buf = String::new();
        let mut stem = String::new();
        let mut marked = 0;
        let objects: Vec<String> = lex
            .entries
            .iter()
            .filter_map(|e| e.tail.first().map(|w| w.to_string()))
            .collect();
        assert!(objects.len() > 100);
        for object in &objects {
            stem_into(object, &mut stem);
            let mut words = stem_sources(&stem);
            words.extend([format!("{stem}ss"), format!("{stem}us"), format!("x{stem}")]);
            for word in words {
                for form in [word.clone(), word.to_ascii_uppercase()] {
                    stem_into(&form, &mut stem);
                    let want = lex.object_stems.get(&stem).copied().unwrap_or(NO_ID);
                    let got = lex.lookup(&form, &mut buf).map_or(NO_ID, |i| i.gap_stem);
                    assert_eq!(got, want, "{form}");
                    marked += usize::from(got != NO_ID);
                }
            }
        }
        assert!(marked > 1000, "{marked}");
        assert_eq!(lex.lookup("the", &mut buf).unwrap().gap_stem, NO_ID);
    }

    /// The vocabulary marks the first words of the filter's context rows,
    /// and only those: a lexicon given another filter forgets the marks of
    /// the one before.
    #[test]
    fn context_words_are_marked_in_the_vocabulary() {
        let filter = crate::filter::EventFilter::parse(
            "f.tsv",
            "rule\tvalue\tnote\ncontext\t[going|headed] to\tx\ncontext\twhen it [comes] to\tx\n",
        )
        .unwrap();
        let lex = EventLexicon::builtin().unwrap().with_filter(filter);
        let mut buf = String::new();
        let opens = |lex: &EventLexicon, w: &str, buf: &mut String| {
            lex.lookup(w, buf).is_some_and(|i| i.opens_context)
        };
        for w in ["going", "Headed", "COMES"] {
            assert!(opens(&lex, w, &mut buf), "{w}");
        }
        for w in ["when", "to", "attack", "went"] {
            assert!(!opens(&lex, w, &mut buf), "{w}");
        }
        let other = crate::filter::EventFilter::parse(
            "g.tsv",
            "rule\tvalue\tnote\ncontext\t[attack] of\tx\n",
        )
        .unwrap();
        let lex = lex.with_filter(other);
        assert!(opens(&lex, "attack", &mut buf));
        assert!(!opens(&lex, "going", &mut buf));
    }

    /// The trigger search's second-word index finds, for every phrase of
    /// the built-in lexicon and in any case, the same phrase as comparing
    /// every phrase of the first word in order (longest first).
    #[test]
    fn second_word_index_agrees_with_the_full_scan() {
        let lex = EventLexicon::builtin().unwrap();
        let mut buf = String::new();
        let mut checked = 0;
        let mut multi = 0;
        for surface in lex.phrase_words.iter().map(|w| w.join(" ")) {
            for text in [
                surface.clone(),
                surface.to_uppercase(),
                format!("{surface} talks resumed"),
                format!("{} of", surface.split(' ').next().unwrap_or("")),
            ] {
                let toks = sitrep_text::tokens(&text);
                let Some(first) = toks.first() else { continue };
                let Some(info) = lex.lookup(first.text(&text), &mut buf) else {
                    continue;
                };
                let full = lex.phrases_of(info).iter().copied().find(|&p| {
                    let words = &lex.phrase_words[p as usize];
                    words.len() <= toks.len()
                        && words
                            .iter()
                            .enumerate()
                            .all(|(o, w)| toks[o].text(&text).eq_ignore_ascii_case(w))
                });
                let indexed =
                    crate::analyze::first_phrase_at(&text, &toks, 0, &lex, info).map(|(p, len)| {
                        assert_eq!(len, lex.phrase_words[p as usize].len(), "{text:?}");
                        p
                    });
                assert_eq!(indexed, full, "{text:?}");
                checked += 1;
                multi += usize::from(full.is_some_and(|p| lex.phrase_words[p as usize].len() > 1));
            }
        }
        assert!(
            checked > 1000 && multi > 100,
            "{checked} texts, {multi} multiword"
        );
    }

    /// Every word of a listed token class (`wc::listed`) is found in its
    /// class in any ASCII case, as comparing the token with the class's word
    /// list found it, and in no class it is not listed in; other words are
    /// in none. Checked on the prebuilt lexicon and on a fresh build.
    #[test]
    fn listed_token_classes_answer_as_their_word_lists() {
        let prebuilt = EventLexicon::builtin().expect("built-in lexicon");
        let fresh =
            EventLexicon::from_sources(&[EVENTS_TSV], EVENTS_IRREGULAR_TSV, EVENTS_WORDS_TSV)
                .expect("fresh lexicon");
        let mut classes_of: FastMap<String, wc::Listed> = FastMap::default();
        for line in tsv::read(EVENTS_WORDS_TSV.1).1 {
            let Some((word, classes)) = line.text.split_once('\t') else {
                continue;
            };
            for class in classes.split(',').map(str::trim) {
                if let Some(&(_, bit)) = wc::listed::NAMES.iter().find(|(n, _)| *n == class) {
                    *classes_of.entry(word.trim().to_lowercase()).or_default() |= bit;
                }
            }
        }
        assert!(classes_of.len() > 100, "{} listed words", classes_of.len());
        let all: wc::Listed = wc::listed::NAMES.iter().fold(0, |a, (_, b)| a | b);
        for lex in [&prebuilt, &fresh] {
            for (word, &bits) in &classes_of {
                let mut title = word.clone();
                title[..1].make_ascii_uppercase();
                for form in [word.clone(), word.to_ascii_uppercase(), title] {
                    assert!(lex.is_token_listed(&form, bits), "{form:?}");
                    assert!(!lex.is_token_listed(&form, all & !bits), "{form:?}");
                    assert_eq!(lex.token_listed(&form), bits, "{form:?}");
                }
                // A longer word with the same start is none of them.
                assert!(!lex.is_token_listed(&format!("{word}x"), all), "{word}x");
            }
            for word in ["", "the", "Iran", "attack", "x", "responses-to", "résponse"] {
                assert!(
                    classes_of.contains_key(word) || !lex.is_token_listed(word, all),
                    "{word:?}"
                );
            }
        }
    }
}
