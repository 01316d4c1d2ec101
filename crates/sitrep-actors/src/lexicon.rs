//! The context lexicon (`data/context.tsv` of this crate): the few closed
//! word classes actor resolution consults around a KB match.

use sitrep_record::fast_map::{FastMap, WordMap};
use sitrep_record::tsv;
use sitrep_record::ActorKind;
use std::borrow::Cow;
use std::sync::OnceLock;

use crate::Gender;

/// A set of lower-case words: the context words are looked up around every KB match.
type WordSet = WordClass<()>;

/// Which lengths the words of a set starting with each first byte have: a
/// cheap test that rejects most words before they are hashed and looked
/// up. A word that passes may still be absent; one that fails is certainly
/// absent. First byte and length are kept together, not as two separate
/// sets: "Donald" passes a set holding "dr" and "madame" when the two are
/// tested apart (a word starts with 'd', a word is six bytes long), and is
/// turned away when tested together (no word of six bytes starts with 'd').
#[derive(Debug, Clone, Copy)]
pub(crate) struct FirstByteLen {
    /// Per first byte (every byte of 128 and above shares the last slot),
    /// bit `min(n, 31)`: some word starting with that byte is `n` bytes
    /// long.
    lengths_by_first: [u32; 129],
}

/// Each byte's [`FirstByteLen`] slot in any case: an ASCII byte's lower
/// case, 128 for every other byte. One load where the descriptor pass would
/// lower-case and clamp each token's first byte.
const ANY_CASE_SLOTS: [u8; 256] = {
    let mut slots = [128u8; 256];
    let mut b = 0;
    while b < 128 {
        slots[b] = (b as u8).to_ascii_lowercase();
        b += 1;
    }
    slots
};

impl Default for FirstByteLen {
    fn default() -> Self {
        FirstByteLen {
            lengths_by_first: [0; 129],
        }
    }
}

impl FirstByteLen {
    /// The slot of first byte `first`.
    #[inline]
    fn slot(first: u8) -> usize {
        usize::from(first.min(128))
    }

    /// Notes a word that starts with byte `first` and is `len` bytes long.
    pub(crate) fn add(&mut self, first: u8, len: usize) {
        self.lengths_by_first[Self::slot(first)] |= 1 << len.min(31);
    }

    /// Whether some noted word starts with byte `first` and is `len` bytes long
    /// (lengths of 31 bytes or more count as one, as do first bytes of 128
    /// and above).
    #[inline]
    pub(crate) fn may_hold(&self, first: u8, len: usize) -> bool {
        self.lengths_by_first[Self::slot(first)] & (1 << len.min(31)) != 0
    }

    /// Whether some noted word starts with byte `first`, whatever its
    /// length, in any case; a byte not in ASCII always may (lower-casing a
    /// word not in ASCII can change its bytes).
    #[inline]
    pub(crate) fn may_start_any_case(&self, first: u8) -> bool {
        !first.is_ascii() || self.lengths_by_first[Self::slot(first.to_ascii_lowercase())] != 0
    }

    /// The slot and length bit that [`FirstByteLen::holds_key`] reads for a
    /// token starting with byte `first` and `len` bytes long, in any case
    /// (the ASCII lower case of its first byte): a pass testing one token
    /// against several filters works them out once.
    #[inline]
    pub(crate) fn any_case_key(first: u8, len: usize) -> (usize, u32) {
        (
            usize::from(ANY_CASE_SLOTS[usize::from(first)]),
            1 << len.min(31),
        )
    }

    /// Whether some noted word has the slot and length bit `key`
    /// ([`FirstByteLen::any_case_key`]).
    #[inline]
    pub(crate) fn holds_key(&self, (slot, bit): (usize, u32)) -> bool {
        self.lengths_by_first[slot] & bit != 0
    }

    /// This filter read by key for tokens in any case: a token not in
    /// ASCII always may be a noted word (lower-casing it can change its
    /// bytes).
    pub(crate) fn any_case_keys(mut self) -> FirstByteLen {
        self.lengths_by_first[128] = u32::MAX;
        self
    }

    /// This filter read by key for tokens opening with an ASCII letter
    /// only: every other first byte holds no word.
    pub(crate) fn letter_keys(mut self) -> FirstByteLen {
        for (slot, lengths) in self.lengths_by_first.iter_mut().enumerate() {
            if !u8::try_from(slot).is_ok_and(|b| b.is_ascii_lowercase()) {
                *lengths = 0;
            }
        }
        self
    }
}

/// What the resolver's walk over a document's tokens notes of a token,
/// told by its first byte and its length alone: one load a token instead of
/// a test a list (most tokens have no class, and the walk moves on after
/// that load). Built once from the lexicon's filters, as
/// [`TokenClasses::new`] says; the bits are [`TokenClasses::BARE`] and
/// the rest.
#[derive(Debug, Clone)]
pub(crate) struct TokenClasses {
    /// Per first byte (256 rows) and length (32 columns, lengths of 31
    /// bytes or more sharing the last), the token's class bits.
    by_shape: Box<[u8; 256 * 32]>,
}

impl TokenClasses {
    /// The bare-descriptor filter holds the token's shape
    /// ([`ContextLexicon::bare_descriptor_filter`]).
    pub(crate) const BARE: u8 = 1;
    /// The back-noun filter holds it ([`ContextLexicon::back_noun_filter`]).
    pub(crate) const BACK: u8 = 2;
    /// It opens with an ASCII capital.
    pub(crate) const CAPITAL: u8 = 4;
    /// It is three bytes long and opens with "t" or "T" (may be "the").
    pub(crate) const THE: u8 = 8;
    /// It is three bytes long and opens with "h" or "H" (may be "his" or
    /// "her").
    pub(crate) const HIS_HER: u8 = 16;

    /// The classes of every shape, from the two filters read by
    /// [`FirstByteLen::any_case_key`].
    fn new(bare: &FirstByteLen, back: &FirstByteLen) -> TokenClasses {
        let mut by_shape = Box::new([0u8; 256 * 32]);
        for first in 0..=u8::MAX {
            for len in 0..32 {
                let key = FirstByteLen::any_case_key(first, len);
                let mut class = 0;
                if bare.holds_key(key) {
                    class |= Self::BARE;
                }
                if back.holds_key(key) {
                    class |= Self::BACK;
                }
                if first.is_ascii_uppercase() {
                    class |= Self::CAPITAL;
                }
                match (key.0 as u8, len) {
                    (b't', 3) => class |= Self::THE,
                    (b'h', 3) => class |= Self::HIS_HER,
                    _ => {}
                }
                by_shape[usize::from(first) << 5 | len] = class;
            }
        }
        TokenClasses { by_shape }
    }

    /// The class bits of a token opening with byte `first`, `len` bytes long.
    #[inline(always)]
    pub(crate) fn of(&self, first: u8, len: usize) -> u8 {
        self.by_shape[usize::from(first) << 5 | len.min(31)]
    }
}

impl Default for TokenClasses {
    /// The classes with no bare descriptor and no back noun (the filters
    /// of an empty lexicon).
    fn default() -> Self {
        let empty = FirstByteLen::default();
        TokenClasses::new(&empty.any_case_keys(), &empty.letter_keys())
    }
}

/// A table of lower-case words, looked up in any case, that first tests a
/// word's first byte and length against its keys': the classes are a few
/// dozen words, and most words looked up (every word after "the", every
/// word before a role phrase or a name) share neither with any of them, so
/// they are answered without packing and hashing the word.
#[derive(Debug, Clone)]
struct WordClass<V> {
    words: WordMap<V>,
    /// First bytes and lengths of the ASCII keys.
    ascii_keys: FirstByteLen,
    /// Whether some key is not in ASCII (a word of any first byte may then
    /// be one, see [`WordClass::may_start`]).
    non_ascii_keys: bool,
}

impl<V> Default for WordClass<V> {
    fn default() -> Self {
        WordClass {
            words: WordMap::default(),
            ascii_keys: FirstByteLen::default(),
            non_ascii_keys: false,
        }
    }
}

impl<V> WordClass<V> {
    /// Adds a lower-case `word`.
    fn insert(&mut self, word: String, value: V) {
        // A non-ASCII key is never equal to an ASCII word lower-cased, so
        // only ASCII keys open the pre-test.
        if let (true, Some(&b)) = (word.is_ascii(), word.as_bytes().first()) {
            self.ascii_keys.add(b, word.len());
        }
        self.non_ascii_keys |= !word.is_ascii();
        self.words.insert(word, value);
    }

    /// Whether a word starting with byte `first` may be a key or begin
    /// with one, whatever its case and length.
    #[inline]
    fn may_start(&self, first: u8) -> bool {
        self.non_ascii_keys || self.ascii_keys.may_start_any_case(first)
    }

    /// `word`'s value, whatever its case ([`get_any_case`]).
    ///
    /// Inlined up to the pre-test, which turns away most words looked up
    /// (about five in six in news text): those then cost a few loads, not
    /// a call whose set-up (the registers the hashing needs saved and
    /// restored) outweighed the test itself. The rest go on to
    /// [`WordClass::get_any_case_after_pre_test`].
    #[inline]
    fn get_any_case(&self, word: &str) -> Option<&V> {
        if let Some(&first) = word.as_bytes().first() {
            let (slot, bit) = FirstByteLen::any_case_key(first, word.len());
            let lengths = self.ascii_keys.lengths_by_first[slot];
            if first.is_ascii()
                && lengths & bit == 0
                && ((!self.non_ascii_keys && lengths == 0) || word.is_ascii())
            {
                return None;
            }
        }
        self.get_any_case_after_pre_test(word)
    }

    /// [`WordClass::get_any_case`] of a word its pre-test may not turn
    /// away (the whole test again, then the look-up).
    #[inline(never)]
    fn get_any_case_after_pre_test(&self, word: &str) -> Option<&V> {
        // A word opening with an ASCII byte opens with that byte's lower
        // case whichever lower-casing it takes, so only a key opening so may
        // equal it: one load turns most words away before the whole word is
        // read (`is_ascii`). Keys not in ASCII are not in the table.
        // Both tests read one slot of the pre-test, found by the first
        // byte's key.
        if let Some(&first) = word.as_bytes().first() {
            let (slot, bit) = FirstByteLen::any_case_key(first, word.len());
            let lengths = self.ascii_keys.lengths_by_first[slot];
            if first.is_ascii() && lengths & bit == 0 {
                if !self.non_ascii_keys && lengths == 0 {
                    return None;
                }
                // ASCII lower-casing keeps the length and maps the first
                // byte to the key's first byte, so an ASCII word whose
                // first byte and length no key has is no key; a word beyond
                // ASCII may change its length as it is lower-cased, so only
                // an ASCII word is turned away on them (the ASCII test is
                // made only for the words they would turn away).
                return if word.is_ascii() {
                    None
                } else {
                    get_any_case(&self.words, word)
                };
            }
        }
        // The look-up tests for ASCII itself, from the word's packed bytes.
        match self.words.get_ascii_lowercase_if_ascii(word) {
            Some(found) => found,
            None => get_any_case(&self.words, word),
        }
    }
}

