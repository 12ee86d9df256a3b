//! People the text itself binds to an actor.
//!
//! The lexicon knows the leaders of the day; a statement names many more
//! people, and binds each to a country by apposition the first time:
//! `Hun Manet, Prime Minister of the Kingdom of Cambodia`, `President
//! Rudolf Rassendyll of the Republic of Austria`, `Austrian Foreign
//! Minister Fritz von Tarlenheim`, `Cambodia's Prime Minister Hun
//! Manet`. A bound name then resolves its later mentions (`President
//! Rassendyll`, `Von Tarlenheim`), and a title that one bound person
//! holds in the document resolves `the Prime Minister`.

use std::borrow::Cow;

use rustc_hash::FxHashMap as HashMap;

use super::{Doc, Mention, MentionKind, NO_MENTION};
use crate::lexicon::Role;
use crate::text::token::{TokenKind, ALL_CAPS, CAPITALIZED};

/// The longest name a title or an apposition binds, in tokens.
const MAX_NAME: usize = 6;

/// How far after a title its `of <actor>` may come, in tokens: `Minister
/// of Foreign Affairs and International Cooperation of the Kingdom of
/// Cambodia`.
const MAX_TITLE_TAIL: usize = 10;

/// A key bound to one actor, or to several (then it resolves nothing).
#[derive(Clone, Copy, PartialEq)]
enum Bound {
    One(u32),
    Ambiguous,
}

fn bind<K: Eq + std::hash::Hash>(map: &mut HashMap<K, Bound>, k: K, a: u32) {
    map.entry(k)
        .and_modify(|b| {
            if *b != Bound::One(a) {
                *b = Bound::Ambiguous;
            }
        })
        .or_insert(Bound::One(a));
}

/// A run of title tokens: `H.E. Prime Minister`.
struct TitleRun<'d> {
    start: usize,
    end: usize,
    /// The normalized last title of the run (`prime minister`): what a
    /// later `the Prime Minister` is looked up by.
    key: Cow<'d, str>,
}

struct Binder<'d, 'x, 't, 'a> {
    doc: &'d Doc<'t, 'a>,
    titled: &'x [bool],
    mentions: &'x [Mention],
    /// For each token, the mention covering it.
    covering: Vec<u32>,
}

impl<'d> Binder<'d, '_, '_, '_> {
    fn mention_at(&self, k: usize) -> Option<&Mention> {
        match self.covering.get(k) {
            Some(&m) if m != NO_MENTION => Some(&self.mentions[m as usize]),
            _ => None,
        }
    }

    /// A token that can be part of a person's name: a capitalized word
    /// no lexicon phrase claims, or a name particle before one.
    fn is_name_word(&self, k: usize) -> bool {
        let n = self.doc.toks.toks.len();
        if k >= n || self.titled[k] || self.covering[k] != NO_MENTION {
            return false;
        }
        let t = &self.doc.toks.toks[k];
        if t.kind != TokenKind::Word {
            return false;
        }
        let roles = self.doc.roles(k);
        if roles.iter().any(|r| r.role == Role::NameParticle && r.len == 1) {
            return self.is_name_word(k + 1)
                && self.doc.toks.toks[k + 1].has(CAPITALIZED);
        }
        (t.has(CAPITALIZED) || t.has(ALL_CAPS)) && roles.is_empty()
    }

    /// Whether a name particle (`bin`, `Al`) is among `range`.
    fn has_particle(&self, range: std::ops::Range<usize>) -> bool {
        range.into_iter().any(|k| {
            self.doc.roles(k).iter().any(|r| r.role == Role::NameParticle)
        })
    }

    /// The name starting at `k`: its end, or `k` for none.
    fn name_after(&self, k: usize) -> usize {
        let mut e = k;
        while e - k < MAX_NAME && self.is_name_word(e) {
            e += 1;
        }
        // A name never ends with a particle.
        while e > k && !self.doc.toks.toks[e - 1].has(CAPITALIZED) {
            e -= 1;
        }
        e
    }

    /// The name ending just before `k`: its start, or `k` for none.
    fn name_before(&self, k: usize) -> usize {
        let mut s = k;
        while s > 0 && k - s < MAX_NAME && self.is_name_word(s - 1) {
            s -= 1;
        }
        while s < k && !self.doc.toks.toks[s].has(CAPITALIZED) {
            s += 1;
        }
        s
    }

    /// The actor of a mention starting at `k` or after `the` at `k`.
    fn actor_at(&self, k: usize) -> Option<u32> {
        let k = if k < self.covering.len() && self.doc.is(k, "the") {
            if self.covering[k] != NO_MENTION {
                k
            } else {
                k + 1
            }
        } else {
            k
        };
        match self.mention_at(k)? {
            Mention { start, kind: MentionKind::Actor(a), .. }
                if *start == k || self.doc.is(*start, "the") =>
            {
                Some(*a)
            }
            _ => None,
        }
    }

    /// `of <actor>` at `k`, possibly after more words of a long title:
    /// `of Foreign Affairs and International Cooperation of Cambodia`.
    fn of_actor(&self, k: usize) -> Option<u32> {
        let n = self.doc.toks.toks.len();
        let mut j = k;
        while j < n && j - k < MAX_TITLE_TAIL {
            if self.doc.is(j, "of") {
                if let Some(a) = self.actor_at(j + 1) {
                    return Some(a);
                }
            } else if !(self.doc.toks.toks[j].has(CAPITALIZED)
                || self.doc.is_any(j, &["and", "for", "&"]))
                || self.covering[j] != NO_MENTION
            {
                return None;
            }
            j += 1;
        }
        None
    }

    /// The actor just before a title: `Austrian Foreign Minister`,
    /// `Cambodia's Prime Minister`.
    fn actor_before(&self, k: usize) -> Option<u32> {
        let end = if k >= 2 && self.doc.is(k - 1, "'s") { k - 1 } else { k };
        // On the same line: a title's last words are no adjective of the
        // name that opens the next paragraph.
        let toks = &self.doc.toks.toks;
        let gap = toks[end.checked_sub(1)?].span.end..toks[k].span.start;
        if self.doc.text[gap].contains(['\n', '\r']) {
            return None;
        }
        if let Some(m) = self.mention_at(end.checked_sub(1)?) {
            return match m.kind {
                MentionKind::Actor(a) if m.end == end => Some(a),
                _ => None,
            };
        }
        // A demonym of one actor only, ending at the title.
        let mut found = None;
        for s in end.saturating_sub(3)..end {
            for r in self.doc.roles(s) {
                if let Role::Demonym(a) = r.role {
                    if s + r.len as usize == end {
                        if found.is_some_and(|f| f != a) {
                            return None;
                        }
                        found = Some(a);
                    }
                }
            }
        }
        found
    }

    fn title_runs(&self) -> Vec<TitleRun<'d>> {
        let doc: &'d Doc = self.doc;
        let n = self.titled.len();
        let mut runs = Vec::new();
        let mut i = 0;
        // A run begins at a title phrase (titled tokens are the words of
        // title phrases), so only the tokens where a phrase starts can
        // begin one.
        for start in doc.hits.starts() {
            if start < i || !self.titled[start] {
                continue;
            }
            i = start;
            let mut last = (i, i + 1);
            while i < n && self.titled[i] {
                match doc.role_where(i, |r| r == Role::Title) {
                    Some(rl) => {
                        let len = (rl.len as usize).max(1);
                        last = (i, (i + len).min(n));
                        i += len;
                    }
                    None => i += 1,
                }
            }
            // Most titles are one word: no string to build.
            let key = match last.1 - last.0 {
                1 => Cow::Borrowed(doc.norm(last.0)),
                _ => Cow::Owned(
                    (last.0..last.1)
                        .map(|k| doc.norm(k))
                        .collect::<Vec<_>>()
                        .join(" "),
                ),
            };
            runs.push(TitleRun { start, end: i.min(n), key });
        }
        runs
    }
}

