//! Senses of ambiguous names: the sense the document supports for a name
//! or acronym with several ("RSF"), and bare demonyms that shorten their
//! state's own ("the Korean people").

use super::*;

impl<'a> Resolver<'a> {
    // ---- guards ----------------------------------------------------------

    /// Gives every ambiguous name or acronym the sense the document
    /// supports ("RSF" in a press-freedom story is Reporters Without
    /// Borders, in a Sudan war story the Rapid Support Forces), one sense
    /// per text for the whole document, and drops the cue hits that were
    /// only evidence. A sense scores 4 when the document also names it
    /// another way (its full name), 2 for each distinct cue of its KB row
    /// found (`cue:` aliases: "press freedom", "paramilitary") and 1 when
    /// its state or a person or body of its state is mentioned (a state's
    /// town is named another way only by the state's other places:
    /// [`Resolver::sense_score`]); the highest wins,
    /// a tie goes to the sense listed first in the KB (what the matcher
    /// reported): the KB's order is its prior, so "Labour Party" with no
    /// evidence stays the UK's. A state's town (a `place:` alias) loses a
    /// tie to the actor the name itself names ("Tripoli" is Libya's capital
    /// unless the story names Lebanon, whose port shares the name).
    #[inline(never)]
    pub(super) fn choose_senses(&self, mut raw: Vec<AliasMatch>) -> Vec<AliasMatch> {
        let aliases = self.kb.aliases();
        let mut chosen: FastMap<&str, usize> = FastMap::default();
        // The hits of a name no sense of which the document supports.
        let mut unnamed: Vec<usize> = Vec::new();
        // "Juba" before South Sudan's independence: an alias tied to dates
        // names its actor only in a document published within them.
        let dated = self.kb.has_dated_aliases();
        let in_force = |alias: usize| !dated || self.kb.alias_in_force(alias, self.published);
        for i in 0..raw.len() {
            let all_senses = self.kb.alias_senses(raw[i].alias);
            if all_senses.is_empty() {
                if !in_force(raw[i].alias) {
                    unnamed.push(i);
                }
                continue;
            }
            let senses: Cow<[usize]> = if all_senses.iter().all(|&s| in_force(s)) {
                Cow::Borrowed(all_senses)
            } else {
                Cow::Owned(
                    all_senses
                        .iter()
                        .copied()
                        .filter(|&s| in_force(s))
                        .collect(),
                )
            };
            let text = &*aliases[raw[i].alias].text;
            let pick = *chosen.entry(text).or_insert_with(|| {
                let Some(&first) = senses.first() else {
                    return usize::MAX;
                };
                // "Congo", a name two states share: with no evidence for
                // either it names neither (a state picked by KB order
                // would be a guess about which of two countries acts).
                // On a day only one of them bears it (1971-1997, when the
                // DRC was Zaire) it is no shared name.
                let own_state_name = |sense: usize| {
                    matches!(aliases[sense].kind, AliasKind::Name | AliasKind::Acronym)
                        && self.is_state(aliases[sense].actor)
                };
                // A state's town loses a tie to the state or body the name
                // itself names: with no evidence "Tripoli" is Libya's
                // capital, not Lebanon's port.
                // (The tie rule alone moves a first place sense to the
                // first other sense when no sense scores.)
                let is_place = |sense: usize| aliases[sense].kind == AliasKind::Place;
                let mut best = (0, first);
                for &sense in senses.iter() {
                    let score = self.sense_score(&raw, aliases[sense].actor, text, is_place(sense));
                    if score > best.0 || (score == best.0 && is_place(best.1) && !is_place(sense)) {
                        best = (score, sense);
                    }
                }
                if best.0 == 0
                    && senses.len() > 1
                    && senses.iter().all(|&sense| own_state_name(sense))
                {
                    return usize::MAX;
                }
                best.1
            });
            if pick == usize::MAX {
                unnamed.push(i);
                continue;
            }
            // "Putin's invasions of Georgia and Ukraine" in a story on
            // the US state: a town or province listed with another state's
            // own name is that other state, in this sentence.
            let pick = match senses.iter().find(|&&sense| {
                aliases[pick].kind == AliasKind::Place
                    && aliases[sense].kind != AliasKind::Place
                    && self.is_state(aliases[sense].actor)
            }) {
                Some(&state_sense)
                    if self.listed_with_other_state(&raw, i, aliases[pick].actor) =>
                {
                    state_sense
                }
                _ => pick,
            };
            let h = &mut raw[i];
            h.alias = pick;
            h.actor = aliases[pick].actor;
            h.kind = aliases[pick].kind;
        }
        let mut k = 0;
        raw.retain(|h| {
            k += 1;
            h.kind != AliasKind::Cue && !unnamed.contains(&(k - 1))
        });
        raw
    }

