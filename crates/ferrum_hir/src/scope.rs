//! Scopes and visibility: defining names (with E0428/E0255/E0252 for
//! duplicates), `pub(...)` visibilities, module ancestry, and def spans.

use crate::ctx::*;
use crate::hir::*;
use ferrum_span::{Diagnostic, Span, Symbol};
use ferrum_syntax::ast;

impl<'a> Lowerer<'a> {
    pub(crate) fn narrower(&self, a: Visibility, b: Visibility) -> Visibility {
        match (a, b) {
            (Visibility::Public, x) | (x, Visibility::Public) => x,
            (Visibility::Restricted(m), Visibility::Restricted(n)) => {
                if self.is_descendant(m, n) {
                    a
                } else {
                    b
                }
            }
        }
    }

    /// Defines `name` in `scope`, reporting E0428 for a second item of the
    /// same name and namespace.
    pub(crate) fn define(&mut self, scope: ScopeId, ns: Ns, name: Symbol, b: NameBinding) {
        let name = self.plain(name);
        let s = &mut self.scopes[scope];
        match s.names[ns as usize].get(&name) {
            Some(prev) if prev.res != b.res => {
                let prev = *prev;
                self.report_duplicate(scope, ns, name, prev, b);
            }
            Some(_) => {}
            None => {
                s.names[ns as usize].insert(name, b);
            }
        }
    }

    /// E0428 (items), E0255 (item and import) or E0252 (imports): the later
    /// of the two definitions in the source is the redefinition.
    pub(crate) fn report_duplicate(&mut self, scope: ScopeId, ns: Ns, name: Symbol, prev: NameBinding, b: NameBinding) {
        let what = if ns == Ns::Type { "type" } else { "value" };
        let place = if self.scopes[scope].kind == ScopeKind::Block { "block" } else { "module" };
        let (first, second) =
            if prev.span.file == b.span.file && prev.span.lo > b.span.lo { (b, prev) } else { (prev, b) };
        let is_mod = matches!(first.res, Res::Def(d) if matches!(self.krate.defs[d].kind, DefKind::Mod { .. }));
        let prev_kind = if is_mod { "module" } else { what };
        let code = match (prev.import, b.import) {
            (true, true) => "E0252",
            (false, false) => "E0428",
            _ => "E0255",
        };
        self.diags.push(
            Diagnostic::error(format!("the name `{name}` is defined multiple times"))
                .code(code)
                .primary(second.span, format!("`{name}` redefined here"))
                .secondary(first.span, format!("previous definition of the {prev_kind} `{name}` here"))
                .note(format!("`{name}` must be defined only once in the {what} namespace of this {place}")),
        );
    }

    /// From the item's start (after its attributes) to the end of its name.
    pub(crate) fn header_span(&self, item: &ast::Item, name: Span) -> Span {
        let mut lo = item.span.lo;
        if let Some(last) = item.attrs.iter().filter(|a| !a.inner).map(|a| a.span.hi).max() {
            let text = self.sources.try_file(item.span.file).map(|f| &f.text[..]).unwrap_or("");
            let mut i = last as usize;
            while text.as_bytes().get(i).is_some_and(|b| b.is_ascii_whitespace()) {
                i += 1;
            }
            lo = lo.max(i as u32);
        }
        if name.file != item.span.file || name.hi < lo {
            return item.span;
        }
        Span::new(item.span.file, lo, name.hi)
    }

    /// `pub`, `pub(crate)`, `pub(super)`, `pub(self)`, `pub(in path)`, private.
    pub(crate) fn lower_vis(&mut self, vis: &ast::Visibility, module: DefId) -> Visibility {
        match vis {
            ast::Visibility::Public => Visibility::Public,
            ast::Visibility::Private => Visibility::Restricted(module),
            ast::Visibility::Restricted(path) => {
                let mut cur = module;
                for (i, seg) in path.segments.iter().enumerate() {
                    let name = self.plain(seg.ident.name);
                    match name.as_str() {
                        "crate" if i == 0 => cur = self.crate_root_of(module),
                        "self" if i == 0 => {}
                        "super" => cur = self.parent_module(cur).unwrap_or(cur),
                        _ => {
                            let scope = self.def_scope.get(&cur).copied();
                            match scope.and_then(|s| self.scopes[s].names[0].get(&name)).map(|b| b.res) {
                                Some(Res::Def(d)) if matches!(self.krate.defs[d].kind, DefKind::Mod { .. }) => cur = d,
                                _ => {
                                    self.error(
                                        Diagnostic::error(format!(
                                            "cannot find module `{name}` for the visibility path"
                                        ))
                                        .code("E0433")
                                        .primary(seg.ident.span, ""),
                                    );
                                    return Visibility::Restricted(module);
                                }
                            }
                        }
                    }
                }
                Visibility::Restricted(cur)
            }
        }
    }

    pub(crate) fn crate_root_of(&self, def: DefId) -> DefId {
        let mut cur = def;
        for _ in 0..10_000 {
            match self.krate.defs[cur].parent {
                Some(p) => cur = p,
                None => break,
            }
        }
        cur
    }

    /// The module containing module `m` (itself for a crate root).
    pub(crate) fn parent_module(&self, m: DefId) -> Option<DefId> {
        let mut cur = self.krate.defs[m].parent?;
        for _ in 0..10_000 {
            if matches!(self.krate.defs[cur].kind, DefKind::Mod { .. }) {
                return Some(cur);
            }
            cur = self.krate.defs[cur].parent?;
        }
        None
    }
}

pub(crate) fn def_binding(res: Res, vis: Visibility, span: Span) -> NameBinding {
    NameBinding { res, vis, span, import: false }
}
