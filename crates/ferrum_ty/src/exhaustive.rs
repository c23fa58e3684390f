//! Exhaustiveness of `match` (E0004) and irrefutability of `let` patterns
//! (E0005), by the usefulness algorithm over constructors as in rustc's
//! pattern analysis: a pattern vector is useful if some value matches it
//! and no earlier row; a match is exhaustive if a wildcard is not useful.

use crate::check::FnCtxt;
use crate::ty::{IntTy, Ty, TyKind, UintTy};
use ferrum_hir::hir::{ExprKind, Lit, PatConst, PatId, PatKind, Res, Stmt};
use ferrum_span::Diagnostic;

/// A constructor: what a value looks like at the top level.
#[derive(Clone, Debug, PartialEq)]
enum Ctor {
    /// Struct, tuple, reference, array: the only constructor of its type.
    Single,
    Variant(u32),
    Bool(bool),
    /// Inclusive range of integer or char values, encoded as `u128` so that
    /// order is preserved for signed types.
    Range(u128, u128),
    /// A slice of exactly this length; with `var`, of at least this length.
    Slice {
        len: usize,
        var: bool,
    },
    /// Values compared by equality only (floats, strings, unknown consts).
    Opaque,
    Wild,
}

#[derive(Clone, Debug)]
struct DPat {
    ctor: Ctor,
    fields: Vec<DPat>,
    /// For slice patterns with `..`: how many of `fields` are the prefix.
    prefix: usize,
}

impl DPat {
    fn wild() -> DPat {
        DPat { ctor: Ctor::Wild, fields: Vec::new(), prefix: 0 }
    }
}

type Row = Vec<DPat>;

const MAX_WORK: usize = 200_000;

struct Cx<'a, 'b> {
    fcx: &'a FnCtxt<'b>,
    work: usize,
}

pub fn check_body_matches(fcx: &mut FnCtxt<'_>) {
    if fcx.has_new_errors() {
        return;
    }
    let body = fcx.body;
    let mut diags = Vec::new();
    {
        let mut cx = Cx { fcx: &*fcx, work: 0 };
        for (_, expr) in body.exprs.iter() {
            match &expr.kind {
                ExprKind::Match { scrutinee, arms } => {
                    let Some(&ty) = cx.fcx.results.expr_tys.get(*scrutinee) else { continue };
                    let rows: Vec<Row> =
                        arms.iter().filter(|a| a.guard.is_none()).flat_map(|a| cx.expand_or(a.pat)).collect();
                    if let Some(witness) = cx.useful(&rows, &[DPat::wild()], &[ty]) {
                        let w = witness.first().map(|w| cx.show(w, ty)).unwrap_or_else(|| "_".into());
                        let span = cx.fcx.body.exprs[*scrutinee].span;
                        diags.push(
                            Diagnostic::error(format!("non-exhaustive patterns: `{w}` not covered"))
                                .code("E0004")
                                .primary(span, format!("pattern `{w}` not covered"))
                                .help("ensure that all possible cases are being handled by adding a match arm with a wildcard pattern or an explicit pattern as shown"),
                        );
                    }
                }
                ExprKind::Block { block, .. } => {
                    for stmt in &block.stmts {
                        let Stmt::Let { pat, else_block: None, .. } = stmt else { continue };
                        cx.check_irrefutable(*pat, "local binding", &mut diags);
                    }
                }
                ExprKind::For { pat, .. } => cx.check_irrefutable(*pat, "`for` loop binding", &mut diags),
                _ => {}
            }
        }
        for &param in &body.params {
            cx.check_irrefutable(param, "function argument", &mut diags);
        }
    }
    for d in diags {
        fcx.error(d);
    }
}

