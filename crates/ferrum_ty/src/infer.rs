//! Inference variables and unification.

use crate::ty::{InferKind, InferVar, Ty, TyCtxt, TyKind};

/// A point in the undo log, to undo a tentative unification. Taking one is
/// O(1): snapshots are taken per trait-selection candidate, and copying
/// every binding each time made selection quadratic in a body's variables.
#[derive(Clone)]
pub struct Snapshot {
    undo_len: usize,
}

pub struct InferCtxt<'a> {
    pub tcx: &'a TyCtxt,
    /// Per variable: its binding (another type, possibly a variable) or none.
    values: Vec<Option<Ty>>,
    kinds: Vec<InferKind>,
    /// Every binding change as (variable, previous value), oldest first.
    undo_log: Vec<(u32, Option<Ty>)>,
}

#[derive(Debug)]
pub struct TypeError;

impl<'a> InferCtxt<'a> {
    pub fn new(tcx: &'a TyCtxt) -> InferCtxt<'a> {
        InferCtxt { tcx, values: Vec::new(), kinds: Vec::new(), undo_log: Vec::new() }
    }

    pub fn new_var(&mut self, kind: InferKind) -> Ty {
        let var = InferVar(self.values.len() as u32);
        self.values.push(None);
        self.kinds.push(kind);
        self.tcx.intern(TyKind::Infer(var, kind))
    }

    /// Binds (or with `None` unbinds) `var`, recording the change for rollback.
    fn set(&mut self, var: InferVar, value: Option<Ty>) {
        let old = std::mem::replace(&mut self.values[var.0 as usize], value);
        self.undo_log.push((var.0, old));
    }

    /// Follows variable bindings at the top level only.
    pub fn shallow_resolve(&self, mut ty: Ty) -> Ty {
        loop {
            // Peek without cloning the kind: this runs for nearly every type seen.
            let var = self.tcx.with_kind(ty, |k| match k {
                TyKind::Infer(var, _) => Some(*var),
                _ => None,
            });
            match var {
                Some(var) => match self.values[var.0 as usize] {
                    Some(next) => ty = next,
                    None => return self.root_var_ty(var),
                },
                None => return ty,
            }
        }
    }

    /// An unbound variable's type carrying its current (possibly narrowed) kind.
    fn root_var_ty(&self, var: InferVar) -> Ty {
        self.tcx.intern(TyKind::Infer(var, self.kinds[var.0 as usize]))
    }

    /// Replaces every bound variable, recursively.
    pub fn resolve(&self, ty: Ty) -> Ty {
        self.tcx.fold(ty, &mut |tcx, t| match tcx.kind(t) {
            TyKind::Infer(..) => {
                let r = self.shallow_resolve(t);
                if r == t || matches!(tcx.kind(r), TyKind::Infer(..)) {
                    Some(r)
                } else {
                    Some(self.resolve(r))
                }
            }
            _ => None,
        })
    }

    pub fn is_unresolved_var(&self, ty: Ty) -> bool {
        matches!(self.tcx.kind(self.shallow_resolve(ty)), TyKind::Infer(..))
    }

    pub fn unify(&mut self, a: Ty, b: Ty) -> Result<(), TypeError> {
        let a = self.shallow_resolve(a);
        let b = self.shallow_resolve(b);
        if a == b {
            return Ok(());
        }
        let (ka, kb) = (self.tcx.kind(a), self.tcx.kind(b));
        match (&ka, &kb) {
            // A variable meeting an error becomes the error, so that no
            // "type annotations needed" follows the error that caused it.
            (TyKind::Infer(v, k), TyKind::Error) => {
                let _ = self.bind(*v, *k, b);
                Ok(())
            }
            (TyKind::Error, TyKind::Infer(v, k)) => {
                let _ = self.bind(*v, *k, a);
                Ok(())
            }
            (TyKind::Error, _) | (_, TyKind::Error) => Ok(()),
            (TyKind::Infer(va, ka), TyKind::Infer(vb, kb)) => self.unify_vars(*va, *ka, *vb, *kb),
            (TyKind::Infer(v, k), _) => self.bind(*v, *k, b),
            (_, TyKind::Infer(v, k)) => self.bind(*v, *k, a),
            _ => self.unify_structure(&ka, &kb),
        }
    }

    pub fn snapshot(&self) -> Snapshot {
        Snapshot { undo_len: self.undo_log.len() }
    }

    /// Restores the bindings of `snapshot`, which must be older than every
    /// change since (snapshots nest); variables created since stay
    /// (unbound), so types mentioning them remain valid.
    pub fn rollback_to(&mut self, snapshot: Snapshot) {
        debug_assert!(snapshot.undo_len <= self.undo_log.len(), "rollback to a snapshot already undone");
        while self.undo_log.len() > snapshot.undo_len {
            let Some((var, old)) = self.undo_log.pop() else { break };
            self.values[var as usize] = old;
        }
    }

    /// Unifies only if it succeeds entirely; otherwise leaves no trace.
    /// Used for expectations, which guide inference but are not demands.
    pub fn unify_if_ok(&mut self, a: Ty, b: Ty) -> Result<(), TypeError> {
        let snapshot = self.snapshot();
        let result = self.unify(a, b);
        if result.is_err() {
            self.rollback_to(snapshot);
        }
        result
    }

    fn unify_vars(&mut self, va: InferVar, ka: InferKind, vb: InferVar, kb: InferKind) -> Result<(), TypeError> {
        use InferKind::*;
        let (from, to) = match (ka, kb) {
            (General, _) => (va, vb),
            (_, General) => (vb, va),
            (Int, Int) | (Float, Float) => (va, vb),
            _ => return Err(TypeError),
        };
        let to = self.root_var_ty(to);
        self.set(from, Some(to));
        Ok(())
    }

    fn bind(&mut self, var: InferVar, kind: InferKind, ty: Ty) -> Result<(), TypeError> {
        let ok = match kind {
            InferKind::General => true,
            InferKind::Int => matches!(self.tcx.kind(ty), TyKind::Int(_) | TyKind::Uint(_)),
            InferKind::Float => matches!(self.tcx.kind(ty), TyKind::Float(_)),
        };
        if !ok || self.occurs(var, ty) {
            return Err(TypeError);
        }
        self.set(var, Some(ty));
        Ok(())
    }

    fn occurs(&self, var: InferVar, ty: Ty) -> bool {
        let ty = self.resolve(ty);
        let mut found = false;
        self.tcx.walk(ty, &mut |t| found |= matches!(self.tcx.kind(t), TyKind::Infer(v, _) if v == var));
        found
    }

    fn unify_lists(&mut self, a: &[Ty], b: &[Ty]) -> Result<(), TypeError> {
        if a.len() != b.len() {
            return Err(TypeError);
        }
        a.iter().zip(b).try_for_each(|(&x, &y)| self.unify(x, y))
    }

    fn unify_structure(&mut self, a: &TyKind, b: &TyKind) -> Result<(), TypeError> {
        match (a, b) {
            (TyKind::Tuple(x), TyKind::Tuple(y)) => self.unify_lists(x, y),
            (TyKind::Array(x, n), TyKind::Array(y, m)) => {
                self.unify(*n, *m)?;
                self.unify(*x, *y)
            }
            (TyKind::Slice(x), TyKind::Slice(y)) => self.unify(*x, *y),
            (TyKind::Ref(x, m1), TyKind::Ref(y, m2)) | (TyKind::RawPtr(x, m1), TyKind::RawPtr(y, m2)) if m1 == m2 => {
                self.unify(*x, *y)
            }
            (TyKind::Adt(d1, s1), TyKind::Adt(d2, s2)) | (TyKind::FnDef(d1, s1), TyKind::FnDef(d2, s2)) if d1 == d2 => {
                self.unify_lists(s1, s2)
            }
            (TyKind::FnPtr(f), TyKind::FnPtr(g)) => {
                self.unify_lists(&f.inputs, &g.inputs)?;
                self.unify(f.output, g.output)
            }
            (TyKind::Opaque { def: d1, index: i1, substs: s1 }, TyKind::Opaque { def: d2, index: i2, substs: s2 })
                if d1 == d2 && i1 == i2 =>
            {
                self.unify_lists(s1, s2)
            }
            (
                TyKind::Dynamic { trait_: t1, substs: s1, assoc: a1 },
                TyKind::Dynamic { trait_: t2, substs: s2, assoc: a2 },
            ) if t1 == t2 && a1.len() == a2.len() && a1.iter().zip(a2.iter()).all(|(x, y)| x.0 == y.0) => {
                self.unify_lists(s1, s2)?;
                let (b1, b2): (Vec<Ty>, Vec<Ty>) = a1.iter().zip(a2.iter()).map(|(x, y)| (x.1, y.1)).unzip();
                self.unify_lists(&b1, &b2)
            }
            _ => Err(TypeError),
        }
    }

    /// Binds every unbound integer variable to `i32` and float variable to
    /// `f64`, as rustc's literal fallback does.
    pub fn apply_literal_fallback(&mut self) {
        for i in 0..self.values.len() {
            if self.values[i].is_some() {
                continue;
            }
            let ty = match self.kinds[i] {
                InferKind::Int => self.tcx.i32(),
                InferKind::Float => self.tcx.f64(),
                InferKind::General => continue,
            };
            self.set(InferVar(i as u32), Some(ty));
        }
    }

    /// Whether `ty` (resolved) still mentions an inference variable.
    pub fn has_infer(&self, ty: Ty) -> bool {
        let ty = self.resolve(ty);
        let mut found = false;
        self.tcx.walk(ty, &mut |t| found |= matches!(self.tcx.kind(t), TyKind::Infer(..)));
        found
    }
}