/// The built-in context file, embedded so the binary works from anywhere.
pub const BUILTIN_CONTEXT_FILE: (&str, &str) = (
    "crates/sitrep-actors/data/context.tsv",
    include_str!("../data/context.tsv"),
);

/// The built-in given-names lexicon, embedded like the context file.
pub const BUILTIN_GIVEN_NAMES_FILE: (&str, &str) = (
    "data/lexicons/given-names.tsv",
    include_str!("../../../data/lexicons/given-names.tsv"),
);

/// The built-in name-forms lexicon (short forms of given names: "jim" →
/// "james"), embedded like the context file.
pub const BUILTIN_NAME_FORMS_FILE: (&str, &str) = (
    "data/lexicons/name-forms.tsv",
    include_str!("../../../data/lexicons/name-forms.tsv"),
);

/// A noun after which a state's name names something else.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NounAfterState {
    /// A kind of thing ("plates" of "China plates"), after a one-word name
    /// or demonym.
    Kind,
    /// A currency ("dollar" of "the U.S. dollar"), after any name,
    /// demonym or acronym of the state.
    Currency,
    /// A national sports team's staff or player ("coach" of "Spain coach
    /// Luis de la Fuente"), after any name, demonym or acronym: a team's
    /// member speaks for no state.
    TeamMember,
}

/// What a `back-noun` row lets its noun name back: actors of these kinds,
/// each in its sector when one is given ("organization:NGO"; "country:JUD"
/// is a state's courts), and with `named` only one whose KB name or
/// mention holds the noun ("the foundation": a body called a foundation).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct BackNoun {
    pub(crate) kinds: Vec<(ActorKind, Option<String>)>,
    pub(crate) named: bool,
    /// "named:committee": like `named`, with the words a fitting body's name
    /// may hold instead of the noun ("the panel" after a committee or a
    /// commission).
    pub(crate) named_as: Vec<String>,
    /// "holder:VAT:pope": the person holding that state's office on the
    /// publication date, when the text named them before ("the pontiff").
    pub(crate) holders: Vec<(String, String)>,
    /// "rivals": an actor of the kinds whose name does not hold the word
    /// still counts as a second one, so that the noun names nothing ("the
    /// party" after two parties, one called a party and one not).
    pub(crate) rivals: bool,
}

/// Word classes used around KB matches; see the data file's header.
#[derive(Debug, Default, Clone)]
pub struct ContextLexicon {
    modifiers: WordSet,
    role_prefixes: WordSet,
    locatives: WordSet,
    /// Generic descriptor head → sector of the dominant state (`None` = the state).
    descriptors: WordClass<Option<String>>,
    /// Descriptors an official uses of their own state's government ("the
    /// administration"), a subset of `descriptors`.
    own_descriptors: WordSet,
    /// Descriptors of a kind of state that the state's own names hold
    /// ("the kingdom": the Kingdom of Saudi Arabia, not Iran), a subset of
    /// `descriptors`.
    titled_descriptors: WordSet,
    /// Descriptors naming a state's own body in neutral words ("the
    /// government", "the authorities"), unlike what others call it ("the
    /// regime", "the junta"): placed by the one state named just before,
    /// a subset of `descriptors`.
    body_descriptors: WordSet,
    not_names: WordSet,
    /// Given names absent from the KB's person names ("Melania").
    given_names: WordSet,
    /// Heads of geographic names built with "of" ("Gulf", "Sea").
    geo_heads: WordSet,
    /// Capitalized heads of a sea or ocean named after a state's name or
    /// demonym before them ("Ocean" of "the Indian Ocean").
    sea_heads: WordSet,
    /// Two-word adjectives of a world region that end in a state's
    /// demonym ("Latin American", "Central American"): the region's, not
    /// the state's.
    region_adjectives: WordSet,
    /// Nouns a role word before them modifies as an adjective ("public" of
    /// "the general public"): the role word names no one there.
    role_modified_nouns: WordSet,
    /// Nouns a back noun before them modifies ("line" of "the party
    /// line"): the phrase is the compound, not the body named back.
    compound_tails: WordSet,
    /// Looked up in the word's own case, so without the pre-test.
    name_particles: WordMap<()>,
    /// Nouns after which a country name names a kind of thing ("China plates").
    /// Nouns after which a state's name names something else: a kind of
    /// thing ("China plates") or a currency ("the U.S. dollar"). One table
    /// for both: the word after a state's name is looked up once.
    kind_nouns: WordClass<NounAfterState>,
    /// Words of organization names ("Inc", "Group", "America" of "Ascom
    /// North America"): no person's name holds one.
    org_name_words: WordSet,
    /// "the group" → the kinds of organization it can name.
    anaphors: WordClass<Vec<ActorKind>>,
    /// Sectors an anaphor noun is limited to ("company" → a business),
    /// for the nouns whose row names any; the others fit any sector.
    anaphor_sectors: WordClass<Vec<String>>,
    /// Verbs of saying that end an apposition ("the commander, Petro said").
    reporting_verbs: WordSet,
    /// Titles of address before a surname ("Mr Putin", "Sheikh Tamim"),
    /// with the gender the title gives ("Mr" male; "Dr" none).
    honorifics: WordClass<Option<Gender>>,
    /// Words of a stated role that tell the holder's gender
    /// ("spokeswoman", "queen").
    gender_words: WordClass<Gender>,
    /// Descriptors that name a state's body with no "the" before them
    /// ("authorities said"), a subset of `descriptors`.
    bare_descriptors: WordSet,
    /// Bare body nouns that name a state's body only where they open a
    /// clause ("Officials said", "and officials later said"), with their
    /// sector; their words are in `bare_descriptors` too, so that the one
    /// filter finds both.
    clause_bare_descriptors: WordClass<Option<String>>,
    /// Prepositions that, after such a noun, say whose officials they are
    /// ("officials at the school", "officials from both countries").
    affiliation_prepositions: WordSet,
    /// Determiners and possessives after which a bare descriptor is
    /// someone else's ("their authorities").
    determiners: WordSet,
    /// The determiners that make a noun definite ("the"): a state's plural
    /// demonym after one, unmodified, is the state ("the Russians said").
    definite_articles: WordSet,
    /// Conjunctions opening a subordinate clause ("while", "because").
    subordinators: WordSet,
    /// Words after a plural demonym that make it a people ("living", "who").
    plural_postmodifiers: WordSet,
    /// Nouns of a person's office after "his"/"her" ("his office said").
    office_nouns: WordSet,
    /// Role words for a state's leader, whoever holds which office
    /// ("leader").
    leader_nouns: WordSet,
    /// Words between "the" and a descriptor that keep its sense ("military"
    /// of "the military government").
    descriptor_modifiers: WordSet,
    /// Nouns of a treaty after which a city or capital names the treaty
    /// ("agreement" of "the Pretoria agreement").
    treaty_nouns: WordSet,
    /// Words between "the" and an anaphor noun that keep it one
    /// ("paramilitary" of "the paramilitary group").
    anaphor_modifiers: WordSet,
    /// Anaphor nouns that name back only a body called by the noun, in its
    /// name or where the text names it ("agency" of "the Saudi Press
    /// Agency ... the agency said").
    named_anaphors: WordSet,
    /// Plural nouns of people posted abroad ("diplomats"): a city after
    /// "<noun> in" is where they serve, no mention of its state.
    posted_nouns: WordSet,
    /// Nouns of a building or an institution's site ("embassy", "prison"):
    /// "former" before one says the place changed, not that a person left
    /// an office.
    premises_nouns: WordSet,
    /// Demonyms that are also languages ("Italian", "Spanish").
    languages: WordSet,
    /// Words before a language word that make it the language ("in",
    /// "speaking", "translated from" → "from").
    language_cues_before: WordSet,
    /// Words after a language word, with a space or a hyphen, that make it
    /// the language ("language" of "the Persian-language service").
    language_cues_after: WordSet,
    /// Lower-case words that may follow a language read after a cue ("in
    /// Italian and", "in Arabic that"): no noun a demonym could modify.
    language_followers: WordSet,
    /// Tails of a hyphenated compound saying who runs the body after it
    /// ("run" of "the Hamas-run health ministry").
    run_by_tails: WordSet,
    /// Tails of a hyphenated compound saying who backs the group named by
    /// the noun after it ("backed" of "the Iran-backed group").
    patron_tails: WordSet,
    /// Nouns of a state's territorial units ("region" of "the governor of
    /// the Moscow region").
    territory_nouns: WordSet,
    /// Lower-case words that join the capitalized words of a body's name
    /// ("of", "the" of "the Ministry of Foreign Affairs").
    name_joiners: WordMap<()>,
    /// Group roles that, owned by a state named after "of", name its
    /// delegates, with the sector they serve ("representatives" of
    /// "Representatives of the United States were present": GOV, not the
    /// legislature).
    delegate_nouns: WordClass<String>,
    /// Party words before a political title ("Democratic Sen. X") → the
    /// party's KB id.
    party_words: WordClass<String>,
    /// Provinces and US states by name or abbreviation, with their state's
    /// ISO code ("ga." → "USA"), that place a town before them ("Athens,
    /// Ga.").
    regions: WordClass<String>,
    /// Bare role nouns that name back a holder of any of several roles
    /// ("diplomat": an ambassador, an envoy, a permanent representative).
    role_kinds: WordClass<Vec<String>>,
    /// Nouns that, after "the" and a few lower-case words, name back the
    /// one actor of a listed kind (and sector) their paragraph or the one
    /// before names ("the monitor", "the majority" of a court).
    back_nouns: WordClass<BackNoun>,
    /// Role prefixes that name the present holder of an office ("new",
    /// "current"), unlike "former" or "deputy".
    present_prefixes: WordSet,
    /// Role prefixes that put the holder out of the office they open
    /// ("former", "ex").
    past_prefixes: WordSet,
    /// Words before a person's name that make it another, later bearer of
    /// the name or title ("the next Dalai Lama", "a future Pope").
    future_prefixes: WordSet,
    /// Nouns of kinship ("wife", "son"): "his first wife, Ivana Trump"
    /// introduces a relative whatever words stand before the noun.
    kin_nouns: WordSet,
    /// Words of a court's kind between "a" and a court ("a military
    /// court", "a lower court").
    court_kinds: WordSet,
    /// Present-tense verbs of a court's act after an unnamed court ("an
    /// appeals court pauses the order", "a court rules").
    court_acts: WordSet,
    /// Verbs of a political act or of saying whose subject, a place with a
    /// government of its own in the KB ("Texas sued", "California said"),
    /// is that government.
    government_acts: WordSet,
    /// Words between such a subject and its verb ("California has sued",
    /// "Texas will also appeal").
    act_auxiliaries: WordSet,
    /// Words between "the" and a back noun that name another one than the
    /// one named ("the other tribunal", "the rival commission").
    back_contrasts: WordSet,
    /// Proper names several states give a body of theirs ("congress",
    /// "house of representatives"), though the KB knows one state's.
    shared_body_names: WordSet,
    /// Descriptors that name a state's body only where their "the" opens a
    /// clause ("The presidency said"; not "won the presidency").
    clause_descriptors: WordSet,
    /// First-person plural words ("we", "our") that stand for the body the
    /// speaker of an interview turn speaks for.
    first_plurals: WordSet,
    /// Words and marks after which a clause opens (", ; : \" and but"):
    /// "The presidency said" after one is the speaking body.
    clause_openers: WordSet,
    /// Third-person possessive pronouns ("his", "her") that stand for the
    /// person named shortly before.
    possessive_pronouns: WordSet,
    /// A capitalized name head ("Council") with, for each body whose
    /// mention in a document says which body the bare head means there,
    /// (that body's KB id, the meant body's KB id).
    name_head_bodies: WordClass<Vec<(String, String)>>,
    /// Words written after a role that still belong to it ("Elect" of
    /// "President Elect Mahama").
    role_suffixes: WordSet,
    /// Job nouns that are no title of address ("anchor", "host"): before a
    /// name only in lower case.
    lowercase_roles: WordSet,
    /// Role words that name a group only as the head of their phrase ("the
    /// American public said"), an adjective before a noun ("public
    /// opinion", "a public broadcaster").
    head_roles: WordSet,
    /// Offices whose holder news calls the state's leader ("president",
    /// "prime minister").
    leader_roles: WordSet,
    /// Heads of roles a capitalized portfolio name may precede between a
    /// state and the role ("minister" of "Venezuela's Communications
    /// Minister").
    portfolio_heads: WordSet,
    /// Given names and the gender they mostly carry (the given-names
    /// lexicon, `data/lexicons/given-names.tsv`).
    name_genders: WordClass<Gender>,
    /// Short forms of given names and the formal names they stand for (the
    /// name-forms lexicon, `data/lexicons/name-forms.tsv`: "jim" → "james").
    name_forms: WordClass<Vec<String>>,
    /// Generational suffixes after a full name ("Jr").
    name_suffixes: WordSet,
    /// Words that make a city or capital next to them part of the name of
    /// a club, an event or a service ("Real Madrid", "the Moscow Metro").
    place_name_words: WordSet,
    /// Nouns of a person's followers ("supporters" of "Bolsonaro supporters").
    follower_nouns: WordSet,
    /// Nouns of a group acting for a patron ("ally" of "Israel's militia
    /// ally"): the possessor is the patron, not the group's owner.
    patron_nouns: WordSet,
    /// Capitalized heads of things named after a person ("Foundation" of
    /// "the Clinton Foundation", "Day" of "Mandela Day").
    eponym_heads: WordSet,
    /// First words of state names that "the" + the word stands for ("the
    /// North" after North Korea).
    short_names: WordSet,
    /// Verbs of leaving a place ("fled Nagorno-Karabakh").
    departure_verbs: WordSet,
    /// Verbs of a government commanding a body of its own ("tasked the
    /// army").
    command_verbs: WordSet,
    /// Verbs of charging someone with a deed ("accused" of "accused the
    /// army of abuses").
    charge_verbs: WordSet,
    /// Royal titles before a given name ("Prince" of "Prince Khalid").
    royal_titles: WordSet,
    /// Words hyphened before a name to make an allegiance ("pro" of
    /// "pro-Russian").
    allegiance_prefixes: WordSet,
    /// Role phrases of a state's body that stand without "the" ("police
    /// opened fire", "the law passed by parliament").
    bare_bodies: WordSet,
    /// Role phrases naming a body that the KB counts as one person's role
    /// ("national assembly").
    body_roles: WordSet,
    /// Body roles naming a chamber only some legislatures have ("senate").
    chambers: WordSet,
    /// Group roles naming a US state's members of a federal chamber
    /// ("Vermont senators"), not its own legislature.
    federal_members: WordSet,
    /// Auxiliaries and modals ("would", "had") that open a finite verb.
    auxiliaries: WordSet,
    /// Nouns of a written work whose author the text names where it
    /// introduces it ("a report by the IEA" ... "the report said").
    authored_nouns: WordSet,
    publishing_verbs: WordSet,
    /// Bare bodies placed only by the states named near them, never by a
    /// body of their sector named before ("government forces").
    place_bound: WordSet,
    /// Each token shape's [`TokenClasses`], from `bare_descriptors` and
    /// `back_nouns`: made once the file is read ([`ContextLexicon::parse`]).
    token_classes: TokenClasses,
}

