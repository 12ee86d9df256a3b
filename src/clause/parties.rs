//! The document's own parties, from its title or opening.
//!
//! `Joint Statement between the People's Republic of China and the Kingdom
//! of Cambodia on ...` gives CHN and KHM; `2023 APEC Leaders' Declaration`
//! gives APEC; a statement without a title names its parties in the
//! opening sentence (`On the invitation of the Government of Japan, ...
//! President of the Republic of the Philippines, undertook ...`).
//!
//! Resolutions and decisions name the body that adopts them on a line of
//! its own (`The General Assembly,`); its operative paragraphs (`1. Calls
//! upon all States to ...`) have no other subject.

use std::ops::Range;

use super::{actor::MentionKind, Doc, Subject, NO_MENTION};
use crate::lexicon::Role;
use crate::text::layout::BlockKind;
use crate::text::token::{TokenKind, CAPITALIZED};

/// Words after which a title names its subject matter, not its parties.
const TOPIC_MARKERS: &[&str] =
    &["on", "concerning", "regarding", "for", "to", "about", ":", "\""];

/// Verbs that end the apposition of an opening `We, the Leaders of X and
/// Y, met in ...`.
const MEETING_VERBS: &[&str] = &[
    "assembled",
    "convened",
    "gathered",
    "gathering",
    "having",
    "held",
    "meeting",
    "met",
];

