//! Blocks: paragraphs, list items and headings, with paragraph labels.
//!
//! Statements come in two layouts. In the *line* layout every line is a
//! paragraph (the reference statement). In the *wrapped* layout lines are
//! broken at ~72 columns and paragraphs are separated by blank lines, so a
//! single newline is a space — unless the next line starts a list item.
//! The layout is decided per document from its line lengths.

use crate::Span;

use super::token::{is_ascii_space, is_space};

/// What a block is.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub(crate) enum BlockKind {
    /// Running prose.
    Text,
    /// A bulleted, numbered or lettered item.
    Item,
    /// A line of capitals, or a short line without final punctuation
    /// between blank lines.
    Heading,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Block {
    /// The block's text, without its label or bullet and without
    /// surrounding spaces.
    pub(crate) span: Span,
    /// The label of the numbered paragraph this block belongs to.
    pub(crate) paragraph: Option<Span>,
    pub(crate) kind: BlockKind,
}

#[derive(Clone, Copy, Debug)]
struct Line {
    /// The line without surrounding spaces; empty for a blank line.
    content: Span,
}

/// `text[start..end]` without leading and trailing spaces. ASCII spaces
/// (and controls) are skipped byte by byte; characters are decoded only where a
/// non-ASCII byte meets the edge (a no-break space, a byte-order mark).
fn trim_spaces(text: &str, start: usize, end: usize) -> Span {
    let bytes = text.as_bytes();
    let (mut s, mut e) = (start, end);
    while s < e && is_ascii_space(bytes[s]) {
        s += 1;
    }
    while e > s && is_ascii_space(bytes[e - 1]) {
        e -= 1;
    }
    // Most lines start and end with ASCII: done.
    if s == e || (bytes[s].is_ascii() && bytes[e - 1].is_ascii()) {
        return Span::new(s, e);
    }
    trim_unicode_spaces(text, s, e)
}

/// [`trim_spaces`] where a non-ASCII character may be a space.
#[cold]
fn trim_unicode_spaces(text: &str, start: usize, end: usize) -> Span {
    let bytes = text.as_bytes();
    let (mut s, mut e) = (start, end);
    loop {
        while s < e && is_ascii_space(bytes[s]) {
            s += 1;
        }
        match text[s..e].chars().next() {
            Some(c) if !c.is_ascii() && is_space(c) => s += c.len_utf8(),
            _ => break,
        }
    }
    loop {
        while e > s && is_ascii_space(bytes[e - 1]) {
            e -= 1;
        }
        match text[s..e].chars().next_back() {
            Some(c) if !c.is_ascii() && is_space(c) => e -= c.len_utf8(),
            _ => break,
        }
    }
    Span::new(s, e)
}

/// Whether U+2028 LINE SEPARATOR or U+2029 PARAGRAPH SEPARATOR starts at
/// `bytes[at]`.
fn separator_at(bytes: &[u8], at: usize) -> bool {
    matches!(bytes.get(at..at + 3), Some([0xe2, 0x80, 0xa8 | 0xa9]))
}

fn lines(text: &str) -> Vec<Line> {
    let bytes = text.as_bytes();
    // Room for lines of 32 bytes and more: no regrowing.
    let mut out = Vec::with_capacity(bytes.len() / 32 + 1);
    let mut start = 0;
    let mut i = 0;
    let trimmed = |s: usize, e: usize| -> Span { trim_spaces(text, s, e) };
    // Most documents break lines with `\n` alone: find those with memchr
    // instead of looking at every byte, once one pass has found none of
    // the other breaks. The lead byte of U+2028 and U+2029 also starts
    // curly quotes and dashes, which that pass checks and passes over.
    let only_newlines = memchr::memchr3_iter(b'\r', b'\x0c', 0xe2, bytes)
        .all(|at| bytes[at] == 0xe2 && !separator_at(bytes, at));
    if only_newlines {
        for end in memchr::memchr_iter(b'\n', bytes) {
            out.push(Line { content: trimmed(start, end) });
            start = end + 1;
        }
        i = bytes.len();
    }
    while i < bytes.len() {
        match bytes[i] {
            b'\n' | b'\r' | b'\x0c' => {
                out.push(Line { content: trimmed(start, i) });
                if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                i += 1;
                start = i;
            }
            0xe2 if separator_at(bytes, i) => {
                out.push(Line { content: trimmed(start, i) });
                i += 3;
                start = i;
            }
            _ => i += 1,
        }
    }
    if start < bytes.len() {
        out.push(Line { content: trimmed(start, bytes.len()) });
    }
    out
}

