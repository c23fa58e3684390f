//! Places and types as rustc's borrow checker names them in messages:
//! `s.b`, `*r`, `self.items` (auto-dereferenced), `a[_]`.

use crate::BodyCx;
use ferrum_mir::mir::{Place, PlaceElem};
use ferrum_mir::place_ty::place_ty;
use ferrum_ty::ty::{Ty, TyKind};

/// The user's name for `place`, or `None` when it is rooted in a
/// temporary or goes through an enum variant (rustc says "value" then).
pub(crate) fn describe(cx: &BodyCx, place: &Place) -> Option<String> {
    if place.projection.iter().any(|e| matches!(e, PlaceElem::Downcast(_))) {
        return None;
    }
    let mut text = cx.body.locals[place.local.index()].name?.to_string();
    let mut ty = cx.body.local_ty(place.local);
    let elems = &place.projection;
    for (i, elem) in elems.iter().enumerate() {
        match elem {
            PlaceElem::Deref => {
                // `(*r).f` reads as `r.f`, as written with auto-deref.
                if !matches!(elems.get(i + 1), Some(PlaceElem::Field(..))) {
                    text = format!("*{text}");
                }
            }
            PlaceElem::Field(f, _) => {
                text.push('.');
                text.push_str(&field_name(cx, ty, *f));
            }
            PlaceElem::Index(_) => text.push_str("[_]"),
            PlaceElem::ConstantIndex { offset, from_end: false } => text.push_str(&format!("[{offset}]")),
            PlaceElem::ConstantIndex { .. } | PlaceElem::Subslice { .. } => text.push_str("[..]"),
            PlaceElem::Downcast(_) => {}
        }
        let prefix = Place { local: place.local, projection: elems[..=i].to_vec() };
        ty = place_ty(cx.mcx, &cx.body.locals, &prefix);
    }
    Some(text)
}

/// The name of field `index` of `ty`: a struct field's name, or the
/// position in a tuple.
fn field_name(cx: &BodyCx, ty: Ty, index: u32) -> String {
    if let TyKind::Adt(def, _) = cx.mcx.tcx().kind(ty) {
        let field = cx
            .program
            .items
            .adts
            .get(&def)
            .and_then(|adt| adt.variants.first()?.fields.get(index as usize).map(|f| f.name));
        if let Some(name) = field {
            return name.to_string();
        }
    }
    index.to_string()
}

/// `ty` as rustc prints it in diagnostics.
pub(crate) fn ty_string(cx: &BodyCx, ty: Ty) -> String {
    ferrum_ty::display::ty_to_string(cx.mcx.tcx(), &cx.program.krate, ty)
}
