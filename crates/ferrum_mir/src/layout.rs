//! The one layout module every backend uses: size, alignment and field
//! offsets of monomorphic types on a 64-bit little-endian target, plus the
//! tag encoding of enums.
//!
//! The rules follow rustc closely enough that `size_of`/`align_of` agree
//! with it for primitives, tuples, arrays, structs and enums:
//! - structs and tuples reorder fields by descending alignment (stable), so
//!   padding is minimal; enum variants place their fields after the tag in
//!   ascending alignment, as rustc does for "prefixed" layouts;
//! - an enum tag is the smallest integer that holds every discriminant
//!   (signed when a discriminant is negative), and stores the discriminant;
//! - an enum whose variants other than one carry no data uses a niche of
//!   that variant instead of a tag when it is smaller (`Option<&T>` is 8
//!   bytes, `Option<bool>` 1, `Option<char>` 4);
//! - wide pointers (`&str`, `&[T]`, `&dyn Trait`) are a data pointer and
//!   then the length or vtable pointer, 16 bytes.
//!
//! Layouts are cached per [`Ty`]; asking for the layout of a generic or
//! unsized-in-a-sized-position type is an error, never a panic.

use ferrum_hir::hir::{AdtKind, DefId, Repr};
use ferrum_ty::items::ItemTables;
use ferrum_ty::ty::{FloatTy, IntTy, Ty, TyCtxt, TyKind, UintTy};
use rustc_hash::{FxHashMap, FxHashSet};
use std::cell::RefCell;
use std::rc::Rc;

/// Size of a thin pointer and of `usize` in bytes.
pub const POINTER_SIZE: u64 = 8;

/// Why a layout could not be computed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LayoutError {
    /// The type still mentions generic parameters, projections or inference variables.
    NotMonomorphic(Ty),
    /// A type that contains itself without indirection.
    Recursive(Ty),
    /// The size does not fit the target's address space.
    TooLarge(Ty),
    /// A closure whose captures are unknown to this context.
    UnknownClosure(Ty),
}

/// A niche: a scalar field with invalid bit patterns that an enum can use
/// to encode its other variants.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Niche {
    pub offset: u64,
    /// Size of the scalar in bytes.
    pub size: u8,
    /// Valid values are `valid_start..=valid_end`, wrapping around at `size`.
    pub valid_start: u128,
    pub valid_end: u128,
}

impl Niche {
    fn mask(&self) -> u128 {
        size_mask(self.size as u64)
    }

    /// How many invalid values the scalar has.
    pub fn available(&self) -> u128 {
        self.valid_start.wrapping_sub(self.valid_end).wrapping_sub(1) & self.mask()
    }

    /// Reserves `count` invalid values after `valid_end`; returns the first
    /// reserved value and the niche left over.
    fn reserve(&self, count: u128) -> Option<(u128, Niche)> {
        if count == 0 || count > self.available() {
            return None;
        }
        let start = self.valid_end.wrapping_add(1) & self.mask();
        let end = self.valid_end.wrapping_add(count) & self.mask();
        Some((start, Niche { valid_end: end, ..*self }))
    }

    fn shifted(self, by: u64) -> Niche {
        Niche { offset: self.offset + by, ..self }
    }
}

/// How the fields of a layout are placed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldsShape {
    /// Scalars and pointers: no fields.
    Primitive,
    /// All fields at offset 0.
    Union(usize),
    /// Arrays and slices (`count` is 0 for slices and `str`).
    Array { stride: u64, count: u64 },
    /// Structs, tuples, closures and the variant of a single-variant enum:
    /// offsets in declaration order.
    Arbitrary { offsets: Vec<u64> },
}

