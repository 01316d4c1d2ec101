//! The integration tests of `sitrep_eval`, one module a topic, built as one test
//! executable: one link instead of one a file keeps a workspace test build
//! small enough for CI and parallel worktrees (ARCHITECTURE.md, "Tests").

mod extraction_scorer;
mod plover;
mod plover_verdicts;
mod polnear;
mod realnews;
