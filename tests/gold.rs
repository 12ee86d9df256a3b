//! The gold test: extract every fixture and score it against
//! `fixtures/gold/<stem>.jsonl` with exactly the matching rule of
//! `/work/shared/tools/score.py`, so that the numbers here and the numbers
//! of the scorer the analysts use are the same numbers.
//!
//! The report is formatted like `score.py -v` on purpose: diffing the two
//! outputs is how this scorer was checked against the Python one.
//! Run `cargo test --test integration gold -- --nocapture` to see it.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use commitments::Commitment;
use serde_json::Value;

use crate::common;

/// How far (in bytes) a content span may start before the gold anchor and
/// still match; the same constant as score.py's `SLACK`.
const SLACK: usize = 40;

/// The statement the extractor was developed on: near-perfect is the bar.
const REFERENCE: &str = "china-cambodia-2023";
const THRESHOLD_REFERENCE: f64 = 0.95;

/// Floor for the "+kind+polarity" F1 over all fixtures except the
/// reference. It sits under the measured accuracy (0.956 in the fourth
/// session; issue 3 asks for 0.85) so that it catches regressions
/// without blocking work; raise it as accuracy improves.
const THRESHOLD_DEV: f64 = 0.95;

/// One gold line, with its anchor resolved to a byte offset.
struct Gold {
    /// `actors` and every `alt_actors` set, each sorted and deduplicated,
    /// because score.py compares sets.
    actor_sets: Vec<Vec<String>>,
    actors_shown: Vec<String>,
    kind: String,
    polarity: String,
    strength: String,
    anchor: String,
    offset: usize,
    optional: bool,
}

/// What the scorer needs of a predicted record.
struct Pred<'t> {
    actors: Vec<String>,
    kind: &'static str,
    polarity: &'static str,
    strength: &'static str,
    start: usize,
    end: usize,
    text: &'t str,
}

#[derive(Default)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
    /// Matches whose kind and polarity agree too.
    full: usize,
    kind: usize,
    polarity: usize,
    strength: usize,
    actor_miss: usize,
}

impl Counts {
    fn add(&mut self, o: &Counts) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
        self.full += o.full;
        self.kind += o.kind;
        self.polarity += o.polarity;
        self.strength += o.strength;
        self.actor_miss += o.actor_miss;
    }
}

fn ratio(num: usize, den: usize) -> f64 {
    if den == 0 {
        0.0
    } else {
        num as f64 / den as f64
    }
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// Byte offset of the `nth` (1-based) occurrence of `needle`, searching
/// like Python's `bytes.find(needle, pos + 1)`: occurrences may overlap.
fn anchor_offset(text: &str, needle: &str, nth: usize) -> Option<usize> {
    let (hay, needle) = (text.as_bytes(), needle.as_bytes());
    let mut from = 0;
    let mut pos = None;
    for _ in 0..nth {
        let rest = hay.get(from..)?;
        let at = rest.windows(needle.len()).position(|w| w == needle)? + from;
        pos = Some(at);
        from = at + 1;
    }
    pos
}

fn sorted_set<'a>(ids: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let set: BTreeSet<&str> = ids.into_iter().collect();
    set.into_iter().map(str::to_string).collect()
}

fn strings(v: &Value, what: &str) -> Vec<String> {
    v.as_array()
        .unwrap_or_else(|| panic!("{what} is not an array"))
        .iter()
        .map(|s| s.as_str().expect("actor ids are strings").to_string())
        .collect()
}

fn load_gold(stem: &str, text: &str) -> Vec<Gold> {
    let path =
        common::fixtures_dir().join("gold").join(format!("{stem}.jsonl"));
    let src = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut out = Vec::new();
    for (n, line) in src.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let at = format!("{}:{}", path.display(), n + 1);
        let g: Value = serde_json::from_str(line)
            .unwrap_or_else(|e| panic!("{at}: not JSON: {e}"));
        let doc = g["doc"].as_str().expect("doc");
        let base = doc.rsplit('/').next().unwrap_or(doc);
        assert_eq!(base, format!("{stem}.txt"), "{at}: doc of another file");
        let anchor = g["anchor"].as_str().expect("anchor").to_string();
        let nth = g.get("nth").and_then(Value::as_u64).unwrap_or(1) as usize;
        let offset = anchor_offset(text, &anchor, nth).unwrap_or_else(|| {
            panic!("{at}: anchor {anchor:?} (nth {nth}) not found")
        });
        let actors_shown = strings(&g["actors"], "actors");
        let mut actor_sets =
            vec![sorted_set(actors_shown.iter().map(String::as_str))];
        if let Some(alts) = g.get("alt_actors") {
            for alt in alts.as_array().expect("alt_actors is an array") {
                let alt = strings(alt, "alt_actors item");
                actor_sets.push(sorted_set(alt.iter().map(String::as_str)));
            }
        }
        out.push(Gold {
            actor_sets,
            actors_shown,
            kind: g["kind"].as_str().expect("kind").to_string(),
            polarity: str_or(&g, "polarity", "affirmative"),
            strength: str_or(&g, "strength", "plain"),
            anchor,
            offset,
            optional: g
                .get("optional")
                .and_then(Value::as_bool)
                .unwrap_or(false),
        });
    }
    out
}