/// `3.1. The Parties`, `2.4 Each Party`: a section number of two or
/// three levels, then a space and a capital (not `1.5 degrees`). Returns
/// the label's length and where the text after it may start.
fn sub_label(b: &[u8]) -> Option<(usize, usize)> {
    let mut at = 0;
    let mut levels = 0;
    loop {
        let digits = b[at..].iter().take_while(|c| c.is_ascii_digit()).count();
        if !(1..=3).contains(&digits) {
            return None;
        }
        at += digits;
        levels += 1;
        match (b.get(at), b.get(at + 1)) {
            (Some(b'.'), Some(n)) if n.is_ascii_digit() && levels < 3 => {
                at += 1;
            }
            _ => break,
        }
    }
    if levels < 2 {
        return None;
    }
    let len = at;
    if b.get(at) == Some(&b'.') {
        at += 1;
    }
    let spaced = b.get(at).is_some_and(|c| *c == b' ' || *c == b'\t');
    let capital = b.get(at + 1).is_some_and(u8::is_ascii_uppercase);
    (spaced && capital).then_some((len, at))
}

/// A label or bullet at the start of a line: the label's span (none for
/// bullets) and where the text after it starts.
fn marker(text: &str, line: Span) -> Option<(Option<Span>, usize)> {
    let s = &text[line];
    let b = s.as_bytes();
    // Most lines start with a capital, which no label or bullet is.
    if b.first().is_some_and(u8::is_ascii_uppercase) {
        return None;
    }
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    let rest_start = |at: usize| {
        let after = &s[at..];
        line.start
            + at
            + (after.len() - after.trim_start_matches(is_space).len())
    };
    if (1..=3).contains(&digits) {
        // `6.Both`, `1. The`, `2)`; not `1.5 degrees` or `2023 APEC`.
        if let Some(&c) = b.get(digits) {
            if (c == b'.' || c == b')')
                && b.get(digits + 1).is_none_or(|n| !n.is_ascii_digit())
            {
                let label = Span::new(line.start, line.start + digits);
                return Some((Some(label), rest_start(digits + 1)));
            }
        }
        return sub_label(b).map(|(len, body)| {
            (Some(Span::new(line.start, line.start + len)), rest_start(body))
        });
    }
    // `(a)`, `(iv)`, `a)`, `a.` followed by a space.
    let (open, inner_start) =
        if b.first() == Some(&b'(') { (1, 1) } else { (0, 0) };
    // Counted up to five: a longer word is no label.
    let letters = b[inner_start..]
        .iter()
        .take(5)
        .take_while(|c| c.is_ascii_lowercase())
        .count();
    if (1..=4).contains(&letters) {
        let close = inner_start + letters;
        let roman = b[inner_start..close].iter().all(|c| b"ivxl".contains(c));
        let closer_ok = match b.get(close) {
            Some(b')') => true,
            Some(b'.') => open == 0,
            _ => false,
        };
        if closer_ok
            && (letters == 1 || roman)
            && b.get(close + 1).is_some_and(|c| *c == b' ' || *c == b'\t')
        {
            let label =
                Span::new(line.start + inner_start, line.start + close);
            return Some((Some(label), rest_start(close + 1)));
        }
    }
    // Bullets.
    let first = s.chars().next()?;
    if matches!(
        first,
        '\u{2022}'
            | '\u{25e6}'
            | '\u{25aa}'
            | '\u{2023}'
            | '\u{b7}'
            | '*'
            | '-'
            | '\u{2013}'
            | '\u{2014}'
            | '\u{25cf}'
            | '\u{27a2}'
            | '\u{2043}'
    ) {
        let after = &s[first.len_utf8()..];
        if after.starts_with(is_space) {
            return Some((None, rest_start(first.len_utf8())));
        }
    }
    None
}

fn is_caps_line(text: &str) -> bool {
    let mut letters = 0;
    for c in text.chars() {
        if c.is_lowercase() {
            return false;
        }
        if c.is_alphabetic() {
            letters += 1;
        }
    }
    letters >= 2
}

/// Whether `text` is longer than `limit` characters, a run of spaces
/// counting as one: the layout must not change when a signature block's
/// columns are padded wider or a space is doubled.
#[inline]
fn longer_than(text: &str, limit: usize) -> bool {
    // Characters are never more than bytes: most lines answer here,
    // without a call.
    text.len() > limit && wider_than(text, limit)
}

/// [`longer_than`] for a text of more than `limit` bytes.
fn wider_than(text: &str, limit: usize) -> bool {
    let bytes = text.as_bytes();
    let mut width = 0;
    let mut in_space = false;
    for (at, &b) in bytes.iter().enumerate() {
        // Bytes, not chars: an ASCII byte is a character (a space if it is
        // whitespace or a control), a continuation byte is no new one, and
        // only the lead byte of another character is decoded.
        let space = if b.is_ascii() {
            is_ascii_space(b)
        } else if b & 0xc0 == 0x80 {
            continue;
        } else {
            text[at..].chars().next().is_some_and(is_space)
        };
        if !(space && in_space) {
            width += 1;
            if width > limit {
                return true;
            }
        }
        in_space = space;
    }
    false
}

