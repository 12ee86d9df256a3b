//! One aho-corasick pass of every lexicon phrase over the normalized view.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

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
#[derive(Clone, Debug)]
pub(crate) struct Matcher {
    phrases: AhoCorasick,
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

fn build(
    patterns: impl IntoIterator<Item = String>,
) -> Result<AhoCorasick, Error> {
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .build(patterns)
        .map_err(|e| {
            Error::lexicon(
                "<lexicon>",
                0,
                format!("cannot compile phrases: {e}"),
            )
        })
}

impl Matcher {
    pub(crate) fn new(lex: &Lexicon) -> Result<Matcher, Error> {
        let phrases = build(lex.patterns.iter().map(|p| p.norm.clone()))?;
        let topics = if lex.topic_patterns.is_empty() {
            None
        } else {
            Some(build(lex.topic_patterns.iter().map(|(n, _)| n.clone()))?)
        };
        Ok(Matcher { phrases, topics })
    }

    /// Finds every phrase on token boundaries: a match starts at a token's
    /// leading space and ends where a token ends.
    pub(crate) fn scan(&self, tokens: &Tokens) -> Hits {
        let mut at = vec![NONE; tokens.toks.len()];
        let hay = tokens.norm.as_bytes();
        // Matches come in order, so a cursor finds their tokens in one
        // pass instead of a binary search each.
        let mut tok = 0usize;
        for m in self.phrases.find_iter(hay) {
            let end = m.end();
            if end < hay.len() && hay[end] != b' ' {
                continue;
            }
            // The match starts at the space before its first token.
            let want = (m.start() + 1) as u32;
            while tok < tokens.toks.len() && tokens.toks[tok].norm_start < want
            {
                tok += 1;
            }
            if tok < tokens.toks.len() && tokens.toks[tok].norm_start == want {
                at[tok] = m.pattern().as_u32();
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
