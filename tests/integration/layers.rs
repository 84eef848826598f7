//! The server's layers point down (README, "Layout"): this reads every
//! `crate::`, `super::` and `self::` path of `server/src` (in `use` items,
//! in code, in macros and in templates; unit tests' own imports aside),
//! resolves each to the file that defines the module it names, and checks
//! the resulting file graph.
//!
//! Layers, bottom to top: plumbing (`config`, `clock`, `secrets`, `ids`,
//! `tenancy`, `db`, `store`, `i18n`, `metrics`), then `error`, then `web` and
//! `state`; then each feature's entities (files deriving `DeriveEntityModel`),
//! its services (the other files) and its handlers (files whose functions
//! take `State(…)`); a feature's `mod.rs` that only gathers its files stands
//! with the highest of them; then `http` (the router); then `cli`. A file imports only
//! its own layer or lower ones, and a handler only its own feature's
//! handlers. No import cycle spans more than three files.
//!
//! `cargo test -p innovato --test integration layers::imports_point_down --
//! --nocapture` prints the largest cycle and every upward import; with
//! `INNOVATO_LAYERS_SRC=<checkout>/server/src` it counts another tree.

use std::{
    collections::{BTreeMap, BTreeSet, HashMap},
    path::{Path, PathBuf},
};

use syn::visit::Visit;

/// A module path inside the crate, without `crate`: `["calls", "admin"]`.
type ModPath = Vec<String>;

/// Where a file stands.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Layer {
    /// `config`, `clock`, `tenancy`, …: rank 0.
    Plumbing(u8),
    Entity(String),
    Service(String),
    Handler(String),
    Router,
    Cli,
}

impl Layer {
    fn rank(&self) -> u8 {
        match self {
            Layer::Plumbing(rank) => *rank,
            Layer::Entity(_) => 10,
            Layer::Service(_) => 11,
            Layer::Handler(_) => 12,
            Layer::Router => 20,
            Layer::Cli => 30,
        }
    }

    fn feature(&self) -> Option<&str> {
        match self {
            Layer::Entity(f) | Layer::Service(f) | Layer::Handler(f) => Some(f),
            _ => None,
        }
    }

    fn describe(&self) -> String {
        match self {
            Layer::Plumbing(_) => "plumbing".into(),
            Layer::Entity(f) => format!("{f} entity"),
            Layer::Service(f) => format!("{f} service"),
            Layer::Handler(f) => format!("{f} handler"),
            Layer::Router => "router".into(),
            Layer::Cli => "command line".into(),
        }
    }
}

/// Plumbing modules and their rank: a module may use lower ranks and its
/// own.
const PLUMBING: &[(&str, u8)] = &[
    ("config", 0),
    ("clock", 0),
    ("secrets", 0),
    ("ids", 0),
    ("metrics", 0),
    ("tenancy", 1),
    ("db", 1),
    ("store", 1),
    ("i18n", 1),
    ("error", 2),
    ("web", 3),
    ("state", 3),
];

/// One import from one file to another.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Import {
    pub from: String,
    pub to: String,
    /// The path as written.
    pub path: String,
}

#[derive(Debug, Default)]
pub struct Analysis {
    pub files: BTreeMap<String, Layer>,
    pub imports: BTreeSet<Import>,
}

impl Analysis {
    /// Imports that break the layering, with why.
    pub fn violations(&self) -> Vec<(Import, String)> {
        let mut found = Vec::new();
        for import in &self.imports {
            let (Some(from), Some(to)) = (self.files.get(&import.from), self.files.get(&import.to))
            else {
                continue;
            };
            let why = if to.rank() > from.rank() {
                Some(format!(
                    "a {} imports a {} above it",
                    from.describe(),
                    to.describe()
                ))
            } else if let (Layer::Handler(a), Layer::Handler(b)) = (from, to)
                && a != b
            {
                Some(format!(
                    "the {a} feature imports the {b} feature's handlers"
                ))
            } else {
                None
            };
            if let Some(why) = why {
                found.push((import.clone(), why));
            }
        }
        found
    }

