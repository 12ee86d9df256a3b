//! Lexicon data files → one compiled lexicon.
//!
//! Every phrase of every file is normalized the way the text is (see
//! [`crate::text::token`]) and gets the roles its lines give it. A phrase
//! may have several roles (`support` is a verb and a trigger); a longer
//! phrase also carries the roles of every phrase that is a token prefix of
//! it, so one leftmost-longest scan loses nothing.

pub(crate) mod defaults;
pub(crate) mod parse;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::path::Path;
use std::sync::Arc;

use crate::record::ActorId;
use crate::text::token::normalize_phrase;
use crate::{Error, Kind};

pub(crate) use parse::Frame;
use parse::{Entry, Located, PhraseRole};

/// A role a matched phrase plays.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub(crate) enum Role {
    Actor(u32),
    Person(u32),
    /// A bare demonym (`Austrian`): no actor on its own (`Austrian
    /// companies`), but it binds the person after a title (`Austrian
    /// Foreign Minister Tarlenheim`).
    Demonym(u32),
    PartyAll,
    PartyNegative,
    /// `the Administration`: the document's party when it has one only
    /// (a speech, a fact sheet); otherwise an agent.
    PartySingle,
    /// `Allies`: the parties, unless someone owns them (`our allies`
    /// are someone else).
    PartyRelational,
    /// `The Council`, `the Summit`: the document's party when it has one
    /// and that is an organization (a GCC communiqué); otherwise an
    /// agent.
    PartyMeeting,
    /// `Member States`: the organization named right before, or the
    /// document's party when it is one organization; otherwise an agent.
    PartyMembers,
    Pronoun,
    Agent,
    Addressee,
    /// The head of a noun phrase that never acts: `The Agreement ...
    /// will` commits nobody.
    Thing,
    Trigger(u32),
    Negation,
    Firm,
    Tentative,
    Reiteration,
    Governor,
    Stance,
    Adverb,
    Title,
    /// A lower-case word inside a person's name: `von`, `bin`, `de`.
    NameParticle,
    /// Thanks and praise (`appreciation for`): a support or commitment
    /// named inside them is the thanked party's, reported, not made.
    Praise,
    /// Verbs of saying, thinking and perceiving (`recall`, `consider`,
    /// `express`): after the parties they report, they do not act.
    Reporting,
    Verb,
    NounLikeVerb,
    PhrasalVerb,
}

/// A role and the number of tokens of the phrase that has it.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub(crate) struct RoleLen {
    pub(crate) role: Role,
    pub(crate) len: u8,
}

#[derive(Clone, Debug)]
pub(crate) struct Trigger {
    pub(crate) kind: Kind,
    pub(crate) frame: Frame,
    pub(crate) negative: bool,
    /// An -ing form (`supporting`, `standing ready to`): it can follow a
    /// comma or `while` and take the subject of the clause it is in.
    pub(crate) participle: bool,
}

#[derive(Clone, Debug)]
pub(crate) struct Actor {
    pub(crate) id: ActorId,
    /// An organization or group, whose meetings speak for it.
    pub(crate) collective: bool,
}

/// A compiled pattern: the normalized phrase and its roles.
#[derive(Clone, Debug)]
pub(crate) struct Pattern {
    pub(crate) norm: String,
    pub(crate) roles: Vec<RoleLen>,
    /// A name of two capitals (`US`), which in lower case is a word of
    /// its own (`us`): a mention only where the text has it in capitals.
    pub(crate) capitals_only: bool,
}

/// The compiled lexicon.
#[derive(Clone, Debug)]
pub(crate) struct Lexicon {
    pub(crate) actors: Vec<Actor>,
    pub(crate) triggers: Vec<Trigger>,
    pub(crate) patterns: Vec<Pattern>,
    pub(crate) topics: Vec<Arc<str>>,
    /// `(normalized phrase, topic index)`.
    pub(crate) topic_patterns: Vec<(String, u32)>,
    pub(crate) abbreviations: HashSet<String>,
    /// Normalized capitals (`astana`): in a title (`Astana Declaration`)
    /// they name a place, not a party.
    places: HashSet<String>,
    /// For each pattern, whether it is one of `places`: asked for every
    /// actor mention, so answered without hashing its text.
    place_pattern: Vec<bool>,
    /// Family names of the people listed (`marcos` for `Ferdinand Marcos
    /// Jr.`, `xi` for `Xi Jinping`) → their actor, or `None` when people
    /// of several actors share one: `President Marcos` resolves even when
    /// the text never gives the full name.
    pub(crate) family_names: HashMap<String, Option<u32>>,
    /// Actor id (`"KHM"`) → index in `actors`.
    actor_index: HashMap<Arc<str>, u32>,
}

