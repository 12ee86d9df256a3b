//! The lexicons embedded in the crate.

/// `(file name, contents)` of every embedded lexicon file. A directory
/// given to the builder replaces the embedded file of the same name.
pub(crate) const FILES: &[(&str, &str)] = &[
    ("actors.toml", include_str!("../../lexicons/actors.toml")),
    ("modifiers.toml", include_str!("../../lexicons/modifiers.toml")),
    ("parties.toml", include_str!("../../lexicons/parties.toml")),
    ("topics.toml", include_str!("../../lexicons/topics.toml")),
    ("triggers.toml", include_str!("../../lexicons/triggers.toml")),
    ("verbs.toml", include_str!("../../lexicons/verbs.toml")),
];
