//! Where one committed action ends and the next begins.
//!
//! A new action starts where a bare verb (after `to` and an adverb, when
//! the first action came after `to`) follows `,` `;` or `and`. Once the
//! current action has a participle phrase (`, ensuring ...`) or a purpose
//! infinitive (`to attract ...`), later `, to V` and `and V` belong to
//! that phrase; only a semicolon starts a new action again. Objects of a
//! preposition-final trigger split where the preposition repeats.

use std::ops::Range;

use super::{Doc, Inherit, ListHead, Plan, Shape, Subject};
use crate::lexicon::Role;
use crate::record::{Commitment, Kind, Strength};
use crate::text::token::TokenKind;
use crate::Span;

/// Prepositions that look like participles: `, including X and V` lists
/// examples, and the bare verb after them is a new action.
const ING_PREPOSITIONS: &[&str] = &[
    "according",
    "concerning",
    "considering",
    "during",
    "excluding",
    "following",
    "including",
    "notwithstanding",
    "pending",
    "regarding",
];

/// One conjunct: its tokens, its head and whether an intensifier stands
/// before its head.
#[derive(Clone, Debug)]
pub(super) struct Conjunct {
    pub(super) range: Range<usize>,
    pub(super) head: usize,
    pub(super) firm: bool,
    /// Negated on its own: `assess X and not take Y`.
    pub(super) negated: bool,
}

impl<'t, 'a> Doc<'t, 'a> {
    /// Whether token `v` heads an action: a verb by
    /// [`verb_at`](Doc::verb_at), or a verb of the lexicon before `that`
    /// or `and` (`ensure that ...`, `negotiate and sign ...`,
    /// `to combat and eliminate`), which `verb_at` leaves out because
    /// nouns stand there too.
    fn verb_head(&self, v: usize, end: usize) -> bool {
        v < end
            && (self.verb_at(v, end).is_some()
                || self.has_role(v, Role::Verb)
                    && v + 1 < end
                    && self.is_any(v + 1, &["that", "and"]))
    }

    /// For each token of `start..end`, whether `, and V` (a bare verb)
    /// comes at or after it before any semicolon: the close of a list of
    /// actions. One pass from the end, so that a content of a million
    /// commas costs a million steps.
    fn list_closes(&self, start: usize, end: usize) -> Vec<bool> {
        let mut closes = vec![false; end - start];
        let mut ahead = false;
        for k in (start..end).rev() {
            // Only punctuation matters here: skip words without looking.
            if self.toks.toks[k].kind != TokenKind::Punct {
                closes[k - start] = ahead;
                continue;
            }
            let w = self.norm(k);
            if w == ";" {
                ahead = false;
            } else if k + 2 < end
                && w == ","
                && self.is(k + 1, "and")
                && self.verb_head(k + 2, end)
            {
                ahead = true;
            }
            closes[k - start] = ahead;
        }
        closes
    }

