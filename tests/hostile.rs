//! Hostile input (issue 5): text and lexicons that real corpora and
//! careless users produce. Extraction must never panic and every span it
//! returns must slice the input exactly; lexicon errors must say where
//! (`<name>:<line>: ...`) so that a user can fix the file.

use commitments::{Error, Extractor};

use crate::common;

const TITLE: &str = "Joint Statement between the Socialist Republic of \
                     Viet Nam and the Republic of Indonesia\n";
const SENTENCE: &str = "Both sides agreed to enhance high-level maritime \
                        cooperation and to firmly steer relations in the \
                        right direction.";

/// Runs every public entry point on `text` and checks the span
/// invariants of each result; returns the number of records.
fn survive(text: &str) -> usize {
    let ex = common::extractor();
    let records = ex.extract(text);
    common::assert_spans(text, &records);
    assert!(common::sorted_by_content(&records));
    for t in ex.tokens(text) {
        assert_eq!(&text[t.span], t.text);
    }
    for s in ex.sentences(text) {
        assert_eq!(&text[s.span], s.text);
    }
    let bytes = ex.extract_bytes(text.as_bytes()).expect("valid UTF-8");
    assert_eq!(bytes, records, "extract_bytes and extract disagree");
    records.len()
}

fn doc(body: &str) -> String {
    format!("{TITLE}{body}")
}

/// Stances in a text with no sentence end each open a clause that would
/// reach to its end; contents are bounded, so the work (here, the bytes
/// of content the records cover) grows with the input, not its square.
#[test]
fn stance_clauses_without_a_sentence_end_stay_linear() {
    let unit = "and condemned 1. the they agreed that ";
    let covered = |n: usize| -> usize {
        let text = doc(&unit.repeat(n));
        common::extractor()
            .extract(&text)
            .iter()
            .map(|r| r.content.text.len())
            .sum()
    };
    let (small, large) = (covered(500), covered(2000));
    assert!(small > 0);
    assert!(large <= 5 * small, "{small} -> {large} bytes of content");
}

#[test]
fn nul_bytes() {
    survive("\0");
    survive(&"\0".repeat(10_000));
    survive(&doc("Both\0sides agreed\0to enhance\0 trade.\0\0\n\0"));
    survive(&doc(&SENTENCE.replace(' ', "\0")));
}

#[test]
fn escaped_lone_surrogates_and_replacement_characters() {
    // JSON exports of corpora sometimes keep surrogates as escapes.
    survive(&doc(
        "Both sides agreed to \\ud800 enhance \\udfff trade \\ud83d\\ude00.",
    ));
    survive(&doc("Both sides agreed to \u{FFFD}\u{FFFD} enhance trade."));
    survive("\\ud800");
}

#[test]
fn a_100k_character_word() {
    survive(&doc(&format!(
        "Both sides agreed to {} trade.",
        "a".repeat(100_000)
    )));
    // Multi-byte letters, so that a byte-indexed bug lands mid-character.
    survive(&doc(&format!(
        "Both sides agreed to {} trade.",
        "é".repeat(100_000)
    )));
    survive(&"ü".repeat(100_000));
}

#[test]
fn a_one_megabyte_line_without_spaces() {
    survive(&doc(&"x".repeat(1 << 20)));
    // Dense punctuation makes the most tokens per byte.
    let dense = "Both-sides,agreed.to;enhance(trade)".repeat((1 << 20) / 35);
    survive(&doc(&dense));
}

#[test]
fn ten_thousand_nested_brackets_and_quotes() {
    let n = 10_000;
    for (open, close) in [
        ("(", ")"),
        ("[", "]"),
        ("{", "}"),
        ("“", "”"),
        ("\"", "\""),
        ("‘", "’"),
    ] {
        let text =
            doc(&format!("{}{SENTENCE}{}", open.repeat(n), close.repeat(n)));
        survive(&text);
        // Unbalanced both ways.
        survive(&doc(&format!("{}{SENTENCE}", open.repeat(n))));
        survive(&doc(&format!("{SENTENCE}{}", close.repeat(n))));
    }
    let mixed = "([{“‘\"'".repeat(n / 7);
    survive(&doc(&format!("{mixed}{SENTENCE}")));
}