/// `word`'s value in a table of lower-case words, whatever `word`'s case:
/// ASCII words (nearly all) are looked up without a lower-case copy.
fn get_any_case<'m, V>(map: &'m WordMap<V>, word: &str) -> Option<&'m V> {
    if word.is_ascii() {
        map.get_ascii_lowercase(word)
    } else {
        map.get(lower(word).as_ref())
    }
}

/// `word` in lower case, borrowing when it already is.
pub(crate) fn lower(word: &str) -> Cow<'_, str> {
    if word.chars().any(char::is_uppercase) {
        Cow::Owned(word.to_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}

/// One row of a context file: its word (lower-cased), its class, and its
/// third column when not empty — a sector for most classes, the class's own
/// values for a few (an honorific's gender, a back noun's actor kinds).
struct ContextRow<'a> {
    file: &'a str,
    line_no: usize,
    word: String,
    class: &'a str,
    third: Option<String>,
}

impl<'a> ContextRow<'a> {
    /// Reads one line of `file`: two or three columns, a word that is not empty.
    fn read(file: &'a str, line: &tsv::Line<'a>) -> Result<ContextRow<'a>, String> {
        let line_no = line.number;
        let cols = line.trimmed_cells();
        if cols.len() < 2 || cols.len() > 3 {
            return Err(format!(
                "{file}:{line_no}: expected 2 or 3 tab-separated columns, found {}",
                cols.len()
            ));
        }
        let word = cols[0].to_lowercase();
        if word.is_empty() {
            return Err(format!("{file}:{line_no}: empty word"));
        }
        Ok(ContextRow {
            file,
            line_no,
            word,
            class: cols[1],
            third: cols.get(2).filter(|s| !s.is_empty()).map(|s| s.to_string()),
        })
    }

    /// An error message naming this row's file and line.
    fn error(&self, what: impl std::fmt::Display) -> String {
        format!("{}:{}: {what}", self.file, self.line_no)
    }

    /// The `|`-separated items of the third column (one empty item when
    /// there is none).
    fn items(&self) -> std::str::Split<'_, char> {
        self.third.as_deref().unwrap_or_default().split('|')
    }

    /// An actor kind by its contract name ("organization").
    fn actor_kind(&self, name: &str) -> Result<ActorKind, String> {
        ActorKind::ALL
            .into_iter()
            .find(|k| k.as_str() == name)
            .ok_or_else(|| self.error(format_args!("unknown actor kind {name:?}")))
    }

    /// An honorific's gender: female, male, or none when the column is empty ("Dr").
    fn honorific_gender(&self) -> Result<Option<Gender>, String> {
        match self.third.as_deref() {
            None => Ok(None),
            Some(g) => Gender::parse(g).map(Some).ok_or_else(|| {
                self.error(format_args!(
                    "an honorific's gender is female, male or empty, not {g:?}"
                ))
            }),
        }
    }

    /// A gender word's gender, which it must have.
    fn word_gender(&self) -> Result<Gender, String> {
        self.third
            .as_deref()
            .and_then(Gender::parse)
            .ok_or_else(|| self.error("a gender-word needs female or male in the third column"))
    }

    /// A role-kind's roles, lower-cased: at least one.
    fn role_kinds(&self) -> Result<Vec<String>, String> {
        let roles: Vec<String> = self
            .items()
            .map(|r| r.trim().to_lowercase())
            .filter(|r| !r.is_empty())
            .collect();
        if roles.is_empty() {
            return Err(self.error("a role-kind needs |-separated roles in the third column"));
        }
        Ok(roles)
    }

    /// A back noun's items: `named`, `named:WORD`, `rivals`, `holder:ISO3:role`, or an
    /// actor kind with an optional sector (`organization:NGO`); at least one
    /// kind or holder.
    fn back_noun(&self) -> Result<BackNoun, String> {
        let mut back = BackNoun::default();
        for item in self.items() {
            let item = item.trim();
            if item == "named" {
                back.named = true;
                continue;
            }
            if item == "rivals" {
                back.rivals = true;
                continue;
            }
            if let Some(word) = item.strip_prefix("named:") {
                back.named_as.push(word.trim().to_lowercase());
                continue;
            }
            if let Some(office) = item.strip_prefix("holder:") {
                let Some((country, role)) = office.split_once(':') else {
                    return Err(self.error(format_args!(
                        "a holder item is holder:ISO3:role, not {item:?}"
                    )));
                };
                back.holders
                    .push((country.trim().to_string(), role.trim().to_lowercase()));
                continue;
            }
            let (name, in_sector) = match item.split_once(':') {
                Some((name, code)) => (name.trim(), Some(code.trim().to_string())),
                None => (item, None),
            };
            back.kinds.push((self.actor_kind(name)?, in_sector));
        }
        if back.kinds.is_empty() && back.holders.is_empty() {
            return Err(self.error("a back-noun needs |-separated actor kinds in the third column"));
        }
        Ok(back)
    }

    /// A name head's `CONTEXT>MEANT` pairs of KB ids.
    fn name_head_bodies(&self) -> Result<Vec<(String, String)>, String> {
        self.items()
            .map(|item| {
                let (context, meant) = item.split_once('>').ok_or_else(|| {
                    self.error(format_args!(
                        "name-head-body item {item:?} is no CONTEXT>MEANT"
                    ))
                })?;
                Ok((context.trim().to_string(), meant.trim().to_string()))
            })
            .collect()
    }

    /// An anaphor's actor kinds, and the sectors the items limit them to
    /// ("organization:BUS": that kind, in that sector only).
    fn anaphor_kinds(&self) -> Result<(Vec<ActorKind>, Vec<String>), String> {
        let mut kinds = Vec::new();
        let mut sectors = Vec::new();
        for item in self.items() {
            let (name, in_sector) = match item.split_once(':') {
                Some((name, code)) => (name, Some(code.trim())),
                None => (item, None),
            };
            sectors.extend(in_sector.map(str::to_string));
            kinds.push(self.actor_kind(name.trim())?);
        }
        Ok((kinds, sectors))
    }
}