/// Where and how an enum stores which variant it holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TagLayout {
    pub offset: u64,
    /// Size of the tag integer in bytes (1, 2, 4, 8 or 16).
    pub size: u8,
    pub signed: bool,
    pub encoding: TagEncoding,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TagEncoding {
    /// The tag holds the variant's discriminant (truncated to the tag size).
    Direct,
    /// The tag is a niche inside `untagged_variant`'s data; variant
    /// `niche_variants.0 + i` is stored as `niche_start + i` (wrapping).
    Niche { untagged_variant: u32, niche_variants: (u32, u32), niche_start: u128 },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Variants {
    /// Structs, tuples, single-variant enums: `index` is the only variant.
    Single { index: u32 },
    /// Enums with a tag.
    Multiple { tag: TagLayout, variants: Vec<VariantLayout> },
}

/// Field offsets of one enum variant (relative to the start of the enum).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VariantLayout {
    pub offsets: Vec<u64>,
    pub size: u64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Layout {
    pub size: u64,
    pub align: u64,
    pub fields: FieldsShape,
    pub variants: Variants,
    /// The niche with most invalid values, if any.
    pub niche: Option<Niche>,
    /// `str`, `[T]`, `dyn Trait`: `size` is the size of the sized prefix.
    pub is_unsized: bool,
    /// No value of this type exists (`!`, empty enums, tuples containing `!`).
    pub uninhabited: bool,
    /// Discriminant value of each variant (enums only; empty otherwise).
    pub discrs: Vec<i128>,
}

impl Layout {
    fn scalar(size: u64, niche: Option<(u128, u128)>) -> Layout {
        Layout {
            size,
            align: size.max(1),
            fields: FieldsShape::Primitive,
            variants: Variants::Single { index: 0 },
            niche: niche.map(|(s, e)| Niche { offset: 0, size: size as u8, valid_start: s, valid_end: e }),
            is_unsized: false,
            uninhabited: false,
            discrs: Vec::new(),
        }
    }

    fn zst(align: u64) -> Layout {
        Layout { align, ..Layout::scalar(0, None) }
    }

    pub fn is_zst(&self) -> bool {
        self.size == 0 && !self.is_unsized
    }

    /// Offset of field `field` (of variant `variant` for enums).
    pub fn field_offset(&self, variant: Option<u32>, field: u32) -> u64 {
        if let (Some(v), Variants::Multiple { variants, .. }) = (variant, &self.variants) {
            return variants[v as usize].offsets.get(field as usize).copied().unwrap_or(0);
        }
        match &self.fields {
            FieldsShape::Arbitrary { offsets } => offsets.get(field as usize).copied().unwrap_or(0),
            FieldsShape::Array { stride, .. } => stride * field as u64,
            FieldsShape::Union(_) | FieldsShape::Primitive => 0,
        }
    }

    /// The tag bits to store for `variant`, or `None` when nothing is
    /// stored (single-variant layouts and the untagged variant of a niche).
    pub fn tag_value(&self, variant: u32) -> Option<u128> {
        let Variants::Multiple { tag, .. } = &self.variants else {
            return None;
        };
        match tag.encoding {
            TagEncoding::Direct => Some(self.discrs[variant as usize] as u128 & size_mask(tag.size as u64)),
            TagEncoding::Niche { untagged_variant, niche_variants: (lo, hi), niche_start } => {
                if variant == untagged_variant || variant < lo || variant > hi {
                    return None;
                }
                Some(niche_start.wrapping_add((variant - lo) as u128) & size_mask(tag.size as u64))
            }
        }
    }

    /// The variant encoded by tag bits `tag_bits` (zero-extended), or `None`
    /// for an invalid tag.
    pub fn variant_of_tag(&self, tag_bits: u128) -> Option<u32> {
        let Variants::Multiple { tag, .. } = &self.variants else {
            return Some(0);
        };
        let mask = size_mask(tag.size as u64);
        match tag.encoding {
            TagEncoding::Direct => {
                self.discrs.iter().position(|&d| d as u128 & mask == tag_bits & mask).map(|i| i as u32)
            }
            TagEncoding::Niche { untagged_variant, niche_variants: (lo, hi), niche_start } => {
                let rel = tag_bits.wrapping_sub(niche_start) & mask;
                if rel <= (hi - lo) as u128 {
                    return Some(lo + rel as u32);
                }
                Some(untagged_variant)
            }
        }
    }

    /// The discriminant of `variant`, or `variant` itself for non-enums.
    pub fn discr_of(&self, variant: u32) -> i128 {
        self.discrs.get(variant as usize).copied().unwrap_or(variant as i128)
    }

    pub fn variant_count(&self) -> usize {
        match &self.variants {
            Variants::Single { .. } => 1,
            Variants::Multiple { variants, .. } => variants.len(),
        }
    }
}

/// A mask of the low `size` bytes.
pub fn size_mask(size: u64) -> u128 {
    if size >= 16 {
        u128::MAX
    } else {
        (1u128 << (size * 8)) - 1
    }
}

fn align_to(n: u64, align: u64) -> u64 {
    n.div_ceil(align) * align
}

/// Computes and caches layouts.
pub struct LayoutCx<'a> {
    pub tcx: &'a TyCtxt,
    pub items: &'a ItemTables,
    cache: RefCell<FxHashMap<Ty, Rc<Layout>>>,
    in_progress: RefCell<FxHashSet<Ty>>,
    /// Capture types of each closure expression, in the owner's generic terms.
    closure_upvars: FxHashMap<(DefId, u32), Vec<Ty>>,
    /// ADTs whose first scalar is never null (`NonNull`), marked by the library.
    non_null: FxHashSet<DefId>,
    /// Resolves associated-type projections in substituted field types
    /// (`Option<I::Item>` in a generic struct).
    normalizer: Option<Box<dyn Fn(Ty) -> Ty + 'a>>,
}

