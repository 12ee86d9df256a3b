//! The extractor: lexicons compiled once, then documents through the
//! pipeline.

use std::path::{Path, PathBuf};

use crate::clause::Doc;
use crate::lexicon::{self, Lexicon, Source};
use crate::matcher::Matcher;
use crate::text::layout;
use crate::text::sentence::{self, Sent};
use crate::text::token::{tokenize_into, Tokens};
use crate::text::{Sentence, Token};
use crate::{ActorId, Commitment, Error, LexiconMatch};

/// Extracts commitments from diplomatic text.
///
/// Build one with [`Extractor::new`] (embedded lexicons) or
/// [`Extractor::builder`], then use it for any number of documents, from
/// any number of threads: it is immutable, `Send` and `Sync`.
///
/// ```
/// use commitments::{Extractor, Kind};
///
/// let extractor = Extractor::new();
/// let text = "Joint Statement between Japan and the Republic of Korea\n\
///             Both sides agreed to expand trade and to deepen exchanges.";
/// let records = extractor.extract(text);
/// assert_eq!(records.len(), 2);
/// assert_eq!(records[0].kind, Kind::Undertaking);
/// assert_eq!(records[0].content.text, "expand trade");
/// assert_eq!(records[1].content.text, "deepen exchanges");
/// assert_eq!(records[0].actors, ["JPN", "KOR"]);
/// ```
#[derive(Clone, Debug)]
pub struct Extractor {
    lexicon: Lexicon,
    matcher: Matcher,
}

/// Builds an [`Extractor`] from the embedded lexicons, lexicon
/// directories and lexicon text.
///
/// A lexicon file given here replaces the embedded file of the same name
/// (`actors.toml`, `triggers.toml`, ...); files with other names are
/// added. Every problem of every file is reported at once, each with its
/// file and line.
///
/// ```no_run
/// use commitments::Extractor;
///
/// let extractor = Extractor::builder()
///     .lexicon_dir("my-lexicons")
///     .build()?;
/// # Ok::<(), commitments::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct ExtractorBuilder {
    defaults: bool,
    dirs: Vec<PathBuf>,
    strs: Vec<(String, String)>,
}

impl Default for ExtractorBuilder {
    fn default() -> Self {
        ExtractorBuilder { defaults: true, dirs: Vec::new(), strs: Vec::new() }
    }
}

impl ExtractorBuilder {
    /// A builder that starts from the embedded lexicons.
    pub fn new() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// Whether to start from the embedded lexicons (default: yes).
    pub fn defaults(&mut self, yes: bool) -> &mut ExtractorBuilder {
        self.defaults = yes;
        self
    }

    /// Loads every `*.toml` file of `dir` at build time.
    pub fn lexicon_dir(
        &mut self,
        dir: impl AsRef<Path>,
    ) -> &mut ExtractorBuilder {
        self.dirs.push(dir.as_ref().to_path_buf());
        self
    }

    /// Adds a lexicon file's text under `name` (used in errors, and to
    /// replace the embedded file of that name).
    ///
    /// ```
    /// use commitments::Extractor;
    ///
    /// let extractor = Extractor::builder()
    ///     .lexicon_str("extra.toml", "[parties]\nall = [\"the two ministers\"]\n")
    ///     .build()?;
    /// let text = "Joint Statement between Japan and Viet Nam\n\
    ///             The two ministers agreed to meet again.";
    /// assert_eq!(extractor.extract(text)[0].actors, ["JPN", "VNM"]);
    /// # Ok::<(), commitments::Error>(())
    /// ```
    pub fn lexicon_str(
        &mut self,
        name: impl Into<String>,
        text: impl Into<String>,
    ) -> &mut ExtractorBuilder {
        self.strs.push((name.into(), text.into()));
        self
    }

    /// Compiles the lexicons.
    pub fn build(&self) -> Result<Extractor, Error> {
        let mut sources: Vec<Source> =
            if self.defaults { lexicon::embedded() } else { Vec::new() };
        let mut errors = Vec::new();
        let mut extra = Vec::new();
        for dir in &self.dirs {
            match lexicon::read_dir(dir) {
                Ok(files) => extra.extend(files),
                Err(e) => errors.push(e),
            }
        }
        for (name, text) in &self.strs {
            extra.push(Source {
                origin: name.clone(),
                name: Path::new(name)
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_else(|| name.clone()),
                text: text.clone(),
            });
        }
        if let Some(err) = Error::many(errors) {
            return Err(err);
        }
        for src in extra {
            sources.retain(|s| s.name != src.name || s.origin == src.origin);
            sources.push(src);
        }
        let lexicon = Lexicon::compile(&sources)?;
        let matcher = Matcher::new(&lexicon)?;
        Ok(Extractor { lexicon, matcher })
    }
}

impl Default for Extractor {
    fn default() -> Self {
        Extractor::new()
    }
}