impl ContextLexicon {
    /// Parses a context file (header `word class sector`).
    pub fn parse(file: &str, contents: &str) -> Result<ContextLexicon, String> {
        let mut lex = ContextLexicon::default();
        let (header, lines) = tsv::read(contents);
        let Some(header) = header else {
            return Err(format!("{file}: no header row"));
        };
        if header.trimmed_cells() != ["word", "class", "sector"] {
            return Err(format!(
                "{file}:{}: header must be: word, class, sector (tab-separated)",
                header.number
            ));
        }
        for line in lines {
            lex.add_row(ContextRow::read(file, &line)?)?;
        }
        lex.token_classes =
            TokenClasses::new(&lex.bare_descriptor_filter(), &lex.back_noun_filter());
        Ok(lex)
    }

    /// Adds one row to the table its class names.
    fn add_row(&mut self, row: ContextRow) -> Result<(), String> {
        if let Some(set) = self.word_set(row.class) {
            set.insert(row.word, ());
            return Ok(());
        }
        if let Some(subset) = self.descriptor_subset(row.class) {
            subset.insert(row.word.clone(), ());
            self.descriptors.insert(row.word, row.third);
            return Ok(());
        }
        match row.class {
            "descriptor" => {
                self.descriptors.insert(row.word, row.third);
            }
            // Placed as "the authorities" is: a neutral word for a state's
            // own body, by the one state named just before first.
            "clause-bare-descriptor" => {
                self.bare_descriptors.insert(row.word.clone(), ());
                self.body_descriptors.insert(row.word.clone(), ());
                self.clause_bare_descriptors.insert(row.word, row.third);
            }
            // Looked up in the word's own case (a WordMap, no pre-test).
            "name-particle" => {
                self.name_particles.insert(row.word, ());
            }
            "name-joiner" => {
                self.name_joiners.insert(row.word, ());
            }
            "kind-noun" => {
                self.kind_nouns.insert(row.word, NounAfterState::Kind);
            }
            "currency" => {
                self.kind_nouns.insert(row.word, NounAfterState::Currency);
            }
            "team-member" => {
                self.kind_nouns.insert(row.word, NounAfterState::TeamMember);
            }
            "language-cue" => {
                let set = match row.third.as_deref() {
                    Some("before") => &mut self.language_cues_before,
                    Some("after") => &mut self.language_cues_after,
                    Some("follower") => &mut self.language_followers,
                    other => {
                        return Err(row.error(format_args!(
                            "a language-cue is before, after or follower, not {other:?}"
                        )))
                    }
                };
                set.insert(row.word, ());
            }
            "honorific" => {
                let gender = row.honorific_gender()?;
                self.honorifics.insert(row.word, gender);
            }
            "gender-word" => {
                let gender = row.word_gender()?;
                self.gender_words.insert(row.word, gender);
            }
            "role-kind" => {
                let roles = row.role_kinds()?;
                self.role_kinds.insert(row.word, roles);
            }
            "back-noun" => {
                let back = row.back_noun()?;
                self.back_nouns.insert(row.word, back);
            }
            "delegate-noun" => {
                let sector = row.third.clone().ok_or_else(|| {
                    row.error("a delegate-noun needs a sector in the third column")
                })?;
                self.delegate_nouns.insert(row.word, sector);
            }
            "region-of" => {
                let state = row.third.clone().ok_or_else(|| {
                    row.error("a region-of row needs its state's ISO code in the third column")
                })?;
                self.regions.insert(row.word, state);
            }
            "party-word" => {
                let party = row.third.clone().ok_or_else(|| {
                    row.error("a party-word needs the party's KB id in the third column")
                })?;
                self.party_words.insert(row.word, party);
            }
            "name-head-body" => {
                let pairs = row.name_head_bodies()?;
                self.name_head_bodies.insert(row.word, pairs);
            }
            "anaphor" => {
                let (kinds, sectors) = row.anaphor_kinds()?;
                if !sectors.is_empty() {
                    self.anaphor_sectors.insert(row.word.clone(), sectors);
                }
                self.anaphors.insert(row.word, kinds);
            }
            other => return Err(row.error(format_args!("unknown class {other:?}"))),
        }
        Ok(())
    }

    /// The set of a class whose rows are a bare word, the third column unused.
    fn word_set(&mut self, class: &str) -> Option<&mut WordSet> {
        Some(match class {
            "modifier" => &mut self.modifiers,
            "role-prefix" => &mut self.role_prefixes,
            "locative" => &mut self.locatives,
            "not-name" => &mut self.not_names,
            "given-name" => &mut self.given_names,
            "geo-head" => &mut self.geo_heads,
            "sea-head" => &mut self.sea_heads,
            "region-adjective" => &mut self.region_adjectives,
            "role-modified-noun" => &mut self.role_modified_nouns,
            "compound-tail" => &mut self.compound_tails,
            "org-name-word" => &mut self.org_name_words,
            "reporting-verb" => &mut self.reporting_verbs,
            "bare-descriptor" => &mut self.bare_descriptors,
            "affiliation-preposition" => &mut self.affiliation_prepositions,
            "determiner" => &mut self.determiners,
            "definite-article" => &mut self.definite_articles,
            "subordinator" => &mut self.subordinators,
            "plural-postmodifier" => &mut self.plural_postmodifiers,
            "office-noun" => &mut self.office_nouns,
            "leader-noun" => &mut self.leader_nouns,
            "descriptor-modifier" => &mut self.descriptor_modifiers,
            "treaty-noun" => &mut self.treaty_nouns,
            "anaphor-modifier" => &mut self.anaphor_modifiers,
            "named-anaphor" => &mut self.named_anaphors,
            "posted-noun" => &mut self.posted_nouns,
            "premises-noun" => &mut self.premises_nouns,
            "language" => &mut self.languages,
            "run-by" => &mut self.run_by_tails,
            "patron-tail" => &mut self.patron_tails,
            "present-prefix" => &mut self.present_prefixes,
            "past-prefix" => &mut self.past_prefixes,
            "future-prefix" => &mut self.future_prefixes,
            "kin-noun" => &mut self.kin_nouns,
            "government-act" => &mut self.government_acts,
            "act-auxiliary" => &mut self.act_auxiliaries,
            "court-kind" => &mut self.court_kinds,
            "court-act" => &mut self.court_acts,
            "territory-noun" => &mut self.territory_nouns,
            "shared-body-name" => &mut self.shared_body_names,
            "back-contrast" => &mut self.back_contrasts,
            "first-plural" => &mut self.first_plurals,
            "clause-opener" => &mut self.clause_openers,
            "possessive-pronoun" => &mut self.possessive_pronouns,
            "role-suffix" => &mut self.role_suffixes,
            "lowercase-role" => &mut self.lowercase_roles,
            "head-role" => &mut self.head_roles,
            "leader-role" => &mut self.leader_roles,
            "portfolio-head" => &mut self.portfolio_heads,
            "name-suffix" => &mut self.name_suffixes,
            "place-name-word" => &mut self.place_name_words,
            "follower-noun" => &mut self.follower_nouns,
            "patron-noun" => &mut self.patron_nouns,
            "eponym-head" => &mut self.eponym_heads,
            "short-name" => &mut self.short_names,
            "departure-verb" => &mut self.departure_verbs,
            "command-verb" => &mut self.command_verbs,
            "charge-verb" => &mut self.charge_verbs,
            "royal-title" => &mut self.royal_titles,
            "bare-body" => &mut self.bare_bodies,
            "body-role" => &mut self.body_roles,
            "chamber" => &mut self.chambers,
            "federal-member" => &mut self.federal_members,
            "auxiliary" => &mut self.auxiliaries,
            "authored" => &mut self.authored_nouns,
            "publishing-verb" => &mut self.publishing_verbs,
            "place-bound" => &mut self.place_bound,
            "allegiance-prefix" => &mut self.allegiance_prefixes,
            _ => return None,
        })
    }

    /// The subset of descriptors a descriptor class also puts its word in:
    /// such a row is a descriptor (with its sector) as well.
    fn descriptor_subset(&mut self, class: &str) -> Option<&mut WordSet> {
        Some(match class {
            "own-descriptor" => &mut self.own_descriptors,
            "titled-descriptor" => &mut self.titled_descriptors,
            "body-descriptor" => &mut self.body_descriptors,
            "clause-descriptor" => &mut self.clause_descriptors,
            _ => return None,
        })
    }

    /// Adds the rows of a given-names file (header `name gender`; gender
    /// `female` or `male`) to the lexicon's name genders. A name listed
    /// twice keeps its last row, so a user's file overrides a built-in row.
    pub fn add_given_names(&mut self, file: &str, contents: &str) -> Result<(), String> {
        let (header, lines) = tsv::read(contents);
        let Some(header) = header else {
            return Err(format!("{file}: no header row"));
        };
        if header.trimmed_cells() != ["name", "gender"] {
            return Err(format!(
                "{file}:{}: header must be: name, gender (tab-separated)",
                header.number
            ));
        }
        for line in lines {
            let line_no = line.number;
            let cols = line.trimmed_cells();
            let [name, gender] = cols[..] else {
                return Err(format!(
                    "{file}:{line_no}: expected 2 tab-separated columns, found {}",
                    cols.len()
                ));
            };
            if name.is_empty() {
                return Err(format!("{file}:{line_no}: empty name"));
            }
            let gender = Gender::parse(gender).ok_or_else(|| {
                format!("{file}:{line_no}: gender must be female or male, not {gender:?}")
            })?;
            self.name_genders.insert(name.to_lowercase(), gender);
        }
        Ok(())
    }