impl<'a> LayoutCx<'a> {
    pub fn new(tcx: &'a TyCtxt, items: &'a ItemTables) -> LayoutCx<'a> {
        LayoutCx {
            tcx,
            items,
            cache: RefCell::default(),
            in_progress: RefCell::default(),
            closure_upvars: FxHashMap::default(),
            non_null: FxHashSet::default(),
            normalizer: None,
        }
    }

    /// Supplies the capture types of closures (see [`TyKind::Closure`]).
    pub fn with_closure_upvars(mut self, upvars: FxHashMap<(DefId, u32), Vec<Ty>>) -> LayoutCx<'a> {
        self.closure_upvars = upvars;
        self
    }

    /// Sets how projections in field types are resolved.
    pub fn with_normalizer(mut self, normalize: impl Fn(Ty) -> Ty + 'a) -> LayoutCx<'a> {
        self.normalizer = Some(Box::new(normalize));
        self
    }

    /// `ty` substituted with `substs`, projections resolved.
    fn subst(&self, ty: Ty, substs: &[Ty]) -> Ty {
        let t = self.tcx.subst(ty, substs);
        match &self.normalizer {
            Some(normalize) => normalize(t),
            None => t,
        }
    }

    /// Marks ADTs (such as the library's `NonNull`) whose pointer is never null.
    pub fn with_non_null(mut self, adts: impl IntoIterator<Item = DefId>) -> LayoutCx<'a> {
        self.non_null.extend(adts);
        self
    }

    /// The layout of a monomorphic type.
    pub fn layout_of(&self, ty: Ty) -> Result<Rc<Layout>, LayoutError> {
        if let Some(l) = self.cache.borrow().get(&ty) {
            return Ok(l.clone());
        }
        if !self.in_progress.borrow_mut().insert(ty) {
            return Err(LayoutError::Recursive(ty));
        }
        let result = self.compute(ty);
        self.in_progress.borrow_mut().remove(&ty);
        let layout = Rc::new(result?);
        self.cache.borrow_mut().insert(ty, layout.clone());
        Ok(layout)
    }

    /// The capture types of a closure type, substituted.
    pub fn closure_upvar_tys(&self, ty: Ty) -> Option<Vec<Ty>> {
        let TyKind::Closure { owner, expr, substs } = self.tcx.kind(ty) else {
            return None;
        };
        let tys = self.closure_upvars.get(&(owner, expr))?;
        Some(tys.iter().map(|&t| self.subst(t, &substs)).collect())
    }

    /// The field types of `variant` of a struct, enum, union, tuple or closure.
    pub fn field_tys(&self, ty: Ty, variant: u32) -> Vec<Ty> {
        match self.tcx.kind(ty) {
            TyKind::Tuple(tys) => tys.to_vec(),
            TyKind::Adt(def, substs) => self.items.adts.get(&def).map_or(Vec::new(), |adt| {
                adt.variants
                    .get(variant as usize)
                    .map_or(Vec::new(), |v| v.fields.iter().map(|f| self.subst(f.ty, &substs)).collect())
            }),
            TyKind::Closure { .. } => self.closure_upvar_tys(ty).unwrap_or_default(),
            _ => Vec::new(),
        }
    }

    /// Whether a pointer to `pointee` carries metadata (length or vtable).
    pub fn is_wide_pointee(&self, pointee: Ty) -> bool {
        match self.tcx.kind(pointee) {
            TyKind::Str | TyKind::Slice(_) | TyKind::Dynamic { .. } => true,
            TyKind::Adt(..) => self.unsized_tail(pointee).is_some(),
            _ => false,
        }
    }

    /// The unsized type at the end of `ty` (itself for `str`, `[T]`, `dyn`).
    pub fn unsized_tail(&self, ty: Ty) -> Option<Ty> {
        let mut ty = ty;
        for _ in 0..64 {
            match self.tcx.kind(ty) {
                TyKind::Str | TyKind::Slice(_) | TyKind::Dynamic { .. } => return Some(ty),
                TyKind::Adt(_, _) => {
                    let fields = self.field_tys(ty, 0);
                    ty = *fields.last()?;
                }
                _ => return None,
            }
        }
        None
    }

    fn compute(&self, ty: Ty) -> Result<Layout, LayoutError> {
        let kind = self.tcx.kind(ty);
        Ok(match kind {
            TyKind::Bool => Layout::scalar(1, Some((0, 1))),
            TyKind::Char => Layout::scalar(4, Some((0, 0x10FFFF))),
            TyKind::Int(i) => Layout::scalar(int_size(i), None),
            TyKind::Uint(u) => Layout::scalar(uint_size(u), None),
            TyKind::Float(FloatTy::F32) => Layout::scalar(4, None),
            TyKind::Float(FloatTy::F64) => Layout::scalar(8, None),
            TyKind::Never => Layout { uninhabited: true, ..Layout::zst(1) },
            TyKind::FnDef(..) => Layout::zst(1),
            TyKind::FnPtr(_) => Layout::scalar(8, Some((1, u64::MAX as u128))),
            TyKind::Ref(pointee, _) | TyKind::RawPtr(pointee, _) => {
                let non_null = matches!(kind, TyKind::Ref(..)).then_some((1, u64::MAX as u128));
                if self.is_wide_pointee(pointee) {
                    let offsets = vec![0, 8];
                    let niche = non_null.map(|(s, e)| Niche { offset: 0, size: 8, valid_start: s, valid_end: e });
                    Layout { fields: FieldsShape::Arbitrary { offsets }, niche, ..Layout::scalar(16, None) }
                        .with_align(8)
                } else {
                    Layout::scalar(8, non_null)
                }
            }
            TyKind::Str => self.unsized_array(1, 1),
            TyKind::Slice(elem) => {
                let e = self.layout_of(elem)?;
                self.unsized_array(e.size, e.align)
            }
            TyKind::Dynamic { .. } => Layout { is_unsized: true, ..Layout::zst(1) },
            TyKind::Array(elem, n) => {
                let n = self.tcx.len_value(n).ok_or(LayoutError::NotMonomorphic(ty))?;
                let e = self.layout_of(elem)?;
                let size = e.size.checked_mul(n).filter(|&s| s < 1 << 47).ok_or(LayoutError::TooLarge(ty))?;
                Layout {
                    size,
                    align: e.align,
                    fields: FieldsShape::Array { stride: e.size, count: n },
                    niche: if n > 0 { e.niche } else { None },
                    uninhabited: n > 0 && e.uninhabited,
                    ..Layout::zst(e.align)
                }
            }
            TyKind::Tuple(tys) => self.univariant(&tys, false)?,
            TyKind::Closure { .. } => {
                let tys = self.closure_upvar_tys(ty).ok_or(LayoutError::UnknownClosure(ty))?;
                self.univariant(&tys, false)?
            }
            TyKind::Adt(def, _) => self.adt(ty, def)?,
            TyKind::Param { .. }
            | TyKind::Projection { .. }
            | TyKind::Opaque { .. }
            | TyKind::ConstValue(_)
            | TyKind::Infer(..)
            | TyKind::Error => return Err(LayoutError::NotMonomorphic(ty)),
        })
    }

    fn unsized_array(&self, stride: u64, align: u64) -> Layout {
        Layout { fields: FieldsShape::Array { stride, count: 0 }, is_unsized: true, ..Layout::zst(align) }
    }

    fn field_layouts(&self, tys: &[Ty]) -> Result<Vec<Rc<Layout>>, LayoutError> {
        tys.iter().map(|&t| self.layout_of(t)).collect()
    }

    /// A struct-like layout; `keep_order` for the unsized-tail case.
    fn univariant(&self, tys: &[Ty], keep_order: bool) -> Result<Layout, LayoutError> {
        let fields = self.field_layouts(tys)?;
        let (offsets, size, align, niche) = place_fields(&fields, 0, 1, keep_order, false);
        let last_unsized = fields.last().is_some_and(|f| f.is_unsized);
        Ok(Layout {
            size: if last_unsized { size } else { align_to(size, align) },
            align,
            fields: FieldsShape::Arbitrary { offsets },
            niche,
            is_unsized: last_unsized,
            uninhabited: fields.iter().any(|f| f.uninhabited),
            ..Layout::zst(align)
        })
    }

    fn adt(&self, ty: Ty, def: DefId) -> Result<Layout, LayoutError> {
        let Some(adt) = self.items.adts.get(&def) else {
            return Err(LayoutError::NotMonomorphic(ty));
        };
        let layout = match adt.kind {
            AdtKind::Struct => {
                let tys = self.field_tys(ty, 0);
                let unsized_tail =
                    tys.last().is_some_and(|&t| self.tcx.is_unsized(t) || self.unsized_tail(t).is_some());
                let mut layout = self.univariant(&tys, unsized_tail || adt.repr.c)?;
                if self.non_null.contains(&def) && layout.size == 8 {
                    layout.niche = Some(Niche { offset: 0, size: 8, valid_start: 1, valid_end: u64::MAX as u128 });
                }
                layout
            }
            AdtKind::Union => {
                let fields = self.field_layouts(&self.field_tys(ty, 0))?;
                let align = fields.iter().map(|f| f.align).max().unwrap_or(1);
                let size = align_to(fields.iter().map(|f| f.size).max().unwrap_or(0), align);
                Layout { size, fields: FieldsShape::Union(fields.len()), ..Layout::zst(align) }
            }
            AdtKind::Enum => self.enum_layout(ty, adt.variants.iter().map(|v| v.discr).collect(), adt.repr)?,
        };
        Ok(match adt.repr.align {
            Some(min) if min > layout.align && !layout.is_unsized => {
                Layout { size: align_to(layout.size, min), ..layout.with_align(min) }
            }
            _ => layout,
        })
    }

    fn enum_layout(&self, ty: Ty, discrs: Vec<i128>, repr: Repr) -> Result<Layout, LayoutError> {
        let variants: Vec<Vec<Rc<Layout>>> =
            (0..discrs.len()).map(|v| self.field_layouts(&self.field_tys(ty, v as u32))).collect::<Result<_, _>>()?;
        if variants.is_empty() {
            return Ok(Layout { uninhabited: true, discrs, ..Layout::zst(1) });
        }
        if let Some(tag) = explicit_tag(repr) {
            return Ok(tagged_layout(&variants, &discrs, tag, Some(repr.c)));
        }
        if variants.len() == 1 {
            let (offsets, size, align, niche) = place_fields(&variants[0], 0, 1, false, false);
            return Ok(Layout {
                size: align_to(size, align),
                fields: FieldsShape::Arbitrary { offsets },
                niche,
                uninhabited: variants[0].iter().any(|f| f.uninhabited),
                discrs,
                ..Layout::zst(align)
            });
        }
        let tagged = tagged_layout(&variants, &discrs, discr_int(&discrs), None);
        let best = match niche_layout(&variants, &discrs) {
            Some(niche) => {
                let avail = |l: &Layout| l.niche.map_or(0, |n| n.available());
                if niche.size < tagged.size || (niche.size == tagged.size && avail(&tagged) < avail(&niche)) {
                    niche
                } else {
                    tagged
                }
            }
            None => tagged,
        };
        Ok(best)
    }
}

