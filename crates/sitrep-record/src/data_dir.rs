//! A user's data folder: files laid out like sitrep's `data/` whose rows
//! extend the built-in lexicons of the same name, so word lists, cues and
//! event patterns can be extended without recompiling.
//!
//! The built-in files are embedded in the binary; [`DataDir::extend`] gives
//! the text a loader parses: the built-in rows, then the rows of the user's
//! file at the same path under the folder (`lexicons/cues.tsv` for
//! `data/lexicons/cues.tsv`). The user's file must start with the same
//! header as the built-in one, so a file written for another table is
//! refused rather than misread. Errors in the user's rows name the user's
//! file and its own line numbers ([`DataText::locate`]).

use std::borrow::Cow;
use std::path::{Path, PathBuf};

/// The folder of user data files, or none.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DataDir {
    root: Option<PathBuf>,
}

/// The text of one data file as a loader sees it.
#[derive(Debug, Clone)]
pub struct DataText {
    /// The built-in file's name (`data/lexicons/cues.tsv`), used in errors.
    pub name: &'static str,
    /// Built-in rows, then the user's rows (if any).
    pub text: Cow<'static, str>,
    /// Lines of the built-in text; a line number beyond it is the user's.
    builtin_lines: usize,
    /// The user's file, when one extends this one.
    user: Option<PathBuf>,
}

impl DataDir {
    /// No user folder: every file is the built-in one.
    pub fn none() -> DataDir {
        DataDir { root: None }
    }

    /// A user folder; it must exist and be a directory.
    pub fn new(root: &Path) -> Result<DataDir, String> {
        if !root.is_dir() {
            return Err(format!(
                "{}: not a directory (a data folder holds files laid out like sitrep's data/, e.g. lexicons/cues.tsv)",
                root.display()
            ));
        }
        Ok(DataDir {
            root: Some(root.to_path_buf()),
        })
    }

    /// The folder, if one is set.
    pub fn root(&self) -> Option<&Path> {
        self.root.as_deref()
    }

    /// Where the user's copy of a built-in file would be: its path after the
    /// last `data/` ("data/lexicons/cues.tsv" → `ROOT/lexicons/cues.tsv`).
    pub fn user_path(&self, builtin_name: &str) -> Option<PathBuf> {
        let root = self.root.as_ref()?;
        let relative = match builtin_name.rfind("data/") {
            Some(i) => &builtin_name[i + "data/".len()..],
            None => builtin_name,
        };
        Some(root.join(relative))
    }

    /// The user's file of the same name as the built-in `(name, text)`, if
    /// the folder has one: read, and checked to start with the built-in
    /// file's header. Also the line number of its header (`None` when the
    /// file holds nothing but comments and blank lines).
    pub fn user_file(
        &self,
        builtin: (&str, &str),
    ) -> Result<Option<(PathBuf, String, Option<usize>)>, String> {
        let (name, text) = builtin;
        let Some(path) = self.user_path(name).filter(|p| p.exists()) else {
            return Ok(None);
        };
        let user = std::fs::read_to_string(&path)
            .map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
        let expected = crate::tsv::read(text).0.map(|l| l.text.trim());
        let found = crate::tsv::read(&user)
            .0
            .map(|l| (l.number, l.text.trim().to_string()));
        if let (Some(want), Some((line, got))) = (expected, &found) {
            if want != got {
                return Err(format!(
                    "{}:{line}: header {got:?} differs from the built-in {name}'s {want:?}",
                    path.display(),
                ));
            }
        }
        let header = found.map(|(line, _)| line);
        Ok(Some((path, user, header)))
    }

    /// The built-in file `(name, text)` extended by the user's file of the
    /// same name, if the folder has one.
    pub fn extend(&self, builtin: (&'static str, &'static str)) -> Result<DataText, String> {
        let (name, text) = builtin;
        let Some((path, user, Some(found_number))) = self.user_file(builtin)? else {
            // No file, or one with no rows: the built-in text as it is
            // (`locate` reads `builtin_lines` only for a user's file).
            return Ok(DataText {
                name,
                text: Cow::Borrowed(text),
                builtin_lines: 0,
                user: None,
            });
        };
        let builtin_lines = text.lines().count();
        // The user's header line becomes a comment, so the joined text has
        // one header and the user's lines keep their numbers after the
        // built-in ones.
        let mut joined = String::with_capacity(text.len() + user.len() + 2);
        joined.push_str(text);
        if !text.ends_with('\n') {
            joined.push('\n');
        }
        for (i, line) in user.lines().enumerate() {
            if i + 1 == found_number {
                joined.push('#');
            }
            joined.push_str(line);
            joined.push('\n');
        }
        Ok(DataText {
            name,
            text: Cow::Owned(joined),
            builtin_lines,
            user: Some(path),
        })
    }
}

impl DataText {
    /// Rewrites a loader's `NAME:LINE: reason` error so that a line of the
    /// user's rows names the user's file and its own line number.
    pub fn locate(&self, err: String) -> String {
        let Some(user) = &self.user else {
            return err;
        };
        let prefix = format!("{}:", self.name);
        let Some(rest) = err.strip_prefix(&prefix) else {
            return err;
        };
        let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
        match digits.parse::<usize>() {
            Ok(n) if n > self.builtin_lines => format!(
                "{}:{}{}",
                user.display(),
                n - self.builtin_lines,
                &rest[digits.len()..]
            ),
            _ => err,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BUILTIN: (&str, &str) = (
        "data/lexicons/words.tsv",
        "# words\nword\tclass\nsaid\tcue\n",
    );

    fn scratch(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("sitrep-data-dir-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("lexicons")).unwrap();
        dir
    }

    #[test]
    fn without_a_folder_or_file_the_builtin_text_is_used() {
        let t = DataDir::none().extend(BUILTIN).unwrap();
        assert_eq!(t.text, BUILTIN.1);
        let dir = scratch("absent");
        let t = DataDir::new(&dir).unwrap().extend(BUILTIN).unwrap();
        assert_eq!(t.text, BUILTIN.1);
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn user_rows_follow_the_builtin_ones_and_errors_name_the_users_file() {
        let dir = scratch("rows");
        let user = dir.join("lexicons/words.tsv");
        std::fs::write(&user, "# mine\nword\tclass\nbriefed\tcue\n").unwrap();
        let t = DataDir::new(&dir).unwrap().extend(BUILTIN).unwrap();
        let (header, rows) = crate::tsv::read(&t.text);
        assert_eq!(header.unwrap().text, "word\tclass");
        let rows: Vec<_> = rows.map(|l| (l.number, l.text)).collect();
        assert_eq!(rows, vec![(3, "said\tcue"), (6, "briefed\tcue")]);
        let err = t.locate("data/lexicons/words.tsv:6: unknown class".into());
        assert_eq!(err, format!("{}:3: unknown class", user.display()));
        let err = t.locate("data/lexicons/words.tsv:3: unknown class".into());
        assert_eq!(err, "data/lexicons/words.tsv:3: unknown class");
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn a_file_with_another_header_is_refused() {
        let dir = scratch("header");
        std::fs::write(dir.join("lexicons/words.tsv"), "phrase\ttype\nx\ty\n").unwrap();
        let err = DataDir::new(&dir).unwrap().extend(BUILTIN).unwrap_err();
        assert!(err.contains("words.tsv:1: header"), "{err}");
        assert!(DataDir::new(&dir.join("missing")).is_err());
        std::fs::remove_dir_all(dir).unwrap();
    }
}
