//! Lexicon matching: every phrase found over the tokens (a trie over
//! word ids), and topics found in a content span (another trie).

use rustc_hash::FxHashMap;

use crate::lexicon::{Lexicon, RoleLen};
use crate::text::token::{Tokens, NORM_IS_TEXT};
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
/// semantics of an aho-corasick automaton over the normalized tokens
/// joined by spaces, without scanning every byte through a large
/// automaton, and a phrase can never match inside a token. Topic phrases have a trie of their
/// own over the same vocabulary: they are looked for only in the
/// content of a commitment, and may overlap the other phrases.
#[derive(Clone, Debug)]
pub(crate) struct Matcher {
    /// Normalized token → word id, for every word of every phrase.
    words: Vocabulary,
    phrases: Trie,
    topics: Trie,
}

/// Word → id. Most words are at most eight bytes long: those are keyed
/// by their bytes packed in a `u64`, so looking up a token is one
/// multiply-and-probe with no string comparison.
#[derive(Clone, Debug, Default)]
struct Vocabulary {
    short: PackedTable,
    long: FxHashMap<Box<[u8]>, u32>,
}

/// A map from packed short words (never 0) to ids: open addressing with
/// linear probing, at most 3/4 full. Every token of a document is looked
/// up here, and most lookups leave the first-level caches: the keys are
/// an array of their own (8 bytes a slot, the ids apart), so the table
/// that every lookup touches stays small enough for the second level.
#[derive(Clone, Debug)]
struct PackedTable {
    /// Key 0 marks an empty slot.
    keys: Vec<u64>,
    /// The id of the key in the same slot.
    ids: Vec<u32>,
    len: usize,
}

impl Default for PackedTable {
    fn default() -> Self {
        PackedTable { keys: vec![0; 16], ids: vec![0; 16], len: 0 }
    }
}

impl PackedTable {
    fn home(&self, key: u64) -> usize {
        // Fibonacci hashing: the high bits of the product.
        let bits = self.keys.len().trailing_zeros();
        (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - bits)) as usize
    }

    fn get(&self, key: u64) -> Option<u32> {
        if key == 0 {
            return None;
        }
        let mask = self.keys.len() - 1;
        let mut at = self.home(key);
        loop {
            let k = self.keys[at];
            if k == key {
                return Some(self.ids[at]);
            }
            if k == 0 {
                return None;
            }
            at = (at + 1) & mask;
        }
    }

    /// The id of `key`, `id` inserted if absent.
    fn get_or_insert(&mut self, key: u64, id: u32) -> u32 {
        debug_assert_ne!(key, 0, "the empty word is never a key");
        if let Some(old) = self.get(key) {
            return old;
        }
        if 4 * (self.len + 1) > 3 * self.keys.len() {
            let wider = 2 * self.keys.len();
            let keys = std::mem::replace(&mut self.keys, vec![0; wider]);
            let ids = std::mem::replace(&mut self.ids, vec![0; wider]);
            for (k, v) in keys.into_iter().zip(ids).filter(|&(k, _)| k != 0) {
                self.place(k, v);
            }
        }
        self.place(key, id);
        self.len += 1;
        id
    }

    fn place(&mut self, key: u64, id: u32) {
        let mask = self.keys.len() - 1;
        let mut at = self.home(key);
        while self.keys[at] != 0 {
            at = (at + 1) & mask;
        }
        self.keys[at] = key;
        self.ids[at] = id;
    }
}

/// The bytes of a word of at most eight bytes as a little-endian number,
/// the rest zero. Words hold no NUL bytes, so words of different lengths
/// never pack alike.
fn pack(word: &[u8]) -> u64 {
    word.iter().rev().fold(0, |key, &b| (key << 8) | u64::from(b))
}

/// [`pack`] of the `len` bytes at `start` of `view`: one unaligned load
/// and a mask where eight bytes are there to load.
fn pack_at(view: &[u8], start: usize, len: usize) -> u64 {
    match view.get(start..start + 8) {
        Some(window) => {
            let mut bytes = [0u8; 8];
            bytes.copy_from_slice(window);
            // The low `len` bytes; none of an empty word.
            let mask = match len {
                0 => 0,
                _ => u64::MAX >> (8 * (8 - len.min(8))),
            };
            u64::from_le_bytes(bytes) & mask
        }
        None => pack(&view[start..start + len]),
    }
}

impl Vocabulary {
    fn len(&self) -> usize {
        self.short.len + self.long.len()
    }

    /// The id of token `i`'s normalized form.
    fn get(&self, tokens: &Tokens<'_>, i: usize) -> u32 {
        let t = &tokens.toks[i];
        let len = t.norm_len as usize;
        let found = if len <= 8 {
            let key = if t.has(NORM_IS_TEXT) {
                pack_at(tokens.text.as_bytes(), t.span.start, len)
            } else {
                pack_at(tokens.norm.as_bytes(), t.norm_start as usize, len)
            };
            self.short.get(key)
        } else {
            self.long.get(tokens.norm_bytes(i)).copied()
        };
        found.unwrap_or(UNKNOWN)
    }

