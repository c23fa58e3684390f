//! Traits in scope for method calls. rustc only considers a trait's
//! methods at `x.m()` when the trait is nameable there (defined or
//! imported in an enclosing block or the module, imported as `_`, or in
//! the prelude); otherwise blanket impls such as `impl<T> Borrow<T> for T`
//! would shadow inherent methods of deref targets (`rc.borrow()` on an
//! `Rc<RefCell<_>>`).

use crate::ctx::*;
use crate::hir::*;
use ferrum_syntax::ast::Ident;

impl<'a> Lowerer<'a> {
    /// The trait scope of the current point of a body, interned.
    pub(crate) fn traits_in_scope(&mut self) -> TraitScopeId {
        let mut chain = Vec::new();
        for rib in self.ribs.iter().rev() {
            if let Rib::Scope(s) = rib {
                chain.push(*s);
                if self.scopes[*s].kind != ScopeKind::Block {
                    break;
                }
            }
        }
        if let Some(&id) = self.trait_scope_ids.get(&chain) {
            return id;
        }
        let mut traits = Vec::new();
        for &s in chain.iter().chain(self.prelude.iter()) {
            self.collect_traits(s, &mut traits);
        }
        traits.sort();
        traits.dedup();
        let id = TraitScopeId(self.krate.trait_scopes.len() as u32);
        self.krate.trait_scopes.push(traits);
        self.trait_scope_ids.insert(chain, id);
        id
    }

    fn collect_traits(&self, scope: ScopeId, out: &mut Vec<DefId>) {
        let s = &self.scopes[scope];
        let ty_ns = Ns::Type as usize;
        for b in s.names[ty_ns].values().chain(s.globs[ty_ns].values()) {
            if let Res::Def(d) = b.res {
                if matches!(self.krate.defs[d].kind, DefKind::Trait(_)) {
                    out.push(d);
                }
            }
        }
        out.extend_from_slice(&s.anon_traits);
    }

    /// `use path::Trait as _;`: puts the trait in scope without a name.
    /// Returns whether it added anything (for the import fixpoint).
    pub(crate) fn import_anon_trait(
        &mut self,
        i: usize,
        path: &[Ident],
        global: bool,
        scope: ScopeId,
        report: bool,
    ) -> bool {
        if self.imports[i].done {
            return false;
        }
        let Some(walk) = self.walk_path(path, global, Ns::Type, crate::resolve::Expect::Import, report) else {
            return false;
        };
        self.imports[i].done = true;
        match walk.res {
            Res::Def(d) if walk.index + 1 == path.len() && matches!(self.krate.defs[d].kind, DefKind::Trait(_)) => {
                self.scopes[scope].anon_traits.push(d);
                true
            }
            _ => false,
        }
    }
}