    /// Splits the content `start..end` into conjuncts.
    pub(super) fn conjuncts(
        &self,
        start: usize,
        end: usize,
        shape: Shape,
    ) -> Vec<Conjunct> {
        let mut out = Vec::new();
        let mut cur = Conjunct {
            range: start..end,
            head: start,
            firm: false,
            negated: false,
        };
        let mut embedded = false;
        // Inside a list of actions found in a purpose phrase: its closing
        // `, and V` splits too, but a lone `, and V` after a purpose
        // phrase (`strive to improve X, and foster Y`) opens no list.
        let mut in_list = false;
        let list_closes = match shape {
            Shape::Actions { .. } => self.list_closes(start, end),
            _ => Vec::new(),
        };
        let that_clauses = start + 1 < end
            && self.is(start + 1, "that")
            && self.verb_head(start, end);
        let mut i = start + 1;
        while i < end {
            let w = self.norm(i);
            match shape {
                Shape::Clause => break,
                Shape::Objects { prep } => {
                    // `, to B` / `, and to C`
                    let sep = matches!(w, "," | ";" | "and");
                    if sep {
                        let mut k = i + 1;
                        if k < end && self.is(k, "and") {
                            k += 1;
                        }
                        if let Some(p) = prep {
                            if k + 1 < end
                                && self.is(k, p)
                                && !self.is(i, "and")
                                || k + 1 < end
                                    && self.is(k, p)
                                    && self.is(i, "and")
                                    && self.is(i - 1, ",")
                            {
                                self.close(&mut out, &mut cur, i, k + 1);
                                i = k + 1;
                                continue;
                            }
                        }
                        // `stressed the need for X and that Y`: the
                        // that-clause is a stance of its own.
                        if w == "and"
                            && k + 2 < end
                            && self.is(k, "that")
                            && !embedded
                            && self.opens_that_clause(k + 1)
                            // `systems that are A and that respect B`: a
                            // second relative clause of the same noun.
                            && !(cur.range.start..i).any(|j| {
                                self.is_any(j, &["that", "which", "who"])
                            })
                        {
                            self.close(&mut out, &mut cur, i, k + 1);
                            i = k + 2;
                            continue;
                        }
                        // `solidarity with X and pledge our support to Y`:
                        // the verb's noun has a record of its own.
                        let governor = self
                            .role_where(k, |r| r == Role::Governor)
                            .map_or(0, |rl| rl.len as usize);
                        if w == "and"
                            && k < end
                            && governor > 0
                            && self.nominal_follows(k + governor, end)
                        {
                            self.close(&mut out, &mut cur, i, k);
                            i = k + 1;
                            continue;
                        }
                        // `, and promote civil society ...`: a new action.
                        if (w == "and" && self.is(i - 1, ",") || w == ";")
                            && !embedded
                        {
                            let mut v = k;
                            let mut f = false;
                            let mut n = false;
                            v = self.skip_adverbs(v, end, &mut f, &mut n);
                            if v < end && self.verb_at(v, end).is_some() {
                                self.close(&mut out, &mut cur, i, v);
                                cur.firm = f;
                                cur.negated = n;
                                i = v + 1;
                                continue;
                            }
                        }
                    }
                    // A purpose infinitive or a relative clause on a
                    // thing (`the attacks, which are destabilizing X, and
                    // jeopardize Y`): its `, and V` continues it.
                    if self.is(i, "to")
                        && i + 1 < end
                        && self.verb_at(i + 1, end).is_some()
                        || self.is(i, "which")
                    {
                        embedded = true;
                    }
                }
                Shape::Actions { to_ok } => {
                    let sep = matches!(w, "," | ";" | "and");
                    if sep {
                        let strong = w == ";";
                        let mut k = i + 1;
                        if k < end && self.is(k, "and") {
                            k += 1;
                        }
                        // `ensure that X; that Y; and that Z`: each
                        // that-clause is an action of the first verb.
                        if that_clauses && k + 1 < end && self.is(k, "that") {
                            self.close(&mut out, &mut cur, i, k + 1);
                            i = k + 2;
                            continue;
                        }
                        // `agreed not to A and not to B`: the second
                        // infinitive carries its own negation.
                        if k + 1 < end
                            && self.is_any(k, &["not", "never"])
                            && self.is(k + 1, "to")
                        {
                            k += 1;
                        }
                        let with_to = k < end && self.is(k, "to");
                        if with_to {
                            k += 1;
                        }
                        let mut f = false;
                        let mut n = false;
                        let v = self.skip_adverbs(k, end, &mut f, &mut n);
                        // `strengthen cooperation to advance X, respond to
                        // Y, and build Z`: a list of bare verbs closed by
                        // `, and V` lists actions, purpose or not.
                        let listed = !with_to
                            && (w == ","
                                && i + 1 < end
                                && list_closes[i + 1 - start]
                                || in_list
                                    && w == "and"
                                    && self.is(i - 1, ","));
                        let allowed = (strong || !embedded || listed)
                            && (!with_to || to_ok);
                        // `negotiate and sign X`: two verbs sharing one
                        // object are one action; so are more (`prepare,
                        // communicate and maintain X`).
                        if w == "," && i == cur.head + 1 {
                            if let Some(last) =
                                self.verb_series_end(i + 1, end)
                            {
                                i = last;
                                continue;
                            }
                        }
                        // `pressure on those who evade and undermine
                        // X`: the verbs of a relative clause share it.
                        let shared_object = w == "and"
                            && (i == cur.head + 1
                                || i >= 2
                                    && self.is_any(i - 2, &["who", "which"]));
                        // After a semicolon a verb of the lexicon heads an
                        // action whatever follows it (`; and coordinate, as
                        // appropriate, ...`).
                        let head = self.verb_head(v, end)
                            || strong && v < end && self.has_role(v, Role::Verb)
                            // After `to` a noun-like verb is a verb
                            // whatever follows (`and to support Korean
                            // exports`), unless a noun's preposition does.
                            || with_to
                                && v + 1 < end
                                && self.has_role(v, Role::NounLikeVerb)
                                && !self.is_any(v + 1, &["of", "for", ",", ";"])
                            // `committed to resolving X and to opposing Y`
                            || with_to
                                && v < end
                                && self.norm(v).ends_with("ing")
                                && self.norm(cur.head).ends_with("ing");
                        if allowed && !shared_object && head {
                            self.close(&mut out, &mut cur, i, v);
                            cur.firm = f;
                            cur.negated = n;
                            in_list = listed && embedded;
                            embedded = false;
                            i = v + 1;
                            continue;
                        }
                    }
                    // Participle phrases and purpose infinitives.
                    if w == "," && i + 1 < end {
                        let next = self.norm(i + 1);
                        if next.ends_with("ing")
                            && !ING_PREPOSITIONS.contains(&next)
                            && self.toks.toks[i + 1].kind == TokenKind::Word
                        {
                            embedded = true;
                        }
                    }
                    // `a meeting, at which each Ministry will identify X
                    // and adopt Y`: the relative clause's verbs are its own.
                    // (After `, which` a `, and V` may be ours again.)
                    if w == "whereby"
                        || matches!(w, "which" | "whom")
                            && self.is_any(
                                i - 1,
                                &[
                                    "at", "in", "on", "by", "under",
                                    "through", "with", "for", "from",
                                    "during",
                                ],
                            )
                    {
                        embedded = true;
                    }
                    if matches!(w, "to" | "by" | "while" | "with")
                        && i + 1 < end
                        && (self.verb_head(i + 1, end)
                            || self.norm(i + 1).ends_with("ing"))
                    {
                        embedded = true;
                    }
                }
            }
            i += 1;
        }
        // Trailing punctuation is no content.
        let mut e = end;
        while e > cur.range.start + 1
            && self.is_any(e - 1, &[",", ";", "and", ":"])
        {
            e -= 1;
        }
        cur.range.end = e;
        out.push(cur);
        out
    }