    /// The strongly connected components of the file graph with more than
    /// one file, largest first.
    pub fn cycles(&self) -> Vec<Vec<String>> {
        let names: Vec<&String> = self.files.keys().collect();
        let index: HashMap<&String, usize> =
            names.iter().enumerate().map(|(i, n)| (*n, i)).collect();
        let mut edges = vec![Vec::new(); names.len()];
        for import in &self.imports {
            if let (Some(&a), Some(&b)) = (index.get(&import.from), index.get(&import.to)) {
                edges[a].push(b);
            }
        }
        let mut components = tarjan(&edges)
            .into_iter()
            .filter(|c| c.len() > 1)
            .map(|c| {
                let mut files: Vec<String> = c.into_iter().map(|i| names[i].clone()).collect();
                files.sort();
                files
            })
            .collect::<Vec<_>>();
        components.sort_by_key(|c| std::cmp::Reverse(c.len()));
        components
    }

    pub fn report(&self) -> String {
        let mut out = String::new();
        let cycles = self.cycles();
        let violations = self.violations();
        let pairs: BTreeSet<(&str, &str)> = violations
            .iter()
            .map(|(i, _)| (i.from.as_str(), i.to.as_str()))
            .collect();
        out.push_str(&format!(
            "{} files, {} imports between them\nlargest import cycle: {} files\nupward imports: {} (between {} pairs of files, into {} files)\n",
            self.files.len(),
            self.imports.len(),
            cycles.first().map_or(0, Vec::len),
            violations.len(),
            pairs.len(),
            pairs.iter().map(|(_, to)| *to).collect::<BTreeSet<_>>().len()
        ));
        for cycle in &cycles {
            out.push_str(&format!("cycle of {}: {}\n", cycle.len(), cycle.join(", ")));
        }
        for (import, why) in &violations {
            out.push_str(&format!(
                "{} → {} (`{}`): {why}\n",
                import.from, import.to, import.path
            ));
        }
        out
    }
}

/// Tarjan's algorithm, iterative over the small graph's recursion.
fn tarjan(edges: &[Vec<usize>]) -> Vec<Vec<usize>> {
    struct State<'a> {
        edges: &'a [Vec<usize>],
        index: Vec<Option<usize>>,
        low: Vec<usize>,
        on_stack: Vec<bool>,
        stack: Vec<usize>,
        next: usize,
        out: Vec<Vec<usize>>,
    }
    fn visit(s: &mut State, v: usize) {
        s.index[v] = Some(s.next);
        s.low[v] = s.next;
        s.next += 1;
        s.stack.push(v);
        s.on_stack[v] = true;
        for &w in &s.edges[v] {
            match s.index[w] {
                None => {
                    visit(s, w);
                    s.low[v] = s.low[v].min(s.low[w]);
                }
                Some(i) if s.on_stack[w] => s.low[v] = s.low[v].min(i),
                Some(_) => {}
            }
        }
        if Some(s.low[v]) == s.index[v] {
            let mut component = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on_stack[w] = false;
                component.push(w);
                if w == v {
                    break;
                }
            }
            s.out.push(component);
        }
    }
    let n = edges.len();
    let mut s = State {
        edges,
        index: vec![None; n],
        low: vec![0; n],
        on_stack: vec![false; n],
        stack: Vec::new(),
        next: 0,
        out: Vec::new(),
    };
    for v in 0..n {
        if s.index[v].is_none() {
            visit(&mut s, v);
        }
    }
    s.out
}

