//! Closed word classes of the claims rules (`data/lexicons/claims-words.tsv`):
//! which words open, continue or end a speaker phrase, which join a cue, and
//! which may follow a sentence-final cue. Data, not code: a user extends the
//! file, the rules read it through [`ClaimWords`].

use sitrep_record::data_dir::DataDir;

pub(crate) const CLAIM_WORDS_TSV: &str = include_str!("../../../data/lexicons/claims-words.tsv");
const CLAIM_WORDS_FILE: &str = "data/lexicons/claims-words.tsv";

/// A word's classes, one bit each: 128 bits, so rows can add classes after the 64 the rules
/// had filled by session 12 (a word's entry is read once per lookup, so the width costs
/// nothing measurable).
pub type Classes = u128;

/// An auxiliary or adverb that joins a speech verb's cue ("has said").
pub const CUE_LEAD: Classes = 1 << 0;
/// A group noun completing a speaker after an adjective mention ("Iranian officials").
pub const SPEAKER_NOUN: Classes = 1 << 1;
/// A role noun that keeps a following prepositional phrase ("officials in Sanaa").
pub const ROLE_HEAD: Classes = 1 << 2;
/// A word that may open a speaker phrase before a mention ("Senior …").
pub const MODIFIER: Classes = 1 << 3;
/// A personal pronoun speaker ("he said").
pub const PRONOUN: Classes = 1 << 4;
/// A relative pronoun speaker ("…, who said").
pub const RELATIVE: Classes = 1 << 5;
/// A word that ends a speaker phrase (conjunction, preposition, auxiliary, …).
pub const NP_STOP: Classes = 1 << 6;
/// A determiner or preposition after which a cue word is no verb.
pub const NOT_BEFORE_CUE: Classes = 1 << 7;
/// A lower-case -ed word that is an adjective in a speaker phrase.
pub const ED_ADJECTIVE: Classes = 1 << 8;
/// A word of a time adverbial after a sentence-final cue ("said Wednesday").
pub const TIME_WORD: Classes = 1 << 9;
/// A role phrase that stands for an earlier actor ("the minister"); may be several words.
pub const ROLE_SPEAKER: Classes = 1 << 10;
/// A title or abbreviation that ends in a period inside a name ("Sen.", "Inc.").
pub const ABBREVIATION: Classes = 1 << 11;
/// A first word that makes a "Name: …" line a label, not speech ("Editor's note:").
pub const LABEL: Classes = 1 << 12;
/// A lower-case -ly word that is a noun, not an adverb ("family").
pub const LY_NOUN: Classes = 1 << 13;
/// A word of a parenthetical set off by commas between a speaker and the
/// cue ("Others, however, say"; "Officials, for their part, said").
pub const PARENTHETICAL: Classes = 1 << 14;
/// A word whose `'s` is "is" or "has", not a possessive ("she's said").
pub const CONTRACTS_S: Classes = 1 << 15;
/// A determiner or other word that names no one on its own: a speaker
/// phrase made only of these ("The", "this") is no speaker.
pub const DETERMINER: Classes = 1 << 16;
/// A noun for what others said ("reports", "allegations"): after a denial
/// verb, its that-clause is what is denied ("denied reports in American
/// media that …").
pub const REPORT_NOUN: Classes = 1 << 17;
/// A number word, for ratios inside a speaker phrase ("nine in 10 voters").
pub const NUMBER_WORD: Classes = 1 << 18;
/// A preposition that may follow a participle inside a speaker phrase
/// ("exit polls taken in Iowa", "a poll conducted by Gallup").
pub const PARTICIPLE_LINK: Classes = 1 << 19;
/// A preposition that may follow a speaker's name before a colon ("Trump
/// on Twitter: …", "Zarif in a statement: …").
pub const COLON_TAIL: Classes = 1 << 20;
/// An adjective that keeps a following preposition inside a speaker phrase
/// ("people familiar with the talks", "sources close to the minister").
pub const ADJECTIVE_LINK: Classes = 1 << 21;
/// A word of a plea right after a speech verb: "pleaded guilty", "pleaded
/// no contest" enter a plea in court, which is no speech content.
pub const PLEA: Classes = 1 << 22;
/// A picture or record that shows rather than says: as the head of a
/// speaker phrase ("the video shows", "the stat sheet won't show it") the
/// cue reports a depiction, not speech.
pub const DEPICTION: Classes = 1 << 23;
/// A verb that names as well as characterizes ("a molecule called
/// succinate", "a poem called Winter Solstice"): after an indefinite noun
/// phrase and before no object it gives a name, not speech.
pub const NAMING_VERB: Classes = 1 << 24;
/// A cue verb that also reports a change in a quantity: followed by a
/// number ("the index added 20.72 points") it is no speech.
pub const QUANTITY_VERB: Classes = 1 << 25;
/// An object pronoun: after a naming verb it makes the verb a
/// characterization ("called it a disgrace"), which is speech.
pub const OBJECT_PRONOUN: Classes = 1 << 26;
/// A cue verb a picture can do ("shows"): with a `depiction` head and no
/// that-clause it reports no speech ("the video shows the arrest"); "the
/// clip says …" stays speech.
pub const DEPICTION_VERB: Classes = 1 << 27;
/// A cue verb of finding ("found", "finds"): before a `found_object` word
/// ("found a way", "found himself") it reports a discovery, not speech.
pub const FINDING_VERB: Classes = 1 << 28;
/// A word right after a finding verb that makes it no speech: an indefinite
/// article ("found a way through"), a reflexive ("found himself alone") or a
/// state a person is found in ("found dead").
pub const FOUND_OBJECT: Classes = 1 << 29;
/// A verb of aspect that takes a speech verb's to-infinitive into its cue
/// ("continued to call for", "began to argue").
pub const ASPECT_VERB: Classes = 1 << 31;
/// A preposition that belongs to the speech verb right before it ("warned
/// about", "argued against", "called for"): the cue takes it in and the
/// content starts after it.
pub const CUE_PARTICLE: Classes = 1 << 32;
/// A pronoun that names no one in particular ("you may want to …", "one
/// could argue …"): with a modal cue it gives advice, not a claim.
pub const GENERIC_PRONOUN: Classes = 1 << 33;
/// A modal verb ("can", "may", "should"): it joins a cue as a `cue_lead`;
/// a modal cue with a `generic_pronoun` speaker is no claim.
pub const MODAL: Classes = 1 << 34;
/// A cue verb that also means showing up somewhere ("reported"): followed
/// by "for" or "to" and a `presence_object` word ("reported for duty",
/// "report to work") it is no speech.
pub const PRESENCE_VERB: Classes = 1 << 35;
/// What one shows up for or at after a presence verb ("duty", "work",
/// "training"); "reported to police that …" stays speech.
pub const PRESENCE_OBJECT: Classes = 1 << 36;
/// A preposition whose phrase stays inside a speaker phrase after any plain
/// noun ("a study by two economists found", "the commission on presidential
/// debates says", "experts on the region said"), not only after a role noun.
pub const NOUN_LINK: Classes = 1 << 37;
/// The end of a hyphenated word that makes a name qualify the noun after
/// it ("the Iran-backed group said", "a Russian-made drone maker"): the
/// name is not the speaker.
pub const QUALIFIER: Classes = 1 << 30;
/// A word before "that" that makes it no complementizer ("so that", "now
/// that") and a preposition, which opens no clause.
pub const NOT_COMPLEMENT: Classes = 1 << 38;
/// An irregular past tense ("thought", "knew"): a verb by its form.
pub const PAST_FORM: Classes = 1 << 39;
/// A noun that names someone who may speak ("governor", "senators").
pub const SPEAKER_HEAD: Classes = 1 << 40;
/// The nouns of people a claim's speaker phrase may have as its head or
/// name: a speaker noun, a role head or a speaker head ("officials",
/// "minister", "families"), one union the speaker rules test together.
pub const PEOPLE_NOUN: Classes = SPEAKER_NOUN | ROLE_HEAD | SPEAKER_HEAD;
/// A conjunction that opens a subordinate clause ("if", "because").
pub const SUBORDINATOR: Classes = 1 << 41;
/// A preposition that puts a place after a speaker's head noun ("the U.S.
/// embassy in Kyiv", "the Red Cross operating in Iraq"): the place says
/// where the speaker is, not who.
pub const LOCATIVE: Classes = 1 << 42;
/// A past tense whose object may be an -ing form ("denied saying",
/// "stopped saying"): the -ing cue after it is no speech of the subject.
pub const ING_OBJECT_VERB: Classes = 1 << 43;
/// A particle that turns a depiction or naming verb into a phrasal verb
/// that reports no speech ("showed up", "show off", "called off").
pub const SENSE_PARTICLE: Classes = 1 << 44;
/// A noun that a cue word modifies as the first part of a compound ("talk
/// show host", "think tank"): the cue word is then a noun, not a verb.
pub const COMPOUND_HEAD: Classes = 1 << 45;
/// An irregular past of an action verb that takes no clause ("took",
/// "met", "won"): after a sentence's subject it is the clause's own verb,
/// whatever follows it ("The candidate took the stage and said …").
pub const ACTION_PAST: Classes = 1 << 46;
/// A cue word that is also the first noun of a compound whose head is a
/// `compound_head` row ("show" of "talk show host", "think" of "think
/// tank").
pub const COMPOUND_MODIFIER: Classes = 1 << 47;
/// A word naming an amount that is no `number_word` ("half", "third",
/// "dozens"): "showed up to a third of nurses" reads "up to" as a bound.
pub const AMOUNT_WORD: Classes = 1 << 48;
/// A cue verb whose object comes before "of" ("accused Iran of"): right
/// before "of" it is a passive participle ("tankers accused of smuggling"),
/// and its subject is the accused, no speaker.
pub const OBJECT_BEFORE_OF: Classes = 1 << 49;
/// A participle naming a poll's respondents after the noun or pronoun it
/// describes, right before the cue ("those polled said", "voters surveyed
/// say"); elsewhere it is a verb ("The firm polled voters and said").
pub const RESPONDENT: Classes = 1 << 50;
/// A noun that makes a following cue word the head of a compound noun
/// ("talk show", "game show"): that cue word is then the subject, no verb
/// ("The talk show featured …").
pub const COMPOUND_FIRST: Classes = 1 << 51;
/// A body that decides cases ("court", "judge", "jury"): what it dismisses
/// or rejects without a that-clause is a ruling on a case ("The judge
/// dismissed the charges"), no denial of what others said.
pub const LEGAL_BODY: Classes = 1 << 52;
/// A noun naming a case or a step in one ("charges", "appeal", "bail"):
/// after a `legal_body` subject's deny cue it is ruled on, while any other
/// report noun ("dismissed allegations of vote rigging") stays a denial of
/// what others said.
pub const CASE_NOUN: Classes = 1 << 53;
/// The past participle of being named ("named", "identified", "quoted"):
/// "who declined to be named" says why a source is anonymous, no claim.
pub const ANONYMITY: Classes = 1 << 54;
/// A conjunction that opens a condition ("if", "unless"): a promise or
/// offer to act under it ("promised to respond if NATO deployed troops")
/// states what would happen, a claim, not the act itself.
pub const CONDITION: Classes = 1 << 55;
/// A floating quantifier or focus word between a subject and its verb
/// ("Lee and Roe both said", "this only explains"): it ends no speaker
/// phrase; the speaker is the words before it.
pub const FLOATING_WORD: Classes = 1 << 56;
/// A word that makes the count after it approximate ("about four in 10",
/// "nearly half", "more than a third"): it belongs to the speaker phrase the
/// count opens, also at the start of a sentence.
pub const APPROXIMATION: Classes = 1 << 57;
/// A verb of putting out a text ("issued", "released", "put out"): before
/// "a" and a noun cue ("issued a statement saying …") it opens that cue,
/// and the speaker is its subject.
pub const ISSUE_VERB: Classes = 1 << 58;

