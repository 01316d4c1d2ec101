//! Test support shared by sitrep's test suites (a dev-dependency only).
//!
//! Owns [`Scratch`], a folder under the system temp dir that is emptied when
//! created and removed when dropped (and [`ScratchFile`], a file in one), so
//! test runs do not leave their inputs and stores behind (some tests write 50 MB files on purpose). A failing
//! test still removes its folder while unwinding; set `SITREP_KEEP_SCRATCH=1`
//! to keep them for a look. Also [`TestRng`], the deterministic random
//! numbers of the property tests, so a failure reproduces.

use std::ffi::OsStr;
use std::ops::{Deref, DerefMut};
use std::path::{Path, PathBuf};

/// A scratch folder named after the test suite, the process and the test,
/// removed (with everything in it) when the value is dropped.
#[derive(Debug)]
pub struct Scratch {
    path: PathBuf,
}

impl Scratch {
    /// An empty folder `<temp>/<suite>-<pid>-<name>`; a folder left there by
    /// an earlier process with the same id is cleared first.
    pub fn new(suite: &str, name: &str) -> Scratch {
        let path = std::env::temp_dir().join(format!("{suite}-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path)
            .unwrap_or_else(|e| panic!("cannot create scratch folder {}: {e}", path.display()));
        Scratch { path }
    }

    /// The folder's path.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        if std::env::var_os("SITREP_KEEP_SCRATCH").is_none() {
            let _ = std::fs::remove_dir_all(&self.path);
        }
    }
}

impl Deref for Scratch {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.path
    }
}

impl AsRef<Path> for Scratch {
    fn as_ref(&self) -> &Path {
        &self.path
    }
}

impl AsRef<OsStr> for Scratch {
    fn as_ref(&self) -> &OsStr {
        self.path.as_os_str()
    }
}

/// A file path inside its own [`Scratch`] folder, which is removed (with the
/// file and anything written beside it, such as a database's journal) when
/// the value is dropped. It stands in for the path wherever one is taken.
#[derive(Debug)]
pub struct ScratchFile {
    path: PathBuf,
    // Held only so the folder lives as long as the path.
    _folder: Scratch,
}

impl ScratchFile {
    /// `<temp>/<suite>-<pid>-<name>/<file>`, in an empty folder.
    pub fn new(suite: &str, name: &str, file: &str) -> ScratchFile {
        let folder = Scratch::new(suite, name);
        ScratchFile {
            path: folder.join(file),
            _folder: folder,
        }
    }
}

impl Deref for ScratchFile {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.path
    }
}

impl AsRef<Path> for ScratchFile {
    fn as_ref(&self) -> &Path {
        &self.path
    }
}

/// A value (a store, an index) that lives in a file of its own scratch
/// folder: dereferences to the value, and on drop closes it before the
/// folder goes.
#[derive(Debug)]
pub struct InScratch<T> {
    // Declared first so it is dropped (closed) before its folder.
    value: T,
    _file: ScratchFile,
}

impl<T> InScratch<T> {
    /// Opens `open(<temp>/<suite>-<pid>-<name>/<file>)` in an empty folder.
    pub fn open(suite: &str, name: &str, file: &str, open: impl FnOnce(&Path) -> T) -> Self {
        let file = ScratchFile::new(suite, name, file);
        InScratch {
            value: open(&file),
            _file: file,
        }
    }
}

impl<T> Deref for InScratch<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.value
    }
}

impl<T> DerefMut for InScratch<T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut self.value
    }
}

/// A tiny deterministic random-number generator (xorshift64*) for property
/// tests: the same seed gives the same sequence on every machine.
#[derive(Debug, Clone)]
pub struct TestRng(pub u64);

impl TestRng {
    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number below `n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
}

#[cfg(test)]
mod tests {
    use super::{Scratch, ScratchFile};

    #[test]
    fn a_scratch_file_takes_its_folder_with_it() {
        let file = ScratchFile::new("sitrep-testkit", "file", "test.db");
        std::fs::write(&*file, "x").unwrap();
        std::fs::write(file.with_file_name("test.db-wal"), "x").unwrap();
        let folder = file.parent().unwrap().to_path_buf();
        assert_eq!(file.file_name().unwrap(), "test.db");
        drop(file);
        assert!(
            !folder.exists(),
            "dropping removes the folder and both files"
        );
    }

    #[test]
    fn the_folder_is_empty_when_made_and_gone_when_dropped() {
        let first = Scratch::new("sitrep-testkit", "drop");
        std::fs::write(first.join("leftover"), "x").unwrap();
        let path = first.path().to_path_buf();
        std::mem::forget(first); // as if an earlier run had crashed
        let second = Scratch::new("sitrep-testkit", "drop");
        assert!(
            !second.join("leftover").exists(),
            "a stale folder is cleared"
        );
        drop(second);
        assert!(!path.exists(), "dropping removes the folder");
    }
}
