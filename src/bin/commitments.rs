//! `commitments`: extract commitment records from diplomatic statements.
//!
//! Uses only the library's public API.

use std::fs::File;
use std::io::{self, BufRead, BufReader, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand, ValueEnum};
use commitments::{Commitment, Extractor};
use rayon::prelude::*;

#[derive(Parser)]
#[command(
    name = "commitments",
    version,
    about = "Extract commitments from diplomatic prose"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract commitment records (JSONL by default) from files,
    /// directories, JSONL corpora or standard input (`-`).
    Extract(ExtractArgs),
    /// Print each sentence with its byte span and paragraph label (JSONL).
    Sentences(DebugArgs),
    /// Print each token with its byte span and kind (JSONL).
    Tokens(DebugArgs),
    /// Print each lexicon phrase found, with its span and role (JSONL).
    Matches(DebugArgs),
}

/// What a debugging subcommand prints.
#[derive(Clone, Copy)]
enum Debug {
    Sentences,
    Tokens,
    Matches,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum Format {
    /// One JSON object per record and line.
    Jsonl,
    /// One JSON array of all records.
    Json,
    /// A readable table.
    Pretty,
}

#[derive(clap::Args)]
struct ExtractArgs {
    /// Files, directories (searched recursively) or `-` for standard input.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value = "jsonl")]
    format: Format,
    /// A directory of lexicon files that replace or add to the embedded ones.
    #[arg(long, value_name = "DIR")]
    lexicons: Option<PathBuf>,
    /// File-name pattern for files found in directories (`*` and `?`).
    #[arg(long, default_value = "*.txt")]
    glob: String,
    /// Every PATH is a JSONL corpus, one document per line.
    #[arg(long)]
    jsonl_input: bool,
    /// With --jsonl-input: the field holding the text.
    #[arg(long, default_value = "text")]
    text_field: String,
    /// With --jsonl-input: the field whose value becomes the record's `doc`
    /// (default: PATH:LINE).
    #[arg(long)]
    id_field: Option<String>,
    /// With --jsonl-input: a field with the document's parties (an id such
    /// as "FRA" or a list of ids), to which `We` and `both sides` resolve.
    #[arg(long)]
    parties_field: Option<String>,
    /// With --jsonl-input: a field with the document's title (kept apart
    /// from its text); the parties it names are the document's, unless
    /// --parties-field gives them.
    #[arg(long)]
    title_field: Option<String>,
    /// Worker threads (default: all cores).
    #[arg(long, short = 'j')]
    jobs: Option<usize>,
    /// Also write failures as JSONL error records to FILE.
    #[arg(long, value_name = "FILE")]
    errors: Option<PathBuf>,
    /// No progress bar, no summary.
    #[arg(long, short = 'q')]
    quiet: bool,
}

#[derive(clap::Args)]
struct DebugArgs {
    /// A file, or `-` for standard input.
    path: PathBuf,
    /// A directory of lexicon files.
    #[arg(long, value_name = "DIR")]
    lexicons: Option<PathBuf>,
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    match run(cli) {
        Ok(code) => code,
        Err(err) => {
            if is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            eprintln!("commitments: {err:#}");
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
    })
}

fn extractor(lexicons: &Option<PathBuf>) -> Result<Extractor> {
    let mut builder = Extractor::builder();
    if let Some(dir) = lexicons {
        builder.lexicon_dir(dir);
    }
    Ok(builder.build()?)
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Extract(args) => extract(args),
        Command::Sentences(args) => debug(args, Debug::Sentences),
        Command::Tokens(args) => debug(args, Debug::Tokens),
        Command::Matches(args) => debug(args, Debug::Matches),
    }
}

fn read_input(path: &Path) -> Result<Vec<u8>> {
    if path.as_os_str() == "-" {
        let mut buf = Vec::new();
        io::stdin().read_to_end(&mut buf).context("reading standard input")?;
        Ok(buf)
    } else {
        std::fs::read(path).with_context(|| format!("{}", path.display()))
    }
}