/// Splits a document into blocks.
pub(crate) fn blocks(text: &str) -> Vec<Block> {
    let lines = lines(text);
    let nonblank = lines.iter().filter(|l| !l.content.is_empty()).count();
    let long =
        lines.iter().filter(|l| longer_than(&text[l.content], 110)).count();
    let blank = lines.len() - nonblank;
    // Without blank lines, text hard-wrapped with no paragraph breaks (a
    // speech as one run of short lines) still shows itself: many lines
    // go on in lower case on the next one.
    let continued = lines
        .windows(2)
        .filter(|w| {
            !w[0].content.is_empty()
                && text[w[1].content]
                    .chars()
                    .next()
                    .is_some_and(char::is_lowercase)
        })
        .count();
    let wrapped = (blank > 0 || 3 * continued >= nonblank && nonblank >= 3)
        && long * 10 < nonblank;

    let mut out: Vec<Block> = Vec::new();
    let mut paragraph: Option<Span> = None;
    let mut open = false;
    for (n, line) in lines.iter().enumerate() {
        if line.content.is_empty() {
            open = false;
            continue;
        }
        let content = &text[line.content];
        let mark = marker(text, line.content);
        let caps = is_caps_line(content);
        let joins = wrapped
            && open
            && mark.is_none()
            && out.last().is_some_and(|b| {
                b.kind != BlockKind::Heading
                    && !text[b.span].ends_with(':')
                    && (!caps || longer_than(content, 79))
            });
        if joins {
            if let Some(last) = out.last_mut() {
                last.span.end = line.content.end;
            }
            continue;
        }
        let (label, body_start) = match mark {
            Some((label, start)) => (label, start),
            None => (None, line.content.start),
        };
        if let Some(label) = label {
            if text[label].bytes().all(|c| c.is_ascii_digit() || c == b'.') {
                paragraph = Some(label);
            }
        }
        let next_blank = lines.get(n + 1).is_none_or(|l| l.content.is_empty());
        let ends_sentence = content
            .trim_end_matches(|c: char| is_space(c) || "\"'’”)".contains(c))
            .ends_with(['.', '!', '?', ';', ':', ',']);
        // `Article 3` over its text: a short unpunctuated first line
        // whose next line starts anew with a capital.
        let label_line = wrapped
            && !open
            && !next_blank
            && !ends_sentence
            && !longer_than(content, 40)
            && lines.get(n + 1).is_some_and(|l| {
                text[l.content].chars().next().is_some_and(char::is_uppercase)
            });
        let kind = if mark.is_some() {
            BlockKind::Item
        } else if caps
            || label_line
            || (wrapped
                && next_blank
                && !ends_sentence
                && !longer_than(content, 89)
                && !open_list_context(&out, text))
        {
            BlockKind::Heading
        } else {
            BlockKind::Text
        };
        if kind == BlockKind::Heading && caps {
            paragraph = None;
        }
        let span =
            Span::new(body_start.min(line.content.end), line.content.end);
        out.push(Block {
            span,
            paragraph: if mark.is_some()
                && label.is_some()
                && paragraph.is_none()
            {
                label
            } else {
                paragraph
            },
            kind,
        });
        open = true;
    }
    out
}