impl Cx<'_, '_> {
    fn check_irrefutable(&mut self, pat: PatId, what: &str, diags: &mut Vec<Diagnostic>) {
        let Some(&ty) =
            self.fcx.results.pat_adjustments.get(pat).and_then(|a| a.first()).or(self.fcx.results.pat_tys.get(pat))
        else {
            return;
        };
        let rows = self.expand_or(pat);
        if let Some(witness) = self.useful(&rows, &[DPat::wild()], &[ty]) {
            let w = witness.first().map(|w| self.show(w, ty)).unwrap_or_else(|| "_".into());
            diags.push(
                Diagnostic::error(format!("refutable pattern in {what}"))
                    .code("E0005")
                    .primary(self.fcx.body.pats[pat].span, format!("pattern `{w}` not covered"))
                    .help("you might want to use `let else` to handle the variant that isn't matched"),
            );
        }
    }

    fn ty_of(&self, pat: PatId) -> Ty {
        self.fcx.results.pat_tys.get(pat).copied().unwrap_or_else(|| self.fcx.tcx.error())
    }

    /// Lowers a pattern into rows, one per or-alternative.
    fn expand_or(&self, pat: PatId) -> Vec<Row> {
        self.lower(pat).into_iter().map(|p| vec![p]).collect()
    }

    /// All alternatives of a pattern (or-patterns multiply out).
    fn lower(&self, pat: PatId) -> Vec<DPat> {
        let inner = self.lower_inner(pat);
        let derefs = self.fcx.results.pat_adjustments.get(pat).map_or(0, |a| a.len());
        inner
            .into_iter()
            .map(|mut p| {
                for _ in 0..derefs {
                    p = DPat { ctor: Ctor::Single, fields: vec![p], prefix: 0 };
                }
                p
            })
            .collect()
    }

    fn lower_fields(&self, pats: Vec<Option<PatId>>) -> Vec<Vec<DPat>> {
        let mut combos: Vec<Vec<DPat>> = vec![Vec::new()];
        for p in pats {
            let alts = match p {
                Some(p) => self.lower(p),
                None => vec![DPat::wild()],
            };
            if combos.len() * alts.len() > 256 {
                // Too many combinations: approximate by wildcards.
                combos.iter_mut().for_each(|c| c.push(DPat::wild()));
                continue;
            }
            combos = combos
                .into_iter()
                .flat_map(|c| {
                    alts.iter().map(move |a| {
                        let mut c = c.clone();
                        c.push(a.clone());
                        c
                    })
                })
                .collect();
        }
        combos
    }

