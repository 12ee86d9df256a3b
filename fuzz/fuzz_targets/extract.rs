//! Fuzz target: arbitrary bytes through the extractor.

#[cfg(feature = "afl")]
fn main() {
    afl::fuzz!(|data: &[u8]| commitments_fuzz::extract(data));
}

#[cfg(not(feature = "afl"))]
fn main() {
    commitments_fuzz::main_stdin(commitments_fuzz::extract);
}