impl Lexicon {
    /// The index in `actors` of the actor with id `id`.
    pub(crate) fn actor_index(&self, id: &str) -> Option<u32> {
        self.actor_index.get(id).copied()
    }

    /// How a role is named in [`LexiconMatch`](crate::LexiconMatch):
    /// after the lexicon file's own words.
    pub(crate) fn describe(&self, role: Role) -> String {
        let actor = |a: u32| self.actors[a as usize].id.as_str().to_string();
        match role {
            Role::Actor(a) => format!("actor {}", actor(a)),
            Role::Person(a) => format!("person {}", actor(a)),
            Role::Demonym(a) => format!("demonym {}", actor(a)),
            Role::PartyAll => "parties".into(),
            Role::PartyNegative => "parties negative".into(),
            Role::PartySingle => "single party".into(),
            Role::PartyRelational => "relational party".into(),
            Role::PartyMeeting => "meeting of the party".into(),
            Role::PartyMembers => "members of the party".into(),
            Role::Pronoun => "pronoun".into(),
            Role::Agent => "agent".into(),
            Role::Addressee => "addressee".into(),
            Role::Thing => "thing".into(),
            Role::Trigger(id) => {
                let t = &self.triggers[id as usize];
                let frame = match t.frame {
                    Frame::Verb => "verb",
                    Frame::Modal => "modal",
                    Frame::Reported => "reported",
                    Frame::Object => "object",
                    Frame::Nominal => "nominal",
                    Frame::Appeal => "appeal",
                    Frame::Directive => "directive",
                    Frame::That => "that",
                    Frame::Stance => "stance",
                };
                let neg = if t.negative { " negative" } else { "" };
                format!("trigger {} {frame}{neg}", t.kind.as_str())
            }
            Role::Negation => "negation".into(),
            Role::Firm => "firm".into(),
            Role::Tentative => "tentative".into(),
            Role::Reiteration => "reiteration".into(),
            Role::Governor => "governor".into(),
            Role::Stance => "stance".into(),
            Role::Adverb => "adverb".into(),
            Role::Title => "title".into(),
            Role::NameParticle => "name particle".into(),
            Role::Praise => "praise".into(),
            Role::Reporting => "reporting".into(),
            Role::Verb => "verb".into(),
            Role::NounLikeVerb => "verb also noun".into(),
            Role::PhrasalVerb => "verb phrasal".into(),
        }
    }
}

/// A lexicon file to load.
#[derive(Clone, Debug)]
pub(crate) struct Source {
    /// How errors name the file.
    pub(crate) origin: String,
    /// The file name, for replacing an embedded file of the same name.
    pub(crate) name: String,
    pub(crate) text: String,
}

/// Reads every `*.toml` file of a directory, sorted by name.
pub(crate) fn read_dir(dir: &Path) -> Result<Vec<Source>, Error> {
    let entries = std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))?;
    let mut paths = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| Error::io(dir, e))?;
        let path = entry.path();
        if path.extension().is_some_and(|x| x == "toml") {
            paths.push(path);
        }
    }
    paths.sort();
    let mut out = Vec::new();
    for path in paths {
        let text =
            std::fs::read_to_string(&path).map_err(|e| Error::io(&path, e))?;
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        out.push(Source { origin: path.display().to_string(), name, text });
    }
    Ok(out)
}

/// The embedded lexicon files, named `lexicons/<file>` in errors.
pub(crate) fn embedded() -> Vec<Source> {
    defaults::FILES
        .iter()
        .map(|(name, text)| Source {
            origin: format!("lexicons/{name}"),
            name: name.to_string(),
            text: text.to_string(),
        })
        .collect()
}

fn is_participle(phrase: &str) -> bool {
    phrase.split_whitespace().next().is_some_and(|w| w.ends_with("ing"))
}

/// Whether `id` has the shape the guidelines give actor ids (`KHM`,
/// `ASEAN`, `PAC_ALLIANCE`): an upper-case letter, then 1 to 11 upper-case
/// letters, digits or `_`, so that records stay short and comparable.
fn is_actor_id(id: &str) -> bool {
    let b = id.as_bytes();
    (2..=12).contains(&b.len())
        && b[0].is_ascii_uppercase()
        && b.iter().all(|&c| {
            c.is_ascii_uppercase() || c.is_ascii_digit() || c == b'_'
        })
}

/// Where a phrase with an actor role was declared, for duplicate errors.
struct Claim {
    actor: u32,
    origin: usize,
    line: usize,
}