    fn lower_inner(&self, pat: PatId) -> Vec<DPat> {
        let fcx = self.fcx;
        let ty = self.ty_of(pat);
        let single = |ctor: Ctor| vec![DPat { ctor, fields: Vec::new(), prefix: 0 }];
        match &fcx.body.pats[pat].kind {
            PatKind::Wild | PatKind::Err | PatKind::Box(_) => single(Ctor::Wild),
            PatKind::Binding { sub: None, .. } => single(Ctor::Wild),
            PatKind::Binding { sub: Some(sub), .. } => self.lower(*sub),
            PatKind::Or(alts) => alts.iter().flat_map(|&a| self.lower(a)).collect(),
            PatKind::Lit(c) => single(self.const_ctor(c, c, true, ty)),
            PatKind::Range { lo, hi, inclusive } => {
                let lo_c = lo.as_ref().map(|c| self.const_value(c, ty));
                let hi_c = hi.as_ref().map(|c| self.const_value(c, ty));
                let (min, max) = self.int_bounds(ty).unwrap_or((0, 0));
                match (lo_c.unwrap_or(Some(min)), hi_c.unwrap_or(Some(max))) {
                    (Some(l), Some(h)) => {
                        let h = if *inclusive || hi.is_none() { Some(h) } else { h.checked_sub(1) };
                        match h {
                            Some(h) if l <= h => single(Ctor::Range(l, h)),
                            _ => single(Ctor::Opaque),
                        }
                    }
                    _ => single(Ctor::Opaque),
                }
            }
            PatKind::Tuple { pats, rest } => {
                let arity = match fcx.tcx.kind(ty) {
                    TyKind::Tuple(t) => t.len(),
                    _ => pats.len(),
                };
                let fields = spread(pats, *rest, arity);
                self.lower_fields(fields)
                    .into_iter()
                    .map(|f| DPat { ctor: Ctor::Single, fields: f, prefix: 0 })
                    .collect()
            }
            PatKind::Adt { fields, .. } => {
                let variant = fcx.results.variant_indices.get(pat).copied().unwrap_or(0);
                let Some((is_enum, names)) = self.variant_field_names(ty, variant) else { return single(Ctor::Wild) };
                let by_pos: Vec<Option<PatId>> = names
                    .iter()
                    .map(|n| {
                        fields
                            .iter()
                            .find(|f| match f.name {
                                ferrum_hir::hir::FieldName::Named(s) => s == *n,
                                ferrum_hir::hir::FieldName::Index(i) => i.to_string() == n.as_str(),
                            })
                            .map(|f| f.pat)
                    })
                    .collect();
                let ctor = if is_enum { Ctor::Variant(variant) } else { Ctor::Single };
                self.lower_fields(by_pos)
                    .into_iter()
                    .map(|f| DPat { ctor: ctor.clone(), fields: f, prefix: 0 })
                    .collect()
            }
            PatKind::Path(res) => {
                let variant = fcx.results.variant_indices.get(pat).copied();
                match (res, variant) {
                    (_, Some(v)) => {
                        let is_enum = self.variant_field_names(ty, v).is_some_and(|(e, _)| e);
                        single(if is_enum { Ctor::Variant(v) } else { Ctor::Single })
                    }
                    (Res::Def(_), None) => {
                        single(self.const_ctor(&PatConst::Path(*res), &PatConst::Path(*res), true, ty))
                    }
                    _ => single(Ctor::Opaque),
                }
            }
            PatKind::Ref { pat: inner, .. } => self
                .lower(*inner)
                .into_iter()
                .map(|p| DPat { ctor: Ctor::Single, fields: vec![p], prefix: 0 })
                .collect(),
            PatKind::Slice { prefix, rest, suffix } => {
                let written: Vec<Option<PatId>> = prefix.iter().chain(suffix).map(|&p| Some(p)).collect();
                match fcx.tcx.kind(ty) {
                    TyKind::Array(_, n) => {
                        let mut fields: Vec<Option<PatId>> = prefix.iter().map(|&p| Some(p)).collect();
                        let n = fcx.tcx.len_value(n).unwrap_or(0) as usize;
                        let middle = n.saturating_sub(prefix.len() + suffix.len());
                        fields.extend(std::iter::repeat_n(None, middle));
                        fields.extend(suffix.iter().map(|&p| Some(p)));
                        self.lower_fields(fields)
                            .into_iter()
                            .map(|f| DPat { ctor: Ctor::Single, fields: f, prefix: 0 })
                            .collect()
                    }
                    _ => {
                        let len = written.len();
                        let var = rest.is_some();
                        self.lower_fields(written)
                            .into_iter()
                            .map(|f| DPat { ctor: Ctor::Slice { len, var }, fields: f, prefix: prefix.len() })
                            .collect()
                    }
                }
            }
        }
    }

    fn variant_field_names(&self, ty: Ty, variant: u32) -> Option<(bool, Vec<ferrum_span::Symbol>)> {
        let TyKind::Adt(def, _) = self.fcx.tcx.kind(ty) else { return None };
        let adt = self.fcx.items.adts.get(&def)?;
        let v = adt.variants.get(variant as usize)?;
        Some((adt.is_enum(), v.fields.iter().map(|f| f.name).collect()))
    }

    fn const_ctor(&self, c: &PatConst, _same: &PatConst, _exact: bool, ty: Ty) -> Ctor {
        if let PatConst::Lit { lit: Lit::Bool(b), .. } = c {
            return Ctor::Bool(*b);
        }
        match self.const_value(c, ty) {
            Some(v) => Ctor::Range(v, v),
            None => Ctor::Opaque,
        }
    }

