//! Generic parameter lists: numbering (parent's parameters first, a
//! trait's implicit `Self` at index 0), the rib that brings them into
//! scope, and predicates from inline bounds and `where` clauses.

use crate::ctx::*;
use crate::hir::*;
use ferrum_syntax::ast::{self, GenericParamKind, WherePredicate};

impl<'a> Lowerer<'a> {
    /// Lowers `g` for `owner` and pushes a rib with its parameters; the
    /// caller pops the rib when the item is done.
    pub(crate) fn lower_generics(
        &mut self,
        src: &AstSrc<'a>,
        g: &ast::Generics,
        owner: DefId,
        parent: Option<DefId>,
        has_self: bool,
    ) -> Generics {
        let parent_count = parent.and_then(|p| self.generic_counts.get(&p).copied()).unwrap_or(0);
        let first = parent_count + u32::from(has_self);
        let mut names = Vec::new();
        let mut index = first;
        for p in &g.params {
            let is_const = matches!(p.kind, GenericParamKind::Const { .. });
            if matches!(p.kind, GenericParamKind::Lifetime { .. }) {
                continue;
            }
            names.push((self.plain(p.name.name), index, is_const));
            index += 1;
        }
        self.generic_counts.insert(owner, index);
        self.ribs.push(Rib::Generics { owner, params: names.clone() });
        let mut params = Vec::new();
        let mut predicates = Vec::new();
        let mut i = 0;
        for p in &g.params {
            let (default, is_const, bounds) = match &p.kind {
                GenericParamKind::Lifetime { .. } => continue,
                GenericParamKind::Type { bounds, default } => {
                    (default.map(|t| self.lower_ty(src, t)), None, bounds.as_slice())
                }
                GenericParamKind::Const { ty, .. } => (None, Some(self.lower_ty(src, *ty)), &[][..]),
            };
            let (_, idx, _) = names[i];
            i += 1;
            if !bounds.is_empty() {
                let span = p.name.span;
                let ty = self.alloc_ty(
                    TypeRefKind::Path { res: Res::TyParam { owner, index: idx }, args: Vec::new(), assoc: Vec::new() },
                    span,
                );
                for b in bounds {
                    if let Some(bound) = self.lower_bound(src, b) {
                        predicates.push(Predicate { ty, bound });
                    }
                }
            }
            params.push(GenericParam { name: self.plain(p.name.name), span: p.name.span, is_const, default });
        }
        for wp in &g.where_clause {
            if let WherePredicate::Bound { ty, bounds } = wp {
                let ty = self.lower_ty(src, *ty);
                for b in bounds {
                    if let Some(bound) = self.lower_bound(src, b) {
                        predicates.push(Predicate { ty, bound });
                    }
                }
            }
        }
        Generics { parent, params, predicates, has_self }
    }
}
