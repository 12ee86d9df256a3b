//! Who acts: mentions, subjects, carry-over and the document's parties.

use std::ops::Range;

use super::{Doc, NO_MENTION};
use crate::lexicon::Role;
use crate::text::token::{TokenKind, ALL_CAPS, CAPITALIZED};
use crate::Span;

/// What a mention refers to.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub(crate) enum MentionKind {
    Actor(u32),
    Person(u32),
    Parties { negative: bool },
    Pronoun,
    Agent,
}

/// A mention: tokens `start..end`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Mention {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) kind: MentionKind,
}

/// The actors of a record and the words they come from.
#[derive(Clone, Debug, Default)]
pub(crate) struct Subject {
    /// Actor indices, sorted, deduplicated.
    pub(crate) actors: Vec<u32>,
    /// The mention in the text (empty for the document's parties given by
    /// the caller).
    pub(crate) span: Span,
    /// `Neither Party shall`.
    pub(crate) negative: bool,
    /// False when the mention resolves to no known actor.
    pub(crate) resolved: bool,
}

/// The outcome of looking for a subject before a trigger.
pub(crate) enum Scan {
    /// A subject, and the token after it.
    Found(Subject, usize),
    /// `and`, a comma or `while` before the trigger: a later predicate of
    /// the clause's subject, or a conjunct.
    Conj(usize),
    /// Nothing before the trigger in the sentence.
    Start,
    /// Some other word: the trigger is no predicate of an actor.
    Other,
}

/// First words of the parties' phrases that bind them to the document
/// (`the leaders`, `our countries`, `we`), as against a bare plural that
/// a name before it can own (`G7 Leaders`).
const BOUND_PARTY_WORDS: &[&str] = &[
    "the", "both", "our", "we", "i", "each", "either", "all", "my", "a",
    "allow", "permit",
];

/// Small words a title-case headline capitalizes (`Agreement Between
/// Mercosur And India`).
const HEADLINE_WORDS: &[&str] = &[
    "a", "among", "an", "and", "at", "between", "by", "for", "from", "in",
    "of", "on", "the", "to", "with",
];

/// Collects every mention of a document.
#[allow(clippy::needless_range_loop)] // indexes several parallel arrays
pub(crate) fn mentions(
    doc: &Doc<'_, '_>,
) -> (Vec<Mention>, Vec<u32>, Vec<u32>, Vec<bool>) {
    let n = doc.toks.toks.len();
    let mut titled = vec![false; n];
    let mut out: Vec<Mention> = Vec::new();
    for i in doc.hits.starts() {
        if let Some(rl) = doc.role_where(i, |r| r == Role::Title) {
            for t in titled.iter_mut().skip(i).take(rl.len as usize) {
                *t = true;
            }
        }
        let Some(rl) = doc.role_where(i, |r| {
            matches!(
                r,
                Role::Actor(_)
                    | Role::Person(_)
                    | Role::PartyAll
                    | Role::PartyNegative
                    | Role::PartySingle
                    | Role::PartyRelational
                    | Role::PartyMeeting
                    | Role::PartyMembers
                    | Role::Pronoun
                    | Role::Agent
            )
        }) else {
            continue;
        };
        if rl.role == Role::Pronoun && doc.expletive_it(i) {
            continue;
        }
        // `US` is the United States; `us`, `Un` (Kim Jong Un) are not.
        let capitals_only = doc
            .hits
            .pattern_at(i)
            .is_some_and(|p| doc.lex.patterns[p].capitals_only);
        if capitals_only
            && matches!(rl.role, Role::Actor(_))
            && !doc.toks.toks[i].has(ALL_CAPS)
        {
            continue;
        }
        let kind = match rl.role {
            Role::Actor(a) => MentionKind::Actor(a),
            Role::Person(a) => MentionKind::Person(a),
            Role::PartyAll | Role::PartyRelational => {
                MentionKind::Parties { negative: false }
            }
            Role::PartyNegative => MentionKind::Parties { negative: true },
            Role::Pronoun => MentionKind::Pronoun,
            _ => MentionKind::Agent,
        };
        let end = (i + rl.len as usize).min(n);
        // `our allies`: someone else, not the parties.
        let owned =
            i > 0 && doc.is_any(i - 1, &["our", "their", "its", "my", "your"]);
        if doc.names_a_text(i, end)
            || owned && rl.role == Role::PartyRelational
        {
            continue;
        }
        if let MentionKind::Actor(a) = kind {
            if doc.lex.actors[a as usize].collective && i >= 2 {
                // `the OAS General Assembly`: an organ named after its
                // organization is the organization's.
                let after = out
                    .last()
                    .filter(|last| last.end == i && !doc.starts_sentence(i));
                if let Some(&Mention {
                    kind: MentionKind::Actor(org), ..
                }) = after
                {
                    if doc.lex.actors[org as usize].collective {
                        if let Some(last) = out.last_mut() {
                            last.end = end;
                        }
                        continue;
                    }
                }
                if after.is_none() && doc.ends_a_longer_name(i, end, &titled) {
                    continue;
                }
            }
        }
        // `The G7 Leaders`, `ASEAN Foreign Ministers`: a bare plural of
        // the parties' words after a name is that actor's people.
        if matches!(kind, MentionKind::Parties { negative: false })
            && !doc.is_any(i, BOUND_PARTY_WORDS)
            && !doc.starts_sentence(i)
        {
            if let Some(last) = out.last_mut().filter(|last: &&mut Mention| {
                last.end == i && matches!(last.kind, MentionKind::Actor(_))
            }) {
                last.end = end;
                continue;
            }
        }
        // A document's `(GRP)` after a name is the label it goes by.
        let mut m = Mention { start: i, end, kind };
        if let (Some(last), true) = (out.last_mut(), i >= 2) {
            let last: &mut Mention = last;
            if last.end + 1 == i
                && doc.norm(i - 1) == "("
                && matches!(kind, MentionKind::Actor(_))
                && !doc.abbreviates_tail(last.start..last.end, i)
            {
                last.kind = kind;
                m.kind = kind;
            }
        }
        out.push(m);
    }
    let acronyms = super::people::acronym_mentions(doc, &out);
    if !acronyms.is_empty() {
        out.extend(acronyms);
        out.sort_by_key(|m| m.start);
    }
    let bound = super::people::bound_mentions(doc, &titled, &out);
    if !bound.is_empty() {
        out.extend(bound);
        out.sort_by_key(|m| m.start);
    }
    // Indexed once every mention is known.
    let mut ending = vec![NO_MENTION; n];
    let mut starting = vec![NO_MENTION; n];
    for (k, m) in out.iter().enumerate() {
        ending[m.end - 1] = k as u32;
        starting[m.start] = k as u32;
    }
    (out, ending, starting, titled)
}

