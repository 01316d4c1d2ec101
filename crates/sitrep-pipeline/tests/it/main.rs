//! The integration tests of `sitrep_pipeline`, one module a topic, built as one test
//! executable: one link instead of one a file keeps a workspace test build
//! small enough for CI and parallel worktrees (ARCHITECTURE.md, "Tests").

mod common;
mod de_facto_states;
mod duplicates;
mod grouped_output;
mod isolation;
mod lead54;
mod outlets;
mod pinned;
mod remention_in_claims;
