//! Clauses: from lexicon matches to commitment records.
//!
//! For every trigger the analysis answers four questions, each in its own
//! place:
//! - *who* — the subject before the trigger, carried over `and`, inherited
//!   by imperative sentences, or the document's parties ([`actor`]);
//! - *whether* — a trigger with no subject, a noun `will`, a prediction
//!   inside someone's belief or a passive is no commitment;
//! - *what* — where the content starts (after `to`, `that`, a stance noun
//!   or an addressee) and where each coordinated action ends
//!   ([`conjunct`]);
//! - *how* — kind, polarity, strength and reiteration from the words
//!   between the subject and the action.

mod actor;
mod conjunct;
mod parties;
mod people;

use std::ops::Range;

use crate::lexicon::{Frame, Lexicon, Role, RoleLen, Trigger};
use crate::matcher::{roles, Hits, Matcher};
use crate::record::{ActorId, Commitment, Excerpt, Kind, Polarity, Strength};
use crate::text::layout::{Block, BlockKind};
use crate::text::sentence::Sent;
use crate::text::token::{TokenKind, Tokens, ALL_CAPS, CAPITALIZED};
use crate::Span;

pub(crate) use actor::{mentions, Mention, MentionKind, Subject};

/// Verbs of an invitation to come (`invited X to visit`, `asked to attend
/// the summit`): asking someone to visit commits no one to anything.
const VISIT_VERBS: &[&str] = &["attend", "pay", "visit"];

/// The longest content a record has, in tokens. Real clauses stay far
/// below it (the longest in 184 White House statements, 60 UN speeches
/// and 40 trade agreements is about 180 tokens).
const MAX_CONTENT_TOKENS: usize = 400;

/// Modal verbs as grammar words: a verb after one is finite and agrees
/// with any subject (`can` and `may` are no triggers, so the lexicon's
/// modal frame does not list them all).
const MODALS: &[&str] =
    &["will", "shall", "would", "should", "must", "can", "may"];

/// One document on its way to records.
pub(crate) struct Doc<'t, 'a> {
    pub(crate) text: &'t str,
    pub(crate) lex: &'a Lexicon,
    pub(crate) matcher: &'a Matcher,
    pub(crate) toks: &'a Tokens<'t>,
    pub(crate) hits: &'a Hits,
    pub(crate) blocks: &'a [Block],
    pub(crate) sents: &'a [Sent],
    /// Token range of each block.
    pub(crate) block_toks: &'a [Range<usize>],
    /// Every actor, party, person, pronoun and agent mention, in order.
    pub(crate) mentions: Vec<Mention>,
    /// For each token, the mention ending at it (index into `mentions`).
    pub(crate) mention_ending: Vec<u32>,
    /// For each token, the mention starting at it.
    pub(crate) mention_starting: Vec<u32>,
    /// The document's parties (actor indices).
    pub(crate) parties: Vec<u32>,
    /// For each token, whether it is part of a title (`Prime Minister`).
    pub(crate) titled: Vec<bool>,
    /// Bodies adopting the text (`The General Assembly,`) and the token
    /// each is named at.
    pub(crate) bodies: Vec<(usize, Subject, bool)>,
}

const NO_MENTION: u32 = u32::MAX;

/// A trigger found in a sentence.
#[derive(Clone, Copy, Debug)]
struct Cand {
    tok: usize,
    end: usize,
    id: u32,
}

/// How the content of a record is split into conjuncts.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
enum Shape {
    /// Actions: split where a bare verb follows `,` `;` `and`. `to_ok`:
    /// the first action came after `to`, so `, to V` is a new action too.
    Actions { to_ok: bool },
    /// Objects of a preposition-final trigger: split where the
    /// preposition repeats (`support to A, to B, and to C`).
    Objects { prep: Option<&'static str> },
    /// A clause: never split.
    Clause,
}

/// What the analysis of one trigger decided.
struct Plan {
    subject: Subject,
    kind: Kind,
    content_start: usize,
    shape: Shape,
    negative: bool,
    firm: bool,
    tentative: bool,
    reiterated: bool,
    inherited: bool,
    trigger: Span,
    targets_from: Option<Range<usize>>,
}

/// Context that imperative sentences inherit.
#[derive(Clone)]
struct Inherit {
    subject: Subject,
    trigger: Span,
}

/// A list a trigger introduced with a colon, whose items follow: who,
/// what kind, the trigger, whether the items may be nouns (`in the
/// following areas:`), and the strength the trigger gives them (`shall
/// strive to adopt the following principles:`).
#[derive(Clone)]
struct ListHead {
    subject: Subject,
    kind: Kind,
    trigger: Span,
    nouns: bool,
    firm: bool,
    tentative: bool,
}

impl<'t, 'a> Doc<'t, 'a> {
    pub(crate) fn norm(&self, i: usize) -> &str {
        self.toks.norm(i)
    }

    pub(crate) fn roles(&self, i: usize) -> &[RoleLen] {
        match self.hits.pattern_at(i) {
            Some(p) => roles(self.lex, p),
            None => &[],
        }
    }

    pub(crate) fn has_role(&self, i: usize, role: Role) -> bool {
        self.roles(i).iter().any(|r| r.role == role && r.len == 1)
    }

    /// The longest role at `i` that `pick` accepts, with its length.
    pub(crate) fn role_where(
        &self,
        i: usize,
        pick: impl Fn(Role) -> bool,
    ) -> Option<RoleLen> {
        self.roles(i)
            .iter()
            .filter(|r| pick(r.role))
            .max_by_key(|r| r.len)
            .copied()
    }

    /// The trigger starting at `i`. Where a phrase is several triggers
    /// (`reaffirm` the undertaking, `reaffirm that` the position), the
    /// words after it decide: a stance frame before `that` or a stance
    /// noun, another frame elsewhere.
    ///
    /// Asked of most phrases of a document, and several times of some, by
    /// many passes; most phrases are no trigger, and that answer is
    /// inlined into the caller, without a call that saves and restores
    /// the registers of the choice below.
    #[inline]
    fn trigger_at(&self, i: usize) -> Option<(u32, usize)> {
        let roles = self.roles(i);
        if !roles.iter().any(|r| matches!(r.role, Role::Trigger(_))) {
            return None;
        }
        self.choose_trigger(i, roles)
    }

    /// [`trigger_at`](Self::trigger_at) for a phrase with a trigger role
    /// among `roles`.
    #[inline(never)]
    fn choose_trigger(
        &self,
        i: usize,
        roles: &[RoleLen],
    ) -> Option<(u32, usize)> {
        let mut best: Option<(u32, usize, bool)> = None;
        for r in roles {
            let Role::Trigger(id) = r.role else { continue };
            let len = r.len as usize;
            if self.inside_name(i, len) {
                continue;
            }
            let frame = self.lex.triggers[id as usize].frame;
            let after = i + len;
            let stance_next = after < self.toks.toks.len()
                && (self.is(after, "that")
                    || self
                        .roles(after)
                        .iter()
                        .any(|x| x.role == Role::Stance));
            // `their pledge to` is the noun, `we pledge to` the verb; so is
            // `their steadfast resolve to`.
            let noun_before = self.after_determiner(i, 0);
            let fits = (matches!(frame, Frame::That | Frame::Stance)
                == stance_next)
                && ((frame == Frame::Nominal) == noun_before);
            let better = match best {
                None => true,
                Some((_, blen, bfits)) => (len, fits) > (blen, bfits),
            };
            if better {
                best = Some((id, len, fits));
            }
        }
        best.map(|(id, len, _)| (id, len))
    }

    fn trigger(&self, id: u32) -> &Trigger {
        &self.lex.triggers[id as usize]
    }

    pub(crate) fn block_tokens(&self, b: usize) -> Option<Range<usize>> {
        self.block_toks.get(b).cloned()
    }

    fn is(&self, i: usize, word: &str) -> bool {
        self.toks.norm_bytes(i) == word.as_bytes()
    }

    /// Whether the word at `i` is one of `words`, compared in turn. The
    /// lists checked at most tokens (`is_aux`, `verb_at`, determiners)
    /// are `matches!` on the bytes instead, which compiles to a branch on
    /// the length and the bytes: a few instructions where this loop costs
    /// a comparison (often a `memcmp` call) per word.
    fn is_any(&self, i: usize, words: &[&str]) -> bool {
        let norm = self.toks.norm_bytes(i);
        words.iter().any(|w| w.as_bytes() == norm)
    }

    /// A word that can stand between a subject, a trigger and an action
    /// without changing who acts: adverbs, auxiliaries, modifiers.
    fn is_adverb(&self, i: usize) -> bool {
        let t = &self.toks.toks[i];
        if t.kind != TokenKind::Word {
            return false;
        }
        if self.roles(i).iter().any(|r| {
            r.len == 1
                && matches!(r.role, Role::Adverb | Role::Firm | Role::Negation)
                && self.norm(i).ends_with("ly")
                || r.len == 1 && r.role == Role::Adverb
        }) {
            return true;
        }
        let w = self.norm(i);
        w.len() >= 5
            && w.ends_with("ly")
            && !t.has(CAPITALIZED)
            && !self.roles(i).iter().any(|r| {
                matches!(
                    r.role,
                    Role::Verb | Role::NounLikeVerb | Role::Trigger(_)
                )
            })
            && !matches!(
                w,
                "family"
                    | "assembly"
                    | "supply"
                    | "apply"
                    | "rely"
                    | "reply"
                    | "ally"
                    | "italy"
                    | "july"
                    | "friendly"
                    | "early"
                    | "timely"
                    | "orderly"
                    | "costly"
                    | "likely"
                    | "only"
            )
    }

    fn is_aux(&self, i: usize) -> bool {
        matches!(
            self.toks.norm_bytes(i),
            b"are"
                | b"is"
                | b"am"
                | b"was"
                | b"were"
                | b"be"
                | b"been"
                | b"have"
                | b"has"
                | b"had"
                | b"do"
                | b"does"
                | b"did"
                | b"will"
                | b"shall"
                | b"would"
                | b"can"
                | b"could"
                | b"also"
                | b"both"
                | b"all"
                | b"each"
                | b"hereby"
                | b"jointly"
                | b"themselves"
                | b"ourselves"
                | b"together"
                | b"further"
                | b"continue"
                | b"continues"
                | b"continued"
                | b"remain"
                | b"remains"
                | b"remained"
                | b"not"
                | b"never"
                | b"still"
                | b"again"
                | b"now"
                | b"today"
                | b"therefore"
        ) || self.is_adverb(i)
            || self.roles(i).iter().any(|r| {
                r.len == 1
                    && matches!(
                        r.role,
                        Role::Negation | Role::Firm | Role::Adverb
                    )
            })
    }

    /// A bare verb that can head an action at `i`.
    pub(crate) fn verb_at(&self, i: usize, limit: usize) -> Option<usize> {
        if i >= limit.min(self.toks.toks.len()) {
            return None;
        }
        let roles = self.roles(i);
        let t = &self.toks.toks[i];
        if t.kind != TokenKind::Word {
            return None;
        }
        // (`hold in-depth consultations`: `in` of a compound.)
        let compound = |j: usize| {
            j + 1 < limit
                && self.toks.toks[j + 1].kind == TokenKind::Dash
                && !self.toks.toks[j + 1].has(crate::text::token::SPACE_BEFORE)
        };
        let next_ok = |j: usize| {
            j >= limit
                || compound(j)
                || !(matches!(
                    self.toks.norm_bytes(j),
                    b"of"
                        | b"for"
                        | b","
                        | b"and"
                        | b"or"
                        | b"."
                        | b";"
                        | b":"
                        | b"is"
                        | b"are"
                        | b"was"
                        | b"were"
                        | b"has"
                        | b"have"
                        | b"-"
                        | b")"
                        | b"as"
                        | b"in"
                        | b"between"
                        | b"among"
                        | b"that"
                        | b"which"
                        | b"will"
                        | b"'s"
                        | b"shall"
                        | b"should"
                        | b"must"
                        | b"may"
                        | b"can"
                        | b"would"
                        | b"could"
                ))
        };
        let mut best = None;
        for r in roles {
            match r.role {
                Role::PhrasalVerb => {
                    let n = r.len as usize;
                    if i + n <= limit {
                        best = best.max(Some(n));
                    }
                }
                Role::Verb if r.len == 1 && next_ok(i + 1) => {
                    best = best.max(Some(1))
                }
                // `and support upgrading` but not `and support for`.
                Role::NounLikeVerb
                    if r.len == 1
                        && next_ok(i + 1)
                        && i + 1 < limit
                        && (!self.toks.toks[i + 1].has(CAPITALIZED)
                            || self.mention_starting[i + 1] != NO_MENTION) =>
                {
                    best = best.max(Some(1));
                }
                _ => {}
            }
        }
        best
    }