/// Reads `root` (the crate's `src`).
pub fn analyse(root: &Path) -> Analysis {
    let mut files = Vec::new();
    collect(root, &mut files);
    // Module path → file (relative to root), for modules that are files.
    let mut modules: HashMap<ModPath, String> = HashMap::new();
    for file in &files {
        let relative = file.strip_prefix(root).expect("under root");
        if let Some(path) = module_path(relative) {
            modules.insert(path, relative.display().to_string());
        }
    }
    let mut analysis = Analysis::default();
    let mut facades = Vec::new();
    let mut templates_owner: HashMap<String, String> = HashMap::new();
    for file in &files {
        let relative = file.strip_prefix(root).expect("under root");
        let Some(module) = module_path(relative) else {
            continue;
        };
        let name = relative.display().to_string();
        let source = std::fs::read_to_string(file).expect("readable source");
        let parsed =
            syn::parse_file(&source).unwrap_or_else(|e| panic!("{name} does not parse: {e}"));
        if is_facade(&parsed) {
            facades.push(name.clone());
        }
        analysis
            .files
            .insert(name.clone(), layer_of(&module, &source));
        let mut reader = PathReader {
            modules: &modules,
            file_module: module.clone(),
            inline: Vec::new(),
            aliases: HashMap::new(),
            found: Vec::new(),
        };
        reader.visit_file(&parsed);
        for (target, path) in reader.found {
            if target != name {
                analysis.imports.insert(Import {
                    from: name.clone(),
                    to: target,
                    path,
                });
            }
        }
        for template in template_paths(&source) {
            templates_owner.insert(template, name.clone());
        }
    }
    // Templates: their `crate::` paths count for the file that renders them
    // (one that only others extend or import counts for its folder's module).
    for file in &files {
        if file.extension().is_some_and(|e| e == "html") {
            let relative = file.strip_prefix(root).expect("under root");
            let source = std::fs::read_to_string(file).expect("readable template");
            let Some(owner) = template_owner(relative, &templates_owner, &modules) else {
                continue;
            };
            for path in crate_paths_in_text(&source) {
                if let Some(target) = resolve_in(&modules, &[], &path)
                    && target != owner
                {
                    analysis.imports.insert(Import {
                        from: owner.clone(),
                        to: target,
                        path: path.join("::"),
                    });
                }
            }
        }
    }
    // A feature's facade (a `mod.rs` of `mod` and `pub use` items only)
    // stands where the highest file it re-exports stands.
    for _ in 0..facades.len() {
        for facade in &facades {
            let (Some(Layer::Service(feature)) | Some(Layer::Entity(feature))) =
                analysis.files.get(facade).cloned()
            else {
                continue;
            };
            let highest = analysis
                .imports
                .iter()
                .filter(|i| &i.from == facade)
                .filter_map(|i| analysis.files.get(&i.to))
                .filter(|l| l.feature() == Some(feature.as_str()))
                .max_by_key(|l| l.rank())
                .cloned()
                .unwrap_or(Layer::Entity(feature.clone()));
            analysis.files.insert(facade.clone(), highest);
        }
    }
    analysis
}

/// Only `mod`, `use` and macro items: a module that gathers others.
fn is_facade(file: &syn::File) -> bool {
    file.items.iter().all(|item| {
        matches!(
            item,
            syn::Item::Mod(_) | syn::Item::Use(_) | syn::Item::Macro(_)
        )
    })
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("readable folder")
        .map(|e| e.expect("readable entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs" || e == "html") {
            out.push(path);
        }
    }
}

/// `calls/admin.rs` → `calls::admin`; `lib.rs` → the root; `main.rs` (its own
/// crate) and templates → none.
fn module_path(relative: &Path) -> Option<ModPath> {
    if relative.extension()? != "rs" || relative == Path::new("main.rs") {
        return None;
    }
    let mut parts: Vec<String> = relative
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let last = parts.pop()?;
    let stem = last.trim_end_matches(".rs");
    if stem != "mod" && !(parts.is_empty() && stem == "lib") {
        parts.push(stem.to_string());
    }
    Some(parts)
}

fn layer_of(module: &ModPath, source: &str) -> Layer {
    let Some(top) = module.first() else {
        return Layer::Cli;
    };
    if let Some((_, rank)) = PLUMBING.iter().find(|(name, _)| name == top) {
        return Layer::Plumbing(*rank);
    }
    match top.as_str() {
        "http" => Layer::Router,
        "cli" => Layer::Cli,
        feature => {
            if source.contains("DeriveEntityModel") {
                Layer::Entity(feature.into())
            } else if is_handler(source) {
                Layer::Handler(feature.into())
            } else {
                Layer::Service(feature.into())
            }
        }
    }
}

/// A file that answers requests: one of its functions takes the router's
/// state or a sub-state through axum's `State` extractor.
fn is_handler(source: &str) -> bool {
    source
        .match_indices("State(")
        .any(|(i, _)| !source[..i].ends_with(|c: char| c.is_alphanumeric() || c == '_'))
}

/// What a file names in `#[template(path = "…")]`.
fn template_paths(source: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (i, _) in source.match_indices("template(path = \"") {
        let rest = &source[i + "template(path = \"".len()..];
        if let Some(end) = rest.find('"') {
            out.push(rest[..end].to_string());
        }
    }
    out
}