/// A string field with score.py's default when it is missing.
fn str_or(v: &Value, field: &str, default: &str) -> String {
    v.get(field).and_then(Value::as_str).unwrap_or(default).to_string()
}

/// Python's `repr` of a string, as score.py prints anchors and contents:
/// single quotes unless the text has one and no double quote.
fn py_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::new();
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// The first `n` characters, like Python's `s[:n]`.
fn head(s: &str, n: usize) -> &str {
    s.char_indices().nth(n).map_or(s, |(i, _)| &s[..i])
}

/// Python's repr of a tuple of strings: `('CHN',)`, `('CHN', 'KHM')`.
fn py_tuple(items: &[String]) -> String {
    let parts: Vec<String> = items.iter().map(|s| py_repr(s)).collect();
    match parts.len() {
        1 => format!("({},)", parts[0]),
        _ => format!("({})", parts.join(", ")),
    }
}

fn to_pred<'t>(r: &Commitment<'t>) -> Pred<'t> {
    Pred {
        actors: sorted_set(r.actors.iter().map(|a| a.as_str())),
        kind: r.kind.as_str(),
        polarity: r.polarity.as_str(),
        strength: r.strength.as_str(),
        start: r.content.span.start,
        end: r.content.span.end,
        text: r.content.text,
    }
}