impl Doc<'_, '_> {
    /// Actor indices of the parties named by the title or opening.
    pub(crate) fn find_parties(&self) -> Vec<u32> {
        let mut found = Vec::new();
        // Title blocks: the leading headings, or the first block.
        let mut titles = 0;
        let mut treaty_opening = None;
        for (b, block) in self.blocks.iter().enumerate() {
            // A title is a line or two, not a paragraph cut at a page
            // break.
            let title_like = block.kind == BlockKind::Heading
                || (b == 0
                    && block.span.len() <= 300
                    && !self.text[block.span].trim_end().ends_with('.'))
                || (b > 0 && self.is_subtitle(b));
            // `X, Y (hereinafter called the EFTA States)` on a short line
            // of its own opens a treaty; no title speaks so.
            let defines = self
                .block_tokens(b)
                .is_some_and(|mut r| r.any(|k| self.is(k, "hereinafter")));
            if defines {
                treaty_opening = Some(b);
            }
            if !title_like || defines {
                break;
            }
            titles = b + 1;
            if b > 0 && self.is_dateline(b) {
                continue;
            }
            self.title_parties(b, &mut found);
            if b >= 7 {
                break;
            }
        }
        // The opening sentence of the first prose block after the title
        // (a long title is a block of text too).
        // (`1. We, the governments of X, Y and Z, share ...` opens with
        // a numbered paragraph.)
        // (Not a section heading such as `1. Overview`.)
        let opening = self.sents.iter().find(|s| {
            s.block >= titles
                && (self.blocks[s.block].kind != BlockKind::Heading
                    || treaty_opening == Some(s.block))
                && s.toks.len() > 3
        });
        // Which of the opening's words are subject matter (see
        // `topic_mask`): asked once, for both passes over it below.
        let topic =
            opening.map_or_else(Vec::new, |s| self.topic_mask(s.toks.clone()));
        if let (true, Some(s)) = (found.is_empty(), opening) {
            // A treaty names its parties before `(hereinafter referred to
            // as "the Parties")`; what follows is its preamble. A statement
            // names them before its first commitment: `We, the leaders of
            // X, Y and Z condemn ... Ukraine`.
            // `We, the Leaders of X, Y and Z, met in Johannesburg for
            // the BRICS Summit`: the apposition ends at the verb; the
            // place and the occasion after it are no parties.
            // `With regard to the war against Ukraine, we ...`, `In light
            // of X, as a result of Y, the Ministers ...`: the phrases of
            // subject matter before the speakers name no party; the
            // opening proper starts after them.
            let first = if topic.first() == Some(&true) {
                s.toks
                    .clone()
                    .find(|&k| !topic[k - s.toks.start] && !self.is(k, ","))
                    .unwrap_or(s.toks.start)
            } else {
                s.toks.start
            };
            // (`This week, we – the presidents of X and Y – met`.)
            let we = (first..s.toks.end.min(first + 8)).any(|k| {
                self.is(k, "we") && (k == first || self.is(k - 1, ","))
            });
            let cut = (first..s.toks.end)
                .find(|&k| {
                    // (`... spoke regarding the conflict between Israel
                    // and Hamas`: the subject matter.)
                    self.is_any(k, &["regarding", "concerning"])
                        || self.trigger_at(k).is_some()
                        || we && k > first && self.is_any(k, MEETING_VERBS)
                })
                .unwrap_or(s.toks.end);
            // `China (hereinafter referred to as "China") and the Swiss
            // Confederation (hereinafter ...)`: up to the last definition.
            let cut = (first..cut)
                .rev()
                .find(|&k| self.is(k, "hereinafter"))
                .unwrap_or(cut);
            // (`X and Y, under the leadership of President A and the
            // President of Z, affirm`: those who lead are not parties,
            // nor the city they meet in: `the Summit in Nairobi`.)
            let leaders = (first..cut).find(|&k| {
                k + 1 < cut
                    && (self
                        .is_any(k, &["led", "chaired", "hosted", "presided"])
                        && self.is(k + 1, "by")
                        || self.is(k, "leadership") && self.is(k + 1, "of"))
            });
            for m in self.mentions_in(first..leaders.unwrap_or(cut)) {
                if topic[m.start - s.toks.start] {
                    continue;
                }
                let venue = m.start > first
                    && self.is_any(m.start - 1, &["in", "at"])
                    && self.is_place(m);
                // `his tour of ASEAN member countries`: the members
                // visited, not the organization.
                if self
                    .role_where(m.end, |r| r == Role::PartyMembers)
                    .is_some()
                {
                    continue;
                }
                if !venue {
                    found.extend(self.mention_actors_static(m));
                }
            }
            // A treaty's parties on several lines: `X, Y (hereinafter
            // called the EFTA States)` / `and` / `the Republic of
            // Slovenia (hereinafter called Slovenia),`.
            if self.is(cut.min(s.toks.end.saturating_sub(1)), "hereinafter") {
                found.extend(self.more_treaty_parties(s.block));
            }
            // `X met Y of the UAE to reiterate the U.S.-UAE partnership`:
            // a party's name joined to a found one by a dash is one too.
            if !found.is_empty() {
                for m in self.mentions_in(cut..s.toks.end) {
                    if let Some(partner) = self.dash_partner(m) {
                        if found.contains(&partner) {
                            found.extend(self.mention_actors_static(m));
                        }
                    }
                }
            }
        }
        if found.is_empty() {
            // `Joint Statement on United States-Cambodia Agreement on
            // Reciprocal Trade` over an opening that names no one before
            // its first commitment: the names in the title's subject
            // matter, else anyone the opening names.
            // (`Vilnius Summit Communiqué`: still not the host.)
            // (`... on escalation of violence in Gaza and Israel`: where
            // the subject matter happens is no party.)
            for b in 0..titles {
                let Some(range) = self.block_tokens(b) else { continue };
                let floor = range.start;
                for m in self.mentions_in(range) {
                    let located = self.coordinated_after(
                        m.start,
                        floor,
                        &[
                            "in",
                            "against",
                            "regarding",
                            "concerning",
                            "about",
                            "over",
                            "toward",
                            "towards",
                        ],
                    );
                    if !self.is_place(m) && !located {
                        found.extend(self.mention_actors_static(m));
                    }
                }
            }
        }
        // (When the opening's subject is the parties themselves, only
        // states: `The Contracting Parties shall establish a free-trade
        // area comprising Poland and the Faroe Islands in conformity with
        // ... the WTO`.)
        let parties_speak = opening.is_some_and(|s| {
            self.main_subject_mention(s.toks.clone())
                .is_some_and(|m| matches!(m.kind, MentionKind::Parties { .. }))
        });
        if let (true, Some(s)) = (found.is_empty(), opening) {
            // (Not those a phrase of subject matter names, up to its
            // comma: `regarding the violence in Gaza and Israel, the
            // Spokesperson said`, `to stand united against Russia's war`.)
            for m in self.mentions_in(s.toks.clone()) {
                if topic[m.start - s.toks.start] {
                    continue;
                }
                let actors = self.mention_actors_static(m);
                found.extend(actors.into_iter().filter(|&a| {
                    !parties_speak || !self.lex.actors[a as usize].collective
                }));
            }
        }
        found.sort_unstable();
        found.dedup();
        found
    }

