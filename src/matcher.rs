//! Lexicon matching: every phrase found over the tokens (a trie over
//! word ids), and topics found in a content span (aho-corasick).

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use rustc_hash::FxHashMap;

use crate::lexicon::{Lexicon, RoleLen};
use crate::text::token::Tokens;
use crate::Error;

/// A lexicon phrase found in a text, as returned by
/// [`Extractor::matches`](crate::Extractor::matches): what a lexicon
/// author looks at when a record is missing or wrong.
#[derive(Clone, Debug, Eq, PartialEq, serde::Serialize)]
pub struct LexiconMatch<'t> {
    /// The matched text, exactly as in the input.
    pub text: &'t str,
    /// Where it is.
    pub span: crate::Span,
    /// What the phrase is, in the lexicon files' words: `actor KHM`,
    /// `person USA`, `trigger undertaking verb`, `title`, `negation`...
    pub role: String,
}

/// The lexicon's phrases, compiled for scanning.
///
/// Phrases match whole tokens only, so they are matched over tokens, not
/// bytes: each token's normalized form is looked up once in the
/// vocabulary of phrase words (most tokens of running text are in no
/// phrase and stop there), and a trie over word ids finds the longest
/// phrase starting at each token. That is the leftmost-longest
/// semantics of an aho-corasick automaton over the normalized view,
/// without scanning every byte through a large automaton, and a phrase
/// can never match inside a token.
#[derive(Clone, Debug)]
pub(crate) struct Matcher {
    /// Normalized token → word id, for every word of every phrase.
    words: FxHashMap<Box<str>, u32>,
    /// Trie edges: `(node << 32) | word` → child node; node 0 is the
    /// root.
    edges: FxHashMap<u64, u32>,
    /// For each trie node, the pattern whose phrase ends there, or NONE.
    ends: Vec<u32>,
    topics: Option<AhoCorasick>,
}

/// Hits of a document: for each token, the pattern starting there.
pub(crate) struct Hits {
    at: Vec<u32>,
}

const NONE: u32 = u32::MAX;

impl Hits {
    /// The pattern id whose match starts at token `i`, if any.
    pub(crate) fn pattern_at(&self, i: usize) -> Option<usize> {
        match self.at.get(i) {
            Some(&p) if p != NONE => Some(p as usize),
            _ => None,
        }
    }
}

fn edge(node: u32, word: u32) -> u64 {
    (u64::from(node) << 32) | u64::from(word)
}

impl Matcher {
    pub(crate) fn new(lex: &Lexicon) -> Result<Matcher, Error> {
        let mut words: FxHashMap<Box<str>, u32> = FxHashMap::default();
        let mut edges: FxHashMap<u64, u32> = FxHashMap::default();
        let mut ends = vec![NONE];
        for (p, pattern) in lex.patterns.iter().enumerate() {
            let mut node = 0u32;
            for word in pattern.norm.split(' ').filter(|w| !w.is_empty()) {
                let next = words.len() as u32;
                let id = *words.entry(word.into()).or_insert(next);
                let fresh = ends.len() as u32;
                node = *edges.entry(edge(node, id)).or_insert(fresh);
                if node == fresh {
                    ends.push(NONE);
                }
            }
            if node != 0 {
                ends[node as usize] = p as u32;
            }
        }
        let topics = if lex.topic_patterns.is_empty() {
            None
        } else {
            Some(
                AhoCorasickBuilder::new()
                    .match_kind(MatchKind::LeftmostLongest)
                    .build(lex.topic_patterns.iter().map(|(n, _)| n))
                    .map_err(|e| {
                        Error::lexicon(
                            "<lexicon>",
                            0,
                            format!("cannot compile topics: {e}"),
                        )
                    })?,
            )
        };
        Ok(Matcher { words, edges, ends, topics })
    }

    /// Finds, left to right, the longest phrase starting at each token
    /// that no earlier match covers.
    pub(crate) fn scan(&self, tokens: &Tokens) -> Hits {
        const UNKNOWN: u32 = u32::MAX;
        let n = tokens.toks.len();
        let ids: Vec<u32> = (0..n)
            .map(|i| {
                self.words.get(tokens.norm(i)).copied().unwrap_or(UNKNOWN)
            })
            .collect();
        let mut at = vec![NONE; n];
        let mut i = 0;
        while i < n {
            let mut node = 0u32;
            let mut best = None;
            let mut j = i;
            while j < n && ids[j] != UNKNOWN {
                let Some(&child) = self.edges.get(&edge(node, ids[j])) else {
                    break;
                };
                node = child;
                j += 1;
                let p = self.ends[node as usize];
                if p != NONE {
                    best = Some((p, j));
                }
            }
            match best {
                Some((p, end)) => {
                    at[i] = p;
                    i = end;
                }
                None => i += 1,
            }
        }
        Hits { at }
    }

    /// Topic ids whose phrases occur in the normalized view between
    /// `from` and `to` (byte offsets of the view), sorted and deduplicated.
    pub(crate) fn topics(
        &self,
        lex: &Lexicon,
        norm: &str,
        from: usize,
        to: usize,
        out: &mut Vec<u32>,
    ) {
        let Some(ac) = &self.topics else { return };
        let hay = &norm.as_bytes()[from..to];
        for m in ac.find_iter(hay) {
            let end = m.end();
            if end < hay.len() && hay[end] != b' ' {
                continue;
            }
            out.push(lex.topic_patterns[m.pattern().as_usize()].1);
        }
        out.sort_unstable();
        out.dedup();
    }
}

/// The roles of pattern `p`.
pub(crate) fn roles(lex: &Lexicon, p: usize) -> &[RoleLen] {
    &lex.patterns[p].roles
}