    /// If bare verbs start at `from`, separated by commas and closed by
    /// `and`/`or` and a last verb with an object (`communicate and
    /// maintain X`), the last verb's index.
    fn verb_series_end(&self, from: usize, end: usize) -> Option<usize> {
        let mut v = from;
        loop {
            if v + 2 >= end || !self.is_lexicon_verb(v) {
                return None;
            }
            if self.is_any(v + 1, &["and", "or"]) {
                let last = v + 2;
                let has_object = last + 1 < end
                    && self.is_lexicon_verb(last)
                    && !self.is_any(last + 1, &[",", ";", ".", "and", "or"]);
                return has_object.then_some(last);
            }
            if !self.is(v + 1, ",") {
                return None;
            }
            v += 2;
        }
    }

    fn close(
        &self,
        out: &mut Vec<Conjunct>,
        cur: &mut Conjunct,
        sep: usize,
        next: usize,
    ) {
        let mut e = sep;
        while e > cur.range.start + 1 && self.is_any(e - 1, &[",", ";", "and"])
        {
            e -= 1;
        }
        let done = Conjunct {
            range: cur.range.start..e,
            head: cur.head,
            firm: cur.firm,
            negated: cur.negated,
        };
        out.push(done);
        *cur = Conjunct {
            range: next..cur.range.end,
            head: next,
            firm: false,
            negated: false,
        };
    }

    /// Whether sentence `si` opens with a bare verb: the head token.
    fn imperative_head(&self, si: usize) -> Option<usize> {
        let s = &self.sents[si];
        let mut i = s.toks.start;
        while i < s.toks.end && self.is_any(i, &["\"", "-", "("]) {
            i += 1;
        }
        if i >= s.toks.end || self.mention_starting[i] != super::NO_MENTION {
            return None;
        }
        let t = &self.toks.toks[i];
        if !t.has(crate::text::token::CAPITALIZED) {
            return None;
        }
        self.verb_at(i, s.toks.end).map(|_| i)
    }