#[test]
fn right_to_left_and_bidi_controls() {
    for mark in [
        '\u{200E}', '\u{200F}', '\u{202B}', '\u{202E}', '\u{2067}', '\u{061C}',
    ] {
        let body = SENTENCE.replace(' ', &format!(" {mark}"));
        survive(&doc(&body));
        survive(&doc(&format!("{mark}{SENTENCE}{mark}")));
    }
    survive(&doc(
        "اتفق الجانبان على تعزيز التعاون. Both sides agreed to expand trade.",
    ));
}

#[test]
fn every_unicode_space_and_dash_in_a_real_sentence() {
    let spaces = ['\u{00A0}', '\u{1680}', '\u{202F}', '\u{205F}', '\u{3000}']
        .into_iter()
        .chain('\u{2000}'..='\u{200A}');
    for space in spaces {
        survive(&doc(&SENTENCE.replace(' ', &space.to_string())));
        // Mixed with ordinary spaces, and doubled.
        survive(&doc(&SENTENCE.replacen(' ', &format!("{space} {space}"), 3)));
    }
    let dashes = ('\u{2010}'..='\u{2015}').chain(['\u{2212}']);
    for dash in dashes {
        let d = dash.to_string();
        survive(&doc(&SENTENCE.replace('-', &d)));
        survive(&doc(&SENTENCE.replace(' ', &format!(" {d} "))));
        survive(&doc(&SENTENCE.replace(' ', &d)));
    }
}

#[test]
fn mixed_line_endings() {
    let lf = doc("1. Both sides agreed to expand trade.\n\
         2. Indonesia will host the next meeting.\n\
         3. Viet Nam will not allow foreign bases.\n");
    let summary = |text: &str| -> Vec<(Vec<String>, &'static str)> {
        common::extractor()
            .extract(text)
            .iter()
            .map(|r| {
                (
                    r.actors.iter().map(|a| a.to_string()).collect(),
                    r.kind.as_str(),
                )
            })
            .collect()
    };
    let expected = summary(&lf);
    assert_eq!(expected.len(), 3, "{expected:?}");
    let crlf = lf.replace('\n', "\r\n");
    let cr = lf.replace('\n', "\r");
    let mut mixed = String::new();
    for (i, line) in lf.split_inclusive('\n').enumerate() {
        let ending = ["\r\n", "\r", "\n"][i % 3];
        mixed.push_str(line.trim_end_matches('\n'));
        mixed.push_str(ending);
    }
    for text in [&crlf, &cr, &mixed] {
        survive(text);
        // Line endings are transport, not content: same records.
        assert_eq!(summary(text), expected, "{text:?}");
    }
    survive("\r\n\r\r\n\n\r");
}

#[test]
fn leading_byte_order_mark() {
    let plain = doc("Both sides agreed to expand trade.");
    let bom = format!("\u{FEFF}{plain}");
    survive(&bom);
    let a = common::extractor().extract(&plain);
    let b = common::extractor().extract(&bom);
    assert_eq!(a.len(), 1);
    assert_eq!(b.len(), 1);
    // Same record, three bytes later: the title is still found.
    assert_eq!(a[0].actors, b[0].actors);
    assert_eq!(a[0].content.span.start + 3, b[0].content.span.start);
    survive("\u{FEFF}");
    survive("\u{FEFF}\u{FEFF}\u{FEFF}");
}

#[test]
fn empty_and_whitespace_only_text() {
    assert_eq!(survive(""), 0);
    for ws in [
        " ",
        "\n",
        "\t\t",
        "\r\n\r\n",
        " \u{00A0}\u{3000}\u{2028}\u{2029} ",
        "\u{000B}\u{000C}",
    ] {
        assert_eq!(survive(ws), 0, "{ws:?}");
        assert_eq!(survive(&ws.repeat(10_000)), 0, "{ws:?}");
    }
}

