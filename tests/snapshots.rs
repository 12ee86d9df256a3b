//! Snapshot tests (insta): every fixture's records, and the tokens and
//! sentences of two short texts chosen for tricky spacing and numbering.
//!
//! The renderings are meant to be read in review, one line per item, so
//! that a diff of a snapshot shows which records changed and how. The
//! extraction snapshots change whenever accuracy does; regenerate them with
//! `INSTA_UPDATE=always cargo test --test integration snapshots` and review
//! the diff.

use std::fmt::Write as _;

use commitments::{Commitment, Polarity};

use crate::common;

/// Newlines would break the one-line-per-record layout; `⏎` keeps where
/// they were visible, which matters for layout bugs.
fn one_line(s: &str) -> String {
    s.replace("\r\n", "⏎").replace(['\n', '\r'], "⏎")
}

/// `paragraph | actors | kind polarity strength [R][I] | trigger | content`
fn render(records: &[Commitment<'_>]) -> String {
    let mut out = String::new();
    for r in records {
        let actors: Vec<&str> = r.actors.iter().map(|a| a.as_str()).collect();
        let actors =
            if actors.is_empty() { "?".to_string() } else { actors.join(",") };
        let mut flags = String::new();
        if r.reiterated {
            flags.push_str(" [R]");
        }
        if r.inherited {
            flags.push_str(" [I]");
        }
        // Spelled out even when affirmative so columns line up.
        let polarity = match r.polarity {
            Polarity::Affirmative => "affirmative",
            Polarity::Negative => "NEGATIVE",
        };
        let _ = writeln!(
            out,
            "{} | {} | {} {} {}{} | {} | {}",
            r.paragraph.unwrap_or("-"),
            actors,
            r.kind.as_str(),
            polarity,
            r.strength.as_str(),
            flags,
            one_line(r.trigger.text),
            one_line(r.content.text),
        );
    }
    out
}

#[test]
fn extraction() {
    insta::glob!("../fixtures", "*.txt", |path| {
        let text = std::fs::read_to_string(path).expect("fixture is UTF-8");
        let records = common::extractor().extract(&text);
        common::assert_spans(&text, &records);
        insta::assert_snapshot!(render(&records));
    });
}

#[test]
fn tokens_of_tricky_text() {
    // Spacing as it comes out of PDF-to-text conversions of real
    // statements: detached clitics and hyphens, spaced abbreviations.
    let text = "China’ s Xinjiang - related people-to- people ties are \
                non- discriminatory in the ( SEZ ) etc . H.E. the U.S. \
                envoy cited No. 5 and A . C . T . for 2023-2025, from 9 to \
                11 February 2023.";
    let mut out = String::new();
    for t in common::extractor().tokens(text) {
        assert_eq!(&text[t.span], t.text);
        let kind = format!("{:?}", t.kind);
        let _ = writeln!(out, "{kind:<7} {}", t.text);
    }
    insta::assert_snapshot!(out);
}

#[test]
fn sentences_of_numbered_paragraphs() {
    let text = "Joint Statement between Viet Nam and Indonesia\n\
                \n\
                6.Both sides agreed to deepen trade. They will meet in \
                Hanoi.\n\
                1. The Cambodian side thanked H.E. Mr. Joko Widodo. It \
                agreed to:\n\
                \x20   (a) expand rice exports;\n\
                \x20   (b) open new routes.\n\
                12. Talks ended on 9 Feb. 2023 in Jakarta.\n";
    let mut out = String::new();
    for s in common::extractor().sentences(text) {
        assert_eq!(&text[s.span], s.text);
        let _ = writeln!(
            out,
            "{} | {}",
            s.paragraph.unwrap_or("-"),
            one_line(s.text)
        );
    }
    insta::assert_snapshot!(out);
}