fn template_owner(
    relative: &Path,
    owners: &HashMap<String, String>,
    modules: &HashMap<ModPath, String>,
) -> Option<String> {
    // Askama's template paths are relative to one of the template folders;
    // match on the path below `templates/`.
    let text = relative.display().to_string();
    let below = text.split("templates/").nth(1)?;
    if let Some(owner) = owners
        .iter()
        .find(|(path, _)| path.as_str() == below || text.ends_with(path.as_str()))
        .map(|(_, owner)| owner.clone())
    {
        return Some(owner);
    }
    let folder: ModPath = relative
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .take_while(|p| p != "templates")
        .collect();
    modules.get(&folder).cloned()
}

/// `crate::a::b` paths in a template's text.
fn crate_paths_in_text(text: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    for (i, _) in text.match_indices("crate::") {
        let rest = &text[i + "crate::".len()..];
        let end = rest
            .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
            .unwrap_or(rest.len());
        let mut path = vec!["crate".to_string()];
        path.extend(
            rest[..end]
                .split("::")
                .filter(|s| !s.is_empty())
                .map(str::to_string),
        );
        out.push(path);
    }
    out
}

/// Resolves `path` as seen from module `here` to the file of the deepest
/// module it names, when it names one of the crate's.
fn resolve_in(
    modules: &HashMap<ModPath, String>,
    here: &[String],
    path: &[String],
) -> Option<String> {
    let (mut base, rest): (ModPath, &[String]) = match path.first()?.as_str() {
        "crate" => (Vec::new(), &path[1..]),
        _ => (here.to_vec(), path),
    };
    let mut rest = rest;
    while let Some(first) = rest.first() {
        match first.as_str() {
            "super" => {
                base.pop();
                rest = &rest[1..];
            }
            "self" => rest = &rest[1..],
            _ => break,
        }
    }
    for segment in rest {
        let mut next = base.clone();
        next.push(segment.clone());
        if modules.contains_key(&next) || is_prefix_of_module(modules, &next) {
            base = next;
        } else {
            break;
        }
    }
    // The deepest enclosing module that is a file.
    while !base.is_empty() && !modules.contains_key(&base) {
        base.pop();
    }
    modules.get(&base).cloned()
}

fn is_prefix_of_module(modules: &HashMap<ModPath, String>, path: &ModPath) -> bool {
    modules
        .keys()
        .any(|m| m.len() > path.len() && m.starts_with(path))
}

struct PathReader<'a> {
    modules: &'a HashMap<ModPath, String>,
    file_module: ModPath,
    /// Inline modules (`mod tests { … }`) around the current item.
    inline: Vec<String>,
    /// Names brought into scope by `use` that stand for crate modules.
    aliases: HashMap<String, ModPath>,
    found: Vec<(String, String)>,
}