    /// Whether the mention at `start` follows one of `words`, directly or
    /// as a later name of a list (`in Gaza and Israel`).
    fn coordinated_after(
        &self,
        start: usize,
        floor: usize,
        words: &[&str],
    ) -> bool {
        let mut k = start;
        // (At most a few names back: a list in a title is short.)
        for _ in 0..8 {
            if k <= floor {
                return false;
            }
            if self.is_any(k - 1, words) {
                return true;
            }
            // (A name no lexicon knows is a name too: `Gaza and Israel`.)
            let joined = self.is_any(k - 1, &["and", ",", "the"])
                || self.toks.toks[k - 1].has(CAPITALIZED);
            let named = self.mention_ending[k - 1] != NO_MENTION;
            if !joined && !named {
                return false;
            }
            k = if named {
                self.mentions[self.mention_ending[k - 1] as usize].start
            } else {
                k - 1
            };
        }
        false
    }

    /// For each token of `sent`, whether it lies in a phrase of subject
    /// matter, whose names are no parties: a comma-delimited chunk that
    /// opens with `In light of`, `As a result of`, `Amid`, `Regarding`
    /// ..., or the rest of a chunk after `regarding`, `against`, `about`
    /// (`to stand united against Russia's war`).
    fn topic_mask(&self, sent: Range<usize>) -> Vec<bool> {
        let opens_topic = |k: usize| {
            self.is_any(k, &["regarding", "concerning", "amid", "amidst"])
                || self.is_any(k, &["in", "as"])
                    && self.is_any(k + 1, &["light", "view", "a"])
                    && self.is_any(k + 2, &["of", "result"])
                || self.is(k, "with")
                    && self.is_any(k + 1, &["regard", "respect"])
        };
        let mut mask = vec![false; sent.len()];
        let mut inside = false;
        let mut chunk_start = true;
        for k in sent.clone() {
            if self.is_any(k, &[",", ";", ":"]) {
                inside = false;
                chunk_start = true;
                continue;
            }
            if chunk_start && opens_topic(k)
                || self.is_any(
                    k,
                    &["regarding", "concerning", "against", "about"],
                )
            {
                inside = true;
            }
            chunk_start = false;
            mask[k - sent.start] = inside;
        }
        mask
    }

    /// The mention a sentence opens with (after `the`), if any.
    fn main_subject_mention(
        &self,
        sent: Range<usize>,
    ) -> Option<&super::actor::Mention> {
        let at = |k: usize| {
            let m = *self.mention_starting.get(k)?;
            (m != NO_MENTION && k < sent.end)
                .then(|| &self.mentions[m as usize])
        };
        at(sent.start).or_else(|| {
            self.is(sent.start, "the").then(|| at(sent.start + 1))?
        })
    }

