//! Fuzz target: arbitrary bytes as a lexicon file.

#[cfg(feature = "afl")]
fn main() {
    afl::fuzz!(|data: &[u8]| commitments_fuzz::lexicon(data));
}

#[cfg(not(feature = "afl"))]
fn main() {
    commitments_fuzz::main_stdin(commitments_fuzz::lexicon);
}