/// A preposition that takes a noun's complement ("claims against Armenia",
/// "reports of shelling", "charges over the deal"): right after a cue word
/// that is also a report noun ("claims", "reports") it makes that word the
/// noun, no speech verb ("withdraw claims against each other").
pub const NOUN_PREPOSITION: Classes = 1 << 59;
/// A word that bounds or rounds the number after it ("about", "nearly",
/// "more than", "at least"): a `quantity_verb` before it changes an amount
/// ("adding about ten days to each voyage"), as before a bare number.
pub const APPROXIMATOR: Classes = 1 << 60;
/// A modal of obligation ("must", "should", "ought"): in a cue's lead it
/// prescribes what someone ought to say or accept ("Washington must also
/// accept that lecturing will not work"), which reports no speech.
pub const OBLIGATION: Classes = 1 << 61;
/// The participle of a medium carrying a statement ("carried", "published",
/// "broadcast"): "said in a statement carried by KCNA that …" names the
/// outlet that relayed the claim.
pub const CARRIER: Classes = 1 << 62;
/// A speech verb whose object is the one addressed ("asked", "told"): in
/// its passive ("Lee was asked whether …", "Asked about the vote, she …")
/// the subject is who was asked, not who speaks.
pub const ADDRESSEE_VERB: Classes = 1 << 63;
/// A form of "be" (or "get") that makes a following participle passive
/// ("was asked", "had been told", "after being asked").
pub const PASSIVE_AUX: Classes = 1 << 64;
/// A speech verb whose object is always its audience ("told", "tells"): it
/// is never inverted, so in "…, Lee, an aide, told AFP." AFP only heard it;
/// and a short object before a subject pronoun is its audience ("told
/// reporters he would stay").
pub const AUDIENCE_VERB: Classes = 1 << 65;
/// A past or present reporting verb that closes an attribution ("said",
/// "told", "wrote"): a name no mention covers right before it, or set off
/// by commas before it, is a speaker the knowledge base does not know, and
/// a later "he" or "she" refers to that speaker rather than to a known
/// person named earlier.
pub const REPORTING_VERB: Classes = 1 << 66;
/// A dummy subject ("there", "it") that with a form of "be" opens a frame
/// before "that" ("said there was no evidence that …", "said it is not true
/// that …"): the frame is part of what was said, and often reverses it.
pub const EXPLETIVE_SUBJECT: Classes = 1 << 67;
/// A verb by which another party disputes what was just said ("denied",
/// "rejected", "does not recognise"): a trailing object relative or summing
/// appositive with it (", which Asmara has denied", ", a decision Beijing
/// does not recognise") is the narrator's, not part of the claim.
pub const DISPUTE_VERB: Classes = 1 << 68;
/// A word in -ing that is a preposition, not a participle ("including",
/// "regarding"): after a comma it continues a noun object ("criticised
/// several states, including Spain") instead of opening the subject's own
/// participle clause.
pub const PREPOSITION_ING: Classes = 1 << 69;
/// A reflexive pronoun ("itself", "themselves"): as the first word of a
/// cue's object ("was defending itself against threats", "defended
/// himself") it names the subject again, and the verb reports no words.
pub const REFLEXIVE: Classes = 1 << 70;
/// A present-tense verb of a standing position ("opposes", "supports"): in
/// a relative clause describing an actor with a noun object ("the NUG,
/// which opposes the junta,") it says what the actor is, not what it said.
pub const POSITION_VERB: Classes = 1 << 71;
/// A speech verb that heads a conformative "as" clause ("as the Post
/// reported,", "as Lee noted,"): the main clause after it is what the
/// speaker said. Verbs that also time an event ("as she testified,") are
/// not in it.
pub const CONFORMATIVE_VERB: Classes = 1 << 72;
/// A word of a negating adverb of several words ("no longer"): a run of two
/// or more of them right before a speech verb joins its cue ("the rebels no
/// longer wanted to fight"), so that no such word is ever read as the
/// speaker. One alone ("no") joins nothing: "no one said" keeps its subject.
pub const NEGATING_LEAD: Classes = 1 << 73;
/// A verb of yielding ("conceded") that reports words with a clause ("conceded
/// the situation is regrettable") but names an act with a contest's outcome
/// as its object ("conceded defeat", "conceded the race"); see
/// [`OUTCOME_NOUN`].
pub const CONCESSION_VERB: Classes = 1 << 74;
/// The outcome of a contest as the object of a [`CONCESSION_VERB`]
/// ("defeat", "race", "election", "nomination").
pub const OUTCOME_NOUN: Classes = 1 << 75;
/// A time adverb that may open an appositive after a speaker's name ("said
/// Dunn, now a partner at the firm", "Susan Crawford, then his agent"):
/// the description after it is the speaker's.
pub const APPOSITIVE_ADVERB: Classes = 1 << 76;
/// An adverb of place right after a speaker's head noun and before the cue
/// ("officials there said", "residents here say"): it belongs to the
/// speaker phrase, which would otherwise end at no noun.
pub const PLACE_ADVERB: Classes = 1 << 77;
/// A preposition or subordinator opening a sentence adverbial that a comma
/// closes ("In a victory speech,", "On Tuesday night,", "After the vote,"):
/// the clause's subject, the speaker of a later "…, saying …", follows it.
pub const OPENING_PREPOSITION: Classes = 1 << 78;
/// A word opening an aside set off by commas between a speaker and the cue
/// ("Trump, speaking at a rally, warned", "The ministry, in a statement,
/// said"): the speaker phrase ends before the aside.
pub const ASIDE_OPENER: Classes = 1 << 79;
/// An intent verb of an `only-to` cue row that also takes a finite clause
/// without "that" ("Christie hopes his endorsement will give him a boost",
/// "officials hope the system can work"); other `only-to` verbs ("wants",
/// "sought", "declined") take no bare clause.
pub const CLAUSE_INTENT: Classes = 1 << 80;
/// A lower-case subject pronoun or expletive "there" that opens a clause
/// without "that" right after a cue ("agreed they had no choice").
pub const BARE_CLAUSE_SUBJECT: Classes = 1 << 81;
/// A lower-case auxiliary that, a few words after a cue, makes what follows
/// a clause without "that" ("agreed the deal was fair").
pub const BARE_CLAUSE_VERB: Classes = 1 << 82;
/// A verb of declaring that, with a `declared_state` noun as its object,
/// names an act ("declared independence"), no claim.
pub const DECLARING_VERB: Classes = 1 << 83;
/// A state of affairs that a `declaring_verb` puts in force ("independence",
/// "emergency"; not "war": PolNeAR reads "declared war on X" as an
/// attribution).
pub const DECLARED_STATE: Classes = 1 << 84;
/// A word that, after a postposed reporting clause's setting and a comma,
/// opens a phrase of that reporting clause, not its content ("…, the
/// minister said on Friday, but analysts say …", "…, the paper reported on
/// Wednesday, citing two officials").
pub const REPORTING_TAIL: Classes = 1 << 85;
/// A word that may not stand in the "to" destination of a setting after a
/// cue ("during a visit to Ankara"): a complementizer, relative or "to",
/// which opens a clause or an infinitive, not a place ("a visit to raise
/// funds", "a trip to which …"). Matched as written in lower case.
pub const DESTINATION_STOP: Classes = 1 << 86;
/// A noun of research that finds things ("poll", "survey", "study"): as the
/// subject of a `finding_verb` its object is what it found, a claim ("A
/// poll found Lee leading by seven points"), where a person's "found" with
/// a noun object is an act ("found the keys").
pub const FINDING_SOURCE: Classes = 1 << 87;
/// A coordinating conjunction ("and", "but", "or"): it ends a speaker or
/// subject phrase and joins no aside. Matched as written in lower case.
pub const COORDINATOR: Classes = 1 << 88;
/// A conjunction of contrast ("but", "while") that opens a clause of its
/// own after a list of names or a speaker noun.
pub const CONTRAST_CONJUNCTION: Classes = 1 << 89;
/// A preposition a role noun or an `adjective_link` adjective keeps inside
/// a speaker phrase ("a spokesman for the ministry", "people familiar with
/// the talks").
pub const ROLE_PREPOSITION: Classes = 1 << 90;
/// A word that makes the time noun after it a relative time ("last week",
/// "this year", "next month"): set off by a comma it dates the cue.
pub const RELATIVE_TIME: Classes = 1 << 91;
/// A word that may open a time adverbial before a day or time noun ("on
/// Monday", "late Tuesday", "early this year"): walked over back from the
/// time noun at the end of a speaker phrase.
pub const TIME_OPENER: Classes = 1 << 92;
/// A form of the commonest speech verbs ("said", "says", "told", "added"):
/// a segment holding one is a clause of speech, no description or speaker
/// phrase. Matched as written in lower case.
pub const SAID_FORM: Classes = 1 << 93;
/// A wh-word that opens an indirect question ("what", "how", "whether"):
/// it ends the object of a verb of telling. Matched as written in lower
/// case.
pub const WH_OPENER: Classes = 1 << 94;
/// A third-person pronoun or possessive ("it", "they", "his", "her"): as
/// the first word of a clause's subject it refers back to a party named
/// before.
pub const THIRD_PERSON: Classes = 1 << 95;
/// A conjunction that opens a clause of time ("when", "as", "while"): with
/// the accused as its subject it names the alleged act.
pub const TEMPORAL_CONJUNCTION: Classes = 1 << 96;
/// A preposition that may stand inside the post-modifier of a speaker noun
/// saying what the speaker knows or is near: after an `adjective_link` word
/// ("familiar with", "privy to", "close to") and further on in the
/// modifier's object ("a person familiar with the planning for the
/// meeting says").
pub const POSTMODIFIER_LINK: Classes = 1 << 97;
/// A preposition that, right after a speaker noun, opens such a
/// post-modifier when one or two plain words and a [`KNOWLEDGE_LINK`]
/// follow ("people with knowledge of the talks", "officials with close ties
/// to the mayor", "the officer in charge of the base").
pub const POSTMODIFIER_OPENER: Classes = 1 << 98;
/// The preposition taking the complement of a noun of knowledge or
/// nearness after a [`POSTMODIFIER_OPENER`] ("knowledge of", "ties to").
pub const KNOWLEDGE_LINK: Classes = 1 << 99;
/// A noun for a version of a text ("version", "edition"): a speaker phrase
/// headed by it ("An earlier version of this article said …") is a
/// correction note about the text, no one's claim.
pub const TEXT_VERSION: Classes = 1 << 100;
/// A conjunction that joins a clause to the one before ("and", "but",
/// "so", "yet"): a clause it opens after an aside is no reported clause of
/// the cue before the aside.
pub const CLAUSE_JOINER: Classes = 1 << 101;
/// A lower-case word right before a long capitalized name opening a
/// clause that belongs to the name's phrase ("the World Anti-Doping
/// Agency", "both the American Federation of Teachers").
pub const NAME_LEAD: Classes = 1 << 102;
/// A word after a capitalized -ing word opening a sentence that, besides
/// an `opening_preposition`, `locative` or day word, makes the -ing word a
/// participle phrase set off before the subject ("Speaking to reporters,
/// the minister said …").
pub const OPENING_PARTICIPLE_LINK: Classes = 1 << 103;
/// Conjunction of concession ("though", "although") opening the writer's
/// clause after a claim's content ("…, though he cautioned that …").
pub const CONCESSIVE: Classes = 1 << 104;
/// Verb of hope, wish, belief or fear that, right inside the clause of a
/// plain speech verb, is part of what was said ("said he hoped …"), not a
/// claim of its own.
pub const INNER_STANCE: Classes = 1 << 105;
/// Past participle of a correction after "been" ("has been corrected to
/// say …"): the sentence is a correction note's, no one's claim.
pub const CORRECTION_VERB: Classes = 1 << 106;
/// Noun of a unit of time counted in a time adjunct (", eight days after
/// …").
pub const TIME_UNIT: Classes = 1 << 107;
/// Adverb of degree before a counted time (", just hours after …").
pub const TIME_DEGREE: Classes = 1 << 108;
/// Preposition that opens an adverbial phrase standing between a subject
/// and its verb ("Beck, who has in the past described", "the report for
/// the first time cited", "Curiel, who through his office declined"): the
/// phrase's noun is no speaker (claims67).
pub const INTERPOSED_PREPOSITION: Classes = 1 << 109;
/// Auxiliary of tense or mood after which a lone lower-case word before the
/// cue is an adverb of the verb group, not its subject ("would only say",
/// "has so far offered"; claims67).
pub const VERB_GROUP_AUX: Classes = 1 << 110;
/// Determiner that also stands alone for people, as a whole subject
/// before its verb ("Some said they …", "Both think …"): then it is the
/// speaker, where a lone "The" or "this" names no one (claims69).
pub const QUANTIFIER_PRONOUN: Classes = 1 << 111;
/// Word after which "to" or "with" and an outlet's name is the outlet the
/// speaker spoke to ("in an interview with Fox Business", "speaking to
/// Reuters"): the outlet carried the claim (claims39; bit 120 leaves room
/// for other branches' classes).
pub const OUTLET_CONTACT: Classes = 1 << 120;
/// Noun of a document a source issues ("statement", "report"): "citing a
/// statement from the navy" names the navy as a relay.
pub const ISSUED_DOCUMENT: Classes = 1 << 121;
/// Preposition of means before a participle cue whose clause the sentence's
/// subject speaks ("closed the rally by saying that …"): as after a
/// subordinator ("a day after announcing he would …"). Bit 116 leaves room
/// for other branches' classes (claims46).
pub const MEANS_PREPOSITION: Classes = 1 << 116;

