//! Static checks on MIR that need control flow: moves and initialisation
//! (E0382, E0381, E0384) and borrow conflicts (E0499, E0502, E0503,
//! E0505, E0506) under a simplified, flow-sensitive NLL.
//!
//! Input: the type-checked program and its MIR (the user's bodies as
//! built, before drop elaboration).
//! Output: diagnostics, in rustc's wording, for the bodies of user
//! functions (library bodies are trusted).
//!
//! Invariant: a program rustc accepts gets no diagnostic from here. Every
//! approximation errs towards silence: a value whose type or origin is not
//! understood holds no borrow, a call's result only borrows from its
//! arguments when the lifetime elision rules say so, raw pointers are
//! not checked, and errors are only reported on user variables (never on
//! temporaries the MIR builder introduced).
//!
//! Layout: [`access`] says what each MIR location does to places; [`init`]
//! and [`moves`] check moves and initialisation over [`move_paths`];
//! [`loans`], [`liveness`] and [`signature`] feed [`borrows`], which
//! checks conflicts.

mod access;
mod bitset;
mod borrows;
mod cfg;
mod describe;
mod init;
mod liveness;
mod loans;
mod move_paths;
mod moves;
mod signature;
mod spans;
mod sparse;
mod types;
mod user_vars;

use access::{Access, AccessKind};
use cfg::{Cfg, Location};
use ferrum_hir::hir::{self, DefId};
use ferrum_mir::mir::{BasicBlock, Body, BodyOwner, Local, Place};
use ferrum_mir::tys::{MirCtxt, ParamEnv};
use ferrum_mir::MirProgram;
use ferrum_span::{Diagnostic, Diagnostics, Span};
use ferrum_ty::TypedProgram;
use std::cell::OnceCell;

/// Checks the MIR of every user function, pushing errors to `diags`.
pub fn check_program(program: &TypedProgram, mir: &MirProgram, diags: &mut Diagnostics) {
    let mcx = MirCtxt::new(program);
    let shared = Shared::default();
    // The bodies before drop elaboration, as rustc checks them: open drops
    // read the discriminant of partly moved enums, drop flags guard
    // drops, and neither is a use by the program.
    let mut bodies: Vec<(DefId, &Body)> = mir
        .bodies
        .iter()
        .filter_map(|(owner, body)| match *owner {
            BodyOwner::Fn(def) if !program.krate.defs[def].is_library => {
                Some((def, mir.unelaborated.get(owner).unwrap_or(body)))
            }
            _ => None,
        })
        .collect();
    bodies.sort_by_key(|(_, body)| body.span);
    for (def, body) in bodies {
        let Some(cx) = BodyCx::new(program, &mcx, &shared, def, body) else {
            continue;
        };
        let mut found = Vec::new();
        moves::check(&cx, &mut found);
        borrows::check(&cx, &mut found);
        found.sort_by_key(|d| d.primary_span());
        for d in found {
            diags.push(d);
        }
    }
}

/// Caches shared by all bodies of a program.
#[derive(Default)]
struct Shared {
    holders: types::LoanHolders,
    sigs: signature::SignatureFlows,
}

/// One body under check, with what every analysis needs.
pub(crate) struct BodyCx<'a> {
    pub(crate) program: &'a TypedProgram,
    pub(crate) mcx: &'a MirCtxt<'a>,
    pub(crate) env: ParamEnv,
    pub(crate) body: &'a Body,
    pub(crate) hir: &'a hir::Body,
    pub(crate) cfg: Cfg,
    shared: &'a Shared,
    /// The accesses of every location, by block and index.
    accesses: Vec<Vec<Vec<Access>>>,
    /// How each user variable was declared.
    declared: Vec<user_vars::Declared>,
    /// HIR place expressions, for precise spans (built on first error).
    place_exprs: OnceCell<spans::PlaceExprs>,
}