#[test]
fn invalid_utf8_error_names_the_offset() {
    let ex = common::extractor();
    let mut bytes = b"Both sides agreed to cooperate.".to_vec();
    let offset = bytes.len();
    bytes.extend_from_slice(b"\xff\xfe more");
    let err = ex.extract_bytes(&bytes).expect_err("invalid UTF-8");
    assert_eq!(err.utf8_valid_up_to(), Some(offset));
    assert!(err.to_string().contains(&offset.to_string()), "{err}");
    assert_eq!(err.location(), None);

    // A multi-byte character cut short at the end.
    let cut = "Viet Nam’".as_bytes();
    let err = ex.extract_bytes(&cut[..cut.len() - 1]).expect_err("truncated");
    assert_eq!(err.utf8_valid_up_to(), Some("Viet Nam".len()));
    assert!(err.to_string().contains("8"), "{err}");

    // The byte-order mark is kept in the text, so spans stay byte offsets
    // of what was given.
    let bom = "\u{FEFF}Both sides agreed to cooperate.".as_bytes();
    assert!(ex.extract_bytes(bom).is_ok());
}

// ---------------------------------------------------------------------
// Hostile lexicons.

fn build(files: &[(&str, &str)]) -> Result<Extractor, Error> {
    let mut builder = Extractor::builder();
    for (name, text) in files {
        builder.lexicon_str(*name, *text);
    }
    builder.build()
}

/// Asserts that building fails and that the first error is at
/// `name:line`, with the `<file>:<line>: ` prefix a user (and an editor's
/// error parser) needs.
fn assert_error_at(files: &[(&str, &str)], name: &str, line: usize) -> String {
    let err = match build(files) {
        Ok(_) => panic!("expected an error at {name}:{line}"),
        Err(err) => err,
    };
    let msg = err.to_string();
    assert!(msg.starts_with(&format!("{name}:{line}: ")), "{msg}");
    assert_eq!(err.location(), Some((name, line)), "{msg}");
    msg
}

/// Lines of `msg` that do not start with `<file>:<line>: `.
fn unlocated_lines(msg: &str) -> Vec<&str> {
    msg.lines()
        .filter(|l| {
            !l.split_once(": ").is_some_and(|(head, _)| {
                head.rsplit_once(':').is_some_and(|(file, n)| {
                    !file.is_empty() && n.parse::<usize>().is_ok()
                })
            })
        })
        .collect()
}

#[test]
fn duplicate_actor_id_in_one_file() {
    let text = "[actors]\n\
                XAA = { kind = \"state\", names = [\"Atlantis\"] }\n\
                XAA = { kind = \"state\", names = [\"Lemuria\"] }\n";
    assert_error_at(&[("dup.toml", text)], "dup.toml", 3);
}

#[test]
fn duplicate_actor_id_across_files() {
    let a = "[actors]\nXAA = { kind = \"state\", names = [\"Atlantis\"] }\n";
    let b = "# again\n[actors]\nXAA = { kind = \"state\", names = [\"Lemuria\"] }\n";
    let msg = assert_error_at(&[("a.toml", a), ("b.toml", b)], "b.toml", 3);
    assert!(msg.contains("a.toml:2"), "names the first definition: {msg}");

    // Against an embedded actor.
    let c = "[actors]\nCHN = { kind = \"state\", names = [\"Cathay\"] }\n";
    let msg = assert_error_at(&[("extra.toml", c)], "extra.toml", 2);
    assert!(msg.contains("actors.toml:"), "{msg}");
}

