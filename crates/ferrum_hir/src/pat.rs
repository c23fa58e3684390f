//! Patterns: bindings (one `BindingId` per name, shared by the
//! alternatives of an or-pattern), identifiers that name unit structs,
//! unit variants or consts (which become path patterns, as in rustc),
//! tuple-struct and struct patterns, slices with a rest, ranges, and the
//! errors E0416/E0415 (bound twice), E0408 (not bound in every
//! alternative), E0530, E0531, E0532.

use crate::ctx::*;
use crate::expand::{Expansion, MacroRes, Position};
use crate::hir::*;
use ferrum_span::{Diagnostic, Span, Symbol};
use ferrum_syntax::ast::{self, PatKind as P};
use rustc_hash::FxHashMap;

/// Bindings of one top-level pattern (or of a whole parameter list).
pub(crate) struct PatCx {
    /// (lookup key with hygiene mark, binding), in order of declaration.
    pub bindings: Vec<(Symbol, BindingId)>,
    by_name: FxHashMap<Symbol, BindingId>,
    /// Names bound in the current product (outside any alternative).
    product: Vec<(Symbol, Span)>,
    params: bool,
}

impl PatCx {
    pub(crate) fn new(params: bool) -> PatCx {
        PatCx { bindings: Vec::new(), by_name: FxHashMap::default(), product: Vec::new(), params }
    }

    /// Declares a binding created outside pattern lowering (`self`).
    pub(crate) fn declare(&mut self, name: Symbol, b: BindingId) {
        self.bindings.push((name, b));
        self.by_name.insert(name, b);
        self.product.push((name, Span::DUMMY));
    }
}

impl<'a> Lowerer<'a> {
    pub(crate) fn lower_pat_in(&mut self, src: &AstSrc<'a>, id: ast::PatId, cx: &mut PatCx) -> PatId {
        let p = &src.pats[id];
        let span = p.span;
        let kind = match &p.kind {
            P::Wild => PatKind::Wild,
            P::Ident { by_ref, mutable, name, sub } => {
                if !by_ref && !mutable && sub.is_none() {
                    if let Some(kind) = self.ident_as_path(*name) {
                        return self.alloc_pat(kind, span);
                    }
                }
                let sub = sub.map(|s| self.lower_pat_in(src, s, cx));
                let binding = self.new_binding(cx, *name, *mutable, *by_ref);
                PatKind::Binding { binding, sub }
            }
            P::Lit(e) => PatKind::Lit(self.pat_const(src, *e)),
            P::Range { lo, hi, inclusive } => {
                let lo = lo.map(|e| self.pat_const(src, e));
                let hi = hi.map(|e| self.pat_const(src, e));
                PatKind::Range { lo, hi, inclusive: *inclusive }
            }
            P::Tuple(elems) => {
                let (pats, rest) = self.lower_elems(src, elems, cx);
                PatKind::Tuple { pats, rest }
            }
            P::Path(path) => self.path_pat(src, path, span),
            P::TupleStruct { path, elems } => self.tuple_struct_pat(src, path, elems, cx),
            P::Struct { path, fields, rest } => {
                let (res, args) = self.resolve_struct_path(src, path);
                let shape = self.shape_of_res(res).map_or(VariantShape::Named, |s| s.shape);
                let fields = fields
                    .iter()
                    .map(|f| {
                        let plain = self.plain(f.name.name);
                        let name = match plain.as_str().parse::<u32>() {
                            Ok(i) => FieldName::Index(i),
                            Err(_) => FieldName::Named(plain),
                        };
                        FieldPat { name, pat: self.lower_pat_in(src, f.pat, cx) }
                    })
                    .collect();
                PatKind::Adt { res, args, fields, rest: *rest, shape }
            }
            P::Ref { mutable, pat } => {
                PatKind::Ref { mutability: crate::ty::mutability(*mutable), pat: self.lower_pat_in(src, *pat, cx) }
            }
            P::Or(alts) => self.or_pat(src, alts, cx),
            P::Slice(elems) => self.slice_pat(src, elems, cx),
            P::Rest => {
                self.error(
                    Diagnostic::error("`..` patterns are not allowed here")
                        .primary(span, "")
                        .note("only allowed in tuple, tuple struct, and slice patterns"),
                );
                PatKind::Err
            }
            P::Box(x) => PatKind::Box(self.lower_pat_in(src, *x, cx)),
            P::MacCall(call) => {
                let macros = self.cur_macros.clone();
                match self.resolve_macro(&call.path, &macros) {
                    MacroRes::Rules(m) => match self.expand_rules(m, call, Position::Pat) {
                        Some(Expansion::Pat(owned, p)) => return self.lower_pat_in(&AstSrc::Owned(owned), p, cx),
                        _ => PatKind::Err,
                    },
                    MacroRes::Builtin(name) => {
                        self.error(
                            Diagnostic::error(format!(
                                "unsupported: macro `{name}!` is not supported in pattern position"
                            ))
                            .primary(call.span, ""),
                        );
                        PatKind::Err
                    }
                    MacroRes::Unknown => {
                        self.unknown_macro(call);
                        PatKind::Err
                    }
                }
            }
            P::Err => PatKind::Err,
        };
        self.alloc_pat(kind, span)
    }

