//! Text → tokens → blocks → sentences, with byte spans always into the
//! original input.
//!
//! Three views of one document are built here, once:
//! - [`layout`] splits the raw text into blocks (paragraphs, list items,
//!   headings) and reads paragraph labels;
//! - [`token`] turns each block into tokens, each with its *normalized
//!   form* (lower case, folded quotes, apostrophes and dashes), which the
//!   lexicon matcher looks up; a lower-case ASCII token is its own form;
//! - [`sentence`] groups a block's tokens into sentences.

pub(crate) mod layout;
pub(crate) mod sentence;
pub(crate) mod token;

pub use sentence::Sentence;
pub use token::{Token, TokenKind};