impl Layout {
    fn with_align(mut self, align: u64) -> Layout {
        self.align = align;
        self
    }
}

fn int_size(i: IntTy) -> u64 {
    i.bits(64) as u64 / 8
}

fn uint_size(u: UintTy) -> u64 {
    u.bits(64) as u64 / 8
}

/// Places `fields` after a prefix of `start` bytes. Returns offsets in
/// declaration order, the unpadded end, the alignment and the largest niche.
/// Fields go in descending alignment (structs) or ascending alignment
/// (`prefixed`: enum variants after their tag), stable among equals.
fn place_fields(
    fields: &[Rc<Layout>],
    start: u64,
    min_align: u64,
    keep_order: bool,
    prefixed: bool,
) -> (Vec<u64>, u64, u64, Option<Niche>) {
    let mut order: Vec<usize> = (0..fields.len()).collect();
    if !keep_order {
        if prefixed {
            order.sort_by_key(|&i| fields[i].align);
        } else {
            order.sort_by_key(|&i| std::cmp::Reverse(fields[i].align));
        }
    }
    let mut offsets = vec![0; fields.len()];
    let mut end = start;
    let mut align = min_align;
    let mut niche: Option<Niche> = None;
    for i in order {
        let f = &fields[i];
        end = align_to(end, f.align);
        offsets[i] = end;
        if let Some(n) = f.niche {
            if niche.is_none_or(|best| n.available() > best.available()) {
                niche = Some(n.shifted(end));
            }
        }
        end += f.size;
        align = align.max(f.align);
    }
    (offsets, end, align, niche)
}

