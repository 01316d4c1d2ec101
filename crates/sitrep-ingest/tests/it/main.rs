//! The integration tests of `sitrep_ingest`, one module a topic, built as one test
//! executable: one link instead of one a file keeps a workspace test build
//! small enough for CI and parallel worktrees (ARCHITECTURE.md, "Tests").

mod common;
mod formats;
mod nasty;