    /// Runs the analysis and appends records to `out`.
    pub(crate) fn analyse(&self, out: &mut Vec<Commitment<'t>>) {
        let mut inherit: Option<Inherit> = None;
        let mut list: Option<ListHead> = None;
        let mut last_subject: Option<Subject> = None;
        let mut last_block = usize::MAX;
        for (si, s) in self.sents.iter().enumerate() {
            if s.toks.is_empty() {
                continue;
            }
            let block = &self.blocks[s.block];
            let new_block = s.block != last_block;
            last_block = s.block;
            if new_block && block.kind == BlockKind::Heading {
                inherit = None;
                list = None;
            }
            if new_block && block.kind != BlockKind::Item {
                list = None;
            }
            let before = out.len();
            // `Supporting Ukraine’s Euro-Atlantic Aspirations`: a
            // heading in title case names a topic; it commits no one.
            let mut last = s.toks.end - 1;
            while last > s.toks.start && self.is_any(last, &["\"", ")", "'"]) {
                last -= 1;
            }
            let unfinished = !self.is_any(last, &[".", "!", "?"]);
            if (block.kind == BlockKind::Heading || unfinished)
                && self.title_case(s.toks.clone())
            {
                continue;
            }
            let own_subject = self.main_subject(s.toks.clone(), &last_subject);
            if own_subject.is_some() {
                inherit = None;
            }
            self.sentence(si, &last_subject, &own_subject, out);
            let produced = &out[before..];
            // (`- the Pacific Islands Forum.` under `reaffirmed their
            // support for:` names an actor, but as the object.)
            let noun_item = || {
                list.as_ref().is_some_and(|l| l.nouns)
                    && !s.toks.clone().any(|k| {
                        self.trigger_at(k).is_some()
                            || self.verb_at(k, s.toks.end).is_some()
                    })
            };
            if produced.is_empty() && (own_subject.is_none() || noun_item()) {
                // An imperative sentence under an agreement, or an item of
                // a list a trigger introduced with a colon.
                if let Some(head) = list
                    .as_ref()
                    .filter(|_| block.kind == BlockKind::Item && new_block)
                {
                    self.list_item(si, head, out);
                } else if let Some(ctx) = &inherit {
                    self.imperative(si, ctx, out);
                }
            }
            // What the next sentences inherit.
            let produced = &out[before..];
            if let Some(subj) = own_subject.clone() {
                last_subject = Some(subj);
            } else if let Some(r) = produced.iter().find(|r| {
                !r.inherited
                    && r.actor_text.is_some_and(|t| !t.span.is_empty())
            }) {
                // `The Joint Committee shall adopt its rules. It shall
                // meet ...`: `It` is the committee, even when no lexicon
                // knows it.
                last_subject = Some(Subject {
                    actors: self.actor_indices(&r.actors),
                    span: r.actor_text.map(|e| e.span).unwrap_or_default(),
                    negative: false,
                    resolved: !r.actors.is_empty(),
                });
            }
            // (`REAFFIRMING commitment to support X` backs X, and still
            // commits to what follows.)
            let commits = |r: &Commitment| {
                r.kind == Kind::Undertaking
                    || self
                        .first_token_of(r.trigger.span)
                        .and_then(|k| self.trigger_at(k))
                        .is_some_and(|(id, _)| {
                            self.trigger(id).kind == Kind::Undertaking
                        })
            };
            if let Some(r) =
                produced.iter().find(|r| commits(r) && !r.inherited)
            {
                let subject = Subject {
                    actors: self.actor_indices(&r.actors),
                    span: r.actor_text.map(|e| e.span).unwrap_or_default(),
                    negative: false,
                    resolved: !r.actors.is_empty(),
                };
                inherit = Some(Inherit { subject, trigger: r.trigger.span });
            }
            let last_tok = s.toks.end - 1;
            if self.is(last_tok, ":") {
                if let Some((id, start)) = (s.toks.clone())
                    .rev()
                    .find_map(|i| self.trigger_at(i).map(|(id, _)| (id, i)))
                {
                    let subject = self
                        .subject_for(start, s.toks.start, &last_subject)
                        .or_else(|| own_subject.clone());
                    if let Some(subject) = subject {
                        let t = self.trigger(id);
                        let end =
                            start + self.trigger_at(start).map_or(1, |x| x.1);
                        let span = self.span_of(start..end);
                        // (Only when the sentence commits: `The schedule
                        // will be as follows:` announces no commitments.)
                        // (`decides to lift the following sanctions
                        // imposed on X:` too; not after a modal, whose
                        // treaty paragraphs list conditions.)
                        let following = || {
                            !t.frame.is_modal()
                                && (end..last_tok).any(|k| {
                                    self.is(k, "following")
                                        && self.is(k - 1, "the")
                                })
                        };
                        let announces = out.len() > before
                            && (following()
                                || (last_tok.saturating_sub(4)..last_tok)
                                    .filter(|&k| k >= s.toks.start)
                                    .any(|k| {
                                        self.is_any(
                                            k,
                                            &[
                                                "following",
                                                "follows",
                                                "include",
                                                "includes",
                                                "including",
                                                "notably",
                                                "others",
                                            ],
                                        )
                                    }));
                        // `The leaders condemned:` over a list: the items
                        // are what is backed or opposed.
                        let objects = matches!(
                            t.frame,
                            Frame::Object | Frame::Nominal | Frame::Stance
                        ) && end == last_tok;
                        // The record of the head gives its strength to
                        // the items (the head stays a record: the
                        // guidelines' `will expand their security
                        // cooperation through, among others:` is one).
                        let strength = out[before..]
                            .iter()
                            .rfind(|r| r.trigger.span == span)
                            .map(|r| r.strength);
                        list = Some(ListHead {
                            subject,
                            kind: t.kind,
                            trigger: span,
                            nouns: announces || objects,
                            firm: strength == Some(Strength::Firm),
                            tentative: strength == Some(Strength::Tentative),
                        });
                    }
                }
            }
        }
    }

    pub(crate) fn span_of(&self, r: Range<usize>) -> Span {
        if r.is_empty() {
            let at = self.toks.toks.get(r.start).map_or(0, |t| t.span.start);
            return Span::new(at, at);
        }
        Span::new(
            self.toks.toks[r.start].span.start,
            self.toks.toks[r.end - 1].span.end,
        )
    }

    fn sentence_span(&self, si: usize) -> Span {
        self.span_of(self.sents[si].toks.clone())
    }

    fn paragraph(&self, si: usize) -> Option<&'t str> {
        self.blocks[self.sents[si].block].paragraph.map(|p| &self.text[p])
    }

    /// The records of one sentence.
    fn sentence(
        &self,
        si: usize,
        last_subject: &Option<Subject>,
        main: &Option<Subject>,
        out: &mut Vec<Commitment<'t>>,
    ) {
        let s = &self.sents[si];
        let range = s.toks.clone();
        // A question commits no one: `How should we achieve that goal?`
        if range.end > range.start && self.is(range.end - 1, "?") {
            return;
        }
        let mut cands = Vec::new();
        // `Where a Party does not accept X, it shall ...`: a condition
        // binds no one; the main clause after its comma may, and an `it`
        // right after the comma is the condition's subject.
        let condition = self.condition_end(range.clone());
        let condition_subject = condition.and_then(|end| {
            if end >= range.end || !self.is_any(end, &["it", "they"]) {
                return None;
            }
            let m = self.mentions_in(range.start..end).next()?;
            self.mention_subject(m, last_subject)
        });
        let last_subject = match condition_subject {
            Some(subject) => &Some(subject),
            None => last_subject,
        };
        // A bare verb is an action only after a mention of the parties
        // that opens the sentence (see `is_present_action`): asked once
        // here, not at every verb of every sentence.
        let parties_open = self.opens_with_parties(range.start);
        let mut i = condition.unwrap_or(range.start);
        // Triggers and verbs are lexicon phrases: a token where none
        // starts is neither, so only the tokens where one starts are
        // visited (in order, from `i` on, each past the last one's end).
        let mut starts = self.hits.starts_from(i).iter().map(|&s| s as usize);
        while let Some(next) = starts.find(|&s| s >= i) {
            if next >= range.end {
                break;
            }
            i = next;
            // The noun `will`: `one country's will`, `the political will`.
            let noun_will = i > range.start
                && matches!(self.toks.norm_bytes(i), b"will" | b"must")
                && (matches!(
                    self.toks.norm_bytes(i - 1),
                    b"'s"
                        | b"the"
                        | b"a"
                        | b"political"
                        | b"its"
                        | b"their"
                        | b"our"
                        | b"his"
                        | b"her"
                        | b"free"
                ));
            if noun_will {
                i += 1;
                continue;
            }
            if let Some((id, len)) = self.trigger_at(i) {
                if !self.backs_nothing(i, id, len, range.clone())
                    && !self.conditional_view(i, id, range.start)
                {
                    cands.push(Cand {
                        tok: i,
                        end: (i + len).min(range.end),
                        id,
                    });
                }
                i += len.max(1);
            } else {
                if parties_open && self.is_present_action(i, range.clone()) {
                    let bare = self.lex.triggers.len() as u32 - 1;
                    cands.push(Cand { tok: i, end: i, id: bare });
                }
                i += 1;
            }
        }
        if cands.is_empty() {
            return;
        }
        // Tokens already used as the head of a conjunct, and stance
        // clauses whose inner triggers are someone else's predictions.
        let mut consumed_until = range.start;
        // The end of a stance's clause: `We believe that X will A and will
        // B` predicts B of X, no one's second predicate.
        let mut stance_until = range.start;
        let mut quiet: Vec<(Range<usize>, Vec<u32>)> = Vec::new();
        let mut pending_reiterated = false;
        // A second predicate found by an earlier record's limit, and the
        // subject it shares with that record.
        let mut coordinated: Option<(usize, Subject)> = None;
        let first_record = out.len();
        for (ci, c) in cands.iter().enumerate() {
            if c.tok < consumed_until {
                continue;
            }
            if c.tok < stance_until
                && self.trigger(c.id).frame.is_modal()
                && matches!(
                    self.subject_scan(c.tok, range.start),
                    actor::Scan::Conj(at) if self.is(at, "and")
                )
            {
                continue;
            }
            // `would` is a modal only in a that-clause after a stance.
            if self.trigger(c.id).frame == Frame::Reported
                && !cands[..ci].iter().any(|p| {
                    matches!(
                        self.trigger(p.id).frame,
                        Frame::That | Frame::Stance
                    ) && (p.end.saturating_sub(1)..c.tok)
                        .any(|k| self.is(k, "that"))
                })
            {
                continue;
            }
            // `We take note of the report and request X to`: the first
            // predicate commits to nothing, the verb after `and` is the
            // sentence subject's second predicate.
            let after_plain_predicate = out.len() == first_record
                && c.tok > range.start + 1
                && self.is(c.tok - 1, "and");
            let shared = coordinated
                .as_ref()
                .filter(|(tok, _)| *tok == c.tok)
                .map(|(_, s)| s)
                .or_else(|| main.as_ref().filter(|_| after_plain_predicate));
            let Some(plan) =
                self.plan(c, range.clone(), main, last_subject, shared)
            else {
                continue;
            };
            if self.predicted(&plan, c.tok, range.start, main) {
                continue;
            }
            if let Some((_, owner)) =
                quiet.iter().find(|(r, _)| r.contains(&c.tok))
            {
                // `The Parties agree that the GRP Panel will`: one of the
                // agreeing actors undertakes; anyone else only predicts.
                let among = !plan.subject.actors.is_empty()
                    && plan.subject.actors.iter().all(|a| owner.contains(a));
                if !among && !plan.subject.span.is_empty() {
                    continue;
                }
            }
            let (mut limit, second) =
                self.clause_limit(&cands[ci + 1..], range.clone(), &plan);
            if let Some(tok) = second {
                coordinated = Some((tok, plan.subject.clone()));
            }
            // `Looking forward to X, Prime Minister Abe ...`: the opening
            // phrase ends at the comma before its subject (or before the
            // sentence's own subject, when the parties stand in for it).
            let subject_after = if plan.subject.span.start > plan.trigger.end {
                Some(plan.subject.span.start)
            } else if c.tok == range.start && self.trigger(c.id).participle {
                // `Acknowledging that X, we realize ...`
                (plan.content_start..limit)
                    .find(|&k| {
                        self.is(k, ",")
                            && self.mention_starting.get(k + 1).is_some_and(
                                |&m| {
                                    m != NO_MENTION
                                        && matches!(
                                            self.mentions[m as usize].kind,
                                            MentionKind::Parties { .. }
                                                | MentionKind::Actor(_)
                                        )
                                },
                            )
                    })
                    .map(|k| self.toks.toks[k + 1].span.start)
            } else {
                None
            };
            if let Some(subject_start) = subject_after {
                let before_subject = (plan.content_start..limit)
                    .take_while(|&k| {
                        self.toks.toks[k].span.start < subject_start
                    })
                    .filter(|&k| self.is(k, ","))
                    .last();
                if let Some(comma) = before_subject {
                    limit = comma;
                }
            }
            if plan.content_start >= limit {
                continue;
            }
            if plan.shape == Shape::Clause && plan.kind == Kind::Position {
                let own = cands[ci + 1..].iter().take(64).any(|c2| {
                    c2.tok < limit
                        && matches!(
                            // From the sentence start, as the inner
                            // trigger's own plan will scan.
                            self.subject_scan_with(
                                c2.tok,
                                range.start,
                                &Some(plan.subject.clone()),
                            ),
                            actor::Scan::Found(ref s2, _)
                                if s2.actors == plan.subject.actors
                                    && (s2.span.start
                                        <= self.toks.toks[plan.content_start].span.end
                                        || self.after_fronted_phrase(
                                            plan.content_start,
                                            s2.span,
                                        ))
                        )
                });
                if own {
                    // `the two leaders reaffirmed that the two countries
                    // commit to ...`: one undertaking, made again.
                    pending_reiterated |= plan.reiterated;
                    continue;
                }
            }
            let conjuncts =
                self.conjuncts(plan.content_start, limit, plan.shape);
            if plan.shape == Shape::Clause {
                quiet.push((
                    plan.content_start..limit,
                    plan.subject.actors.clone(),
                ));
            }
            let mut reopen = None;
            for (n, conj) in conjuncts.iter().enumerate() {
                // `Key terms of the Agreement will include:`: a verb
                // whose object is the list that follows; the items say
                // what is committed to.
                let introduces_list = conj.range.len() == 1
                    && conj.range.end < self.toks.toks.len()
                    && self.is(conj.range.end, ":");
                // (`and continue to` cut before `encourage others to V`,
                // which is a record of its own: no action left.)
                let dangling = n > 0
                    && conj.range.len() <= 3
                    && self.is(conj.range.end - 1, "to");
                if introduces_list || dangling {
                    continue;
                }
                // `and lend our full support for X`: the noun's own
                // record, found from its governor, from here on.
                if n > 0
                    && self.has_role(conj.head, Role::Governor)
                    && self.nominal_follows(conj.head + 1, conj.range.end)
                {
                    reopen.get_or_insert(conj.range.start);
                    continue;
                }
                let mut kind = plan.kind;
                let mut tentative = plan.tentative;
                let mut firm = plan.firm;
                // `urges all parties to cease X and to commit to Y`: an
                // action after `to` is still asked of the addressee.
                let asked = plan.kind == Kind::Appeal
                    && conj.head > 0
                    && self.is(conj.head - 1, "to");
                // (`agreed to support X`, `its readiness to support X`:
                // the first action backs X as the later ones do.)
                let backs = (n == 0
                    && plan.kind == Kind::Undertaking
                    && self.is(conj.head.saturating_sub(1), "to"))
                .then(|| self.trigger_at(conj.head))
                .flatten()
                .map(|(id, _)| self.trigger(id))
                .filter(|t| {
                    t.frame == Frame::Object
                        && matches!(t.kind, Kind::Support | Kind::Opposition)
                });
                if let Some(t) = backs {
                    kind = t.kind;
                }
                if n > 0 {
                    if let Some((id, _)) =
                        self.trigger_at(conj.head).filter(|_| !asked)
                    {
                        let t = self.trigger(id);
                        if (t.kind != Kind::Position
                            || matches!(t.frame, Frame::Stance))
                            && !t.frame.asks_others()
                        {
                            kind = t.kind;
                        } else if t.kind == Kind::Position
                            && matches!(plan.shape, Shape::Objects { .. })
                        {
                            // `welcome X, and further note Y`: a stance
                            // verb of another frame, not one more thing
                            // welcomed.
                            continue;
                        }
                    } else if plan.kind != Kind::Appeal
                        && !matches!(plan.shape, Shape::Actions { .. })
                        && self.verb_at(conj.head, conj.range.end).is_some()
                    {
                        // `support various formats ..., and promote Y`:
                        // a new action of the same subject. (The actions
                        // of `the need to V and to W` are all the need's.)
                        kind = Kind::Undertaking;
                    }
                    // (A hedging trigger hedges every action under it:
                    // `DESIRING to A, to B`; a hedged first verb only its
                    // own: `explore A and implement B`.)
                    if plan.kind == Kind::Undertaking
                        || kind == Kind::Undertaking
                    {
                        tentative = self.tentative_head(c.tok)
                            || self.tentative_head(conj.head);
                    }
                    if conj.firm {
                        firm = true;
                    }
                } else {
                    tentative |= self.tentative_head(conj.head);
                    firm |= conj.firm;
                }
                if plan.kind == Kind::Appeal {
                    // An adverb on the action asked of others is theirs.
                    firm = plan.firm;
                }
                // `to respect A and to abstain from B`: a later action
                // that negates itself is negated, as the first would be.
                let self_negated = n > 0
                    && self
                        .trigger_at(conj.range.start)
                        .is_some_and(|(id, _)| self.trigger(id).negative);
                let mut rec = self.record(
                    si,
                    &plan,
                    kind,
                    conj.range.clone(),
                    firm,
                    tentative,
                );
                rec.reiterated |= pending_reiterated;
                // A repeated `to` states its own polarity: `committed not
                // to impose A and to support B`, `agreed to refrain from A
                // and not to escalate B`; but under a negation above the
                // infinitive (`are not prepared to A or to B`) it stays.
                if let Some(negated) =
                    self.restarted_infinitive(conj.range.start)
                {
                    if negated {
                        rec.polarity = crate::Polarity::Negative;
                    } else if plan.negative
                        && !self.negation_above_infinitive(c.tok..c.end)
                    {
                        rec.polarity = crate::Polarity::Affirmative;
                    }
                }
                if self_negated || conj.negated {
                    rec.polarity = crate::Polarity::Negative;
                }
                out.push(rec);
            }
            if plan.shape != Shape::Clause {
                consumed_until = reopen.unwrap_or(limit.max(c.end));
            } else if plan.kind == Kind::Position {
                stance_until = limit;
            }
            pending_reiterated = false;
        }
    }