fn debug(args: DebugArgs, what: Debug) -> Result<ExitCode> {
    let ex = extractor(&args.lexicons)?;
    let bytes = read_input(&args.path)?;
    let text = std::str::from_utf8(&bytes).map_err(|e| {
        anyhow::anyhow!(
            "{}: not valid UTF-8 (at byte {})",
            args.path.display(),
            e.valid_up_to()
        )
    })?;
    let mut out = io::BufWriter::new(io::stdout().lock());
    fn lines<T: serde::Serialize>(
        out: &mut impl Write,
        items: Vec<T>,
    ) -> Result<()> {
        for item in items {
            serde_json::to_writer(&mut *out, &item)?;
            out.write_all(b"\n")?;
        }
        Ok(())
    }
    match what {
        Debug::Sentences => lines(&mut out, ex.sentences(text))?,
        Debug::Tokens => lines(&mut out, ex.tokens(text))?,
        Debug::Matches => lines(&mut out, ex.matches(text))?,
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// One unit of work: a document's name, its bytes (or the reason it could
/// not be read) and its known parties.
struct Doc {
    name: String,
    bytes: std::result::Result<Vec<u8>, String>,
    parties: Vec<String>,
    /// A title kept apart from the text (`--title-field`).
    title: Option<String>,
}

/// What one document produced: its output bytes, or an error message.
struct Done {
    name: String,
    output: std::result::Result<(Vec<u8>, usize), String>,
    bytes: usize,
}

/// Matches a file name against a pattern with `*` and `?`.
fn glob_match(pattern: &[u8], name: &[u8]) -> bool {
    match (pattern.first(), name.first()) {
        (None, None) => true,
        (Some(b'*'), _) => {
            glob_match(&pattern[1..], name)
                || (!name.is_empty() && glob_match(pattern, &name[1..]))
        }
        (Some(b'?'), Some(_)) => glob_match(&pattern[1..], &name[1..]),
        (Some(p), Some(n)) if p == n => glob_match(&pattern[1..], &name[1..]),
        _ => false,
    }
}

/// Expands directories into their matching files, sorted; failures to
/// read a directory become failed documents.
fn expand(
    paths: &[PathBuf],
    glob: &str,
    out: &mut Vec<(PathBuf, Option<String>)>,
) {
    for path in paths {
        if path.is_dir() {
            match std::fs::read_dir(path) {
                Ok(entries) => {
                    let mut children = Vec::new();
                    for entry in entries {
                        match entry {
                            Ok(e) => children.push(e.path()),
                            Err(e) => {
                                out.push((path.clone(), Some(e.to_string())))
                            }
                        }
                    }
                    children.sort();
                    let (dirs, files): (Vec<_>, Vec<_>) =
                        children.into_iter().partition(|p| p.is_dir());
                    for f in files {
                        let name = f
                            .file_name()
                            .map(|n| n.to_string_lossy().into_owned());
                        if name.is_some_and(|n| {
                            glob_match(glob.as_bytes(), n.as_bytes())
                        }) {
                            out.push((f, None));
                        }
                    }
                    expand(&dirs, glob, out);
                }
                Err(e) => out.push((path.clone(), Some(e.to_string()))),
            }
        } else {
            out.push((path.clone(), None));
        }
    }
}

fn parties_of(value: Option<&serde_json::Value>) -> Vec<String> {
    match value {
        // `"FRA"`, `"FRA, DEU"`, or a list written as a string:
        // `"['JPN', 'THA']"`.
        Some(serde_json::Value::String(s)) => s
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .filter(|p| !p.is_empty())
            .map(str::to_string)
            .collect(),
        Some(serde_json::Value::Array(items)) => items
            .iter()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect(),
        _ => Vec::new(),
    }
}

fn render(
    ex: &Extractor,
    doc: &Doc,
    format: Format,
) -> std::result::Result<(Vec<u8>, usize), String> {
    let bytes = doc.bytes.as_ref().map_err(|e| e.clone())?;
    let text = std::str::from_utf8(bytes).map_err(|e| {
        format!(
            "not valid UTF-8 (first bad byte at offset {})",
            e.valid_up_to()
        )
    })?;
    if text.trim().is_empty() {
        return Err("empty document".to_string());
    }
    let from_title = match (&doc.title, doc.parties.is_empty()) {
        (Some(title), true) => ex.parties(title),
        _ => Vec::new(),
    };
    let parties: Vec<&str> = if from_title.is_empty() {
        doc.parties.iter().map(String::as_str).collect()
    } else {
        from_title.iter().map(|a| a.as_str()).collect()
    };
    let records = ex.extract_with_parties(text, &parties);
    let mut out = Vec::new();
    match format {
        Format::Jsonl | Format::Json => {
            for r in &records {
                serde_json::to_writer(&mut out, &r.with_doc(&doc.name))
                    .map_err(|e| e.to_string())?;
                out.push(b'\n');
            }
        }
        Format::Pretty => pretty(&mut out, &doc.name, &records),
    }
    Ok((out, records.len()))
}

fn pretty(out: &mut Vec<u8>, name: &str, records: &[Commitment<'_>]) {
    let _ = writeln!(out, "== {name}: {} commitments", records.len());
    for r in records {
        let actors = if r.actors.is_empty() {
            "?".to_string()
        } else {
            r.actors.iter().map(|a| a.as_str()).collect::<Vec<_>>().join("+")
        };
        let mut flags = String::new();
        if r.polarity == commitments::Polarity::Negative {
            flags.push_str(" NOT");
        }
        if r.strength != commitments::Strength::Plain {
            flags.push(' ');
            flags.push_str(r.strength.as_str());
        }
        if r.reiterated {
            flags.push_str(" again");
        }
        if r.inherited {
            flags.push_str(" inherited");
        }
        let content: String =
            r.content.text.split_whitespace().collect::<Vec<_>>().join(" ");
        let content = if content.chars().count() > 90 {
            format!("{}…", content.chars().take(89).collect::<String>())
        } else {
            content
        };
        let _ = writeln!(
            out,
            "{:>4} {:<11} {:<11} {:<18}{} | {}",
            r.paragraph.unwrap_or("-"),
            actors,
            r.kind.as_str(),
            r.trigger.text.split_whitespace().collect::<Vec<_>>().join(" "),
            flags,
            content
        );
    }
}

type JsonlLines = std::io::Lines<Box<dyn BufRead + Send>>;

/// Streams documents from the inputs in batches, so that memory stays
/// bounded by one batch.
struct Reader<'a> {
    args: &'a ExtractArgs,
    files: std::vec::IntoIter<(PathBuf, Option<String>)>,
    /// The JSONL corpus being read: its name, lines and lines read.
    jsonl: Option<(String, JsonlLines, usize)>,
}

impl Reader<'_> {
    fn next_doc(&mut self) -> Option<Doc> {
        loop {
            if let Some((path, lines, n)) = &mut self.jsonl {
                match lines.next() {
                    Some(Ok(line)) => {
                        *n += 1;
                        if line.trim().is_empty() {
                            continue;
                        }
                        let default_name = format!("{path}:{n}");
                        return Some(self.json_doc(&line, default_name));
                    }
                    Some(Err(e)) => {
                        let name = format!("{path}:{}", *n + 1);
                        self.jsonl = None;
                        return Some(Doc {
                            name,
                            bytes: Err(e.to_string()),
                            parties: vec![],
                            title: None,
                        });
                    }
                    None => self.jsonl = None,
                }
            }
            let (path, failure) = self.files.next()?;
            let name = path.display().to_string();
            if let Some(err) = failure {
                return Some(Doc {
                    name,
                    bytes: Err(err),
                    parties: vec![],
                    title: None,
                });
            }
            if self.args.jsonl_input {
                let reader: Result<Box<dyn BufRead + Send>, String> =
                    if name == "-" {
                        Ok(Box::new(BufReader::new(io::stdin())))
                    } else {
                        File::open(&path)
                            .map(|f| {
                                Box::new(BufReader::with_capacity(1 << 20, f))
                                    as Box<dyn BufRead + Send>
                            })
                            .map_err(|e| e.to_string())
                    };
                match reader {
                    Ok(r) => self.jsonl = Some((name, r.lines(), 0)),
                    Err(e) => {
                        return Some(Doc {
                            name,
                            bytes: Err(e),
                            parties: vec![],
                            title: None,
                        })
                    }
                }
                continue;
            }
            let bytes = read_input(&path).map_err(|e| {
                e.chain().last().map(|c| c.to_string()).unwrap_or_default()
            });
            return Some(Doc { name, bytes, parties: vec![], title: None });
        }
    }

    fn json_doc(&self, line: &str, default_name: String) -> Doc {
        use serde::de::DeserializeSeed;

        let wanted = Wanted {
            text: &self.args.text_field,
            id: self.args.id_field.as_deref(),
            parties: self.args.parties_field.as_deref(),
            title: self.args.title_field.as_deref(),
        };
        let mut de = serde_json::Deserializer::from_str(line);
        let picked = match wanted.deserialize(&mut de).and_then(|p| {
            de.end()?;
            Ok(p)
        }) {
            Ok(p) => p,
            Err(e) => {
                return Doc {
                    name: default_name,
                    bytes: Err(format!("not JSON: {e}")),
                    parties: vec![],
                    title: None,
                }
            }
        };
        let name = picked
            .id
            .map(|v| match v {
                serde_json::Value::String(s) => s,
                other => other.to_string(),
            })
            .unwrap_or(default_name);
        let parties = parties_of(picked.parties.as_ref());
        let bytes = match picked.text {
            Some(serde_json::Value::String(s)) => Ok(s.into_bytes()),
            _ => Err(format!("no string field {:?}", self.args.text_field)),
        };
        let title = match picked.title {
            Some(serde_json::Value::String(s)) => Some(s),
            _ => None,
        };
        Doc { name, bytes, parties, title }
    }
}

/// The fields of a JSONL document the CLI reads; the others are skipped
/// without being built, and the text is moved, not copied.
struct Wanted<'a> {
    text: &'a str,
    id: Option<&'a str>,
    parties: Option<&'a str>,
    title: Option<&'a str>,
}