impl PathReader<'_> {
    fn here(&self) -> ModPath {
        let mut here = self.file_module.clone();
        here.extend(self.inline.iter().cloned());
        here
    }

    /// A path as written: resolved when it starts at `crate`, `super`,
    /// `self`, a child module or a module brought in by `use`.
    fn record(&mut self, segments: Vec<String>) {
        let Some(first) = segments.first() else {
            return;
        };
        let here = self.here();
        let absolute: Option<ModPath> = match first.as_str() {
            "crate" => Some(segments.clone()),
            "super" | "self" => {
                let mut p = vec!["crate".to_string()];
                p.extend(here.iter().cloned());
                p.extend(segments.iter().cloned());
                Some(p)
            }
            name => {
                if let Some(target) = self.aliases.get(name) {
                    let mut p = vec!["crate".to_string()];
                    p.extend(target.iter().cloned());
                    p.extend(segments[1..].iter().cloned());
                    Some(p)
                } else {
                    let mut child = self.file_module.clone();
                    child.push(name.to_string());
                    if self.inline.is_empty() && self.modules.contains_key(&child) {
                        let mut p = vec!["crate".to_string()];
                        p.extend(child);
                        p.extend(segments[1..].iter().cloned());
                        Some(p)
                    } else {
                        None
                    }
                }
            }
        };
        let Some(absolute) = absolute else {
            return;
        };
        // Resolve `super`/`self` relative to `here`.
        let mut normal: ModPath = Vec::new();
        for segment in &absolute[1..] {
            match segment.as_str() {
                "super" => {
                    normal.pop();
                }
                "self" => {}
                _ => normal.push(segment.clone()),
            }
        }
        let mut full = vec!["crate".to_string()];
        full.extend(normal);
        if let Some(target) = resolve_in(self.modules, &[], &full) {
            self.found.push((target, segments.join("::")));
        }
    }

    fn use_tree(&mut self, prefix: &mut Vec<String>, tree: &syn::UseTree) {
        match tree {
            syn::UseTree::Path(p) => {
                prefix.push(p.ident.to_string());
                self.use_tree(prefix, &p.tree);
                prefix.pop();
            }
            syn::UseTree::Name(n) => {
                let name = n.ident.to_string();
                let mut path = prefix.clone();
                if name != "self" {
                    path.push(name.clone());
                }
                let alias = if name == "self" {
                    prefix.last().cloned()
                } else {
                    Some(name)
                };
                self.use_path(path, alias);
            }
            syn::UseTree::Rename(r) => {
                let mut path = prefix.clone();
                if r.ident != "self" {
                    path.push(r.ident.to_string());
                }
                self.use_path(path, Some(r.rename.to_string()));
            }
            syn::UseTree::Glob(_) => self.record(prefix.clone()),
            syn::UseTree::Group(g) => {
                for item in &g.items {
                    self.use_tree(prefix, item);
                }
            }
        }
    }

    /// A `use` of one path: recorded, and remembered as an alias when it
    /// names a module of the crate.
    fn use_path(&mut self, path: Vec<String>, alias: Option<String>) {
        let before = self.found.len();
        self.record(path.clone());
        if self.found.len() > before
            && let Some(alias) = alias
            && let Some(module) = self.module_named(&path)
        {
            self.aliases.insert(alias, module);
        }
    }

    /// The module `path` names, when it names a module and not an item.
    fn module_named(&self, path: &[String]) -> Option<ModPath> {
        let here = self.here();
        let mut absolute: ModPath = match path.first()?.as_str() {
            "crate" => Vec::new(),
            "super" | "self" => here.clone(),
            name => match self.aliases.get(name) {
                Some(target) => {
                    let mut p = target.clone();
                    p.extend(path[1..].iter().cloned());
                    return self.is_module(&p).then_some(p);
                }
                None => {
                    let mut child = self.file_module.clone();
                    child.push(name.to_string());
                    let mut p = child;
                    p.extend(path[1..].iter().cloned());
                    return self.is_module(&p).then_some(p);
                }
            },
        };
        for segment in &path[1..] {
            match segment.as_str() {
                "super" => {
                    absolute.pop();
                }
                "self" => {}
                other => absolute.push(other.to_string()),
            }
        }
        if path[0] == "super" {
            absolute.pop();
        }
        self.is_module(&absolute).then_some(absolute)
    }

    fn is_module(&self, path: &ModPath) -> bool {
        self.modules.contains_key(path) || is_prefix_of_module(self.modules, path)
    }

    fn tokens(&mut self, tokens: proc_macro2::TokenStream) {
        let trees: Vec<proc_macro2::TokenTree> = tokens.into_iter().collect();
        let mut i = 0;
        while i < trees.len() {
            if let proc_macro2::TokenTree::Group(g) = &trees[i] {
                self.tokens(g.stream());
                i += 1;
                continue;
            }
            if let proc_macro2::TokenTree::Ident(first) = &trees[i] {
                let mut segments = vec![first.to_string()];
                let mut j = i + 1;
                while j + 2 < trees.len()
                    && is_colon(&trees[j])
                    && is_colon(&trees[j + 1])
                    && let proc_macro2::TokenTree::Ident(next) = &trees[j + 2]
                {
                    segments.push(next.to_string());
                    j += 3;
                }
                if segments.len() > 1 {
                    self.record(segments);
                }
                i = j;
                continue;
            }
            i += 1;
        }
    }
}

/// `#[cfg(test)]` or `#[test]`.
fn is_test_only(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|attr| {
        attr.path().is_ident("test")
            || (attr.path().is_ident("cfg")
                && attr
                    .parse_args::<syn::Ident>()
                    .is_ok_and(|ident| ident == "test"))
    })
}

fn is_colon(tree: &proc_macro2::TokenTree) -> bool {
    matches!(tree, proc_macro2::TokenTree::Punct(p) if p.as_char() == ':')
}

