//! Builds the built-in knowledge base at compile time and writes it, in the
//! form of `src/prebuilt.rs`, to `$OUT_DIR/builtin-kb.bin`, which the
//! library embeds: a run then reads the built KB instead of parsing the
//! files under `data/kb/` and building the alias trie at every start-up.
//!
//! The build is the library's own code (its modules are compiled in here
//! too), so the prebuilt KB is the one `KbBuilder` builds from the same
//! files; the library's test `prebuilt_builtin_equals_a_fresh_build` checks
//! it byte for byte.

// Only the builder and the writer are used here, not the library's API.
#![allow(dead_code)]

#[path = "src/format.rs"]
mod format;
#[path = "src/matcher.rs"]
mod matcher;
#[path = "src/model.rs"]
mod model;
#[path = "src/prebuilt.rs"]
mod prebuilt;
#[path = "src/roles.rs"]
mod roles;

// The names the modules reach through `crate::`, as the library's root
// exports them.
use format::RolePhrase;
use model::{Alias, AliasKind};
use roles::RoleMatch;

fn main() {
    // The data files are embedded in this script (`include_str!`), so a
    // change to them rebuilds and reruns it; so does a change to the modules.
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=../../data/kb");
    let kb = model::builtin_builder()
        .unwrap_or_else(|e| panic!("the built-in KB does not load: {e}"))
        .build();
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("set by cargo"))
        .join("builtin-kb.bin");
    std::fs::write(&out, prebuilt::encode(&kb))
        .unwrap_or_else(|e| panic!("{}: {e}", out.display()));
}
