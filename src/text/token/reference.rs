//! The tokenizer as it was before its byte-class fast paths (commit
//! aea6674), kept for the differential test in `super::tests`: the fast
//! paths must not change a single token. The helpers both versions share
//! (`scan_word`, `push`, `clitic_end` and the character predicates) come
//! from the parent module.

use super::*;

/// The number of ASCII lower-case letters at the start of `bytes`,
/// eight at a time: most of a word's letters are lower case.
fn lowercase_run(bytes: &[u8]) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut n = 0;
    while let Some(chunk) = bytes.get(n..n + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word);
        // Per byte (no carries: the high bits are cleared first), the
        // high bit of `at_least_a` is set from `a` up, of `past_z` from
        // `{` up; a non-ASCII byte is never a letter.
        let low7 = x & !HIGH;
        let at_least_a = low7 + ONES * (0x80 - u64::from(b'a'));
        let past_z = low7 + ONES * (0x80 - u64::from(b'z') - 1);
        let lower = at_least_a & !past_z & !x & HIGH;
        if lower != HIGH {
            return n + ((!lower & HIGH).trailing_zeros() / 8) as usize;
        }
        n += 8;
    }
    n + bytes[n..].iter().take_while(|b| b.is_ascii_lowercase()).count()
}

/// A byte after an ASCII word that cannot continue it (`.` and
/// apostrophes can: `U.S.`, `d'Ivoire`; non-ASCII letters can).
fn ends_ascii_word(b: u8) -> bool {
    matches!(
        b,
        b' ' | b'\t'
            | b'\n'
            | b'\r'
            | b','
            | b';'
            | b':'
            | b'('
            | b')'
            | b'"'
            | b'?'
            | b'!'
            | b'-'
    )
}

/// A byte after `word.` that leaves the period outside the word: no
/// letter or digit follows it (`U.S`, `3.0`), nor another period.
fn ends_after_stop(b: u8) -> bool {
    b.is_ascii() && !b.is_ascii_alphanumeric() && b != b'.' && b != b'\''
}

/// Whether the ASCII `word` before a period is an abbreviation, looked
/// up in lower case without allocating (abbreviations are short).
fn is_ascii_abbreviation(
    word: &[u8],
    is_abbreviation: &dyn Fn(&str) -> bool,
) -> bool {
    let mut buf = [0u8; 16];
    let Some(lower) = buf.get_mut(..word.len()) else {
        let owned = String::from_utf8_lossy(word).to_ascii_lowercase();
        return is_abbreviation(&owned);
    };
    lower.copy_from_slice(word);
    lower.make_ascii_lowercase();
    std::str::from_utf8(lower).is_ok_and(is_abbreviation)
}