impl<'ast> Visit<'ast> for PathReader<'_> {
    fn visit_item_mod(&mut self, item: &'ast syn::ItemMod) {
        // Unit tests are not part of the server: what they import for
        // their fixtures does not count.
        if is_test_only(&item.attrs) {
            return;
        }
        if item.content.is_some() {
            // Names used inside an inline module are its own.
            let saved = std::mem::take(&mut self.aliases);
            self.inline.push(item.ident.to_string());
            syn::visit::visit_item_mod(self, item);
            self.inline.pop();
            self.aliases = saved;
        }
    }

    fn visit_item_fn(&mut self, item: &'ast syn::ItemFn) {
        if !is_test_only(&item.attrs) {
            syn::visit::visit_item_fn(self, item);
        }
    }

    fn visit_item_use(&mut self, item: &'ast syn::ItemUse) {
        self.use_tree(&mut Vec::new(), &item.tree);
    }

    fn visit_path(&mut self, path: &'ast syn::Path) {
        if path.leading_colon.is_none() && path.segments.len() > 1 {
            self.record(path.segments.iter().map(|s| s.ident.to_string()).collect());
        }
        syn::visit::visit_path(self, path);
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        self.tokens(mac.tokens.clone());
        syn::visit::visit_macro(self, mac);
    }
}

/// `server/src`, or the tree `INNOVATO_LAYERS_SRC` names (to count an
/// older checkout's imports with the same rules).
fn source_root() -> PathBuf {
    std::env::var_os("INNOVATO_LAYERS_SRC")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("src"))
}

/// Rule 1 of the layout: no import points up, and no feature uses
/// another feature's handlers.
#[test]
fn imports_point_down() {
    let analysis = analyse(&source_root());
    println!("{}", analysis.report());
    let violations = analysis.violations();
    assert!(
        violations.is_empty(),
        "imports that break the layers:\n{}",
        violations
            .iter()
            .map(|(i, why)| format!("  {} imports {} (`{}`): {why}", i.from, i.to, i.path))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// No import cycle spans more than three files.
#[test]
fn no_cycle_spans_more_than_three_files() {
    let analysis = analyse(&source_root());
    let long: Vec<_> = analysis
        .cycles()
        .into_iter()
        .filter(|c| c.len() > 3)
        .collect();
    assert!(
        long.is_empty(),
        "import cycles of more than three files: {long:#?}"
    );
}

/// The checker itself: on a small tree, it names a plumbing file that
/// imports a feature, a feature that uses another's handlers, and a cycle
/// through a `super::` path, a module alias and a template.
#[test]
fn the_checker_sees_upward_imports_and_cycles() {
    let root = tempfile::tempdir().expect("temporary folder");
    let write = |path: &str, text: &str| {
        let path = root.path().join(path);
        std::fs::create_dir_all(path.parent().expect("a folder")).expect("folder");
        std::fs::write(path, text).expect("written");
    };
    write("lib.rs", "pub mod web; pub mod calls; pub mod review;");
    write(
        "web/mod.rs",
        "//! Plumbing.\nuse crate::calls;\npub fn f() { calls::pages::page(); }",
    );
    write("calls/mod.rs", "pub mod pages;\npub mod service;");
    write(
        "calls/pages.rs",
        "pub async fn page(State(app): State<u8>) { super::service::g(); }",
    );
    write(
        "calls/service.rs",
        "pub fn g() { crate::review::pages::h(); }",
    );
    write("review/mod.rs", "pub mod pages;");
    write(
        "review/pages.rs",
        "#[derive(Template)]\n#[template(path = \"review/templates/x.html\")]\nstruct X;\npub async fn h(State(app): State<u8>) {}",
    );
    write("review/templates/x.html", "{{ crate::web::f() }}");
    let analysis = analyse(root.path());
    let found: Vec<(String, String)> = analysis
        .violations()
        .into_iter()
        .map(|(i, _)| (i.from, i.to))
        .collect();
    for expected in [
        ("web/mod.rs", "calls/pages.rs"),
        ("calls/service.rs", "review/pages.rs"),
    ] {
        assert!(
            found.contains(&(expected.0.into(), expected.1.into())),
            "{expected:?} not reported in {found:?}"
        );
    }
    let cycles = analysis.cycles();
    assert_eq!(
        cycles.first().map(Vec::len),
        Some(4),
        "web → calls/pages → calls/service → review/pages → web: {cycles:?}"
    );
}