    /// The encoded value of an integer/char constant in a pattern.
    fn const_value(&self, c: &PatConst, ty: Ty) -> Option<u128> {
        let raw: i128 = match c {
            PatConst::Lit { lit, negated } => {
                let v: i128 = match lit {
                    Lit::Int(v, _) => i128::try_from(*v).ok().or_else(|| (*v == u128::MAX).then_some(-1))?,
                    Lit::Char(ch) => *ch as i128,
                    Lit::Byte(b) => *b as i128,
                    Lit::Bool(b) => *b as i128,
                    _ => return None,
                };
                if *negated {
                    -v
                } else {
                    v
                }
            }
            PatConst::Path(Res::Def(def)) => match &self.fcx.krate.defs[*def].kind {
                ferrum_hir::hir::DefKind::Const { body: Some(b), .. } => {
                    crate::const_eval::eval_int(self.fcx.krate, *b)?
                }
                _ => return None,
            },
            PatConst::Path(_) => return None,
            PatConst::TypeRelative { name, .. } => match (self.fcx.tcx.kind(ty), name.as_str()) {
                (TyKind::Int(_) | TyKind::Uint(_), "MIN") => return Some(0),
                (TyKind::Int(_) | TyKind::Uint(_), "MAX") => return self.int_bounds(ty).map(|b| b.1),
                _ => return None,
            },
        };
        self.encode(raw, ty)
    }

    /// Maps a value of an integer or char type into an order-preserving `u128`.
    fn encode(&self, v: i128, ty: Ty) -> Option<u128> {
        match self.fcx.tcx.kind(ty) {
            TyKind::Int(i) => {
                let bits = i.bits(64);
                let min = if bits == 128 { i128::MIN } else { -(1i128 << (bits - 1)) };
                Some(v.wrapping_sub(min) as u128)
            }
            TyKind::Uint(_) | TyKind::Char => Some(v as u128),
            _ => None,
        }
    }

    fn int_bounds(&self, ty: Ty) -> Option<(u128, u128)> {
        let bits = match self.fcx.tcx.kind(ty) {
            TyKind::Int(i) => i.bits(64),
            TyKind::Uint(u) => u.bits(64),
            TyKind::Char => return Some((0, 0x10FFFF)),
            _ => return None,
        };
        Some((0, if bits == 128 { u128::MAX } else { (1u128 << bits) - 1 }))
    }

    /// Field types of constructor `ctor` of type `ty`.
    fn ctor_field_tys(&self, ctor: &Ctor, ty: Ty) -> Vec<Ty> {
        let tcx = self.fcx.tcx;
        match (ctor, tcx.kind(ty)) {
            (Ctor::Single, TyKind::Tuple(tys)) => tys.to_vec(),
            (Ctor::Single, TyKind::Ref(t, _)) => vec![t],
            (Ctor::Single, TyKind::Array(t, n)) => vec![t; tcx.len_value(n).unwrap_or(0) as usize],
            (Ctor::Single, TyKind::Adt(def, substs)) => self.variant_tys(def, 0, &substs),
            (Ctor::Variant(v), TyKind::Adt(def, substs)) => self.variant_tys(def, *v, &substs),
            (Ctor::Slice { len, .. }, TyKind::Slice(t)) => vec![t; *len],
            _ => Vec::new(),
        }
    }

    fn variant_tys(&self, def: ferrum_hir::hir::DefId, v: u32, substs: &[Ty]) -> Vec<Ty> {
        let Some(adt) = self.fcx.items.adts.get(&def) else { return Vec::new() };
        let Some(var) = adt.variants.get(v as usize) else { return Vec::new() };
        var.fields.iter().map(|f| self.fcx.tcx.subst(f.ty, substs)).collect()
    }