impl Doc<'_, '_> {
    /// Whether the organization's name at `i..end` ends a longer
    /// capitalized name no lexicon knows (`the National Security
    /// Council`, `the Collective Security Council`), which is not the body
    /// the name alone would be. Only names of two words or more (`Second
    /// ASEAN-GCC Meeting`, `Joint NATO Statement` keep their acronym), and
    /// not where every word is capitalized anyway: a text in capitals, a
    /// headline's `Between`, a sentence start, a title.
    fn ends_a_longer_name(
        &self,
        i: usize,
        end: usize,
        titled: &[bool],
    ) -> bool {
        let prev = &self.toks.toks[i - 1];
        end - i >= 2
            && prev.kind == TokenKind::Word
            && prev.has(CAPITALIZED)
            && !prev.has(ALL_CAPS)
            && !self.is_any(i - 1, HEADLINE_WORDS)
            && !self.starts_sentence(i - 1)
            && !self.starts_sentence(i)
            && !self.is_any(i - 2, &[";", ":"])
            && !titled[i - 1]
    }

    /// Whether token `i` is the first of its sentence (capitalized there
    /// whatever it is).
    fn starts_sentence(&self, i: usize) -> bool {
        self.sents.binary_search_by_key(&i, |s| s.toks.start).is_ok()
    }

    /// `Prime Minister Yasuo Fukuda of Japan`: if a person (one the
    /// lexicon knows, or one to three capitalized words after a title)
    /// ends with the `of` before token `k`, where the name starts.
    fn titled_name_before_of(&self, k: usize) -> Option<usize> {
        if k < 3 || !self.is(k - 1, "of") {
            return None;
        }
        // (A person the lexicon knows: `Kevin Rudd of Australia`.)
        let e = self.mention_ending[k - 2];
        if e != NO_MENTION {
            let m = &self.mentions[e as usize];
            return matches!(m.kind, MentionKind::Person(_))
                .then_some(m.start);
        }
        let mut n = k - 1;
        while n > 0
            && k - 1 - n < 3
            && self.toks.toks[n - 1].has(CAPITALIZED)
            && !self.titled[n - 1]
            && self.mention_ending[n - 1] == NO_MENTION
        {
            n -= 1;
        }
        (n < k - 1 && n > 0 && self.titled[n - 1]).then_some(n)
    }

    /// Whether the acronym at token `acronym` stands for the last words
    /// of the name `name` only: `the Peace and Security Council of the
    /// African Union (AU)` names the council, not the union (but `the
    /// Government of the Republic of the Philippines (GRP)` is all
    /// `GRP`).
    fn abbreviates_tail(&self, name: Range<usize>, acronym: usize) -> bool {
        let initials: String = name
            .filter(|&k| self.toks.toks[k].has(CAPITALIZED))
            .filter_map(|k| self.norm(k).chars().next())
            .collect();
        let letters = self.norm(acronym);
        letters.len() >= 2
            && initials.len() > letters.len()
            && initials.ends_with(letters)
    }

    /// Whether the capital at `start..end` names where a text or process
    /// was made (`the Washington Treaty`, `the Minsk Agreements`, `the
    /// Astana Process`), not its country.
    fn names_a_text(&self, start: usize, end: usize) -> bool {
        let is_place =
            self.hits.pattern_at(start).is_some_and(|p| self.lex.is_place(p));
        is_place
            && self.toks.toks.get(end).is_some_and(|t| t.has(CAPITALIZED))
            && self.roles(end).iter().any(|r| r.role == Role::Thing)
    }

    /// Whether token `i` is the `it` of `it is important to`, `it was
    /// clear that`: a placeholder, no one's pronoun (but `it is ready
    /// to`, `it is committed to` name their actor).
    fn expletive_it(&self, i: usize) -> bool {
        let n = self.toks.toks.len();
        if !self.is(i, "it") || i + 3 >= n {
            return false;
        }
        // `it will take time to`: what a task needs, no one's act.
        let modal = usize::from(self.is_any(i + 1, &["will", "would", "may"]));
        if self.is_any(i + 1 + modal, &["take", "takes", "took"])
            && self.is_any(
                i + 2 + modal,
                &["time", "years", "months", "decades", "courage", "effort"],
            )
        {
            return true;
        }
        // `It is against this backdrop that ...`: a cleft.
        if self.is_any(i + 1, &["is", "was"]) && self.is(i + 2, "against") {
            return true;
        }
        if !self.is_any(i + 1, &["is", "was", "remains", "seems"])
            || !self.roles(i + 1).is_empty()
        {
            return false;
        }
        let adjective = i + 2;
        self.roles(adjective).is_empty()
            && self.toks.toks[adjective].kind == TokenKind::Word
            && self.is_any(adjective + 1, &["to", "that", "for"])
    }