#[test]
fn alias_claimed_by_two_actors() {
    let a = "[actors]\nXAA = { kind = \"state\", names = [\"Atlantis\"] }\n";
    let b = "[actors]\nXBB = { kind = \"state\", names = [\"Lemuria\"], \
             aliases = [\"Atlantis\"] }\n";
    let msg = assert_error_at(&[("a.toml", a), ("b.toml", b)], "b.toml", 2);
    assert!(msg.contains("a.toml:2"), "names the other claim: {msg}");
    assert!(msg.contains("Atlantis"), "{msg}");

    // Same file, differing only in case: still the same alias.
    let one = "[actors]\n\
               XAA = { kind = \"state\", names = [\"Atlantis\"] }\n\
               XBB = { kind = \"state\", aliases = [\"ATLANTIS\"] }\n";
    assert_error_at(&[("one.toml", one)], "one.toml", 3);

    // An embedded actor's capital.
    let c = "[actors]\nXCC = { kind = \"state\", capitals = [\"Beijing\"] }\n";
    let msg = assert_error_at(&[("extra.toml", c)], "extra.toml", 2);
    assert!(msg.contains("CHN") && msg.contains("actors.toml:"), "{msg}");
}

#[test]
fn empty_phrases() {
    assert_error_at(&[("e.toml", "[parties]\nall = [\"\"]\n")], "e.toml", 2);
    assert_error_at(
        &[("e.toml", "[parties]\nall = [\"   \"]\n")],
        "e.toml",
        2,
    );
    let actor = "[actors]\nXAA = { kind = \"state\", names = [\"\"] }\n";
    assert_error_at(&[("e.toml", actor)], "e.toml", 2);
    let trigger = "\n[triggers.undertaking]\nverb = [\"!\"]\n";
    assert_error_at(&[("e.toml", trigger)], "e.toml", 3);
    let topic = "[topics]\ntrade = [\"\"]\n";
    assert_error_at(&[("e.toml", topic)], "e.toml", 2);
}

#[test]
fn a_10k_character_phrase() {
    let long = "word ".repeat(2_000);
    let parties = format!("[parties]\nall = [\n  \"ok\",\n  \"{long}\",\n]\n");
    assert_error_at(&[("long.toml", &parties)], "long.toml", 4);
    let actor = format!(
        "[actors]\nXAA = {{ kind = \"state\", names = [\"{long}\"] }}\n"
    );
    assert_error_at(&[("long.toml", &actor)], "long.toml", 2);
}

#[test]
fn one_hundred_thousand_aliases() {
    // Accepted or refused with a located error; either way it must finish
    // (the time is not asserted: this machine is shared).
    let aliases: Vec<String> =
        (0..100_000).map(|i| format!("\"Xalias{i:06}\"")).collect();
    let text = format!(
        "[actors]\nXAA = {{ kind = \"state\", names = [\"Atlantis\"], \
         aliases = [{}] }}\n",
        aliases.join(", ")
    );
    match build(&[("big.toml", &text)]) {
        Ok(ex) => {
            // Printed so that `--nocapture` shows which way it went.
            println!("100k aliases: accepted");
            let doc = "Xalias054321 will build a bridge.";
            let records = ex.extract(doc);
            common::assert_spans(doc, &records);
            assert_eq!(records.len(), 1);
            assert_eq!(records[0].actors, ["XAA"]);
        }
        Err(err) => {
            println!("100k aliases: refused: {err}");
            assert!(err.to_string().starts_with("big.toml:"), "{err}");
        }
    }
}

#[test]
fn one_hundred_thousand_lines_of_phrases() {
    // One phrase per line: every phrase asks for its line number, which
    // once recounted the file from its start (quadratic; the fuzzer's one
    // hang). A regression would not fail here, it would never finish.
    let phrases: Vec<String> =
        (0..100_000).map(|i| format!("  \"xpledge{i:06}\",")).collect();
    let text = format!(
        "[triggers.undertaking]\nverb = [\n{}\n  \"\",\n]\n",
        phrases.join("\n")
    );
    // The empty phrase on the last line is reported at that line.
    let line = 100_000 + 3;
    let msg = assert_error_at(&[("many.toml", &text)], "many.toml", line);
    assert!(msg.contains("empty phrase"), "{msg}");
}