    /// The constructors to try for a column of type `ty` whose rows use `used`.
    /// `None` means the type has infinitely many (opaque) values.
    fn split_ctors(&self, ty: Ty, used: &[&DPat]) -> Option<Vec<Ctor>> {
        let tcx = self.fcx.tcx;
        match tcx.kind(ty) {
            TyKind::Bool => Some(vec![Ctor::Bool(false), Ctor::Bool(true)]),
            TyKind::Adt(def, _) => {
                let adt = self.fcx.items.adts.get(&def)?;
                if adt.is_enum() {
                    Some((0..adt.variants.len() as u32).map(Ctor::Variant).collect())
                } else {
                    Some(vec![Ctor::Single])
                }
            }
            TyKind::Tuple(_) | TyKind::Ref(..) | TyKind::Array(..) => Some(vec![Ctor::Single]),
            TyKind::Int(_) | TyKind::Uint(_) | TyKind::Char => {
                let (min, max) = self.int_bounds(ty)?;
                let mut points = vec![min];
                for p in used {
                    if let Ctor::Range(lo, hi) = p.ctor {
                        points.push(lo);
                        if hi < max {
                            points.push(hi + 1);
                        }
                    }
                }
                if matches!(tcx.kind(ty), TyKind::Char) {
                    points.push(0xD800);
                    points.push(0xE000);
                }
                points.sort_unstable();
                points.dedup();
                let mut ctors = Vec::new();
                for (i, &start) in points.iter().enumerate() {
                    let end = points.get(i + 1).map_or(max, |&n| n - 1);
                    if matches!(tcx.kind(ty), TyKind::Char) && (0xD800..0xE000).contains(&start) {
                        continue;
                    }
                    ctors.push(Ctor::Range(start, end));
                }
                Some(ctors)
            }
            TyKind::Slice(_) => {
                let max_len = used
                    .iter()
                    .filter_map(|p| match p.ctor {
                        Ctor::Slice { len, .. } => Some(len),
                        _ => None,
                    })
                    .max()
                    .unwrap_or(0);
                let mut ctors: Vec<Ctor> = (0..=max_len).map(|len| Ctor::Slice { len, var: false }).collect();
                ctors.push(Ctor::Slice { len: max_len + 1, var: true });
                Some(ctors)
            }
            TyKind::Never => Some(Vec::new()),
            _ => None,
        }
    }

    /// Whether row-head `pat` covers constructor `ctor` (a split piece).
    fn covers(pat: &DPat, ctor: &Ctor) -> bool {
        match (&pat.ctor, ctor) {
            (Ctor::Wild, _) => true,
            (Ctor::Range(lo, hi), Ctor::Range(a, b)) => lo <= a && b <= hi,
            (Ctor::Slice { len, var: false }, Ctor::Slice { len: l, var: false }) => len == l,
            (Ctor::Slice { len, var: true }, Ctor::Slice { len: l, .. }) => len <= l,
            (a, b) => a == b,
        }
    }

    /// The fields of `pat` when specialised to `ctor` with `arity` fields.
    fn specialize_fields(pat: &DPat, ctor: &Ctor, arity: usize) -> Vec<DPat> {
        match (&pat.ctor, ctor) {
            (Ctor::Wild, _) => vec![DPat::wild(); arity],
            (Ctor::Slice { var: true, .. }, Ctor::Slice { .. }) => {
                let suffix = pat.fields.len() - pat.prefix;
                let mut fields = pat.fields[..pat.prefix].to_vec();
                fields.extend(std::iter::repeat_n(DPat::wild(), arity.saturating_sub(pat.fields.len())));
                fields.extend_from_slice(&pat.fields[pat.fields.len() - suffix..]);
                fields
            }
            _ => {
                let mut f = pat.fields.clone();
                f.resize(arity, DPat::wild());
                f
            }
        }
    }

