//! The crate's one error type.

use std::fmt;
use std::path::PathBuf;

/// An error from building an [`Extractor`](crate::Extractor) or loading a
/// lexicon.
///
/// Extraction itself never fails on valid UTF-8: errors only come from
/// lexicons (a malformed line, a duplicate alias, an unreadable
/// directory) and from decoding input bytes
/// ([`Extractor::extract_bytes`](crate::Extractor::extract_bytes)).
///
/// Lexicon errors name the file and line:
///
/// ```
/// use commitments::Extractor;
///
/// let err = Extractor::builder()
///     .lexicon_str("actors.toml", "[actors]\nCHN = { kind = \"planet\" }\n")
///     .build()
///     .unwrap_err();
/// assert!(err.to_string().starts_with("actors.toml:2: "), "{err}");
/// ```
#[derive(Debug)]
pub struct Error {
    kind: ErrorKind,
}

#[derive(Debug)]
enum ErrorKind {
    /// A problem at a line of a lexicon file.
    Lexicon { origin: String, line: usize, message: String },
    /// Reading a lexicon file or directory failed.
    Io { path: PathBuf, source: std::io::Error },
    /// Input bytes were not UTF-8.
    Utf8 { valid_up_to: usize },
    /// Several lexicon problems, all reported at once.
    Many(Vec<Error>),
}

impl Error {
    pub(crate) fn lexicon(
        origin: &str,
        line: usize,
        message: impl Into<String>,
    ) -> Error {
        Error {
            kind: ErrorKind::Lexicon {
                origin: origin.to_string(),
                line,
                message: message.into(),
            },
        }
    }

    pub(crate) fn io(
        path: impl Into<PathBuf>,
        source: std::io::Error,
    ) -> Error {
        Error { kind: ErrorKind::Io { path: path.into(), source } }
    }

    pub(crate) fn utf8(err: std::str::Utf8Error) -> Error {
        Error { kind: ErrorKind::Utf8 { valid_up_to: err.valid_up_to() } }
    }

    /// One error from many; `None` when there are none.
    pub(crate) fn many(mut errors: Vec<Error>) -> Option<Error> {
        match errors.len() {
            0 => None,
            1 => errors.pop(),
            _ => Some(Error { kind: ErrorKind::Many(errors) }),
        }
    }

    /// The lexicon file (as named when it was loaded) and 1-based line this
    /// error points at, if it points at one.
    pub fn location(&self) -> Option<(&str, usize)> {
        match &self.kind {
            ErrorKind::Lexicon { origin, line, .. } => Some((origin, *line)),
            ErrorKind::Many(errors) => errors.first()?.location(),
            _ => None,
        }
    }

    /// For invalid UTF-8 input: the length of the valid prefix.
    pub fn utf8_valid_up_to(&self) -> Option<usize> {
        match self.kind {
            ErrorKind::Utf8 { valid_up_to } => Some(valid_up_to),
            _ => None,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::Lexicon { origin, line, message } => {
                write!(f, "{origin}:{line}: {message}")
            }
            ErrorKind::Io { path, source } => {
                write!(f, "{}: {source}", path.display())
            }
            ErrorKind::Utf8 { valid_up_to } => write!(
                f,
                "input is not valid UTF-8 (first invalid byte at offset \
                 {valid_up_to})"
            ),
            ErrorKind::Many(errors) => {
                for (i, err) in errors.iter().enumerate() {
                    if i > 0 {
                        writeln!(f)?;
                    }
                    write!(f, "{err}")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            ErrorKind::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}
