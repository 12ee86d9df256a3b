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
    /// The indices of the `Punct` tokens, ascending: the only tokens that
    /// end sentences, noted as they are made so that splitting a block
    /// into sentences need not read every token again.
    pub(crate) puncts: Vec<usize>,
}

impl<'t> Tokens<'t> {
    /// No tokens yet of `text`, with room for about `text.len()` bytes.
    pub(crate) fn new(text: &'t str) -> Tokens<'t> {
        Tokens {
            text,
            toks: Vec::with_capacity(text.len() / 5),
            norm: String::with_capacity(text.len() / 8),
            puncts: Vec::with_capacity(text.len() / 32),
        }
    }

    /// The normalized form of token `i`; empty past the last token, so
    /// that a rule looking one word too far asks about no word instead of
    /// panicking.
    pub(crate) fn norm(&self, i: usize) -> &str {
        let Some(t) = self.toks.get(i) else { return "" };
        if t.has(NORM_IS_TEXT) {
            return &self.text[t.span];
        }
        let start = t.norm_start as usize;
        &self.norm[start..start + t.norm_len as usize]
    }

    /// [`norm`](Self::norm) as bytes: comparing words needs no check
    /// that the slice falls on character boundaries.
    pub(crate) fn norm_bytes(&self, i: usize) -> &[u8] {
        let Some(t) = self.toks.get(i) else { return b"" };
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

/// [`is_space`] for an ASCII byte, without decoding: whitespace and
/// control characters.
pub(crate) const fn is_ascii_space(b: u8) -> bool {
    b <= b' ' || b == 0x7f
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

/// Byte classes of the tokenizer's fast paths, one table lookup per byte
/// instead of a chain of comparisons (see [`CLASSES`]).
mod class {
    /// Skipped like a space: ASCII whitespace and controls, which is what
    /// [`is_space`](super::is_space) answers for an ASCII character.
    pub(super) const SPACE: u8 = 1;
    pub(super) const LOWER: u8 = 2;
    pub(super) const UPPER: u8 = 4;
    pub(super) const DIGIT: u8 = 8;
    /// A token of its own, one byte long, kind `Punct`: ASCII punctuation
    /// except `.` (which may run on: `...`), `-` (a dash) and quotes and
    /// apostrophes (which may be clitics).
    pub(super) const PUNCT: u8 = 16;
    /// After an ASCII word, a byte that cannot continue it: any ASCII
    /// byte but a letter, a digit, `.` (`U.S.`) or an apostrophe
    /// (`d'Ivoire`). Non-ASCII letters continue words.
    pub(super) const ENDS_WORD: u8 = 32;
    pub(super) const LETTER: u8 = LOWER | UPPER;
    pub(super) const ALNUM: u8 = LOWER | UPPER | DIGIT;
}

/// A byte after `word.` that leaves the period outside the word: no
/// letter or digit follows it (`U.S`, `3.0`), nor another period.
fn ends_after_stop(b: u8) -> bool {
    b.is_ascii() && !b.is_ascii_alphanumeric() && b != b'.' && b != b'\''
}

/// The [`class`] bits of every byte.
static CLASSES: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let byte = b as u8;
        table[b] = if is_ascii_space(byte) {
            class::SPACE | class::ENDS_WORD
        } else if byte.is_ascii_lowercase() {
            class::LOWER
        } else if byte.is_ascii_uppercase() {
            class::UPPER
        } else if byte.is_ascii_digit() {
            class::DIGIT
        } else if matches!(byte, b'.' | b'\'' | b'`') {
            0
        } else if matches!(byte, b'-' | b'"') {
            class::ENDS_WORD
        } else {
            class::PUNCT | class::ENDS_WORD
        };
        b += 1;
    }
    table
};

fn class_of(b: u8) -> u8 {
    CLASSES[usize::from(b)]
}

/// Whether the ASCII `word` before a period is an abbreviation, looked
/// up in lower case without allocating (abbreviations are short). Most
/// such words are the last of a sentence, in lower case already.
fn is_ascii_abbreviation(
    word: &str,
    has_capitals: bool,
    is_abbreviation: &dyn Fn(&str) -> bool,
) -> bool {
    if !has_capitals {
        return is_abbreviation(word);
    }
    let mut buf = [0u8; 16];
    let Some(lower) = buf.get_mut(..word.len()) else {
        return is_abbreviation(&word.to_ascii_lowercase());
    };
    lower.copy_from_slice(word.as_bytes());
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
    // The span may end before the text does: nothing past it is looked at.
    let bytes = &text.as_bytes()[..span.end];
    let end = span.end;
    let mut i = span.start;
    let mut space_before = true;
    while let Some(&b) = bytes.get(i) {
        let class = class_of(b);
        // ASCII spaces are most of what is skipped: no decoding for them.
        if class & class::SPACE != 0 {
            space_before = true;
            i += 1;
            continue;
        }
        // Most tokens are ASCII words ended by a space or by punctuation
        // that cannot continue them: no decoding.
        if class & class::LETTER != 0 {
            if let Some(j) =
                ascii_word(out, bytes, i, space_before, is_abbreviation)
            {
                // Most words are followed by one space: skip it here.
                space_before = bytes.get(j) == Some(&b' ');
                i = j + usize::from(space_before);
                continue;
            }
        } else if class & class::PUNCT != 0 {
            // Commas, stops and brackets: one byte, one token.
            push_ascii_punct(out, Span::new(i, i + 1), space_before);
            space_before = false;
            i += 1;
            continue;
        } else if b == b'.' {
            // `...` is one token.
            let mut j = i + 1;
            while bytes.get(j) == Some(&b'.') {
                j += 1;
            }
            push_ascii_punct(out, Span::new(i, j), space_before);
            space_before = false;
            i = j;
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

/// The ASCII word starting with the letter at `bytes[i]`, pushed to `out`
/// if it ends plainly: at the end of `bytes`, before a byte that cannot
/// continue it, or before a period followed by a space or punctuation
/// (`statement.`, `No. 5`, but not `U.S` or `etc..`). Returns its end;
/// `None` (and nothing pushed) if [`scan_word`] must decide.
fn ascii_word(
    out: &mut Tokens<'_>,
    bytes: &[u8],
    i: usize,
    space_before: bool,
    is_abbreviation: &dyn Fn(&str) -> bool,
) -> Option<usize> {
    let first = class_of(bytes[i]);
    let mut j = i + 1;
    // The classes of the letters after the first, or-ed together: all
    // that the case flags need.
    let mut rest = 0;
    while let Some(&b) = bytes.get(j) {
        let c = class_of(b);
        if c & class::ALNUM == 0 {
            break;
        }
        rest |= c;
        j += 1;
    }
    let mut word_end = j;
    match bytes.get(j) {
        None => {}
        Some(&b) if class_of(b) & class::ENDS_WORD != 0 => {}
        // `statement.`, `No. 5`: the word ends before the period, which
        // an abbreviation or an initial takes.
        Some(b'.') => {
            if bytes.get(j + 1).is_some_and(|&a| !ends_after_stop(a)) {
                return None;
            }
            let initial = first == class::UPPER && j - i == 1;
            let capitals = (first | rest) & class::UPPER != 0;
            if initial
                || is_ascii_abbreviation(
                    &out.text[i..j],
                    capitals,
                    is_abbreviation,
                )
            {
                word_end += 1;
            }
        }
        // An apostrophe, or a non-ASCII character that may be a letter.
        Some(_) => return None,
    }
    let span = Span::new(i, word_end);
    let mut flags = if space_before { SPACE_BEFORE } else { 0 };
    let mut norm_start = 0;
    if (first | rest) & class::UPPER == 0 {
        flags |= NORM_IS_TEXT;
    } else {
        if first == class::UPPER {
            flags |= CAPITALIZED;
            // An abbreviation's period counts as a lower-case letter
            // here (`MR.` is not all capitals), as it always has.
            if rest & class::UPPER != 0
                && rest & class::LOWER == 0
                && word_end == j
            {
                flags |= ALL_CAPS;
            }
        }
        norm_start = out.norm.len();
        let raw = &out.text[span];
        if rest & class::UPPER == 0 {
            // `China`: only the first letter to lower.
            out.norm.push(char::from(bytes[i].to_ascii_lowercase()));
            out.norm.push_str(&raw[1..]);
        } else {
            out.norm.push_str(raw);
            out.norm[norm_start..].make_ascii_lowercase();
        }
    }
    out.toks.push(Tok {
        span,
        norm_start: norm_start as u32,
        norm_len: span.len() as u32,
        kind: TokenKind::Word,
        flags,
    });
    Some(word_end)
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
    if kind == TokenKind::Punct {
        out.puncts.push(out.toks.len());
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

/// [`push`] for ASCII punctuation: one byte, or a run of periods.
fn push_ascii_punct(out: &mut Tokens<'_>, span: Span, space_before: bool) {
    out.puncts.push(out.toks.len());
    out.toks.push(Tok {
        span,
        norm_start: 0,
        norm_len: span.len() as u32,
        kind: TokenKind::Punct,
        flags: NORM_IS_TEXT | if space_before { SPACE_BEFORE } else { 0 },
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
mod reference;

#[cfg(test)]
mod tests {
    use super::*;

    type Tokenizer = fn(&mut Tokens<'_>, Span, &dyn Fn(&str) -> bool);

    /// Each token's span, kind, flags and normalized form (both ways of
    /// reading it).
    fn summary(
        text: &str,
        span: Span,
        tokenize: Tokenizer,
    ) -> Vec<(Span, TokenKind, u8, String, Vec<u8>)> {
        let mut out = Tokens::new(text);
        let abbr = |w: &str| matches!(w, "no" | "mr" | "h.e" | "e.g" | "st");
        tokenize(&mut out, span, &abbr);
        (0..out.toks.len())
            .map(|i| {
                let t = out.toks[i];
                let norm = out.norm(i).to_string();
                (t.span, t.kind, t.flags, norm, out.norm_bytes(i).to_vec())
            })
            .collect()
    }

    /// Pieces of text that meet at every kind of edge the fast paths
    /// look at: case, periods, apostrophes, clitics, dashes, spaces and
    /// controls, non-ASCII letters and marks.
    const PIECES: &[&str] = &[
        "a",
        "Z",
        "ab",
        "China",
        "UN",
        "MR",
        "No",
        "st",
        "e",
        "g",
        "h",
        "statement",
        "ABCDEFGHIJ",
        "abcdefghijkl",
        "McDonald",
        "G20",
        "20th",
        "3",
        "10",
        ".",
        "..",
        ",",
        ";",
        ":",
        "(",
        ")",
        "[",
        "?",
        "!",
        "$",
        "%",
        "/",
        "&",
        "*",
        "'",
        "`",
        "\"",
        "’",
        "‘",
        "´",
        "s",
        "S",
        " s",
        "-",
        "—",
        "–",
        " ",
        "  ",
        "\n",
        "\t",
        "\r",
        "\x0b",
        "\x0c",
        "\x01",
        "\x7f",
        "\u{a0}",
        "\u{200b}",
        "\u{feff}",
        "é",
        "É",
        "ß",
        "İ",
        "ǅ",
        "\u{301}",
        "Ω",
        "ω",
        "中",
        "。",
        "…",
        "“",
        "”",
        "«",
        "•",
        "U.S",
        "d'Ivoire",
        "e.g",
        "H.E",
    ];

    #[test]
    fn fast_paths_tokenize_as_before() {
        let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = |n: usize| {
            // xorshift64*: reproducible without a dependency.
            seed ^= seed >> 12;
            seed ^= seed << 25;
            seed ^= seed >> 27;
            (seed.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 33) as usize % n
        };
        for _ in 0..20_000 {
            let len = next(24);
            let text: String =
                (0..len).map(|_| PIECES[next(PIECES.len())]).collect();
            let bounds: Vec<usize> = (0..=text.len())
                .filter(|&b| text.is_char_boundary(b))
                .collect();
            let (a, b) =
                (bounds[next(bounds.len())], bounds[next(bounds.len())]);
            for span in
                [Span::new(0, text.len()), Span::new(a.min(b), a.max(b))]
            {
                let mut out = Tokens::new(&text);
                tokenize_into(&mut out, span, &|_| false);
                let puncts: Vec<usize> = (0..out.toks.len())
                    .filter(|&i| out.toks[i].kind == TokenKind::Punct)
                    .collect();
                assert_eq!(out.puncts, puncts, "{text:?} {span:?}");
                assert_eq!(
                    summary(&text, span, tokenize_into),
                    summary(&text, span, reference::tokenize_into),
                    "{text:?} {span:?}"
                );
            }
        }
    }

    #[test]
    fn byte_classes_agree_with_the_predicates() {
        for b in 0..=255u8 {
            let c = class_of(b);
            if !b.is_ascii() {
                assert_eq!(c, 0, "{b:#x}");
                continue;
            }
            let ch = char::from(b);
            assert_eq!(c & class::SPACE != 0, is_space(ch), "{b:#x}");
            assert_eq!(c & class::LOWER != 0, b.is_ascii_lowercase());
            assert_eq!(c & class::UPPER != 0, b.is_ascii_uppercase());
            assert_eq!(c & class::DIGIT != 0, b.is_ascii_digit());
            let punct = ch.is_ascii_punctuation()
                && !is_quote(ch)
                && !is_dash(ch)
                && ch != '.';
            assert_eq!(c & class::PUNCT != 0, punct, "{b:#x}");
            let ends =
                !ch.is_ascii_alphanumeric() && ch != '.' && !is_apostrophe(ch);
            assert_eq!(c & class::ENDS_WORD != 0, ends, "{b:#x}");
        }
    }

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
    fn quotes_fold() {
        let t = toks("“Taiwan independence” d'Ivoire");
        let norms: Vec<_> = t.iter().map(|p| p.1).collect();
        assert_eq!(
            norms,
            vec!["\"", "taiwan", "independence", "\"", "d'ivoire"]
        );
    }
}
