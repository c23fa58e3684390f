//! Hygiene for `macro_rules!`: every expansion gets a fresh [`Mark`], and
//! identifiers copied from a macro's body are renamed to `name\u{1}mark`
//! before the expanded tokens are parsed.
//!
//! Local variables and labels are looked up with the renamed symbol, so a
//! `let x` written in a macro body never captures or shadows the caller's
//! `x`. Items, fields, methods and everything else are looked up with the
//! plain name ([`Hygiene::strip`]): like rustc, `macro_rules!` hygiene only
//! covers locals and labels. Keywords are never renamed, so the parser sees
//! them unchanged.

use ferrum_span::Symbol;
use rustc_hash::FxHashMap;

/// An expansion; `Mark::ROOT` is code written directly in a file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) struct Mark(pub u32);

impl Mark {
    pub(crate) const ROOT: Mark = Mark(0);
}

/// Which crate a macro was defined in (for `$crate`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum CrateKind {
    User,
    Std,
}

struct MarkData {
    parent: Mark,
    depth: u32,
    def_crate: CrateKind,
    /// Built-in derive expansions: their identifiers never name the
    /// user's items in patterns (rustc's def-site hygiene).
    opaque: bool,
}

pub(crate) struct Hygiene {
    marks: Vec<MarkData>,
    /// Renamed symbol -> (plain name, mark).
    tagged: FxHashMap<Symbol, (Symbol, Mark)>,
    by_parts: FxHashMap<(Symbol, Mark), Symbol>,
}

/// rustc's default `recursion_limit`.
pub(crate) const RECURSION_LIMIT: u32 = 128;

impl Hygiene {
    pub(crate) fn new() -> Hygiene {
        let root = MarkData { parent: Mark::ROOT, depth: 0, def_crate: CrateKind::User, opaque: false };
        Hygiene { marks: vec![root], tagged: FxHashMap::default(), by_parts: FxHashMap::default() }
    }

    /// A new expansion whose macro was called from code of mark `parent`.
    pub(crate) fn new_mark(&mut self, parent: Mark, def_crate: CrateKind) -> Mark {
        let depth = self.marks[parent.0 as usize].depth + 1;
        self.marks.push(MarkData { parent, depth, def_crate, opaque: false });
        Mark(self.marks.len() as u32 - 1)
    }

    /// A mark for code the compiler generates (`#[derive]`), see
    /// [`Hygiene::is_opaque`].
    pub(crate) fn new_opaque_mark(&mut self, parent: Mark) -> Mark {
        let mark = self.new_mark(parent, CrateKind::Std);
        self.marks[mark.0 as usize].opaque = true;
        mark
    }

    /// Whether `sym` was written by compiler-generated code: a lone
    /// identifier pattern there is always a new binding.
    pub(crate) fn is_opaque(&self, sym: Symbol) -> bool {
        let mark = self.mark_of(sym);
        mark != Mark::ROOT && self.marks[mark.0 as usize].opaque
    }

    pub(crate) fn depth(&self, mark: Mark) -> u32 {
        self.marks.get(mark.0 as usize).map_or(0, |m| m.depth)
    }

    pub(crate) fn parent(&self, mark: Mark) -> Mark {
        self.marks.get(mark.0 as usize).map_or(Mark::ROOT, |m| m.parent)
    }

    pub(crate) fn def_crate(&self, mark: Mark) -> Option<CrateKind> {
        (mark != Mark::ROOT).then(|| self.marks[mark.0 as usize].def_crate)
    }

    /// `sym` as written inside an expansion of `mark`; keywords stay as they are.
    pub(crate) fn tag(&mut self, sym: Symbol, mark: Mark) -> Symbol {
        let plain = self.strip(sym);
        if mark == Mark::ROOT {
            return plain;
        }
        if let Some(&s) = self.by_parts.get(&(plain, mark)) {
            return s;
        }
        if is_keyword(plain.as_str()) {
            self.by_parts.insert((plain, mark), plain);
            return plain;
        }
        let s = Symbol::intern(&format!("{}\u{1}{}", plain.as_str(), mark.0));
        self.tagged.insert(s, (plain, mark));
        self.by_parts.insert((plain, mark), s);
        s
    }

    /// The name without its expansion mark.
    pub(crate) fn strip(&self, sym: Symbol) -> Symbol {
        self.tagged.get(&sym).map_or(sym, |&(plain, _)| plain)
    }

    pub(crate) fn mark_of(&self, sym: Symbol) -> Mark {
        self.tagged.get(&sym).map_or(Mark::ROOT, |&(_, m)| m)
    }

    /// The same name one expansion further out, used when a macro body
    /// refers to a local of the code that surrounds the call.
    pub(crate) fn outer(&mut self, sym: Symbol) -> Option<Symbol> {
        let &(plain, mark) = self.tagged.get(&sym)?;
        let parent = self.parent(mark);
        Some(self.tag(plain, parent))
    }
}

/// Words the parser treats specially; never renamed.
pub(crate) fn is_keyword(s: &str) -> bool {
    matches!(
        s,
        "as" | "break"
            | "const"
            | "continue"
            | "crate"
            | "else"
            | "enum"
            | "extern"
            | "false"
            | "fn"
            | "for"
            | "if"
            | "impl"
            | "in"
            | "let"
            | "loop"
            | "match"
            | "mod"
            | "move"
            | "mut"
            | "pub"
            | "ref"
            | "return"
            | "self"
            | "Self"
            | "static"
            | "struct"
            | "super"
            | "trait"
            | "true"
            | "type"
            | "unsafe"
            | "use"
            | "where"
            | "while"
            | "async"
            | "await"
            | "dyn"
            | "abstract"
            | "become"
            | "box"
            | "do"
            | "final"
            | "macro"
            | "override"
            | "priv"
            | "typeof"
            | "unsized"
            | "virtual"
            | "yield"
            | "try"
            | "_"
            | "union"
            | "macro_rules"
            | "raw"
            | "auto"
            | "default"
            | "safe"
    )
}