impl Lexicon {
    /// Compiles lexicon sources. All problems of all files are reported.
    pub(crate) fn compile(sources: &[Source]) -> Result<Lexicon, Error> {
        let mut errors = Vec::new();
        let mut parsed: Vec<(usize, Vec<Located>)> = Vec::new();
        for (i, src) in sources.iter().enumerate() {
            match parse::parse(&src.origin, &src.text) {
                Ok(entries) => parsed.push((i, entries)),
                Err(err) => errors.push(err),
            }
        }
        let mut abbreviations = HashSet::default();
        for (_, entries) in &parsed {
            for e in entries {
                if let Entry::Phrase {
                    phrase,
                    role: PhraseRole::Abbreviation,
                } = &e.entry
                {
                    abbreviations
                        .insert(phrase.trim_end_matches('.').to_lowercase());
                }
            }
        }
        let is_abbr = |w: &str| abbreviations.contains(w);
        let norm = |p: &str| normalize_phrase(p, &is_abbr);

        let mut lex = Lexicon {
            actors: Vec::new(),
            triggers: Vec::new(),
            patterns: Vec::new(),
            topics: Vec::new(),
            topic_patterns: Vec::new(),
            abbreviations: HashSet::default(),
            places: HashSet::default(),
            place_pattern: Vec::new(),
            family_names: HashMap::default(),
            actor_index: HashMap::default(),
        };
        let mut index: HashMap<String, usize> = HashMap::default();
        // Every person's normalized name and actor, for `family_names`
        // once the name particles are known.
        let mut people: Vec<(String, u32)> = Vec::new();
        let mut claims: HashMap<String, Claim> = HashMap::default();
        let mut actor_ids: HashMap<String, (usize, usize)> =
            HashMap::default();
        let mut trigger_ids: HashMap<(Kind, Frame, bool, bool), u32> =
            HashMap::default();
        let mut topic_ids: HashMap<String, u32> = HashMap::default();
        let mut topic_seen: HashMap<String, u32> = HashMap::default();

        let add = |lex: &mut Lexicon,
                   index: &mut HashMap<String, usize>,
                   phrase: &str,
                   role: Role| {
            let (n, len) = norm(phrase);
            if len == 0 || len > 255 {
                return false;
            }
            let slot = *index.entry(n.clone()).or_insert_with(|| {
                lex.patterns.push(Pattern {
                    norm: n,
                    roles: Vec::new(),
                    capitals_only: false,
                });
                lex.patterns.len() - 1
            });
            let rl = RoleLen { role, len: len as u8 };
            let roles = &mut lex.patterns[slot].roles;
            if !roles.contains(&rl) {
                roles.push(rl);
            }
            true
        };

        for (src_i, entries) in &parsed {
            let origin = &sources[*src_i].origin;
            for e in entries {
                match &e.entry {
                    Entry::Actor { id, entry, .. } => {
                        if let Some((o, l)) = actor_ids.get(id) {
                            errors.push(Error::lexicon(
                                origin,
                                e.line,
                                format!(
                                    "duplicate actor id {id:?} (first \
                                     defined at {}:{l})",
                                    sources[*o].origin
                                ),
                            ));
                            continue;
                        }
                        if !is_actor_id(id) {
                            errors.push(Error::lexicon(
                                origin,
                                e.line,
                                format!(
                                    "actor id {id:?} is not 2 to 12 upper-case \
                                     letters, digits or `_`, starting with a \
                                     letter"
                                ),
                            ));
                            continue;
                        }
                        actor_ids.insert(id.clone(), (*src_i, e.line));
                        let a = lex.actors.len() as u32;
                        lex.actors.push(Actor {
                            id: ActorId::new(id),
                            collective: entry.collective,
                        });
                        let mut own: Vec<(String, Role, bool)> = Vec::new();
                        for name in &entry.names {
                            own.push((name.clone(), Role::Actor(a), true));
                            own.push((
                                format!("government of {name}"),
                                Role::Actor(a),
                                false,
                            ));
                            own.push((
                                format!("government of the {name}"),
                                Role::Actor(a),
                                false,
                            ));
                            own.push((
                                format!("{name} government"),
                                Role::Actor(a),
                                false,
                            ));
                            // `the EU side`, `the U.S. side`: names with no
                            // demonym in use.
                            own.push((
                                format!("{name} side"),
                                Role::Actor(a),
                                false,
                            ));
                        }
                        for d in &entry.demonyms {
                            for head in [
                                "side",
                                "government",
                                "delegation",
                                "officials",
                                "authorities",
                                "leaders",
                                "leadership",
                                "people",
                            ] {
                                own.push((
                                    format!("{d} {head}"),
                                    Role::Actor(a),
                                    false,
                                ));
                            }
                            // `Cape Verdeans are ready to`: the nation (not
                            // for `Chinese`, `French`, `Swiss`).
                            if !["s", "sh", "ch", "x", "z"]
                                .iter()
                                .any(|end| d.ends_with(end))
                                && !d.ends_with("ese")
                            {
                                own.push((
                                    format!("{d}s"),
                                    Role::Actor(a),
                                    false,
                                ));
                            }
                        }
                        for c in &entry.capitals {
                            lex.places.insert(norm(c).0);
                        }
                        for s in entry
                            .capitals
                            .iter()
                            .chain(&entry.governments)
                            .chain(&entry.aliases)
                        {
                            own.push((s.clone(), Role::Actor(a), true));
                        }
                        for p in &entry.people {
                            own.push((p.clone(), Role::Person(a), true));
                            people.push((norm(p).0, a));
                        }
                        let mut mine = HashSet::default();
                        for (phrase, role, explicit) in own {
                            let key = norm(&phrase).0;
                            if !mine.insert(key.clone()) {
                                continue;
                            }
                            if let Some(c) = claims.get(&key) {
                                if c.actor != a && explicit {
                                    errors.push(Error::lexicon(
                                        origin,
                                        e.line,
                                        format!(
                                            "duplicate alias {phrase:?}: \
                                             already an alias of {} ({}:{})",
                                            lex.actors[c.actor as usize].id,
                                            sources[c.origin].origin,
                                            c.line
                                        ),
                                    ));
                                }
                                continue;
                            }
                            claims.insert(
                                key,
                                Claim {
                                    actor: a,
                                    origin: *src_i,
                                    line: e.line,
                                },
                            );
                            add(&mut lex, &mut index, &phrase, role);
                            let capitals = phrase.len() == 2
                                && phrase
                                    .bytes()
                                    .all(|b| b.is_ascii_uppercase());
                            if capitals {
                                if let Some(&slot) =
                                    index.get(&norm(&phrase).0)
                                {
                                    lex.patterns[slot].capitals_only = true;
                                }
                            }
                        }
                        // Several actors may share a demonym (`Congolese`);
                        // the reader of the role decides.
                        for d in &entry.demonyms {
                            add(&mut lex, &mut index, d, Role::Demonym(a));
                        }
                    }
                    Entry::Phrase { phrase, role } => {
                        let role = match *role {
                            PhraseRole::PartyAll => Role::PartyAll,
                            PhraseRole::PartyNegative => Role::PartyNegative,
                            PhraseRole::PartySingle => Role::PartySingle,
                            PhraseRole::PartyRelational => {
                                Role::PartyRelational
                            }
                            PhraseRole::PartyMeeting => Role::PartyMeeting,
                            PhraseRole::PartyMembers => Role::PartyMembers,
                            PhraseRole::Pronoun => Role::Pronoun,
                            PhraseRole::Agent => Role::Agent,
                            PhraseRole::Addressee => Role::Addressee,
                            PhraseRole::Thing => Role::Thing,
                            PhraseRole::Trigger { kind, frame, negative } => {
                                let participle = is_participle(phrase);
                                let key = (kind, frame, negative, participle);
                                let next = lex.triggers.len() as u32;
                                let id =
                                    *trigger_ids.entry(key).or_insert(next);
                                if id == next {
                                    lex.triggers.push(Trigger {
                                        kind,
                                        frame,
                                        negative,
                                        participle,
                                    });
                                }
                                Role::Trigger(id)
                            }
                            PhraseRole::Negation => Role::Negation,
                            PhraseRole::Firm => Role::Firm,
                            PhraseRole::Tentative => Role::Tentative,
                            PhraseRole::Reiteration => Role::Reiteration,
                            PhraseRole::Governor => Role::Governor,
                            PhraseRole::Stance => Role::Stance,
                            PhraseRole::Adverb => Role::Adverb,
                            PhraseRole::Title => Role::Title,
                            PhraseRole::NameParticle => Role::NameParticle,
                            PhraseRole::Praise => Role::Praise,
                            PhraseRole::Reporting => Role::Reporting,
                            PhraseRole::Abbreviation => continue,
                            PhraseRole::Verb => Role::Verb,
                            PhraseRole::NounLikeVerb => Role::NounLikeVerb,
                            PhraseRole::PhrasalVerb => Role::PhrasalVerb,
                        };
                        if !add(&mut lex, &mut index, phrase, role) {
                            errors.push(Error::lexicon(
                                origin,
                                e.line,
                                format!("phrase {phrase:?} has no words"),
                            ));
                        }
                    }
                    Entry::Topic { topic, phrase } => {
                        let next = lex.topics.len() as u32;
                        let t =
                            *topic_ids.entry(topic.clone()).or_insert(next);
                        if t == next {
                            lex.topics.push(Arc::from(topic.as_str()));
                        }
                        let (n, len) = norm(phrase);
                        if len == 0 {
                            continue;
                        }
                        if let Some(other) = topic_seen.get(&n) {
                            if *other != t {
                                errors.push(Error::lexicon(
                                    origin,
                                    e.line,
                                    format!(
                                        "topic phrase {phrase:?} already \
                                         belongs to topic {}",
                                        lex.topics[*other as usize]
                                    ),
                                ));
                            }
                            continue;
                        }
                        topic_seen.insert(n.clone(), t);
                        lex.topic_patterns.push((n, t));
                    }
                }
            }
        }
        if let Some(err) = Error::many(errors) {
            return Err(err);
        }
        // A phrase also carries the roles of its token prefixes.
        let snapshot: Vec<Vec<RoleLen>> =
            lex.patterns.iter().map(|p| p.roles.clone()).collect();
        for p in &mut lex.patterns {
            let bytes = p.norm.as_bytes();
            for (cut, _) in
                bytes.iter().enumerate().skip(1).filter(|(_, b)| **b == b' ')
            {
                if let Some(&slot) = index.get(&p.norm[..cut]) {
                    for rl in &snapshot[slot] {
                        if !p.roles.contains(rl) {
                            p.roles.push(*rl);
                        }
                    }
                }
            }
        }
        let particles: HashSet<&str> = lex
            .patterns
            .iter()
            .filter(|p| {
                p.roles
                    .iter()
                    .any(|r| r.role == Role::NameParticle && r.len == 1)
            })
            .map(|p| p.norm.trim())
            .collect();
        let particle = |w: &str| particles.contains(w);
        let mut families: HashMap<String, Option<u32>> = HashMap::default();
        for (name, a) in &people {
            for family in family_names(name, &particle) {
                families
                    .entry(family.to_string())
                    .and_modify(|b| {
                        if *b != Some(*a) {
                            *b = None;
                        }
                    })
                    .or_insert(Some(*a));
            }
        }
        lex.family_names = families;
        // The implicit trigger of `We respect ...`, `Both sides hold ...`:
        // a party followed by a bare verb in the present tense.
        lex.triggers.push(Trigger {
            kind: Kind::Undertaking,
            frame: Frame::Modal,
            negative: false,
            participle: false,
        });
        lex.place_pattern = lex
            .patterns
            .iter()
            .map(|p| lex.places.contains(&p.norm))
            .collect();
        lex.abbreviations = abbreviations;
        lex.actor_index = lex
            .actors
            .iter()
            .enumerate()
            .map(|(i, a)| (Arc::from(a.id.as_str()), i as u32))
            .collect();
        Ok(lex)
    }