/// The smallest integer holding every discriminant: (size in bytes, signed).
fn discr_int(discrs: &[i128]) -> (u8, bool) {
    let min = discrs.iter().copied().min().unwrap_or(0);
    let max = discrs.iter().copied().max().unwrap_or(0);
    if min >= 0 {
        let max = max as u128;
        let size = [1u8, 2, 4, 8].into_iter().find(|&s| max <= size_mask(s as u64)).unwrap_or(16);
        (size, false)
    } else {
        let fits = |s: u8| {
            let bits = s as u32 * 8;
            let lo = -(1i128 << (bits - 1));
            let hi = (1i128 << (bits - 1)) - 1;
            min >= lo && max <= hi
        };
        ([1u8, 2, 4, 8].into_iter().find(|&s| fits(s)).unwrap_or(16), true)
    }
}

/// The tag of an enum with `repr(C)` or `repr(<int>)`: (size in bytes,
/// signed). A C enum's tag is an `int`.
fn explicit_tag(repr: Repr) -> Option<(u8, bool)> {
    use ferrum_hir::hir::PrimTy::*;
    match repr.int {
        Some(I8) => Some((1, true)),
        Some(U8) => Some((1, false)),
        Some(I16) => Some((2, true)),
        Some(U16) => Some((2, false)),
        Some(I32) => Some((4, true)),
        Some(U32) => Some((4, false)),
        Some(I64 | Isize) => Some((8, true)),
        Some(U64 | Usize) => Some((8, false)),
        Some(I128) => Some((16, true)),
        Some(U128) => Some((16, false)),
        _ if repr.c => Some((4, true)),
        _ => None,
    }
}

