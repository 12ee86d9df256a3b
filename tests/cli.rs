//! The `commitments` binary as a user runs it: exit codes (0 ok, 1 some
//! documents failed, 2 usage), output formats, batch behaviour and
//! failure reporting.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

use serde_json::Value;

use crate::common;

const REFERENCE: &str = "fixtures/china-cambodia-2023.txt";

fn bin() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_commitments"));
    // Relative fixture paths in the arguments, as a user would type them.
    cmd.current_dir(common::root());
    cmd
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("the binary runs")
}

fn stdout(out: &Output) -> &str {
    std::str::from_utf8(&out.stdout).expect("stdout is UTF-8")
}

fn stderr(out: &Output) -> &str {
    std::str::from_utf8(&out.stderr).expect("stderr is UTF-8")
}

fn jsonl(out: &Output) -> Vec<Value> {
    stdout(out)
        .lines()
        .map(|l| {
            serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}"))
        })
        .collect()
}

/// A fresh path under the system temp dir; tests run in parallel (and
/// possibly several suites at once), hence the pid and counter.
fn temp_path(name: &str) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let n = N.fetch_add(1, Ordering::Relaxed);
    std::env::temp_dir()
        .join(format!("commitments-cli-{}-{n}-{name}", std::process::id()))
}

/// Removes a temp file or directory when the test ends, pass or fail.
struct Temp(PathBuf);

impl Temp {
    fn file(name: &str, contents: &[u8]) -> Temp {
        let path = temp_path(name);
        std::fs::write(&path, contents).expect("write temp file");
        Temp(path)
    }

    fn dir(name: &str) -> Temp {
        let path = temp_path(name);
        std::fs::create_dir_all(&path).expect("create temp dir");
        Temp(path)
    }

    fn path(&self) -> &Path {
        &self.0
    }

    fn arg(&self) -> &str {
        self.0.to_str().expect("temp paths are UTF-8")
    }
}

impl Drop for Temp {
    fn drop(&mut self) {
        let _ = if self.0.is_dir() {
            std::fs::remove_dir_all(&self.0)
        } else {
            std::fs::remove_file(&self.0)
        };
    }
}

fn fixture_args() -> Vec<String> {
    common::fixture_paths()
        .iter()
        .map(|p| {
            let rel = p.strip_prefix(common::root()).expect("under root");
            rel.to_str().expect("UTF-8 path").to_string()
        })
        .collect()
}