/// Acronyms the document defines for an actor — `the Royal Norwegian
/// Government (RNG)` — and every later use of them (`the RNG`), as
/// mentions of that actor to be merged with `mentions`.
pub(crate) fn acronym_mentions(
    doc: &Doc<'_, '_>,
    mentions: &[Mention],
) -> Vec<Mention> {
    let toks = &doc.toks.toks;
    let n = toks.len();
    let mut acronyms: HashMap<&str, Bound> = HashMap::default();
    for m in mentions {
        let MentionKind::Actor(a) = m.kind else { continue };
        let (open, word, close) = (m.end, m.end + 1, m.end + 2);
        if close < n
            && doc.is(open, "(")
            && doc.is(close, ")")
            && toks[word].has(ALL_CAPS)
            && doc.roles(word).is_empty()
        {
            bind(&mut acronyms, doc.norm(word), a);
        }
    }
    if acronyms.is_empty() {
        return Vec::new();
    }
    let mut covered = vec![false; n];
    for m in mentions {
        for c in &mut covered[m.start..m.end.min(n)] {
            *c = true;
        }
    }
    (0..n)
        .filter(|&k| !covered[k] && toks[k].has(ALL_CAPS))
        .filter_map(|k| match acronyms.get(doc.norm(k)) {
            Some(Bound::One(a)) => Some(Mention {
                start: k,
                end: k + 1,
                kind: MentionKind::Actor(*a),
            }),
            _ => None,
        })
        .collect()
}