/// A tag, then each variant's fields. `declared_order` is set for an enum
/// with an explicit `repr`: each variant is then a C struct after the tag
/// (`Some(false)`), or, for `repr(C)`, all variants form a C union placed
/// after the tag (`Some(true)`).
fn tagged_layout(
    variants: &[Vec<Rc<Layout>>],
    discrs: &[i128],
    (tag_size, signed): (u8, bool),
    declared_order: Option<bool>,
) -> Layout {
    let tag_bytes = tag_size as u64;
    let union_align = variants.iter().flatten().map(|f| f.align).max().unwrap_or(1);
    let start = if declared_order == Some(true) { align_to(tag_bytes, union_align) } else { tag_bytes };
    let mut align = tag_bytes;
    let mut size = tag_bytes;
    let mut vlayouts = Vec::new();
    for fields in variants {
        let (offsets, end, valign, _) = place_fields(fields, start, tag_bytes, declared_order.is_some(), true);
        align = align.max(valign);
        size = size.max(end);
        vlayouts.push(VariantLayout { offsets, size: end });
    }
    let size = align_to(size, align);
    let mask = size_mask(tag_bytes);
    let min = discrs.iter().copied().min().unwrap_or(0) as u128 & mask;
    let max = discrs.iter().copied().max().unwrap_or(0) as u128 & mask;
    Layout {
        size,
        align,
        fields: FieldsShape::Arbitrary { offsets: vec![0] },
        variants: Variants::Multiple {
            tag: TagLayout { offset: 0, size: tag_size, signed, encoding: TagEncoding::Direct },
            variants: vlayouts,
        },
        niche: Some(Niche { offset: 0, size: tag_size, valid_start: min, valid_end: max }),
        is_unsized: false,
        uninhabited: false,
        discrs: discrs.to_vec(),
    }
}

/// The niche-filling layout when exactly one variant has data.
fn niche_layout(variants: &[Vec<Rc<Layout>>], discrs: &[i128]) -> Option<Layout> {
    let sized = |fs: &Vec<Rc<Layout>>| fs.iter().any(|f| f.size > 0);
    let mut dataful = variants.iter().enumerate().filter(|(_, fs)| sized(fs));
    let (untagged, fields) = dataful.next()?;
    if dataful.next().is_some() {
        return None;
    }
    let (offsets, end, align, niche) = place_fields(fields, 0, 1, false, false);
    let niche = niche?;
    let others: Vec<u32> = (0..variants.len() as u32).filter(|&v| v != untagged as u32).collect();
    let (lo, hi) = (*others.first()?, *others.last()?);
    let (niche_start, rest) = niche.reserve((hi - lo + 1) as u128)?;
    let mut vlayouts = vec![VariantLayout { offsets: Vec::new(), size: 0 }; variants.len()];
    for (v, fs) in variants.iter().enumerate() {
        vlayouts[v] = VariantLayout { offsets: vec![0; fs.len()], size: 0 };
    }
    vlayouts[untagged] = VariantLayout { offsets, size: end };
    Some(Layout {
        size: align_to(end, align),
        align,
        fields: FieldsShape::Arbitrary { offsets: vec![niche.offset] },
        variants: Variants::Multiple {
            tag: TagLayout {
                offset: niche.offset,
                size: niche.size,
                signed: false,
                encoding: TagEncoding::Niche {
                    untagged_variant: untagged as u32,
                    niche_variants: (lo, hi),
                    niche_start,
                },
            },
            variants: vlayouts,
        },
        niche: Some(rest),
        is_unsized: false,
        uninhabited: false,
        discrs: discrs.to_vec(),
    })
}

