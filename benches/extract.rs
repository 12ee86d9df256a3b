//! Throughput benches for `commitments`.
//!
//! ```text
//! cargo bench --bench extract -- --warm-up-time 1 --measurement-time 3
//! COMMITMENTS_BENCH_CORPUS=/path/to/corpus.jsonl cargo bench --bench extract -- ...
//! ```
//!
//! Groups (criterion ids are `group/input`):
//!
//! - `tokens`, `sentences_incl_tokens`, `matches_incl_tokens`, `extract`,
//!   `baseline_ac_scan`:
//!   one per stage, over the reference statement
//!   (`fixtures/china-cambodia-2023.txt`), all `fixtures/*.txt`
//!   concatenated, and, when `COMMITMENTS_BENCH_CORPUS` names a JSONL file
//!   (field `text`), the first ~8 MB of its documents joined by blank
//!   lines. Each reports bytes of input per second.
//! - `build`: `Extractor::new()` (parsing and compiling the lexicons).
//! - `batch`: `extract_batch` (rayon) vs a sequential loop over the
//!   corpus documents (only with `COMMITMENTS_BENCH_CORPUS`).
//! - `scaling`: `extract` over synthetic inputs of N and 4N bytes
//!   (N = `COMMITMENTS_BENCH_SCALE_BYTES`, default 1 MB); linear time
//!   means the 4N time is ~4x the N time.
//!
//! The bulk corpora stay outside the repository; only their path is read.

use std::hint::black_box;
use std::path::{Path, PathBuf};

use aho_corasick::{AhoCorasick, MatchKind};
use commitments::Extractor;
use criterion::{
    criterion_group, criterion_main, BenchmarkId, Criterion, SamplingMode,
    Throughput,
};

/// How much of the bulk corpus the stage benches read.
const CORPUS_BYTES: usize = 8 << 20;

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// `.txt` files of `fixtures/`, sorted by name.
fn fixture_paths() -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> =
        std::fs::read_dir(manifest_dir().join("fixtures"))
            .expect("fixtures/")
            .map(|e| e.expect("fixtures/ entry").path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
    paths.sort();
    paths
}

/// The documents of the JSONL corpus named by `COMMITMENTS_BENCH_CORPUS`,
/// up to about `limit` bytes of text (whole documents), or `None`.
fn corpus_docs(limit: usize) -> Option<Vec<String>> {
    let path = std::env::var_os("COMMITMENTS_BENCH_CORPUS")?;
    let path = PathBuf::from(path);
    let data = read(&path);
    let mut docs = Vec::new();
    let mut total = 0;
    for (n, line) in data.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let value: serde_json::Value = serde_json::from_str(line)
            .unwrap_or_else(|e| panic!("{}:{}: {e}", path.display(), n + 1));
        let Some(text) = value.get("text").and_then(|t| t.as_str()) else {
            continue;
        };
        total += text.len();
        docs.push(text.to_owned());
        if total >= limit {
            break;
        }
    }
    assert!(!docs.is_empty(), "{}: no `text` field found", path.display());
    Some(docs)
}

/// Every string in every array of every `lexicons/*.toml` file (nested
/// tables and inline tables included), lower-cased, with the `!` that
/// marks self-negating triggers removed. Scalar strings (`kind = "state"`)
/// are not phrases and are skipped. The extractor also derives phrases
/// from these (`the Government of <name>`, `the <demonym> side`, ...);
/// the baseline does not, so its automaton is somewhat smaller.
fn lexicon_phrases() -> Vec<String> {
    fn walk(value: &toml::Value, in_array: bool, out: &mut Vec<String>) {
        match value {
            toml::Value::String(s) if in_array => {
                let s = s.strip_prefix('!').unwrap_or(s).trim().to_lowercase();
                if !s.is_empty() {
                    out.push(s);
                }
            }
            toml::Value::Array(items) => {
                items.iter().for_each(|v| walk(v, true, out))
            }
            toml::Value::Table(table) => {
                table.values().for_each(|v| walk(v, false, out))
            }
            _ => {}
        }
    }
    let mut paths: Vec<PathBuf> =
        std::fs::read_dir(manifest_dir().join("lexicons"))
            .expect("lexicons/")
            .map(|e| e.expect("lexicons/ entry").path())
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect();
    paths.sort();
    let mut phrases = Vec::new();
    for path in &paths {
        let table: toml::Table = read(path)
            .parse()
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        walk(&toml::Value::Table(table), false, &mut phrases);
    }
    phrases.sort();
    phrases.dedup();
    assert!(phrases.len() > 100, "only {} lexicon phrases", phrases.len());
    phrases
}

/// (name, text) inputs of the stage benches.
fn inputs() -> Vec<(&'static str, String)> {
    let reference =
        read(&manifest_dir().join("fixtures/china-cambodia-2023.txt"));
    let fixtures = fixture_paths()
        .iter()
        .map(|p| read(p))
        .collect::<Vec<_>>()
        .join("\n\n");
    let mut inputs =
        vec![("china-cambodia-2023", reference), ("fixtures", fixtures)];
    if let Some(docs) = corpus_docs(CORPUS_BYTES) {
        inputs.push(("corpus", docs.join("\n\n")));
    }
    inputs
}

/// Small samples, flat sampling for inputs that take milliseconds: the
/// benches run on a small shared machine.
fn configure(
    group: &mut criterion::BenchmarkGroup<
        '_,
        criterion::measurement::WallTime,
    >,
    len: usize,
) {
    group.sample_size(10);
    if len > 100_000 {
        group.sampling_mode(SamplingMode::Flat);
    }
}