    /// Whether block `b`, under a title, is a subtitle (`Strengthening
    /// Multilateralism for Just Global Development`): short, capitalized
    /// and unpunctuated, with no commitment and no one's title in it
    /// (`Hosted by the Prime Minister of Australia` is a note, not a
    /// subtitle).
    fn is_subtitle(&self, b: usize) -> bool {
        let block = &self.blocks[b];
        let text = self.text[block.span].trim_end();
        let Some(range) = self.block_tokens(b) else { return false };
        block.kind == BlockKind::Text
            && text.len() <= 120
            && !text.ends_with(['.', ',', ';', ':', '!', '?'])
            && self.toks.toks[range.start].has(CAPITALIZED)
            && !range
                .clone()
                .any(|k| self.trigger_at(k).is_some() || self.titled[k])
    }

    /// Whether block `b` is a dateline under a title (`Luleå, Sweden`,
    /// `Washington, D.C.`): a few capitalized words around a comma, a
    /// place and not a party.
    fn is_dateline(&self, b: usize) -> bool {
        let Some(range) = self.block_tokens(b) else { return false };
        // (`Ufa, Russia, July 9, 2015`: a longer one holds a date.)
        let dated = || {
            range.clone().any(|k| {
                self.toks.toks[k].kind == crate::text::TokenKind::Number
            })
        };
        (range.len() <= 6 || range.len() <= 10 && dated())
            && range.clone().any(|k| self.is(k, ","))
            && range.clone().all(|k| {
                let t = &self.toks.toks[k];
                self.is(k, ",")
                    || t.kind == crate::text::TokenKind::Number
                    || t.has(CAPITALIZED)
                    || t.has(crate::text::token::ALL_CAPS)
            })
    }

    /// The actor named next to mention `m` across a dash with no space
    /// (`U.S.-UAE`: for either name, the other one).
    fn dash_partner(&self, m: &super::Mention) -> Option<u32> {
        let toks = &self.toks.toks;
        let glued = |k: usize| {
            toks[k].kind == crate::text::TokenKind::Dash
                && !toks[k].has(crate::text::token::SPACE_BEFORE)
        };
        let actor_of = |e: u32| match self.mentions.get(e as usize)?.kind {
            MentionKind::Actor(a) => Some(a),
            _ => None,
        };
        if m.end + 1 < toks.len() && glued(m.end) {
            let next = self.mention_starting[m.end + 1];
            if next != NO_MENTION {
                return actor_of(next);
            }
        }
        if m.start >= 2 && glued(m.start - 1) {
            let prev = self.mention_ending[m.start - 2];
            if prev != NO_MENTION {
                return actor_of(prev);
            }
        }
        None
    }