/// Word that ends a count of times ("several times", "twice"): a verb
/// followed by nothing else reports no words ("applauded several times";
/// claims50).
pub const REPETITION: Classes = 1 << 117;
/// Word that counts before a `repetition` word ("several times", "many
/// times", "more times"; claims50).
pub const REPETITION_COUNT: Classes = 1 << 118;
/// Ordinal or superlative that, after ", the" at a content's end, opens the
/// narrator's ranking of the news (", the first dissent by a Fed governor
/// since 2005", ", the largest drop in a decade"; claims53).
pub const RANK_WORD: Classes = 1 << 119;

/// Gerund of telling ("giving", "offering", "elaborating") that, after ",
/// without" at a content's end, opens the writer's note on the manner of the
/// telling (", without giving a reason"; claims60).
pub const TELLING_GERUND: Classes = 1 << 113;

/// Cue verb that characterizes its object with a predicate after it
/// ("called the plan a disgrace that …", "described the attack as a reminder
/// that …"): a "that" after its object belongs to the predicate's noun, and
/// the content starts at the object (claims62).
pub const CHARACTERIZING_VERB: Classes = 1 << 122;

/// Noun of an occasion or medium of speech ("rally", "debate", "Twitter"):
/// a prepositional phrase after a noun-phrase content that names one is
/// the setting of the telling, not part of the content (claims62).
pub const VENUE: Classes = 1 << 123;

/// Noun of an event that has its own time and place ("attack", "election",
/// "strike"): a time or place after it in a noun-phrase content is the
/// event's ("condemned the attack in Pahalgam in April"), not the setting of
/// the telling (claims64).
pub const EVENT_NOUN: Classes = 1 << 114;

/// Cue verb of likening ("compared Trump to Wilson"): with no object before
/// its "with" or "to" it states a comparison of figures ("48 percent,
/// compared with 41 percent"), no speech (claims64).
pub const LIKENING_VERB: Classes = 1 << 115;

/// Noun that, right before a name or a determiner, is the object of a
/// relative clause written without "that" ("everything Trump says", "the
/// kind Ayotte ran"): the name after it is the speaker (claims45; the top
/// bit leaves 122–126 to other branches).
pub const RELATIVE_OBJECT: Classes = 1 << 127;

/// Noun of a policy, plan, measure or candidacy ("plan", "bill", "ban",
/// "candidacy"): as the head of a `position` verb's object it makes the
/// verb a stated position ("supports the plan", "opposes the ban"), where
/// another object is an act ("supports Hezbollah") (claims66).
pub const POLICY_NOUN: Classes = 1 << 112;

/// Word that marks a document as election news ("primary", "caucus",
/// "voters"): there a `position` verb with a person object backs a
/// candidacy ("endorsed Clinton", "supported Sanders") (claims66).
pub const ELECTORAL: Classes = 1 << 124;

/// Head of a police or security body ("police", "troopers"): its refusal or
/// offer to do something is an act of its office, as a court's is a ruling
/// ("Police refused to drop the charges"), no stated position (claims68).
pub const ENFORCING_BODY: Classes = 1 << 125;

