//! Instances to code, and evaluation of constants and statics by running
//! their MIR bodies once (nested runs on the same frame stack), cached.

use crate::code::{Code, ConstVal};
use crate::glue::{ctor_body, drop_glue_body};
use crate::instance::{InstId, InstanceKey};
use crate::lower::lower_body;
use crate::machine::Machine;
use crate::memory::{AllocKind, Pointer};
use crate::ub::{Res, StopKind};
use ferrum_hir::hir::DefId;
use ferrum_mir::mir::BodyOwner;
use ferrum_span::Span;
use ferrum_ty::ty::{Substs, Ty};

/// Lowers the code of an instance.
pub fn lower_instance(m: &mut Machine<'_>, key: &InstanceKey) -> Result<Code, String> {
    match key {
        InstanceKey::Body(owner, substs) => {
            let name = owner_name(m, *owner);
            let body = m.mir.bodies.get(owner).ok_or_else(|| format!("no MIR body for `{name}`"))?;
            let def = match owner {
                BodyOwner::Fn(d) | BodyOwner::Closure(d, _) => Some(*d),
                _ => None,
            };
            lower_body(m, body, substs, name, def)
        }
        InstanceKey::DropGlue(ty) => {
            let body = drop_glue_body(m, *ty)?;
            let name = format!("drop_in_place::<{}>", m.ty_name(*ty));
            lower_body(m, &body, &Substs::default(), name, None)
        }
        InstanceKey::Shim(shim) => {
            let body = ferrum_mir::shim::build_shim(m.prog, shim)?;
            lower_body(m, &body, &Substs::default(), format!("{shim:?}"), None)
        }
        InstanceKey::Ctor { adt, variant, substs } => {
            let body = ctor_body(m, *adt, *variant, substs)?;
            let name = m.def_name(*adt);
            lower_body(m, &body, &Substs::default(), name, None)
        }
        InstanceKey::VirtualAsFn(method) => {
            Err(format!("unsupported: the trait object method `{}` used as a function pointer", m.def_name(*method)))
        }
    }
}

fn owner_name(m: &Machine<'_>, owner: BodyOwner) -> String {
    match owner {
        BodyOwner::Fn(d) | BodyOwner::Const(d) | BodyOwner::Static(d) => m.def_name(d),
        BodyOwner::Closure(d, _) => format!("{}::{{closure}}", m.def_name(d)),
        BodyOwner::Promoted(d, _) => format!("{}::{{promoted}}", m.def_name(d)),
        BodyOwner::AnonConst(_) => "{constant}".to_string(),
    }
}

impl Machine<'_> {
    /// Runs instance `id` (which takes no arguments) to completion and
    /// returns its return value's bytes.
    pub fn call_nested(&mut self, id: InstId) -> Res<crate::alloc::Bytes> {
        let code = self.code_of(id)?;
        let depth = self.frames.len();
        self.push_frame(code, id)?;
        self.run_until(depth)?;
        Ok(self.ret_value.take().unwrap_or_default())
    }

    /// The value of a `const` item or anonymous constant, evaluated once.
    pub fn eval_const(&mut self, owner: BodyOwner, substs: ferrum_ty::ty::Substs) -> Result<ConstVal, String> {
        // A trait's associated const is its impl's (or the trait's default).
        let (owner, substs) = match owner {
            BodyOwner::Const(def) => match self.prog.resolve_instance(def, &substs) {
                ferrum_ty::traits::Instance::Item(def, substs) => (BodyOwner::Const(def), substs),
                _ => (owner, substs),
            },
            _ => (owner, substs),
        };
        let key = (owner, substs);
        if let Some(v) = self.consts.get(&key) {
            return Ok(v.clone());
        }
        let id = self.instances.intern(InstanceKey::Body(owner, key.1.clone()));
        let bytes = self.call_nested(id).map_err(|e| self.describe_stop(e, "evaluating a constant"))?;
        let v = ConstVal { bytes };
        self.consts.insert(key, v.clone());
        Ok(v)
    }

    /// The address of a static, initialising it on first use.
    pub fn static_ptr(&mut self, def: DefId) -> Result<Pointer, String> {
        let ty = self.prog.items.value_tys.get(&def).copied();
        let span = self.prog.krate.defs[def].span;
        self.static_memory(BodyOwner::Static(def), ty, span)
    }

    /// The address of the static a constant of type `ty` was promoted to
    /// ([`BodyOwner::Promoted`]), initialising it on first use.
    pub fn promoted_ptr(&mut self, item: DefId, expr: u32, ty: Ty) -> Result<Pointer, String> {
        let span = self.prog.krate.defs[item].span;
        self.static_memory(BodyOwner::Promoted(item, expr), Some(ty), span)
    }

    /// The memory of a static or promoted constant: its initialiser's
    /// value, computed once.
    fn static_memory(&mut self, owner: BodyOwner, ty: Option<Ty>, span: Span) -> Result<Pointer, String> {
        if let Some(&p) = self.statics.get(&owner) {
            if p.prov == 0 {
                return Err(format!("the initialiser of static `{}` refers to itself", owner_name(self, owner)));
            }
            return Ok(p);
        }
        self.statics.insert(owner, Pointer::default());
        let align = ty.and_then(|t| self.layout(t).ok()).map_or(8, |l| l.align);
        let id = self.instances.intern(InstanceKey::Body(owner, std::rc::Rc::new([])));
        let bytes = match self.call_nested(id) {
            Ok(b) => b,
            Err(e) => {
                self.statics.remove(&owner);
                return Err(self.describe_stop(e, "initialising a static"));
            }
        };
        let p = self.mem.allocate_bytes(bytes, align, AllocKind::Static, span);
        self.statics.insert(owner, p);
        Ok(p)
    }

    fn describe_stop(&mut self, e: crate::ub::Stop, what: &str) -> String {
        match *e.0 {
            StopKind::Ub(u) => format!("undefined behavior while {what}: {}: {}", u.kind.name(), u.details),
            StopKind::Panic => format!("panic while {what}"),
            StopKind::Exit(c) => format!("process exit ({c}) while {what}"),
            StopKind::Exhausted(m) | StopKind::Error(m) => m,
        }
    }
}