    /// Whether the object trigger `id` at `i` (`len` tokens) is not the
    /// verb of its subject: the noun after a preposition (`In support of
    /// this initiative, X commits to`; not `in supporting`), or a passive
    /// (`It will be backed by`, `was welcomed by`; not `is opposed to`).
    fn backs_nothing(
        &self,
        i: usize,
        id: u32,
        len: usize,
        sent: Range<usize>,
    ) -> bool {
        if self.trigger(id).frame == Frame::Appeal {
            // (`were encouraged by the progress`: a feeling.)
            let by = i + 1 < sent.end && self.is(i + 1, "by");
            return self.appeal_noun(i, len, sent.clone())
                || by && self.after_copula(i, sent.start).is_some();
        }
        // `... shall mean commodities that`: a definition binds no one.
        if self.trigger(id).frame == Frame::Modal
            && i + len < sent.end
            && self.is_any(i + len, &["mean", "means"])
        {
            return true;
        }
        if self.trigger(id).frame != Frame::Object {
            return false;
        }
        let noun = i > sent.start
            && self.is_any(i - 1, &["in", "with", "without"])
            && !self.norm(i).ends_with("ing");
        let passive = len == 1
            && self.norm(i).ends_with("ed")
            && (i + 1 >= sent.end || !self.is(i + 1, "to"))
            && {
                let mut b = i;
                while b > sent.start && self.is_adverb(b - 1) {
                    b -= 1;
                }
                b > sent.start
                    && self.is_any(
                        b - 1,
                        &["be", "been", "being", "is", "are", "was", "were"],
                    )
            };
        // `advocates of peaceful coexistence`, `the support of`: a noun.
        let of_follows = len == 1 && i + 1 < sent.end && self.is(i + 1, "of");
        // `plants, backed by loans from X`: a passive participle (not
        // `supported by providing X`).
        let by_agent = len == 1
            && self.norm(i).ends_with("ed")
            && i + 2 < sent.end
            && self.is(i + 1, "by")
            && !self.norm(i + 2).ends_with("ing");
        noun || passive || of_follows || by_agent
    }

    /// Whether the subject at `subject` opens a that-clause starting at
    /// `start` after a fronted phrase: `that, as close neighbours, Japan
    /// and Korea should`, `that in this regard the two countries will`.
    fn after_fronted_phrase(&self, start: usize, subject: Span) -> bool {
        let Some(first) = self.first_token_of(subject) else { return false };
        first > start
            && first - start <= 12
            && (self.is(first - 1, ",") || self.is(start, "in"))
            && (start..first).all(|k| self.trigger_at(k).is_none())
    }

    /// Whether the stance trigger `id` at `i` is held under a condition:
    /// `If a Party considers that X, it may`, `hold consultations where
    /// one of the Parties considers that Y`. Such a view is no one's
    /// stated position.
    fn conditional_view(&self, i: usize, id: u32, floor: usize) -> bool {
        // (A bounded look back, within the clause: a sentence of a
        // million triggers costs a million short looks.)
        self.trigger(id).frame == Frame::That
            && (floor..i)
                .rev()
                .take(48)
                .take_while(|&k| !self.is_any(k, &[";", ":"]))
                .enumerate()
                .any(|(n, k)| {
                    self.is_any(k, &["if", "whenever", "unless"])
                        || n < 12 && self.is(k, "where")
                })
    }

    /// `at the request of`, `upon request`: an appeal verb used as a noun.
    fn appeal_noun(&self, i: usize, len: usize, sent: Range<usize>) -> bool {
        len == 1
            && (i + 1 < sent.end && self.is(i + 1, "of")
                || i > sent.start
                    && self.is_any(
                        i - 1,
                        &["upon", "on", "the", "a", "any", "such"],
                    ))
    }

    /// Whether the comma or dash at `at` closes an apposition to the
    /// sentence's subject: `We, the Leaders of the G7, condemn`.
    fn closes_apposition(&self, main: &Option<Subject>, at: usize) -> bool {
        let Some(main) = main.as_ref().filter(|m| !m.span.is_empty()) else {
            return false;
        };
        let toks = &self.toks.toks;
        let separator = |k: usize| self.is(k, ",") || self.is_spaced_dash(k);
        let first = toks.partition_point(|t| t.span.end <= main.span.start);
        let Some(open) = (first..at).find(|&k| separator(k)) else {
            return false;
        };
        open + 1 < at
            && separator(at)
            && (open + 1..at).all(|k| self.trigger_at(k).is_none())
    }

    /// `welcome(s) X to V` with an actor X right after the trigger: the
    /// token of V.
    fn welcomed_to_act(
        &self,
        c: &Cand,
        k: usize,
        end: usize,
    ) -> Option<usize> {
        if self.trigger(c.id).kind != Kind::Support
            || !self.norm(c.tok).starts_with("welcom")
        {
            return None;
        }
        let at = if self.is(k, "the") { k + 1 } else { k };
        let m = *self.mention_starting.get(at)?;
        if m == NO_MENTION {
            return None;
        }
        let m = &self.mentions[m as usize];
        let named =
            matches!(m.kind, MentionKind::Actor(_) | MentionKind::Person(_));
        (named && m.end + 1 < end && self.is(m.end, "to"))
            .then_some(m.end + 1)
            .filter(|&v| self.verb_at(v, end).is_some())
    }

    /// Whether most words of four letters or more in `range` start with a
    /// capital (`Reaffirming Our Shared Commitments`), as in a title; a
    /// line in capitals is not title case.
    fn title_case(&self, range: Range<usize>) -> bool {
        // (`strengthen the Pacific Islands Forum;` is a list item naming
        // something, not a heading.)
        let first_word =
            range.clone().find(|&k| self.toks.toks[k].kind == TokenKind::Word);
        if first_word.is_some_and(|k| !self.toks.toks[k].has(CAPITALIZED)) {
            return false;
        }
        let (mut long, mut caps) = (0, 0);
        for k in range {
            let t = &self.toks.toks[k];
            if t.kind == TokenKind::Word && t.span.len() >= 4 {
                long += 1;
                caps += usize::from(t.has(CAPITALIZED) && !t.has(ALL_CAPS));
            }
        }
        long >= 2 && caps * 4 >= long * 3
    }

    /// `Combined Task Force 153`, `the Global Support Fund`: a one-word
    /// trigger capitalized (not all in capitals) beside another
    /// capitalized word on its line is part of a name.
    pub(crate) fn inside_name(&self, i: usize, len: usize) -> bool {
        let toks = &self.toks.toks;
        let caps = |k: usize| toks[k].has(CAPITALIZED);
        if len != 1 || !caps(i) || toks[i].has(ALL_CAPS) {
            return false;
        }
        let same_line = |a: usize, b: usize| {
            !self.text.as_bytes()[toks[a].span.end..toks[b].span.start]
                .contains(&b'\n')
        };
        let left = i > 0
            && caps(i - 1)
            && same_line(i - 1, i)
            && !self.is_any(i - 1, &["\"", "we", "i"]);
        // `Welcoming Japan's decision`: an actor's name is no part of it.
        let named_actor = |k: usize| {
            self.roles(k).iter().any(|r| {
                matches!(
                    r.role,
                    Role::Actor(_) | Role::Person(_) | Role::Demonym(_)
                )
            })
        };
        let right = i + 1 < toks.len()
            && caps(i + 1)
            && same_line(i, i + 1)
            && !named_actor(i + 1);
        left || right
    }

