//! Phase 2: resolving `use` imports to a fixpoint.
//!
//! Every round re-resolves every import against the bindings known so far
//! and adds what it finds (single imports to the importing scope's names,
//! globs to its glob table). Bindings are only ever added, so the rounds
//! stop when one adds nothing (at most one round per import, plus one).
//! A last round reports the imports that still resolve to nothing.

use crate::ctx::*;
use crate::hir::*;
use crate::resolve::Expect;
use ferrum_span::{Diagnostic, Symbol};

impl<'a> Lowerer<'a> {
    /// Resolves the imports `imports[from..]` (all of them for the crate,
    /// or those of one block) with `base_ribs` as the surrounding ribs.
    pub(crate) fn resolve_imports(&mut self, from: usize, base_ribs: &[Rib]) {
        let saved = std::mem::take(&mut self.ribs);
        let count = self.imports.len() - from;
        for _ in 0..count + 2 {
            let mut changed = false;
            for i in from..self.imports.len() {
                changed |= self.try_import(i, base_ribs, false);
            }
            if !changed {
                break;
            }
        }
        for i in from..self.imports.len() {
            self.try_import(i, base_ribs, true);
        }
        self.ribs = saved;
    }

    /// One attempt at import `i`; returns whether it added a binding.
    fn try_import(&mut self, i: usize, base_ribs: &[Rib], report: bool) -> bool {
        let imp = &self.imports[i];
        let (scope, global, path, kind, vis, span) =
            (imp.scope, imp.global, imp.path.clone(), imp.kind, imp.vis, imp.span);
        self.ribs.clear();
        self.ribs.extend_from_slice(base_ribs);
        self.ribs.push(Rib::Scope(scope));
        let module = self.scopes[scope].module;
        match kind {
            ImportKind::Glob => {
                let Some(walk) = self.walk_path(&path, global, Ns::Type, Expect::Import, report) else {
                    return false;
                };
                let target = match walk.res {
                    Res::Def(d) if walk.index + 1 == path.len() => self.def_scope.get(&d).copied(),
                    _ => None,
                };
                let Some(target) = target else {
                    if report {
                        self.error(
                            Diagnostic::error("unsupported: glob imports are only supported from modules and enums")
                                .primary(span, ""),
                        );
                    }
                    return false;
                };
                self.imports[i].done = true;
                self.glob_import(target, scope, module, vis)
            }
            ImportKind::Single { rename, self_import } => {
                if self.plain(rename) == self.syms.underscore && !self_import {
                    return self.import_anon_trait(i, &path, global, scope, report);
                }
                if self_import || path.len() == 1 {
                    let Some(walk) = self.walk_path(&path, global, Ns::Type, Expect::Import, report) else {
                        return false;
                    };
                    if walk.index + 1 != path.len() {
                        return false;
                    }
                    self.imports[i].done = true;
                    let mut changed = self.bind_import(scope, Ns::Type, rename, walk.res, vis, span, report);
                    if !self_import {
                        if let Some(walk) = self.walk_path(&path, global, Ns::Value, Expect::Import, false) {
                            changed |= self.bind_import(scope, Ns::Value, rename, walk.res, vis, span, report);
                        }
                    }
                    return changed;
                }
                let (prefix, last) = path.split_at(path.len() - 1);
                let last = last[0];
                let Some(walk) = self.walk_path(prefix, global, Ns::Type, Expect::Import, report) else {
                    return false;
                };
                let target = match walk.res {
                    Res::Def(d) if walk.index + 1 == prefix.len() => self.def_scope.get(&d).copied(),
                    _ => None,
                };
                let Some(target) = target else {
                    if report {
                        let p: Vec<&str> = prefix.iter().map(|s| self.plain(s.name).as_str()).collect();
                        self.error(
                            Diagnostic::error(format!(
                                "unresolved import `{}::{}`",
                                p.join("::"),
                                self.plain(last.name)
                            ))
                            .code("E0432")
                            .primary(last.span, format!("`{}` is not a module", p.join("::"))),
                        );
                    }
                    return false;
                };
                let name = self.plain(last.name);
                let mut changed = false;
                let mut bound = false;
                let mut private = None;
                let mut found = Vec::new();
                for ns in [Ns::Type, Ns::Value] {
                    let Some(b) = self.lookup_in(target, ns, name) else {
                        continue;
                    };
                    if self.is_accessible(b.vis, module) {
                        bound = true;
                    } else {
                        private = Some(b);
                    }
                    found.push((ns, b));
                }
                // A private item is still imported (as rustc does), so that
                // its uses do not add E0425 to the E0603.
                let only_private = !bound && private.is_some();
                for (ns, b) in found {
                    if bound && !self.is_accessible(b.vis, module) {
                        continue;
                    }
                    changed |= self.bind_import(scope, ns, rename, b.res, vis, span, report);
                }
                // Library macros resolve by name wherever they are used, so
                // importing one (`use std::ptr::addr_of;`) binds nothing.
                let macro_import = !bound && private.is_none() && self.exported_macros.contains_key(&name);
                if bound || only_private || macro_import {
                    self.imports[i].done = true;
                }
                if report && !bound && !macro_import {
                    if let Some(b) = private {
                        self.private_error(last, b);
                    } else {
                        let p: Vec<&str> = prefix.iter().map(|s| self.plain(s.name).as_str()).collect();
                        let p = p.join("::");
                        self.error(
                            Diagnostic::error(format!("unresolved import `{p}::{name}`"))
                                .code("E0432")
                                .primary(last.span, format!("no `{name}` in `{p}`")),
                        );
                    }
                }
                changed
            }
        }
    }

    /// Copies the visible names of `target` into the glob table of `scope`.
    fn glob_import(&mut self, target: ScopeId, scope: ScopeId, module: DefId, vis: Visibility) -> bool {
        let mut found: Vec<(usize, Symbol, NameBinding)> = Vec::new();
        for ns in 0..2 {
            let t = &self.scopes[target];
            for (name, b) in t.names[ns].iter().chain(t.globs[ns].iter()) {
                if self.is_accessible(b.vis, module) && !self.scopes[scope].globs[ns].contains_key(name) {
                    found.push((ns, *name, *b));
                }
            }
        }
        found.sort_by_key(|(ns, name, _)| (*ns, name.as_str()));
        let changed = !found.is_empty();
        for (ns, name, b) in found {
            let b = NameBinding { vis, import: true, ..b };
            self.scopes[scope].globs[ns].entry(name).or_insert(b);
        }
        changed
    }

    /// Adds an import binding; a clash with a different binding is reported
    /// in the reporting round.
    #[allow(clippy::too_many_arguments)]
    fn bind_import(
        &mut self,
        scope: ScopeId,
        ns: Ns,
        name: Symbol,
        res: Res,
        vis: Visibility,
        span: ferrum_span::Span,
        report: bool,
    ) -> bool {
        let name = self.plain(name);
        let b = NameBinding { res, vis, span, import: true };
        match self.scopes[scope].names[ns as usize].get(&name) {
            None => {
                self.scopes[scope].names[ns as usize].insert(name, b);
                true
            }
            Some(prev) if prev.span == span => false,
            Some(prev) if prev.res == res => {
                // `use a::x; use a::x;` (reported once, not per namespace).
                let prev = *prev;
                if report
                    && prev.import
                    && !(ns == Ns::Value && self.lookup_in(scope, Ns::Type, name).is_some_and(|t| t.span == prev.span))
                {
                    self.report_duplicate(scope, ns, name, prev, b);
                }
                false
            }
            Some(_) => {
                if report {
                    self.define(scope, ns, name, b);
                }
                false
            }
        }
    }
}