    /// `Deepen exchanges ...` after `Both sides agreed to ...`.
    pub(super) fn imperative(
        &self,
        si: usize,
        ctx: &Inherit,
        out: &mut Vec<Commitment<'t>>,
    ) {
        let Some(head) = self.imperative_head(si) else { return };
        let s = &self.sents[si];
        let mut end = s.toks.end;
        while end > head + 1 && self.is_any(end - 1, &[".", "!", "?"]) {
            end -= 1;
        }
        self.emit_list(
            si,
            &ctx.subject,
            Kind::Undertaking,
            ctx.trigger,
            head,
            end,
            true,
            out,
        );
    }

    /// An item of a list introduced by a trigger and a colon.
    pub(super) fn list_item(
        &self,
        si: usize,
        head: &ListHead,
        out: &mut Vec<Commitment<'t>>,
    ) {
        let nouns = head.nouns;
        let s = &self.sents[si];
        let mut start = s.toks.start;
        while start < s.toks.end && self.is_any(start, &["\"", "-", "(", "to"])
        {
            start += 1;
        }
        let mut end = s.toks.end;
        while end > start + 1
            && self.is_any(end - 1, &[".", ";", ",", "and", "or"])
        {
            end -= 1;
        }
        // Items that are no action (`Date of exchange of first drafts`)
        // are headings or notes, not commitments, unless the trigger
        // announced them (`cooperate in the following areas:`).
        if start >= end || !nouns && self.verb_at(start, end).is_none() {
            return;
        }
        // A noun item is a phrase; one with a finite verb of its own
        // (`President Putin's war is causing X`, `businesses should
        // provide Y`) is a sentence about something else.
        if self.verb_at(start, end).is_none() && self.finite_clause(start..end)
        {
            return;
        }
        let from = out.len();
        self.emit_list(
            si,
            &head.subject,
            head.kind,
            head.trigger,
            start,
            end,
            false,
            out,
        );
        for rec in &mut out[from..] {
            if head.firm {
                rec.strength = Strength::Firm;
            } else if head.tentative && rec.strength == Strength::Plain {
                rec.strength = Strength::Tentative;
            }
        }
    }

    /// Whether the words from `i` can be the clause of a `that` before
    /// them: a word that is neither a preposition (`the plan and that of
    /// X`, the pronoun) nor a verb (`disclosures that provide A and that
    /// are B`, a relative clause).
    fn opens_that_clause(&self, i: usize) -> bool {
        self.toks.toks.get(i).is_some_and(|t| t.kind == TokenKind::Word)
            && !self.is_any(i, &["of", "in", "for", "on", "with", "at", "by"])
            && !self.is_any(i, &["is", "are", "was", "were", "has", "have"])
            && !self.is_any(i, super::MODALS)
            && !self.has_role(i, Role::Verb)
    }

    /// Whether `range` holds a finite verb outside a relative clause: a
    /// form of `be` or `have`, or a modal, before any `that`, `which` or
    /// `who`.
    fn finite_clause(&self, range: Range<usize>) -> bool {
        for k in range {
            if self.is_any(k, &["that", "which", "who"]) {
                return false;
            }
            if self
                .is_any(k, &["is", "are", "was", "were", "has", "have", "had"])
                || self.is_any(k, super::MODALS)
            {
                return true;
            }
        }
        false
    }

    #[allow(clippy::too_many_arguments)]
    fn emit_list(
        &self,
        si: usize,
        subject: &Subject,
        kind: Kind,
        trigger: Span,
        start: usize,
        end: usize,
        inherited: bool,
        out: &mut Vec<Commitment<'t>>,
    ) {
        let shape = if self.verb_at(start, end).is_some() {
            Shape::Actions { to_ok: false }
        } else {
            Shape::Clause
        };
        let plan = Plan {
            subject: subject.clone(),
            kind,
            content_start: start,
            shape,
            negative: subject.negative,
            firm: false,
            tentative: false,
            reiterated: false,
            inherited,
            trigger,
            targets_from: None,
        };
        for conj in self.conjuncts(start, end, shape) {
            let mut k = kind;
            if let Some((id, _)) = self.trigger_at(conj.head) {
                let t = &self.lex.triggers[id as usize];
                if t.kind != Kind::Position && !t.frame.asks_others() {
                    k = t.kind;
                }
            }
            let tentative = self.tentative_head(conj.head);
            let rec =
                self.record(si, &plan, k, conj.range, conj.firm, tentative);
            out.push(rec);
        }
    }
}