/// Head noun of an organisation's phrase ("the campaign", "the ministry"):
/// as the subject of a sentence it is what a following "It said" names
/// back (claims79).
pub const BODY_NOUN: Classes = 1 << 126;

/// A second set of word classes, for classes added after the 128 bits of
/// [`Classes`] were taken (session 49). Kept in a table of its own
/// ([`ClaimWords::extra`]): only the rules that need one of these classes
/// look a word up there, after cheaper tests, so the hot lookups keep their
/// 32-byte slots.
pub type Extra = u64;

/// Word that opens a subject naming no one who acts ("no one", "none",
/// "nobody", "neither"): "No one attacked the plan" reports nothing anyone
/// said (claims82).
pub const NEGATIVE_SUBJECT: Extra = 1 << 0;

/// Word that opens a description of one person to which a name may be
/// apposed after a comma ("said another Twitter user, Jo Roe", "said a local
/// farmer, Jo Roe", "said his neighbour, Jo Roe"): the description and the
/// name are one speaker (session 50).
pub const DESCRIPTION_OPENER: Extra = 1 << 1;

/// Word that marks an infinitive ("to"): a verb after it is the
/// infinitive's, not a finite verb of the clause before it ("which allows
/// him to keep … and deny"; session 50).
pub const INFINITIVE_MARKER: Extra = 1 << 2;

/// Speech verb that takes a noun object and no clause ("criticized the
/// plan", "praised the mayor"): in a restrictive relative clause its
/// object ends where the sentence's predicate starts ("Republicans who
/// criticized the plan were outvoted"; session 50).
pub const OBJECT_VERB: Extra = 1 << 3;

/// Time word that news writes in lower case ("today", "tonight"),
/// unlike a day or month name: capitalized after a capitalized word inside
/// a sentence it is part of a name ("USA Today reported", "a reporter for
/// Russia Today said"), not a time that ends the speaker (claims86).
pub const LOWERCASE_TIME: Extra = 1 << 4;
/// Verb whose "whether" clause is a question being settled by an act of
/// finding out, not something said ("officials will determine whether the
/// rules apply", "a review to assess whether it is safe"): "whether" after
/// it opens no reported clause (session 51). "asked whether", "wondered
/// whether" stay claims.
pub const INQUIRY_VERB: Extra = 1 << 5;
/// A word that opens the question an addressee verb's passive reports
/// after its agent ("Asked by Thrush if …", "was asked by a reporter
/// whether …", "asked by Ingraham about …"): it ends the agent's phrase
/// (session 53).
pub const QUESTION_OPENER: Extra = 1 << 8;

/// Modal that with "have" and a participle tells of an act that did not
/// happen ("The draft resolution would have condemned the tests"): a cue
/// it leads, with a document as its speaker, reports no claim that was
/// made (claims91). "may have said", "must have told" guess at an act that
/// happened and stay claims.
pub const COUNTERFACTUAL_MODAL: Extra = 1 << 6;

/// Focus adverb that may open the second conjunct of a coordinated
/// speaker ("Politicians and even some technologists say"): right after
/// "and" it leaves the coordination whole (claims91).
pub const FOCUS_ADVERB: Extra = 1 << 7;

/// Body a state or group keeps abroad or at an organization ("mission",
/// "embassy"): a "to" or `locative` phrase after it stays in the speaker
/// and names where the body is posted, not who speaks ("Iran's mission to
/// the EU said": Iran) (session 53).
pub const POSTED_BODY: Extra = 1 << 9;

/// Participle of getting hold of a document ("seen", "obtained",
/// "reviewed"): "a letter seen by AFP", "documents obtained by The
/// Washington Post" — the "by" phrase names who holds or reported the
/// document, not who wrote it, so it is no issuer of the speaker phrase;
/// a named outlet there carried the claim, a `relay` via (session 54).
pub const ACCESS_PARTICIPLE: Extra = 1 << 30;
/// Noun naming a part of a group ("proportion", "share", "number"): a
/// participle cue right after "the <proportion noun> of X" speaks for X
/// ("The proportion of GOP voters saying …": the voters), not for the
/// part counted (session 54, claims92).
pub const PROPORTION_NOUN: Extra = 1 << 10;
/// Lower-case word that joins two capitalized words inside one name of an
/// organization or a person's place ("the American Federation of
/// Teachers", "the Organization for Economic Cooperation", "Ted Cruz of
/// Texas"): read back from "and", a longer name that opens the clause
/// crosses it (claims93).
pub const NAME_LINK: Extra = 1 << 12;
/// Possessive pronoun ("his", "her", "their", "my"): right before a noun
/// cue it is the noun's owner, who speaks ("His claim that …", "My
/// impression is that …"), named back as the subject pronoun is
/// (claims94).
pub const POSSESSIVE_PRONOUN: Extra = 1 << 13;
/// Past form of a verb that takes no object and has no passive ("arrived",
/// "rallied", "marched", "spoke"): after a subject it is the clause's
/// finite verb, never a participle opening a reduced relative ("troops
/// stationed in Syria"), so "Protesters rallied in Tel Aviv, saying …"
/// speaks for the protesters, and a participle cue after its
/// prepositional phrases ("marched outside parliament demanding …")
/// belongs to the clause's subject (session 55, the lead).
pub const INTRANSITIVE_PAST: Extra = 1 << 26;
/// Verb of quoting ("quoted", "cited"): with an object and "as" before an
/// -ing cue ("IRNA quoted Araghchi as saying …") the object speaks the
/// participle's claim and the verb's subject carried the words, a relay;
/// the quoting verb's own claim stays, the outer link of the chain
/// (session 55, the lead).
pub const QUOTING_VERB: Extra = 1 << 27;
/// Verb of giving that takes the receiver before the thing given ("gave
/// her assurances that …", "offered them guarantees that …"): an object
/// pronoun between it and a noun cue is the receiver, not the noun's
/// owner, and the verb's subject speaks (claims96).
pub const GIVING_VERB: Extra = 1 << 18;
/// Pronoun naming an unspecified person ("everyone", "someone",
/// "nobody"): right after a noun it opens the subject of a relative
/// clause written without "that" ("a question everyone asked"), as a
/// subject pronoun does (claims96).
pub const INDEFINITE_PRONOUN: Extra = 1 << 19;
/// Word that opens a coordination of two ("both … and", "either … or"):
/// it opens no conjunct of another coordination, so a clause joiner right
/// before it ("… teachers unions and both the AFT and the NEA endorsed
/// her") joins clauses (claims96).
pub const CORRELATIVE: Extra = 1 << 20;
/// Form of "do" that carries the tense before a verb ("did sign", "does
/// support"): an auxiliary to `clause::clause_before_that`, whose own list
/// it was (claims96).
pub const DO_SUPPORT: Extra = 1 << 21;
/// Head noun of a group of organisations ("groups", "agencies",
/// "companies"): a place after it and a participle ("aid groups operating
/// in Sudan", "firms based in Britain") says where the bodies work, not
/// who they are, so the place is no actor of theirs. People of a place
/// ("voters in Ohio", "officials in Kyiv") keep it (claims97).
pub const ORGANISATION_HEAD: Extra = 1 << 22;

/// The classes of the second set, by their names in the file.
const EXTRA_NAMES: &[(&str, Extra)] = &[
    ("negative_subject", NEGATIVE_SUBJECT),
    ("description_opener", DESCRIPTION_OPENER),
    ("infinitive_marker", INFINITIVE_MARKER),
    ("object_verb", OBJECT_VERB),
    ("lowercase_time", LOWERCASE_TIME),
    ("inquiry_verb", INQUIRY_VERB),
    ("counterfactual_modal", COUNTERFACTUAL_MODAL),
    ("focus_adverb", FOCUS_ADVERB),
    ("question_opener", QUESTION_OPENER),
    ("posted_body", POSTED_BODY),
    ("access_participle", ACCESS_PARTICIPLE),
    ("proportion_noun", PROPORTION_NOUN),
    ("name_link", NAME_LINK),
    ("possessive_pronoun", POSSESSIVE_PRONOUN),
    ("intransitive_past", INTRANSITIVE_PAST),
    ("quoting_verb", QUOTING_VERB),
    ("giving_verb", GIVING_VERB),
    ("indefinite_pronoun", INDEFINITE_PRONOUN),
    ("correlative", CORRELATIVE),
    ("do_support", DO_SUPPORT),
    ("organisation_head", ORGANISATION_HEAD),
];