    /// The adopting bodies a resolution names on lines of their own
    /// (`The Security Council,`), each with the token it is named at.
    ///
    /// A declaration's opening that names its authors and ends in a colon
    /// (`The Heads of State and Government of CELAC, gathered in Buenos
    /// Aires:`) is a body too; its operative paragraphs speak in the first
    /// person plural (`1. Reaffirm our commitment ...`), marked by `true`.
    pub(crate) fn find_bodies(&self) -> Vec<(usize, Subject, bool)> {
        let mut bodies = Vec::new();
        for b in 0..self.blocks.len() {
            let Some(range) = self.block_tokens(b) else { continue };
            if range.len() < 2 || !self.is_any(range.end - 1, &[",", ":"]) {
                continue;
            }
            // `The Security Council` (an actor after `the`) or `The
            // Council` (an agent, `the` included).
            let at = |k: usize| {
                self.mention_starting
                    .get(k)
                    .copied()
                    .filter(|&m| m != NO_MENTION)
            };
            let after_the =
                || at(range.start + 1).filter(|_| self.is(range.start, "the"));
            let Some(m) = at(range.start).or_else(after_the) else { continue };
            let m = &self.mentions[m as usize];
            // `The Security Council,` on a line of its own, or joined to
            // its first preamble paragraph (`The Security Council,
            // Reaffirming ...,`) when lines wrap.
            let preamble = m.end + 1 < range.end
                && self.is(m.end, ",")
                && self.toks.toks[m.end + 1].has(CAPITALIZED)
                && self.norm(m.end + 1).ends_with("ing");
            let plural =
                matches!(m.kind, MentionKind::Parties { negative: false });
            let no_trigger =
                || !range.clone().any(|k| self.trigger_at(k).is_some());
            let opening =
                plural && self.is(range.end - 1, ":") && no_trigger();
            // `The Peace and Security Council of the African Union (AU),
            // at its 1234th meeting held on ..., on the situation in X:`:
            // the body, its acronym and where it met, before its
            // operative paragraphs.
            let meeting = matches!(m.kind, MentionKind::Actor(_))
                && self.is_any(m.end, &[",", "("])
                && no_trigger();
            if m.end != range.end - 1 && !preamble && !opening && !meeting {
                continue;
            }
            // `The Council,` under a title naming the council: an agent
            // stands for the document's parties, known only later (see
            // `operative_body`).
            let actors = match m.kind {
                MentionKind::Actor(a) => vec![a],
                MentionKind::Agent
                | MentionKind::Parties { negative: false } => Vec::new(),
                _ => continue,
            };
            bodies.push((
                range.start,
                Subject {
                    resolved: !actors.is_empty(),
                    actors,
                    span: self.span_of(range.start..m.end),
                    negative: false,
                },
                plural,
            ));
        }
        bodies
    }

    /// The adopting body whose operative paragraph a trigger at `tok`
    /// opens: `Calls upon`, `Strongly condemns`, `Further decides` at
    /// the start of a sentence after the body's line.
    pub(crate) fn operative_body(
        &self,
        tok: usize,
        sent_start: usize,
    ) -> Option<Subject> {
        let (_, body, plural) =
            self.bodies.iter().rev().find(|(at, _, _)| *at < tok)?;
        let first = &self.toks.toks[sent_start];
        let opens = (sent_start..tok).all(|k| self.is_aux(k));
        // The person of the body: `decides` for `The General Assembly,`
        // (not `decided` or a bare imperative); any for a plural (`We, the
        // Heads of State ...:` `Reaffirm ...`; `The two leaders:`
        // `Welcomed ...`).
        let person = *plural || self.norm(tok).ends_with('s');
        (opens && first.has(CAPITALIZED) && person).then(|| {
            let mut body = body.clone();
            if !body.resolved {
                body.actors = self.parties.clone();
                body.resolved = !body.actors.is_empty();
            }
            body
        })
    }

    /// The adopting body of the operative paragraph `sent`, if the
    /// sentence opens with one (`Reiterates`, `Further decides`).
    pub(crate) fn operative_sentence_body(
        &self,
        sent: Range<usize>,
    ) -> Option<Subject> {
        let head = sent.clone().find(|&k| !self.is_aux(k))?;
        // (`Recognizing that ...` is a preamble.)
        if self.norm(head).ends_with("ing") {
            return None;
        }
        let roles = self.roles(head);
        let known = self.trigger_at(head).is_some()
            || roles.iter().any(|r| {
                matches!(
                    r.role,
                    Role::Verb
                        | Role::Governor
                        | Role::Reporting
                        | Role::Praise
                )
            });
        // A verb in the body's third person whose base form the lexicon
        // lists (`Takes note of X and requests Y`); not `Customs duties`.
        let word = self.norm(head);
        let base = word.strip_suffix('s').filter(|_| roles.is_empty());
        let third_person =
            base.and_then(|b| self.matcher.word_pattern(b)).is_some_and(|p| {
                crate::matcher::roles(self.lex, p)
                    .iter()
                    .any(|r| r.role == Role::Verb)
            });
        (known || third_person)
            .then(|| self.operative_body(head, sent.start))?
    }