#[derive(Default)]
struct Picked {
    text: Option<serde_json::Value>,
    id: Option<serde_json::Value>,
    parties: Option<serde_json::Value>,
    title: Option<serde_json::Value>,
}

impl<'de> serde::de::DeserializeSeed<'de> for Wanted<'_> {
    type Value = Picked;

    fn deserialize<D>(self, d: D) -> std::result::Result<Picked, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        d.deserialize_map(self)
    }
}

impl<'de> serde::de::Visitor<'de> for Wanted<'_> {
    type Value = Picked;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A>(self, mut map: A) -> std::result::Result<Picked, A::Error>
    where
        A: serde::de::MapAccess<'de>,
    {
        let mut picked = Picked::default();
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            let slot = if key == self.text {
                &mut picked.text
            } else if Some(&*key) == self.id {
                &mut picked.id
            } else if Some(&*key) == self.parties {
                &mut picked.parties
            } else if Some(&*key) == self.title {
                &mut picked.title
            } else {
                map.next_value::<serde::de::IgnoredAny>()?;
                continue;
            };
            *slot = Some(map.next_value()?);
        }
        Ok(picked)
    }
}

fn extract(args: ExtractArgs) -> Result<ExitCode> {
    let ex = extractor(&args.lexicons)?;
    if let Some(jobs) = args.jobs {
        rayon::ThreadPoolBuilder::new()
            .num_threads(jobs.max(1))
            .build_global()
            .ok();
    }
    let mut files = Vec::new();
    expand(&args.paths, &args.glob, &mut files);
    let mut errors_out = match &args.errors {
        Some(p) => Some(io::BufWriter::new(
            File::create(p)
                .with_context(|| format!("creating {}", p.display()))?,
        )),
        None => None,
    };
    let progress = (!args.quiet && io::stderr().is_terminal()).then(|| {
        let bar = indicatif::ProgressBar::new_spinner();
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{spinner} {pos} documents, {msg} [{elapsed}]",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
        );
        bar
    });
    let mut reader =
        Reader { args: &args, files: files.into_iter(), jsonl: None };
    let stdout = io::stdout();
    let mut out = io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let started = Instant::now();
    let (mut docs, mut records, mut bytes, mut failures) =
        (0usize, 0usize, 0usize, 0usize);
    let batch_docs = 64 * rayon::current_num_threads().max(1);
    const BATCH_BYTES: usize = 32 << 20;
    let mut first_json = true;
    if args.format == Format::Json {
        out.write_all(b"[")?;
    }
    let read_batch = |reader: &mut Reader<'_>| {
        let mut batch = Vec::new();
        let mut size = 0;
        while batch.len() < batch_docs && size < BATCH_BYTES {
            let Some(doc) = reader.next_doc() else { break };
            size += doc.bytes.as_ref().map_or(0, Vec::len);
            batch.push(doc);
        }
        batch
    };
    let mut batch = read_batch(&mut reader);
    while !batch.is_empty() {
        // The next batch is read (and its JSON parsed) while this one is
        // extracted: reading is not left to one core between batches.
        let (done, next) = rayon::join(
            || {
                batch
                    .into_par_iter()
                    .map(|doc| Done {
                        output: render(&ex, &doc, args.format),
                        bytes: doc.bytes.as_ref().map_or(0, Vec::len),
                        name: doc.name,
                    })
                    .collect::<Vec<Done>>()
            },
            || read_batch(&mut reader),
        );
        batch = next;
        for d in done {
            docs += 1;
            bytes += d.bytes;
            match d.output {
                Ok((buf, n)) => {
                    records += n;
                    if args.format == Format::Json {
                        for line in buf
                            .split(|&b| b == b'\n')
                            .filter(|l| !l.is_empty())
                        {
                            if !first_json {
                                out.write_all(b",\n")?;
                            }
                            first_json = false;
                            out.write_all(line)?;
                        }
                    } else {
                        out.write_all(&buf)?;
                    }
                }
                Err(msg) => {
                    failures += 1;
                    if let Some(bar) = &progress {
                        bar.suspend(|| {
                            eprintln!("commitments: {}: {msg}", d.name)
                        });
                    } else {
                        eprintln!("commitments: {}: {msg}", d.name);
                    }
                    if let Some(e) = &mut errors_out {
                        serde_json::to_writer(
                            &mut *e,
                            &serde_json::json!({"doc": d.name, "error": msg}),
                        )?;
                        e.write_all(b"\n")?;
                    }
                }
            }
        }
        if let Some(bar) = &progress {
            bar.set_position(docs as u64);
            bar.set_message(format!(
                "{records} records, {:.1} MB",
                bytes as f64 / 1e6
            ));
        }
    }
    if args.format == Format::Json {
        out.write_all(b"]\n")?;
    }
    out.flush()?;
    if let Some(e) = &mut errors_out {
        e.flush()?;
    }
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    if !args.quiet {
        let secs = started.elapsed().as_secs_f64().max(1e-9);
        eprintln!(
            "commitments: {docs} documents, {records} records, {:.1} MB in {secs:.2} s ({:.1} MB/s), {failures} failed",
            bytes as f64 / 1e6,
            bytes as f64 / 1e6 / secs
        );
    }
    Ok(if failures > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}