/// score.py's `pairs`: every (prediction, gold) pair that matches on span
/// (and actors, when asked), taken greedily in (optional, distance,
/// prediction index, gold index) order, one-to-one.
fn pairs(
    ps: &[Pred<'_>],
    gs: &[Gold],
    check_actors: bool,
) -> Vec<(usize, usize)> {
    let mut candidates = Vec::new();
    for (pi, p) in ps.iter().enumerate() {
        for (gi, g) in gs.iter().enumerate() {
            let off = g.offset;
            let inside =
                p.start <= off && off < p.end && off - p.start <= SLACK;
            if inside && (!check_actors || g.actor_sets.contains(&p.actors)) {
                candidates.push((g.optional, off - p.start, pi, gi));
            }
        }
    }
    candidates.sort_unstable();
    let (mut used_p, mut used_g) = (BTreeSet::new(), BTreeSet::new());
    let mut out = Vec::new();
    for (_, _, pi, gi) in candidates {
        if !used_p.contains(&pi) && !used_g.contains(&gi) {
            used_p.insert(pi);
            used_g.insert(gi);
            out.push((pi, gi));
        }
    }
    out
}

/// Scores one document; appends score.py's per-document line and its
/// `-v` details to `report`.
fn score_doc(
    name: &str,
    ps: &[Pred<'_>],
    gs: &[Gold],
    report: &mut String,
) -> Counts {
    let matches = pairs(ps, gs, true);
    let required: Vec<usize> =
        (0..gs.len()).filter(|&g| !gs[g].optional).collect();
    let tp: Vec<(usize, usize)> =
        matches.iter().copied().filter(|&(_, g)| !gs[g].optional).collect();
    let optional_matched = matches.len() - tp.len();
    let mut c = Counts {
        tp: tp.len(),
        fp: ps.len() - matches.len(),
        fn_: required.len() - tp.len(),
        ..Counts::default()
    };
    let loose: BTreeSet<usize> =
        pairs(ps, gs, false).into_iter().map(|(_, g)| g).collect();
    let matched_g: BTreeSet<usize> = tp.iter().map(|&(_, g)| g).collect();
    c.actor_miss = required
        .iter()
        .filter(|g| !matched_g.contains(g) && loose.contains(g))
        .count();
    for &(pi, gi) in &tp {
        let (p, g) = (&ps[pi], &gs[gi]);
        let kind = p.kind == g.kind;
        let polarity = p.polarity == g.polarity;
        c.kind += kind as usize;
        c.polarity += polarity as usize;
        c.strength += (p.strength == g.strength) as usize;
        c.full += (kind && polarity) as usize;
    }
    let p = if c.tp + c.fp > 0 { ratio(c.tp, c.tp + c.fp) } else { 0.0 };
    let r =
        if required.is_empty() { 1.0 } else { ratio(c.tp, required.len()) };
    let _ = writeln!(
        report,
        "{:48} {:5} {:5} {:6.3} {:6.3} {:6.3}",
        head(name, 48),
        required.len(),
        ps.len() - optional_matched,
        p,
        r,
        f1(p, r)
    );
    for &gi in &required {
        if !matched_g.contains(&gi) {
            let g = &gs[gi];
            let _ = writeln!(
                report,
                "   miss  {} {:11} {}",
                py_tuple(&g.actors_shown),
                g.kind,
                py_repr(head(&g.anchor, 70))
            );
        }
    }
    let matched_p: BTreeSet<usize> = matches.iter().map(|&(p, _)| p).collect();
    for (pi, p) in ps.iter().enumerate() {
        if !matched_p.contains(&pi) {
            let _ = writeln!(
                report,
                "   extra {} {:11} {}",
                py_tuple(&p.actors),
                p.kind,
                py_repr(head(p.text, 70))
            );
        }
    }
    for &(pi, gi) in &tp {
        let (p, g) = (&ps[pi], &gs[gi]);
        if p.kind != g.kind || p.polarity != g.polarity {
            let _ = writeln!(
                report,
                "   label {}: gold {}/{} pred {}/{}",
                py_repr(head(&g.anchor, 50)),
                g.kind,
                g.polarity,
                p.kind,
                p.polarity
            );
        }
    }
    c
}

/// Extracts and scores the fixtures `stems`; returns score.py's `-v`
/// report and the overall "+kind+polarity" F1.
fn score(stems: &[String]) -> (String, f64) {
    let extractor = common::extractor();
    let mut report = format!(
        "{:48} {:>5} {:>5} {:>6} {:>6} {:>6}\n",
        "document", "gold", "pred", "P", "R", "F1"
    );
    let mut tot = Counts::default();
    let mut full_per_doc = String::new();
    for stem in stems {
        let text = common::read_fixture(stem);
        let gs = load_gold(stem, &text);
        let records = extractor.extract(&text);
        let ps: Vec<Pred<'_>> = records.iter().map(to_pred).collect();
        let c = score_doc(&format!("{stem}.txt"), &ps, &gs, &mut report);
        let _ = writeln!(
            full_per_doc,
            "  {:48} {:6.3}",
            stem,
            f1(ratio(c.full, c.tp + c.fp), ratio(c.full, c.tp + c.fn_))
        );
        tot.add(&c);
    }
    let (tp, fp, fn_) = (tot.tp, tot.fp, tot.fn_);
    let (p, r) = (ratio(tp, tp + fp), ratio(tp, tp + fn_));
    let (fp_, fr) = (ratio(tot.full, tp + fp), ratio(tot.full, tp + fn_));
    let full_f1 = f1(fp_, fr);
    let _ = writeln!(
        report,
        "overall: gold {}, matched {tp}, extra {fp}, missed {fn_} (of them {} \
         with wrong actors)",
        tp + fn_,
        tot.actor_miss
    );
    let _ = writeln!(
        report,
        "span+actors      P {p:.3}  R {r:.3}  F1 {:.3}",
        f1(p, r)
    );
    let _ = writeln!(
        report,
        "+kind+polarity   P {fp_:.3}  R {fr:.3}  F1 {full_f1:.3}"
    );
    let _ = writeln!(
        report,
        "on matches: kind {:.3}  polarity {:.3}  strength {:.3}",
        ratio(tot.kind, tp),
        ratio(tot.polarity, tp),
        ratio(tot.strength, tp)
    );
    let _ = writeln!(report, "F1 {full_f1:.3}");
    // Not in score.py's output (it gives only span+actors per document);
    // appended after it so the two reports still diff cleanly.
    let _ = write!(report, "+kind+polarity F1 per document:\n{full_per_doc}");
    (report, full_f1)
}

fn stem_of(path: &std::path::Path) -> String {
    path.file_stem().expect("fixture stem").to_string_lossy().into_owned()
}

#[test]
fn every_fixture_has_gold_and_every_gold_a_fixture() {
    let stems: BTreeSet<String> =
        common::fixture_paths().iter().map(|p| stem_of(p)).collect();
    let gold: BTreeSet<String> =
        std::fs::read_dir(common::fixtures_dir().join("gold"))
            .expect("fixtures/gold is readable")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
            .map(|p| stem_of(&p))
            .collect();
    assert_eq!(stems, gold);
}

#[test]
fn reference_statement_f1() {
    let (report, f1) = score(&[REFERENCE.to_string()]);
    println!("{report}");
    assert!(
        f1 >= THRESHOLD_REFERENCE,
        "{REFERENCE}: +kind+polarity F1 {f1:.3} < {THRESHOLD_REFERENCE}\n{report}"
    );
}

#[test]
fn dev_fixtures_f1() {
    let stems: Vec<String> = common::fixture_paths()
        .iter()
        .map(|p| stem_of(p))
        .filter(|s| s != REFERENCE)
        .collect();
    let (report, f1) = score(&stems);
    println!("{report}");
    assert!(
        f1 >= THRESHOLD_DEV,
        "dev fixtures: +kind+polarity F1 {f1:.3} < {THRESHOLD_DEV}\n{report}"
    );
}

#[test]
fn anchor_offset_counts_overlapping_occurrences_like_python() {
    // bytes.find(needle, pos + 1) finds overlapping occurrences.
    assert_eq!(anchor_offset("aaaa", "aa", 1), Some(0));
    assert_eq!(anchor_offset("aaaa", "aa", 2), Some(1));
    assert_eq!(anchor_offset("aaaa", "aa", 4), None);
    assert_eq!(py_tuple(&["CHN".into()]), "('CHN',)");
    assert_eq!(py_repr("China's"), "\"China's\"");
}