    /// A lone identifier naming a unit struct, unit variant or const is a
    /// path pattern, not a binding.
    fn ident_as_path(&mut self, name: ast::Ident) -> Option<PatKind> {
        if self.hygiene.is_opaque(name.name) {
            return None;
        }
        let res = self.lookup_items_only(name)?;
        let plain = self.plain(name.name);
        match res {
            Res::Def(d) => match &self.krate.defs[d].kind {
                DefKind::Const { .. } => Some(PatKind::Path(res)),
                DefKind::Adt(_) if self.shapes.get(&d).is_some_and(|s| s.shape == VariantShape::Unit) => {
                    Some(PatKind::Path(res))
                }
                DefKind::Adt(_) => {
                    self.error(
                        Diagnostic::error("match bindings cannot shadow tuple structs")
                            .code("E0530")
                            .primary(name.span, "cannot be named the same as a tuple struct"),
                    );
                    Some(PatKind::Err)
                }
                DefKind::Static { .. } => {
                    self.error(
                        Diagnostic::error("match bindings cannot shadow statics")
                            .code("E0530")
                            .primary(name.span, "cannot be named the same as a static"),
                    );
                    Some(PatKind::Err)
                }
                _ => None,
            },
            Res::Variant(v) => match self.shapes.get(&v).map(|s| s.shape) {
                Some(VariantShape::Unit) => Some(PatKind::Path(res)),
                _ => {
                    let _ = plain;
                    self.error(
                        Diagnostic::error("match bindings cannot shadow tuple variants")
                            .code("E0530")
                            .primary(name.span, "cannot be named the same as a tuple variant"),
                    );
                    Some(PatKind::Err)
                }
            },
            _ => None,
        }
    }

    /// A value-namespace lookup that skips local variables.
    fn lookup_items_only(&mut self, name: ast::Ident) -> Option<Res> {
        let hidden: Vec<(usize, Rib)> = self
            .ribs
            .iter()
            .enumerate()
            .filter(|(_, r)| matches!(r, Rib::Locals(_) | Rib::Generics { .. }))
            .map(|(i, r)| (i, r.clone()))
            .collect();
        for (i, _) in &hidden {
            self.ribs[*i] = Rib::Locals(FxHashMap::default());
        }
        let res = self.lookup_lexical(name, Ns::Value);
        for (i, r) in hidden {
            self.ribs[i] = r;
        }
        res
    }

    fn new_binding(&mut self, cx: &mut PatCx, name: ast::Ident, mutable: bool, by_ref: bool) -> BindingId {
        let key = name.name;
        let plain = self.plain(key);
        if cx.product.iter().any(|(n, _)| *n == key) {
            let (code, msg) = if cx.params {
                ("E0415", format!("identifier `{plain}` is bound more than once in this parameter list"))
            } else {
                ("E0416", format!("identifier `{plain}` is bound more than once in the same pattern"))
            };
            let label = if cx.params { "used as parameter more than once" } else { "used in a pattern more than once" };
            self.error(Diagnostic::error(msg).code(code).primary(name.span, label));
        }
        let by_ref = by_ref.then(|| crate::ty::mutability(mutable));
        let b = match cx.by_name.get(&key) {
            Some(&b) => b,
            None => {
                let b = self.body().bindings.alloc(Binding {
                    name: plain,
                    mutable: mutable && by_ref.is_none(),
                    by_ref,
                    span: name.span,
                });
                cx.by_name.insert(key, b);
                cx.bindings.push((key, b));
                b
            }
        };
        cx.product.push((key, name.span));
        b
    }

