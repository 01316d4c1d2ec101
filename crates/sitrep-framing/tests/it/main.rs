//! The integration tests of `sitrep_framing`, one module a topic, built as one test
//! executable: one link instead of one a file keeps a workspace test build
//! small enough for CI and parallel worktrees (ARCHITECTURE.md, "Tests").

mod common;
mod framing;
mod probe26_rows;
mod probe27_rows;
mod probe28_rows;
mod probe29_rows;
mod quotes;
mod transcript_turns;
