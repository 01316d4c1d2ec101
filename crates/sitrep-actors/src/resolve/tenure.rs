//! A person named with "former" before an office ("former President Jair
//! Bolsonaro", "Former President Trump", "Brazil's ex-president …") is out
//! of that office at the story's date, whatever term the KB would pick.

use super::*;

/// The sector of a person out of office: no longer acting for the state,
/// and the words cannot tell whether they lead the opposition (the
/// probes' convention: OPP for a politician in opposition, ELI otherwise;
/// a KB term says OPP where it is known).
pub(super) const OUT_OF_OFFICE_SECTOR: &str = "ELI";

/// The sectors of public offices, which a past prefix puts a person out of.
pub(super) const OFFICE_SECTORS: [&str; 9] = [
    "GOV", "LEG", "MIL", "JUD", "COP", "SPY", "IGO", "OPP", "REB",
];

/// How many words back from a person's name a past prefix may stand:
/// "former Pakistani Prime Minister", "former Secretary of State".
const TITLE_WORDS: usize = 6;

/// Lower-case words that tie a name to a title of someone else's between a
/// past prefix and the name ("a former minister under President X", "a
/// former aide to Senator Y"): the prefix is not the name's.
const TITLE_BREAKS: [&str; 12] = [
    "under", "to", "by", "in", "on", "at", "from", "with", "for", "as", "than", "who",
];

impl<'a> Resolver<'a> {
    /// The office a past prefix opens before the name starting at `name`
    /// (lower case, in the KB's office spelling, prefix left out:
    /// "pakistani prime minister"), when only title words stand between
    /// them (a comma only right before a name that holds no title) and a
    /// KB role phrase ends the title (at the name, or inside a
    /// name that holds its title: "former Vice President Joe Biden" with
    /// the alias "President Joe Biden"); `None` when no past prefix stands
    /// there or it opens no office ("former footballer"). Stops at
    /// other punctuation (", President X" after "a former general"), a
    /// possessive ("former President Bill Clinton's wife Hillary"), a
    /// coordinator ("former senator and now Vice President") and a
    /// preposition that ties the name to another's title ("a former
    /// minister under President X", an "of" outside a role phrase).
    pub(super) fn past_title_before(&self, name: usize) -> Option<String> {
        let first = self.token_at(name)?;
        let mut k = first;
        // Most names have no past prefix before them: find one first with
        // the lexicon's cheap pre-test, then read the words between.
        for _ in 0..TITLE_WORDS {
            k = k.checked_sub(1)?;
            let t = self.tokens[k];
            if t.kind == TokenKind::Word
                && !self.lex.may_open_past_prefix(self.text.as_bytes()[t.start])
            {
                // Most words before a name: no past prefix, whole or
                // before a hyphen, starts with this byte.
                continue;
            }
            let word = self.word(k);
            if t.kind != TokenKind::Word {
                // "ex-president": a hyphen joined to both words.
                let joined = word == "-"
                    && self.tokens[k + 1].start == t.end
                    && k > 0
                    && self.tokens[k - 1].end == t.start;
                let abbreviation = word == "." && k > 0 && self.tokens[k - 1].end == t.start;
                // "his former defence minister, Yoav Gallant": a title
                // apposed before the name, which holds no title of its own
                // ("a former general, President X" stops).
                let apposed = word == "," && k + 1 == first && !self.role_starts_at(name);
                if joined || abbreviation || apposed {
                    continue;
                }
                return None;
            }
            // "Ex-president" as one token: the office starts after its hyphen
            // (the pre-test above already passed this word's first byte).
            let after_prefix = if self.lex.is_past_prefix(word) {
                self.tokens.get(k + 1).map(|n| n.start)
            } else {
                memchr::memchr(b'-', word.as_bytes())
                    .filter(|&h| self.lex.is_past_prefix(&word[..h]))
                    .map(|h| t.start + h + 1)
            };
            if let Some(start) = after_prefix {
                if (k + 1..first).any(|j| self.breaks_title(j)) {
                    return None;
                }
                return self.office_from(t.start, start, name);
            }
        }
        None
    }

    /// Whether token `j`, between a past prefix and a name, ties the name
    /// to a title of someone else's: a clause opener, "now", a
    /// preposition of [`TITLE_BREAKS`], or an "of" outside a role phrase.
    fn breaks_title(&self, j: usize) -> bool {
        let t = self.tokens[j];
        if t.kind != TokenKind::Word {
            return false;
        }
        let word = self.word(j);
        self.lex.is_clause_opener(word)
            || word.eq_ignore_ascii_case("now")
            || TITLE_BREAKS.iter().any(|b| word.eq_ignore_ascii_case(b))
            || (word == "of" && !self.inside_role(t.start, t.end))
    }