/// One benchmark group running `stage` over every input.
fn bench_stage(
    c: &mut Criterion,
    group_name: &str,
    inputs: &[(&'static str, String)],
    max_len: usize,
    stage: impl Fn(&str) -> usize,
) {
    let mut group = c.benchmark_group(group_name);
    configure(&mut group, max_len);
    for (name, text) in inputs {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(
            BenchmarkId::from_parameter(name),
            text,
            |b, text| b.iter(|| stage(black_box(text))),
        );
    }
    group.finish();
}

fn stages(c: &mut Criterion) {
    let extractor = Extractor::new();
    let inputs = inputs();
    let max_len = inputs.iter().map(|(_, t)| t.len()).max().unwrap_or(0);

    // `tokens()` runs the whole text stage (layout blocks, tokenizer,
    // sentence split) and returns the tokens: there is no public
    // tokenizer-only entry point, so this is the floor of every bench
    // below.
    bench_stage(c, "tokens", &inputs, max_len, |text| {
        extractor.tokens(text).len()
    });

    // `sentences()`: the same text stage (tokenization included), mapped
    // to sentences.
    bench_stage(c, "sentences_incl_tokens", &inputs, max_len, |text| {
        extractor.sentences(text).len()
    });

    // `matches()`: the text stage plus lexicon matching (and building
    // one small record per match); matching alone is this minus `tokens`.
    bench_stage(c, "matches_incl_tokens", &inputs, max_len, |text| {
        extractor.matches(text).len()
    });

    // Full extraction: text stage, lexicon matching, clause analysis,
    // records.
    bench_stage(c, "extract", &inputs, max_len, |text| {
        extractor.extract(text).len()
    });

    // The public API does not expose the matching stage alone; this
    // baseline stands for it: one leftmost-longest aho-corasick automaton
    // of the same lexicon phrases, counting matches over the lower-cased
    // text (lower-cased once, outside the timed loop). No word-boundary
    // checks, no quote/dash folding, no token alignment: a bare scan, so
    // every other figure can be read as a multiple of it.
    let phrases = lexicon_phrases();
    let ac = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(&phrases)
        .expect("aho-corasick automaton");
    let mut group = c.benchmark_group("baseline_ac_scan");
    configure(&mut group, max_len);
    for (name, text) in &inputs {
        let lower = text.to_lowercase();
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(
            BenchmarkId::from_parameter(name),
            &lower,
            |b, lower| {
                b.iter(|| ac.find_iter(black_box(lower.as_str())).count())
            },
        );
    }
    group.finish();
}

fn build(c: &mut Criterion) {
    let mut group = c.benchmark_group("build");
    group.sample_size(10);
    group.bench_function("Extractor::new", |b| b.iter(Extractor::new));
    group.finish();
}

#[cfg(feature = "rayon")]
fn batch(c: &mut Criterion) {
    let Some(docs) = corpus_docs(CORPUS_BYTES) else {
        return;
    };
    let bytes: usize = docs.iter().map(String::len).sum();
    let extractor = Extractor::new();
    let mut group = c.benchmark_group("batch");
    configure(&mut group, bytes);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("extract_batch", |b| {
        b.iter(|| extractor.extract_batch(black_box(&docs)))
    });
    group.bench_function("sequential", |b| {
        b.iter(|| {
            black_box(&docs)
                .iter()
                .map(|d| extractor.extract(d))
                .collect::<Vec<_>>()
        })
    });
    group.finish();
}

#[cfg(not(feature = "rayon"))]
fn batch(_: &mut Criterion) {}

/// `unit` repeated to at least `len` bytes.
fn repeat_to(unit: &str, len: usize) -> String {
    unit.repeat(len.div_ceil(unit.len()))
}

/// Linear-time check: inputs that have no sentence end, or many
/// coordinations, or many triggers, must cost time proportional to their
/// size. Compare each case's `4N` time with its `N` time (~4x).
fn scaling(c: &mut Criterion) {
    let n: usize = std::env::var("COMMITMENTS_BENCH_SCALE_BYTES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    // (name, opening, unit repeated after it)
    let cases: [(&str, &str, &str); 9] = [
        // Words, no sentence end.
        (
            "no_period",
            "",
            "the delegations discussed regional trade investment and cultural exchanges ",
        ),
        ("commas", "", "a, "),
        ("agreed_to", "", "Both sides agreed to "),
        ("agreed_to_enhance", "", "Both sides agreed to enhance A, "),
        // Stance triggers, each of which looks back for a condition.
        ("agreed_that", "", "Both sides agreed that A, "),
        // Verbs with no comma between them: subjects are looked for in a
        // bounded stretch.
        ("no_commas", "", "reiterates its appeal to X to "),
        // One action whose object is a list of a million items, and one
        // subject carried over a million predicates.
        ("action_list", "Both sides agreed to enhance ", "trade, "),
        ("carried_subject", "Both sides agreed to ", "enhance trade, agreed to "),
        // Stances whose clauses, with no sentence end, would each reach
        // to the end of the text: contents are bounded in length.
        ("stance_clauses", "", "and condemned 1. the they agreed that "),
    ];
    let extractor = Extractor::new();
    let mut group = c.benchmark_group("scaling");
    group.sample_size(10);
    group.sampling_mode(SamplingMode::Flat);
    for (name, opening, unit) in cases {
        for size in [n, 4 * n] {
            let text = format!("{opening}{}", repeat_to(unit, size));
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(
                BenchmarkId::new(name, size),
                &text,
                |b, text| b.iter(|| extractor.extract(black_box(text))),
            );
        }
    }
    group.finish();
}

criterion_group!(benches, stages, build, batch, scaling);
criterion_main!(benches);