const NAMES: &[(&str, Classes)] = &[
    ("qualifier", QUALIFIER),
    ("cue_lead", CUE_LEAD),
    ("speaker_noun", SPEAKER_NOUN),
    ("role_head", ROLE_HEAD),
    ("modifier", MODIFIER),
    ("pronoun", PRONOUN),
    ("relative", RELATIVE),
    ("np_stop", NP_STOP),
    ("not_before_cue", NOT_BEFORE_CUE),
    ("ed_adjective", ED_ADJECTIVE),
    ("time_word", TIME_WORD),
    ("role_speaker", ROLE_SPEAKER),
    ("abbreviation", ABBREVIATION),
    ("label", LABEL),
    ("ly_noun", LY_NOUN),
    ("parenthetical", PARENTHETICAL),
    ("contracts_s", CONTRACTS_S),
    ("determiner", DETERMINER),
    ("report_noun", REPORT_NOUN),
    ("number_word", NUMBER_WORD),
    ("participle_link", PARTICIPLE_LINK),
    ("colon_tail", COLON_TAIL),
    ("adjective_link", ADJECTIVE_LINK),
    ("plea", PLEA),
    ("depiction", DEPICTION),
    ("naming_verb", NAMING_VERB),
    ("quantity_verb", QUANTITY_VERB),
    ("object_pronoun", OBJECT_PRONOUN),
    ("depiction_verb", DEPICTION_VERB),
    ("finding_verb", FINDING_VERB),
    ("found_object", FOUND_OBJECT),
    ("aspect_verb", ASPECT_VERB),
    ("cue_particle", CUE_PARTICLE),
    ("generic_pronoun", GENERIC_PRONOUN),
    ("modal", MODAL),
    ("presence_verb", PRESENCE_VERB),
    ("presence_object", PRESENCE_OBJECT),
    ("noun_link", NOUN_LINK),
    ("not_complement", NOT_COMPLEMENT),
    ("past_form", PAST_FORM),
    ("speaker_head", SPEAKER_HEAD),
    ("subordinator", SUBORDINATOR),
    ("locative", LOCATIVE),
    ("ing_object_verb", ING_OBJECT_VERB),
    ("sense_particle", SENSE_PARTICLE),
    ("compound_head", COMPOUND_HEAD),
    ("action_past", ACTION_PAST),
    ("legal_body", LEGAL_BODY),
    ("case_noun", CASE_NOUN),
    ("anonymity", ANONYMITY),
    ("condition", CONDITION),
    ("floating_word", FLOATING_WORD),
    ("approximation", APPROXIMATION),
    ("issue_verb", ISSUE_VERB),
    ("compound_modifier", COMPOUND_MODIFIER),
    ("amount_word", AMOUNT_WORD),
    ("object_before_of", OBJECT_BEFORE_OF),
    ("respondent", RESPONDENT),
    ("compound_first", COMPOUND_FIRST),
    ("noun_preposition", NOUN_PREPOSITION),
    ("approximator", APPROXIMATOR),
    ("obligation", OBLIGATION),
    ("carrier", CARRIER),
    ("addressee_verb", ADDRESSEE_VERB),
    ("passive_aux", PASSIVE_AUX),
    ("audience_verb", AUDIENCE_VERB),
    ("reporting_verb", REPORTING_VERB),
    ("expletive_subject", EXPLETIVE_SUBJECT),
    ("dispute_verb", DISPUTE_VERB),
    ("preposition_ing", PREPOSITION_ING),
    ("reflexive", REFLEXIVE),
    ("position_verb", POSITION_VERB),
    ("conformative_verb", CONFORMATIVE_VERB),
    ("negating_lead", NEGATING_LEAD),
    ("concession_verb", CONCESSION_VERB),
    ("outcome_noun", OUTCOME_NOUN),
    ("appositive_adverb", APPOSITIVE_ADVERB),
    ("place_adverb", PLACE_ADVERB),
    ("opening_preposition", OPENING_PREPOSITION),
    ("aside_opener", ASIDE_OPENER),
    ("clause_intent", CLAUSE_INTENT),
    ("bare_clause_subject", BARE_CLAUSE_SUBJECT),
    ("bare_clause_verb", BARE_CLAUSE_VERB),
    ("declaring_verb", DECLARING_VERB),
    ("declared_state", DECLARED_STATE),
    ("reporting_tail", REPORTING_TAIL),
    ("destination_stop", DESTINATION_STOP),
    ("finding_source", FINDING_SOURCE),
    ("coordinator", COORDINATOR),
    ("contrast_conjunction", CONTRAST_CONJUNCTION),
    ("role_preposition", ROLE_PREPOSITION),
    ("relative_time", RELATIVE_TIME),
    ("time_opener", TIME_OPENER),
    ("said_form", SAID_FORM),
    ("wh_opener", WH_OPENER),
    ("third_person", THIRD_PERSON),
    ("temporal_conjunction", TEMPORAL_CONJUNCTION),
    ("postmodifier_link", POSTMODIFIER_LINK),
    ("postmodifier_opener", POSTMODIFIER_OPENER),
    ("knowledge_link", KNOWLEDGE_LINK),
    ("text_version", TEXT_VERSION),
    ("clause_joiner", CLAUSE_JOINER),
    ("name_lead", NAME_LEAD),
    ("opening_participle_link", OPENING_PARTICIPLE_LINK),
    ("concessive", CONCESSIVE),
    ("inner_stance", INNER_STANCE),
    ("correction_verb", CORRECTION_VERB),
    ("time_unit", TIME_UNIT),
    ("time_degree", TIME_DEGREE),
    ("outlet_contact", OUTLET_CONTACT),
    ("repetition", REPETITION),
    ("repetition_count", REPETITION_COUNT),
    ("rank_word", RANK_WORD),
    ("issued_document", ISSUED_DOCUMENT),
    ("means_preposition", MEANS_PREPOSITION),
    ("relative_object", RELATIVE_OBJECT),
    ("telling_gerund", TELLING_GERUND),
    ("characterizing_verb", CHARACTERIZING_VERB),
    ("venue", VENUE),
    ("event_noun", EVENT_NOUN),
    ("likening_verb", LIKENING_VERB),
    ("policy_noun", POLICY_NOUN),
    ("enforcing_body", ENFORCING_BODY),
    ("body_noun", BODY_NOUN),
    ("electoral", ELECTORAL),
    ("interposed_preposition", INTERPOSED_PREPOSITION),
    ("quantifier_pronoun", QUANTIFIER_PRONOUN),
    ("verb_group_aux", VERB_GROUP_AUX),
];

use sitrep_record::fast_map::{packed_ascii_lowercase, WordMap, PACKED_WORD_BYTES};

/// `w` without a possessive ending: every trailing `'s`, then every trailing
/// `'` ("officials'", "spokesman's"). The same as
/// `w.trim_end_matches("'s").trim_end_matches('\'')`, by bytes: a string
/// pattern builds a substring searcher on every call, and the claims rules
/// ask this of every word they look at.
#[inline]
pub(crate) fn without_possessive(w: &str) -> &str {
    let b = w.as_bytes();
    let mut end = b.len();
    while end >= 2 && b[end - 2] == b'\'' && b[end - 1] == b's' {
        end -= 2;
    }
    while end >= 1 && b[end - 1] == b'\'' {
        end -= 1;
    }
    // Only ASCII bytes were removed, so `end` is a character boundary.
    &w[..end]
}

/// Whether `w` ends in a possessive "'s", with a straight or a curly
/// apostrophe ("Trump's", "Tehran’s"); a plural's "s'" is not asked here.
#[inline]
pub(crate) fn ends_with_s_possessive(w: &str) -> bool {
    w.ends_with("'s") || w.ends_with("\u{2019}s")
}

/// Whether `w` ends in a possessive: a singular's "'s" ([`ends_with_s_possessive`])
/// or a plural's "s'" ("the officials'").
#[inline]
pub(crate) fn ends_with_possessive(w: &str) -> bool {
    ends_with_s_possessive(w) || w.ends_with("s'")
}

/// Whether `w` holds an apostrophe that is no possessive "'s": a
/// contraction ("don't", "they're") or an elision. A byte test comes first:
/// the character search decodes every character of the word, and the
/// claims rules ask this of every word of a content.
#[inline]
pub(crate) fn has_contraction_mark(w: &str) -> bool {
    w.bytes().any(|b| b == b'\'' || b == 0xE2)
        && w.contains(['\'', '\u{2019}'])
        && !ends_with_s_possessive(w)
}

/// Longest key looked up; longer words are in no class. Below 64, so a
/// key's length is a bit of [`ClaimWords::long_key_lengths`].
const MAX_KEY: usize = 40;
const _: () = assert!(MAX_KEY < 64);

/// Word → classes, from `claims-words.tsv`.
#[derive(Debug, Clone, Default)]
pub struct ClaimWords {
    classes: WordMap<Classes>,
    /// The `pronoun` and `role_speaker` rows (lower case, in file order),
    /// which may be phrases.
    anaphors: Vec<String>,
    /// Bit `n` set when some key has `n` bytes and is too long to be packed
    /// (more than [`PACKED_KEY`] bytes). The table looks such a word up
    /// through a lower-cased copy, a heap allocation per probe, and the
    /// rules probe many long words and phrases (speaker phrases, "according
    /// to the ministry") while the file has only a few long keys: a word of
    /// a length no key has is in no class without that copy.
    long_key_lengths: u64,
    /// The keys of up to [`PACKED_KEY`] bytes again, in an open-addressing
    /// table of their own (see [`ShortKeys`]); `classes` answers the longer
    /// ones.
    short: ShortKeys,
    /// The first bytes and lengths of the `reporting_verb` keys: bit `n`
    /// of entry `b & 31` set when a key starts with byte `b` and has `n`
    /// bytes (31 or more count as 31). The unknown-speaker check asks of
    /// nearly every lower-case word whether it is one of these few verbs;
    /// a word whose first byte and length no key shares is answered
    /// without its lookup (see [`ClaimWords::may_be_reporting_verb`]).
    reporting_verb_shapes: Shapes,
    /// The same for the `relative` keys ([`ClaimWords::may_be_relative`]):
    /// a walk back over a clause looks for its relative pronoun among
    /// words that are nearly all something else.
    relative_shapes: Shapes,
    /// The same for the `text_version` keys
    /// ([`ClaimWords::may_be_text_version`]): every draft's speaker phrase
    /// is searched for one, and nearly none holds one.
    text_version_shapes: Shapes,
    /// The words of the second class set ([`Extra`]), lower case.
    extra: WordMap<Extra>,
}