#[cfg(test)]
mod tests {
    //! Sizes and alignments checked against what rustc gives on x86_64.

    use super::*;
    use ferrum_hir::hir::Mutability;
    use ferrum_span::Symbol;
    use ferrum_ty::items::{AdtInfo, FieldInfo, VariantInfo};
    use ferrum_ty::ty::FnSig;
    use la_arena::{Idx, RawIdx};

    struct Cx {
        tcx: TyCtxt,
        items: ItemTables,
        next: u32,
    }

    impl Cx {
        fn new() -> Cx {
            Cx { tcx: TyCtxt::new(), items: ItemTables::default(), next: 0 }
        }

        fn def(&mut self) -> DefId {
            self.next += 1;
            Idx::from_raw(RawIdx::from(self.next))
        }

        /// Declares an ADT whose variants have the given field types and discriminants.
        fn adt(&mut self, kind: AdtKind, variants: Vec<(Vec<Ty>, i128)>) -> Ty {
            let def = self.def();
            let variants = variants
                .into_iter()
                .map(|(fields, discr)| VariantInfo {
                    name: Symbol::intern("V"),
                    def,
                    fields: fields.into_iter().map(|ty| FieldInfo { name: Symbol::intern("f"), ty }).collect(),
                    discr,
                })
                .collect();
            self.items.adts.insert(def, AdtInfo { kind, variants, param_count: 0, repr: Default::default() });
            self.tcx.mk_adt(def, std::rc::Rc::new([]))
        }

        fn enum_(&mut self, variants: Vec<Vec<Ty>>) -> Ty {
            let v = variants.into_iter().enumerate().map(|(i, f)| (f, i as i128)).collect();
            self.adt(AdtKind::Enum, v)
        }

        fn option(&mut self, t: Ty) -> Ty {
            self.enum_(vec![vec![], vec![t]])
        }

        fn size_align(&self, ty: Ty) -> (u64, u64) {
            let cx = LayoutCx::new(&self.tcx, &self.items);
            let l = cx.layout_of(ty).expect("layout");
            (l.size, l.align)
        }

        fn int(&self, i: IntTy) -> Ty {
            self.tcx.intern(TyKind::Int(i))
        }

        fn uint(&self, u: UintTy) -> Ty {
            self.tcx.intern(TyKind::Uint(u))
        }
    }

    #[test]
    fn primitives_and_pointers() {
        let cx = Cx::new();
        let t = &cx.tcx;
        assert_eq!(cx.size_align(t.bool()), (1, 1));
        assert_eq!(cx.size_align(t.char()), (4, 4));
        assert_eq!(cx.size_align(cx.uint(UintTy::U128)), (16, 16));
        assert_eq!(cx.size_align(cx.int(IntTy::I16)), (2, 2));
        assert_eq!(cx.size_align(t.intern(TyKind::Float(FloatTy::F32))), (4, 4));
        assert_eq!(cx.size_align(t.usize()), (8, 8));
        assert_eq!(cx.size_align(t.unit()), (0, 1));
        assert_eq!(cx.size_align(t.never()), (0, 1));
        assert_eq!(cx.size_align(t.mk_ref(t.u8(), Mutability::Not)), (8, 8));
        assert_eq!(cx.size_align(t.static_str()), (16, 8));
        let slice = t.intern(TyKind::Slice(cx.uint(UintTy::U32)));
        assert_eq!(cx.size_align(t.mk_ptr(slice, Mutability::Mut)), (16, 8));
        let sig = FnSig { inputs: std::rc::Rc::new([]), output: t.unit(), is_unsafe: false };
        assert_eq!(cx.size_align(t.intern(TyKind::FnPtr(sig))), (8, 8));
    }