    /// Whether a KB role phrase spans `start..end` ("of" in "secretary of
    /// state"); an "of" outside one ties the name to another's title ("the
    /// former chairman of President X's council").
    fn inside_role(&self, start: usize, end: usize) -> bool {
        let i = self.roles.partition_point(|r| r.end <= start);
        self.roles[i..]
            .iter()
            .take_while(|r| r.start < end)
            .any(|r| r.start < start && r.end > end)
    }

    /// The office a title starting at `start`, after a past prefix at
    /// `prefix`, names before or at the name at `name`: up to the end of
    /// the last KB role phrase starting in `prefix..=name` (the KB has
    /// phrases that hold the prefix: "former president"), which must also
    /// end the title.
    fn office_from(&self, prefix: usize, start: usize, name: usize) -> Option<String> {
        let from = self.roles.partition_point(|r| r.start < prefix);
        let end = self.roles[from..]
            .iter()
            .take_while(|r| r.start <= name)
            .map(|r| r.end)
            .max()?;
        // The words between the last role and the name must be none.
        let before_name = self.text[..name]
            .trim_end()
            .trim_end_matches(',')
            .trim_end()
            .len();
        if end < before_name {
            return None;
        }
        let title = self.text[start..end].trim_start_matches('-').trim();
        Some(sitrep_kb::office_spelling(title))
    }

    /// The title (possibly empty) a person `person`, named at `name`, is
    /// named out of, when it is the office the KB would give them: a past
    /// prefix opens the title before the name and either no term covers
    /// the story's date (the KB's latest term is a guess) or the term in
    /// force (with no date, the latest) is the office the
    /// title names ("former defence minister" and a term "defense minister"
    /// the KB has not ended). A term in force of another office stands
    /// ("former senator" of a sitting vice president); one with no role
    /// gives way to the words.
    pub(super) fn named_out_of_office(&self, person: usize, name: usize) -> Option<String> {
        let title = self.past_title_before(name)?;
        let actor = self.kb.actor(person);
        let in_force = match self.published {
            Some(d) => actor.terms.iter().rev().find(|t| t.covers(d)),
            // No date: the KB's latest term stands unless the title names
            // it ("former presidential candidate" of a sitting senator).
            None => actor.term_on(None),
        };
        let out = match in_force {
            None => true,
            // A term with no role (most Phoenix rows) cannot say which
            // office it is: the words are trusted.
            Some(term) => term
                .role
                .as_deref()
                .is_none_or(|role| self.title_names_office(&title, role)),
        };
        out.then_some(title)
    }

    /// Whether a stated title names the office `role` (a KB term's role):
    /// the title is the office, or ends with it after words that are no
    /// role prefix ("pakistani prime minister" names "prime minister";
    /// "vice president" does not name "president").
    fn title_names_office(&self, title: &str, role: &str) -> bool {
        let role = sitrep_kb::office_spelling(role);
        if title == role {
            return true;
        }
        title
            .strip_suffix(role.as_str())
            .and_then(|before| before.strip_suffix(' '))
            .is_some_and(|before| {
                before
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| !self.lex.is_role_prefix(w))
            })
    }

    /// The sector and role of a person named out of office: a role stated
    /// with no past prefix ("former Israeli defence minister" states
    /// "defence minister") gets one; a KB role gives way to the title
    /// named, else gets a prefix too.
    /// Only a public office is left so: a firm's former chief ("former
    /// WeWork CEO") keeps the business sector, and a person with no sector
    /// (no office the KB or the role words know) keeps none.
    pub(super) fn put_out_of_office(&self, actor: &mut DocActor, stated: bool, title: &str) {
        if actor
            .sector
            .as_deref()
            .is_none_or(|s| !OFFICE_SECTORS.contains(&s))
        {
            return;
        }
        actor.sector = Some(OUT_OF_OFFICE_SECTOR.to_string());
        let role = match &actor.role {
            Some(role) if stated => {
                let first = role.split([' ', '-']).next().unwrap_or(role);
                if self.lex.is_past_prefix(first) {
                    return;
                }
                role.as_str()
            }
            _ if !title.is_empty() => title,
            Some(role) => role.as_str(),
            None => return,
        };
        actor.role = Some(format!("former {role}"));
    }
}