    fn or_pat(&mut self, src: &AstSrc<'a>, alts: &[ast::PatId], cx: &mut PatCx) -> PatKind {
        let saved = cx.product.clone();
        let mut sets = Vec::new();
        let mut pats = Vec::new();
        for &alt in alts {
            cx.product = saved.clone();
            pats.push(self.lower_pat_in(src, alt, cx));
            sets.push(cx.product[saved.len()..].to_vec());
        }
        let mut union: Vec<(Symbol, Span)> = Vec::new();
        for set in &sets {
            for &(n, s) in set {
                if !union.iter().any(|(u, _)| *u == n) {
                    union.push((n, s));
                }
            }
        }
        for (i, set) in sets.iter().enumerate() {
            for &(n, s) in &union {
                if !set.iter().any(|(m, _)| *m == n) {
                    let plain = self.plain(n);
                    let alt_span = src.pats[alts[i]].span;
                    self.error(
                        Diagnostic::error(format!("variable `{plain}` is not bound in all patterns"))
                            .code("E0408")
                            .primary(alt_span, format!("pattern doesn't bind `{plain}`"))
                            .secondary(s, "variable not in all patterns"),
                    );
                }
            }
        }
        cx.product = saved;
        cx.product.extend(union);
        PatKind::Or(pats)
    }

    /// Elements of a tuple or tuple-struct pattern: patterns and the
    /// position of `..`.
    pub(crate) fn lower_elems(
        &mut self,
        src: &AstSrc<'a>,
        elems: &[ast::PatId],
        cx: &mut PatCx,
    ) -> (Vec<PatId>, Option<usize>) {
        let mut pats = Vec::new();
        let mut rest = None;
        for &e in elems {
            if matches!(src.pats[e].kind, P::Rest) {
                if rest.is_some() {
                    self.error(
                        Diagnostic::error("`..` can only be used once per tuple pattern")
                            .primary(src.pats[e].span, "can only be used once per tuple pattern"),
                    );
                }
                rest = Some(pats.len());
                continue;
            }
            pats.push(self.lower_pat_in(src, e, cx));
        }
        (pats, rest)
    }

    fn slice_pat(&mut self, src: &AstSrc<'a>, elems: &[ast::PatId], cx: &mut PatCx) -> PatKind {
        let mut prefix = Vec::new();
        let mut rest = None;
        let mut suffix = Vec::new();
        for &e in elems {
            let p = &src.pats[e];
            let is_rest = match &p.kind {
                P::Rest => Some(None),
                P::Ident { sub: Some(s), name, mutable, by_ref } if matches!(src.pats[*s].kind, P::Rest) => {
                    Some(Some((*name, *mutable, *by_ref)))
                }
                _ => None,
            };
            match is_rest {
                Some(binding) if rest.is_none() => {
                    let kind = match binding {
                        None => PatKind::Wild,
                        Some((name, mutable, by_ref)) => {
                            PatKind::Binding { binding: self.new_binding(cx, name, mutable, by_ref), sub: None }
                        }
                    };
                    rest = Some(self.alloc_pat(kind, p.span));
                }
                Some(_) => {
                    self.error(
                        Diagnostic::error("`..` can only be used once per slice pattern")
                            .primary(p.span, "can only be used once per slice pattern"),
                    );
                }
                None => {
                    let lowered = self.lower_pat_in(src, e, cx);
                    if rest.is_some() {
                        suffix.push(lowered);
                    } else {
                        prefix.push(lowered);
                    }
                }
            }
        }
        PatKind::Slice { prefix, rest, suffix }
    }
}
