//! The integration tests of `sitrep_story`, one module a topic, built as one test
//! executable: one link instead of one a file keeps a workspace test build
//! small enough for CI and parallel worktrees (ARCHITECTURE.md, "Tests").

mod neardup;
mod sample;
