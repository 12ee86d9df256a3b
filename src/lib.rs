//! Extract commitments from diplomatic prose.
//!
//! # Overview
//!
//! `commitments` reads joint statements, communiqués, declarations and
//! treaties and returns every commitment in them as a typed record: who
//! binds itself ([`Commitment::actors`]), by which words
//! ([`Commitment::trigger`]), to what ([`Commitment::content`]), of which
//! [`Kind`] (undertaking, support, opposition, appeal, position), negated
//! or not ([`Polarity`]), how firmly ([`Strength`]), with exact byte
//! [`Span`]s into the input.
//!
//! The pipeline, one module per stage: text → tokens → blocks and
//! sentences → lexicon matches (a trie over the words of every phrase,
//! one lookup per token) → mentions, people and parties → clauses →
//! records. [`Extractor::tokens`], [`Extractor::sentences`] and
//! [`Extractor::matches`] show the intermediate stages.
//! Lexicons (actors, parties, triggers, modifiers, verbs, topics) are TOML
//! data files embedded in the crate and replaceable at run time.
//!
//! # Example: extract commitments from a statement
//!
//! ```
//! use commitments::{Extractor, Kind, Polarity};
//!
//! let text = "Joint Statement between the People's Republic of China \
//!             and the Kingdom of Cambodia\n\
//!             Both sides agreed to enhance high-level engagements, to \
//!             advance strategic communication, and to firmly steer \
//!             relations in the right direction.\n\
//!             Cambodia will not develop any form of official relations \
//!             with Taiwan.";
//! let extractor = Extractor::new();
//! let records = extractor.extract(text);
//! assert_eq!(records.len(), 4);
//! assert_eq!(records[0].actors, ["CHN", "KHM"]);
//! assert_eq!(records[0].trigger.text, "agreed to");
//! assert_eq!(records[2].content.text, "steer relations in the right direction");
//! let taiwan = &records[3];
//! assert_eq!(taiwan.kind, Kind::Undertaking);
//! assert_eq!(taiwan.polarity, Polarity::Negative);
//! assert_eq!(taiwan.targets, ["TWN"]);
//! // Spans point into the input.
//! assert_eq!(&text[taiwan.content.span], taiwan.content.text);
//! ```
//!
//! # Example: JSON Lines
//!
//! Records serialize (serde) to the JSON object of the commitment
//! guidelines; [`Commitment::with_doc`] adds the document's name.
//!
//! ```
//! # use commitments::Extractor;
//! let text = "The Parties shall exchange information.";
//! let records = Extractor::new().extract_with_parties(text, &["FRA", "DEU"]);
//! let line = serde_json::to_string(&records[0].with_doc("treaty.txt")).unwrap();
//! assert!(line.starts_with(r#"{"doc":"treaty.txt","paragraph":null"#));
//! assert!(line.contains(r#""actors":["DEU","FRA"]"#));
//! ```
//!
//! # Crate features
//!
//! - `cli` (default): the `commitments` command-line tool and its
//!   dependencies (clap, anyhow, indicatif, serde_json, rayon); turn it off
//!   with `default-features = false` to keep only memchr, rustc-hash,
//!   serde and toml.
//! - `rayon` (enabled by `cli`): [`Extractor::extract_batch`].

#![deny(missing_docs)]
#![deny(rustdoc::broken_intra_doc_links)]

mod clause;
mod error;
mod extractor;
mod lexicon;
mod matcher;
mod record;
mod span;
mod text;

pub use crate::error::Error;
pub use crate::extractor::{Extractor, ExtractorBuilder};
pub use crate::matcher::LexiconMatch;
pub use crate::record::{
    ActorId, Commitment, Excerpt, Kind, Polarity, Strength, WithDoc,
};
pub use crate::span::Span;
pub use crate::text::{Sentence, Token, TokenKind};