/// The mentions of people and titles the document binds, to be merged
/// with `mentions` (sorted, none overlapping them or each other).
pub(crate) fn bound_mentions(
    doc: &Doc<'_, '_>,
    titled: &[bool],
    mentions: &[Mention],
) -> Vec<Mention> {
    let n = doc.toks.toks.len();
    let persons = mentions.iter().filter(|m| {
        matches!(m.kind, MentionKind::Person(_)) && m.end - m.start >= 2
    });
    if !titled.iter().any(|&t| t) && persons.clone().next().is_none() {
        return Vec::new();
    }
    let mut covering = vec![NO_MENTION; n];
    for (i, m) in mentions.iter().enumerate() {
        for c in &mut covering[m.start..m.end.min(n)] {
            *c = i as u32;
        }
    }
    let b = Binder { doc, titled, mentions, covering };
    let runs = b.title_runs();
    let mut surnames: HashMap<&str, Bound> = HashMap::default();
    let mut titles: HashMap<&str, Bound> = HashMap::default();
    let mut known = Vec::new();
    // A leader the lexicon knows by full name is then called by surname:
    // `Micheál Martin` ... `Taoiseach Martin`; `Xi Jinping` ...
    // `President Xi` (a short first word is a family name first).
    for m in persons {
        let MentionKind::Person(a) = m.kind else { continue };
        let word = |k: usize| {
            let t = &doc.toks.toks[k];
            t.kind == TokenKind::Word && t.has(CAPITALIZED)
        };
        let mut last = m.end - 1;
        // `Ferdinand Marcos Jr.`: the family name before the suffix.
        while last > m.start && doc.is_any(last, crate::lexicon::NAME_SUFFIXES)
        {
            last -= 1;
        }
        if word(last) && doc.toks.toks[last].span.len() >= 3 {
            bind(&mut surnames, doc.norm(last), a);
        }
        if word(m.start) && doc.toks.toks[m.start].span.len() <= 4 {
            bind(&mut surnames, doc.norm(m.start), a);
        }
    }
    for run in &runs {
        // `Prime Minister Hun Sen`: a person the lexicon knows.
        if let Some(m) = b.mention_at(run.end) {
            if let (MentionKind::Person(a), true) =
                (m.kind, m.start == run.end)
            {
                bind(&mut titles, &*run.key, a);
            }
            continue;
        }
        // `President Rudolf Rassendyll of Austria`, `Austrian Foreign
        // Minister Fritz von Tarlenheim`.
        let name_end = b.name_after(run.end);
        if name_end > run.end {
            if let Some(a) =
                b.of_actor(name_end).or_else(|| b.actor_before(run.start))
            {
                bind(&mut titles, &*run.key, a);
                bind(&mut surnames, doc.norm(name_end - 1), a);
                // `Sheikh Tahnoon bin Zayed Al Nahyan` is then `Sheikh
                // Tahnoon`: a name with particles goes by its first word.
                if b.has_particle(run.end..name_end) {
                    bind(&mut surnames, doc.norm(run.end), a);
                }
            } else if let Some(Some(a)) =
                doc.lex.family_names.get(doc.norm(name_end - 1))
            {
                // `President Marcos`: the family name of someone the
                // lexicon knows, unless the text binds it otherwise.
                known.push((&*run.key, doc.norm(name_end - 1), *a));
            }
            continue;
        }
        // `Hun Manet, Prime Minister of the Kingdom of Cambodia`.
        if run.start >= 2 && doc.is(run.start - 1, ",") {
            let Some(a) = b.of_actor(run.end) else { continue };
            let before = run.start - 1;
            if let Some(m) = b.mention_at(before - 1) {
                if m.kind == MentionKind::Person(a) && m.end == before {
                    bind(&mut titles, &*run.key, a);
                }
                continue;
            }
            let name_start = b.name_before(before);
            if name_start < before {
                bind(&mut titles, &*run.key, a);
                bind(&mut surnames, doc.norm(before - 1), a);
            }
        }
    }
    // (Only for an actor the text names: family names recur the world
    // over.)
    let named =
        |a: u32| mentions.iter().any(|m| m.kind == MentionKind::Actor(a));
    for (title, surname, a) in known {
        if !surnames.contains_key(surname) && named(a) {
            bind(&mut surnames, surname, a);
            bind(&mut titles, title, a);
        }
    }
    let mut out = Vec::new();
    // Every mention of a bound name: the name run ending with a bound
    // surname.
    if !surnames.is_empty() {
        let mut k = 0;
        while k < n {
            // Most tokens are no name: skip them before any lookup.
            if !doc.toks.toks[k].has(CAPITALIZED | ALL_CAPS) {
                k += 1;
                continue;
            }
            let end = b.name_after(k);
            if end == k {
                k += 1;
                continue;
            }
            // The bound surname may end the run or come earlier in it
            // (`Rassendyll Administration` is no name of ours).
            let hit =
                (k..end).rev().find_map(|e| match surnames.get(doc.norm(e)) {
                    Some(Bound::One(a)) => Some((e, *a)),
                    _ => None,
                });
            if let Some((e, a)) = hit {
                out.push(Mention {
                    start: k,
                    end: e + 1,
                    kind: MentionKind::Person(a),
                });
            }
            k = end;
        }
    }
    // `the Prime Minister`, when one bound person holds that title.
    for run in &runs {
        let Some(Bound::One(a)) = titles.get(&*run.key) else {
            continue;
        };
        let bare = run.start > 0
            && doc.is(run.start - 1, "the")
            && b.covering[run.start - 1] == NO_MENTION
            && b.name_after(run.end) == run.end
            && (run.end >= n || !doc.is(run.end, "of"));
        if bare {
            out.push(Mention {
                start: run.start,
                end: run.end,
                kind: MentionKind::Person(*a),
            });
        }
    }
    out.sort_by_key(|m| m.start);
    out
}