    #[test]
    fn tuples_arrays_structs() {
        let mut cx = Cx::new();
        let (u8t, u16t, u32t, u64t) = (cx.tcx.u8(), cx.uint(UintTy::U16), cx.uint(UintTy::U32), cx.uint(UintTy::U64));
        let u128t = cx.uint(UintTy::U128);
        assert_eq!(cx.size_align(cx.tcx.mk_tuple(vec![u8t, u32t, u16t])), (8, 4));
        assert_eq!(cx.size_align(cx.tcx.mk_tuple(vec![u8t, u128t])), (32, 16));
        assert_eq!(cx.size_align(cx.tcx.mk_array(u16t, 5)), (10, 2));
        assert_eq!(cx.size_align(cx.tcx.mk_array(u8t, 0)), (0, 1));
        let s = cx.adt(AdtKind::Struct, vec![(vec![u8t, u64t, u8t], 0)]);
        assert_eq!(cx.size_align(s), (16, 8));
        let l = LayoutCx::new(&cx.tcx, &cx.items).layout_of(s).unwrap();
        // Fields are reordered by alignment: the u64 comes first.
        assert_eq!(l.field_offset(None, 1), 0);
        let u = cx.adt(AdtKind::Union, vec![(vec![u8t, u32t, u16t], 0)]);
        assert_eq!(cx.size_align(u), (4, 4));
    }

    #[test]
    fn enums_and_niches() {
        let mut cx = Cx::new();
        let (u8t, u32t, boolt, chart) = (cx.tcx.u8(), cx.uint(UintTy::U32), cx.tcx.bool(), cx.tcx.char());
        let ordering = cx.adt(AdtKind::Enum, vec![(vec![], -1), (vec![], 0), (vec![], 1)]);
        assert_eq!(cx.size_align(ordering), (1, 1));
        let e = cx.enum_(vec![vec![u8t, u32t], vec![]]);
        assert_eq!(cx.size_align(e), (8, 4));
        let opt_u32 = cx.option(u32t);
        assert_eq!(cx.size_align(opt_u32), (8, 4));
        let opt_u8 = cx.option(u8t);
        assert_eq!(cx.size_align(opt_u8), (2, 1));
        let r = cx.tcx.mk_ref(u32t, Mutability::Not);
        let opt_ref = cx.option(r);
        assert_eq!(cx.size_align(opt_ref), (8, 8));
        let opt_bool = cx.option(boolt);
        assert_eq!(cx.size_align(opt_bool), (1, 1));
        let opt_opt_bool = cx.option(opt_bool);
        assert_eq!(cx.size_align(opt_opt_bool), (1, 1));
        let opt_char = cx.option(chart);
        assert_eq!(cx.size_align(opt_char), (4, 4));
        let opt_opt_u32 = cx.option(opt_u32);
        assert_eq!(cx.size_align(opt_opt_u32), (8, 4));
        let opt_ordering = cx.option(ordering);
        assert_eq!(cx.size_align(opt_ordering), (1, 1));
        let result = cx.enum_(vec![vec![u32t], vec![u8t]]);
        assert_eq!(cx.size_align(result), (8, 4));
        let many = cx.enum_((0..300).map(|_| vec![]).collect());
        assert_eq!(cx.size_align(many), (2, 2));
        let empty = cx.enum_(vec![]);
        assert_eq!(cx.size_align(empty), (0, 1));
        let single = cx.enum_(vec![vec![u32t]]);
        assert_eq!(cx.size_align(single), (4, 4));
    }

    #[test]
    fn tags_round_trip() {
        let mut cx = Cx::new();
        let (u8t, boolt) = (cx.tcx.u8(), cx.tcx.bool());
        let r = cx.tcx.mk_ref(u8t, Mutability::Not);
        let opt_ref = cx.option(r);
        let opt_bool = cx.option(boolt);
        let opt_opt_bool = cx.option(opt_bool);
        let ordering = cx.adt(AdtKind::Enum, vec![(vec![], -1), (vec![], 0), (vec![], 1)]);
        let lcx = LayoutCx::new(&cx.tcx, &cx.items);
        for ty in [opt_ref, opt_bool, opt_opt_bool, ordering] {
            let l = lcx.layout_of(ty).unwrap();
            for v in 0..l.variant_count() as u32 {
                if let Some(tag) = l.tag_value(v) {
                    assert_eq!(l.variant_of_tag(tag), Some(v));
                }
            }
        }
        // `None::<&u8>` is the null pointer; `None::<bool>` is 2.
        assert_eq!(lcx.layout_of(opt_ref).unwrap().tag_value(0), Some(0));
        assert_eq!(lcx.layout_of(opt_bool).unwrap().tag_value(0), Some(2));
        assert_eq!(lcx.layout_of(opt_opt_bool).unwrap().tag_value(0), Some(3));
        assert_eq!(lcx.layout_of(ordering).unwrap().tag_value(0), Some(0xFF));
    }
}