/// Words of 1 to [`PACKED_KEY`] bytes, ASCII-lower-cased, packed into two
/// integers (bytes zero-padded, the length in the top byte), in a linear-
/// probing table of a power-of-two size at most half full. The rules probe
/// about half a million words per 500 documents, nearly all short and most
/// of them in the table; a general hash map's probe (hashing, control-byte
/// groups, the value's address) costs about as much again as packing the
/// word, while here one multiply finds the slot and one or two compares of
/// two integers decide.
#[derive(Debug, Clone, Default)]
struct ShortKeys {
    /// `(lo, hi, classes)`; `hi == 0` is an empty slot (a key's length in
    /// the top byte of `hi` is never 0).
    slots: Vec<(u64, u64, Classes)>,
    /// `64 - log2(slots.len())`: the hash's top bits index the table.
    shift: u32,
}

impl ShortKeys {
    /// The table of `keys` (each at most [`PACKED_KEY`] bytes, lower case;
    /// a repeated key's classes merge).
    fn new<'k>(keys: impl ExactSizeIterator<Item = (&'k [u8], Classes)>) -> ShortKeys {
        let size = (keys.len() * 2).next_power_of_two().max(16);
        let mut table = ShortKeys {
            slots: vec![(0, 0, 0); size],
            shift: 64 - size.trailing_zeros(),
        };
        for (key, classes) in keys {
            let (lo, hi) = pack_folded(key).expect("a short, non-empty key");
            let mut i = table.slot_of(lo, hi);
            loop {
                let slot = &mut table.slots[i];
                if slot.1 == 0 || (slot.0, slot.1) == (lo, hi) {
                    *slot = (lo, hi, slot.2 | classes);
                    break;
                }
                i = (i + 1) & (size - 1);
            }
        }
        table
    }

    #[inline]
    fn slot_of(&self, lo: u64, hi: u64) -> usize {
        let h = (lo ^ hi.rotate_left(29)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (h >> self.shift) as usize
    }

    /// The classes of the packed word `(lo, hi)`, 0 when it is no key.
    #[inline(always)]
    fn get(&self, lo: u64, hi: u64) -> Classes {
        if self.slots.is_empty() {
            return 0;
        }
        let mask = self.slots.len() - 1;
        let mut i = self.slot_of(lo, hi);
        loop {
            let (klo, khi, classes) = self.slots[i];
            if khi == hi && klo == lo {
                return classes;
            }
            if khi == 0 {
                return 0;
            }
            i = (i + 1) & mask;
        }
    }
}

/// `w` (1 to [`PACKED_KEY`] bytes), ASCII-lower-cased and packed as
/// `WordMap` packs its keys, as the two integers [`ShortKeys`] compares;
/// `None` for an empty or longer word.
#[inline(always)]
fn pack_folded(w: &[u8]) -> Option<(u64, u64)> {
    packed_ascii_lowercase(w).map(|p| (p as u64, (p >> 64) as u64))
}

/// Longest key the word table packs into an integer (`WordMap` keeps longer
/// ones as strings).
const PACKED_KEY: usize = PACKED_WORD_BYTES;

impl ClaimWords {
    /// The word classes shipped in `data/lexicons/claims-words.tsv`.
    pub fn builtin() -> Result<ClaimWords, String> {
        ClaimWords::builtin_with(&DataDir::none())
    }

    /// The built-in word classes extended by the user's
    /// `lexicons/claims-words.tsv` in `data`, if it has one.
    pub fn builtin_with(data: &DataDir) -> Result<ClaimWords, String> {
        let t = data.extend((CLAIM_WORDS_FILE, CLAIM_WORDS_TSV))?;
        ClaimWords::parse(t.name, &t.text).map_err(|e| t.locate(e))
    }

    /// Parses `word<TAB>classes` rows (header line first, `#` comments);
    /// errors name the file and line.
    pub fn parse(file: &str, contents: &str) -> Result<ClaimWords, String> {
        let mut words = ClaimWords::default();
        let (_header, rows) = sitrep_record::tsv::read(contents);
        for row in rows {
            let (line, text) = (row.number, row.text);
            let (word, classes) = text
                .split_once('\t')
                .ok_or_else(|| format!("{file}:{line}: expected word<TAB>classes"))?;
            let word = word.trim().to_ascii_lowercase();
            if word.is_empty() || word.len() > MAX_KEY {
                return Err(format!(
                    "{file}:{line}: a word must have 1 to {MAX_KEY} bytes"
                ));
            }
            let (mut bits, mut extra): (Classes, Extra) = (0, 0);
            for c in classes.split(',').map(str::trim).filter(|c| !c.is_empty()) {
                match (class_named(NAMES, c), class_named(EXTRA_NAMES, c)) {
                    (Some(b), _) => bits |= b,
                    (None, Some(e)) => extra |= e,
                    (None, None) => return Err(format!("{file}:{line}: unknown word class {c:?}")),
                }
            }
            if bits == 0 && extra == 0 {
                return Err(format!("{file}:{line}: no word class"));
            }
            if word.contains(' ') && (bits != ROLE_SPEAKER || extra != 0) {
                return Err(format!(
                    "{file}:{line}: only role_speaker rows may have several words"
                ));
            }
            if bits & (ROLE_SPEAKER | PRONOUN) != 0 {
                words.anaphors.push(word.clone());
            }
            if word.len() > PACKED_KEY {
                words.long_key_lengths |= 1 << word.len();
            }
            if bits & REPORTING_VERB != 0 {
                words.reporting_verb_shapes.add(word.as_bytes());
            }
            if bits & RELATIVE != 0 {
                words.relative_shapes.add(word.as_bytes());
            }
            if bits & TEXT_VERSION != 0 {
                words.text_version_shapes.add(word.as_bytes());
            }
            if extra != 0 {
                *words.extra.entry_or_default(word.clone()) |= extra;
            }
            if bits != 0 {
                *words.classes.entry_or_default(word) |= bits;
            }
        }
        let short: Vec<(String, Classes)> = words
            .classes
            .iter()
            .filter(|(k, _)| k.len() <= PACKED_KEY)
            .map(|(k, &c)| (k, c))
            .collect();
        words.short = ShortKeys::new(short.iter().map(|(k, c)| (k.as_bytes(), *c)));
        Ok(words)
    }

    /// The classes of `w` exactly as written, ignoring ASCII case.
    pub fn exact(&self, w: &str) -> Classes {
        if let Some((lo, hi)) = pack_folded(w.as_bytes()) {
            return self.short.get(lo, hi);
        }
        if w.is_empty() || w.len() > MAX_KEY {
            return 0;
        }
        if self.long_key_lengths & (1 << w.len()) == 0 {
            return 0;
        }
        self.classes.get_ascii_lowercase(w).copied().unwrap_or(0)
    }

    /// Whether `w` may be a `reporting_verb`: false only when no such key
    /// has `w`'s first byte (in either ASCII case) and length, so that
    /// `exact(w)` holds no [`REPORTING_VERB`] bit. A first test before the
    /// lookup, for a caller asking of many words.
    #[inline]
    pub fn may_be_reporting_verb(&self, w: &str) -> bool {
        self.reporting_verb_shapes.may_hold(w.as_bytes())
    }

    /// Whether `w` may be a `relative` word: false only when no such key
    /// has `w`'s first byte (in either ASCII case) and length, as
    /// [`ClaimWords::may_be_reporting_verb`].
    #[inline]
    pub fn may_be_relative(&self, w: &str) -> bool {
        self.relative_shapes.may_hold(w.as_bytes())
    }

    /// Whether `w` may be a `text_version` word: false only when no such
    /// key has `w`'s first byte (in either ASCII case) and length, as
    /// [`ClaimWords::may_be_reporting_verb`].
    #[inline]
    pub fn may_be_text_version(&self, w: &str) -> bool {
        self.text_version_shapes.may_hold(w.as_bytes())
    }

    /// The classes of `w` with a possessive `'s` (or `'`) removed.
    pub fn of(&self, w: &str) -> Classes {
        self.exact(without_possessive(w))
    }

    /// Whether `w` joins a speech verb's cue when it stands right before it:
    /// a `cue_lead` word ("has", "also", "flatly"), or a lower-case -ly
    /// adverb of more than four letters that is no `ly_noun` ("memorably",
    /// "sincerely", "sharply"; not "daily", "only"), which says how the
    /// words were said (PolNeAR's train cues keep one 396 times, leave it
    /// out about 30). sitrep-events reads the same test to find the speech
    /// verb inside a cue.
    pub fn leads_cue(&self, w: &str) -> bool {
        leads_cue_given(w, self.exact(w))
    }

    /// Whether `w` (possessive removed, any case) is in `class`.
    pub fn is(&self, w: &str, class: Classes) -> bool {
        self.of(w) & class != 0
    }

    /// The classes of the second set ([`Extra`]) of `w` with a possessive
    /// removed, ignoring ASCII case.
    pub fn extra(&self, w: &str) -> Extra {
        self.extra
            .get_ascii_lowercase(without_possessive(w))
            .copied()
            .unwrap_or(0)
    }

    /// The pronouns and `role_speaker` phrases, lower case, in file order.
    pub(crate) fn anaphors(&self) -> &[String] {
        &self.anaphors
    }
}

/// The bit of the class called `name` in `names`.
fn class_named<T: Copy>(names: &[(&str, T)], name: &str) -> Option<T> {
    names.iter().find(|(n, _)| *n == name).map(|&(_, b)| b)
}