    /// Mentions lying inside tokens `range`.
    pub(crate) fn mentions_in(
        &self,
        range: Range<usize>,
    ) -> impl Iterator<Item = &Mention> + '_ {
        let first = self.mentions.partition_point(|m| m.start < range.start);
        self.mentions[first..]
            .iter()
            .take_while(move |m| m.start < range.end)
            .filter(move |m| m.end <= range.end)
    }

    /// The actors a mention stands for, without context (pronouns and
    /// agents stand for none).
    pub(crate) fn mention_actors_static(&self, m: &Mention) -> Vec<u32> {
        match m.kind {
            MentionKind::Actor(a) | MentionKind::Person(a) => vec![a],
            _ => Vec::new(),
        }
    }

    pub(super) fn mention_subject(
        &self,
        m: &Mention,
        last: &Option<Subject>,
    ) -> Option<Subject> {
        let mut start = m.start;
        let (actors, negative, resolved) = match m.kind {
            MentionKind::Actor(a) => (vec![a], false, true),
            // `NATO Secretary General Mark Rutte`: the office the text
            // names before the title, not the country the lexicon knows
            // the person by.
            MentionKind::Person(a) => {
                match self.office_before_title(m.start) {
                    Some((office, office_start)) => {
                        start = office_start;
                        (vec![office], false, true)
                    }
                    None => (vec![a], false, true),
                }
            }
            // `India is deeply concerned ... We call upon`: with no
            // parties known, the speakers are whoever spoke last.
            MentionKind::Parties { negative: false }
                if self.parties.is_empty() && self.is(m.start, "we") =>
            {
                match last {
                    Some(s) if s.resolved && !s.actors.is_empty() => {
                        (s.actors.clone(), false, true)
                    }
                    _ => (Vec::new(), false, false),
                }
            }
            MentionKind::Parties { negative } => {
                (self.parties.clone(), negative, !self.parties.is_empty())
            }
            MentionKind::Pronoun => {
                // A plural pronoun refers to the last plural subject (not
                // to a one-actor one), or to the parties; `it` and `she`
                // to a one-actor subject, or to several actors named as
                // one (`a Party ... it shall`), never to `the United
                // States and Mexico` or `we`.
                let plural = matches!(self.norm(m.start), "they" | "we");
                // (`we express our belief that he will guide the
                // Assembly`: `he` is never the speaker.)
                let speaker = |l: &Subject| {
                    self.first_token_of(l.span).is_some_and(|f| {
                        self.is_any(f, &["we", "i", "my", "our", "us"])
                    })
                };
                match last.as_ref() {
                    Some(l)
                        if (plural == (l.actors.len() > 1)
                            && (plural || !speaker(l)))
                            || (!plural && self.singular_phrase(l.span)) =>
                    {
                        (l.actors.clone(), false, l.resolved)
                    }
                    // (`they` is never the one speaking: in a state's
                    // speech it is others; in a joint statement the
                    // parties, in an organization's text its members.)
                    _ if plural
                        && !self.parties.is_empty()
                        && (self.is(m.start, "we")
                            || self.parties.len() > 1
                            || self.lex.actors[self.parties[0] as usize]
                                .collective) =>
                    {
                        (self.parties.clone(), false, true)
                    }
                    // `The ministers ... He reiterated`: one of several,
                    // whom no lexicon resolves.
                    _ if matches!(self.norm(m.start), "he" | "she") => {
                        (Vec::new(), false, false)
                    }
                    _ => return None,
                }
            }
            MentionKind::Agent => {
                let whole = |role: Role| {
                    self.roles(m.start).iter().any(|r| {
                        r.role == role && r.len as usize == m.end - m.start
                    })
                };
                let members = whole(Role::PartyMembers);
                // `ASEAN Member States`: the organization's own members;
                // `the G7 Foreign Ministers`: the organization's ministers.
                let ministers = whole(Role::Agent)
                    && m.start > 0
                    && self.toks.toks[m.start].has(CAPITALIZED);
                let organization =
                    self.organization_before(m.start).or_else(|| {
                        let mut at = m.start;
                        // (Over a portfolio: `Foreign`, `Finance`.)
                        while ministers
                            && at > m.start.saturating_sub(2)
                            && at > 0
                            && self.toks.toks[at - 1].has(CAPITALIZED)
                            && self.mention_ending[at - 1] == NO_MENTION
                        {
                            at -= 1;
                        }
                        self.organization_before(at).filter(|_| ministers)
                    });
                let single = self.parties.len() == 1
                    && (whole(Role::PartySingle)
                        || (whole(Role::PartyMeeting) || members)
                            && self.lex.actors[self.parties[0] as usize]
                                .collective);
                // (`The Council` of a communiqué whose headline names the
                // GCC and the states it speaks of: the one organization.)
                let mut collective = self
                    .parties
                    .iter()
                    .filter(|&&a| self.lex.actors[a as usize].collective);
                let meeting_of = match (collective.next(), collective.next()) {
                    (Some(&org), None) if whole(Role::PartyMeeting) => {
                        Some(org)
                    }
                    _ => None,
                };
                if let Some((org, org_start)) =
                    organization.filter(|_| members || ministers)
                {
                    start = org_start;
                    (vec![org], false, true)
                } else if single {
                    (self.parties.clone(), false, true)
                } else if let Some(a) = whole(Role::PartySingle)
                    .then(|| self.party_styled(self.norm(m.end - 1)))
                    .flatten()
                {
                    (vec![a], false, true)
                } else if let Some(org) = meeting_of {
                    (vec![org], false, true)
                } else {
                    (Vec::new(), false, false)
                }
            }
        };
        // `the Chinese side`, `President Biden`, `His Excellency ...`.
        while start > 0
            && (self.is(start - 1, "the") || self.titled[start - 1])
        {
            start -= 1;
        }
        Some(Subject {
            actors,
            span: self.span_of(start..m.end),
            negative,
            resolved,
        })
    }

    /// If a relative clause (`that`, `which`, `who`) opens shortly before
    /// token `j` right after a name that can act (`A Party that ...`,
    /// `The leaders who ...`), where the clause opens.
    fn named_relative(&self, j: usize, floor: usize) -> Option<usize> {
        let r = (j.saturating_sub(12).max(floor + 1)..j)
            .rev()
            .take_while(|&r| !self.is_any(r, &[",", ";", ":"]))
            .find(|&r| self.is_any(r, &["that", "which", "who"]))?;
        let named = match self.mention_ending[r - 1] {
            NO_MENTION => {
                self.toks.toks[r - 1].has(CAPITALIZED)
                    && self.is_any(r - 1, &["party", "participant", "side"])
            }
            e => !matches!(
                self.mentions[e as usize].kind,
                MentionKind::Agent | MentionKind::Pronoun
            ),
        };
        named.then_some(r)
    }

    /// The organization named right before the title in front of token
    /// `name` (`NATO Secretary General Mark Rutte`), and where it starts.
    fn office_before_title(&self, name: usize) -> Option<(u32, usize)> {
        let mut k = name;
        while k > 0 && self.titled[k - 1] {
            k -= 1;
        }
        if k == name {
            return None;
        }
        self.organization_before(k)
    }

    /// Whether `m` is the members of an organization named right before
    /// it (`ASEAN Member States`).
    fn organization_members(&self, m: &Mention) -> bool {
        m.kind == MentionKind::Agent
            && self.roles(m.start).iter().any(|r| {
                r.role == Role::PartyMembers
                    && r.len as usize == m.end - m.start
            })
            && self.organization_before(m.start).is_some()
    }

    /// The organization or group named by a mention ending right before
    /// token `at`, and where that mention starts.
    fn organization_before(&self, at: usize) -> Option<(u32, usize)> {
        let e = *self.mention_ending.get(at.checked_sub(1)?)?;
        if e == NO_MENTION {
            return None;
        }
        let before = &self.mentions[e as usize];
        match before.kind {
            MentionKind::Actor(a)
                if self.lex.actors[a as usize].collective =>
            {
                Some((a, before.start))
            }
            _ => None,
        }
    }

    /// Whether token `k` starts a state's style before its known name:
    /// `Republic of` in `the Republic of France` (the lexicon knows
    /// `France`), `Kingdom of` in `the Hashemite Kingdom of Jordan`.
    fn style_of(&self, k: usize, end: usize) -> bool {
        let toks = &self.toks.toks;
        toks[k].has(CAPITALIZED)
            && k + 2 < end
            && self.is(k + 1, "of")
            && self.mention_starting[k + 2] != NO_MENTION
    }

    /// The one party that the document styles with `word` (`the Kingdom
    /// of Bahrain` beside `the Republic of Korea`: `the Kingdom` is
    /// Bahrain). Looks at the first mentions only, where the parties are
    /// named in full.
    fn party_styled(&self, word: &str) -> Option<u32> {
        let mut found = None;
        for m in self.mentions.iter().take(64) {
            let MentionKind::Actor(a) = m.kind else { continue };
            if self.parties.contains(&a)
                && (m.start..m.end).any(|k| self.norm(k) == word)
            {
                match found {
                    Some(f) if f != a => return None,
                    _ => found = Some(a),
                }
            }
        }
        found
    }

    /// Whether the subject text at `span` is one singular noun phrase
    /// (`a Party`, `the importing Party`), not a list or a plural.
    fn singular_phrase(&self, span: Span) -> bool {
        let Some(first) = self.first_token_of(span) else { return false };
        let toks = &self.toks.toks;
        let end =
            first + toks[first..].partition_point(|t| t.span.end <= span.end);
        // A noun phrase is a few words; a longer span is a list.
        end > first
            && end - first <= 16
            && !(first..end).any(|k| self.is_any(k, &["and", ",", "&"]))
            && !self.norm(end - 1).ends_with('s')
            && !self.is_any(end - 1, &["we", "they", "us", "both"])
    }

    /// Joins coordinated subjects: `The United States and Japan`,
    /// `President Biden and Prime Minister Suga`, `Japan, Korea, and the
    /// United States`. The last two names are joined by `and`: in `the
    /// war in Ukraine, we` the comma joins nothing.
    fn coordinate(
        &self,
        first: usize,
        subject: &mut Subject,
        prev: &Option<Subject>,
    ) {
        // The element's first token: `the`, a title and its `of` (`the
        // President of the United States`) come with the name.
        // (And a state's style: `the Republic of France`.)
        let element_start = |mut k: usize| {
            while k > 0 {
                if k >= 2
                    && self.is(k - 1, "of")
                    && self.mention_ending[k - 2] == NO_MENTION
                    && self.style_of(k - 2, k + 1)
                {
                    k -= 2;
                } else if self.is(k - 1, "the")
                    || self.titled[k - 1]
                    || (k >= 2 && self.is(k - 1, "of") && self.titled[k - 2])
                {
                    k -= 1;
                } else if let Some(start) = self.titled_name_before_of(k) {
                    k = start;
                } else {
                    break;
                }
            }
            k
        };
        // `Peru (2024), and we pledge`: `we` and `they` coordinate
        // with no one.
        // (`The Kingdom and the Republic of Korea`: a styled party too.)
        let named = |m: &Mention| {
            matches!(m.kind, MentionKind::Actor(_) | MentionKind::Person(_))
                || self.organization_members(m)
                || m.kind == MentionKind::Agent
                    && self.roles(m.start).iter().any(|r| {
                        r.role == Role::PartySingle
                            && r.len as usize == m.end - m.start
                    })
                    && self.party_styled(self.norm(m.end - 1)).is_some()
        };
        let mut first = first;
        // `The EU and its Member States`: the members are the named
        // actor's own; the actor speaks.
        let m = self.mentions[first];
        if matches!(m.kind, MentionKind::Agent | MentionKind::Parties { .. })
            && m.start >= 3
            && self.is_any(m.start - 1, &["its", "their"])
            && self.is(m.start - 2, "and")
        {
            let e = self.mention_ending[m.start - 3];
            if e != NO_MENTION && named(&self.mentions[e as usize]) {
                if let Some(owner) =
                    self.mention_subject(&self.mentions[e as usize], prev)
                {
                    let span = subject.span;
                    *subject = owner;
                    subject.span = subject.span.cover(span);
                    first = e as usize;
                }
            }
        }
        if !named(&self.mentions[first]) {
            return;
        }
        let mut k = element_start(self.mentions[first].start);
        let mut joined = 0;
        loop {
            if k < 2 || !self.is_any(k - 1, &["and", ","]) {
                break;
            }
            if joined == 0 && !self.is(k - 1, "and") {
                break;
            }
            // The serial comma: `X, Y, and Z`.
            if self.is(k - 1, "and") && k >= 3 && self.is(k - 2, ",") {
                k -= 1;
            }
            let last = k - 2;
            let mut e = self.mention_ending[last];
            let mut next = None;
            // `the United Arab Emirates (UAE), ...`, `the Swiss
            // Confederation (Switzerland), ...`: a label in brackets names
            // the actor before it, whichever of the two the lexicon knows.
            if self.is(last, ")") {
                let open = (last.saturating_sub(6)..last)
                    .rev()
                    .find(|&p| self.is(p, "("));
                match open {
                    Some(p)
                        if p > 0
                            && self.mention_ending[p - 1] != NO_MENTION =>
                    {
                        e = self.mention_ending[p - 1];
                    }
                    Some(p) => {
                        e = self.mention_ending[last - 1];
                        // The unknown name runs back to the connector.
                        let mut s = p;
                        while s > 0
                            && (self.toks.toks[s - 1].has(CAPITALIZED)
                                || self.is_any(s - 1, &["the", "of"]))
                        {
                            s -= 1;
                        }
                        next = Some(s);
                    }
                    None => break,
                }
            }
            if e == NO_MENTION || !named(&self.mentions[e as usize]) {
                break;
            }
            // (`the Summit in Nairobi, the United States and X affirm`:
            // where they met is no member of the list.)
            let other_start = self.mentions[e as usize].start;
            if other_start > 0
                && self.is_any(other_start - 1, &["in", "at"])
                && self
                    .hits
                    .pattern_at(other_start)
                    .is_some_and(|p| self.lex.is_place(p))
            {
                break;
            }
            let Some(mut other) =
                self.mention_subject(&self.mentions[e as usize], prev)
            else {
                break;
            };
            let start = next.unwrap_or_else(|| {
                element_start(self.mentions[e as usize].start)
            });
            other.span = other.span.cover(self.span_of(start..start + 1));
            subject.actors.extend(other.actors);
            subject.resolved &= other.resolved;
            subject.span = subject.span.cover(other.span);
            k = start;
            joined += 1;
        }
        subject.actors.sort_unstable();
        subject.actors.dedup();
    }

    /// Whether the mention starting at `start` follows a locative
    /// preposition (`in Oslo`), directly or as the second name of a place
    /// (`in Oslo, Norway`).
    fn in_place(&self, start: usize, floor: usize) -> bool {
        const LOCATIVE: &[&str] =
            &["in", "at", "from", "near", "within", "across", "throughout"];
        let mut k = start;
        if k > floor && self.is(k - 1, "the") {
            k -= 1;
        }
        if k > floor && self.is_any(k - 1, LOCATIVE) {
            return true;
        }
        // `in Oslo, Norway`: two names of one place.
        let this = self.mention_starting[start];
        if k >= floor + 2 && self.is(k - 1, ",") && this != NO_MENTION {
            let e = self.mention_ending[k - 2];
            if e != NO_MENTION {
                let (a, b) = (
                    &self.mentions[e as usize],
                    &self.mentions[this as usize],
                );
                let same = matches!((a.kind, b.kind),
                    (MentionKind::Actor(x), MentionKind::Actor(y)) if x == y);
                return same
                    && a.start > floor
                    && self.is_any(a.start - 1, LOCATIVE);
            }
        }
        false
    }

    /// Looks for the subject of a trigger at `tok`, back to `floor`.
    pub(crate) fn subject_scan(&self, tok: usize, floor: usize) -> Scan {
        self.subject_scan_with(tok, floor, &None)
    }

    pub(crate) fn subject_scan_with(
        &self,
        tok: usize,
        floor: usize,
        last: &Option<Subject>,
    ) -> Scan {
        let modal = self.trigger_at(tok).is_some_and(|(id, _)| {
            self.lex.triggers[id as usize].frame.is_modal()
        });
        let mut j = tok;
        while j > floor {
            j -= 1;
            // A parenthesis before the verb: `the Panels (henceforth, the
            // Parties) reaffirmed`.
            if self.is(j, ")") {
                // (A parenthesis of at most 200 tokens: an unbalanced `)`
                // looks no further, so a million of them stay linear.)
                let lowest = j.saturating_sub(200).max(floor);
                let mut depth = 0usize;
                let mut k = j + 1;
                while k > lowest {
                    k -= 1;
                    match self.norm(k) {
                        ")" => depth += 1,
                        "(" => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                }
                if depth == 0 && k > floor && self.is(k, "(") {
                    j = k;
                    continue;
                }
                return Scan::Other;
            }
            // `The Parties to this Agreement shall`, `The Parties hereto
            // shall`: the text the parties are parties to.
            if j > floor + 1 && self.is_any(j, &["hereto", "thereto"]) {
                continue;
            }
            if j > floor + 2
                && self.has_role(j, Role::Thing)
                && self.is_any(j - 1, &["this", "the", "that", "present"])
                && self.is(j - 2, "to")
                && self.mention_ending[j - 3] != NO_MENTION
            {
                j -= 2;
                continue;
            }
            let e = self.mention_ending[j];
            if e != NO_MENTION {
                let m = &self.mentions[e as usize];
                if m.start >= floor && self.in_place(m.start, floor) {
                    // `a week of drafting in Oslo, Norway will continue`:
                    // a place, not the subject; but `The leaders who met
                    // in Paris agreed` name theirs before the clause.
                    if let Some(r) = self.named_relative(m.start, floor) {
                        j = r;
                        continue;
                    }
                    return Scan::Other;
                }
                if m.start >= floor {
                    let Some(mut subject) = self.mention_subject(m, last)
                    else {
                        return Scan::Other;
                    };
                    self.coordinate(e as usize, &mut subject, last);
                    // `The Agreement between the United States and India
                    // will`: the names belong to a larger noun phrase.
                    let between =
                        self.first_token_of(subject.span).is_some_and(|f| {
                            f > floor
                                && self.is_any(
                                    f - 1,
                                    &["between", "among", "amongst"],
                                )
                        });
                    if between {
                        return Scan::Other;
                    }
                    return Scan::Found(subject, j + 1);
                }
                return Scan::Other;
            }
            // `We once again call on`, `We in particular welcome`.
            if let Some(start) = self.adverb_phrase_ending_at(j, floor) {
                j = start;
                continue;
            }
            if self.is_aux(j) {
                continue;
            }
            // `will continue to support`
            if self.is(j, "to")
                && j > floor
                && self.is_any(j - 1, &["continue", "continues", "continued"])
            {
                continue;
            }
            // `I take this opportunity to call for`: a formula too.
            if self.is(j, "to")
                && j >= floor + 3
                && self.opportunity_formula(j - 3)
            {
                j -= 3;
                continue;
            }
            // `I wish to reaffirm`, `we would like to express`: the
            // speaker's wish is no predicate of its own.
            if self.is(j, "to")
                && j > floor
                && self.is_any(j - 1, &["wish", "wishes", "like"])
            {
                j -= 1;
                continue;
            }
            // A spaced dash closes an apposition as a comma does: `We –
            // the Leaders of X and Y – convened to reaffirm`.
            if self.is_spaced_dash(j)
                || self.is_any(j, &["and", ",", ";", "while", "but", "or"])
            {
                return Scan::Conj(j);
            }
            // `A Party that intends to adopt a measure shall notify`: a
            // relative clause after the subject's name.
            if let Some(r) = self.named_relative(j, floor).filter(|_| modal) {
                j = r;
                continue;
            }
            // After an opening phrase: `On the methods of work, the RWCs`.
            // (Looks back a bounded stretch: `noun_phrase_subject` takes
            // at most 24 tokens, so a clause that opens further back has
            // none, and a sentence of a million verbs costs a million
            // short looks.)
            let lo = j.saturating_sub(32).max(floor);
            let clause_start = (lo..j)
                .rev()
                .find(|&k| self.is_any(k, &[",", ";", ":"]))
                .map_or(lo, |k| k + 1);
            if let Some(subject) =
                self.noun_phrase_subject(clause_start, j + 1)
            {
                return Scan::Found(subject, j + 1);
            }
            // In a that-clause under a trigger, only a phrase naming an
            // actor: `agree that the GRP Panel will` (not `hope that the
            // negotiations will`, nor `we hope that the Administration
            // will`, which predicts).
            let that_start = (clause_start + 1..j).rev().take(28).find(|&k| {
                self.is(k, "that")
                    && (k.saturating_sub(16).max(clause_start)..k).any(|g| {
                        self.roles(g).iter().any(|r| {
                            matches!(r.role, Role::Trigger(_) | Role::Governor)
                                && g + r.len as usize == k
                        })
                    })
            });
            // (`agreed that the CPEC will promote`: a joint body only
            // the fallback makes the parties' is no actor named.)
            let names_actor = |k: usize| {
                self.mentions_in(k + 1..j + 1).next().is_some()
                    || (k + 1..j + 1).any(|g| {
                        self.roles(g)
                            .iter()
                            .any(|r| matches!(r.role, Role::Demonym(_)))
                    })
            };
            return match that_start.and_then(|k| {
                self.noun_phrase_subject(k + 1, j + 1)
                    .filter(|_| names_actor(k))
            }) {
                Some(subject) if !subject.actors.is_empty() => {
                    Scan::Found(subject, j + 1)
                }
                _ => Scan::Other,
            };
        }
        Scan::Start
    }

    /// A subject that is a noun phrase with no mention of its own at its
    /// end: `The Reciprocal Working Groups of the GRP and NDFP`, `Both
    /// RWGs`, `The JMC Chairpersons`. It must run from the start of the
    /// clause (`floor`) to `end`. Actors named inside it (not as
    /// possessives or compounds) are its actors; `both X`, `the two X`
    /// and joint bodies of a document with several parties are the
    /// parties; anything else is an agent no lexicon resolves.
    fn noun_phrase_subject(
        &self,
        floor: usize,
        end: usize,
    ) -> Option<Subject> {
        // An inline item label: `: (a) the GRP MC will submit ...`,
        // `; and (c) the GRP MC and NDFP MC will`.
        let mut floor = floor;
        if floor + 1 < end && self.is(floor, "and") {
            floor += 1;
        }
        if floor + 3 < end
            && self.is(floor, "(")
            && self.is(floor + 2, ")")
            && self.norm(floor + 1).len() <= 4
        {
            floor += 3;
        }
        if end <= floor || end - floor > 24 {
            return None;
        }
        let first = self.norm(floor);
        let toks = &self.toks.toks;
        let opener = matches!(
            first,
            "the" | "both" | "all" | "each" | "a" | "an" | "any"
        ) || toks[floor].has(crate::text::token::CAPITALIZED);
        if !opener {
            return None;
        }
        let mut actors = Vec::new();
        let mut has_noun = false;
        let mut depth = 0i32;
        for k in floor..end {
            let w = self.norm(k);
            match w {
                "(" => depth += 1,
                ")" => depth -= 1,
                _ => {}
            }
            if depth == 0
                && matches!(
                    w,
                    "," | ";"
                        | ":"
                        | "that"
                        | "which"
                        | "who"
                        | "is"
                        | "are"
                        | "was"
                        | "were"
                        | "has"
                        | "have"
                        | "had"
                        | "this"
                        | "it"
                        | "there"
                        | "if"
                        | "when"
                        | "to"
                )
            {
                return None;
            }
            if toks[k].kind == TokenKind::Word {
                has_noun = true;
            }
            // A clause of its own (`President X expressed his
            // appreciation for Japan's continuous support`) is no noun
            // phrase.
            if self.roles(k).iter().any(|r| {
                matches!(
                    r.role,
                    Role::Trigger(_) | Role::Governor | Role::Praise
                )
            }) && !self.inside_name(k, 1)
            {
                return None;
            }
            // `the Indonesian Panel`: a body named by its state's demonym.
            if depth == 0 && self.mention_starting[k] == NO_MENTION {
                for r in self.roles(k) {
                    if let (Role::Demonym(a), 1) = (r.role, r.len) {
                        actors.push(a);
                    }
                }
            }
            let e = self.mention_ending[k];
            if e != NO_MENTION && depth == 0 {
                let m = &self.mentions[e as usize];
                let possessive = m.end < end
                    && self.is_any(m.end, &["'s", "-"])
                    || m.end < toks.len()
                        && toks[m.end].kind == TokenKind::Dash
                        && !toks[m.end].has(crate::text::token::SPACE_BEFORE);
                if !possessive {
                    if let MentionKind::Actor(a) | MentionKind::Person(a) =
                        m.kind
                    {
                        actors.push(a);
                    }
                }
            }
        }
        if !has_noun {
            return None;
        }
        // The head: the last word before the first preposition (`The
        // Agreement on Reciprocal Trade`), or the last word.
        let head_at = (floor + 1..end)
            .find(|&k| {
                self.is_any(k, &["of", "on", "for", "between", "with", "in"])
            })
            .unwrap_or(end)
            - 1;
        if self
            .roles(head_at)
            .iter()
            .any(|r| r.role == Role::Thing && r.len == 1)
            || head_at > floor
                && self
                    .roles(head_at - 1)
                    .iter()
                    .any(|r| r.role == Role::Thing && r.len == 2)
        {
            return None;
        }
        // The head must look like a name or a plural noun, not a verb form.
        let head = self.norm(end - 1);
        let head_tok = &toks[end - 1];
        let named = head_tok.has(crate::text::token::CAPITALIZED)
            || head_tok.has(crate::text::token::ALL_CAPS)
            || head.ends_with('s')
            || self.is(end - 1, ")");
        if !named || head.ends_with("ing") || head.ends_with("ed") {
            return None;
        }
        let span = self.span_of(floor..end);
        let both = matches!(first, "both") || {
            floor + 1 < end && first == "the" && self.is(floor + 1, "two")
        };
        actors.sort_unstable();
        actors.dedup();
        if !actors.is_empty() && !both {
            return Some(Subject {
                actors,
                span,
                negative: false,
                resolved: true,
            });
        }
        // `Countries need to do more`: a generic plural (an addressee
        // word) is no joint body of the parties.
        let generic = self.has_role(end - 1, Role::Addressee);
        // `President Zorblat`: a person no one has bound, not a joint
        // body.
        let person = self.titled[floor]
            || first == "the" && floor + 1 < end && self.titled[floor + 1];
        if both || self.parties.len() >= 2 && !generic && !person {
            return Some(Subject {
                actors: self.parties.clone(),
                span,
                negative: false,
                resolved: !self.parties.is_empty(),
            });
        }
        Some(Subject {
            actors: Vec::new(),
            span,
            negative: false,
            resolved: false,
        })
    }

    /// The subject of a trigger at `tok` in the sentence starting at
    /// `floor`, resolving pronouns with `last`.
    pub(crate) fn subject_for(
        &self,
        tok: usize,
        floor: usize,
        last: &Option<Subject>,
    ) -> Option<Subject> {
        match self.subject_scan_with(tok, floor, last) {
            Scan::Found(s, _) => Some(s),
            _ => None,
        }
    }

    /// The subject a sentence opens with, if any: a mention at its start,
    /// or after an opening phrase and a comma (`In this regard, we ...`).
    pub(crate) fn main_subject(
        &self,
        sent: Range<usize>,
        last: &Option<Subject>,
    ) -> Option<Subject> {
        // `the President of the United States`: a title's `of` comes
        // with it.
        let title_of = |k: usize| {
            k > sent.start && self.titled[k - 1] && self.is(k, "of")
        };
        // (`The members of the Security Council`: the council speaks.)
        let members_of =
            |k: usize| self.is(k, "members") && self.is(k + 1, "of");
        let mut i = sent.start;
        while i < sent.end
            && self.mention_starting[i] == NO_MENTION
            && (self
                .is_any(i, &["\"", "the", "together", "today", "also", "now"])
                || self.titled[i]
                || title_of(i)
                || members_of(i))
        {
            i += if members_of(i) { 2 } else { 1 };
        }
        let at = |i: usize| -> Option<Subject> {
            if i >= sent.end {
                return None;
            }
            let s = self.mention_starting[i];
            if s == NO_MENTION {
                return None;
            }
            let m = &self.mentions[s as usize];
            // `China-Cambodia relations`, `Cambodia's choice`.
            // (A spaced dash opens an apposition: `We – the Leaders`.)
            if m.end < sent.end
                && (self.is(m.end, "'s")
                    || self.is(m.end, "-")
                        && !self.toks.toks[m.end]
                            .has(crate::text::token::SPACE_BEFORE))
            {
                return None;
            }
            let mut subject = self.mention_subject(m, last)?;
            // Forward coordination: `The United States and Japan will`,
            // also over a label (`the United States of America (United
            // States, or U.S.) and the Republic of Ecuador (Ecuador)`).
            let skip_label = |e: usize| {
                if e < sent.end && self.is(e, "(") {
                    (e + 1..sent.end.min(e + 12))
                        .find(|&k| self.is(k, ")"))
                        .map_or(e, |k| k + 1)
                } else {
                    e
                }
            };
            let mut e = skip_label(m.end);
            while e + 1 < sent.end && self.is_any(e, &["and", ","]) {
                let mut k = e + 1;
                while k < sent.end && self.mention_starting[k] == NO_MENTION {
                    if self.style_of(k, sent.end) {
                        k += 2;
                    } else if self.is(k, "the")
                        || self.titled[k]
                        || title_of(k)
                    {
                        k += 1;
                    } else {
                        break;
                    }
                }
                let s2 = if k < sent.end {
                    self.mention_starting[k]
                } else {
                    NO_MENTION
                };
                if s2 == NO_MENTION {
                    break;
                }
                let m2 = &self.mentions[s2 as usize];
                let Some(other) = self.mention_subject(m2, last) else {
                    break;
                };
                subject.actors.extend(other.actors);
                subject.resolved &= other.resolved;
                subject.span = subject.span.cover(other.span);
                e = skip_label(m2.end);
            }
            subject.actors.sort_unstable();
            subject.actors.dedup();
            Some(subject)
        };
        if let Some(s) = at(i) {
            return Some(s);
        }
        // An opening phrase before a comma.
        let first = self.norm(sent.start);
        let opener = matches!(
            first,
            "in" | "at"
                | "on"
                | "with"
                | "during"
                | "under"
                | "through"
                | "to"
                | "for"
                | "as"
                | "building"
                | "recognizing"
                | "today"
                | "furthermore"
                | "moreover"
                | "additionally"
                | "finally"
                | "accordingly"
                | "further"
                | "here"
                | "since"
                | "after"
                | "following"
                | "against"
                | "guided"
                | "based"
                | "looking"
                | "by"
                | "from"
                | "together"
                | "now"
                | "while"
                | "once"
                | "again"
                | "also"
                | "however"
                | "indeed"
                | "therefore"
                | "thus"
                | "similarly"
                | "likewise"
                | "regarding"
                | "concerning"
        ) || self.is_adverb(sent.start)
            // A participle phrase: `Underlining the importance of X, the
            // two sides expressed ...`.
            || first.ends_with("ing")
                && self.toks.toks[sent.start].has(CAPITALIZED);
        if opener {
            let comma = (sent.start..sent.end.min(sent.start + 40))
                .find(|&k| self.is(k, ","))?;
            let mut k = comma + 1;
            while k < sent.end
                && self.mention_starting[k] == NO_MENTION
                && (self.is_any(k, &["the", "\""])
                    || self.titled[k]
                    || title_of(k))
            {
                k += 1;
            }
            return at(k);
        }
        None
    }

    /// The document's parties as a subject with no mention.
    pub(crate) fn parties_subject(&self) -> Option<Subject> {
        if self.parties.is_empty() {
            return None;
        }
        Some(Subject {
            actors: self.parties.clone(),
            span: Span::default(),
            negative: false,
            resolved: true,
        })
    }

    /// For a nominal trigger (`support to`, `commitment to`): the verb
    /// that governs it (`reaffirmed resolute`, `expressed firm`) and that
    /// verb's subject. Returns the subject and the token after it.
    pub(crate) fn governor_subject(
        &self,
        tok: usize,
        sent: Range<usize>,
        main: &Option<Subject>,
        last: &Option<Subject>,
    ) -> Option<(Subject, usize)> {
        let floor = sent.start;
        // `the United States' commitment to`: the owner commits.
        let mut p = tok;
        while p > floor
            && self.is_attributive(p - 1)
            && !self.is_determiner(p - 1)
        {
            p -= 1;
        }
        // (`U.S. commitment to`: a name as the adjective; but `the G20
        // commitment`, `a G20 commitment` the leaders note is theirs.)
        let attributive =
            p > floor && self.mention_ending[p - 1] != NO_MENTION && {
                let m = &self.mentions[self.mention_ending[p - 1] as usize];
                matches!(m.kind, MentionKind::Actor(_))
                    && !(m.start > floor && self.is_determiner(m.start - 1))
            };
        let possessive =
            p > floor + 1 && (self.is(p - 1, "'s") || self.is(p - 1, "\""));
        if possessive || attributive {
            let e = self.mention_ending[p - 1 - usize::from(possessive)];
            if e != NO_MENTION {
                let owner = &self.mentions[e as usize];
                if let Some(mut s) = self.mention_subject(owner, last) {
                    // `Australia and India's commitment`: both own it.
                    self.coordinate(e as usize, &mut s, last);
                    // `reaffirmed Japan's support`: the verb before the
                    // owner still speaks for how (reiterated, firm).
                    let mut owner_start = owner.start;
                    if owner_start > floor && self.is(owner_start - 1, "the") {
                        owner_start -= 1;
                    }
                    let from = match owner_start.checked_sub(1) {
                        Some(v)
                            if v >= floor
                                && self
                                    .roles(v)
                                    .iter()
                                    .any(|r| r.role == Role::Governor) =>
                        {
                            v
                        }
                        _ => p,
                    };
                    return Some((s, from));
                }
            }
        }
        let mut j = tok;
        let mut steps = 0;
        while j > floor && steps < 14 {
            j -= 1;
            steps += 1;
            if self.is_any(j, &[";", ".", ":"])
                || self.has_role(j, Role::Praise)
            {
                return None;
            }
            // `a warm welcome to X and the commitment to`: after a
            // determiner or adjective, a verb-like trigger is a noun, the
            // object coordinated with ours, and the search goes on.
            let noun = j > floor && self.is_det_or_adj(j - 1);
            // (`our shared commitment`: an adjective, not `share`.)
            let adjective = self.after_determiner(j, floor);
            let governs = self.roles(j).iter().any(|r| {
                r.role == Role::Governor && !adjective
                    || !noun
                        && matches!(r.role, Role::Trigger(id)
                        if matches!(self.lex.triggers[id as usize].frame,
                            crate::lexicon::Frame::Object
                            | crate::lexicon::Frame::Stance))
            });
            // `welcomed the endorsement of X`, `condemned the support for
            // Y`: the noun is what the verb backs or opposes, not a
            // record of its own.
            let object_of = |r: &crate::lexicon::RoleLen| {
                matches!(r.role, Role::Trigger(id)
                    if self.lex.triggers[id as usize].frame
                        == crate::lexicon::Frame::Object
                    && matches!(self.lex.triggers[id as usize].kind,
                        crate::Kind::Support | crate::Kind::Opposition))
                    && j + r.len as usize + 1 == tok
            };
            if governs
                && self.is_any(tok - 1, &["the", "a", "an"])
                && self.roles(j).iter().any(object_of)
            {
                return None;
            }
            if governs {
                // The governor's own start (multi-token `agreed on`).
                return match self.subject_scan_with(j, floor, last) {
                    Scan::Found(s, end) => Some((s, end)),
                    // (`1. Welcomes X; expresses its concern at Y`: an
                    // operative paragraph's body.)
                    Scan::Conj(at) => main
                        .clone()
                        .or_else(|| self.operative_sentence_body(sent.clone()))
                        .map(|s| (s, at + 1)),
                    Scan::Start => {
                        if let Some(body) = self.operative_body(j, floor) {
                            return Some((body, j));
                        }
                        if let Some(s) = self.dropped_subject(j, last) {
                            return Some((s, j));
                        }
                        if self.roles(j).iter().any(|r| {
                            matches!(r.role, Role::Governor)
                                && self.norm(j).ends_with("ing")
                        }) {
                            self.parties_subject().map(|s| (s, j))
                        } else {
                            None
                        }
                    }
                    // `X met in Rome to reaffirm their commitment to`:
                    // the purpose of the sentence's subject.
                    Scan::Other if j > floor && self.is(j - 1, "to") => {
                        main.clone().map(|s| (s, j))
                    }
                    Scan::Other => None,
                };
            }
            // A nominal's own determiners and adjectives, or the object it
            // is coordinated with (`a warm welcome to X and the commitment
            // to`): keep looking back.
        }
        None
    }
}