#[test]
fn extract_one_file() {
    let out = run(&["extract", "-q", REFERENCE]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let records = jsonl(&out);
    assert!(records.len() > 50, "{} records", records.len());
    for r in &records {
        // The path exactly as given, not canonicalized.
        assert_eq!(r["doc"], REFERENCE);
        assert!(r["content"]["start"].is_u64());
    }
    // Offsets are byte offsets into the file.
    let text = common::read_fixture("china-cambodia-2023");
    let c = &records[0]["content"];
    let (s, e) = (c["start"].as_u64().unwrap(), c["end"].as_u64().unwrap());
    assert_eq!(&text[s as usize..e as usize], c["text"].as_str().unwrap());
}

#[test]
fn broken_documents_in_a_batch_are_named_and_the_rest_extracted() {
    let bad = Temp::file("bad.txt", b"Both sides agreed to \xff\xfe trade.\n");
    let empty = Temp::file("empty.txt", b"");
    let first = "fixtures/us-thailand-critical-minerals-mou-2025.txt";
    let last = "fixtures/philippines-japan-joint-statement-2016.txt";
    let out = run(&["extract", "-q", first, bad.arg(), empty.arg(), last]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains(bad.arg()), "{err}");
    assert!(err.contains(empty.arg()), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    // The good documents' records are exactly what they give alone.
    let alone: Vec<Value> = [first, last]
        .iter()
        .flat_map(|p| jsonl(&run(&["extract", "-q", p])))
        .collect();
    assert!(!alone.is_empty());
    assert_eq!(jsonl(&out), alone);
}

#[test]
fn missing_file_exits_1_and_names_it() {
    let missing = temp_path("does-not-exist.txt");
    let missing = missing.to_str().unwrap();
    let out = run(&["extract", "-q", missing]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains(missing), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
}

#[test]
fn bad_flag_exits_2() {
    let out = run(&["extract", "--no-such-flag", REFERENCE]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let out = run(&["extract", "--format", "xml", REFERENCE]);
    assert_eq!(out.status.code(), Some(2));
    let out = run(&["no-such-command"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn format_json_is_one_array() {
    let out = run(&["extract", "-q", "--format", "json", REFERENCE]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let value: Value =
        serde_json::from_slice(&out.stdout).expect("valid JSON");
    let array = value.as_array().expect("an array");
    let lines = jsonl(&run(&["extract", "-q", REFERENCE]));
    assert_eq!(*array, lines);

    // Zero records is still an array.
    let none =
        Temp::file("none.txt", b"Talks were held in a cordial atmosphere.");
    let out = run(&["extract", "-q", "--format", "json", none.arg()]);
    let value: Value =
        serde_json::from_slice(&out.stdout).expect("valid JSON");
    assert_eq!(value, Value::Array(vec![]));
}

#[test]
fn format_pretty_is_readable() {
    let out = run(&["extract", "-q", "--format", "pretty", REFERENCE]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.starts_with(&format!("== {REFERENCE}")), "{text}");
    assert!(!text.contains('{'), "not JSON");
    assert!(text.contains("undertaking") && text.contains("CHN+KHM"));
    // One line per record after the header.
    let records = jsonl(&run(&["extract", "-q", REFERENCE])).len();
    assert_eq!(text.lines().count(), records + 1);
}

#[test]
fn jsonl_input_with_id_and_parties_fields() {
    let corpus = Temp::file(
        "corpus.jsonl",
        concat!(
            r#"{"id": "nor-speech", "parties": "NOR", "#,
            r#""text": "We will support the peace process."}"#,
            "\n\n",
            r#"{"id": "jpn-vnm", "parties": ["JPN", "VNM"], "#,
            r#""text": "Both sides agreed to expand trade."}"#,
            "\n",
        )
        .as_bytes(),
    );
    let out = run(&[
        "extract",
        "-q",
        "--jsonl-input",
        "--id-field",
        "id",
        "--parties-field",
        "parties",
        corpus.arg(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let records = jsonl(&out);
    assert_eq!(records.len(), 2, "{}", stdout(&out));
    assert_eq!(records[0]["doc"], "nor-speech");
    assert_eq!(records[0]["actors"], serde_json::json!(["NOR"]));
    assert_eq!(records[1]["doc"], "jpn-vnm");
    assert_eq!(records[1]["actors"], serde_json::json!(["JPN", "VNM"]));
}

#[test]
fn errors_file_gets_one_jsonl_record_per_failure() {
    let errors = Temp(temp_path("errors.jsonl"));
    let bad = Temp::file("bad.txt", b"\xc3");
    let out = run(&[
        "extract",
        "-q",
        "--errors",
        errors.arg(),
        bad.arg(),
        REFERENCE,
    ]);
    assert_eq!(out.status.code(), Some(1));
    let written = std::fs::read_to_string(errors.path()).expect("errors file");
    let lines: Vec<Value> = written
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON"))
        .collect();
    assert_eq!(lines.len(), 1, "{written}");
    assert_eq!(lines[0]["doc"], bad.arg());
    let msg = lines[0]["error"].as_str().expect("error message");
    assert!(msg.contains("UTF-8") && msg.contains('0'), "{msg}");
}

#[test]
fn output_does_not_depend_on_the_number_of_jobs() {
    let files = fixture_args();
    let with = |jobs: &str| {
        let mut args = vec!["extract", "-q", "--jobs", jobs];
        args.extend(files.iter().map(String::as_str));
        let out = run(&args);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        out.stdout
    };
    let one = with("1");
    assert!(!one.is_empty());
    assert!(one == with("2"), "--jobs 1 and --jobs 2 differ");
}

#[test]
fn sentences_tokens_and_matches_subcommands_print_spans() {
    let text = common::read_fixture("china-cambodia-2023");
    for sub in ["sentences", "tokens", "matches"] {
        let out = run(&[sub, REFERENCE]);
        assert_eq!(out.status.code(), Some(0), "{sub}: {}", stderr(&out));
        let items = jsonl(&out);
        assert!(items.len() > 10, "{sub}");
        for item in items {
            let span = &item["span"];
            let s = span["start"].as_u64().expect("start") as usize;
            let e = span["end"].as_u64().expect("end") as usize;
            assert_eq!(&text[s..e], item["text"].as_str().unwrap(), "{sub}");
        }
    }
    let matches = jsonl(&run(&["matches", REFERENCE]));
    let has = |text: &str, role: &str| {
        matches.iter().any(|m| m["text"] == text && m["role"] == role)
    };
    assert!(has("Kingdom of Cambodia", "actor KHM"), "{matches:?}");
    assert!(has("firmly", "firm"));
}

#[test]
fn directories_are_recursed_with_glob() {
    let dir = Temp::dir("corpus");
    let sub = dir.path().join("nested/deeper");
    std::fs::create_dir_all(&sub).unwrap();
    let statement = "Joint Statement between Japan and Viet Nam\n\
                     Both sides agreed to expand trade.\n";
    std::fs::write(dir.path().join("a.txt"), statement).unwrap();
    std::fs::write(sub.join("b.statement"), statement).unwrap();
    std::fs::write(sub.join("c.txt"), statement).unwrap();
    std::fs::write(sub.join("notes.md"), statement).unwrap();

    let docs = |out: &Output| -> Vec<String> {
        jsonl(out)
            .iter()
            .map(|r| r["doc"].as_str().unwrap().to_string())
            .collect()
    };
    // Default glob `*.txt`, at every depth.
    let out = run(&["extract", "-q", dir.arg()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let found = docs(&out);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found[0].ends_with("a.txt") && found[1].ends_with("c.txt"));

    let out = run(&["extract", "-q", "--glob", "*.statement", dir.arg()]);
    let found = docs(&out);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].ends_with("nested/deeper/b.statement"), "{found:?}");
}

#[test]
fn closed_stdout_is_no_crash_and_lines_are_whole() {
    // Far more output than a pipe buffer holds, so that the writer is
    // still writing when the reader goes away.
    let mut args = vec!["extract".to_string(), "-q".to_string()];
    for _ in 0..20 {
        args.extend(fixture_args());
    }
    let mut child = bin()
        .args(&args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut reader = BufReader::new(child.stdout.take().expect("stdout"));
    let mut line = String::new();
    reader.read_line(&mut line).expect("read one line");
    drop(reader);
    let out = child.wait_with_output().expect("wait");
    let err = stderr(&out);
    assert!(!err.contains("panicked"), "{err}");
    assert!(line.ends_with('\n'), "partial line: {line:?}");
    let record: Value = serde_json::from_str(&line).expect("a whole record");
    assert!(record["doc"].is_string());
    // Exit quietly (0) or with an error (1, 2); not killed by a signal.
    assert!(out.status.code().is_some(), "{:?}", out.status);
}

/// A command for the binary that cannot read what its owner forbids: as
/// root (CI containers) permissions bind nobody, so the child drops to
/// the `nobody` user and runs a copy of the binary from `home`, a
/// directory that user can reach.
#[cfg(unix)]
fn unprivileged_bin(home: &Temp) -> Command {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    use std::os::unix::process::CommandExt;

    let root = std::fs::metadata(home.path()).expect("stat").uid() == 0;
    if !root {
        return bin();
    }
    let copy = home.path().join("commitments");
    std::fs::copy(env!("CARGO_BIN_EXE_commitments"), &copy)
        .expect("copy binary");
    for p in [home.path(), copy.as_path()] {
        std::fs::set_permissions(p, std::fs::Permissions::from_mode(0o755))
            .expect("chmod");
    }
    let mut cmd = Command::new(copy);
    cmd.current_dir(home.path()).uid(65534).gid(65534);
    cmd
}

#[test]
#[cfg(unix)]
fn a_directory_without_permission_is_named_and_the_rest_extracted() {
    use std::os::unix::fs::PermissionsExt;

    let home = Temp::dir("perm");
    let good = home.path().join("good.txt");
    std::fs::copy(common::root().join(REFERENCE), &good).expect("copy");
    std::fs::set_permissions(&good, std::fs::Permissions::from_mode(0o644))
        .expect("chmod");
    let locked = home.path().join("locked");
    std::fs::create_dir(&locked).expect("mkdir");
    std::fs::write(locked.join("hidden.txt"), "Both sides agreed to meet.")
        .expect("write");
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000))
        .expect("chmod");

    let mut cmd = unprivileged_bin(&home);
    cmd.args(["extract", "-q"]).arg(home.path());
    // A freshly copied binary can be "busy" while another test's child,
    // forked before the copy's file was closed, still holds it open.
    const ETXTBSY: i32 = 26;
    let mut tries = 0;
    let out = loop {
        match cmd.output() {
            Err(e) if e.raw_os_error() == Some(ETXTBSY) && tries < 50 => {
                tries += 1;
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            other => break other.expect("the binary runs"),
        }
    };
    // Let the cleanup remove it again.
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755))
        .expect("chmod");

    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("locked"), "{err}");
    assert!(err.to_lowercase().contains("permission denied"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    let records = jsonl(&out);
    assert!(records.len() > 50, "{} records", records.len());
    assert!(records
        .iter()
        .all(|r| r["doc"].as_str().is_some_and(|d| d.ends_with("good.txt"))));
}

#[test]
#[cfg(unix)]
fn a_file_deleted_mid_run_is_named_and_the_rest_extracted() {
    use std::io::Write;

    // The directory holds a FIFO `a.txt` and a file `b.txt`. Opening the
    // FIFO for writing returns only once the binary opened it to read:
    // by then it has listed the directory and not yet read `b.txt`,
    // which is when `b.txt` goes.
    let dir = Temp::dir("deleted");
    let fifo = dir.path().join("a.txt");
    let doomed = dir.path().join("b.txt");
    let made = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo");
    assert!(made.success());
    std::fs::write(&doomed, "Both sides agreed to meet again.").expect("w");
    let child = bin()
        .args(["extract", "-q", REFERENCE, dir.arg()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut writer = std::fs::OpenOptions::new()
        .write(true)
        .open(&fifo)
        .expect("open the FIFO");
    std::fs::remove_file(&doomed).expect("delete mid-run");
    writer
        .write_all(b"The two leaders agreed to expand trade.\n")
        .expect("write the FIFO");
    drop(writer);
    let out = child.wait_with_output().expect("wait");
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(err.contains("b.txt"), "{err}");
    let docs: Vec<String> = jsonl(&out)
        .iter()
        .map(|r| r["doc"].as_str().unwrap_or_default().to_string())
        .collect();
    assert!(docs.iter().any(|d| d == REFERENCE), "{docs:?}");
    assert!(docs.iter().any(|d| d.ends_with("a.txt")), "{docs:?}");
    assert!(!docs.iter().any(|d| d.ends_with("b.txt")), "{docs:?}");
}

#[test]
fn jsonl_title_field_and_parties_written_as_a_list_string() {
    // Corpora keep titles apart from texts (White House statements), or
    // write a list of parties as a string (the ToTA treaties).
    let corpus = Temp::file(
        "titled.jsonl",
        "{\"title\": \"G7 Leaders' Statement\", \"text\": \"We will step up \
         our support.\"}\n\
         {\"parties\": \"['JPN', 'THA']\", \"text\": \"Each Party shall \
         promote investment.\"}\n"
            .as_bytes(),
    );
    let out = run(&[
        "extract",
        "-q",
        "--jsonl-input",
        "--title-field",
        "title",
        "--parties-field",
        "parties",
        corpus.arg(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let actors: Vec<Value> =
        jsonl(&out).iter().map(|r| r["actors"].clone()).collect();
    assert_eq!(
        actors,
        [serde_json::json!(["G7"]), serde_json::json!(["JPN", "THA"])]
    );
}