    /// If `v` is useful with respect to `rows`, a witness: one value per
    /// column that `v` matches and no row does.
    fn useful(&mut self, rows: &[Row], v: &[DPat], tys: &[Ty]) -> Option<Vec<DPat>> {
        self.work += 1;
        if self.work > MAX_WORK {
            return None;
        }
        let Some(head) = v.first() else {
            return rows.is_empty().then(Vec::new);
        };
        let ty = tys[0];
        let heads: Vec<&DPat> = rows.iter().map(|r| &r[0]).collect();
        if head.ctor == Ctor::Wild && heads.iter().all(|h| h.ctor == Ctor::Wild) && !self.is_empty_type(ty) {
            // Nothing to split on: the column can't make `v` useful. Skipping
            // the split keeps `[x; 100_000]` from expanding into its elements.
            let rest: Vec<Row> = rows.iter().map(|r| r[1..].to_vec()).collect();
            return self.useful(&rest, &v[1..], &tys[1..]).map(|mut w| {
                w.insert(0, DPat::wild());
                w
            });
        }
        let ctors = match &head.ctor {
            Ctor::Wild => self.split_ctors(ty, &heads),
            c => {
                let used: Vec<&DPat> = heads.iter().copied().chain(std::iter::once(head)).collect();
                self.split_ctors(ty, &used)
                    .map(|all| all.into_iter().filter(|s| Self::covers(head, s)).collect::<Vec<_>>())
                    .or_else(|| Some(vec![c.clone()]))
            }
        };
        let Some(ctors) = ctors else {
            // Infinitely many values: only wildcard rows cover the column.
            let default: Vec<Row> = rows.iter().filter(|r| r[0].ctor == Ctor::Wild).map(|r| r[1..].to_vec()).collect();
            if head.ctor != Ctor::Wild {
                let specialized: Vec<Row> = rows
                    .iter()
                    .filter(|r| r[0].ctor == Ctor::Wild || (r[0].ctor == head.ctor && head.ctor != Ctor::Opaque))
                    .map(|r| r[1..].to_vec())
                    .collect();
                return self.useful(&specialized, &v[1..], &tys[1..]).map(|mut w| {
                    w.insert(0, head.clone());
                    w
                });
            }
            return self.useful(&default, &v[1..], &tys[1..]).map(|mut w| {
                w.insert(0, DPat::wild());
                w
            });
        };
        for ctor in ctors {
            let field_tys = self.ctor_field_tys(&ctor, ty);
            let arity = field_tys.len();
            let specialized: Vec<Row> = rows
                .iter()
                .filter(|r| Self::covers(&r[0], &ctor))
                .map(|r| {
                    let mut row = Self::specialize_fields(&r[0], &ctor, arity);
                    row.extend_from_slice(&r[1..]);
                    row
                })
                .collect();
            let mut new_v = Self::specialize_fields(head, &ctor, arity);
            new_v.extend_from_slice(&v[1..]);
            let mut new_tys = field_tys;
            new_tys.extend_from_slice(&tys[1..]);
            if let Some(mut w) = self.useful(&specialized, &new_v, &new_tys) {
                let rest = w.split_off(arity);
                let mut out = vec![DPat { ctor, fields: w, prefix: arity }];
                out.extend(rest);
                return Some(out);
            }
        }
        None
    }

    fn is_empty_type(&self, ty: Ty) -> bool {
        match self.fcx.tcx.kind(ty) {
            TyKind::Never => true,
            TyKind::Adt(def, _) => self.fcx.items.adts.get(&def).is_some_and(|a| a.is_enum() && a.variants.is_empty()),
            _ => false,
        }
    }