/// Splits `out.text[span]` into tokens, appending to `out`.
///
/// `is_abbreviation` answers for a lower-case word whether a following
/// period belongs to it (`no` in `No. 5`).
pub(crate) fn tokenize_into(
    out: &mut Tokens<'_>,
    span: Span,
    is_abbreviation: &dyn Fn(&str) -> bool,
) {
    let text = out.text;
    let bytes = text.as_bytes();
    let end = span.end;
    let mut i = span.start;
    let mut space_before = true;
    while i < end {
        // ASCII spaces are most of what is skipped: no decoding for them.
        if matches!(bytes[i], b' ' | b'\t' | b'\n' | b'\r') {
            space_before = true;
            i += 1;
            continue;
        }
        // Most tokens are ASCII words ended by a space or by punctuation
        // that cannot continue them: no decoding, no lookahead.
        if bytes[i].is_ascii_alphabetic() {
            let (mut j, mut upper, mut digits) = (i, 0u32, 0u32);
            if bytes[i].is_ascii_uppercase() {
                upper = 1;
                j += 1;
            }
            j += lowercase_run(&bytes[j..end]);
            while j < end {
                match bytes[j] {
                    b'a'..=b'z' => {}
                    b'A'..=b'Z' => upper += 1,
                    b'0'..=b'9' => digits += 1,
                    _ => break,
                }
                j += 1;
            }
            // The span may end before the text does.
            let at = |k: usize| (k < end).then(|| bytes[k]);
            let next = at(j);
            let plain_end = next.is_none_or(ends_ascii_word)
                || (next == Some(b'.')
                    && at(j + 1).is_none_or(ends_after_stop));
            if plain_end {
                // `statement.` but `No.`, `R.`: the period is part of an
                // abbreviation or an initial.
                if next == Some(b'.')
                    && ((upper == 1 && j - i == 1)
                        || is_ascii_abbreviation(
                            &bytes[i..j],
                            is_abbreviation,
                        ))
                {
                    j += 1;
                }
                let lower = (j - i) as u32 - upper - digits;
                push_ascii_word(
                    out,
                    Span::new(i, j),
                    upper,
                    lower,
                    space_before,
                );
                space_before = false;
                i = j;
                continue;
            }
        }
        // Commas, stops and brackets: one byte, one token.
        if matches!(bytes[i], b',' | b';' | b':' | b'(' | b')' | b'?' | b'!') {
            push_ascii_punct(out, Span::new(i, i + 1), space_before);
            space_before = false;
            i += 1;
            continue;
        }
        let c = match text[i..end].chars().next() {
            Some(c) => c,
            None => break,
        };
        let clen = c.len_utf8();
        if is_space(c) {
            space_before = true;
            i += clen;
            continue;
        }
        let start = i;
        let kind;
        if is_word_char(c) {
            let (word_end, k) = scan_word(text, i, end, is_abbreviation);
            i = word_end;
            kind = k;
        } else if is_apostrophe(c)
            && clitic_end(text, i + clen, end).is_some()
            && out.toks.last().is_some_and(|t| {
                matches!(t.kind, TokenKind::Word | TokenKind::Number)
            })
        {
            // `’s`, `’ s`, `' s` after a word: the possessive.
            i = clitic_end(text, i + clen, end).unwrap_or(i + clen);
            kind = TokenKind::Clitic;
        } else {
            i += clen;
            kind = if is_quote(c) {
                TokenKind::Quote
            } else if is_dash(c) {
                TokenKind::Dash
            } else if c.is_ascii_punctuation()
                || matches!(
                    c,
                    '\u{2026}'
                        | '\u{3001}'
                        | '\u{3002}'
                        | '\u{ff0c}'
                        | '\u{ff1b}'
                        | '\u{ff1a}'
                        | '\u{ff08}'
                        | '\u{ff09}'
                )
            {
                TokenKind::Punct
            } else {
                TokenKind::Symbol
            };
            if kind == TokenKind::Punct && c == '.' {
                // `...` is one token.
                while i < end && bytes[i] == b'.' {
                    i += 1;
                }
            }
        }
        push(out, Span::new(start, i), kind, space_before);
        space_before = false;
    }
}

/// [`push`] for an ASCII word whose capitals and lower-case letters the
/// caller has counted while finding its end. A word without capitals is
/// its own normalized form: nothing is copied.
fn push_ascii_word(
    out: &mut Tokens<'_>,
    span: Span,
    upper: u32,
    lower: u32,
    space_before: bool,
) {
    let mut flags = if space_before { SPACE_BEFORE } else { 0 };
    let mut norm_start = 0;
    if upper == 0 {
        flags |= NORM_IS_TEXT;
    } else {
        let raw = &out.text[span];
        if raw.as_bytes()[0].is_ascii_uppercase() {
            flags |= CAPITALIZED;
        }
        if upper >= 2 && lower == 0 {
            flags |= ALL_CAPS;
        }
        norm_start = out.norm.len();
        out.norm.push_str(raw);
        out.norm[norm_start..].make_ascii_lowercase();
    }
    out.toks.push(Tok {
        span,
        norm_start: norm_start as u32,
        norm_len: span.len() as u32,
        kind: TokenKind::Word,
        flags,
    });
}
