//! Lexicon matching: every phrase found over the tokens (a trie over
//! word ids), and topics found in a content span (another trie).

use rustc_hash::FxHashMap;

use crate::lexicon::{Lexicon, RoleLen};
use crate::text::token::{Tok, Tokens, NORM_IS_TEXT};
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

/// Word → id. Most words are at most sixteen bytes long: those are keyed
/// by their bytes packed in a `u64` (up to eight bytes) or a `u128`, so
/// looking up a token is one multiply-and-probe with no string
/// comparison and no hashing of bytes.
#[derive(Clone, Debug, Default)]
struct Vocabulary {
    short: PackedTable<u64>,
    medium: PackedTable<u128>,
    long: FxHashMap<Box<[u8]>, u32>,
}

/// A word packed in an integer: its bytes, little-endian, the rest zero.
/// Words hold no NUL bytes, so words of different lengths never pack
/// alike, and 0 (the empty word) marks an empty slot.
trait PackedKey: Copy + Eq + Default {
    /// A 64-bit mix of the key whose high bits index the table.
    fn mix(self) -> u64;
}

/// The multiplier of Fibonacci hashing: 2^64 / φ, odd.
const FIBONACCI: u64 = 0x9e37_79b9_7f4a_7c15;

impl PackedKey for u64 {
    fn mix(self) -> u64 {
        self.wrapping_mul(FIBONACCI)
    }
}

impl PackedKey for u128 {
    fn mix(self) -> u64 {
        // Both halves matter: words of 9 to 16 bytes often share their
        // first eight (`implement`, `implementation`).
        let (low, high) = (self as u64, (self >> 64) as u64);
        (low ^ high.wrapping_mul(FIBONACCI).rotate_left(32))
            .wrapping_mul(FIBONACCI)
    }
}

/// A map from packed words (never 0) to ids: open addressing with
/// linear probing, at most half full. Every token of a document is
/// looked up here, a third of them in vain: at half load a miss probes
/// about two slots (at 3/4 load, eight), and the keys are an array of
/// their own (the ids apart), so the table that every lookup touches
/// stays small enough for the second-level cache.
#[derive(Clone, Debug)]
struct PackedTable<K> {
    /// The zero key marks an empty slot.
    keys: Vec<K>,
    /// The id of the key in the same slot.
    ids: Vec<u32>,
    len: usize,
    /// 64 - log2(slots): a key's home slot is the top bits of its mix.
    shift: u32,
}

impl<K: PackedKey> Default for PackedTable<K> {
    fn default() -> Self {
        PackedTable {
            keys: vec![K::default(); 16],
            ids: vec![0; 16],
            len: 0,
            shift: 64 - 4,
        }
    }
}

impl<K: PackedKey> PackedTable<K> {
    fn home(&self, key: K) -> usize {
        // Fibonacci hashing: the high bits of the product.
        (key.mix() >> self.shift) as usize
    }

    fn get(&self, key: K) -> Option<u32> {
        if key == K::default() {
            return None;
        }
        let mask = self.keys.len() - 1;
        let mut at = self.home(key);
        loop {
            let k = self.keys[at];
            if k == key {
                return Some(self.ids[at]);
            }
            if k == K::default() {
                return None;
            }
            at = (at + 1) & mask;
        }
    }

    /// The id of `key`, `id` inserted if absent.
    fn get_or_insert(&mut self, key: K, id: u32) -> u32 {
        debug_assert!(key != K::default(), "the empty word is never a key");
        if let Some(old) = self.get(key) {
            return old;
        }
        if 2 * (self.len + 1) > self.keys.len() {
            let wider = 2 * self.keys.len();
            let keys =
                std::mem::replace(&mut self.keys, vec![K::default(); wider]);
            let ids = std::mem::replace(&mut self.ids, vec![0; wider]);
            self.shift -= 1;
            for (k, v) in keys.into_iter().zip(ids) {
                if k != K::default() {
                    self.place(k, v);
                }
            }
        }
        self.place(key, id);
        self.len += 1;
        id
    }

