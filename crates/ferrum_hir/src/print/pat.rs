//! Printing patterns.

use super::body::lit_string;
use super::{mut_str, Printer};
use crate::hir::*;
use std::fmt::Write;

impl Printer<'_> {
    pub(super) fn pat(&mut self, b: BodyId, id: PatId) {
        let body = &self.krate.bodies[b];
        match &body.pats[id].kind {
            PatKind::Wild => self.w("_"),
            PatKind::Binding { binding, sub } => {
                let bd = &body.bindings[*binding];
                let mut s = String::new();
                match bd.by_ref {
                    Some(Mutability::Mut) => s.push_str("ref mut "),
                    Some(Mutability::Not) => s.push_str("ref "),
                    None if bd.mutable => s.push_str("mut "),
                    None => {}
                }
                let _ = write!(s, "{}#{}", bd.name, binding.into_raw().into_u32());
                self.w(&s);
                if let Some(sub) = sub {
                    self.w(" @ ");
                    self.pat(b, *sub);
                }
            }
            PatKind::Lit(c) => {
                let s = self.pat_const(c);
                self.w(&s);
            }
            PatKind::Range { lo, hi, inclusive } => {
                let lo = lo.as_ref().map_or(String::new(), |c| self.pat_const(c));
                let hi = hi.as_ref().map_or(String::new(), |c| self.pat_const(c));
                let op = if *inclusive { "..=" } else { ".." };
                self.w(&format!("{lo}{op}{hi}"));
            }
            PatKind::Tuple { pats, rest } => {
                self.w("(");
                self.pat_list(b, pats, *rest);
                if pats.len() == 1 && rest.is_none() {
                    self.w(",");
                }
                self.w(")");
            }
            PatKind::Adt { res, args, fields, rest, shape } => {
                let r = self.res_string(*res, Some(b));
                let a = self.args_string(args, &[]);
                self.w(&format!("{r}{a}"));
                let contiguous = fields.iter().enumerate().all(|(i, f)| f.name == FieldName::Index(i as u32));
                if *shape == VariantShape::Tuple && contiguous {
                    self.w("(");
                    let ps: Vec<PatId> = fields.iter().map(|f| f.pat).collect();
                    self.pat_list(b, &ps, rest.then_some(ps.len()));
                    self.w(")");
                } else {
                    self.w(" { ");
                    for (i, f) in fields.iter().enumerate() {
                        if i > 0 {
                            self.w(", ");
                        }
                        match f.name {
                            FieldName::Named(n) => self.w(&format!("{n}: ")),
                            FieldName::Index(n) => self.w(&format!("{n}: ")),
                        }
                        self.pat(b, f.pat);
                    }
                    if *rest {
                        self.w(if fields.is_empty() { ".." } else { ", .." });
                    }
                    self.w(" }");
                }
            }
            PatKind::Path(res) => {
                let r = self.res_string(*res, Some(b));
                self.w(&r);
            }
            PatKind::Ref { mutability, pat } => {
                self.w(&format!("&{}", mut_str(*mutability)));
                self.pat(b, *pat);
            }
            PatKind::Or(alts) => {
                for (i, a) in alts.iter().enumerate() {
                    if i > 0 {
                        self.w(" | ");
                    }
                    self.pat(b, *a);
                }
            }
            PatKind::Slice { prefix, rest, suffix } => {
                self.w("[");
                let mut first = true;
                for p in prefix {
                    if !first {
                        self.w(", ");
                    }
                    first = false;
                    self.pat(b, *p);
                }
                if let Some(r) = rest {
                    if !first {
                        self.w(", ");
                    }
                    first = false;
                    if matches!(self.krate.bodies[b].pats[*r].kind, PatKind::Wild) {
                        self.w("..");
                    } else {
                        self.pat(b, *r);
                        self.w(" @ ..");
                    }
                }
                for p in suffix {
                    if !first {
                        self.w(", ");
                    }
                    first = false;
                    self.pat(b, *p);
                }
                self.w("]");
            }
            PatKind::Box(p) => {
                self.w("box ");
                self.pat(b, *p);
            }
            PatKind::Err => self.w("{error}"),
        }
    }

    pub(super) fn pat_list(&mut self, b: BodyId, pats: &[PatId], rest: Option<usize>) {
        let mut first = true;
        for (i, p) in pats.iter().enumerate() {
            if rest == Some(i) {
                self.w(if first { ".." } else { ", .." });
                first = false;
            }
            if !first {
                self.w(", ");
            }
            first = false;
            self.pat(b, *p);
        }
        if rest == Some(pats.len()) {
            self.w(if first { ".." } else { ", .." });
        }
    }

    pub(super) fn pat_const(&self, c: &PatConst) -> String {
        match c {
            PatConst::Lit { lit, negated } => {
                format!("{}{}", if *negated { "-" } else { "" }, lit_string(lit))
            }
            PatConst::Path(res) => self.res_string(*res, None),
            PatConst::TypeRelative { ty, name } => format!("<{}>::{name}", self.ty_string(*ty)),
        }
    }
}
