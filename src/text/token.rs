//! Tokens and their normalized forms, which the matcher looks up.

use serde::Serialize;

use crate::Span;

/// What a token is made of.
#[derive(Clone, Copy, Debug, Eq, Hash, PartialEq, Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum TokenKind {
    /// Letters (and digits) with internal apostrophes or dots: `China`,
    /// `U.S.`, `H.E.`, `d'Ivoire`, `20th`.
    Word,
    /// Digits with internal `.` or `,`: `2023`, `3.0`, `10,000`.
    Number,
    /// The possessive clitic, however it is spaced: `'s`, `’ s`.
    Clitic,
    /// A quotation mark or a lone apostrophe.
    Quote,
    /// A hyphen or dash of any width.
    Dash,
    /// Other punctuation: `. , ; : ! ? ( ) [ ]` ...
    Punct,
    /// Anything else that is not a space: `$`, `%`, `•`.
    Symbol,
}

/// A token of the input, as returned by
/// [`Extractor::tokens`](crate::Extractor::tokens).
#[derive(Clone, Copy, Debug, Eq, PartialEq, Serialize)]
pub struct Token<'t> {
    /// The exact text of the token in the input.
    pub text: &'t str,
    /// Where the token is.
    pub span: Span,
    /// What it is made of.
    pub kind: TokenKind,
}

/// The first letter is upper case.
pub(crate) const CAPITALIZED: u8 = 1;
/// Whitespace (or the start of the block) comes before the token.
pub(crate) const SPACE_BEFORE: u8 = 2;
/// Two or more letters and none in lower case (`ASEAN`, `WE`).
pub(crate) const ALL_CAPS: u8 = 4;
/// The normalized form is the token's own text (most tokens: lower-case
/// ASCII words and punctuation), not a copy in [`Tokens::norm`].
pub(crate) const NORM_IS_TEXT: u8 = 8;

/// A token as the pipeline uses it: its span in the input and where its
/// normalized form is (its own text, or the [`Tokens::norm`] buffer).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Tok {
    pub(crate) span: Span,
    /// Start of the normalized form in [`Tokens::norm`], unless
    /// [`NORM_IS_TEXT`].
    pub(crate) norm_start: u32,
    /// Length in bytes of the normalized form.
    pub(crate) norm_len: u32,
    pub(crate) kind: TokenKind,
    pub(crate) flags: u8,
}

impl Tok {
    pub(crate) fn has(&self, flag: u8) -> bool {
        self.flags & flag != 0
    }
}

/// The tokens of a document and their normalized forms: lower case,
/// curly quotes and dashes folded, the possessive as `'s`.
#[derive(Debug)]
pub(crate) struct Tokens<'t> {
    pub(crate) text: &'t str,
    pub(crate) toks: Vec<Tok>,
    /// The normalized forms that differ from the token's text, one after
    /// the other.
    pub(crate) norm: String,
}

impl<'t> Tokens<'t> {
    /// No tokens yet of `text`, with room for about `text.len()` bytes.
    pub(crate) fn new(text: &'t str) -> Tokens<'t> {
        Tokens {
            text,
            toks: Vec::with_capacity(text.len() / 5),
            norm: String::with_capacity(text.len() / 8),
        }
    }

    /// The normalized form of token `i`.
    pub(crate) fn norm(&self, i: usize) -> &str {
        let t = &self.toks[i];
        if t.has(NORM_IS_TEXT) {
            return &self.text[t.span];
        }
        let start = t.norm_start as usize;
        &self.norm[start..start + t.norm_len as usize]
    }

    /// [`norm`](Self::norm) as bytes: comparing words needs no check
    /// that the slice falls on character boundaries.
    pub(crate) fn norm_bytes(&self, i: usize) -> &[u8] {
        let t = &self.toks[i];
        let (bytes, start) = if t.has(NORM_IS_TEXT) {
            (self.text.as_bytes(), t.span.start)
        } else {
            (self.norm.as_bytes(), t.norm_start as usize)
        };
        bytes.get(start..start + t.norm_len as usize).unwrap_or_default()
    }
}

/// Characters that take no room: byte-order marks, zero-width spaces and
/// joiners, bidirectional marks and controls. They are skipped like
/// spaces, so `Chi\u{200B}na` is two words but never a broken span.
fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{feff}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}'
        | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{00ad}'
    ) || (c.is_control() && !c.is_whitespace())
}

pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || is_invisible(c)
}

fn is_dash(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}'
            ..='\u{2015}' | '\u{2212}' | '\u{fe58}' | '\u{fe63}' | '\u{ff0d}'
    )
}