    /// Whether pattern `p` is a capital, which in a title or before the
    /// name of a text is a place (`Astana Declaration`).
    pub(crate) fn is_place(&self, p: usize) -> bool {
        self.place_pattern.get(p).copied().unwrap_or(false)
    }
}

/// Words after a family name that are not one: `Ferdinand Marcos Jr.`
pub(crate) const NAME_SUFFIXES: &[&str] =
    &["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"];

/// The words of a normalized full name that may stand for it after a
/// title: the last (before `Jr.`, `III` ...) of three letters or more, and
/// a short first word, which is the family name in East Asian order
/// (`xi` of `xi jinping`). A one-word name is none: it is matched whole.
fn family_names<'n>(
    name: &'n str,
    is_particle: &dyn Fn(&str) -> bool,
) -> Vec<&'n str> {
    let mut words: Vec<&str> =
        name.split(' ').filter(|w| !w.is_empty()).collect();
    while words.len() > 1
        && words.last().is_some_and(|w| NAME_SUFFIXES.contains(w))
    {
        words.pop();
    }
    let mut out = Vec::new();
    // (`ban ki - moon`: a hyphenated given name is no family name; but
    // `al - sudani` is one, with its particle.)
    let n = words.len();
    let hyphenated =
        n >= 3 && words[n - 2] == "-" && !is_particle(words[n - 3]);
    if let [first, .., last] = words[..] {
        if !hyphenated
            && last.len() >= 3
            && last.chars().all(char::is_alphabetic)
        {
            out.push(last);
        }
        if first.len() <= 4 && first.chars().all(char::is_alphabetic) {
            out.push(first);
        }
    }
    out
}