#[test]
fn invalid_toml_names_file_and_line() {
    assert_error_at(&[("bad.toml", "[actors\n")], "bad.toml", 1);
    let text = "[parties]\nall = [\"ok\"]\nthis is not toml\n";
    assert_error_at(&[("bad.toml", text)], "bad.toml", 3);
    let text = "[parties]\nall = [\"ok\",\n\"unterminated]\n";
    let err = build(&[("bad.toml", text)]).expect_err("error");
    assert!(err.to_string().starts_with("bad.toml:"), "{err}");
    // A value of the wrong type.
    let text = "[parties]\n\nall = \"both sides\"\n";
    assert_error_at(&[("bad.toml", text)], "bad.toml", 3);
}

#[test]
fn unknown_trigger_kind() {
    let text = "# made-up kind\n[triggers.promise]\nverb = [\"promise to\"]\n";
    let msg = assert_error_at(&[("t.toml", text)], "t.toml", 2);
    assert!(msg.contains("promise"), "{msg}");
}

#[test]
fn unknown_actor_kind() {
    let text =
        "[actors]\n\nXAA = { kind = \"planet\", names = [\"Atlantis\"] }\n";
    let msg = assert_error_at(&[("a.toml", text)], "a.toml", 3);
    assert!(msg.contains("planet"), "{msg}");
}

/// Actor ids are what records carry: the guidelines' short upper-case
/// codes, so that a lexicon cannot give records an id no gold file can
/// hold.
#[test]
fn actor_ids_are_short_upper_case_codes() {
    let text = "[actors]\nPACIFIC_ALLIANCE = { kind = \"group\", names = \
                [\"Pacific Alliance\"] }\n";
    let msg = assert_error_at(&[("a.toml", text)], "a.toml", 2);
    assert!(msg.contains("PACIFIC_ALLIANCE"), "{msg}");
    let text = "[actors]\n\nPac = { kind = \"group\", names = [\"Pac\"] }\n";
    assert_error_at(&[("a.toml", text)], "a.toml", 3);
    let text = "[actors]\nZED_ALLIANCE = { kind = \"group\", names = \
                [\"Zed Alliance\"] }\n";
    assert!(build(&[("a.toml", text)]).is_ok());
}

#[test]
fn unknown_fields() {
    let text = "[actors]\nXAA = { kind = \"state\", nmes = [\"Atlantis\"] }\n";
    let msg = assert_error_at(&[("f.toml", text)], "f.toml", 2);
    assert!(msg.contains("nmes"), "{msg}");
    let text = "[parties]\nal = [\"the allies\"]\n";
    assert_error_at(&[("f.toml", text)], "f.toml", 2);
    let text = "# typo in a table name\n[actor]\n";
    assert_error_at(&[("f.toml", text)], "f.toml", 2);
}

#[test]
fn many_problems_are_reported_together_each_located() {
    let a = "[parties]\nall = [\"\"]\n";
    let b =
        "[actors]\nXAA = { kind = \"planet\" }\nxbb = { kind = \"state\" }\n";
    let msg = assert_error_at(&[("a.toml", a), ("b.toml", b)], "a.toml", 2);
    assert!(msg.contains("b.toml:2: "), "{msg}");
    assert!(msg.contains("b.toml:3: "), "{msg}");
    assert!(unlocated_lines(&msg).is_empty(), "{msg}");
}

#[test]
fn every_line_of_a_lexicon_error_is_located() {
    let err = build(&[("bad.toml", "[actors\n"), ("ok.toml", "[parties]\n")])
        .expect_err("error");
    let msg = err.to_string();
    assert!(unlocated_lines(&msg).is_empty(), "{msg}");
}

// ---------------------------------------------------------------------
// The embedded lexicons.