impl<'a> BodyCx<'a> {
    fn new(
        program: &'a TypedProgram,
        mcx: &'a MirCtxt<'a>,
        shared: &'a Shared,
        def: DefId,
        body: &'a Body,
    ) -> Option<BodyCx<'a>> {
        let body_id = ferrum_mir::build::hir_body_of(&program.krate, BodyOwner::Fn(def))?;
        let hir = &program.krate.bodies[body_id];
        let mut cx = BodyCx {
            program,
            mcx,
            env: mcx.param_env(Some(def)),
            body,
            hir,
            cfg: Cfg::new(body),
            shared,
            accesses: Vec::new(),
            declared: Vec::new(),
            place_exprs: OnceCell::new(),
        };
        cx.declared = user_vars::declarations(&cx);
        cx.accesses = body
            .blocks
            .iter()
            .enumerate()
            .map(|(b, data)| {
                (0..=data.statements.len())
                    .map(|index| access::accesses(&cx, Location { block: BasicBlock(b as u32), index }))
                    .collect()
            })
            .collect();
        Some(cx)
    }

    /// Whether `local` is a variable the user named (not the return place,
    /// not a temporary).
    pub(crate) fn is_user(&self, local: Local) -> bool {
        local != Local::RETURN && self.body.locals[local.index()].name.is_some()
    }

    pub(crate) fn user_locals(&self) -> impl Iterator<Item = Local> + '_ {
        (0..self.body.locals.len() as u32).map(Local).filter(|&l| self.is_user(l))
    }

    /// The `let x;` variables.
    pub(crate) fn uninit_declared(&self) -> impl Iterator<Item = Local> + '_ {
        self.user_locals().filter(|&l| self.is_declared_without_init(l))
    }

    /// Whether `local` is a user variable declared without initialiser
    /// (`let x;`): the only kind that can be read uninitialised.
    pub(crate) fn is_declared_without_init(&self, local: Local) -> bool {
        self.declared.get(local.index()) == Some(&user_vars::Declared::WithoutInit)
    }

    /// Whether `local` was declared by `let x = init;` without a type.
    pub(crate) fn is_declared_unannotated(&self, local: Local) -> bool {
        self.declared.get(local.index()) == Some(&user_vars::Declared::Unannotated)
    }

    /// Whether `local` is an immutable `let x;` variable: assigning it when
    /// it may hold a value is an error the type checker leaves to us.
    pub(crate) fn is_declared_uninit_immutable(&self, local: Local) -> bool {
        self.is_declared_without_init(local) && !self.body.locals[local.index()].mutable
    }

    pub(crate) fn accesses_at(&self, loc: Location) -> &[Access] {
        &self.accesses[loc.block.index()][loc.index]
    }

    pub(crate) fn all_accesses(&self) -> impl Iterator<Item = (Location, &Access)> + '_ {
        self.accesses.iter().enumerate().flat_map(|(b, block)| {
            block.iter().enumerate().flat_map(move |(index, list)| {
                let loc = Location { block: BasicBlock(b as u32), index };
                list.iter().map(move |a| (loc, a))
            })
        })
    }

    /// Where to point for `access` at `loc`: the operand itself for reads,
    /// moves and the implicit reborrows of call arguments; the whole
    /// statement (`&mut x`, `x = v`) otherwise.
    pub(crate) fn access_span(&self, loc: Location, access: &Access) -> Span {
        let is_call = loc.index == self.body.blocks[loc.block.index()].statements.len();
        let operand = match access.kind {
            AccessKind::Read | AccessKind::ShallowRead | AccessKind::Move => true,
            AccessKind::Borrow(_) => is_call,
            AccessKind::Write | AccessKind::SetDiscriminant => false,
        };
        if operand {
            self.place_span(loc, &access.place)
        } else {
            loc.span(self.body)
        }
    }

    /// The span of the expression for `place` within the location's span.
    pub(crate) fn place_span(&self, loc: Location, place: &Place) -> Span {
        self.place_exprs.get_or_init(|| spans::PlaceExprs::new(self)).operand_span(self, loc, place)
    }

    pub(crate) fn holders(&self) -> &types::LoanHolders {
        &self.shared.holders
    }

    pub(crate) fn sigs(&self) -> &signature::SignatureFlows {
        &self.shared.sigs
    }
}

/// Errors found in one body, before sorting.
pub(crate) type Found = Vec<Diagnostic>;
