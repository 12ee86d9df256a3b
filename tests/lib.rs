//! The one integration-test target (`autotests = false`): one binary
//! links faster than one per file, which matters on a small machine.
//!
//! Every module uses only the crate's public API and the files of the
//! repository (fixtures, lexicons), never `src/` internals.

mod cli;
mod common;
mod gold;
mod hard_cases;
mod hostile;
mod people;
mod properties;
mod snapshots;
mod styles;
