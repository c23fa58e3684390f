//! Rust-style names of types (`&[i32]`, `(u8, bool)`, `Option<i32>`) for
//! messages and backtraces.

use crate::machine::Machine;
use ferrum_hir::hir::Mutability;
use ferrum_ty::ty::{FloatTy, Ty, TyKind};

pub fn ty_name(m: &Machine<'_>, ty: Ty) -> String {
    let list = |tys: &[Ty]| tys.iter().map(|&t| ty_name(m, t)).collect::<Vec<_>>().join(", ");
    let generic = |name: String, substs: &[Ty]| {
        if substs.is_empty() {
            name
        } else {
            format!("{name}<{}>", list(substs))
        }
    };
    match m.tcx.kind(ty) {
        TyKind::Bool => "bool".into(),
        TyKind::Char => "char".into(),
        TyKind::Int(i) => i.name().into(),
        TyKind::Uint(u) => u.name().into(),
        TyKind::Float(FloatTy::F32) => "f32".into(),
        TyKind::Float(FloatTy::F64) => "f64".into(),
        TyKind::Str => "str".into(),
        TyKind::Never => "!".into(),
        TyKind::Tuple(tys) if tys.len() == 1 => format!("({},)", ty_name(m, tys[0])),
        TyKind::Tuple(tys) => format!("({})", list(&tys)),
        TyKind::Array(t, n) => format!("[{}; {}]", ty_name(m, t), ty_name(m, n)),
        TyKind::ConstValue(v) => v.to_string(),
        TyKind::Slice(t) => format!("[{}]", ty_name(m, t)),
        TyKind::Ref(t, Mutability::Not) => format!("&{}", ty_name(m, t)),
        TyKind::Ref(t, Mutability::Mut) => format!("&mut {}", ty_name(m, t)),
        TyKind::RawPtr(t, Mutability::Not) => format!("*const {}", ty_name(m, t)),
        TyKind::RawPtr(t, Mutability::Mut) => format!("*mut {}", ty_name(m, t)),
        TyKind::Adt(def, substs) => generic(m.prog.krate.defs[def].name.as_str().to_string(), &substs),
        TyKind::FnDef(def, _) => format!("fn item `{}`", m.def_name(def)),
        TyKind::FnPtr(sig) => format!("fn({}) -> {}", list(&sig.inputs), ty_name(m, sig.output)),
        TyKind::Closure { owner, .. } => format!("{{closure in {}}}", m.def_name(owner)),
        TyKind::Dynamic { trait_, substs, .. } => {
            format!("dyn {}", generic(m.prog.krate.defs[trait_].name.as_str().to_string(), &substs))
        }
        TyKind::Param { name, .. } => name.as_str().into(),
        TyKind::Projection { name, .. } => format!("<projection>::{name}"),
        TyKind::Opaque { .. } => "impl Trait".into(),
        TyKind::Infer(..) => "_".into(),
        TyKind::Error => "{error}".into(),
    }
}