    /// Renders a witness pattern like rustc (`None`, `Some(_)`, `(false, _)`).
    fn show(&self, pat: &DPat, ty: Ty) -> String {
        let tcx = self.fcx.tcx;
        let tys = self.ctor_field_tys(&pat.ctor, ty);
        let fields: Vec<String> =
            pat.fields.iter().zip(tys.iter().chain(std::iter::repeat(&ty))).map(|(f, &t)| self.show(f, t)).collect();
        match (&pat.ctor, tcx.kind(ty)) {
            (Ctor::Wild | Ctor::Opaque, _) => "_".into(),
            (Ctor::Bool(b), _) => b.to_string(),
            (Ctor::Single, TyKind::Tuple(_)) => format!("({})", fields.join(", ")),
            (Ctor::Single, TyKind::Ref(..)) => format!("&{}", fields.join("")),
            (Ctor::Single, TyKind::Array(..)) => format!("[{}]", fields.join(", ")),
            (Ctor::Slice { var, .. }, _) => {
                let mut f = fields;
                if *var {
                    f.push("..".into());
                }
                format!("[{}]", f.join(", "))
            }
            (Ctor::Single | Ctor::Variant(_), TyKind::Adt(def, _)) => {
                let v = match pat.ctor {
                    Ctor::Variant(v) => v,
                    _ => 0,
                };
                let adt = &self.fcx.items.adts[&def];
                let var = &adt.variants[v as usize];
                let name = if adt.is_enum() {
                    let enum_name = self.fcx.krate.defs[def].name;
                    if self.fcx.krate.defs[def].is_library {
                        var.name.to_string()
                    } else {
                        format!("{enum_name}::{}", var.name)
                    }
                } else {
                    var.name.to_string()
                };
                let named = var.fields.first().is_some_and(|f| f.name.as_str().parse::<u32>().is_err());
                if var.fields.is_empty() {
                    name
                } else if named {
                    let parts: Vec<String> =
                        var.fields.iter().zip(&fields).map(|(f, s)| format!("{}: {s}", f.name)).collect();
                    format!("{name} {{ {} }}", parts.join(", "))
                } else {
                    format!("{name}({})", fields.join(", "))
                }
            }
            (Ctor::Range(lo, hi), _) => {
                let show = |v: u128| self.decode(v, ty);
                if lo == hi {
                    show(*lo)
                } else if Some(*hi) == self.int_bounds(ty).map(|b| b.1) {
                    format!("{}..", show(*lo))
                } else {
                    format!("{}..={}", show(*lo), show(*hi))
                }
            }
            _ => "_".into(),
        }
    }

    fn decode(&self, v: u128, ty: Ty) -> String {
        match self.fcx.tcx.kind(ty) {
            TyKind::Int(i) => {
                let bits = i.bits(64);
                let min = if bits == 128 { i128::MIN } else { -(1i128 << (bits - 1)) };
                let value = (v as i128).wrapping_add(min);
                let max = if bits == 128 { i128::MAX } else { (1i128 << (bits - 1)) - 1 };
                if value == min {
                    format!("{}::MIN", int_name(i))
                } else if value == max {
                    format!("{}::MAX", int_name(i))
                } else {
                    format!("{value}_{}", int_name(i))
                }
            }
            TyKind::Uint(u) => {
                let bits = u.bits(64);
                let max = if bits == 128 { u128::MAX } else { (1u128 << bits) - 1 };
                if v == max {
                    format!("{}::MAX", uint_name(u))
                } else {
                    format!("{v}_{}", uint_name(u))
                }
            }
            TyKind::Char => match char::from_u32(v as u32) {
                Some(c) => format!("{c:?}"),
                None => format!("'\\u{{{v:x}}}'"),
            },
            _ => v.to_string(),
        }
    }
}

fn int_name(i: IntTy) -> &'static str {
    i.name()
}

fn uint_name(u: UintTy) -> &'static str {
    u.name()
}

/// Tuple pattern elements spread over `arity` positions (`..` fills with `None`).
fn spread(pats: &[PatId], rest: Option<usize>, arity: usize) -> Vec<Option<PatId>> {
    match rest {
        None => pats.iter().map(|&p| Some(p)).collect(),
        Some(r) => {
            let after = pats.len() - r;
            let mut out: Vec<Option<PatId>> = pats[..r].iter().map(|&p| Some(p)).collect();
            out.extend(std::iter::repeat_n(None, arity.saturating_sub(pats.len())));
            out.extend(pats[r..].iter().map(|&p| Some(p)));
            let _ = after;
            out
        }
    }
}