    /// `We respect ...`, `Both sides hereby resume ...`: a bare verb right
    /// after a mention of the parties acts as its own trigger.
    /// Whether a mention of the parties (not `neither side`) starts at
    /// token `start`: what [`is_present_action`](Self::is_present_action)
    /// requires of its sentence's first token, whatever the verb.
    fn opens_with_parties(&self, start: usize) -> bool {
        let first = self.mentions.partition_point(|m| m.start < start);
        self.mentions[first..].iter().take_while(|m| m.start == start).any(
            |m| matches!(m.kind, MentionKind::Parties { negative: false }),
        )
    }

    fn is_present_action(&self, i: usize, sent: Range<usize>) -> bool {
        // `We commend X`: praise commits to nothing, nor does `We recall
        // X` (a report of a thought or of words).
        if self.toks.toks[i].has(CAPITALIZED)
            || self.verb_at(i, sent.end).is_none()
            || self.has_role(i, Role::Praise)
            || self.has_role(i, Role::Reporting)
        {
            return false;
        }
        // `I take this opportunity to call for X`: a speaker's formula;
        // the trigger after it speaks.
        if self.opportunity_formula(i) {
            return false;
        }
        // `remain committed to`, `lend our full support to`: the trigger
        // after it speaks; `extend our sincere condolences` is courtesy.
        if (i + 1..(i + 3).min(sent.end)).any(|k| self.trigger_at(k).is_some())
            || self.has_role(i, Role::Governor)
                && self.nominal_follows(i + 1, sent.end)
            || (i + 1..(i + 5).min(sent.end))
                .any(|k| self.has_role(k, Role::Praise))
        {
            return false;
        }
        let mut j = i;
        while j > sent.start
            && (self.is_adverb(j - 1)
                || self.is_any(
                    j - 1,
                    &[
                        "hereby", "also", "further", "jointly", "together",
                        "both",
                    ],
                ))
        {
            j -= 1;
        }
        // Only a sentence's own subject: `the challenges we take up` is
        // no undertaking.
        j > sent.start && self.mention_ending[j - 1] != NO_MENTION && {
            let m = &self.mentions[self.mention_ending[j - 1] as usize];
            matches!(m.kind, MentionKind::Parties { negative: false })
                && m.start == sent.start
        }
    }

    fn tentative_head(&self, head: usize) -> bool {
        self.roles(head).iter().any(|r| r.role == Role::Tentative)
    }