fn lexicon_files() -> Vec<(String, String)> {
    let dir = common::root().join("lexicons");
    let mut files: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("lexicons/ is readable")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .map(|p| {
            let name =
                p.file_name().expect("name").to_string_lossy().into_owned();
            let text = std::fs::read_to_string(&p).expect("lexicon is UTF-8");
            (name, text)
        })
        .collect();
    files.sort();
    files
}

#[test]
fn embedded_lexicons_build() {
    Extractor::builder().build().expect("embedded lexicons");
    // The files on disk, without the embedded copies, build the same
    // extractor: the embedded set is exactly lexicons/*.toml.
    let files = lexicon_files();
    assert!(files.len() >= 6, "{files:?}");
    let mut builder = Extractor::builder();
    builder.defaults(false);
    for (name, text) in &files {
        builder.lexicon_str(name.as_str(), text.as_str());
    }
    let from_disk = builder.build().expect("lexicons/*.toml build");
    let text = common::read_fixture("china-cambodia-2023");
    assert_eq!(from_disk.extract(&text), common::extractor().extract(&text));
}

#[test]
fn every_lexicon_file_parses_on_its_own() {
    for (name, text) in lexicon_files() {
        let mut builder = Extractor::builder();
        builder.defaults(false).lexicon_str(name.as_str(), text.as_str());
        if let Err(err) = builder.build() {
            panic!("{name} alone: {err}");
        }
    }
}

#[test]
fn actor_ids_are_unique_in_actors_toml() {
    // A line scan rather than a TOML parse: a TOML parser would stop at
    // the first duplicate key, this lists them all.
    let text =
        std::fs::read_to_string(common::root().join("lexicons/actors.toml"))
            .expect("actors.toml");
    let mut in_actors = false;
    let mut seen = std::collections::HashMap::new();
    let mut duplicates = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.starts_with('[') {
            in_actors = line == "[actors]";
            continue;
        }
        if !in_actors || line.is_empty() || line.starts_with('#') {
            continue;
        }
        let key = line.split('=').next().expect("split yields one").trim();
        if let Some(first) = seen.insert(key.to_string(), n + 1) {
            duplicates.push(format!("{key}: lines {first} and {}", n + 1));
        }
    }
    assert!(seen.len() > 200, "only {} actors found", seen.len());
    assert!(duplicates.is_empty(), "duplicate actor ids: {duplicates:?}");
}

#[test]
fn no_alias_is_claimed_twice_in_actors_toml() {
    // Building the default extractor rejects duplicates of the derived,
    // normalized forms; this names the raw entries, case-insensitively,
    // for a readable failure.
    let text =
        std::fs::read_to_string(common::root().join("lexicons/actors.toml"))
            .expect("actors.toml");
    let table: toml::Table =
        toml::from_str(&text).expect("actors.toml is TOML");
    let actors = table["actors"].as_table().expect("[actors] table");
    let mut owner: std::collections::HashMap<String, String> =
        std::collections::HashMap::new();
    let mut clashes = Vec::new();
    for (id, entry) in actors {
        let fields = ["names", "capitals", "governments", "people", "aliases"];
        let mut mine = std::collections::HashSet::new();
        for field in fields {
            let Some(list) = entry.get(field).and_then(|v| v.as_array())
            else {
                continue;
            };
            for name in list.iter().filter_map(|v| v.as_str()) {
                let key = name.to_lowercase();
                if !mine.insert(key.clone()) {
                    continue;
                }
                if let Some(other) = owner.insert(key, id.clone()) {
                    clashes.push(format!("{name:?}: {other} and {id}"));
                }
            }
        }
    }
    assert!(clashes.is_empty(), "aliases claimed twice: {clashes:?}");
}

/// Found by AFL in the eighth session (the input as found, and the
/// shortest form): a support verb whose object is a name ending the
/// text panicked in the owner check, which looked one token past it.
/// The panic was older than that session.
#[test]
fn a_name_that_ends_the_text_after_a_support_verb() {
    assert_eq!(survive("bme.\n17. India welcomes France"), 1);
    survive("India welcomes France");
    survive("We call on India");
    survive("17. Japan supports the United States");
}
