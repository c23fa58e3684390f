//! The shape of a type a `#[derive]` applies to, as plain source text:
//! its name, generic parameters, variants and fields. Generators build
//! their impls from this, never from the AST directly.

use crate::hir::PrimTy;
use crate::hygiene::is_keyword;
use ferrum_span::{Span, Symbol};
use ferrum_syntax::ast::{self, Ast, GenericParamKind, VariantData, WherePredicate};
use ferrum_syntax::{print_bounds, print_type};

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum AdtKind {
    Struct,
    Enum,
    Union,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shape {
    Named,
    Tuple,
    Unit,
}

pub(crate) struct Variant {
    pub name: String,
    pub shape: Shape,
    /// Field names (`a`, `r#type`) or, for tuple fields, their indices.
    pub fields: Vec<String>,
    /// `#[default]` on the variant.
    pub is_default: bool,
    /// The variant's name (the type's name for a struct or union).
    pub span: Span,
}

enum Param {
    Lifetime { name: String, bounds: String },
    Type { name: String, bounds: String },
    Const { name: String, ty: String },
}

/// A struct, enum or union, ready for code generation. A struct or union
/// has exactly one variant named like the type.
pub(crate) struct Adt {
    pub kind: AdtKind,
    pub name: String,
    pub variants: Vec<Variant>,
    /// The integer type of `#[repr(u8)]` etc.: the type of the
    /// discriminant (`isize` without one).
    pub discr_ty: String,
    params: Vec<Param>,
    where_clause: Vec<String>,
}

impl Adt {
    /// `None` if `item` is not a struct, enum or union.
    pub(crate) fn from_item(
        ast: &Ast,
        item: &ast::Item,
        plain: &dyn Fn(Symbol) -> Symbol,
        enabled: &dyn Fn(&[ast::Attribute]) -> bool,
    ) -> Option<Adt> {
        let text = |s: Symbol| ident_text(plain(s));
        let (kind, name, generics, variants) = match &item.kind {
            ast::ItemKind::Struct { name, generics, data } => {
                let v = variant(text(name.name), name.span, data, &text, false, enabled);
                (AdtKind::Struct, name, generics, vec![v])
            }
            ast::ItemKind::Union { name, generics, fields } => {
                let data = VariantData::Named(Vec::new());
                let mut v = variant(text(name.name), name.span, &data, &text, false, enabled);
                v.fields =
                    fields.iter().filter(|f| enabled(&f.attrs)).filter_map(|f| f.name.map(|n| text(n.name))).collect();
                (AdtKind::Union, name, generics, vec![v])
            }
            ast::ItemKind::Enum { name, generics, variants } => {
                let vs = variants
                    .iter()
                    .filter(|v| enabled(&v.attrs))
                    .map(|v| {
                        let is_default = v.attrs.iter().any(|a| is_attr(a, "default", plain));
                        variant(text(v.name.name), v.name.span, &v.data, &text, is_default, enabled)
                    })
                    .collect();
                (AdtKind::Enum, name, generics, vs)
            }
            _ => return None,
        };
        let strip = |s: String| strip_marks(&s);
        let params = generics
            .params
            .iter()
            .map(|p| {
                let name = text(p.name.name);
                match &p.kind {
                    GenericParamKind::Lifetime { bounds } => Param::Lifetime {
                        name,
                        bounds: bounds.iter().map(|b| text(b.name)).collect::<Vec<_>>().join(" + "),
                    },
                    GenericParamKind::Type { bounds, .. } => {
                        Param::Type { name, bounds: strip(print_bounds(ast, bounds)) }
                    }
                    GenericParamKind::Const { ty, .. } => Param::Const { name, ty: strip(print_type(ast, *ty)) },
                }
            })
            .collect();
        let where_clause = generics
            .where_clause
            .iter()
            .map(|w| match w {
                WherePredicate::Bound { ty, bounds } => {
                    strip(format!("{}: {}", print_type(ast, *ty), print_bounds(ast, bounds)))
                }
                WherePredicate::Lifetime { lifetime, bounds } => format!(
                    "{}: {}",
                    text(lifetime.name),
                    bounds.iter().map(|b| text(b.name)).collect::<Vec<_>>().join(" + ")
                ),
            })
            .collect();
        Some(Adt {
            kind,
            name: text(name.name),
            discr_ty: crate::attrs::repr(&item.attrs).int.map_or("isize", PrimTy::name).to_string(),
            variants,
            params,
            where_clause,
        })
    }

    /// Whether the type has type parameters (lifetimes and consts aside).
    pub(crate) fn has_type_params(&self) -> bool {
        self.params.iter().any(|p| matches!(p, Param::Type { .. }))
    }

    /// `impl<'a, T: Bound + Trait> Trait for Name<'a, T> where ...`, each
    /// type parameter also bounded by `bound` (the derived trait's path).
    /// `extra` comes first inside the braces (`fn ... { }` items).
    pub(crate) fn impl_block(&self, trait_path: &str, bound: &str, body: &str) -> String {
        let mut params = Vec::new();
        let mut args = Vec::new();
        for p in &self.params {
            match p {
                Param::Lifetime { name, bounds } => {
                    params.push(with_bounds(name, bounds));
                    args.push(name.clone());
                }
                Param::Type { name, bounds } => {
                    let b = if bounds.is_empty() { bound.to_string() } else { format!("{bounds} + {bound}") };
                    params.push(format!("{name}: {b}"));
                    args.push(name.clone());
                }
                Param::Const { name, ty } => {
                    params.push(format!("const {name}: {ty}"));
                    args.push(name.clone());
                }
            }
        }
        let generics = angle(&params);
        let where_ = if self.where_clause.is_empty() {
            String::new()
        } else {
            format!(" where {}", self.where_clause.join(", "))
        };
        format!(
            "#[automatically_derived] impl{generics} {trait_path} for {}{}{where_} {{ {body} }}",
            self.name,
            angle(&args)
        )
    }

    /// The path of a variant in expressions and patterns: `Name::V` for an
    /// enum, `Name` for a struct.
    pub(crate) fn variant_path(&self, v: &Variant) -> String {
        match self.kind {
            AdtKind::Enum => format!("{}::{}", self.name, v.name),
            _ => self.name.clone(),
        }
    }

    /// A pattern binding every field of `v` by reference to `{prefix}_{i}`:
    /// `Name::V(__self_0, __self_1)` or `Name::V { a: __self_0 }`.
    pub(crate) fn pattern(&self, v: &Variant, prefix: &str) -> String {
        let names: Vec<String> = (0..v.fields.len()).map(|i| format!("{prefix}_{i}")).collect();
        self.construct(v, &names)
    }

    /// The variant built (or matched) from one expression per field.
    pub(crate) fn construct(&self, v: &Variant, values: &[String]) -> String {
        let path = self.variant_path(v);
        match v.shape {
            Shape::Unit => path,
            Shape::Tuple => format!("{path}({})", values.join(", ")),
            Shape::Named => {
                let parts: Vec<String> = v.fields.iter().zip(values).map(|(f, e)| format!("{f}: {e}")).collect();
                format!("{path} {{ {} }}", parts.join(", "))
            }
        }
    }
}

fn variant(
    name: String,
    span: Span,
    data: &VariantData,
    text: &dyn Fn(Symbol) -> String,
    is_default: bool,
    enabled: &dyn Fn(&[ast::Attribute]) -> bool,
) -> Variant {
    let (shape, fields) = match data {
        VariantData::Named(f) => (Shape::Named, f.as_slice()),
        VariantData::Tuple(f) => (Shape::Tuple, f.as_slice()),
        VariantData::Unit => (Shape::Unit, &[][..]),
    };
    let fields = fields
        .iter()
        .filter(|f| enabled(&f.attrs))
        .enumerate()
        .map(|(i, f)| f.name.map_or(i.to_string(), |n| text(n.name)))
        .collect();
    Variant { name, shape, fields, is_default, span }
}

fn is_attr(a: &ast::Attribute, name: &str, plain: &dyn Fn(Symbol) -> Symbol) -> bool {
    matches!(a.path.segments.as_slice(), [s] if plain(s.ident.name).as_str() == name)
}

fn with_bounds(name: &str, bounds: &str) -> String {
    if bounds.is_empty() {
        name.to_string()
    } else {
        format!("{name}: {bounds}")
    }
}

fn angle(parts: &[String]) -> String {
    if parts.is_empty() {
        String::new()
    } else {
        format!("<{}>", parts.join(", "))
    }
}

/// An identifier as source text (`r#type` for a keyword).
fn ident_text(s: Symbol) -> String {
    let s = s.as_str();
    let weak = matches!(
        s,
        "self" | "Self" | "crate" | "super" | "_" | "union" | "default" | "auto" | "raw" | "safe" | "macro_rules"
    );
    if is_keyword(s) && !weak {
        format!("r#{s}")
    } else {
        s.to_string()
    }
}

/// Printed types may hold identifiers renamed by `macro_rules!` hygiene
/// (`T\u{1}3`); items and type parameters resolve by their plain name.
fn strip_marks(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{1}' {
            while chars.peek().is_some_and(|d| d.is_ascii_digit()) {
                chars.next();
            }
        } else {
            out.push(c);
        }
    }
    out
}