/// The first bytes and lengths of one class's keys: bit `n` of entry
/// `b & 31` set when a key starts with byte `b` and has `n` bytes (31 or
/// more count as 31). The slot is the first byte's low five bits, which
/// ASCII case does not change (upper and lower case differ in bit 5 alone),
/// as the lookup ignores ASCII case; other first bytes may share a slot,
/// which only lets more words through to the lookup.
#[derive(Debug, Clone, Default)]
struct Shapes([u32; 32]);

impl Shapes {
    #[inline]
    fn shape(w: &[u8]) -> (usize, u32) {
        let slot = w.first().map_or(0, |&b| usize::from(b & 31));
        (slot, 1 << w.len().min(31))
    }

    fn add(&mut self, w: &[u8]) {
        let (slot, bit) = Shapes::shape(w);
        self.0[slot] |= bit;
    }

    /// Whether a key of the class may be `w`.
    #[inline]
    fn may_hold(&self, w: &[u8]) -> bool {
        let (slot, bit) = Shapes::shape(w);
        self.0[slot] & bit != 0
    }
}

/// [`ClaimWords::leads_cue`] for a word whose exact classes are known.
fn leads_cue_given(w: &str, classes: Classes) -> bool {
    classes & CUE_LEAD != 0
        || (ly_adverb(w, || classes) && w.bytes().all(|b| b.is_ascii_lowercase()))
}

/// The shortest word the suffix tests below read as an adverb or a regular
/// past: "sadly", "owned" ("only", "fled" and "red" are too short; a short
/// past the rules take is a row of a past class, as "fled" is of
/// `action_past`).
const SUFFIX_WORD_MIN_BYTES: usize = 5;

/// Whether `w` is an adverb in -ly: five bytes or more and no `ly_noun`
/// ("family", "elderly"). `classes` gives the word's exact classes, asked
/// only of a word of that shape. The caller asks the case it needs.
pub(crate) fn ly_adverb(w: &str, classes: impl FnOnce() -> Classes) -> bool {
    w.len() >= SUFFIX_WORD_MIN_BYTES && ly_word(w, classes)
}

/// Whether `w` ends in -ly and is no `ly_noun` ("sharply", "only"; not
/// "family"), of any length: [`ly_adverb`] without its five-byte floor, for
/// a walk where a short -ly word can only be an adverb. `classes` as there.
pub(crate) fn ly_word(w: &str, classes: impl FnOnce() -> Classes) -> bool {
    w.ends_with("ly") && classes() & LY_NOUN == 0
}

/// Whether `w` is a regular past or participle in -ed: five bytes or more
/// and no `ed_adjective` ("retired", "naked"). `classes` gives the word's
/// exact classes, asked only of a word of that shape. The caller asks the
/// case it needs.
pub(crate) fn regular_past(w: &str, classes: impl FnOnce() -> Classes) -> bool {
    w.len() >= SUFFIX_WORD_MIN_BYTES && w.ends_with("ed") && classes() & ED_ADJECTIVE == 0
}

/// The word classes of one document's words, remembered by where each word
/// stands in the text. The claims rules ask the classes of the same few
/// words around a cue again and again (every rule splits the words before
/// and after the cue on its own, and several cues share a sentence), each
/// time packing and probing the word anew; a word given as a slice of the
/// document is answered the second time from a small table keyed by its
/// byte offset and length. Any other string (a literal, a copy) is looked
/// up as [`ClaimWords`] does. The answers are [`ClaimWords`]'s own: a
/// slot is only ever filled with what it returned for those very bytes.
pub(crate) struct DocWords<'a> {
    words: &'a ClaimWords,
    text: &'a str,
    /// Direct-mapped: a later word with the same slot replaces the earlier.
    slots: Vec<Cell<Remembered>>,
}

/// A remembered answer: `key` is the word's offset shifted left by 8 bits
/// with its length (1 to [`MAX_KEY`]) in the low byte, so 0 (an empty slot)
/// is no word's key.
#[derive(Clone, Copy, Default)]
struct Remembered {
    key: u64,
    classes: Classes,
}

use std::cell::Cell;

impl<'a> DocWords<'a> {
    /// Slots per document: the words the rules read around one cue and
    /// the next few fit with few collisions.
    const SLOTS: usize = 512;
    const _POWER_OF_TWO: () = assert!(DocWords::SLOTS.is_power_of_two());

