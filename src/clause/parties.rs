//! The document's own parties, from its title or opening.
//!
//! `Joint Statement between the People's Republic of China and the Kingdom
//! of Cambodia on ...` gives CHN and KHM; `2023 APEC Leaders' Declaration`
//! gives APEC; a statement without a title names its parties in the
//! opening sentence (`On the invitation of the Government of Japan, ...
//! President of the Republic of the Philippines, undertook ...`).

use super::Doc;
use crate::text::layout::BlockKind;

/// Words after which a title names its subject matter, not its parties.
const TOPIC_MARKERS: &[&str] =
    &["on", "concerning", "regarding", "for", "to", "about", ":", "\""];

impl Doc<'_, '_> {
    /// Actor indices of the parties named by the title or opening.
    pub(crate) fn find_parties(&self) -> Vec<u32> {
        let mut found = Vec::new();
        // Title blocks: the leading headings, or the first block.
        for (b, block) in self.blocks.iter().enumerate() {
            let title_like = block.kind == BlockKind::Heading
                || (b == 0
                    && !self.text[block.span].trim_end().ends_with('.'));
            if !title_like {
                break;
            }
            self.title_parties(b, &mut found);
            if b >= 3 {
                break;
            }
        }
        if found.is_empty() {
            // The opening sentence of the first prose block.
            if let Some(s) = self
                .sents
                .iter()
                .find(|s| self.blocks[s.block].kind == BlockKind::Text)
            {
                for m in self.mentions_in(s.toks.clone()) {
                    found.extend(self.mention_actors_static(m));
                }
            }
        }
        found.sort_unstable();
        found.dedup();
        found
    }

    /// Mentions of a title block, after `between` if it has one and before
    /// the words that start its subject matter.
    fn title_parties(&self, block: usize, found: &mut Vec<u32>) {
        let Some(range) = self.block_tokens(block) else { return };
        let between = range.clone().find(|&i| self.norm(i) == "between");
        let start = between.map_or(range.start, |i| i + 1);
        let mut end = range.end;
        for i in start..range.end {
            if i > start && TOPIC_MARKERS.contains(&self.norm(i)) {
                end = i;
                break;
            }
        }
        for m in self.mentions_in(start..end) {
            found.extend(self.mention_actors_static(m));
        }
    }
}