    fn place(&mut self, key: K, id: u32) {
        let mask = self.keys.len() - 1;
        let mut at = self.home(key);
        while self.keys[at] != K::default() {
            at = (at + 1) & mask;
        }
        self.keys[at] = key;
        self.ids[at] = id;
    }
}

/// The bytes of a word of at most sixteen bytes as a little-endian
/// number, the rest zero (see [`PackedKey`]).
fn pack(word: &[u8]) -> u128 {
    word.iter().rev().fold(0, |key, &b| (key << 8) | u128::from(b))
}

/// The `len` (at most eight) bytes at `start` of `view`, packed: one
/// unaligned load and a mask where eight bytes are there to load.
fn pack_at(view: &[u8], start: usize, len: usize) -> u64 {
    match view.get(start..start + 8) {
        Some(window) => {
            let mut bytes = [0u8; 8];
            bytes.copy_from_slice(window);
            u64::from_le_bytes(bytes) & LOW_BYTES[len.min(8)]
        }
        None => pack(&view[start..start + len]) as u64,
    }
}

/// `LOW_BYTES[n]` keeps the low `n` bytes of a `u64`.
const LOW_BYTES: [u64; 9] = {
    let mut masks = [0; 9];
    let mut n = 1;
    while n <= 8 {
        masks[n] = u64::MAX >> (8 * (8 - n));
        n += 1;
    }
    masks
};

/// [`pack_at`] of a word of 9 to 16 bytes.
fn pack_at_wide(view: &[u8], start: usize, len: usize) -> u128 {
    debug_assert!((9..=16).contains(&len));
    match view.get(start..start + 16) {
        Some(window) => {
            let mut bytes = [0u8; 16];
            bytes.copy_from_slice(window);
            u128::from_le_bytes(bytes) & (u128::MAX >> (8 * (16 - len)))
        }
        None => pack(&view[start..start + len]),
    }
}

impl Vocabulary {
    fn len(&self) -> usize {
        self.short.len + self.medium.len + self.long.len()
    }

    /// The id of the normalized form of `t`, one of `tokens`.
    fn get(&self, tokens: &Tokens<'_>, t: &Tok) -> u32 {
        let len = t.norm_len as usize;
        let (view, start) = if t.has(NORM_IS_TEXT) {
            (tokens.text.as_bytes(), t.span.start)
        } else {
            (tokens.norm.as_bytes(), t.norm_start as usize)
        };
        let found = if len <= 8 {
            self.short.get(pack_at(view, start, len))
        } else if len <= 16 {
            self.medium.get(pack_at_wide(view, start, len))
        } else {
            view.get(start..start + len)
                .and_then(|word| self.long.get(word).copied())
        };
        found.unwrap_or(UNKNOWN)
    }

    /// The id of `word`, if it is in a phrase.
    fn find(&self, word: &str) -> Option<u32> {
        let bytes = word.as_bytes();
        match bytes.len() {
            0..=8 => self.short.get(pack(bytes) as u64),
            9..=16 => self.medium.get(pack(bytes)),
            _ => self.long.get(bytes).copied(),
        }
    }