fn is_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '`' | '\u{b4}' | '\u{2018}'..='\u{201f}' | '\u{ab}'
            | '\u{bb}' | '\u{2039}' | '\u{203a}' | '\u{300c}'..='\u{300f}'
            | '\u{ff02}' | '\u{ff07}'
    )
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '`' | '\u{b4}' | '\u{ff07}')
}

fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    // Curly quotes and dashes are most of the non-ASCII characters of an
    // English statement: they are answered without the Unicode tables.
    !(is_quote(c) || is_dash(c)) && c.is_alphanumeric()
}

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

/// If an apostrophe ending at `at` is followed by an optional single space
/// and a lone `s`, the end of that `s`.
fn clitic_end(text: &str, at: usize, end: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut j = at;
    if j < end && bytes[j] == b' ' {
        j += 1;
    }
    if j < end && (bytes[j] == b's' || bytes[j] == b'S') {
        let after = text[j + 1..end].chars().next();
        if after.is_none_or(|c| !is_word_char(c)) {
            return Some(j + 1);
        }
    }
    None
}

/// Scans a word or number starting at `i`; returns its end and kind.
fn scan_word(
    text: &str,
    mut i: usize,
    end: usize,
    is_abbreviation: &dyn Fn(&str) -> bool,
) -> (usize, TokenKind) {
    let start = i;
    let bytes = text.as_bytes();
    let numeric = bytes[i].is_ascii_digit();
    let mut inner_dot = false;
    loop {
        // A run of word characters; ASCII ones without decoding.
        while i < end && bytes[i].is_ascii_alphanumeric() {
            i += 1;
        }
        while i < end {
            let c = text[i..end].chars().next().unwrap_or(' ');
            if !is_word_char(c) {
                break;
            }
            i += c.len_utf8();
        }
        if i >= end {
            break;
        }
        let next = text[i..end].chars().next().unwrap_or(' ');
        let after = text[i + next.len_utf8()..end].chars().next();
        let run_is_short = i - start <= 3 || inner_dot;
        match (next, after) {
            // `3.0`, `10,000`
            ('.' | ',', Some(a)) if numeric && a.is_ascii_digit() => {
                i += 1;
            }
            // `U.S`, `H.E`, `e.g` continue through the dot.
            ('.', Some(a))
                if !numeric && run_is_short && a.is_alphabetic() =>
            {
                inner_dot = true;
                i += 1;
            }
            // `d'Ivoire`, `don't`; but `China's` leaves the clitic.
            (c, Some(a))
                if is_apostrophe(c)
                    && a.is_alphabetic()
                    && clitic_end(text, i + c.len_utf8(), end).is_none() =>
            {
                i += c.len_utf8();
            }
            _ => break,
        }
    }
    if i < end && bytes[i] == b'.' && !numeric {
        let word = &text[start..i];
        let single_letter = word.chars().count() == 1
            && word.chars().all(|c| c.is_uppercase());
        if inner_dot || single_letter || {
            let lower = word.to_lowercase();
            is_abbreviation(&lower)
        } {
            i += 1;
        }
    }
    (i, if numeric { TokenKind::Number } else { TokenKind::Word })
}

fn push(
    out: &mut Tokens<'_>,
    span: Span,
    kind: TokenKind,
    space_before: bool,
) {
    let raw = &out.text[span];
    let norm_start = out.norm.len();
    let mut flags = if space_before { SPACE_BEFORE } else { 0 };
    match kind {
        TokenKind::Quote => out.norm.push('"'),
        TokenKind::Dash => out.norm.push('-'),
        TokenKind::Clitic => out.norm.push_str("'s"),
        _ if raw.is_ascii() => {
            flags |= ascii_flags(raw);
            if raw.bytes().any(|b| b.is_ascii_uppercase()) {
                out.norm.push_str(raw);
                out.norm[norm_start..].make_ascii_lowercase();
            } else {
                flags |= NORM_IS_TEXT;
            }
        }
        _ => {
            let mut letters = 0usize;
            let mut lower = 0usize;
            for (n, c) in raw.chars().enumerate() {
                if n == 0 && c.is_uppercase() {
                    flags |= CAPITALIZED;
                }
                if c.is_alphabetic() {
                    letters += 1;
                    if c.is_lowercase() {
                        lower += 1;
                    }
                }
                if c.is_ascii() {
                    out.norm.push(c.to_ascii_lowercase());
                } else if is_apostrophe(c) {
                    out.norm.push('\'');
                } else {
                    out.norm.extend(c.to_lowercase());
                }
            }
            if letters >= 2 && lower == 0 {
                flags |= ALL_CAPS;
            }
        }
    }
    let norm_len = if flags & NORM_IS_TEXT != 0 {
        raw.len()
    } else {
        out.norm.len() - norm_start
    };
    out.toks.push(Tok {
        span,
        norm_start: norm_start as u32,
        norm_len: norm_len as u32,
        kind,
        flags,
    });
}

