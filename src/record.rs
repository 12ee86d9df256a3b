//! Commitment records: what the extractor returns.

use std::fmt;
use std::sync::Arc;

use serde::ser::{SerializeMap, SerializeStruct};
use serde::{Serialize, Serializer};

use crate::Span;

/// What a commitment binds its actors to.
#[derive(Clone, Copy, Debug, Eq, Hash, PartialEq, Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Kind {
    /// The actor binds itself to do (or not do) something.
    Undertaking,
    /// The actor backs another party's position, choice, effort or event.
    Support,
    /// The actor stands against or disapproves of something.
    Opposition,
    /// The actor asks others to act.
    Appeal,
    /// The actor declares a stance on how things are or should be.
    Position,
}

impl Kind {
    /// The lower-case name used in JSON (`"undertaking"`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Undertaking => "undertaking",
            Kind::Support => "support",
            Kind::Opposition => "opposition",
            Kind::Appeal => "appeal",
            Kind::Position => "position",
        }
    }
}

/// Whether the commitment is negated (`will not`, `shall not`, `refrain
/// from`, `never`).
#[derive(Clone, Copy, Debug, Default, Eq, Hash, PartialEq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Polarity {
    /// Not negated.
    #[default]
    Affirmative,
    /// Negated.
    Negative,
}

/// How firmly the commitment is made.
#[derive(Clone, Copy, Debug, Default, Eq, Hash, PartialEq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Strength {
    /// Hedged: `explore`, `look forward to`, `strive to`, `seek to`.
    Tentative,
    /// Neither hedged nor intensified.
    #[default]
    Plain,
    /// Intensified: `firmly`, `resolute`, `unswervingly`, `strongly`.
    Firm,
}

impl Polarity {
    /// The lower-case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Polarity::Affirmative => "affirmative",
            Polarity::Negative => "negative",
        }
    }
}

impl Strength {
    /// The lower-case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Strength::Tentative => "tentative",
            Strength::Plain => "plain",
            Strength::Firm => "firm",
        }
    }
}

/// An actor id from the lexicons: ISO 3166-1 alpha-3 for states and
/// territories (`CHN`), short upper-case ids for organizations (`ASEAN`).
///
/// Cheap to clone (shared with the lexicon).
#[derive(Clone, Debug, Eq, Hash, PartialEq, PartialOrd, Ord)]
pub struct ActorId(Arc<str>);

impl ActorId {
    pub(crate) fn new(id: &str) -> ActorId {
        ActorId(Arc::from(id))
    }

    /// The id as a string.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ActorId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl PartialEq<str> for ActorId {
    fn eq(&self, other: &str) -> bool {
        &*self.0 == other
    }
}

impl PartialEq<&str> for ActorId {
    fn eq(&self, other: &&str) -> bool {
        &*self.0 == *other
    }
}

impl Serialize for ActorId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

/// A piece of the input: its text and where it is.
///
/// Invariant: `text == &input[span]`.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub struct Excerpt<'t> {
    /// The exact text of the input at `span`.
    pub text: &'t str,
    /// Byte offsets into the input.
    pub span: Span,
}

impl<'t> Excerpt<'t> {
    /// The excerpt of `input` at `span`.
    ///
    /// # Panics
    ///
    /// When `span` is out of bounds or not on character boundaries.
    pub fn of(input: &'t str, span: Span) -> Excerpt<'t> {
        Excerpt { text: &input[span], span }
    }
}

impl Serialize for Excerpt<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Excerpt", 3)?;
        st.serialize_field("text", self.text)?;
        st.serialize_field("start", &self.span.start)?;
        st.serialize_field("end", &self.span.end)?;
        st.end()
    }
}

/// One committed action: who binds itself, by which words, to what.
///
/// Records borrow the input text (`'t`). Serialized, a record is the JSON
/// object of the commitment guidelines (without `doc`; see
/// [`Commitment::with_doc`]).
#[derive(Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct Commitment<'t> {
    /// Label of the numbered paragraph the sentence is in (`"6"` for
    /// `6. Both sides ...`), if any.
    pub paragraph: Option<&'t str>,
    /// The sentence holding the content.
    pub sentence: Span,
    /// Who binds itself, sorted, without duplicates; empty when the
    /// mention resolves to no known actor.
    pub actors: Vec<ActorId>,
    /// The mention the actors come from (`"Both sides"`); for an
    /// inherited record, the mention in the sentence it inherits from.
    pub actor_text: Option<Excerpt<'t>>,
    /// True when the sentence has no subject of its own and the actors
    /// come from the sentence that governs it (`Deepen exchanges ...`
    /// after `Both sides agreed to ...`).
    pub inherited: bool,
    /// What kind of commitment this is.
    pub kind: Kind,
    /// Negated or not.
    pub polarity: Polarity,
    /// How firmly.
    pub strength: Strength,
    /// Made again (`reaffirmed`, `reiterated`, `renewed`).
    pub reiterated: bool,
    /// The words that make it a commitment (`agreed to`, `supports`).
    pub trigger: Excerpt<'t>,
    /// What is committed to, from its first word to the end of its
    /// conjunct.
    pub content: Excerpt<'t>,
    /// Actors the content names as addressee or beneficiary, sorted.
    pub targets: Vec<ActorId>,
    /// Policy areas of the content (ids from the topics lexicon), sorted.
    pub topics: Vec<Arc<str>>,
}

impl<'t> Commitment<'t> {
    /// This record paired with the name of the document it came from, so
    /// that it serializes with a leading `"doc"` field, as in JSONL
    /// output.
    pub fn with_doc<'a>(&'a self, doc: &'a str) -> WithDoc<'a, 't> {
        WithDoc { doc, record: self }
    }

    fn write_fields<M: SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("paragraph", &self.paragraph)?;
        map.serialize_entry("sentence", &self.sentence)?;
        map.serialize_entry("actors", &self.actors)?;
        map.serialize_entry("actor_text", &self.actor_text.map(|e| e.text))?;
        map.serialize_entry("inherited", &self.inherited)?;
        map.serialize_entry("kind", &self.kind)?;
        map.serialize_entry("polarity", &self.polarity)?;
        map.serialize_entry("strength", &self.strength)?;
        map.serialize_entry("reiterated", &self.reiterated)?;
        map.serialize_entry("trigger", &self.trigger)?;
        map.serialize_entry("content", &self.content)?;
        map.serialize_entry("targets", &self.targets)?;
        map.serialize_entry("topics", &self.topics)?;
        Ok(())
    }
}

impl Serialize for Commitment<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(13))?;
        self.write_fields(&mut map)?;
        map.end()
    }
}

/// A [`Commitment`] with the name of its document; see
/// [`Commitment::with_doc`].
#[derive(Clone, Copy, Debug)]
pub struct WithDoc<'a, 't> {
    doc: &'a str,
    record: &'a Commitment<'t>,
}

impl Serialize for WithDoc<'_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(14))?;
        map.serialize_entry("doc", self.doc)?;
        self.record.write_fields(&mut map)?;
        map.end()
    }
}
