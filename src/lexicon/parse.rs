//! Lexicon files: TOML in, entries with their file and line out.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

use crate::Error;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    actors: Option<BTreeMap<String, Spanned<ActorEntry>>>,
    parties: Option<Spanned<Parties>>,
    triggers: Option<BTreeMap<String, Spanned<Triggers>>>,
    modifiers: Option<Spanned<Modifiers>>,
    verbs: Option<Spanned<Verbs>>,
    topics: Option<BTreeMap<String, Spanned<Vec<Spanned<String>>>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ActorEntry {
    pub(crate) kind: String,
    #[serde(default)]
    pub(crate) names: Vec<String>,
    #[serde(default)]
    pub(crate) demonyms: Vec<String>,
    #[serde(default)]
    pub(crate) capitals: Vec<String>,
    #[serde(default)]
    pub(crate) governments: Vec<String>,
    #[serde(default)]
    pub(crate) people: Vec<String>,
    #[serde(default)]
    pub(crate) aliases: Vec<String>,
}

type Phrases = Vec<Spanned<String>>;

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Parties {
    #[serde(default)]
    all: Phrases,
    #[serde(default)]
    negative: Phrases,
    #[serde(default)]
    single: Phrases,
    #[serde(default)]
    relational: Phrases,
    #[serde(default)]
    meetings: Phrases,
    #[serde(default)]
    members: Phrases,
    #[serde(default)]
    pronouns: Phrases,
    #[serde(default)]
    agents: Phrases,
    #[serde(default)]
    addressees: Phrases,
    #[serde(default)]
    things: Phrases,
    #[serde(default)]
    others: Phrases,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Triggers {
    #[serde(default)]
    verb: Phrases,
    #[serde(default)]
    modal: Phrases,
    #[serde(default)]
    reported: Phrases,
    #[serde(default)]
    object: Phrases,
    #[serde(default)]
    nominal: Phrases,
    #[serde(default)]
    appeal: Phrases,
    #[serde(default)]
    directive: Phrases,
    #[serde(default)]
    that: Phrases,
    #[serde(default)]
    stance: Phrases,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Modifiers {
    #[serde(default)]
    negation: Phrases,
    #[serde(default)]
    firm: Phrases,
    #[serde(default)]
    tentative: Phrases,
    #[serde(default)]
    reiteration: Phrases,
    #[serde(default)]
    governors: Phrases,
    #[serde(default)]
    stance: Phrases,
    #[serde(default)]
    adverbs: Phrases,
    #[serde(default)]
    titles: Phrases,
    #[serde(default)]
    name_particles: Phrases,
    #[serde(default)]
    praise: Phrases,
    #[serde(default)]
    reporting: Phrases,
    #[serde(default)]
    abbreviations: Phrases,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Verbs {
    #[serde(default)]
    action: Phrases,
    #[serde(default)]
    also_nouns: Phrases,
    #[serde(default)]
    phrasal: Phrases,
}

/// What a lexicon line declares, before compilation.
#[derive(Clone, Debug)]
pub(crate) enum Entry {
    Actor { id: String, entry: Box<ActorEntryOwned> },
    Phrase { phrase: String, role: PhraseRole },
    Topic { topic: String, phrase: String },
}

#[derive(Clone, Debug)]
pub(crate) struct ActorEntryOwned {
    /// An organization or a group of states (not a state, territory or
    /// other entity): its meetings speak for it.
    pub(crate) collective: bool,
    pub(crate) names: Vec<String>,
    pub(crate) demonyms: Vec<String>,
    pub(crate) capitals: Vec<String>,
    pub(crate) governments: Vec<String>,
    pub(crate) people: Vec<String>,
    pub(crate) aliases: Vec<String>,
}

/// The role a phrase plays, as named in the files.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub(crate) enum PhraseRole {
    PartyAll,
    PartyNegative,
    PartySingle,
    PartyRelational,
    PartyMeeting,
    PartyMembers,
    Pronoun,
    Agent,
    Addressee,
    Thing,
    Trigger { kind: crate::Kind, frame: Frame, negative: bool },
    Negation,
    Firm,
    Tentative,
    Reiteration,
    Governor,
    Stance,
    Adverb,
    Title,
    NameParticle,
    Praise,
    Reporting,
    Abbreviation,
    Verb,
    NounLikeVerb,
    PhrasalVerb,
}

/// How a trigger relates to what is committed to; see triggers.toml.
#[derive(Clone, Copy, Debug, Eq, Hash, PartialEq)]
pub(crate) enum Frame {
    Verb,
    Modal,
    /// `would` in reported speech: a modal only inside a that-clause of
    /// the speaker's own stance (`confirmed that they would work`).
    Reported,
    Object,
    Nominal,
    Appeal,
    /// Like `Appeal`, but only with an addressee and `to V`: `instruct
    /// our ministers to V` asks them to act, `directed their attention to
    /// X` asks nothing.
    Directive,
    That,
    Stance,
}

impl Frame {
    /// Whether the trigger asks others to act.
    pub(crate) fn asks_others(self) -> bool {
        matches!(self, Frame::Appeal | Frame::Directive)
    }

    /// Whether the action follows as after a modal (`will`, `would`).
    pub(crate) fn is_modal(self) -> bool {
        matches!(self, Frame::Modal | Frame::Reported)
    }
}

/// An entry with where it was declared.
#[derive(Clone, Debug)]
pub(crate) struct Located {
    pub(crate) entry: Entry,
    pub(crate) line: usize,
}

/// Byte offsets → line numbers, in logarithmic time: a lexicon of 100k
/// entries asks 100k times.
struct LineIndex(Vec<usize>);

impl LineIndex {
    fn new(src: &str) -> LineIndex {
        LineIndex(
            src.bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| i)
                .collect(),
        )
    }

    /// The 1-based line of `offset`.
    fn line_of(&self, offset: usize) -> usize {
        self.0.partition_point(|&n| n < offset) + 1
    }
}

const ACTOR_KINDS: &[&str] =
    &["state", "territory", "organization", "group", "entity"];

/// Parses one lexicon file. Every problem found is reported, each with the
/// file's `origin` and a line.
pub(crate) fn parse(origin: &str, src: &str) -> Result<Vec<Located>, Error> {
    let lines = LineIndex::new(src);
    let line_of = |offset: usize| lines.line_of(offset);
    let file: File = toml::from_str(src).map_err(|err| {
        let line = err.span().map_or(1, |s| line_of(s.start));
        // One line per error: the parser's message may span several.
        let message = err.message().split_whitespace().collect::<Vec<_>>();
        Error::lexicon(origin, line, message.join(" "))
    })?;
    let mut out = Vec::new();
    let mut errors = Vec::new();
    let phrases = |list: Phrases,
                   role: PhraseRole,
                   out: &mut Vec<Located>,
                   errors: &mut Vec<Error>| {
        for p in list {
            let line = line_of(p.span().start);
            let mut phrase = p.into_inner();
            let mut role = role;
            if let PhraseRole::Trigger { negative, .. } = &mut role {
                if let Some(rest) = phrase.strip_prefix('!') {
                    *negative = true;
                    phrase = rest.to_string();
                }
            }
            let trimmed = phrase.trim();
            if trimmed.is_empty() {
                errors.push(Error::lexicon(origin, line, "empty phrase"));
                continue;
            }
            if trimmed.len() > 200 {
                errors.push(Error::lexicon(
                    origin,
                    line,
                    format!(
                        "phrase of {} bytes is too long (at most 200)",
                        trimmed.len()
                    ),
                ));
                continue;
            }
            out.push(Located {
                entry: Entry::Phrase { phrase: trimmed.to_string(), role },
                line,
            });
        }
    };

    if let Some(actors) = file.actors {
        for (id, entry) in actors {
            let line = line_of(entry.span().start);
            let e = entry.into_inner();
            let id_ok = id.len() <= 32
                && id.chars().next().is_some_and(|c| c.is_ascii_uppercase())
                && id.chars().all(|c| {
                    c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_'
                });
            if !id_ok {
                errors.push(Error::lexicon(
                    origin,
                    line,
                    format!(
                        "actor id {id:?} must be upper-case letters, digits \
                         and `_`, starting with a letter"
                    ),
                ));
                continue;
            }
            if !ACTOR_KINDS.contains(&e.kind.as_str()) {
                errors.push(Error::lexicon(
                    origin,
                    line,
                    format!(
                        "actor {id}: unknown kind {:?} (expected one of {})",
                        e.kind,
                        ACTOR_KINDS.join(", ")
                    ),
                ));
                continue;
            }
            let all = [
                &e.names,
                &e.demonyms,
                &e.capitals,
                &e.governments,
                &e.people,
                &e.aliases,
            ];
            if let Some(bad) = all
                .iter()
                .flat_map(|v| v.iter())
                .find(|s| s.trim().is_empty() || s.len() > 200)
            {
                errors.push(Error::lexicon(
                    origin,
                    line,
                    format!("actor {id}: bad name {bad:?} (empty or over 200 bytes)"),
                ));
                continue;
            }
            out.push(Located {
                entry: Entry::Actor {
                    id,
                    entry: Box::new(ActorEntryOwned {
                        collective: matches!(
                            e.kind.as_str(),
                            "organization" | "group"
                        ),
                        names: e.names,
                        demonyms: e.demonyms,
                        capitals: e.capitals,
                        governments: e.governments,
                        people: e.people,
                        aliases: e.aliases,
                    }),
                },
                line,
            });
        }
    }
    if let Some(p) = file.parties {
        let p = p.into_inner();
        phrases(p.all, PhraseRole::PartyAll, &mut out, &mut errors);
        phrases(p.negative, PhraseRole::PartyNegative, &mut out, &mut errors);
        phrases(p.single, PhraseRole::PartySingle, &mut out, &mut errors);
        phrases(p.meetings, PhraseRole::PartyMeeting, &mut out, &mut errors);
        phrases(p.members, PhraseRole::PartyMembers, &mut out, &mut errors);
        phrases(
            p.relational,
            PhraseRole::PartyRelational,
            &mut out,
            &mut errors,
        );
        phrases(p.pronouns, PhraseRole::Pronoun, &mut out, &mut errors);
        phrases(p.agents, PhraseRole::Agent, &mut out, &mut errors);
        phrases(p.addressees, PhraseRole::Addressee, &mut out, &mut errors);
        phrases(p.things, PhraseRole::Thing, &mut out, &mut errors);
        // (Others act, but for no party: to the clause stage, the same.)
        phrases(p.others, PhraseRole::Thing, &mut out, &mut errors);
    }
    if let Some(triggers) = file.triggers {
        for (kind_name, t) in triggers {
            let kind = match kind_name.as_str() {
                "undertaking" => crate::Kind::Undertaking,
                "support" => crate::Kind::Support,
                "opposition" => crate::Kind::Opposition,
                "appeal" => crate::Kind::Appeal,
                "position" => crate::Kind::Position,
                _ => {
                    errors.push(Error::lexicon(
                        origin,
                        line_of(t.span().start),
                        format!(
                            "unknown commitment kind {kind_name:?} (expected \
                             undertaking, support, opposition, appeal or \
                             position)"
                        ),
                    ));
                    continue;
                }
            };
            let t = t.into_inner();
            let role =
                |frame| PhraseRole::Trigger { kind, frame, negative: false };
            phrases(t.verb, role(Frame::Verb), &mut out, &mut errors);
            phrases(t.modal, role(Frame::Modal), &mut out, &mut errors);
            phrases(t.reported, role(Frame::Reported), &mut out, &mut errors);
            phrases(t.object, role(Frame::Object), &mut out, &mut errors);
            phrases(t.nominal, role(Frame::Nominal), &mut out, &mut errors);
            phrases(t.appeal, role(Frame::Appeal), &mut out, &mut errors);
            phrases(
                t.directive,
                role(Frame::Directive),
                &mut out,
                &mut errors,
            );
            phrases(t.that, role(Frame::That), &mut out, &mut errors);
            phrases(t.stance, role(Frame::Stance), &mut out, &mut errors);
        }
    }
    if let Some(m) = file.modifiers {
        let m = m.into_inner();
        phrases(m.negation, PhraseRole::Negation, &mut out, &mut errors);
        phrases(m.firm, PhraseRole::Firm, &mut out, &mut errors);
        phrases(m.tentative, PhraseRole::Tentative, &mut out, &mut errors);
        phrases(m.reiteration, PhraseRole::Reiteration, &mut out, &mut errors);
        phrases(m.governors, PhraseRole::Governor, &mut out, &mut errors);
        phrases(m.stance, PhraseRole::Stance, &mut out, &mut errors);
        phrases(m.adverbs, PhraseRole::Adverb, &mut out, &mut errors);
        phrases(m.titles, PhraseRole::Title, &mut out, &mut errors);
        phrases(m.praise, PhraseRole::Praise, &mut out, &mut errors);
        phrases(m.reporting, PhraseRole::Reporting, &mut out, &mut errors);
        phrases(
            m.name_particles,
            PhraseRole::NameParticle,
            &mut out,
            &mut errors,
        );
        phrases(
            m.abbreviations,
            PhraseRole::Abbreviation,
            &mut out,
            &mut errors,
        );
    }
    if let Some(v) = file.verbs {
        let v = v.into_inner();
        phrases(v.action, PhraseRole::Verb, &mut out, &mut errors);
        phrases(v.also_nouns, PhraseRole::NounLikeVerb, &mut out, &mut errors);
        phrases(v.phrasal, PhraseRole::PhrasalVerb, &mut out, &mut errors);
    }
    if let Some(topics) = file.topics {
        for (topic, list) in topics {
            let list_line = line_of(list.span().start);
            if topic.is_empty() {
                errors.push(Error::lexicon(
                    origin,
                    list_line,
                    "empty topic id",
                ));
                continue;
            }
            for p in list.into_inner() {
                let line = line_of(p.span().start);
                let phrase = p.into_inner();
                if phrase.trim().is_empty() || phrase.len() > 200 {
                    errors.push(Error::lexicon(
                        origin,
                        line,
                        format!("topic {topic}: empty or over-long phrase"),
                    ));
                    continue;
                }
                out.push(Located {
                    entry: Entry::Topic {
                        topic: topic.clone(),
                        phrase: phrase.trim().to_string(),
                    },
                    line,
                });
            }
        }
    }
    match Error::many(errors) {
        Some(err) => Err(err),
        None => Ok(out),
    }
}
