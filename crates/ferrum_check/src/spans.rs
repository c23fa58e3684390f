//! Precise spans for labels. A MIR location only carries the span of its
//! whole statement or call; rustc points at the operand (`take(s.b)`
//! reports `s.b`). This finds the HIR place expression for a MIR place
//! inside a location's span: a path to the variable's binding followed by
//! as many field and index projections as the place has.

use crate::cfg::Location;
use crate::BodyCx;
use ferrum_hir::hir::{ExprId, ExprKind, Res, UnOp, ValuePath};
use ferrum_mir::mir::{Local, Place, PlaceElem};
use ferrum_span::Span;
use rustc_hash::FxHashMap;

/// HIR place expressions of the body, by the MIR local they are rooted at.
#[derive(Default)]
pub(crate) struct PlaceExprs {
    /// (span, number of field/index projections).
    by_local: FxHashMap<Local, Vec<(Span, usize)>>,
    /// `match`/`if let` scrutinees: (whole expression span, scrutinee).
    scrutinees: Vec<(Span, ExprId)>,
    roots: FxHashMap<ExprId, (Local, usize)>,
}

impl PlaceExprs {
    pub(crate) fn new(cx: &BodyCx) -> PlaceExprs {
        let mut binding_local = FxHashMap::default();
        for (id, b) in cx.hir.bindings.iter() {
            let local = cx.body.locals.iter().position(|d| d.name == Some(b.name) && d.span == b.span);
            if let Some(i) = local {
                binding_local.insert(id, Local(i as u32));
            }
        }
        let mut this = PlaceExprs::default();
        for (id, expr) in cx.hir.exprs.iter() {
            if let Some((local, depth)) = this.root(cx, &binding_local, id) {
                this.by_local.entry(local).or_default().push((expr.span, depth));
            }
            match &expr.kind {
                ExprKind::Match { scrutinee, .. } => this.scrutinees.push((expr.span, *scrutinee)),
                ExprKind::Let { expr: scrutinee, .. } => this.scrutinees.push((expr.span, *scrutinee)),
                _ => {}
            }
        }
        this
    }

    fn root(
        &mut self,
        cx: &BodyCx,
        bindings: &FxHashMap<ferrum_hir::hir::BindingId, Local>,
        e: ExprId,
    ) -> Option<(Local, usize)> {
        if let Some(&known) = self.roots.get(&e) {
            return Some(known);
        }
        let found = match &cx.hir.exprs[e].kind {
            ExprKind::Path(ValuePath::Resolved { res: Res::Local(b), .. }) => Some((*bindings.get(b)?, 0)),
            ExprKind::Field(base, _) | ExprKind::Index(base, _) => {
                self.root(cx, bindings, *base).map(|(l, d)| (l, d + 1))
            }
            ExprKind::Unary(UnOp::Deref, base) => self.root(cx, bindings, *base),
            _ => None,
        }?;
        self.roots.insert(e, found);
        Some(found)
    }

    /// The span of the one place expression for `place` inside the span
    /// of `loc`, else that span (or the scrutinee whose pattern it is).
    pub(crate) fn operand_span(&self, cx: &BodyCx, loc: Location, place: &Place) -> Span {
        let outer = loc.span(cx.body);
        let depth = place
            .projection
            .iter()
            .filter(|e| matches!(e, PlaceElem::Field(..) | PlaceElem::Index(_) | PlaceElem::ConstantIndex { .. }))
            .count();
        let candidates: Vec<Span> = self
            .by_local
            .get(&place.local)
            .into_iter()
            .flatten()
            .filter(|(_, d)| *d == depth)
            .map(|(s, _)| *s)
            .collect();
        let inside: Vec<Span> = candidates.iter().copied().filter(|s| contains(outer, *s)).collect();
        match inside.as_slice() {
            [one] => return *one,
            [first, rest @ ..] if rest.iter().all(|s| s == first) => return *first,
            [_, ..] => return outer,
            [] => {}
        }
        // A pattern tested against a place: point at the scrutinee.
        self.scrutinees
            .iter()
            .filter(|(whole, _)| contains(*whole, outer))
            .min_by_key(|(whole, _)| whole.hi - whole.lo)
            .map(|(_, scrutinee)| cx.hir.exprs[*scrutinee].span)
            .filter(|s| candidates.contains(s))
            .unwrap_or(outer)
    }
}

fn contains(outer: Span, inner: Span) -> bool {
    outer.file == inner.file && outer.lo <= inner.lo && inner.hi <= outer.hi
}