    /// Whether the hit `raw[i]` stands in a list (joined by a comma, "and"
    /// or "or") right beside the own name of a state other than `own`
    /// ("Georgia and Ukraine", "Ukraine, Georgia"; not "Georgia and
    /// Florida", a place of the same state).
    fn listed_with_other_state(&self, raw: &[AliasMatch], i: usize, own: usize) -> bool {
        const LINKS: [&str; 4] = [", and ", ", ", " and ", " or "];
        let other_state = |h: &AliasMatch| {
            matches!(h.kind, AliasKind::Name | AliasKind::Acronym)
                && h.actor != own
                && self.is_state(h.actor)
                && self.kb.alias_senses(h.alias).is_empty()
        };
        let h = raw[i];
        let before = i.checked_sub(1).map(|k| raw[k]).filter(|p| {
            LINKS
                .iter()
                .any(|link| p.end + link.len() == h.start && &self.text[p.end..h.start] == *link)
        });
        let after = raw.get(i + 1).filter(|n| {
            LINKS
                .iter()
                .any(|link| h.end + link.len() == n.start && &self.text[h.end..n.start] == *link)
        });
        before.is_some_and(|p| other_state(&p)) || after.is_some_and(other_state)
    }

    /// "the Korean people" in a story about North Korea: a bare demonym
    /// that shortens its state's own ("Korean" of "South Korean") shortens
    /// the demonym of another state the document names too ("North
    /// Korean"); it is that other state's when the document names that
    /// state more often than the demonym's own by their other names (the
    /// bare demonym not counted), else it stays the KB's.
    #[inline(never)]
    pub(super) fn shared_demonyms(&self, mut raw: Vec<AliasMatch>) -> Vec<AliasMatch> {
        let aliases = self.kb.aliases();
        let shortens = |demonym: &str, bare: &str| {
            demonym.len() > bare.len() + 1
                && demonym.as_bytes()[demonym.len() - bare.len() - 1] == b' '
                && demonym[demonym.len() - bare.len()..].eq_ignore_ascii_case(bare)
        };
        let is_bare = |h: &AliasMatch| {
            h.kind == AliasKind::Adjective
                && self.is_state(h.actor)
                && self
                    .kb
                    .adjective_of(h.actor)
                    .is_some_and(|own| shortens(own, &aliases[h.alias].text))
        };
        if !raw.iter().any(is_bare) {
            return raw;
        }
        // (bare demonym alias, the state it goes to), per alias.
        let mut decided: Vec<(usize, usize)> = Vec::new();
        for i in 0..raw.len() {
            if !is_bare(&raw[i]) {
                continue;
            }
            let (alias, own) = (raw[i].alias, raw[i].actor);
            let meant = match decided.iter().find(|d| d.0 == alias) {
                Some(&(_, state)) => state,
                None => {
                    let bare = &*aliases[alias].text;
                    let mut others = raw.iter().map(|h| h.actor).filter(|&t| {
                        t != own
                            && self.is_state(t)
                            && self.kb.adjective_of(t).is_some_and(|d| shortens(d, bare))
                    });
                    let other = others.next();
                    let state = match other {
                        Some(t) if others.all(|o| o == t) => {
                            let named = |state: usize| {
                                raw.iter()
                                    .filter(|h| h.actor == state && h.alias != alias)
                                    .count()
                            };
                            if named(t) > named(own) {
                                t
                            } else {
                                own
                            }
                        }
                        _ => own,
                    };
                    decided.push((alias, state));
                    state
                }
            };
            raw[i].actor = meant;
        }
        raw
    }

    /// The document's evidence for `actor` as the sense of the ambiguous
    /// `text` (see [`Resolver::choose_senses`]). For a state's town or
    /// province (`place_sense`) only the state's other places name it
    /// another way ("Atlanta"); its name, capital or demonym count as the
    /// state named ("the north Lebanese port"): a story about a foreign
    /// country names the United States or Washington often, the US
    /// states' towns seldom, so "Georgia" beside "U.S. officials" and
    /// "South Ossetia" stays the country.
    pub(super) fn sense_score(
        &self,
        raw: &[AliasMatch],
        actor: usize,
        text: &str,
        place_sense: bool,
    ) -> usize {
        let state = self.kb.actor(actor).country.as_deref();
        let (mut named, mut state_named) = (false, false);
        let mut cues: Vec<usize> = Vec::new();
        for h in raw {
            if h.actor == actor {
                if h.kind == AliasKind::Cue {
                    if !cues.contains(&h.alias) {
                        cues.push(h.alias);
                    }
                } else if self.kb.aliases()[h.alias].text != text {
                    if !place_sense || h.kind == AliasKind::Place {
                        named = true;
                    } else {
                        // "the north Lebanese port": the town's state
                        // named, no more.
                        state_named = true;
                    }
                }
            } else if let Some(s) = state {
                // The state named, or a person or body of that state
                // ("Labour Party leader Jonas Gahr Store": Norway's party,
                // not the UK's; "South Ossetia": Georgia's).
                let other = self.kb.actor(h.actor);
                if (self.is_state(h.actor) && other.id == s)
                    || (other.kind != ActorKind::Country && other.country.as_deref() == Some(s))
                {
                    state_named = true;
                }
            }
        }
        4 * usize::from(named) + 2 * cues.len() + usize::from(state_named)
    }
}
