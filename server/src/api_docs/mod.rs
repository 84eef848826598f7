//! The JSON API described as an OpenAPI 3.1 document, generated from the
//! handlers' and types' own annotations: served as JSON for tools
//! (`/api/v1/openapi.json`) and as a page for people (`/api/v1/docs`).

pub mod openapi;
pub mod page;
pub mod responses;
mod schemas;

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;
    use std::path::{Path, PathBuf};

    fn rust_files(dir: &Path, into: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("source folder") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                rust_files(&path, into);
            } else if path.extension().is_some_and(|e| e == "rs") {
                into.push(path);
            }
        }
    }

    /// The document names each schema by its type's name, and two types
    /// of one name become one schema, silently: the later describes the
    /// earlier's answers (the admin's dossier was documented with the
    /// jury's review shape that way). Every type the document describes
    /// has a name of its own.
    #[test]
    fn every_schema_has_a_name_of_its_own() {
        let mut files = Vec::new();
        rust_files(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut files,
        );
        let mut seen: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for file in files {
            let source = std::fs::read_to_string(&file).expect("source");
            let mut derives_schema = false;
            for line in source.lines().map(str::trim) {
                if line.starts_with("#[derive(") && line.contains("ToSchema") {
                    derives_schema = true;
                } else if derives_schema && !line.starts_with("#[") && !line.starts_with("///") {
                    let name = ["pub struct ", "pub enum ", "struct ", "enum "]
                        .iter()
                        .find_map(|kind| line.strip_prefix(kind))
                        .map(|rest| {
                            rest.split(|c: char| !c.is_alphanumeric() && c != '_')
                                .next()
                                .unwrap_or_default()
                                .to_owned()
                        });
                    if let Some(name) = name {
                        seen.entry(name)
                            .or_default()
                            .push(file.display().to_string());
                    }
                    derives_schema = false;
                }
            }
        }
        assert!(seen.len() > 30, "schemas found: {}", seen.len());
        let twice: Vec<_> = seen.iter().filter(|(_, files)| files.len() > 1).collect();
        assert!(
            twice.is_empty(),
            "one schema name, several types: {twice:?}"
        );
    }
}