    /// The classes of `words` for slices of `text`.
    pub(crate) fn new(words: &'a ClaimWords, text: &'a str) -> DocWords<'a> {
        DocWords {
            words,
            text,
            slots: vec![Cell::new(Remembered::default()); DocWords::SLOTS],
        }
    }

    /// [`ClaimWords::exact`].
    #[inline]
    pub(crate) fn exact(&self, w: &str) -> Classes {
        let offset = (w.as_ptr() as usize).wrapping_sub(self.text.as_ptr() as usize);
        // Outside the text (which the subtraction wraps to a huge offset),
        // empty or longer than any key: nothing to remember.
        if offset >= self.text.len() || w.is_empty() || w.len() > MAX_KEY || offset >> 56 != 0 {
            return self.words.exact(w);
        }
        let key = ((offset as u64) << 8) | w.len() as u64;
        let slot = &self.slots[DocWords::slot_of(key)];
        let seen = slot.get();
        if seen.key == key {
            return seen.classes;
        }
        let classes = self.words.exact(w);
        slot.set(Remembered { key, classes });
        classes
    }

    #[inline]
    fn slot_of(key: u64) -> usize {
        const BITS: u32 = DocWords::SLOTS.trailing_zeros();
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - BITS)) as usize
    }

    /// [`ClaimWords::of`].
    #[inline]
    pub(crate) fn of(&self, w: &str) -> Classes {
        self.exact(without_possessive(w))
    }

    /// [`ClaimWords::is`].
    #[inline]
    pub(crate) fn is(&self, w: &str, class: Classes) -> bool {
        self.of(w) & class != 0
    }

    /// [`ClaimWords::may_be_reporting_verb`].
    #[inline]
    pub(crate) fn may_be_reporting_verb(&self, w: &str) -> bool {
        self.words.may_be_reporting_verb(w)
    }

    /// [`ClaimWords::may_be_relative`].
    #[inline]
    pub(crate) fn may_be_relative(&self, w: &str) -> bool {
        self.words.may_be_relative(w)
    }

    /// [`ClaimWords::may_be_text_version`].
    #[inline]
    pub(crate) fn may_be_text_version(&self, w: &str) -> bool {
        self.words.may_be_text_version(w)
    }

    /// [`ClaimWords::leads_cue`].
    pub(crate) fn leads_cue(&self, w: &str) -> bool {
        leads_cue_given(w, self.exact(w))
    }

    /// [`ClaimWords::extra`] (not remembered: asked of few words).
    pub(crate) fn extra(&self, w: &str) -> Extra {
        self.words.extra(w)
    }

    /// [`ClaimWords::anaphors`].
    pub(crate) fn anaphors(&self) -> &'a [String] {
        self.words.anaphors()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_class_has_its_own_bit() {
        // Two branches adding classes at once gave two of them the same bit
        // once (merged without a textual conflict): the names would then
        // read each other's words.
        let mut seen: Classes = 0;
        for &(name, bit) in NAMES {
            assert_eq!(bit.count_ones(), 1, "{name} is not one bit");
            assert_eq!(seen & bit, 0, "{name} shares its bit with another class");
            seen |= bit;
        }
        let mut seen: Extra = 0;
        for &(name, bit) in EXTRA_NAMES {
            assert_eq!(bit.count_ones(), 1, "{name} is not one bit");
            assert_eq!(seen & bit, 0, "{name} shares its bit with another class");
            assert!(
                NAMES.iter().all(|(n, _)| *n != name),
                "{name} is in both sets"
            );
            seen |= bit;
        }
    }

    #[test]
    fn builtin_classes_ignore_case_and_possessives() {
        let w = ClaimWords::builtin().expect("claims-words.tsv parses");
        assert!(w.is("Has", CUE_LEAD));
        assert!(w.is("officials'", ROLE_HEAD));
        assert!(w.is("spokesman's", ROLE_HEAD));
        assert_eq!(w.exact("spokesman's") & ROLE_HEAD, 0);
        assert!(w.is("Officials", SPEAKER_NOUN));
        assert!(!w.is("said", CUE_LEAD));
        assert!(w.anaphors().iter().any(|a| a == "the minister"));
        assert!(w.anaphors().iter().any(|a| a == "he"));
        // The second class set has its own table.
        // "nobody" is in two classes of it (claims96: `indefinite_pronoun`).
        assert_eq!(w.extra("Nobody"), NEGATIVE_SUBJECT | INDEFINITE_PRONOUN);
        assert_eq!(w.extra("officials"), 0);
        assert_eq!(w.exact("none"), 0);
        // Longer than any key, and not ASCII: in no class, no panic.
        assert_eq!(w.of(&"x".repeat(200)), 0);
        assert_eq!(w.of("Ünïcödé"), 0);
    }

    #[test]
    fn suffix_tests_read_length_and_listed_exceptions() {
        let w = ClaimWords::builtin().expect("claims-words.tsv parses");
        let adverb = |x: &str| ly_adverb(x, || w.exact(x));
        let past = |x: &str| regular_past(x, || w.exact(x));
        assert!(adverb("sadly") && adverb("bitterly"));
        // Too short, or an -ly noun or adjective.
        assert!(!adverb("only") && !adverb("family") && !adverb("elderly"));
        assert!(past("owned") && past("urged"));
        assert!(!past("fled") && !past("red") && !past("retired") && !past("owner"));
        // The classes are asked only of a word of the suffix's shape.
        let never = || -> Classes { panic!("classes asked of a word of another shape") };
        assert!(!ly_adverb("said", never) && !regular_past("says", never));
        assert!(!ly_adverb("ugly", never) && !regular_past("led", never));
    }

    #[test]
    fn bad_rows_are_errors_naming_file_and_line() {
        let e = ClaimWords::parse("w.tsv", "word\tclasses\nhas\tcue_leed\n").unwrap_err();
        assert!(e.contains("w.tsv:2") && e.contains("cue_leed"), "{e}");
        let e = ClaimWords::parse("w.tsv", "word\tclasses\nhas also\tcue_lead\n").unwrap_err();
        assert!(e.contains("w.tsv:2"), "{e}");
        let e = ClaimWords::parse("w.tsv", "word\tclasses\nhas\n").unwrap_err();
        assert!(e.contains("w.tsv:2"), "{e}");
        let e = ClaimWords::parse("w.tsv", "word\tclasses\nhas\t\n").unwrap_err();
        assert!(e.contains("no word class"), "{e}");
    }

    #[test]
    fn without_possessive_matches_trimming_the_patterns() {
        for w in [
            "",
            "'",
            "''",
            "'s",
            "s",
            "x's",
            "x's's",
            "x'",
            "x''",
            "x's'",
            "x''s",
            "x'S",
            "Iran's",
            "officials'",
            "spokesman's",
            "it's",
            "é's",
            "'é",
            "s'",
            "ss",
        ] {
            let want = w.trim_end_matches("'s").trim_end_matches('\'');
            assert_eq!(without_possessive(w), want, "{w:?}");
        }
    }

    #[test]
    fn long_words_are_found_only_at_the_lengths_of_long_keys() {
        let w = ClaimWords::parse(
            "w.tsv",
            "word\tclasses\ncharacterization\treport_noun\nthe prime minister\trole_speaker\n",
        )
        .unwrap();
        assert_eq!(w.exact("Characterization"), REPORT_NOUN);
        assert_eq!(w.exact("THE PRIME MINISTER"), ROLE_SPEAKER);
        // Same lengths, other words; other long lengths; the longest key.
        assert_eq!(w.exact("characterizatiox"), 0);
        assert_eq!(w.exact("the prime ministex"), 0);
        assert_eq!(w.exact("the prime ministers"), 0);
        assert_eq!(w.exact(&"x".repeat(MAX_KEY)), 0);
        let builtin = ClaimWords::builtin().expect("claims-words.tsv parses");
        let (_header, rows) = sitrep_record::tsv::read(CLAIM_WORDS_TSV);
        for row in rows {
            let (word, classes) = row.text.split_once('\t').expect("word<TAB>classes");
            let word = word.trim();
            // A row of the second set only is in the other table.
            let second_only = classes
                .split(',')
                .all(|c| class_named(EXTRA_NAMES, c.trim()).is_some());
            let found = if second_only {
                builtin.extra(&word.to_ascii_uppercase()) != 0
            } else {
                builtin.exact(&word.to_ascii_uppercase()) != 0
            };
            assert!(found, "{word}");
        }
    }

    #[test]
    fn the_short_table_answers_as_the_word_map() {
        let w = ClaimWords::builtin().expect("claims-words.tsv parses");
        let mut probes: Vec<String> = Vec::new();
        for (key, _) in w.classes.iter() {
            let upper = key.to_ascii_uppercase();
            let mut title = key.clone();
            title[..1].make_ascii_uppercase();
            // Near misses: one byte more, one less, one changed, a mark.
            let longer = format!("{key}s");
            let shorter = key[..key.len() - 1].to_string();
            let changed = format!("{}x", &key[..key.len() - 1]);
            let marked = format!("{key},");
            probes.extend([key, upper, title, longer, shorter, changed, marked]);
        }
        probes.extend(
            [
                "",
                "a",
                "A",
                "é",
                "É",
                "Zoë",
                "ZOË",
                "said\0",
                "\0",
                "@",
                "[",
                "`",
                "{",
                "x y",
                "fifteen-letters",
                "sixteen-letters!",
                "ÀÉÎÕÜ-ABCDEFGHI",
            ]
            .map(String::from),
        );
        for p in &probes {
            let want = if p.is_empty() || p.len() > MAX_KEY {
                0
            } else {
                w.classes.get_ascii_lowercase(p).copied().unwrap_or(0)
            };
            assert_eq!(w.exact(p), want, "{p:?}");
        }
        // Every case of every key is found; the default table is empty.
        assert!(probes.iter().filter(|p| w.exact(p) != 0).count() > 3 * w.classes.len());
        assert_eq!(ClaimWords::default().exact("said"), 0);
    }

    #[test]
    fn doc_words_answer_as_the_table_for_every_slice_and_any_string() {
        let table = ClaimWords::builtin().expect("claims-words.tsv parses");
        let text = "Officials' SAID the spokesman's aide, who'd said: \"Ünïcödé\" \
                    Iran-backed  officials\nsaid it's said. Sen. Lee HAS also said";
        let doc = DocWords::new(&table, text);
        // Every slice on character boundaries, twice (the second time from
        // the remembered slots, some of them taken over by other slices).
        for _ in 0..2 {
            for a in (0..text.len()).filter(|&i| text.is_char_boundary(i)) {
                for b in (a..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                    let w = &text[a..b];
                    assert_eq!(doc.exact(w), table.exact(w), "{w:?}");
                    assert_eq!(doc.of(w), table.of(w), "{w:?}");
                    assert_eq!(doc.leads_cue(w), table.leads_cue(w), "{w:?}");
                }
            }
        }
        // Strings that are no slice of the text: looked up directly.
        for w in [
            "said",
            "SAID",
            "officials'",
            "",
            "é",
            "x".repeat(60).as_str(),
        ] {
            assert_eq!(doc.exact(w), table.exact(w), "{w:?}");
            assert_eq!(doc.of(w), table.of(w), "{w:?}");
        }
        // The same words, found at the same offsets in another text, are
        // not confused with it: a word is remembered with its own bytes.
        let other = text.replace("SAID", "aide");
        for (a, b) in [(11, 15), (0, 10), (41, 45)] {
            assert_eq!(doc.exact(&other[a..b]), table.exact(&other[a..b]));
        }
        assert!(
            doc.is("HAS", CUE_LEAD) && doc.is(&text[text.len() - 13..text.len() - 10], CUE_LEAD)
        );
        assert_eq!(doc.anaphors(), table.anaphors());
        // An empty document remembers nothing and answers all the same.
        let empty = DocWords::new(&table, "");
        assert_eq!(empty.exact("said"), table.exact("said"));
    }

    #[test]
    fn the_reporting_verb_first_test_lets_every_reporting_verb_through_in_any_case() {
        let w = ClaimWords::parse(
            "w.tsv",
            "# c\nword\tclasses\nsaid\treporting_verb\nTold\treporting_verb\n\
             insisted\treporting_verb\nsays\tnp_stop\nécrit\treporting_verb\n",
        )
        .unwrap();
        for verb in ["said", "SAID", "Said", "told", "TOLD", "insisted", "écrit"] {
            assert!(w.exact(verb) & REPORTING_VERB != 0, "{verb:?}");
            assert!(w.may_be_reporting_verb(verb), "{verb:?}");
        }
        // No reporting verb has this first byte and length: turned away
        // before the lookup, which would find no reporting verb either
        // ("says", a row of another class, shares "said"'s and is left to
        // the lookup).
        for other in ["the", "tells", "sai", "insist", "", "x".repeat(60).as_str()] {
            assert_eq!(w.exact(other) & REPORTING_VERB, 0, "{other:?}");
            assert!(!w.may_be_reporting_verb(other), "{other:?}");
        }
        // The built-in table: each of its reporting verbs passes, any case.
        let builtin = ClaimWords::builtin().unwrap();
        let verbs: Vec<String> = builtin
            .classes
            .iter()
            .filter(|(_, &c)| c & REPORTING_VERB != 0)
            .map(|(k, _)| k)
            .collect();
        assert!(verbs.len() >= 4, "{verbs:?}");
        for verb in &verbs {
            for v in [verb.clone(), verb.to_ascii_uppercase()] {
                assert!(builtin.may_be_reporting_verb(&v), "{v:?}");
            }
        }
        // The relative words likewise ("who", "which"; not "said").
        for rel in ["who", "Which"] {
            assert!(builtin.exact(rel) & RELATIVE != 0, "{rel:?}");
            assert!(builtin.may_be_relative(rel), "{rel:?}");
        }
        assert!(!builtin.may_be_relative("said"));
        // And every text-version word ("version", "edition"), any case.
        let versions: Vec<String> = builtin
            .classes
            .iter()
            .filter(|(_, &c)| c & TEXT_VERSION != 0)
            .map(|(k, _)| k)
            .collect();
        assert!(!versions.is_empty());
        for version in &versions {
            for v in [version.clone(), version.to_ascii_uppercase()] {
                assert!(builtin.may_be_text_version(&v), "{v:?}");
            }
        }
        assert!(!builtin.may_be_text_version("said"));
    }

    #[test]
    fn rows_merge_their_classes() {
        let w = ClaimWords::parse(
            "w.tsv",
            "# c\nword\tclasses\nAide\trole_head\naide\tspeaker_noun\n",
        )
        .unwrap();
        assert_eq!(w.of("aide"), ROLE_HEAD | SPEAKER_NOUN);
    }
}