    /// The id of `word`, added if new.
    fn intern(&mut self, word: &str) -> u32 {
        let next = self.len() as u32;
        if word.len() <= 8 {
            self.short.get_or_insert(pack(word.as_bytes()), next)
        } else {
            *self.long.entry(word.as_bytes().into()).or_insert(next)
        }
    }
}

/// A trie over word ids; a node's value is the phrase ending there.
///
/// Children below the root are kept per node as a short run of
/// `(word, child)` pairs sorted by word, all nodes' runs in one array:
/// most nodes have one or two children, so finding one is a scan of a
/// few adjacent integers instead of a hash probe.
#[derive(Clone, Debug)]
struct Trie {
    /// The root's children, indexed by word id (NONE for none): every
    /// known token takes this step, so it is an array.
    root: Vec<u32>,
    /// Node `n`'s children are `children[child_start[n]..child_start[n + 1]]`.
    child_start: Vec<u32>,
    children: Vec<(u32, u32)>,
    /// For each node, the value of the phrase ending there, or NONE.
    ends: Vec<u32>,
}

/// A [`Trie`] being built: edges in a hash map until [`freeze`](Self::freeze).
struct TrieBuilder {
    root: Vec<u32>,
    /// `(node << 32) | word` → child node, below the root (node 0).
    edges: FxHashMap<u64, u32>,
    ends: Vec<u32>,
}

/// Hits of a document: for each token, its word id and the pattern
/// starting there.
pub(crate) struct Hits {
    ids: Vec<u32>,
    at: Vec<u32>,
    /// The tokens where a pattern starts, ascending.
    starts: Vec<u32>,
}

const NONE: u32 = u32::MAX;
/// The word id of a token in no phrase.
const UNKNOWN: u32 = u32::MAX;

impl Hits {
    /// The tokens where a pattern starts, ascending: the only tokens
    /// with roles, so passes looking for roles visit these alone.
    pub(crate) fn starts(&self) -> impl Iterator<Item = usize> + '_ {
        self.starts.iter().map(|&i| i as usize)
    }

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

impl TrieBuilder {
    fn new() -> TrieBuilder {
        TrieBuilder {
            root: Vec::new(),
            edges: FxHashMap::default(),
            ends: vec![NONE],
        }
    }

    /// Adds the phrase `norm` (normalized words, space-separated) with
    /// `value`, interning its words in `words`.
    fn insert(&mut self, words: &mut Vocabulary, norm: &str, value: u32) {
        let mut node = 0u32;
        for word in norm.split(' ').filter(|w| !w.is_empty()) {
            let id = words.intern(word);
            let fresh = self.ends.len() as u32;
            node = if node == 0 {
                if self.root.len() <= id as usize {
                    self.root.resize(id as usize + 1, NONE);
                }
                if self.root[id as usize] == NONE {
                    self.root[id as usize] = fresh;
                }
                self.root[id as usize]
            } else {
                *self.edges.entry(edge(node, id)).or_insert(fresh)
            };
            if node == fresh {
                self.ends.push(NONE);
            }
        }
        if node != 0 {
            self.ends[node as usize] = value;
        }
    }

    fn freeze(self) -> Trie {
        let mut edges: Vec<(u32, u32, u32)> = self
            .edges
            .into_iter()
            .map(|(key, child)| ((key >> 32) as u32, key as u32, child))
            .collect();
        edges.sort_unstable();
        let nodes = self.ends.len();
        let mut child_start = Vec::with_capacity(nodes + 1);
        let mut children = Vec::with_capacity(edges.len());
        let mut e = 0;
        for node in 0..nodes as u32 {
            child_start.push(children.len() as u32);
            while e < edges.len() && edges[e].0 == node {
                children.push((edges[e].1, edges[e].2));
                e += 1;
            }
        }
        child_start.push(children.len() as u32);
        Trie { root: self.root, child_start, children, ends: self.ends }
    }
}

impl Trie {
    /// Whether some phrase starts with word `id`.
    #[inline]
    fn starts_with(&self, id: u32) -> bool {
        self.root.get(id as usize).is_some_and(|&node| node != NONE)
    }

