//! The checks the fuzz targets run on each input, shared by the AFL and
//! the standard-input builds so that both check the same thing.

use std::io::Read;
use std::sync::OnceLock;

use commitments::{Commitment, Extractor, Span};

fn extractor() -> &'static Extractor {
    // Built once per process: AFL's persistent mode runs many inputs per
    // process, and building is far slower than extracting a short input.
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    EXTRACTOR.get_or_init(Extractor::new)
}

fn check_span(text: &str, span: Span, what: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what}: span {span:?} out of bounds ({} bytes)",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what}: span {span:?} not on char boundaries"
    );
}

fn check_records(text: &str, records: &[Commitment<'_>]) {
    for r in records {
        let mut excerpts =
            vec![("trigger", r.trigger), ("content", r.content)];
        excerpts.extend(r.actor_text.map(|a| ("actor_text", a)));
        for (what, ex) in excerpts {
            check_span(text, ex.span, what);
            assert_eq!(&text[ex.span], ex.text, "{what}: text differs");
        }
        check_span(text, r.sentence, "sentence");
    }
    assert!(
        records
            .windows(2)
            .all(|w| w[0].content.span.start <= w[1].content.span.start),
        "records out of document order"
    );
}

/// Bytes → UTF-8 → extract: no panic, spans slice the input exactly, and
/// `extract_bytes` agrees with decoding first.
pub fn extract(data: &[u8]) {
    let ex = extractor();
    match std::str::from_utf8(data) {
        Ok(text) => {
            let records = ex.extract(text);
            check_records(text, &records);
            let again = ex.extract_bytes(data).expect("valid UTF-8");
            assert_eq!(again, records, "extract_bytes differs from extract");
            for t in ex.tokens(text) {
                check_span(text, t.span, "token");
            }
            for s in ex.sentences(text) {
                check_span(text, s.span, "sentence");
            }
        }
        Err(e) => {
            let err = ex.extract_bytes(data).expect_err("invalid UTF-8");
            assert_eq!(err.utf8_valid_up_to(), Some(e.valid_up_to()));
        }
    }
}

/// The lexicon file names the builder knows, so that fuzz input replaces
/// an embedded file as often as it adds a new one.
const NAMES: &[&str] = &[
    "actors.toml",
    "modifiers.toml",
    "parties.toml",
    "topics.toml",
    "triggers.toml",
    "verbs.toml",
    "fuzz.toml",
];

/// Bytes → lexicon text → build: no panic; an error is located in a file;
/// an extractor that builds can extract.
///
/// The first byte picks the file name and whether to start from the
/// embedded lexicons (slow to build, but where conflicts happen).
pub fn lexicon(data: &[u8]) {
    let Some((&selector, rest)) = data.split_first() else { return };
    let name = NAMES[usize::from(selector >> 1) % NAMES.len()];
    let text = String::from_utf8_lossy(rest);
    let mut builder = Extractor::builder();
    builder.defaults(selector & 1 == 1).lexicon_str(name, text.as_ref());
    match builder.build() {
        Ok(ex) => {
            let probe = "Joint Statement between Japan and Viet Nam\n\
                         Both sides agreed to expand trade and will not \
                         impose tariffs.";
            check_records(probe, &ex.extract(probe));
        }
        Err(err) => {
            assert!(
                err.location().is_some(),
                "error without a location: {err}"
            );
        }
    }
}

/// The standard-input runner: one input from stdin, or one per file
/// argument (to replay a corpus or a crash).
pub fn main_stdin(check: fn(&[u8])) {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() {
        let mut data = Vec::new();
        std::io::stdin().read_to_end(&mut data).expect("read stdin");
        check(&data);
        return;
    }
    for f in files {
        let data = std::fs::read(&f).unwrap_or_else(|e| panic!("{f}: {e}"));
        check(&data);
        eprintln!("ok {f}");
    }
}