    /// Adds the rows of a name-forms file (header `form name`: a short form
    /// of a given name and the formal name it stands for, both lower-case).
    pub fn add_name_forms(&mut self, file: &str, contents: &str) -> Result<(), String> {
        let (header, lines) = tsv::read(contents);
        let Some(header) = header else {
            return Err(format!("{file}: no header row"));
        };
        if header.trimmed_cells() != ["form", "name"] {
            return Err(format!(
                "{file}:{}: header must be: form, name (tab-separated)",
                header.number
            ));
        }
        let mut forms: FastMap<String, Vec<String>> = FastMap::default();
        for line in lines {
            let line_no = line.number;
            let cols = line.trimmed_cells();
            let [form, name] = cols[..] else {
                return Err(format!(
                    "{file}:{line_no}: expected 2 tab-separated columns, found {}",
                    cols.len()
                ));
            };
            if form.is_empty() || name.is_empty() || form.contains(' ') || name.contains(' ') {
                return Err(format!(
                    "{file}:{line_no}: a form and a name are one word each"
                ));
            }
            forms
                .entry(form.to_lowercase())
                .or_default()
                .push(name.to_lowercase());
        }
        for (form, mut names) in forms {
            if let Some(known) = self.name_forms.get_any_case(&form) {
                names.extend(known.iter().cloned());
            }
            names.sort();
            names.dedup();
            self.name_forms.insert(form, names);
        }
        Ok(())
    }

    /// Whether two given names may name one person: the same name in any
    /// case, or one a short form of the other by the name-forms lexicon
    /// ("Jim" and "James", "Bill" and "William").
    pub fn same_given_name(&self, a: &str, b: &str) -> bool {
        let form_of = |form: &str, name: &str| {
            self.name_forms
                .get_any_case(form)
                .is_some_and(|names| names.iter().any(|n| n.eq_ignore_ascii_case(name)))
        };
        a.eq_ignore_ascii_case(b) || form_of(a, b) || form_of(b, a)
    }

    /// The lexicon shipped with sitrep.
    pub fn builtin() -> Result<ContextLexicon, String> {
        let mut lex = ContextLexicon::parse(BUILTIN_CONTEXT_FILE.0, BUILTIN_CONTEXT_FILE.1)?;
        lex.add_given_names(BUILTIN_GIVEN_NAMES_FILE.0, BUILTIN_GIVEN_NAMES_FILE.1)?;
        lex.add_name_forms(BUILTIN_NAME_FORMS_FILE.0, BUILTIN_NAME_FORMS_FILE.1)?;
        Ok(lex)
    }

    /// The built-in lexicon extended by the user's `context.tsv` and
    /// `lexicons/given-names.tsv` in `data` (a folder laid out like
    /// sitrep's data folders), if any.
    pub fn builtin_with(data: &sitrep_record::data_dir::DataDir) -> Result<ContextLexicon, String> {
        let t = data.extend(BUILTIN_CONTEXT_FILE)?;
        let mut lex = ContextLexicon::parse(t.name, &t.text).map_err(|e| t.locate(e))?;
        let names = data.extend(BUILTIN_GIVEN_NAMES_FILE)?;
        lex.add_given_names(names.name, &names.text)
            .map_err(|e| names.locate(e))?;
        let forms = data.extend(BUILTIN_NAME_FORMS_FILE)?;
        lex.add_name_forms(forms.name, &forms.text)
            .map_err(|e| forms.locate(e))?;
        Ok(lex)
    }

    /// The gender an honorific gives the person it addresses ("Mr", "Ms";
    /// none for "Dr" or a word that is no honorific).
    pub fn honorific_gender(&self, word: &str) -> Option<Gender> {
        self.honorifics.get_any_case(word).copied().flatten()
    }

    /// Whether `word` is an honorific (outer `Some`) and the gender it
    /// gives (inner): one look-up where [`Self::is_honorific`] and
    /// [`Self::honorific_gender`] would make two.
    pub(crate) fn honorific(&self, word: &str) -> Option<Option<Gender>> {
        self.honorifics.get_any_case(word).copied()
    }

    /// The gender a given name mostly carries, if the lexicon lists it.
    pub fn given_name_gender(&self, word: &str) -> Option<Gender> {
        self.name_genders.get_any_case(word).copied()
    }

    /// The first bytes and lengths of the bare descriptors, read by
    /// [`FirstByteLen::any_case_key`] (a token not in ASCII always may be
    /// one): the descriptor pass tests every token with it, so it takes a
    /// copy into the loop rather than reading it through `self` at each
    /// token.
    pub(crate) fn bare_descriptor_filter(&self) -> FirstByteLen {
        self.bare_descriptors.ascii_keys.any_case_keys()
    }

    /// A descriptor that names a state's body with no "the" ("authorities").
    pub fn is_bare_descriptor(&self, word: &str) -> bool {
        self.bare_descriptors.get_any_case(word).is_some()
    }

    /// For a bare body noun that names a state's body only opening a
    /// clause ("officials"), the sector it names.
    pub fn clause_bare_descriptor(&self, word: &str) -> Option<Option<&str>> {
        self.clause_bare_descriptors
            .get_any_case(word)
            .map(|s| s.as_deref())
    }

    /// A preposition saying whose a plural of officials is ("at", "from").
    pub fn is_affiliation_preposition(&self, word: &str) -> bool {
        self.affiliation_prepositions.get_any_case(word).is_some()
    }

    /// A determiner or possessive ("the", "their").
    pub fn is_determiner(&self, word: &str) -> bool {
        self.determiners.get_any_case(word).is_some()
    }

    /// A determiner that makes a noun definite ("the"), not a quantifier
    /// ("some", "no") nor a possessive ("their").
    pub fn is_definite_article(&self, word: &str) -> bool {
        self.definite_articles.get_any_case(word).is_some()
    }

    /// A conjunction that opens a subordinate clause ("while", "because").
    pub fn is_subordinator(&self, word: &str) -> bool {
        self.subordinators.get_any_case(word).is_some()
    }

    /// A word after a state's plural demonym that makes it a people
    /// ("the Russians living abroad", "the Iranians who").
    pub fn is_plural_postmodifier(&self, word: &str) -> bool {
        self.plural_postmodifiers.get_any_case(word).is_some()
    }

    /// A noun of a person's office ("office" of "his office said").
    pub fn is_office_noun(&self, word: &str) -> bool {
        self.office_nouns.get_any_case(word).is_some()
    }

    /// A role word for a state's leader ("leader").
    pub fn is_leader_noun(&self, role: &str) -> bool {
        self.leader_nouns.get_any_case(role).is_some()
    }

    /// An office whose holder is the state's leader ("prime minister").
    pub fn is_leader_role(&self, role: &str) -> bool {
        self.leader_roles.get_any_case(role).is_some()
    }

    /// The head of a role that a capitalized portfolio name may precede
    /// ("minister" of "the Venezuelan Communications Minister").
    pub fn is_portfolio_head(&self, word: &str) -> bool {
        self.portfolio_heads.get_any_case(word).is_some()
    }

    /// The gender a word of a stated role tells ("spokeswoman" female).
    pub fn role_word_gender(&self, word: &str) -> Option<Gender> {
        self.gender_words.get_any_case(word).copied()
    }