    /// The id of `word`, added if new.
    fn intern(&mut self, word: &str) -> u32 {
        let next = self.len() as u32;
        let bytes = word.as_bytes();
        match bytes.len() {
            0..=8 => self.short.get_or_insert(pack(bytes) as u64, next),
            9..=16 => self.medium.get_or_insert(pack(bytes), next),
            _ => *self.long.entry(bytes.into()).or_insert(next),
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
    /// Every node but the root, and one past the last: what a step
    /// reads of a node is in one place.
    nodes: Vec<Node>,
    children: Vec<(u32, u32)>,
}

#[derive(Clone, Copy, Debug)]
struct Node {
    /// The value of the phrase ending here, or NONE.
    value: u32,
    /// The node's children are `children[first_child..]` up to the next
    /// node's `first_child`.
    first_child: u32,
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
    tokens: Vec<Slot>,
    /// The tokens where a pattern starts, ascending.
    starts: Vec<u32>,
}

/// What the scan found of a token. The word and the pattern are side
/// by side: both are written in the same pass, and the scan that reads
/// the one writes the other.
#[derive(Clone, Copy, Debug)]
struct Slot {
    /// Word id, or UNKNOWN.
    word: u32,
    /// The pattern whose match starts here, or NONE.
    pattern: u32,
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

    /// The tokens where a pattern starts, ascending, from token `i` on.
    pub(crate) fn starts_from(&self, i: usize) -> &[u32] {
        let first = self.starts.partition_point(|&s| (s as usize) < i);
        &self.starts[first..]
    }

    /// The pattern id whose match starts at token `i`, if any.
    pub(crate) fn pattern_at(&self, i: usize) -> Option<usize> {
        match self.tokens.get(i) {
            Some(slot) if slot.pattern != NONE => Some(slot.pattern as usize),
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
        let mut nodes = Vec::with_capacity(self.ends.len() + 1);
        let mut children = Vec::with_capacity(edges.len());
        let mut e = 0;
        for (node, &value) in self.ends.iter().enumerate() {
            nodes.push(Node { value, first_child: children.len() as u32 });
            while e < edges.len() && edges[e].0 == node as u32 {
                children.push((edges[e].1, edges[e].2));
                e += 1;
            }
        }
        nodes.push(Node { value: NONE, first_child: children.len() as u32 });
        Trie { root: self.root, nodes, children }
    }
}

impl Trie {
    /// The node of the one-word phrase prefix `word`, if any.
    #[inline]
    fn first(&self, word: u32) -> Option<u32> {
        self.root.get(word as usize).copied().filter(|&node| node != NONE)
    }

    /// The value of the one-word phrase `word`, if any.
    fn value_of(&self, word: u32) -> Option<u32> {
        let node = self.first(word)?;
        let value = self.nodes.get(node as usize)?.value;
        (value != NONE).then_some(value)
    }

    /// The value and length of the longest phrase starting at
    /// `tokens[0]`.
    #[inline]
    fn longest(&self, tokens: &[Slot]) -> Option<(u32, usize)> {
        let (first, rest) = tokens.split_first()?;
        self.longest_from(self.first(first.word)?, rest)
    }

    /// The value and length of the longest phrase whose first word leads
    /// to `node`, the words after it in `rest`.
    ///
    /// Inlined into the scan: it runs at about every third token, and
    /// most of those start only one-word phrases (`the`, `we`, `will`),
    /// answered without looking at the next word.
    #[inline]
    fn longest_from(
        &self,
        mut node: u32,
        rest: &[Slot],
    ) -> Option<(u32, usize)> {
        let mut best = None;
        let mut n = 0;
        // A node's children end where the next node's begin.
        while let Some([here, next, ..]) = self.nodes.get(node as usize..) {
            if here.value != NONE {
                best = Some((here.value, n + 1));
            }
            if here.first_child == next.first_child {
                break;
            }
            let Some(slot) = rest.get(n) else { break };
            if slot.word == UNKNOWN {
                break;
            }
            let run = &self.children
                [here.first_child as usize..next.first_child as usize];
            let child = if run.len() <= 8 {
                run.iter().find(|&&(w, _)| w == slot.word).map(|&(_, c)| c)
            } else {
                run.binary_search_by_key(&slot.word, |&(w, _)| w)
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
        let mut slots: Vec<Slot> = tokens
            .toks
            .iter()
            .map(|t| Slot { word: self.words.get(tokens, t), pattern: NONE })
            .collect();
        let mut starts = Vec::new();
        let mut i = 0;
        while i < slots.len() {
            // Most known words start no phrase: answered here, inline.
            let Some(node) = self.phrases.first(slots[i].word) else {
                i += 1;
                continue;
            };
            match self.phrases.longest_from(node, &slots[i + 1..]) {
                Some((p, len)) => {
                    slots[i].pattern = p;
                    starts.push(i as u32);
                    i += len;
                }
                None => i += 1,
            }
        }
        Hits { tokens: slots, starts }
    }

    /// The pattern whose phrase is the single normalized word `word`, if
    /// the lexicon has one: what a word the text inflects would have
    /// matched in its base form (`takes` → `take`).
    pub(crate) fn word_pattern(&self, word: &str) -> Option<usize> {
        let id = self.words.find(word)?;
        self.phrases.value_of(id).map(|value| value as usize)
    }

    /// Topic ids whose phrases occur in `tokens` (token indices),
    /// leftmost-longest and without overlap, sorted and deduplicated.
    pub(crate) fn topics(
        &self,
        hits: &Hits,
        tokens: std::ops::Range<usize>,
        out: &mut Vec<u32>,
    ) {
        let slots = &hits.tokens[tokens];
        let mut i = 0;
        while i < slots.len() {
            match self.topics.longest(&slots[i..]) {
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
        assert!(2 * table.len <= table.keys.len());
    }

    #[test]
    fn wide_table_tells_words_sharing_eight_bytes_apart() {
        let mut table = PackedTable::<u128>::default();
        let words = ["implement", "implementation", "implementing"];
        for (id, w) in words.iter().enumerate() {
            table.get_or_insert(pack(w.as_bytes()), id as u32);
        }
        for (id, w) in words.iter().enumerate() {
            assert_eq!(table.get(pack(w.as_bytes())), Some(id as u32));
        }
        assert_eq!(table.get(pack(b"implemented")), None);
    }

    #[test]
    fn pack_at_wide_agrees_with_pack() {
        let text = b"the Parties shall cooperate internationally.";
        for start in 0..text.len() {
            for len in 9..=16.min(text.len() - start) {
                assert_eq!(
                    pack_at_wide(text, start, len),
                    pack(&text[start..start + len])
                );
            }
        }
    }

    #[test]
    fn vocabulary_finds_words_of_every_length() {
        let mut words = Vocabulary::default();
        let list =
            ["we", "cooperate", "implementation", "internationalization"];
        let ids: Vec<u32> = list.iter().map(|w| words.intern(w)).collect();
        assert_eq!(ids, [0, 1, 2, 3]);
        for (w, id) in list.iter().zip(ids) {
            assert_eq!(words.find(w), Some(id));
        }
        assert_eq!(words.find("they"), None);
        assert_eq!(words.find("cooperated"), None);
    }

    #[test]
    fn trie_finds_the_longest_phrase() {
        let mut words = Vocabulary::default();
        let mut builder = TrieBuilder::new();
        builder.insert(&mut words, "prime minister", 1);
        builder.insert(&mut words, "prime", 2);
        builder.insert(&mut words, "prime minister of", 3);
        let trie = builder.freeze();
        let slots = |text: &str| -> Vec<Slot> {
            text.split(' ')
                .map(|w| Slot {
                    word: words.find(w).unwrap_or(UNKNOWN),
                    pattern: NONE,
                })
                .collect()
        };
        assert_eq!(trie.longest(&slots("prime minister said")), Some((1, 2)));
        assert_eq!(trie.longest(&slots("prime minister of")), Some((3, 3)));
        assert_eq!(trie.longest(&slots("prime time")), Some((2, 1)));
        assert_eq!(trie.longest(&slots("prime")), Some((2, 1)));
        assert_eq!(trie.longest(&slots("minister")), None);
        assert_eq!(trie.longest(&slots("said")), None);
        assert_eq!(trie.value_of(words.find("prime").unwrap()), Some(2));
        assert_eq!(trie.value_of(words.find("minister").unwrap()), None);
    }

    #[test]
    fn pack_at_agrees_with_pack() {
        let text = b"the Parties shall cooperate.";
        for start in 0..text.len() {
            for len in 0..=8.min(text.len() - start) {
                assert_eq!(
                    pack_at(text, start, len),
                    pack(&text[start..start + len]) as u64
                );
            }
        }
    }
}
