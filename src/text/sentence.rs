//! Sentence boundaries inside a block.

use std::ops::Range;

use serde::Serialize;

use super::token::{Tok, TokenKind, Tokens, CAPITALIZED};
use crate::Span;

/// A sentence of the input, as returned by
/// [`Extractor::sentences`](crate::Extractor::sentences).
#[derive(Clone, Copy, Debug, Eq, PartialEq, Serialize)]
pub struct Sentence<'t> {
    /// The exact text of the sentence.
    pub text: &'t str,
    /// Where the sentence is.
    pub span: Span,
    /// The label of the numbered paragraph it is in, if any.
    pub paragraph: Option<&'t str>,
}

/// A sentence as the pipeline uses it.
#[derive(Clone, Debug)]
pub(crate) struct Sent {
    /// Token indices.
    pub(crate) toks: Range<usize>,
    /// Index of the block the sentence is in.
    pub(crate) block: usize,
}

fn is_end_punct(tokens: &Tokens, i: usize) -> bool {
    let t = &tokens.toks[i];
    t.kind == TokenKind::Punct
        && matches!(tokens.norm(i), "." | "!" | "?" | "..." | "\u{3002}")
}

fn opens_sentence(tok: &Tok, norm: &str) -> bool {
    match tok.kind {
        TokenKind::Word => tok.has(CAPITALIZED),
        TokenKind::Number | TokenKind::Quote => true,
        TokenKind::Punct => matches!(norm, "(" | "["),
        TokenKind::Symbol | TokenKind::Dash => true,
        TokenKind::Clitic => false,
    }
}

/// Splits the tokens `range` of block `block` into sentences.
pub(crate) fn split(
    tokens: &Tokens,
    range: Range<usize>,
    block: usize,
    out: &mut Vec<Sent>,
) {
    let mut start = range.start;
    // Every punctuation token is looked at, even those a sentence end has
    // taken in: closing brackets, which end no sentence.
    let first = tokens.puncts.partition_point(|&p| p < range.start);
    let puncts = tokens.puncts[first..].iter().take_while(|&&p| p < range.end);
    for &i in puncts {
        if !is_end_punct(tokens, i) {
            continue;
        }
        // A lone capital before the period is an initial (`A . C .`).
        let initial = i > start && {
            let p = &tokens.toks[i - 1];
            p.kind == TokenKind::Word
                && tokens.norm(i - 1).chars().count() == 1
                && p.has(CAPITALIZED)
        };
        let mut end = i + 1;
        // Closing quotes and brackets stay with the sentence.
        while end < range.end
            && (tokens.toks[end].kind == TokenKind::Quote
                || matches!(tokens.norm(end), ")" | "]"))
            && !tokens.toks[end].has(super::token::SPACE_BEFORE)
        {
            end += 1;
        }
        let boundary = end >= range.end
            || (!initial
                && opens_sentence(&tokens.toks[end], tokens.norm(end)));
        if boundary {
            out.push(Sent { toks: start..end, block });
            start = end;
        }
    }
    if start < range.end {
        out.push(Sent { toks: start..range.end, block });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::token::tokenize_into;

    fn sentences(text: &str) -> Vec<&str> {
        let mut tokens = Tokens::new(text);
        tokenize_into(&mut tokens, Span::new(0, text.len()), &|_| false);
        let mut out = Vec::new();
        split(&tokens, 0..tokens.toks.len(), 0, &mut out);
        out.iter()
            .map(|s| {
                let first = tokens.toks[s.toks.start].span;
                let last = tokens.toks[s.toks.end - 1].span;
                &text[first.start..last.end]
            })
            .collect()
    }

    #[test]
    fn splits_at_stops_before_a_new_sentence() {
        assert_eq!(
            sentences("He left. (She stayed, a lot.) Then A. B. Smith came!"),
            ["He left.", "(She stayed, a lot.)", "Then A. B. Smith came!"]
        );
        assert_eq!(
            sentences("“We agree.” They did... and more? Yes"),
            ["“We agree.”", "They did... and more?", "Yes"]
        );
        assert_eq!(sentences("no stop at all"), ["no stop at all"]);
        // A comma opens no sentence.
        assert_eq!(sentences(". , ;"), [". , ;"]);
        assert!(sentences("").is_empty());
    }
}