/// A document run through the text stages.
struct Prepared<'t> {
    blocks: Vec<layout::Block>,
    block_toks: Vec<std::ops::Range<usize>>,
    tokens: Tokens<'t>,
    sents: Vec<Sent>,
}

impl Extractor {
    /// An extractor with the embedded lexicons.
    ///
    /// # Panics
    ///
    /// Never in a released crate: the embedded lexicons are checked by
    /// the crate's tests.
    pub fn new() -> Extractor {
        ExtractorBuilder::new()
            .build()
            .expect("the embedded lexicons are valid")
    }

    /// A builder, to load other lexicons.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::new()
    }

    fn prepare<'t>(&self, text: &'t str) -> Prepared<'t> {
        let blocks = layout::blocks(text);
        let mut tokens = Tokens::new(text);
        let abbr = |w: &str| self.lexicon.abbreviations.contains(w);
        let mut block_toks = Vec::with_capacity(blocks.len());
        // Sentences are rarely shorter than 64 bytes: no regrowing.
        let mut sents = Vec::with_capacity(text.len() / 64);
        for (b, block) in blocks.iter().enumerate() {
            let start = tokens.toks.len();
            tokenize_into(&mut tokens, block.span, &abbr);
            let end = tokens.toks.len();
            block_toks.push(start..end);
            sentence::split(&tokens, start..end, b, &mut sents);
        }
        Prepared { blocks, block_toks, tokens, sents }
    }

    /// Every commitment in `text`, in document order.
    pub fn extract<'t>(&self, text: &'t str) -> Vec<Commitment<'t>> {
        self.extract_with_parties(text, &[])
    }

    /// Like [`extract`](Extractor::extract), with the document's parties
    /// known beforehand (ids such as `"FRA"`): `We`, `the Parties` and
    /// `both sides` resolve to them. Unknown ids are ignored. Without
    /// them, the parties are read from the title or opening.
    ///
    /// ```
    /// use commitments::Extractor;
    ///
    /// let extractor = Extractor::new();
    /// let speech = "We will continue to support the peace process.";
    /// let records = extractor.extract_with_parties(speech, &["NOR"]);
    /// assert_eq!(records[0].actors, ["NOR"]);
    /// ```
    pub fn extract_with_parties<'t>(
        &self,
        text: &'t str,
        parties: &[&str],
    ) -> Vec<Commitment<'t>> {
        let prepared = self.prepare(text);
        let hits = self.matcher.scan(&prepared.tokens);
        let mut doc = self.doc(text, &prepared, &hits);
        doc.parties = if parties.is_empty() {
            doc.find_parties()
        } else {
            let mut p: Vec<u32> = parties
                .iter()
                .filter_map(|id| self.lexicon.actor_index(id))
                .collect();
            p.sort_unstable();
            p.dedup();
            p
        };
        let mut out = Vec::new();
        doc.analyse(&mut out);
        out.sort_by_key(|r| (r.content.span.start, r.content.span.end));
        out
    }

    /// The parties that the title or opening of `text` names, as
    /// [`extract`](Extractor::extract) finds them: for a corpus that keeps
    /// each document's title apart from its text, pass these to
    /// [`extract_with_parties`](Extractor::extract_with_parties).
    ///
    /// ```
    /// use commitments::Extractor;
    ///
    /// let extractor = Extractor::new();
    /// let parties = extractor.parties("United States – Italy Joint Leaders’ Statement");
    /// assert_eq!(parties, ["ITA", "USA"]);
    /// ```
    pub fn parties(&self, text: &str) -> Vec<ActorId> {
        let prepared = self.prepare(text);
        let hits = self.matcher.scan(&prepared.tokens);
        let doc = self.doc(text, &prepared, &hits);
        doc.find_parties()
            .into_iter()
            .map(|a| self.lexicon.actors[a as usize].id.clone())
            .collect()
    }

    /// A document through the text stages and mentions, ready for
    /// clause analysis once its parties are set.
    fn doc<'t, 'a>(
        &'a self,
        text: &'t str,
        prepared: &'a Prepared<'t>,
        hits: &'a crate::matcher::Hits,
    ) -> Doc<'t, 'a> {
        let mut doc = Doc {
            text,
            lex: &self.lexicon,
            matcher: &self.matcher,
            toks: &prepared.tokens,
            hits,
            blocks: &prepared.blocks,
            sents: &prepared.sents,
            block_toks: &prepared.block_toks,
            mentions: Vec::new(),
            mention_ending: Vec::new(),
            mention_starting: Vec::new(),
            parties: Vec::new(),
            titled: Vec::new(),
            bodies: Vec::new(),
        };
        let (mentions, ending, starting, titled) =
            crate::clause::mentions(&doc);
        doc.titled = titled;
        doc.mentions = mentions;
        doc.mention_ending = ending;
        doc.mention_starting = starting;
        doc.bodies = doc.find_bodies();
        doc
    }

    /// Decodes `bytes` as UTF-8 (a leading byte-order mark is kept in the
    /// text and skipped by the tokenizer) and extracts.
    ///
    /// # Errors
    ///
    /// When `bytes` are not UTF-8; the error tells where.
    pub fn extract_bytes<'t>(
        &self,
        bytes: &'t [u8],
    ) -> Result<Vec<Commitment<'t>>, Error> {
        let text = std::str::from_utf8(bytes).map_err(Error::utf8)?;
        Ok(self.extract(text))
    }

    /// The tokens of `text`, for debugging lexicons.
    ///
    /// ```
    /// use commitments::Extractor;
    ///
    /// let tokens = Extractor::new().tokens("China’ s U.S. ties");
    /// let texts: Vec<_> = tokens.iter().map(|t| t.text).collect();
    /// assert_eq!(texts, ["China", "’ s", "U.S.", "ties"]);
    /// ```
    pub fn tokens<'t>(&self, text: &'t str) -> Vec<Token<'t>> {
        let prepared = self.prepare(text);
        prepared
            .tokens
            .toks
            .iter()
            .map(|t| Token { text: &text[t.span], span: t.span, kind: t.kind })
            .collect()
    }

    /// Every lexicon phrase found in `text`, in order: one item per role
    /// of each match (a phrase can be a trigger and a verb). Phrases that
    /// a longer phrase starting earlier covers are not found, as in
    /// extraction.
    ///
    /// ```
    /// use commitments::Extractor;
    ///
    /// let found = Extractor::new().matches("Cambodia firmly supports it");
    /// let roles: Vec<_> =
    ///     found.iter().map(|m| (m.text, m.role.as_str())).collect();
    /// assert!(roles.contains(&("Cambodia", "actor KHM")));
    /// assert!(roles.contains(&("firmly", "firm")));
    /// ```
    pub fn matches<'t>(&self, text: &'t str) -> Vec<LexiconMatch<'t>> {
        let prepared = self.prepare(text);
        let toks = &prepared.tokens.toks;
        let hits = self.matcher.scan(&prepared.tokens);
        let mut out = Vec::new();
        for i in 0..toks.len() {
            let Some(p) = hits.pattern_at(i) else { continue };
            for r in crate::matcher::roles(&self.lexicon, p) {
                let last = (i + r.len as usize).min(toks.len()) - 1;
                let span = toks[i].span.cover(toks[last].span);
                out.push(LexiconMatch {
                    text: &text[span],
                    span,
                    role: self.lexicon.describe(r.role),
                });
            }
        }
        out
    }

    /// The sentences of `text`, with their paragraph labels.
    ///
    /// ```
    /// use commitments::Extractor;
    ///
    /// let text = "1. H.E. the President arrived. Talks were held.";
    /// let sentences = Extractor::new().sentences(text);
    /// assert_eq!(sentences.len(), 2);
    /// assert_eq!(sentences[0].text, "H.E. the President arrived.");
    /// assert_eq!(sentences[0].paragraph, Some("1"));
    /// ```
    pub fn sentences<'t>(&self, text: &'t str) -> Vec<Sentence<'t>> {
        let prepared = self.prepare(text);
        prepared
            .sents
            .iter()
            .filter(|s| !s.toks.is_empty())
            .map(|s| {
                let first = &prepared.tokens.toks[s.toks.start];
                let last = &prepared.tokens.toks[s.toks.end - 1];
                let span = crate::Span::new(first.span.start, last.span.end);
                Sentence {
                    text: &text[span],
                    span,
                    paragraph: prepared.blocks[s.block]
                        .paragraph
                        .map(|p| &text[p]),
                }
            })
            .collect()
    }

    /// Extracts many documents in parallel with rayon, results in input
    /// order: `result[i]` holds the records of `docs[i]`, exactly what
    /// [`extract`](Extractor::extract) gives for it alone. Each
    /// document's parties are read from its own title or opening.
    ///
    /// For a corpus larger than memory, call this on successive chunks of
    /// documents (the CLI reads batches of a few hundred).
    ///
    /// ```
    /// use commitments::Extractor;
    ///
    /// let docs = [
    ///     "Joint Statement between Japan and Viet Nam\nBoth sides agreed to meet.",
    ///     "No commitments here.",
    /// ];
    /// let results = Extractor::new().extract_batch(&docs);
    /// assert_eq!(results.len(), 2);
    /// assert_eq!(results[0][0].actors, ["JPN", "VNM"]);
    /// assert!(results[1].is_empty());
    /// ```
    #[cfg(feature = "rayon")]
    pub fn extract_batch<'t, D>(
        &self,
        docs: &'t [D],
    ) -> Vec<Vec<Commitment<'t>>>
    where
        D: AsRef<str> + Sync,
    {
        use rayon::prelude::*;
        docs.par_iter().map(|d| self.extract(d.as_ref())).collect()
    }
}