    /// The built-in lexicon, parsed once per process. The file is embedded
    /// and checked by a test; should it ever fail to parse, resolution runs
    /// without context words rather than panic.
    pub(crate) fn shared() -> &'static ContextLexicon {
        static SHARED: OnceLock<ContextLexicon> = OnceLock::new();
        SHARED.get_or_init(|| ContextLexicon::builtin().unwrap_or_default())
    }

    /// A head noun of a geographic name with "of" ("Gulf" of "Gulf of Oman").
    pub fn is_geo_head(&self, word: &str) -> bool {
        self.geo_heads.get_any_case(word).is_some()
    }

    /// Whether `word` is the head of a sea or ocean named after a state
    /// before it ("Ocean" of "the Indian Ocean").
    pub fn is_sea_head(&self, word: &str) -> bool {
        self.sea_heads.get_any_case(word).is_some()
    }

    /// Whether `phrase` (two words, one space between) is a world region's
    /// adjective that ends in a state's demonym ("Latin American").
    pub fn is_region_adjective(&self, phrase: &str) -> bool {
        self.region_adjectives.get_any_case(phrase).is_some()
    }

    /// Whether a role word right before `word` is an adjective of it ("the
    /// general public", "the general election"), not a person's role.
    pub fn is_role_modified_noun(&self, word: &str) -> bool {
        self.role_modified_nouns.get_any_case(word).is_some()
    }

    /// Whether a back noun right before `word` only modifies it ("the
    /// party line", "the party platform"): no body is named back.
    pub fn is_compound_tail(&self, word: &str) -> bool {
        self.compound_tails.get_any_case(word).is_some()
    }

    pub fn is_modifier(&self, word: &str) -> bool {
        self.modifiers.get_any_case(word).is_some()
    }

    /// A demonym that is also a language ("Italian").
    pub fn is_language(&self, word: &str) -> bool {
        self.languages.get_any_case(word).is_some()
    }

    /// A word before a language word that makes it the language ("in").
    pub fn is_language_cue_before(&self, word: &str) -> bool {
        self.language_cues_before.get_any_case(word).is_some()
    }

    /// A word after a language word that makes it the language
    /// ("language", "speaking").
    pub fn is_language_cue_after(&self, word: &str) -> bool {
        self.language_cues_after.get_any_case(word).is_some()
    }

    /// A word that may follow a language named after a cue ("and", "that").
    pub fn is_language_follower(&self, word: &str) -> bool {
        self.language_followers.get_any_case(word).is_some()
    }

    /// A noun of a treaty: after a city or capital, the two name the
    /// treaty, not the state ("the Pretoria agreement", "the Oslo Accords").
    pub fn is_treaty_noun(&self, word: &str) -> bool {
        self.treaty_nouns.get_any_case(word).is_some()
    }

    /// A word that may stand between "the" and an anaphor noun, keeping the
    /// phrase a name of the organization meant ("the paramilitary group").
    pub fn is_anaphor_modifier(&self, word: &str) -> bool {
        self.anaphor_modifiers.get_any_case(word).is_some()
    }

    /// An anaphor noun that names back only a body the text or its name
    /// calls by the noun ("the agency" is no agency named "Bank").
    pub fn is_named_anaphor(&self, word: &str) -> bool {
        self.named_anaphors.get_any_case(word).is_some()
    }

    /// A noun of people posted abroad ("diplomats" of "Diplomats in
    /// Vienna said").
    pub fn is_posted_noun(&self, word: &str) -> bool {
        self.posted_nouns.get_any_case(word).is_some()
    }

    /// A noun of a building or an institution's site ("the former US
    /// embassy" is a building, no one out of office).
    pub fn is_premises_noun(&self, word: &str) -> bool {
        self.premises_nouns.get_any_case(word).is_some()
    }

    /// The tail of a hyphenated compound that makes the organization before
    /// the hyphen the one running the body after it ("run", "controlled").
    pub fn is_run_by_tail(&self, word: &str) -> bool {
        self.run_by_tails.get_any_case(word).is_some()
    }

    /// The tail of a hyphenated compound that makes the name before the
    /// hyphen the backer of the group after it ("backed", "aligned").
    pub fn is_patron_tail(&self, word: &str) -> bool {
        self.patron_tails.get_any_case(word).is_some()
    }

    /// A noun of a state's territorial unit ("region", "province").
    pub fn is_territory_noun(&self, word: &str) -> bool {
        self.territory_nouns.get_any_case(word).is_some()
    }

    /// Whether `name` is a body's proper name several states share
    /// ("Congress", "House of Representatives").
    pub fn is_shared_body_name(&self, name: &str) -> bool {
        self.shared_body_names.get_any_case(name).is_some()
    }

    /// What "the `word`" names back when it is a `back-noun` ("monitor":
    /// an international or non-governmental organization).
    pub(crate) fn back_noun(&self, word: &str) -> Option<&BackNoun> {
        self.back_nouns.get_any_case(word)
    }

    /// Whether `word` makes a person's name after it another, later bearer
    /// ("the next Dalai Lama").
    pub(crate) fn is_future_prefix(&self, word: &str) -> bool {
        self.future_prefixes.get_any_case(word).is_some()
    }

    /// Whether `word` is a verb of a political act or of saying whose
    /// subject, a place with a government of its own, is that government
    /// ("sued", "said").
    pub(crate) fn is_government_act(&self, word: &str) -> bool {
        self.government_acts.get_any_case(word).is_some()
    }

    /// Whether `word` names a court's kind before it ("military", "lower").
    pub(crate) fn is_court_kind(&self, word: &str) -> bool {
        self.court_kinds.get_any_case(word).is_some()
    }

    /// Whether `word` is a court's act in the present tense ("rules",
    /// "pauses", "blocks").
    pub(crate) fn is_court_act(&self, word: &str) -> bool {
        self.court_acts.get_any_case(word).is_some()
    }

    /// Whether `word` may stand between a subject and its verb ("has",
    /// "will", "also").
    pub(crate) fn is_act_auxiliary(&self, word: &str) -> bool {
        self.act_auxiliaries.get_any_case(word).is_some()
    }

    /// Whether `word` is a noun of kinship ("wife", "sons").
    pub(crate) fn is_kin_noun(&self, word: &str) -> bool {
        self.kin_nouns.get_any_case(word).is_some()
    }

    /// Whether `word` puts the holder of the office after it out of it
    /// ("former president", "ex-president").
    pub(crate) fn is_past_prefix(&self, word: &str) -> bool {
        self.past_prefixes.get_any_case(word).is_some()
    }

    /// Whether a word starting with byte `first` may be a past prefix or
    /// open one before a hyphen ("Ex-president"): a one-byte test that
    /// rules out nearly every word before a name.
    #[inline]
    pub(crate) fn may_open_past_prefix(&self, first: u8) -> bool {
        self.past_prefixes.may_start(first)
    }

    /// Whether `word` is a role prefix naming an office's present holder
    /// ("the new pope").
    pub(crate) fn is_present_prefix(&self, word: &str) -> bool {
        self.present_prefixes.get_any_case(word).is_some()
    }

    /// Whether a token may be a back noun, read by its
    /// [`FirstByteLen::any_case_key`] without a lookup: it opens with an
    /// ASCII letter, and some back noun has its length and that letter in
    /// lower case (a capitalized one only names an office's holder,
    /// checked on its row). The descriptor pass tests every token with it.
    pub(crate) fn back_noun_filter(&self) -> FirstByteLen {
        self.back_nouns.ascii_keys.letter_keys()
    }

    /// Each token shape's classes, for the resolver's walk over the tokens.
    pub(crate) fn token_classes(&self) -> &TokenClasses {
        &self.token_classes
    }

    /// The roles a bare role noun names back besides itself ("ambassador",
    /// "envoy" for "diplomat"); empty for most.
    pub fn role_kind(&self, bare: &str) -> &[String] {
        self.role_kinds
            .get_any_case(bare)
            .map_or(&[], Vec::as_slice)
    }

    /// Whether `word` before a back noun names another one than the one
    /// named ("the other tribunal").
    pub(crate) fn is_back_contrast(&self, word: &str) -> bool {
        self.back_contrasts.get_any_case(word).is_some()
    }

    /// The sector of a state's delegates named by group role `role` with
    /// the state after "of" ("GOV" for "representatives").
    pub fn delegate_sector(&self, role: &str) -> Option<&str> {
        self.delegate_nouns.get_any_case(role).map(String::as_str)
    }

    /// The ISO code of the state whose province or US state `name` ("Ga.",
    /// "Texas") names, by a `region-of` row.
    pub fn state_of_region(&self, name: &str) -> Option<&str> {
        self.regions.get_any_case(name).map(String::as_str)
    }

    /// The KB id of the party a `party-word` names directly before a
    /// political title ("Republican" of "Republican Gov. X").
    pub fn party_of_word(&self, word: &str) -> Option<&str> {
        self.party_words.get_any_case(word).map(String::as_str)
    }

    /// A lower-case word joining the capitalized words of a body's name
    /// ("of" of "Ministry of Foreign Affairs"); looked up in its own case.
    pub fn is_name_joiner(&self, word: &str) -> bool {
        self.name_joiners.get(word).is_some()
    }

    /// A word between "the" and a descriptor that keeps the descriptor's
    /// sense ("military", "army-backed" before "government").
    pub fn is_descriptor_modifier(&self, word: &str) -> bool {
        self.descriptor_modifiers.get_any_case(word).is_some()
    }

    /// A descriptor that names a state's body only as the opening of a
    /// clause ("The presidency said").
    pub fn is_clause_descriptor(&self, word: &str) -> bool {
        self.clause_descriptors.get_any_case(word).is_some()
    }

    /// A first-person plural word ("we", "us", "our", "ours").
    pub fn is_first_plural(&self, word: &str) -> bool {
        self.first_plurals.get_any_case(word).is_some()
    }

    /// A word or mark after which a clause opens (",", "and").
    pub fn is_clause_opener(&self, word: &str) -> bool {
        self.clause_openers.get_any_case(word).is_some()
    }

    /// For a capitalized name head ("Council"): the (context body id,
    /// meant body id) pairs of its `name-head-body` row.
    pub(crate) fn name_head_bodies(&self, word: &str) -> Option<&[(String, String)]> {
        self.name_head_bodies.get_any_case(word).map(Vec::as_slice)
    }

    /// A third-person possessive pronoun ("his", "her").
    pub fn is_possessive_pronoun(&self, word: &str) -> bool {
        self.possessive_pronouns.get_any_case(word).is_some()
    }

    /// A word after a role that belongs to the role, not to the name after
    /// it ("Elect" of "President Elect Mahama", "designate").
    pub fn is_role_suffix(&self, word: &str) -> bool {
        self.role_suffixes.get_any_case(word).is_some()
    }

    /// A job noun that is no title of address ("anchor", "host"): news
    /// prose writes it in lower case before a name ("CNN anchor Jake
    /// Tapper"), so capitalized it is a heading's word ("ESPN Anchor Rips
    /// Star").
    pub fn is_lowercase_role(&self, word: &str) -> bool {
        self.lowercase_roles.get_any_case(word).is_some()
    }

    /// A role word that names a group only as its phrase's head: "the
    /// American public" is the state's people, "public opinion" no one.
    pub fn is_head_role(&self, word: &str) -> bool {
        self.head_roles.get_any_case(word).is_some()
    }

    pub fn is_role_prefix(&self, word: &str) -> bool {
        self.role_prefixes.get_any_case(word).is_some()
    }

    pub fn is_locative(&self, word: &str) -> bool {
        self.locatives.get_any_case(word).is_some()
    }

    /// A verb of saying ("said", "told"): after a name that follows a comma
    /// it opens a clause, so the name is no apposition.
    pub fn is_reporting_verb(&self, word: &str) -> bool {
        self.reporting_verbs.get_any_case(word).is_some()
    }

    /// A title of address ("Mr", "Dr", "Sheikh") that may stand before a
    /// person's surname without being a given name.
    pub fn is_honorific(&self, word: &str) -> bool {
        self.honorifics.get_any_case(word).is_some()
    }

    /// A generational suffix after a full name ("Jr" of "Donald Trump
    /// Jr."): the name is then that of the named person's son.
    pub fn is_name_suffix(&self, word: &str) -> bool {
        self.name_suffixes.get_any_case(word).is_some()
    }

    /// A word that, next to a city or capital, makes the two the name of
    /// something else ("Real" of "Real Madrid", "Metro" of "Moscow Metro").
    pub fn is_place_name_word(&self, word: &str) -> bool {
        self.place_name_words.get_any_case(word).is_some()
    }

    /// A noun of a person's followers ("supporters", "loyalists"): after
    /// the person's name it names a group, not the person.
    pub fn is_follower_noun(&self, word: &str) -> bool {
        self.follower_nouns.get_any_case(word).is_some()
    }

    /// A noun of a group acting for a patron ("ally", "proxy"): after a
    /// possessor's group role it makes the possessor the patron, not the
    /// group's owner ("Israel's militia ally in southern Lebanon").
    pub fn is_patron_noun(&self, word: &str) -> bool {
        self.patron_nouns.get_any_case(word).is_some()
    }

    /// A capitalized head of a body, place, building, prize or day named
    /// after a person ("Foundation", "Tower", "Day"): after the person's
    /// one-word name it makes the words one name, not the person.
    pub fn is_eponym_head(&self, word: &str) -> bool {
        self.eponym_heads.get_any_case(word).is_some()
    }

    /// For a generic descriptor head ("regime"), the sector it denotes:
    /// `Some(None)` for the state itself, `Some(Some("GOV"))` for a sector.
    pub fn descriptor(&self, word: &str) -> Option<Option<&str>> {
        self.descriptors.get_any_case(word).map(|s| s.as_deref())
    }

    /// A descriptor an official uses of their own state's government ("the
    /// administration"): named after an official, it is that official's.
    pub fn is_own_descriptor(&self, word: &str) -> bool {
        self.own_descriptors.get_any_case(word).is_some()
    }

    /// A descriptor of a kind of state that the state's own names hold
    /// ("the kingdom"): it names only a state whose KB names hold the word.
    pub fn is_titled_descriptor(&self, word: &str) -> bool {
        self.titled_descriptors.get_any_case(word).is_some()
    }

    /// A descriptor naming a state's own body neutrally ("the government",
    /// "the authorities"), which the one state named just before places.
    pub fn is_body_descriptor(&self, word: &str) -> bool {
        self.body_descriptors.get_any_case(word).is_some()
    }

    /// A lower-case word that may sit inside a name ("bin", "al").
    pub fn is_name_particle(&self, word: &str) -> bool {
        self.name_particles.get(word).is_some()
    }

    /// A given name the data lists (the KB's person names add more).
    pub fn is_given_name(&self, word: &str) -> bool {
        self.given_names.get_any_case(word).is_some()
    }

    pub fn is_not_name(&self, word: &str) -> bool {
        self.not_names.get_any_case(word).is_some()
    }

    /// Whether "the `word`" may stand for a state whose name opens with
    /// `word` ("the North" for North Korea).
    pub fn is_short_name(&self, word: &str) -> bool {
        self.short_names.get_any_case(word).is_some()
    }

    /// Whether `word` is a verb of leaving a place ("fled", "left").
    pub fn is_departure_verb(&self, word: &str) -> bool {
        self.departure_verbs.get_any_case(word).is_some()
    }

    /// Whether `word` is a verb of commanding one's own forces or bodies
    /// ("ordered", "tasked", "deployed").
    pub fn is_command_verb(&self, word: &str) -> bool {
        self.command_verbs.get_any_case(word).is_some()
    }

    /// A verb of charging someone with a deed ("accused", "suspects"): a
    /// bare body as its object, with "of" right after, stands bare ("accused
    /// the army of abuses").
    pub fn is_charge_verb(&self, word: &str) -> bool {
        self.charge_verbs.get_any_case(word).is_some()
    }

    /// A royal title ("Prince", "Emir"): with one given name after it, the
    /// person named in full before with that given name ("Prince Khalid").
    pub fn is_royal_title(&self, word: &str) -> bool {
        self.royal_titles.get_any_case(word).is_some()
    }

    /// A role phrase of a state's body that names it with no article
    /// ("police", "parliament").
    pub fn is_bare_body(&self, phrase: &str) -> bool {
        self.bare_bodies.get_any_case(phrase).is_some()
    }

    /// A role phrase that names a body, whatever number the KB gives it
    /// ("national assembly").
    pub fn is_body_role(&self, phrase: &str) -> bool {
        self.body_roles.get_any_case(phrase).is_some()
    }

    /// A body role naming a chamber only some legislatures have
    /// ("senate"): bare, it is the chamber the KB lists for the story's state.
    pub fn is_chamber(&self, phrase: &str) -> bool {
        self.chambers.get_any_case(phrase).is_some()
    }

    /// A group role naming a US state's members of a federal chamber
    /// ("senators", "congressmen"): "Vermont senators" serve in Congress.
    pub fn is_federal_member(&self, phrase: &str) -> bool {
        self.federal_members.get_any_case(phrase).is_some()
    }

    /// A noun of a written work named back by its author ("report",
    /// "study"): "the report said" is the one who made the report.
    pub fn is_authored(&self, word: &str) -> bool {
        self.authored_nouns.get_any_case(word).is_some()
    }

    /// A participle linking a written work to its author ("published",
    /// "conducted"): "a report published by X" names its own author.
    pub fn is_publishing_verb(&self, word: &str) -> bool {
        self.publishing_verbs.get_any_case(word).is_some()
    }

    /// A bare body placed by the states named near it only ("government
    /// forces" fight in their own state; the army named before may be the
    /// other side's).
    pub fn is_place_bound(&self, phrase: &str) -> bool {
        self.place_bound.get_any_case(phrase).is_some()
    }

    /// An auxiliary or modal verb ("would", "had", "was").
    pub fn is_auxiliary(&self, word: &str) -> bool {
        self.auxiliaries.get_any_case(word).is_some()
    }

    /// A word that, hyphened before a name, makes an allegiance ("pro" of
    /// "pro-Russian", "anti" of "anti-Iran").
    pub fn is_allegiance_prefix(&self, word: &str) -> bool {
        self.allegiance_prefixes.get_any_case(word).is_some()
    }

    /// A capitalized word of organization names ("Inc", "Holdings", a
    /// continent as in "Ascom North America"): a run of capitalized words
    /// after a title that holds one names an employer, not a person.
    pub fn is_org_name_word(&self, word: &str) -> bool {
        self.org_name_words.get_any_case(word).is_some()
    }

    /// A noun after which a country name names a kind of thing, not the
    /// state ("dinner" of "a Turkey dinner").
    pub fn is_kind_noun(&self, word: &str) -> bool {
        self.noun_after_state(word) == Some(NounAfterState::Kind)
    }

    /// A currency's name ("dollar", "rial").
    pub fn is_currency(&self, word: &str) -> bool {
        self.noun_after_state(word) == Some(NounAfterState::Currency)
    }

    /// What `word` names after a state's name, if it is a `kind-noun` or a
    /// `currency`: one look-up for both.
    pub(crate) fn noun_after_state(&self, word: &str) -> Option<NounAfterState> {
        self.kind_nouns.get_any_case(word).copied()
    }

    /// The kinds of organization "the `word`" can name back ("group" →
    /// armed groups, groups, organizations), if `word` is such a noun.
    pub fn anaphor(&self, word: &str) -> Option<&[ActorKind]> {
        self.anaphors.get_any_case(word).map(Vec::as_slice)
    }

    /// Whether "the `word`" can name back an actor of `sector`: any sector
    /// unless the noun's row limits it ("company" a business).
    pub(crate) fn anaphor_fits_sector(&self, word: &str, sector: Option<&str>) -> bool {
        match self.anaphor_sectors.get_any_case(word) {
            Some(allowed) => sector.is_some_and(|s| allowed.iter().any(|a| a == s)),
            None => true,
        }
    }

    /// Whether "the `word`" is limited to named sectors and `sector` is one
    /// of them ("court": JUD): such a noun names back a state's own body of
    /// that sector, which an unlimited noun ("the group") never does.
    pub(crate) fn anaphor_names_sector(&self, word: &str, sector: Option<&str>) -> bool {
        self.anaphor_sectors
            .get_any_case(word)
            .is_some_and(|allowed| sector.is_some_and(|s| allowed.iter().any(|a| a == s)))
    }

    /// Whether a lower-case ASCII word starting with byte `first` and `len`
    /// bytes long may be an anaphor noun: false for nearly every word after
    /// "the", without a lookup (non-ASCII nouns are not anaphors).
    #[inline]
    pub(crate) fn may_be_anaphor(&self, first: u8, len: usize) -> bool {
        first.is_ascii_lowercase() && self.anaphors.ascii_keys.may_hold(first, len)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_parses() {
        let lex = ContextLexicon::builtin().expect("built-in context file parses");
        assert!(lex.is_modifier("Senior"));
        assert!(lex.is_role_prefix("deputy"));
        assert!(lex.is_locative("in"));
        assert_eq!(lex.descriptor("regime"), Some(None));
        assert_eq!(lex.descriptor("government"), Some(Some("GOV")));
        // Neutral names of a state's own body, not what others call it.
        assert!(lex.is_body_descriptor("Government") && lex.is_body_descriptor("authorities"));
        assert!(!lex.is_body_descriptor("regime") && !lex.is_body_descriptor("junta"));
        assert!(lex.is_not_name("May"));
        assert!(lex.is_geo_head("Gulf"));
        assert!(!lex.is_geo_head("Bank"));
        assert!(lex.is_kind_noun("dinner"));
        assert!(!lex.is_kind_noun("oil"));
        // Currencies share the table with the kind nouns, apart.
        assert!(lex.is_currency("Dollar") && !lex.is_kind_noun("dollar"));
        assert!(!lex.is_currency("dinner") && !lex.is_currency("won"));
        assert_eq!(lex.anaphor("bloc"), Some(&[ActorKind::Igo][..]));
        assert_eq!(lex.anaphor("government"), None);
        // "the company" names back a business only.
        assert!(lex.anaphor_fits_sector("company", Some("BUS")));
        assert!(!lex.anaphor_fits_sector("company", Some("NGO")));
        assert!(lex.anaphor_fits_sector("group", Some("NGO")));
    }

    /// The any-case pre-test of the bare descriptors lets through
    /// "authorities" in every casing and any word not in ASCII, and turns
    /// away a word of another length or another first letter.
    #[test]
    fn bare_descriptor_filter_any_case() {
        let lex = ContextLexicon::builtin().expect("built-in context file parses");
        let filter = lex.bare_descriptor_filter();
        let may = |w: &str| filter.holds_key(FirstByteLen::any_case_key(w.as_bytes()[0], w.len()));
        for w in ["authorities", "Authorities", "AUTHORITIES", "Éauthorities"] {
            assert!(may(w), "{w}");
        }
        for w in ["authority", "Bauthorities", "the", "said"] {
            assert!(!may(w), "{w}");
        }
    }

    /// The back-noun pre-test lets back nouns through in every casing, and
    /// turns away every token opening beyond ASCII or with no letter (a
    /// back noun is read in its ASCII casings only).
    /// The token classes read in one load are what each test of the
    /// token's first byte and length gives: the two filters by their keys,
    /// a capital first byte, "t"/"T" and "h"/"H" at three bytes; for every
    /// first byte and length (lengths past 31 sharing the last column), of
    /// the built-in lexicon and of an empty one.
    #[test]
    fn token_classes_equal_each_test() {
        let builtin = ContextLexicon::builtin().expect("built-in context file parses");
        for lex in [&builtin, &ContextLexicon::default()] {
            let (bare, back) = (lex.bare_descriptor_filter(), lex.back_noun_filter());
            let classes = lex.token_classes();
            for first in 0..=u8::MAX {
                for len in 0..40 {
                    let key = FirstByteLen::any_case_key(first, len);
                    let lower = first.to_ascii_lowercase();
                    let expected = [
                        (TokenClasses::BARE, bare.holds_key(key)),
                        (TokenClasses::BACK, back.holds_key(key)),
                        (TokenClasses::CAPITAL, first.is_ascii_uppercase()),
                        (TokenClasses::THE, len == 3 && lower == b't'),
                        (TokenClasses::HIS_HER, len == 3 && lower == b'h'),
                    ]
                    .iter()
                    .filter(|(_, holds)| *holds)
                    .fold(0, |class, (bit, _)| class | bit);
                    assert_eq!(classes.of(first, len), expected, "{first} {len}");
                }
            }
        }
        // The built-in lexicon's filters mark some shapes.
        let classes = builtin.token_classes();
        assert_ne!(
            classes.of(b'A', "Authorities".len()) & TokenClasses::BARE,
            0
        );
        assert_ne!(classes.of(b'm', "monitor".len()) & TokenClasses::BACK, 0);
        assert_eq!(classes.of(b',', 1), 0);
    }

    #[test]
    fn back_noun_filter_any_case_letters_only() {
        let lex = ContextLexicon::builtin().expect("built-in context file parses");
        let filter = lex.back_noun_filter();
        let may = |w: &str| filter.holds_key(FirstByteLen::any_case_key(w.as_bytes()[0], w.len()));
        for w in ["monitor", "Monitor", "MONITOR", "foundation", "pontiff"] {
            assert!(lex.back_noun(w).is_some(), "{w} is a back noun");
            assert!(may(w), "{w}");
        }
        for w in ["Émonitor", "-monitor", "1monitor", "\"monitor"] {
            assert!(!may(w), "{w}");
        }
    }

    /// The first-byte test of a word's beginnings never turns away a word
    /// with a key as its beginning (words in any case, with and without a
    /// hyphen after the key) and turns away words whose first letter opens
    /// no key; once a key is not in ASCII, no word is turned away (a
    /// non-ASCII first letter may lower-case into it).
    #[test]
    fn a_word_turned_away_by_its_first_byte_has_no_key_as_its_beginning() {
        let words = [
            "former",
            "Former",
            "FORMER",
            "ex-president",
            "Ex-President",
            "EX",
            "exiled",
            "one-time",
            "Onetime-leader",
            "Z\u{e9}-man",
            "\u{e9}x-chef",
            "\u{c9}X-CHEF",
            "next",
            "Nex-",
            "-ex",
            "president",
            "Xe",
            "said",
            "\u{e0}-ex",
        ];
        let turned_away = |keys: &[&str]| {
            let mut set = WordSet::default();
            for key in keys {
                set.insert(key.to_string(), ());
            }
            let mut count = 0;
            for word in words {
                let has_key_beginning = (1..=word.len())
                    .filter(|&h| word.is_char_boundary(h))
                    .any(|h| set.get_any_case(&word[..h]).is_some());
                if !set.may_start(word.as_bytes()[0]) {
                    count += 1;
                    assert!(!has_key_beginning, "{word}");
                }
            }
            count
        };
        assert_eq!(turned_away(&["former", "ex", "onetime"]), 7);
        assert_eq!(turned_away(&["former", "ex", "onetime", "\u{e9}x-chef"]), 0);
    }

    /// A class's look-up, with its first-byte test before the word is read
    /// whole, answers as the plain any-case look-up of its table does: for
    /// words in any case, words not in ASCII that lower-case to a key (the
    /// Kelvin sign, U+212A, to "k") and a key not in ASCII that opens with an
    /// ASCII letter.
    #[test]
    fn class_look_up_answers_as_the_plain_any_case_look_up() {
        let words = [
            "",
            "ok",
            "OK",
            "O\u{212a}",
            "o\u{212a}ay",
            "\u{212a}o",
            "x\u{212a}",
            "Oka",
            "na\u{ef}ve",
            "NA\u{cf}VE",
            "naive",
            "Nato",
            "said",
            "\u{e9}t\u{e9}",
            "z",
        ];
        for keys in [
            &["ok", "nato"][..],
            &["ok", "na\u{ef}ve"][..],
            &["\u{e9}t\u{e9}"][..],
        ] {
            let mut class = WordClass::default();
            for key in keys {
                class.insert(key.to_string(), *key);
            }
            for word in words {
                assert_eq!(
                    class.get_any_case(word),
                    get_any_case(&class.words, word),
                    "{word:?} against {keys:?}"
                );
            }
            if keys.contains(&"ok") {
                assert_eq!(class.get_any_case("O\u{212a}"), Some(&"ok"));
            }
        }
    }

    /// The pre-test keeps first byte and length together: with "dr" and
    /// "madame" noted, a six-byte word starting with 'd' ("Donald") and a
    /// two-byte word starting with 'm' are turned away, though some word
    /// starts with each letter and some word has each length; the noted
    /// words pass in any case, and a word not in ASCII always may.
    #[test]
    fn pre_test_keeps_first_byte_and_length_together() {
        let mut f = FirstByteLen::default();
        f.add(b'd', 2);
        f.add(b'm', 6);
        let keys = f.any_case_keys();
        let may = |w: &str| keys.holds_key(FirstByteLen::any_case_key(w.as_bytes()[0], w.len()));
        for w in ["dr", "Dr", "DR", "madame", "Madame", "Été"] {
            assert!(may(w), "{w}");
        }
        for w in ["Donald", "mr", "Md", "drive", "Madam"] {
            assert!(!may(w), "{w}");
        }
        // Long words share one length bit, bytes of 128 and above one slot.
        f.add(0xC3, 40);
        assert!(f.may_hold(0xC3, 35) && f.may_hold(0xE2, 31) && !f.may_hold(0xC3, 30));
    }

    /// One honorific look-up tells both whether a word is an honorific
    /// and its gender, as the two separate look-ups do.
    #[test]
    fn honorific_tells_both() {
        let lex = ContextLexicon::builtin().expect("built-in context file parses");
        for w in ["Mr", "ms", "Dr", "Lord", "Keir", "the"] {
            let both = lex.is_honorific(w).then(|| lex.honorific_gender(w));
            assert_eq!(lex.honorific(w), both, "{w}");
        }
        assert_eq!(lex.honorific("Mr"), Some(Some(Gender::Male)));
        assert_eq!(lex.honorific("Dr"), Some(None));
        assert_eq!(lex.honorific("Keir"), None);
    }

    /// The first-byte and length pre-test never turns a word away that
    /// the table holds: every built-in context word in four casings, words
    /// sharing a first byte or a length with one, and words of no class
    /// give what the table alone gives.
    #[test]
    fn pre_test_agrees_with_the_table() {
        let lex = ContextLexicon::builtin().expect("built-in context file parses");
        let (_, lines) = tsv::read(BUILTIN_CONTEXT_FILE.1);
        let mut words: Vec<String> = Vec::new();
        for line in lines {
            let word = line.trimmed_cells()[0].to_string();
            let title: String = word
                .chars()
                .enumerate()
                .flat_map(|(i, c)| {
                    let upper: Vec<char> = if i == 0 {
                        c.to_uppercase().collect()
                    } else {
                        vec![c]
                    };
                    upper
                })
                .collect();
            words.extend([
                word.to_uppercase(),
                title,
                format!("{word}s"),
                word.chars().rev().collect(),
            ]);
            words.push(word);
        }
        words.extend(
            [
                "",
                "x",
                "Tehran",
                "officials",
                "Été",
                "été",
                "ÉTÉ",
                "a-very-long-hyphenated-word",
            ]
            .map(str::to_string),
        );
        let mut found = 0;
        for w in &words {
            for class in [
                &lex.modifiers,
                &lex.role_prefixes,
                &lex.locatives,
                &lex.not_names,
                &lex.geo_heads,
                &lex.sea_heads,
                &lex.region_adjectives,
                &lex.role_modified_nouns,
                &lex.compound_tails,
                &lex.reporting_verbs,
                &lex.place_name_words,
                &lex.follower_nouns,
                &lex.patron_nouns,
                &lex.eponym_heads,
                &lex.command_verbs,
                &lex.charge_verbs,
                &lex.royal_titles,
                &lex.portfolio_heads,
            ] {
                let expected = get_any_case(&class.words, w).is_some();
                assert_eq!(class.get_any_case(w).is_some(), expected, "{w:?}");
                found += usize::from(expected);
            }
            assert_eq!(
                lex.descriptors.get_any_case(w),
                get_any_case(&lex.descriptors.words, w),
                "{w:?}"
            );
            assert_eq!(
                lex.kind_nouns.get_any_case(w),
                get_any_case(&lex.kind_nouns.words, w),
                "{w:?}"
            );
            assert_eq!(
                lex.anaphors.get_any_case(w),
                get_any_case(&lex.anaphors.words, w),
                "{w:?}"
            );
            assert_eq!(
                lex.honorifics.get_any_case(w),
                get_any_case(&lex.honorifics.words, w),
                "{w:?}"
            );
        }
        assert!(found > 100, "the casings of the keys are found: {found}");
        // A word the pre-test passes (first byte and length of "regime")
        // still needs the table.
        assert_eq!(lex.descriptor("Remote"), None);
    }

    #[test]
    fn errors_name_file_and_line() {
        let e = ContextLexicon::parse("ctx.tsv", "# c\nword\tclass\tsector\nfoo\tbogus\t\n")
            .unwrap_err();
        assert!(e.starts_with("ctx.tsv:3:"), "{e}");
        assert!(ContextLexicon::parse("ctx.tsv", "word\tkind\n").is_err());
        let e = ContextLexicon::parse("ctx.tsv", "word\tclass\tsector\ngroup\tanaphor\tgang\n")
            .unwrap_err();
        assert!(e.starts_with("ctx.tsv:2:") && e.contains("gang"), "{e}");
    }
}