    /// The parties a treaty names in the blocks after `block` that
    /// continue its opening (they start in lower case: `and`, `the
    /// Republic of X (hereinafter ...)`), each up to its `hereinafter`.
    fn more_treaty_parties(&self, block: usize) -> Vec<u32> {
        let mut found = Vec::new();
        for b in block + 1..self.blocks.len().min(block + 6) {
            let Some(range) = self.block_tokens(b) else { break };
            let starts_lower = !range.is_empty()
                && !self.toks.toks[range.start].has(CAPITALIZED);
            if !starts_lower {
                break;
            }
            let cut = range
                .clone()
                .find(|&k| {
                    self.is(k, "hereinafter") || self.trigger_at(k).is_some()
                })
                .unwrap_or(range.end);
            for m in self.mentions_in(range.start..cut) {
                found.extend(self.mention_actors_static(m));
            }
        }
        found
    }

    /// Mentions of a title block, after `between` if it has one and before
    /// the words that start its subject matter.
    fn title_parties(&self, block: usize, found: &mut Vec<u32>) {
        let Some(range) = self.block_tokens(block) else { return };
        let between = range.clone().find(|&i| self.norm(i) == "between");
        let start = between.map_or(range.start, |i| i + 1);
        let mut end = range.end;
        // (`Official Visit of the Prime Minister of X to Y`: the host.)
        let mut visit = false;
        for i in start..range.end {
            visit |= self.is_any(i, &["visit", "visits"]);
            if i > start
                && TOPIC_MARKERS.contains(&self.norm(i))
                && !(visit && self.is(i, "to"))
            {
                end = i;
                break;
            }
        }
        // (A name may run on to the next line: `THE PEOPLE'S REPUBLIC OF`
        // / `CHINA`.)
        let doc_end = self.toks.toks.len();
        let starting_here =
            self.mentions_in(start..doc_end).take_while(|m| m.start < end);
        for m in starting_here {
            // `... Ministerial Meeting, Singapore, 31 May 2010`: where.
            // (Not a name of a list: `X, Y, and Z`.)
            let number = |k: usize| {
                self.toks
                    .toks
                    .get(k)
                    .is_some_and(|t| t.kind == TokenKind::Number)
            };
            let venue = m.start > range.start + 1
                && self.is(m.start - 1, ",")
                && self.mention_ending[m.start - 2] == NO_MENTION
                && (m.end >= range.end
                    || number(m.end)
                    || self.is(m.end, ",") && number(m.end + 1));
            if !self.is_place(m) && !venue {
                found.extend(self.mention_actors_static(m));
            }
        }
        // `Joint Statement on the U.S.-Israel Strategic Consultative
        // Group`: a pair joined by a dash names the parties even in the
        // subject matter.
        for m in self.mentions_in(end..range.end) {
            if self.dash_partner(m).is_some() && !self.is_place(m) {
                found.extend(self.mention_actors_static(m));
            }
        }
        // `Saudi-French Joint Statement`, `Joint Turkmen-Russian
        // Statement`: two peoples' adjectives joined by a dash.
        let demonym = |k: usize| {
            self.roles(k).iter().find_map(|r| match r.role {
                Role::Demonym(a) if r.len == 1 => Some(a),
                _ => None,
            })
        };
        let glued = |k: usize| {
            let t = &self.toks.toks[k];
            t.kind == crate::text::TokenKind::Dash
                && !t.has(crate::text::token::SPACE_BEFORE)
        };
        for k in range.start..range.end.saturating_sub(2) {
            if let (Some(a), true, Some(b)) =
                (demonym(k), glued(k + 1), demonym(k + 2))
            {
                found.extend([a, b]);
            }
        }
    }

    /// `Astana Declaration`: a capital in a title is where the text was
    /// adopted, not a party.
    fn is_place(&self, m: &super::actor::Mention) -> bool {
        self.hits.pattern_at(m.start).is_some_and(|p| self.lex.is_place(p))
    }
}