/// [`push`] for one byte of ASCII punctuation.
fn push_ascii_punct(out: &mut Tokens<'_>, span: Span, space_before: bool) {
    out.toks.push(Tok {
        span,
        norm_start: 0,
        norm_len: 1,
        kind: TokenKind::Punct,
        flags: NORM_IS_TEXT | if space_before { SPACE_BEFORE } else { 0 },
    });
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

/// The case flags of an ASCII token.
fn ascii_flags(raw: &str) -> u8 {
    let b = raw.as_bytes();
    let mut flags = 0;
    if b.first().is_some_and(u8::is_ascii_uppercase) {
        flags |= CAPITALIZED;
    }
    if !b.iter().any(u8::is_ascii_lowercase)
        && b.iter().filter(|c| c.is_ascii_uppercase()).count() >= 2
    {
        flags |= ALL_CAPS;
    }
    flags
}

/// The normalized form of a lexicon phrase (each token preceded by a
/// space) and its number of tokens.
pub(crate) fn normalize_phrase(
    phrase: &str,
    is_abbreviation: &dyn Fn(&str) -> bool,
) -> (String, usize) {
    let mut tokens = Tokens::new(phrase);
    tokenize_into(&mut tokens, Span::new(0, phrase.len()), is_abbreviation);
    let n = tokens.toks.len();
    let mut norm = String::with_capacity(phrase.len() + n);
    for i in 0..n {
        norm.push(' ');
        norm.push_str(tokens.norm(i));
    }
    (norm, n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<(&str, &str)> {
        let mut out = Tokens::new(text);
        let abbr = |w: &str| matches!(w, "no" | "mr" | "h.e");
        tokenize_into(&mut out, Span::new(0, text.len()), &abbr);
        (0..out.toks.len())
            .map(|i| (&text[out.toks[i].span], out.norm(i)))
            .map(|(a, b)| (a, &*Box::leak(b.to_string().into_boxed_str())))
            .collect()
    }

    #[test]
    fn clitics_however_spaced() {
        assert_eq!(
            toks("China’ s Cambodia ' s Japan's"),
            vec![
                ("China", "china"),
                ("’ s", "'s"),
                ("Cambodia", "cambodia"),
                ("' s", "'s"),
                ("Japan", "japan"),
                ("'s", "'s")
            ]
        );
    }

    #[test]
    fn abbreviations_and_initials() {
        let t = toks("H.E. Joseph R. Biden of the U.S. No. 5 A . C .");
        let words: Vec<_> = t.iter().map(|p| p.0).collect();
        assert_eq!(
            words,
            vec![
                "H.E.", "Joseph", "R.", "Biden", "of", "the", "U.S.", "No.",
                "5", "A", ".", "C", "."
            ]
        );
    }

    #[test]
    fn numbers_dates_and_dashes() {
        let t = toks("2023-2025 (SEZ ) 10,000 3.0 people-to- people");
        let words: Vec<_> = t.iter().map(|p| p.1).collect();
        assert_eq!(
            words,
            vec![
                "2023", "-", "2025", "(", "sez", ")", "10,000", "3.0",
                "people", "-", "to", "-", "people"
            ]
        );
    }

    #[test]
    fn lowercase_runs_eight_at_a_time() {
        for text in [
            "",
            "a",
            "abcdefgh",
            "abcdefghij",
            "abcdefgZ",
            "abc{def",
            "abc`def",
            "abcdefghijklmnopq,",
            "résumé",
            "ab\u{7f}",
            "zzzzzzzz@",
        ] {
            let slow = text.bytes().take_while(u8::is_ascii_lowercase).count();
            assert_eq!(lowercase_run(text.as_bytes()), slow, "{text:?}");
        }
    }

    #[test]
    fn quotes_fold() {
        let t = toks("“Taiwan independence” d'Ivoire");
        let norms: Vec<_> = t.iter().map(|p| p.1).collect();
        assert_eq!(
            norms,
            vec!["\"", "taiwan", "independence", "\"", "d'ivoire"]
        );
    }
}
