//! Helpers shared by the test modules.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use commitments::{Commitment, Extractor, Span};

/// One extractor with the embedded lexicons for all tests: building it
/// is the slow part of a small test in a debug build.
pub fn extractor() -> &'static Extractor {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    EXTRACTOR.get_or_init(Extractor::new)
}

/// The repository root, so that tests do not depend on the working
/// directory they are run from.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

pub fn fixtures_dir() -> PathBuf {
    root().join("fixtures")
}

/// Every `fixtures/*.txt`, sorted by name so that reports are stable.
pub fn fixture_paths() -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(fixtures_dir())
        .expect("fixtures/ is readable")
        .map(|e| e.expect("fixtures/ entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "no fixtures found");
    paths
}

pub fn read_fixture(stem: &str) -> String {
    let path = fixtures_dir().join(format!("{stem}.txt"));
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Why `span` is not a valid slice of `text`, if it is not.
fn span_problem(text: &str, span: Span) -> Option<String> {
    if span.start > span.end || span.end > text.len() {
        return Some(format!(
            "span {}..{} out of bounds (len {})",
            span.start,
            span.end,
            text.len()
        ));
    }
    if !text.is_char_boundary(span.start) || !text.is_char_boundary(span.end) {
        return Some(format!(
            "span {}..{} not on char boundaries",
            span.start, span.end
        ));
    }
    None
}

/// Checks the span invariants the crate documents for every record:
/// spans on char boundaries inside the input, and each excerpt's text is
/// exactly the input at its span. Returns the first violation.
pub fn span_violation(
    text: &str,
    records: &[Commitment<'_>],
) -> Option<String> {
    for (i, r) in records.iter().enumerate() {
        let mut excerpts =
            vec![("trigger", r.trigger), ("content", r.content)];
        if let Some(a) = r.actor_text {
            excerpts.push(("actor_text", a));
        }
        for (name, ex) in excerpts {
            if let Some(p) = span_problem(text, ex.span) {
                return Some(format!("record {i} {name}: {p}"));
            }
            if &text[ex.span] != ex.text {
                return Some(format!(
                    "record {i} {name}: text {:?} != input at span {:?}",
                    ex.text, &text[ex.span]
                ));
            }
        }
        if let Some(p) = span_problem(text, r.sentence) {
            return Some(format!("record {i} sentence: {p}"));
        }
    }
    None
}

/// Panics with the first span violation, naming the input's length so
/// that a failure in a hostile test is easy to place.
pub fn assert_spans(text: &str, records: &[Commitment<'_>]) {
    if let Some(problem) = span_violation(text, records) {
        panic!("input of {} bytes: {problem}", text.len());
    }
}

/// Content starts must never decrease: the crate promises document order.
pub fn sorted_by_content(records: &[Commitment<'_>]) -> bool {
    records
        .windows(2)
        .all(|w| w[0].content.span.start <= w[1].content.span.start)
}