/// Whether the previous block introduced a list (ends with `:`), in which
/// case a short unpunctuated block is an item, not a heading.
fn open_list_context(out: &[Block], text: &str) -> bool {
    out.last().is_some_and(|b| {
        text[b.span].ends_with(':') || b.kind == BlockKind::Item
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trim_spaces_agrees_with_trimming_by_chars() {
        for line in [
            "",
            "   ",
            " \t text \r",
            "\u{feff}\u{a0} Both sides\u{200b}\u{3000}",
            "\x0b\x7fword\x01",
            "é",
            " \u{a0}",
            "no trim",
        ] {
            let rest = line.trim_start_matches(is_space);
            let lead = line.len() - rest.len();
            let body = rest.trim_end_matches(is_space);
            let expected = Span::new(lead, lead + body.len());
            assert_eq!(trim_spaces(line, 0, line.len()), expected, "{line:?}");
        }
    }

    fn show(text: &str) -> Vec<(String, Option<String>, BlockKind)> {
        blocks(text)
            .iter()
            .map(|b| {
                (
                    text[b.span].to_string(),
                    b.paragraph.map(|p| text[p].to_string()),
                    b.kind,
                )
            })
            .collect()
    }

    #[test]
    fn line_layout_with_numbers_and_sub_paragraphs() {
        let text = "Joint Statement between A and B\n\
                    1. The Cambodian side renewed its congratulations to the Chinese side on the full success of the congress held in Beijing last year.\n \
                    Both sides agreed to enhance exchanges between the two foreign ministries and to advance practical cooperation in many fields.\n\
                    6.Both sides recognized the common values of all humanity and agreed to safeguard the international system with the UN at its core.\n";
        let b = show(text);
        assert_eq!(b.len(), 4);
        assert_eq!(b[1].1.as_deref(), Some("1"));
        assert!(b[1].0.starts_with("The Cambodian"));
        assert_eq!(b[2].1.as_deref(), Some("1"), "sub-paragraph stays in 1");
        assert_eq!(b[3].1.as_deref(), Some("6"));
        assert!(b[3].0.starts_with("Both sides"));
    }

    #[test]
    fn section_numbers_label_paragraphs_but_decimals_do_not() {
        let text = "Agreement between A and B\n\
                    3.1. The Parties agree to cease all hostilities at once.\n\
                    3.2 The Parties shall refrain from hate speech.\n\
                    1.2.3 Each Party shall report within thirty days.\n\
                    1.5 degrees is the limit the Parties aim to keep.\n";
        let b = show(text);
        assert_eq!(b[1].1.as_deref(), Some("3.1"));
        assert!(b[1].0.starts_with("The Parties agree"));
        assert_eq!(b[2].1.as_deref(), Some("3.2"));
        assert_eq!(b[3].1.as_deref(), Some("1.2.3"));
        assert!(b[3].0.starts_with("Each Party"));
        // A decimal before a lower-case word is text, not a label.
        assert!(b[4].0.starts_with("1.5 degrees"), "{:?}", b[4]);
    }

    #[test]
    fn hard_wrapped_text_without_blank_lines_joins_lines() {
        // A speech as one run of short lines: no blank line anywhere.
        let text = "We call on the \n\
                    international community to work together to promote \n\
                    gender equality. We \n\
                    also reiterate our commitment.\n";
        let b = show(text);
        assert_eq!(b.len(), 1, "{b:?}");
        assert_eq!(b[0].2, BlockKind::Text);
        // Lines that each end a statement stay the line layout.
        let text = "Both sides agreed to deepen ties.\n\
                    Both sides agreed to expand trade.\n\
                    Both sides welcomed the visit.\n";
        assert_eq!(show(text).len(), 3);
    }

    #[test]
    fn wrapped_layout_joins_lines() {
        let text = "TITLE OF THE STATEMENT\n\n\
                    1. We, the Leaders, met in San Francisco and agreed\n\
                    to work together on many things of interest.\n\n\
                    We will:\n\
                    (a) expand trade;\n\
                    (b) deepen ties.\n";
        let b = show(text);
        assert_eq!(b[0].2, BlockKind::Heading);
        assert_eq!(
            b[1].0,
            "We, the Leaders, met in San Francisco and agreed\nto work together on many things of interest."
        );
        assert_eq!(b[2].0, "We will:");
        assert_eq!(b[3].0, "expand trade;");
        assert_eq!(b[3].2, BlockKind::Item);
        assert_eq!(b[4].0, "deepen ties.");
    }

    #[test]
    fn width_counts_characters_and_space_runs_once() {
        // The definition, one character at a time.
        fn width(text: &str) -> usize {
            let mut n = 0;
            let mut in_space = false;
            for c in text.chars() {
                let space = is_space(c);
                if !(space && in_space) {
                    n += 1;
                }
                in_space = space;
            }
            n
        }
        for text in [
            "plain words here",
            "two  spaces\tand\u{a0}\u{a0}no-break",
            "Côte d’Ivoire — “quoted”",
            "ctrl\u{1}\u{7f}\u{200b}x",
            "\u{3000}\u{3000}ideographic",
            "",
        ] {
            let w = width(text);
            for limit in 0..=w + 1 {
                assert_eq!(
                    longer_than(text, limit),
                    w > limit,
                    "{text:?} {limit}"
                );
            }
        }
    }

    #[test]
    fn every_line_break_is_found_in_one_pass_or_the_other() {
        let contents = |text: &str| -> Vec<String> {
            lines(text).iter().map(|l| text[l.content].to_string()).collect()
        };
        // Curly quotes and dashes share their lead byte with U+2028 and
        // U+2029: they break nothing.
        assert_eq!(contents("A — “b’s”\n c \n"), ["A — “b’s”", "c"]);
        assert_eq!(
            contents("One’s\u{2028}two\u{2029}three\x0cfour\r\nfive\rsix"),
            ["One’s", "two", "three", "four", "five", "six"]
        );
        assert_eq!(contents("\u{2028}"), [""]);
        assert_eq!(contents("ends in a dash —"), ["ends in a dash —"]);
    }

    #[test]
    fn crlf_and_cr_are_newlines() {
        let b = show("One line.\r\nTwo line.\rThree line.");
        assert_eq!(b.len(), 3);
    }
}