    /// The value and end of the longest phrase starting at `ids[0]`.
    ///
    /// Inlined into the scan: it runs at about every third token, and
    /// most of those start only one-word phrases (`the`, `we`, `will`),
    /// answered without looking at the next word.
    #[inline]
    fn longest(&self, ids: &[u32]) -> Option<(u32, usize)> {
        let first = *ids.first()?;
        let mut node = *self.root.get(first as usize)?;
        if node == NONE {
            return None;
        }
        let mut best = None;
        let mut n = 1;
        loop {
            let v = self.ends[node as usize];
            if v != NONE {
                best = Some((v, n));
            }
            let from = self.child_start[node as usize] as usize;
            let to = self.child_start[node as usize + 1] as usize;
            if from == to {
                break;
            }
            let Some(&id) = ids.get(n) else { break };
            if id == UNKNOWN {
                break;
            }
            let run = &self.children[from..to];
            let child = if run.len() <= 8 {
                run.iter().find(|&&(w, _)| w == id).map(|&(_, c)| c)
            } else {
                run.binary_search_by_key(&id, |&(w, _)| w)
                    .ok()
                    .map(|k| run[k].1)
            };
            match child {
                Some(c) => node = c,
                None => break,
            }
            n += 1;
        }
        best
    }
}

impl Matcher {
    pub(crate) fn new(lex: &Lexicon) -> Result<Matcher, Error> {
        let mut words = Vocabulary::default();
        let mut phrases = TrieBuilder::new();
        for (p, pattern) in lex.patterns.iter().enumerate() {
            phrases.insert(&mut words, &pattern.norm, p as u32);
        }
        let mut topics = TrieBuilder::new();
        for (norm, topic) in &lex.topic_patterns {
            topics.insert(&mut words, norm, *topic);
        }
        let (phrases, topics) = (phrases.freeze(), topics.freeze());
        if words.len() as u64 >= u64::from(UNKNOWN) {
            return Err(Error::lexicon(
                "<lexicon>",
                0,
                "too many distinct words in the lexicon phrases".to_string(),
            ));
        }
        Ok(Matcher { words, phrases, topics })
    }

    /// Finds, left to right, the longest phrase starting at each token
    /// that no earlier match covers.
    pub(crate) fn scan(&self, tokens: &Tokens<'_>) -> Hits {
        let n = tokens.toks.len();
        let ids: Vec<u32> =
            (0..n).map(|i| self.words.get(tokens, i)).collect();
        let mut at = vec![NONE; n];
        let mut starts = Vec::new();
        let mut i = 0;
        while i < n {
            // Most known words start no phrase: answered here, inline.
            if !self.phrases.starts_with(ids[i]) {
                i += 1;
                continue;
            }
            match self.phrases.longest(&ids[i..]) {
                Some((p, len)) => {
                    at[i] = p;
                    starts.push(i as u32);
                    i += len;
                }
                None => i += 1,
            }
        }
        Hits { ids, at, starts }
    }

    /// The pattern whose phrase is the single normalized word `word`, if
    /// the lexicon has one: what a word the text inflects would have
    /// matched in its base form (`takes` → `take`).
    pub(crate) fn word_pattern(&self, word: &str) -> Option<usize> {
        let id = if word.len() <= 8 {
            self.words.short.get(pack(word.as_bytes()))
        } else {
            self.words.long.get(word.as_bytes()).copied()
        }?;
        let node = *self.phrases.root.get(id as usize)?;
        let value = *self.phrases.ends.get(node as usize)?;
        (value != NONE).then_some(value as usize)
    }

    /// Topic ids whose phrases occur in `tokens` (token indices),
    /// leftmost-longest and without overlap, sorted and deduplicated.
    pub(crate) fn topics(
        &self,
        hits: &Hits,
        tokens: std::ops::Range<usize>,
        out: &mut Vec<u32>,
    ) {
        let ids = &hits.ids[tokens];
        let mut i = 0;
        while i < ids.len() {
            match self.topics.longest(&ids[i..]) {
                Some((topic, len)) => {
                    out.push(topic);
                    i += len;
                }
                None => i += 1,
            }
        }
        out.sort_unstable();
        out.dedup();
    }
}

/// The roles of pattern `p`.
pub(crate) fn roles(lex: &Lexicon, p: usize) -> &[RoleLen] {
    &lex.patterns[p].roles
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_table_grows_and_keeps_every_key() {
        let mut table = PackedTable::default();
        let keys: Vec<u64> =
            (1..5000u64).map(|k| k.wrapping_mul(0x0100_0193)).collect();
        for (id, &key) in keys.iter().enumerate() {
            assert_eq!(table.get_or_insert(key, id as u32), id as u32);
        }
        // Inserting again keeps the first id.
        assert_eq!(table.get_or_insert(keys[7], 999_999), 7);
        for (id, &key) in keys.iter().enumerate() {
            assert_eq!(table.get(key), Some(id as u32));
        }
        assert_eq!(table.get(0), None);
        assert_eq!(table.get(u64::MAX), None);
        assert!(4 * table.len <= 3 * table.keys.len());
    }

    #[test]
    fn pack_at_agrees_with_pack() {
        let text = b"the Parties shall cooperate.";
        for start in 0..text.len() {
            for len in 0..=8.min(text.len() - start) {
                assert_eq!(
                    pack_at(text, start, len),
                    pack(&text[start..start + len])
                );
            }
        }
    }
}
