//! The report as data: what the renderers show. Every text here is raw
//! (article-derived text unescaped); the renderers escape it. Citations
//! are source numbers: `sources[n - 1]` is source `n`.

/// One cited document.
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    /// The citation number (1-based).
    pub n: usize,
    pub content_id: String,
    pub uri: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<String>,
    /// The outlet's alignment label, when the outlet registry knows it.
    pub alignment: Option<String>,
}

/// What the report covers.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Scope {
    pub since: Option<String>,
    pub until: Option<String>,
    /// The actor asked for and the ids it resolved to.
    pub actor: Option<(String, Vec<String>)>,
    /// Only documents new since the previous report.
    pub new_only: bool,
}

/// Counts over the covered documents.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Summary {
    pub documents: usize,
    pub outlets: usize,
    pub actors: usize,
    pub events: usize,
    pub asserted_events: usize,
    pub claims: usize,
    pub denials: usize,
    pub disputes: usize,
    pub storylines: usize,
    pub cross_alignment: usize,
    pub first_date: Option<String>,
    pub last_date: Option<String>,
}

/// An actor and where it appears.
#[derive(Debug, Clone, PartialEq)]
pub struct ActorLine {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub documents: usize,
    pub mentions: usize,
    pub cites: Vec<usize>,
}

/// A typed link between two actors, with its evidence.
#[derive(Debug, Clone, PartialEq)]
pub struct Relation {
    pub from: String,
    pub to: String,
    /// An event type (`ASSAULT`), `claims about`, or `co-mentioned`.
    pub kind: String,
    /// How many events / claims / documents support it.
    pub count: usize,
    pub first: Option<String>,
    pub last: Option<String>,
    pub cites: Vec<usize>,
}

/// One event in the timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct TimelineItem {
    pub date: Option<String>,
    pub event_type: String,
    /// asserted | attributed | hypothetical | future | negated
    pub modality: String,
    pub source: Vec<String>,
    pub target: Vec<String>,
    pub trigger: String,
    /// The sentence it was found in.
    pub quote: String,
    /// Who it is attributed to, when it is reported inside a claim.
    pub according_to: Option<String>,
    pub cite: usize,
}

/// One claim: who says what, on whose report.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimItem {
    /// The speaker as the report names them (actor name, else their words).
    pub speaker: String,
    pub speaker_actor: Option<String>,
    /// True for a denial (stance deny).
    pub denies: bool,
    pub hedged: bool,
    pub cue: String,
    pub content: String,
    /// (who carried it, role: first | relay | according_to)
    pub via: Vec<(String, String)>,
    pub date: Option<String>,
    pub outlet: Option<String>,
    pub cite: usize,
}

/// Claims one speaker made.
#[derive(Debug, Clone, PartialEq)]
pub struct SpeakerClaims {
    pub speaker: String,
    pub claims: Vec<ClaimItem>,
    /// Claims not listed (the section is capped).
    pub more: usize,
}

/// A contradiction from the claim ledger: both sides with their sources.
#[derive(Debug, Clone, PartialEq)]
pub struct Dispute {
    /// What it is about (words the claims share).
    pub topic: Vec<String>,
    /// Claims affirming the proposition.
    pub affirm: Vec<ClaimItem>,
    /// Claims denying, negating or rebutting it.
    pub deny: Vec<ClaimItem>,
    /// The same party affirms in one document and not in another.
    pub reversal: bool,
}

/// A proposition several sources report without contradiction.
#[derive(Debug, Clone, PartialEq)]
pub struct Corroboration {
    pub topic: Vec<String>,
    pub claims: Vec<ClaimItem>,
}

/// How one outlet (or alignment group) frames its reporting, measured.
#[derive(Debug, Clone, PartialEq)]
pub struct OutletFraming {
    pub outlet: String,
    pub alignment: Option<String>,
    pub documents: usize,
    /// Mean share of opinion sentences.
    pub opinion_share: f64,
    /// Mean share of attributed sentences.
    pub attributed_share: f64,
    /// Loaded terms: (category, [(term, count)]), most used first.
    pub loaded: Vec<(String, Vec<(String, usize)>)>,
    /// Whose voices are quoted: (speaker, claims), most first.
    pub voices: Vec<(String, usize)>,
    pub cites: Vec<usize>,
}

/// A story followed across documents.
#[derive(Debug, Clone, PartialEq)]
pub struct Storyline {
    /// A headline for the story (the first report's title).
    pub label: String,
    /// The first report.
    pub first: usize,
    /// Later reports: (cite, what it does: "relays", "denies", "follows").
    pub followers: Vec<(usize, String)>,
    /// Outlets on each side when the story crosses alignments:
    /// (alignment, outlets).
    pub sides: Vec<(String, Vec<String>)>,
}

impl Storyline {
    /// Reported by outlets of more than one alignment.
    pub fn cross_alignment(&self) -> bool {
        self.sides.len() > 1
    }
}

/// What arrived since the previous report.
#[derive(Debug, Clone, PartialEq)]
pub struct NewSince {
    /// When the previous report ran (RFC 3339 UTC) and its filters.
    pub previous_at: String,
    pub previous_filters: String,
    pub documents: Vec<usize>,
    pub events: Vec<TimelineItem>,
    pub claims: Vec<ClaimItem>,
    /// Disputes that involve a new document.
    pub disputes: usize,
}

/// The situation report.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Report {
    pub title: String,
    /// When it was generated (set by the caller; RFC 3339 UTC).
    pub generated: Option<String>,
    pub scope: Scope,
    pub summary: Summary,
    pub actors: Vec<ActorLine>,
    pub relations: Vec<Relation>,
    /// Where the relations come from (which builder).
    pub relations_from: String,
    /// Asserted events: what happened.
    pub happened: Vec<TimelineItem>,
    /// Attributed, hypothetical, future and negated events.
    pub reported: Vec<TimelineItem>,
    /// Events not listed (sections are capped).
    pub timeline_more: usize,
    pub claims: Vec<SpeakerClaims>,
    /// Speakers not listed.
    pub claims_more: usize,
    pub disputes: Vec<Dispute>,
    pub corroborated: Vec<Corroboration>,
    pub framing: Vec<OutletFraming>,
    pub storylines: Vec<Storyline>,
    /// Where the storylines come from (which builder).
    pub storylines_from: String,
    pub new_since: Option<NewSince>,
    /// Problems met while building (damaged records, …) and caveats.
    pub notes: Vec<String>,
    pub sources: Vec<Source>,
}