    fn record(
        &self,
        si: usize,
        plan: &Plan,
        kind: Kind,
        content: Range<usize>,
        firm: bool,
        tentative: bool,
    ) -> Commitment<'t> {
        let span = self.span_of(content.clone());
        let actors = self.actor_ids(&plan.subject.actors);
        let mut targets = Vec::new();
        let t_range = plan.targets_from.clone().unwrap_or(content.clone());
        for m in self.mentions_in(t_range.start..content.end.max(t_range.end))
        {
            if let MentionKind::Actor(a) | MentionKind::Person(a) = m.kind {
                // `China-Cambodia relations` names no addressee.
                let compound = m.end < self.toks.toks.len()
                    && self.toks.toks[m.end].kind == TokenKind::Dash
                    && !self.toks.toks[m.end]
                        .has(crate::text::token::SPACE_BEFORE);
                if !compound && !plan.subject.actors.contains(&a) {
                    targets.push(self.lex.actors[a as usize].id.clone());
                }
            }
        }
        targets.sort();
        targets.dedup();
        let mut topic_ids = Vec::new();
        if !content.is_empty() {
            self.matcher.topics(self.hits, content.clone(), &mut topic_ids);
        }
        let topics = topic_ids
            .into_iter()
            .map(|t| self.lex.topics[t as usize].clone())
            .collect();
        Commitment {
            paragraph: self.paragraph(si),
            sentence: self.sentence_span(si),
            actors,
            actor_text: (!plan.subject.span.is_empty())
                .then(|| Excerpt::of(self.text, plan.subject.span)),
            inherited: plan.inherited,
            kind,
            polarity: if plan.negative {
                Polarity::Negative
            } else {
                Polarity::Affirmative
            },
            strength: if firm {
                Strength::Firm
            } else if tentative {
                Strength::Tentative
            } else {
                Strength::Plain
            },
            reiterated: plan.reiterated,
            trigger: Excerpt::of(self.text, plan.trigger),
            content: Excerpt::of(self.text, span),
            targets,
            topics,
        }
    }

    fn actor_ids(&self, actors: &[u32]) -> Vec<ActorId> {
        let mut ids: Vec<ActorId> = actors
            .iter()
            .map(|&a| self.lex.actors[a as usize].id.clone())
            .collect();
        ids.sort();
        ids.dedup();
        ids
    }

    fn actor_indices(&self, ids: &[ActorId]) -> Vec<u32> {
        ids.iter().filter_map(|id| self.lex.actor_index(id.as_str())).collect()
    }

    /// Modifiers in tokens `range`: (negative, firm, tentative, reiterated).
    fn modifiers(&self, range: Range<usize>) -> (bool, bool, bool, bool) {
        let (mut neg, mut firm, mut tent, mut reit) =
            (false, false, false, false);
        for i in range {
            for r in self.roles(i) {
                match r.role {
                    Role::Negation => neg = true,
                    Role::Firm => firm = true,
                    Role::Tentative => tent = true,
                    Role::Reiteration => reit = true,
                    _ => {}
                }
            }
        }
        (neg, firm, tent, reit)
    }

    /// Decides whether candidate `c` makes records, and how.
    fn plan(
        &self,
        c: &Cand,
        sent: Range<usize>,
        main: &Option<Subject>,
        last_subject: &Option<Subject>,
        shared: Option<&Subject>,
    ) -> Option<Plan> {
        let t = self.trigger(c.id).clone();
        let trigger = self.span_of(c.tok..c.end.max(c.tok + 1));
        if t.participle && self.modifies_a_noun(c.tok, sent.start) {
            return None;
        }
        if t.frame == Frame::Nominal && self.is(c.end - 1, "of") {
            if let Some(plan) = self.owner_plan(
                c,
                &t,
                trigger,
                sent.clone(),
                main,
                last_subject,
            ) {
                return Some(plan);
            }
            // `support of` names who supports; without an owner and
            // what it backs (`in support of X`, `the full support of my
            // delegation`) it backs nothing of its own.
            if t.kind == Kind::Support {
                return None;
            }
        }
        // Who.
        // `Other Parties are encouraged to provide`: whoever the subject
        // is, it is asked, by the text's own parties.
        let passive_appeal =
            matches!(t.frame, Frame::Appeal | Frame::Directive)
                && c.end < sent.end
                && self.is(c.end, "to");
        let passive_appeal = passive_appeal
            .then(|| self.after_copula(c.tok, sent.start))
            .flatten();

        let (subject, gap_start) = if let Some(adverbs) = passive_appeal {
            // (`We are called upon to act` asks no one.)
            if self
                .mentions_in(sent.start..c.tok)
                .any(|m| matches!(m.kind, actor::MentionKind::Parties { .. }))
            {
                return None;
            }
            let parties = Subject {
                actors: self.parties.clone(),
                span: Span::default(),
                negative: false,
                resolved: true,
            };
            (parties, adverbs)
        } else if t.frame == Frame::Nominal
            // `reiterates its appeal to X to V`, `renewed our call on X
            // to V`: an appeal as a noun, governed like one.
            || matches!(t.frame, Frame::Appeal | Frame::Object)
                && t.kind == Kind::Appeal
                && c.tok > sent.start
                && self.is_any(c.tok - 1, &["its", "their", "our", "his", "her"])
        {
            let (subject, governor) = self.governor_subject(
                c.tok,
                sent.clone(),
                main,
                last_subject,
            )?;
            (subject, governor)
        } else {
            // `The Vietnamese side reiterated that it adheres to`: a
            // pronoun after the sentence's own subject stands for it.
            let at = self.toks.toks[c.tok].span.start;
            let referent = main
                .clone()
                .filter(|m| !m.span.is_empty() && m.span.end <= at)
                .or_else(|| last_subject.clone());
            match self.subject_scan_with(c.tok, sent.start, &referent) {
                actor::Scan::Found(subject, end) => (subject, end),
                actor::Scan::Conj(at) => {
                    // `X, which complements Y and supports Z`: the second
                    // verb is the relative clause's, unless it agrees with
                    // the sentence's subject and not with the clause's
                    // (`We note frameworks which address X and invite Y`).
                    let relative = self.ends_relative_clause(at, sent.start);
                    let belongs = |subject: &Subject| {
                        !relative
                            || self.agrees_with(subject, c.tok) == Some(true)
                    };
                    if let Some(subject) = shared {
                        if !belongs(subject) {
                            return None;
                        }
                        // `We support X and oppose Y`; but `Russia must
                        // comply with X, and refrain from Y` is still what
                        // another ought to do.
                        let from = self
                            .first_token_of(subject.span)
                            .unwrap_or(sent.start);
                        if self.ought_of_others(subject, from..c.tok) {
                            return None;
                        }
                        (subject.clone(), at + 1)
                    } else {
                        // `..., and will give priority to`; `, firmly
                        // supporting`; `and will continue to support`
                        if !self.continues_clause(c, &t)
                            && !self.modal_between(at, c.tok)
                            && !self.closes_apposition(main, at)
                        {
                            return None;
                        }
                        // An operative paragraph has no subject of its
                        // own: `1. Reiterates its concern over X and
                        // strongly condemns Y` is all the body's.
                        let main = main.clone().or_else(|| {
                            self.operative_sentence_body(sent.clone())
                        })?;
                        if !belongs(&main) {
                            return None;
                        }
                        // (`Russia must comply with X, and refrain from
                        // Y`: still what another ought to do.)
                        let from = self
                            .first_token_of(main.span)
                            .unwrap_or(sent.start);
                        if self.ought_of_others(&main, from..c.tok) {
                            return None;
                        }
                        (main, at + 1)
                    }
                }
                actor::Scan::Start => {
                    if t.participle {
                        // `Looking forward to X, Prime Minister Abe ...`:
                        // the subject after the opening phrase; else a
                        // preamble (`SEEKING to cooperate ...`) of the
                        // parties.
                        let subject = main
                            .clone()
                            .filter(|m| m.span.start > trigger.end)
                            .or_else(|| self.parties_subject())?;
                        (subject, sent.start)
                    } else if let Some(body) =
                        self.operative_body(c.tok, sent.start)
                    {
                        (body, sent.start)
                    } else if let Some(subject) =
                        self.dropped_subject(c.tok, last_subject)
                    {
                        (subject, sent.start)
                    } else {
                        // An imperative sentence; `analyse` gives it the
                        // actors of the agreement it continues.
                        return None;
                    }
                }
                actor::Scan::Other => return None,
            }
        };
        if !subject.resolved && subject.span.is_empty() {
            return None;
        }
        let (mut negative, mut firm, mut tentative, mut reiterated) =
            self.modifiers(gap_start..c.end);
        // `consider it necessary to`: a hedge word that only begins a
        // longer trigger is part of that trigger, not a hedge.
        tentative &= self.modifiers(gap_start..c.tok).2
            || (c.tok..c.end).any(|i| {
                self.roles(i).iter().any(|r| {
                    r.role == Role::Tentative && i + r.len as usize >= c.end
                })
            });
        negative |= subject.negative || t.negative;
        // What.
        let mut kind = t.kind;
        let mut k = c.end;
        let mut shape;
        let mut targets_from = None;
        match t.frame {
            Frame::Modal | Frame::Reported => {
                // `Russia should withdraw` in Norway's statement: what
                // another ought to do binds no one; `should` and `must`
                // bind only the text's own parties.
                if self.ought_of_others(&subject, c.tok..c.end) {
                    return None;
                }
                // `..., should it be necessary`: an inverted condition.
                if k + 1 < sent.end
                    && self.is_any(k, &["it", "there", "this", "that"])
                    && self.is(k + 1, "be")
                {
                    return None;
                }
                let mut j = k;
                let mut deadline = 0..0;
                while j < sent.end {
                    // `shall not later than 1 July 1975 eliminate`: a
                    // deadline, not a negation.
                    if j + 2 < sent.end
                        && self.is_any(j, &["not", "no"])
                        && self.is(j + 1, "later")
                        && self.is(j + 2, "than")
                    {
                        let deadline_end = (j + 3..(j + 12).min(sent.end))
                            .find(|&v| self.verb_at(v, sent.end).is_some());
                        match deadline_end {
                            Some(v) => {
                                deadline = j..v;
                                j = v;
                                continue;
                            }
                            None => break,
                        }
                    }
                    if self.is_aux_after_modal(j) {
                        j += 1;
                    } else if let Some(rl) =
                        self.role_where(j, |r| r == Role::Negation)
                    {
                        // `will no longer pursue`
                        j += rl.len as usize;
                    } else if let Some(rl) = self
                        .role_where(j, |r| r == Role::Adverb)
                        .filter(|rl| rl.len >= 2)
                    {
                        // `will in particular strengthen`
                        j += rl.len as usize;
                    } else if let Some(close) = self.aside_at(j, sent.end) {
                        // `shall, where appropriate, promote`
                        j = close + 1;
                    } else {
                        break;
                    }
                }
                if j >= sent.end {
                    return None;
                }
                // A noun `will`, a passive or a status clause; `apply`
                // is one only for a text (`This Article shall apply`),
                // not for an actor (`The Parties shall apply measures`).
                // `will grow stronger still`: a change of state, foretold.
                let grows = j + 1 < sent.end
                    && self.is_any(j, &["grow", "get"])
                    && (self.norm(j + 1).ends_with("er")
                        || self.is(j + 1, "more"));
                // (`The Conference shall consist of X`, `shall constitute
                // an integral part`: what a body or a text is.)
                let status = self.is_any(
                    j,
                    &["be", "been", "enter", "become", "remain", "consist"],
                ) || self.is(j, "constitute")
                    && !self.is(j + 1, "a")
                    || grows
                    || self.is(j, "apply") && subject.actors.is_empty();
                if status && self.trigger_at(j + 1).is_none() {
                    return None;
                }
                // `will continue to (firmly) support`: look past `continue
                // to` and manner adverbs; the inner trigger speaks.
                if j + 2 < sent.end
                    && self.is_any(j, &["continue", "remain"])
                    && self.is(j + 1, "to")
                {
                    let mut v = j + 2;
                    while v < sent.end && self.is_adverb(v) {
                        v += 1;
                    }
                    if v < sent.end && self.trigger_at(v).is_some() {
                        return None;
                    }
                }
                if let Some((id, len)) = self.trigger_at(j) {
                    // `will support`: the inner trigger speaks, unless it
                    // states a position with no clause after it (`shall
                    // declare and issue an order`).
                    let after = j + len;
                    let clause_follows = after < sent.end
                        && (self.is(after, "that")
                            || self
                                .roles(after)
                                .iter()
                                .any(|r| r.role == Role::Stance));
                    let stance = matches!(
                        self.trigger(id).frame,
                        Frame::That | Frame::Stance
                    );
                    if !stance || clause_follows {
                        return None;
                    }
                }
                if self.verb_at(j, sent.end).is_none()
                    && !self.has_role(j, Role::Verb)
                    && !self.looks_like_verb(j)
                {
                    return None;
                }
                let (mut n, f, te, r) = self.modifiers(k..j);
                if !deadline.is_empty() {
                    n = self.modifiers(k..deadline.start).0
                        || self.modifiers(deadline.end..j).0;
                }
                // `will not hesitate to take measures`: a double negation.
                if n && j + 2 < sent.end
                    && self.is(j, "hesitate")
                    && self.is(j + 1, "to")
                {
                    n = false;
                    j += 2;
                }
                negative |= n;
                firm |= f;
                tentative |= te;
                reiterated |= r;
                k = j;
                shape = Shape::Actions { to_ok: false };
            }
            Frame::Verb => {
                let j =
                    self.skip_adverbs(k, sent.end, &mut firm, &mut negative);
                // `agreed to refrain from X`: a negated action. (Its
                // content keeps `refrain from`: that is the action's verb.)
                if let Some((id, _)) = self.trigger_at(j) {
                    if self.trigger(id).negative {
                        negative = true;
                    }
                }
                k = j;
                // `the goals agreed to at the Millennium Summit`: no
                // action follows.
                if k < sent.end
                    && self.is(c.end - 1, "to")
                    && self.is_any(
                        k,
                        &[
                            "at", "in", "on", "by", "during", "under",
                            "within", "since", "upon",
                        ],
                    )
                {
                    return None;
                }
                // `agreed to the adherence to X`: the inner trigger
                // speaks; `committed to supporting X` is an action.
                if k < sent.end
                    && self.trigger_at(k).is_some_and(|(id, _)| {
                        let inner = self.trigger(id);
                        // After `to`, a verb of backing or opposing is the
                        // action: `committed to support in-principle X`.
                        let after_to = self.is(c.end - 1, "to");
                        inner.kind != Kind::Position
                            && !inner.frame.is_modal()
                            && !(after_to
                                && (inner.participle
                                    || inner.frame == Frame::Object))
                    })
                    && self.verb_at(k, sent.end).is_none()
                {
                    return None;
                }
                let to_ok = self.norm(c.end - 1) == "to";
                shape = Shape::Actions { to_ok };
            }
            Frame::Object | Frame::Nominal => {
                // `Such support should be intended for X`, `Military
                // support will be provided`: a noun, the subject of a
                // verb of its own.
                if t.frame == Frame::Object
                    && k < sent.end
                    && (self.is_any(k, MODALS)
                        || self.is_any(k, &["is", "was", "has", "had"]))
                {
                    return None;
                }
                let mut j =
                    self.skip_adverbs(k, sent.end, &mut firm, &mut negative);
                // `reaffirmed resolute support to`: the noun speaks; but
                // in `supports Mongolia's commitment to`, the support
                // is the record (the owner's commitment is reported).
                let backs_owner =
                    matches!(t.kind, Kind::Support | Kind::Opposition)
                        && self.owner_end(j, sent.end).is_some();
                // (`welcomed the endorsement of X`: the noun is the object;
                // see `governor_subject`.)
                let backs_noun =
                    matches!(t.kind, Kind::Support | Kind::Opposition)
                        && j == c.end
                        && j + 1 < sent.end
                        && self.is_any(j, &["the", "a", "an"]);
                if t.frame == Frame::Object
                    && !backs_owner
                    && !backs_noun
                    && self.nominal_follows(j, sent.end)
                {
                    return None;
                }
                if t.frame == Frame::Nominal {
                    // `belief that`, `recognition that` end in `that`.
                    if self.is(c.end - 1, "that") {
                        shape = Shape::Clause;
                    } else {
                        let prep = self.norm(c.end - 1);
                        shape = Shape::Objects { prep: static_prep(prep) };
                    }
                    // `the commitment of the Member States of X to the
                    // objectives of Y`: what is committed to follows the
                    // owner's `to` (an owner that is one mention is
                    // `owner_plan`'s).
                    if self.is(c.end - 1, "of") && t.kind == Kind::Undertaking
                    {
                        let to = (j..sent.end.min(j + 16))
                            .take_while(|&k| {
                                !self.is_any(k, &[",", ";", ":", "."])
                                    && self.trigger_at(k).is_none()
                            })
                            .find(|&k| self.is(k, "to"));
                        if let Some(to) = to.filter(|&to| to > j) {
                            j = to + 1;
                            shape = if self.verb_at(j, sent.end).is_some() {
                                Shape::Actions { to_ok: true }
                            } else {
                                Shape::Objects { prep: Some("to") }
                            };
                        }
                    }
                    if self.is(c.end - 1, "to") {
                        // `commitment to refrain from X`: negated, as
                        // after `agreed to`.
                        if let Some((id, _)) = self.trigger_at(j) {
                            if self.trigger(id).negative {
                                negative = true;
                            }
                        }
                        if self.verb_at(j, sent.end).is_some() {
                            shape = Shape::Actions { to_ok: true };
                        }
                    }
                } else {
                    shape = Shape::Objects {
                        prep: static_prep(self.norm(c.end - 1)),
                    };
                }
                while j < sent.end && self.is_any(j, &[":", "\""]) {
                    j += 1;
                }
                // `support to and solidarity with X`: two nouns, one object.
                if t.frame == Frame::Nominal
                    && j + 1 < sent.end
                    && self.is(j, "and")
                {
                    if let Some((id, len)) = self.trigger_at(j + 1) {
                        if self.trigger(id).frame == Frame::Nominal {
                            j += 1 + len;
                        }
                    }
                }
                k = j;
                if k >= sent.end || self.is_any(k, &[".", ";", ",", "to"]) {
                    return None;
                }
                // `As the Allies reaffirmed in the 2021 Communique, ...`:
                // a verb followed by a place or time has no object here.
                if t.frame == Frame::Object
                    && self.is_any(k, &["in", "at", "during"])
                {
                    return None;
                }
                // `welcomes Pakistan to join X`: an invitation to act is
                // an appeal to the one welcomed.
                if let Some(v) = self.welcomed_to_act(c, k, sent.end) {
                    kind = Kind::Appeal;
                    targets_from = Some(k..v);
                    k = v;
                    shape = Shape::Actions { to_ok: true };
                }
            }
            Frame::Appeal | Frame::Directive => {
                // `its task for our people`, `the tasks of`: a noun.
                if t.frame == Frame::Directive
                    && c.tok > sent.start
                    && self.is_determiner(c.tok - 1)
                {
                    return None;
                }
                // `call on X to V`: the content is V; X is the addressee.
                // A directive names its addressee right away: `instruct
                // our ministers to`.
                let (reach, stops): (usize, &[&str]) =
                    if t.frame == Frame::Directive {
                        (12, &[";", ".", ",", ":"])
                    } else {
                        (25, &[";", "."])
                    };
                let mut to = None;
                for j in k..sent.end.min(k + reach) {
                    if self.is_any(j, stops) {
                        break;
                    }
                    if self.is(j, "to") && j + 1 < sent.end {
                        let mut v = j + 1;
                        let mut dummy = false;
                        let mut dummy2 = false;
                        v = self.skip_adverbs(
                            v,
                            sent.end,
                            &mut dummy,
                            &mut dummy2,
                        );
                        if v < sent.end
                            && (self.verb_at(v, sent.end).is_some()
                                || self.looks_like_verb(v))
                        {
                            to = Some((j, v));
                            break;
                        }
                    }
                }
                // The addressee is someone: a mention or an addressee word;
                // not an owner's effort (`encouraged Japan's efforts in
                // enhancing its capacity to respond`).
                let owned = self.owner_end(k, sent.end).is_some();
                let to = to.filter(|&(j, _)| {
                    let addressee_word = |m: usize| {
                        self.roles(m).iter().any(|r| r.role == Role::Addressee)
                    };
                    let effort = owned && !(k..j).any(addressee_word);
                    !effort
                        && (k..j).any(|m| {
                            self.mention_starting[m] != NO_MENTION
                                || self
                                    .roles(m)
                                    .iter()
                                    .any(|r| r.role == Role::Addressee)
                                || self.toks.toks[m].has(CAPITALIZED)
                        })
                });
                // `invited President X to visit China`: an invitation
                // to visit commits to nothing; but `calls on the parties
                // to attend the talks` asks them to act.
                let visit = |v: usize| self.is_any(v, VISIT_VERBS);
                // (`invite Ministers to`, `ask Ministers to`: asked, not
                // told.)
                let asked = ["invit", "ask"]
                    .iter()
                    .any(|w| self.norm(c.tok).starts_with(w));
                if asked && to.is_some_and(|(_, v)| visit(v)) {
                    return None;
                }
                if passive_appeal.is_some() {
                    let v = self.skip_adverbs(
                        k + 1,
                        sent.end,
                        &mut firm,
                        &mut negative,
                    );
                    // After `to` a verb of the lexicon is one whatever
                    // follows it (`to invest in`), unlike in `verb_at`'s
                    // noun lists (`directed to military assistance`).
                    let verb = v < sent.end && self.is_lexicon_verb(v);
                    if !verb || visit(v) {
                        return None;
                    }
                    // The addressee is the sentence's subject.
                    targets_from = Some(sent.start..c.tok);
                    k = v;
                    shape = Shape::Actions { to_ok: true };
                    kind = Kind::Appeal;
                } else if let Some((j, v)) = to {
                    // `urge China not to provide`: what is asked is not
                    // to act.
                    if self.is_any(j - 1, &["not", "never"]) {
                        negative = true;
                    }
                    targets_from = Some(k..j);
                    // `The presidents directed both sides to draft X`:
                    // asking themselves, the actors undertake it.
                    // (Not `urge the two sides to`, which in an appeal
                    // are those of a conflict.)
                    let themselves = t.frame == Frame::Directive
                        && !asked
                        && self.mention_starting[k] != NO_MENTION
                        && self.mentions[self.mention_starting[k] as usize]
                            .end
                            == j
                        && matches!(
                            self.mentions[self.mention_starting[k] as usize]
                                .kind,
                            actor::MentionKind::Parties { negative: false }
                        );
                    kind = if themselves && !self.is(k, "each") {
                        Kind::Undertaking
                    } else {
                        Kind::Appeal
                    };
                    k = v;
                    shape = Shape::Actions { to_ok: true };
                } else if t.frame == Frame::Directive {
                    return None;
                } else if self.norm(c.tok).starts_with("call")
                    && self.is_any(c.end - 1, &["on", "upon"])
                    && (self.mention_starting[k] != NO_MENTION
                        || self.titled[k]
                        || self.is(k, "the") && self.titled[k + 1])
                {
                    // `called on President X`: a courtesy call, a visit.
                    return None;
                } else {
                    k = self.skip_adverbs(
                        k,
                        sent.end,
                        &mut firm,
                        &mut negative,
                    );
                    shape = Shape::Objects { prep: None };
                }
            }
            Frame::That | Frame::Stance => {
                let mut j = k;
                if j < sent.end && self.is(j, "that") {
                    j += 1;
                } else if self.is(k - 1, "that") {
                    // `considered that`, `held that`: the trigger holds
                    // its `that` (the verbs alone mean something else).
                } else if j + 1 < sent.end
                    && self.is(j, "there")
                    && self.is_any(j + 1, &["is", "are", "was", "were"])
                {
                    // `recognizing there is no one-size-fits-all
                    // approach`: a clause without `that`.
                } else if j > 0 && self.is(j - 1, "to") {
                    // `consider it necessary to V`: the trigger carries
                    // its own stance; the action follows.
                } else if let Some(rl) =
                    self.role_where(j, |r| r == Role::Stance)
                {
                    j += rl.len as usize;
                } else if t.frame == Frame::Stance {
                    // `emphasize` + noun
                    if j >= sent.end
                        || self.is_any(j, &[",", ".", ";", "to", "and"])
                    {
                        return None;
                    }
                    // `underscore our commitment to`: the noun speaks.
                    if self.nominal_follows(j, sent.end) {
                        return None;
                    }
                } else {
                    return None;
                }
                while j < sent.end && self.is_any(j, &[",", "\""]) {
                    j += 1;
                }
                k = j;
                shape = Shape::Clause;
                // Stance nouns ending in `to` take an action; those ending
                // in `of` or `for` take objects, which split where the
                // preposition repeats (`the importance of X, and of Y`).
                if j > 0 && self.is(j - 1, "to") {
                    shape = Shape::Actions { to_ok: true };
                } else if j > 0 && self.is_any(j - 1, &["of", "for"]) {
                    shape =
                        Shape::Objects { prep: static_prep(self.norm(j - 1)) };
                }
            }
        }
        if k >= sent.end
            || k + 1 < sent.end
                && self.is(k, "the")
                && self.is(k + 1, "following")
        {
            return None;
        }
        // Named before the sentence: the body adopting an operative
        // paragraph.
        let inherited = !subject.span.is_empty()
            && subject.span.end <= self.toks.toks[sent.start].span.start;
        Some(Plan {
            subject,
            kind,
            content_start: k,
            shape,
            negative,
            firm,
            tentative,
            reiterated,
            inherited,
            trigger,
            targets_from,
        })
    }

    /// `the firm commitment of the RNG to support X`, `the commitment of
    /// the two Parties to resume Y`: the owner after `of` commits, to
    /// the action after `to`; when that action is itself a support or
    /// opposition verb, it gives the kind.
    fn owner_plan(
        &self,
        c: &Cand,
        t: &Trigger,
        trigger: Span,
        sent: Range<usize>,
        main: &Option<Subject>,
        last_subject: &Option<Subject>,
    ) -> Option<Plan> {
        let mut at = c.end;
        if at < sent.end
            && self.is(at, "the")
            && self.mention_starting[at] == NO_MENTION
        {
            at += 1;
        }
        let m = self.mentions.get(*self.mention_starting.get(at)? as usize)?;
        let to = m.end;
        // (`the support of the Forum for Australia's bid`: what is backed
        // follows the owner's `for`.)
        let backs = t.kind == Kind::Support && self.is_any(to, &["for", "to"]);
        if to + 1 >= sent.end || !self.is(to, "to") && !backs {
            return None;
        }
        let subject = self.mention_subject(m, last_subject)?;
        // The governing verb still says how: `reiterated the firm`.
        let gap_start = self
            .governor_subject(c.tok, sent.clone(), main, last_subject)
            .map_or(c.tok, |(_, g)| g);
        let (mut negative, mut firm, tentative, reiterated) =
            self.modifiers(gap_start..c.end);
        negative |= t.negative;
        let mut k =
            self.skip_adverbs(to + 1, sent.end, &mut firm, &mut negative);
        let mut kind = t.kind;
        let mut shape = if backs {
            Shape::Objects { prep: static_prep(self.norm(to)) }
        } else {
            Shape::Actions { to_ok: true }
        };
        if let Some((id, len)) = self.trigger_at(k).filter(|_| !backs) {
            let inner = self.trigger(id);
            if inner.frame == Frame::Object {
                kind = inner.kind;
                negative |= inner.negative;
                shape = Shape::Objects { prep: None };
                k = self.skip_adverbs(
                    k + len,
                    sent.end,
                    &mut firm,
                    &mut negative,
                );
            }
        }
        // An action after `to`, or the object of a support verb; not
        // `the commitment of X to peace`.
        let supports = matches!(shape, Shape::Objects { .. });
        if k >= sent.end || !supports && self.verb_at(k, sent.end).is_none() {
            return None;
        }
        Some(Plan {
            subject,
            kind,
            content_start: k,
            shape,
            negative,
            firm,
            tentative,
            reiterated,
            inherited: false,
            trigger,
            targets_from: None,
        })
    }

    /// Whether a nominal trigger follows `j` after at most a few
    /// determiners and adjectives (`their resolute commitment to`).
    pub(super) fn nominal_follows(&self, j: usize, end: usize) -> bool {
        // An owner first: `reaffirmed Japan's support for`.
        let j = self.owner_end(j, end).unwrap_or(j);
        let mut m = j;
        // (`our long-standing and unwavering support`; `united in our
        // support`, `firm in our resolve`.)
        loop {
            while m < end
                && m < j + 6
                && (self.is_attributive(m)
                    || m > j
                        && self.is_any(m, &["and", ","])
                        && self.is_attributive(m - 1)
                        && m + 1 < end
                        && self.is_attributive(m + 1))
            {
                m += 1;
            }
            let adjective_in = m > j
                && m + 1 < end
                && self.is(m, "in")
                && self.is_determiner(m + 1);
            if !adjective_in {
                break;
            }
            m += 1;
        }
        // (`reaffirmed their call on X to V`: an appeal made again.)
        let owned = m > j
            && self.is_any(m - 1, &["their", "its", "our", "his", "her"]);
        m < end
            && self.trigger_at(m).is_some_and(|(id, _)| {
                let frame = self.trigger(id).frame;
                frame == Frame::Nominal || owned && frame == Frame::Appeal
            })
    }

    /// If an owner's mention starts at `j` (`Japan's`), the token after
    /// its `'s`; or, for a name used as an adjective before a nominal
    /// trigger (`U.S. support for`), the token after the name.
    fn owner_end(&self, start: usize, end: usize) -> Option<usize> {
        let j = if start + 1 < end && self.is(start, "the") {
            start + 1
        } else {
            start
        };
        let at = *self.mention_starting.get(j)?;
        if at == NO_MENTION {
            return None;
        }
        let mut e = self.mentions[at as usize].end;
        // `Australia and India's joint commitment`: owners coordinated.
        if e + 1 < end && self.is(e, "and") {
            let next = self.mention_starting.get(e + 1).copied();
            if let Some(n) = next.filter(|&n| n != NO_MENTION) {
                e = self.mentions[n as usize].end;
            }
        }
        // (`the United States' commitment`: a bare apostrophe. A mention
        // may end the text: look only inside `end`.)
        let possessive = e + 1 < end
            && (self.is(e, "'s")
                || self.is(e, "\"") && self.norm(e - 1).ends_with('s'));
        if possessive {
            return Some(e + 1);
        }
        // (Not after `the`: `the G20 commitment` is not the G20's here.)
        let attributive = j == start
            && matches!(
                self.mentions[at as usize].kind,
                MentionKind::Actor(_)
            )
            && e < end
            && self.trigger_at(e).is_some_and(|(id, _)| {
                self.trigger(id).frame == Frame::Nominal
            });
        attributive.then_some(e)
    }

    /// A word that may stand between a verb and the noun it governs:
    /// a determiner, an adjective of the closed list, or any lower-case
    /// word joined by an inner dash (`their iron-clad commitment`,
    /// `its long-standing support`) or followed by one.
    fn is_attributive(&self, m: usize) -> bool {
        let joined = |k: usize| {
            self.toks.toks.get(k).is_some_and(|t| t.kind == TokenKind::Dash)
                && !self.is_spaced_dash(k)
        };
        self.is_det_or_adj(m)
            || joined(m)
            || self.toks.toks[m].kind == TokenKind::Word
                && !self.toks.toks[m].has(CAPITALIZED)
                && (joined(m + 1) || m > 0 && joined(m - 1))
    }

    fn is_aux_after_modal(&self, j: usize) -> bool {
        self.is_adverb(j)
            || self.is_any(
                j,
                &[
                    "not", "never", "also", "further", "jointly", "both",
                    "all", "together", "still", "now",
                ],
            )
            || self.has_role(j, Role::Negation)
            || self.has_role(j, Role::Firm) && self.norm(j).ends_with("ly")
    }

    /// A lower-case word that is probably a verb even though no lexicon
    /// lists it: not a determiner, preposition, pronoun or punctuation.
    fn looks_like_verb(&self, j: usize) -> bool {
        let Some(t) = self.toks.toks.get(j) else { return false };
        t.kind == TokenKind::Word
            && !t.has(CAPITALIZED)
            && !self.is_any(
                j,
                &[
                    "the", "a", "an", "of", "on", "in", "to", "for", "with",
                    "by", "and", "or", "that", "this", "these", "those",
                    "its", "their", "our", "his", "her", "be", "as", "at",
                    "from", "is", "are",
                ],
            )
            && !self.norm(j).ends_with("ing")
    }

    /// The subject of a sentence that opens with a finite trigger and no
    /// subject, as declarations translated from Spanish or Portuguese
    /// run (`CELAC met in Mexico City. Reaffirms its commitment to X.`,
    /// `Ratified that Y`): the last subject named.
    fn dropped_subject(
        &self,
        tok: usize,
        last_subject: &Option<Subject>,
    ) -> Option<Subject> {
        let w = self.norm(tok);
        // (Not `Express`, `Various`: words that only end in `s`.)
        let finite =
            self.finite_form(tok) && !w.ends_with("ss") && !w.ends_with("us");
        if !finite || !self.toks.toks[tok].has(CAPITALIZED) {
            return None;
        }
        // (Not the parties a title names when no one has been named: an
        // operative paragraph without its body's line names no one; but a
        // treaty preamble's `Resolved to`, `Convinced that` right under
        // its title is the parties'.)
        let Some(last) = last_subject
            .clone()
            .filter(|s| s.resolved && !s.actors.is_empty())
        else {
            return self.parties_subject().filter(|_| w.ends_with("ed"));
        };
        // One of the parties named last (`The Republic of Albania and the
        // EFTA States ... DETERMINED to`): such declarations speak for
        // all of them.
        if last.actors.iter().all(|a| self.parties.contains(a)) {
            return self.parties_subject().map(|mut s| {
                s.span = last.span;
                s
            });
        }
        Some(last)
    }

    /// Whether `should` or `must` in `range` says what someone other
    /// than the text's own parties ought to do: that binds no one.
    fn ought_of_others(&self, subject: &Subject, range: Range<usize>) -> bool {
        // (`The international community must act`, `Our faiths should`:
        // a subject no lexicon resolves is someone else too, once the
        // text's own parties are known; but `Developing country Parties
        // should` of a treaty are some of its own.)
        let some_parties = || {
            self.last_token_of(subject.span).is_some_and(|k| {
                self.is_any(k, &["parties", "party", "participants"])
            })
        };
        let others = !self.parties.is_empty()
            && (!subject.resolved && !some_parties()
                || subject.actors.iter().any(|a| !self.parties.contains(a)));
        others
            && range.into_iter().any(|k| self.is_any(k, &["should", "must"]))
    }

    /// If a manner phrase of several words (`once again`, `in
    /// particular`) ends at `j`, where it starts.
    pub(crate) fn adverb_phrase_ending_at(
        &self,
        j: usize,
        floor: usize,
    ) -> Option<usize> {
        (2..=4).filter(|&len| j + 1 >= floor + len).find_map(|len| {
            let start = j + 1 - len;
            self.roles(start)
                .iter()
                .any(|r| r.role == Role::Adverb && r.len as usize == len)
                .then_some(start)
        })
    }

    /// Whether a verb of the lexicon starts at `i`, whatever follows.
    pub(crate) fn is_lexicon_verb(&self, i: usize) -> bool {
        self.roles(i).iter().any(|r| {
            matches!(
                r.role,
                Role::Verb | Role::NounLikeVerb | Role::PhrasalVerb
            )
        })
    }

    /// If a form of `be` and adverbs come right before `tok` (the
    /// trigger is a passive participle: `are strongly encouraged to`),
    /// where the adverbs start.
    fn after_copula(&self, tok: usize, floor: usize) -> Option<usize> {
        let mut j = tok;
        while j > floor && self.is_adverb(j - 1) {
            j -= 1;
        }
        (j > floor
            && self.is_any(j - 1, &["is", "are", "was", "were", "be", "been"]))
        .then_some(j)
    }

    /// A dash with space before it (` – `), which sets off a phrase as a
    /// comma does, unlike the dash of `China-Cambodia`.
    pub(crate) fn is_spaced_dash(&self, k: usize) -> bool {
        let t = &self.toks.toks[k];
        t.kind == TokenKind::Dash && t.has(crate::text::token::SPACE_BEFORE)
    }

    /// An article or a possessive: `the`, `a`, `our`, `their` ...
    pub(crate) fn is_determiner(&self, i: usize) -> bool {
        matches!(
            self.toks.norm_bytes(i),
            b"the"
                | b"a"
                | b"an"
                | b"its"
                | b"our"
                | b"their"
                | b"his"
                | b"her"
        )
    }

    /// Whether token `i` stands where a noun does: after a determiner, or
    /// after a determiner and an intensifier (`their steadfast resolve`,
    /// `our strong shared interest`), not before `floor`.
    pub(crate) fn after_determiner(&self, i: usize, floor: usize) -> bool {
        i > floor && self.is_determiner(i - 1)
            || i > floor + 1
                && self.is_determiner(i - 2)
                && self.has_role(i - 1, Role::Firm)
    }

    /// A determiner, or an adjective or adverb that may stand between a
    /// determiner and a nominal trigger (`their full and unwavering`).
    pub(super) fn is_det_or_adj(&self, i: usize) -> bool {
        self.is_determiner(i)
            || matches!(
                self.toks.norm_bytes(i),
                b"full"
                    | b"absolute"
                    | b"categorical"
                    | b"complete"
                    | b"total"
                    | b"warm"
                    | b"continued"
                    | b"steady"
                    | b"unwavering"
                    | b"strong"
                    | b"firm"
                    | b"resolute"
                    | b"deep"
                    | b"deepest"
                    | b"serious"
                    | b"grave"
                    | b"sincere"
                    | b"unequivocal"
                    | b"shared"
                    | b"common"
                    | b"joint"
                    | b"mutual"
                    | b"united"
            )
            || self.roles(i).iter().any(|r| r.role == Role::Firm)
            || self.is_adverb(i)
    }

    /// Skips manner adverbs and `to` after a trigger, noting modifiers.
    fn skip_adverbs(
        &self,
        mut j: usize,
        end: usize,
        firm: &mut bool,
        negative: &mut bool,
    ) -> usize {
        while j < end {
            if let Some(rl) = self.role_where(j, |r| r == Role::Negation) {
                *negative = true;
                j += rl.len as usize;
            } else if self.is_adverb(j) || self.has_role(j, Role::Adverb) {
                if self.roles(j).iter().any(|r| r.role == Role::Firm) {
                    *firm = true;
                }
                j += 1;
            } else if self.has_role(j, Role::Firm)
                && self.norm(j).ends_with("ly")
            {
                *firm = true;
                j += 1;
            } else if let Some(rl) = self
                .role_where(j, |r| matches!(r, Role::Firm | Role::Adverb))
                .filter(|rl| rl.len >= 2)
            {
                // A manner phrase: `in the strongest terms`.
                *firm |= rl.role == Role::Firm;
                j += rl.len as usize;
            } else {
                break;
            }
        }
        j
    }

    /// The end of a condition that opens the sentence `range` (`If ...,`,
    /// `Where ...,`, `Before ...,`, `In the event that ...,`): the token
    /// after its comma.
    fn condition_end(&self, range: Range<usize>) -> Option<usize> {
        // (`But if ...,`, `And when ...,`.)
        let first = if self.is_any(range.start, &["but", "and", "so", "yet"]) {
            range.start + 1
        } else {
            range.start
        };
        if first >= range.end {
            return None;
        }
        // (A time clause sets a condition too: `Before either Party
        // commits itself to X, it shall notify`.)
        let opens = self.is_any(
            first,
            &["if", "where", "whenever", "unless", "before", "when"],
        ) || (self.is(first, "in")
            && first + 1 < range.end
            && self.is_any(first + 1, &["case", "the"])
            && (first + 2..range.end.min(first + 4))
                .any(|k| self.is(k, "event") || self.is(k, "that")));
        if !opens {
            return None;
        }
        let mut depth = 0i32;
        let comma = (first + 1..range.end).find(|&k| {
            match self.norm(k) {
                "(" => depth += 1,
                ")" => depth -= 1,
                _ => {}
            }
            depth == 0 && self.is(k, ",")
        })?;
        Some(comma + 1)
    }

    /// Whether the present-tense verb at `verb` agrees with `subject` in
    /// number (`we invite`, `the Partnership supports`); `None` for a
    /// modal or a past tense, which agree with any subject.
    fn agrees_with(&self, subject: &Subject, verb: usize) -> Option<bool> {
        let word = self.norm(verb);
        if self.is_any(verb, MODALS) || word.ends_with("ed") {
            return None;
        }
        let third_singular = word.ends_with('s') && !word.ends_with("ss");
        let plural = subject.actors.len() > 1
            || self
                .first_token_of(subject.span)
                .is_some_and(|f| self.is_any(f, &["we", "they", "i", "you"]));
        Some(third_singular != plural)
    }

    /// Whether the conjunction at `at` continues a relative clause
    /// (`, which complements Y and`, `countries who are champions of Y
    /// and`).
    fn ends_relative_clause(&self, at: usize, floor: usize) -> bool {
        if !self.is_any(at, &["and", "or"]) {
            return false;
        }
        // (A bounded look back: a relative clause of more than 48 words
        // is not one, and a sentence of a million `and`s stays linear.)
        let lo = at.saturating_sub(48).max(floor);
        let opening = (lo..at)
            .rev()
            .find(|&k| self.is_any(k, &[",", ";", ":"]))
            .map_or(lo, |k| k + 1);
        // (A comma closes the clause instead: `Morocco, which has
        // ratified it, calls on`; and so does a predicate of the
        // sentence's own: `The leaders who met in Paris agreed to X and
        // support Y`.)
        let relative =
            (opening..at).rev().find(|&k| self.is_any(k, &["which", "who"]));
        relative.is_some_and(|r| {
            // (The clause's own modal comes first: `which will
            // strengthen X and support Y`.)
            !(r + 2..at).any(|k| self.trigger_at(k).is_some())
        })
    }

    /// Whether an addressee and `to` follow the appeal trigger `c`
    /// closely (`invite them to`, `call on all parties to`).
    fn appeal_follows(&self, c: &Cand) -> bool {
        let n = self.toks.toks.len();
        (c.end..n.min(c.end + 6)).any(|k| {
            self.is(k, "to")
                && k > c.end
                && (c.end..k).any(|m| {
                    self.mention_starting[m] != NO_MENTION
                        || self
                            .roles(m)
                            .iter()
                            .any(|r| r.role == Role::Addressee)
                })
        })
    }

    /// Whether the participle trigger at `tok` modifies the noun before
    /// it (`the Resolution emphasizing X, and reaffirming Y`): what the
    /// resolution says, not the actors.
    fn modifies_a_noun(&self, tok: usize, floor: usize) -> bool {
        // (A text's noun, or a name or number no lexicon knows: `the
        // Declaration`, `Resolution A/RES/75/239`; not `are`, `including`
        // or an actor: `the two leaders reaffirming`.)
        let after_noun = |k: usize| {
            k > floor + 1 && {
                let prev = &self.toks.toks[k - 1];
                let name =
                    matches!(prev.kind, TokenKind::Word | TokenKind::Number)
                        && prev.has(CAPITALIZED)
                        && !prev.has(crate::text::token::ALL_CAPS)
                        || prev.kind == TokenKind::Number;
                (self.has_role(k - 1, Role::Thing) || name)
                    && self.trigger_at(k - 1).is_none()
                    && self.mention_ending[k - 1] == NO_MENTION
                    && !self.titled[k - 1]
            }
        };
        if after_noun(tok) {
            return true;
        }
        // (A later participle of the same noun: `, and reaffirming`.)
        if tok > floor + 1 && self.is(tok - 1, "and") {
            let earlier = (tok.saturating_sub(40).max(floor)..tok - 1)
                .rev()
                .find(|&k| {
                    self.trigger_at(k)
                        .is_some_and(|(id, _)| self.trigger(id).participle)
                });
            return earlier.is_some_and(after_noun);
        }
        false
    }

    /// Whether token `i` has the ending of a finite verb of a text's
    /// actors: third person `-s` or past `-ed` (`reaffirms`, `expressed`),
    /// not a bare form after a subject it agrees with.
    pub(crate) fn finite_form(&self, i: usize) -> bool {
        let w = self.norm(i);
        w.ends_with('s') || w.ends_with("ed")
    }

    /// Whether `take this opportunity to` (or `use the opportunity to`)
    /// starts at `i`.
    pub(crate) fn opportunity_formula(&self, i: usize) -> bool {
        self.is_any(i, &["take", "takes", "use", "seize"])
            && self.is_any(i + 1, &["this", "the"])
            && self.is(i + 2, "opportunity")
            && self.is(i + 3, "to")
    }

    /// If a short aside between commas starts at `j` (`, where
    /// appropriate,`, `, as appropriate,`, `, in accordance with Article
    /// 3,`), the token of its closing comma.
    fn aside_at(&self, j: usize, end: usize) -> Option<usize> {
        if !self.is(j, ",")
            || !self
                .is_any(j + 1, &["where", "as", "when", "if", "in", "inter"])
        {
            return None;
        }
        (j + 2..(j + 10).min(end)).find(|&k| self.is(k, ","))
    }

    /// Whether a trigger after `and` or a comma starts a predicate of the
    /// sentence's subject (`and will give priority`, `, firmly
    /// supporting`) rather than a conjunct of an earlier action.
    fn continues_clause(&self, c: &Cand, t: &Trigger) -> bool {
        if t.participle {
            return true;
        }
        if t.frame.is_modal() {
            return true;
        }
        // `We work with X and invite them to V`: asking others is a
        // predicate of its own, not one more action.
        if t.frame.asks_others() && self.appeal_follows(c) {
            return true;
        }
        // A base form (`support`) after `and` is a coordinated action,
        // which the conjunct splitter handles.
        let base = self.roles(c.tok).iter().any(|r| {
            matches!(r.role, Role::Verb | Role::NounLikeVerb) && r.len == 1
        });
        !base
    }

    /// Where the content of `plan` must stop: before the next trigger that
    /// starts a predicate of its own, or at the end of the sentence.
    ///
    /// Also returns the token of a second predicate of the same subject
    /// (see [`second_predicate`](Self::second_predicate)) that ends it.
    /// Where a new clause with its own subject starts inside the
    /// content `start..end`: `welcome X, and we commend Y`, `strive to
    /// respect it, but that commitment ...`. Looks at a bounded stretch,
    /// so that a long content costs no more than its first tokens.
    fn new_clause(&self, start: usize, end: usize) -> Option<usize> {
        let stop = end.min(start + 256);
        (start + 1..stop)
            .find(|&k| {
                // `, but we ...` always; not `not (only) X, but (also) Y`.
                if self.is(k, "but") && self.is(k - 1, ",") {
                    let subject = k + 1 < stop
                        && self.is_any(k + 1, &["we", "they", "i"]);
                    let correlative = k + 1 < stop && self.is(k + 1, "also")
                        || (start..k).any(|j| self.is(j, "not"));
                    return subject || !correlative;
                }
                if !self.is_any(k, &["and", ";"]) {
                    return false;
                }
                let mut s = k + 1;
                if s < stop && self.is(k, ";") && self.is(s, "and") {
                    s += 1;
                }
                // (`welcomed X; it called on Y`: `it` only after a
                // semicolon, not in `and it`.)
                s + 1 < stop
                    && (self.is_any(s, &["we", "they", "i"])
                        || self.is(k, ";") && self.is(s, "it"))
                    && self.toks.toks[s + 1].kind == TokenKind::Word
            })
            .map(|k| if self.is(k - 1, ",") { k - 1 } else { k })
    }

    /// If the nominal trigger at `tok` hangs from a finite governor right
    /// after `and` or `;` inside `plan`'s content (`X and reaffirmed their
    /// support for Y`), where that separator is.
    fn governed_after_and(&self, tok: usize, plan: &Plan) -> Option<usize> {
        let mut g = tok;
        while g > plan.content_start + 2 && self.is_det_or_adj(g - 1) {
            g -= 1;
        }
        let finite = self.finite_form(g.checked_sub(1)?);
        // The governor phrase ending before `g` (`reaffirmed`, `re-affirmed`).
        let governor = (g.saturating_sub(3)..g).find(|&k| {
            self.role_where(k, |r| r == Role::Governor)
                .is_some_and(|rl| k + rl.len as usize == g)
        })?;
        (governor > plan.content_start + 1
            && finite
            && self.is_any(governor - 1, &["and", ";"]))
        .then_some(governor - 1)
    }

    fn clause_limit(
        &self,
        later: &[Cand],
        sent: Range<usize>,
        plan: &Plan,
    ) -> (usize, Option<usize>) {
        // (No content runs past `MAX_CONTENT_TOKENS`: in a run of text with
        // no sentence end, each stance's clause would otherwise reach to
        // its end, and a thousand of them would cost the square of it.)
        let mut limit = sent.end.min(plan.content_start + MAX_CONTENT_TOKENS);
        // A sentence-final period is not content.
        while limit > plan.content_start
            && self.is_any(limit - 1, &[".", "!", "?", "...", ":"])
        {
            limit -= 1;
        }
        limit = self.new_clause(plan.content_start, limit).unwrap_or(limit);
        for (n, c) in later.iter().enumerate() {
            if plan.shape == Shape::Clause {
                // (Only later triggers inside the content matter; a clause
                // content with more than 64 of them ends at `limit`, so
                // that a sentence of a million stances stays linear.)
                if c.tok >= limit || n >= 64 {
                    break;
                }
                let scan = self.subject_scan(c.tok, plan.content_start);
                if let actor::Scan::Conj(at) = scan {
                    let t = self.trigger(c.id);
                    if c.tok < limit && self.second_predicate(plan, c, t, at) {
                        return (at.max(plan.content_start + 1), Some(c.tok));
                    }
                }
                // `emphasised X and reaffirmed their support for Y`: a
                // noun under a finite governor after `and` is a second
                // predicate; the stance ends before it.
                if self.trigger(c.id).frame == Frame::Nominal {
                    if let Some(at) = self.governed_after_and(c.tok, plan) {
                        return (at.max(plan.content_start + 1), None);
                    }
                }
                let continues = matches!(
                    scan,
                    actor::Scan::Conj(at) if self.is(at, "and")
                        && at > 0 && self.is(at - 1, ",")
                );
                if c.tok < limit && continues {
                    let t = self.trigger(c.id);
                    if self.continues_clause(c, t)
                        && self.is_finite_after_and(c.tok)
                    {
                        return (
                            (c.tok - 1).max(plan.content_start + 1),
                            None,
                        );
                    }
                }
                continue;
            }
            if c.tok >= limit {
                break;
            }
            let t = self.trigger(c.id);
            let mut second = None;
            // Where a subject found before the trigger starts.
            let mut subject_start = c.tok;
            let independent =
                match self.subject_scan(c.tok, plan.content_start) {
                    actor::Scan::Found(s, _) => {
                        // A subject phrase after a break (`: (a) the GRP MC
                        // will`) is no part of our content; without one it may
                        // be our object (`the recommendations agreed in`).
                        let first = self.first_token_of(s.span).filter(|&k| {
                            k > plan.content_start
                                && k < c.tok
                                && !s.actors.is_empty()
                                && self.is_any(k - 1, &[")", ":", ";", ","])
                        });
                        if let Some(k) = first {
                            subject_start = k;
                        }
                        t.frame != Frame::Nominal
                    }
                    actor::Scan::Conj(at) => {
                        if self.second_predicate(plan, c, t, at) {
                            second = Some(c.tok);
                        }
                        self.continues_clause(c, t)
                            && (t.participle
                                || self.is_finite_after_and(c.tok)
                                || t.frame.asks_others())
                            || second.is_some()
                    }
                    _ => false,
                };
            // `..., while expressing firm opposition to E`: a nominal under
            // a participle governor starts its own record at the governor.
            let mut start = c.tok;
            let mut independent = independent;
            if t.frame == Frame::Nominal && !independent {
                let mut g = c.tok;
                while g > plan.content_start + 1 && self.is_det_or_adj(g - 1) {
                    g -= 1;
                }
                if g > plan.content_start + 1
                    && self.norm(g - 1).ends_with("ing")
                    && self.has_role(g - 1, Role::Governor)
                    && self.is_any(g - 2, &["while", ",", "and", "by"])
                {
                    independent = true;
                    start = g - 1;
                } else if g > plan.content_start + 1 && self.is(g - 1, "and") {
                    // `a warm welcome to X and the commitment to provide Y`:
                    // a second object of the same governor.
                    independent = true;
                    start = g;
                } else if g > plan.content_start + 1
                    && self.has_role(g - 1, Role::Governor)
                {
                    // `We look forward to X, and we pledge our support to
                    // Y`: a governor with a subject of its own.
                    let scan = self.subject_scan(g - 1, plan.content_start);
                    // `Welcomes X; expresses its concern at Y`, `welcomed
                    // X and expressed concern over Y`: a finite governor
                    // after `;` or `and` is a second predicate.
                    if self.finite_form(g - 1)
                        && matches!(scan, actor::Scan::Conj(at)
                            if at + 1 == g - 1 && self.is_any(at, &[";", "and"]))
                    {
                        independent = true;
                        start = g - 1;
                    }
                    if let actor::Scan::Found(s, _) = scan {
                        let own = self.first_token_of(s.span).filter(|&k| {
                            k > plan.content_start
                                && k < g - 1
                                && !s.actors.is_empty()
                                && self.is_any(k - 1, &[",", "and", ";"])
                        });
                        if let Some(k) = own {
                            independent = true;
                            start = g - 1;
                            subject_start = k;
                        }
                    }
                }
            }
            if independent {
                let mut end = start.min(subject_start);
                // An inline item label before it: `: (a) the GRP MC will`.
                if end >= plan.content_start + 3
                    && self.is(end - 1, ")")
                    && self.is(end - 3, "(")
                {
                    end -= 3;
                }
                // Back over auxiliaries, separators and the subject; a
                // mention before a separator is our content (`the importance
                // of conversations with China, reiterated`).
                let mut after_separator = false;
                while end > plan.content_start
                    && (self.is_aux(end - 1)
                        || self.is_any(
                            end - 1,
                            &[
                                "and", ",", ";", "while", "but", "by", "as",
                                "well",
                            ],
                        )
                        || !after_separator
                            && self.mention_ending[end - 1] != NO_MENTION)
                {
                    if self.mention_ending[end - 1] != NO_MENTION
                        && !after_separator
                    {
                        let m = &self.mentions
                            [self.mention_ending[end - 1] as usize];
                        end = m.start;
                        if end > plan.content_start && self.is(end - 1, "the")
                        {
                            end -= 1;
                        }
                    } else {
                        after_separator |= !self.is_aux(end - 1);
                        end -= 1;
                    }
                }
                return (end.max(plan.content_start), second);
            }
        }
        (limit, None)
    }

    /// `We support X and oppose Y`, `underscore the importance of X and
    /// encourage Y`: a base-form verb trigger right after the `and` that
    /// ends a noun-phrase content is a second predicate of the subject,
    /// not part of the object (objects hold no bare verbs; the actions of
    /// a verb content are split by the conjunct splitter instead).
    fn second_predicate(
        &self,
        plan: &Plan,
        c: &Cand,
        t: &Trigger,
        conj: usize,
    ) -> bool {
        // A clause content is a noun phrase too after a preposition (`the
        // importance of X`); after `that` it may coordinate verbs itself.
        let noun_phrase = match plan.shape {
            Shape::Objects { .. } => true,
            // (Or straight after a stance verb: `re-emphasize the
            // character of X and reaffirm that Y`.)
            Shape::Clause => {
                plan.content_start > 0
                    && (self.is_any(plan.content_start - 1, &["of", "for"])
                        || plan.kind == Kind::Position
                            && !t.frame.is_modal()
                            && !self.is_any(
                                plan.content_start - 1,
                                &["that", ",", "\"", "to"],
                            )
                            && !self.is(plan.content_start, "there"))
            }
            Shape::Actions { .. } => false,
        };
        // (After a comma only a verb that backs, opposes or states:
        // `reiterate our commitment to A, welcome B, and will C`.)
        // (Not inside a relative clause: `activities that enhance A,
        // support B, and promote C`.)
        let comma_predicate = self.is(conj, ",")
            && !t.participle
            && matches!(t.frame, Frame::Object | Frame::Stance | Frame::That)
            && !self.is_any(c.end, &[",", ".", ";", "and"])
            && !(plan.content_start..conj)
                .any(|k| self.is_any(k, &["that", "which", "who"]));
        noun_phrase
            && conj + 1 == c.tok
            && (self.is(conj, "and") || comma_predicate)
            && t.frame != Frame::Nominal
            && !self.toks.toks[c.tok].has(CAPITALIZED)
    }

    /// `We hope that Malaysia will join`: a subject right after `that`
    /// that is not among the sentence subject's actors only predicts
    /// (the guidelines: a `will` inside a that-clause is an undertaking
    /// only when its subject is the actor itself).
    fn predicted(
        &self,
        plan: &Plan,
        tok: usize,
        floor: usize,
        main: &Option<Subject>,
    ) -> bool {
        let Some(main) = main else { return false };
        // `It is in this context that Dominica calls on`: a cleft
        // sentence's `that` opens no one's prediction.
        let cleft = self.is(floor, "it");
        if cleft
            || plan.subject.span.is_empty()
            || main.actors.is_empty()
            || plan.subject.actors.iter().all(|a| main.actors.contains(a))
        {
            return false;
        }
        let Some(first) = self
            .first_token_of(plan.subject.span)
            .filter(|&k| k > floor && k < tok)
        else {
            return false;
        };
        // `I can assure you that we will`: the speakers speak for
        // themselves.
        self.is(first - 1, "that")
            && !self.is(first, "we")
            && main.span.end <= self.toks.toks[first - 1].span.start
    }

    /// The token where `span` starts, by binary search: a subject may be
    /// far back (carried over `and`), and a sentence may hold many
    /// candidates.
    pub(super) fn first_token_of(&self, span: Span) -> Option<usize> {
        let toks = &self.toks.toks;
        let k = toks.partition_point(|t| t.span.start < span.start);
        (k < toks.len() && toks[k].span.start == span.start).then_some(k)
    }

    /// Whether the trigger at `trigger` is negated above its infinitive
    /// (`are not prepared to`), not inside it (`agreed not to`).
    fn negation_above_infinitive(&self, trigger: Range<usize>) -> bool {
        trigger.clone().any(|k| {
            self.is_any(k, &["not", "never"])
                && !(k + 1 < trigger.end && self.is(k + 1, "to"))
        })
    }

    /// If the conjunct starting at `start` repeats `to` after `and`, `or`
    /// or a comma (`..., and to support B`, `and not to escalate B`),
    /// whether that infinitive is negated.
    fn restarted_infinitive(&self, start: usize) -> Option<bool> {
        if start < 2 || !self.is(start - 1, "to") {
            return None;
        }
        let mut sep = start - 2;
        let negated = self.is_any(sep, &["not", "never"]);
        if negated {
            sep = sep.checked_sub(1)?;
        }
        self.is_any(sep, &["and", ",", "or"]).then_some(negated)
    }

    /// The token where `span` ends (its last one), by binary search.
    pub(super) fn last_token_of(&self, span: Span) -> Option<usize> {
        let toks = &self.toks.toks;
        let k = toks.partition_point(|t| t.span.end < span.end);
        (k < toks.len() && toks[k].span.end == span.end).then_some(k)
    }

    /// Whether a modal trigger (`will`, `shall`) stands between tokens
    /// `from` and `to`: the verb after it is finite, a predicate of its
    /// own.
    fn modal_between(&self, from: usize, to: usize) -> bool {
        (from + 1..to).any(|k| {
            self.trigger_at(k)
                .is_some_and(|(id, _)| self.trigger(id).frame.is_modal())
        })
    }

    /// A finite trigger after `and`: `and will`, `and are committed to`,
    /// `and resolutely supports`, `and agreed to`.
    fn is_finite_after_and(&self, tok: usize) -> bool {
        let w = self.norm(tok);
        let base = self.roles(tok).iter().any(|r| {
            matches!(r.role, Role::Verb | Role::NounLikeVerb) && r.len == 1
        });
        !base || w == "will" || w == "shall"
    }
}

fn static_prep(p: &str) -> Option<&'static str> {
    Some(match p {
        "to" => "to",
        "for" => "for",
        "of" => "of",
        "against" => "against",
        "on" => "on",
        "over" => "over",
        "about" => "about",
        _ => return None,
    })
}
