//! Unit tests on hand-built MIR: the validator's checks and drop
//! elaboration's drop flags, independent of the front end.

use crate::elaborate_drops::elaborate_drops;
use crate::mir::{
    BasicBlock, BasicBlockData, Body, BodyOwner, ConstKind, Constant, Local, LocalDecl, Operand, Place, Rvalue,
    Statement, StatementKind, Terminator, TerminatorKind,
};
use crate::tys::MirCtxt;
use ferrum_hir::hir::Crate;
use ferrum_span::{Span, Symbol};
use ferrum_ty::items::ItemTables;
use ferrum_ty::ty::{Ty, TyCtxt, TyKind};
use ferrum_ty::TypedProgram;

fn program() -> TypedProgram {
    TypedProgram {
        krate: Crate::default(),
        tcx: TyCtxt::new(),
        items: ItemTables::default(),
        impls: Default::default(),
        typeck: Default::default(),
        closures: Default::default(),
    }
}

fn decl(ty: Ty) -> LocalDecl {
    LocalDecl { ty, name: None, mutable: true, span: Span::DUMMY }
}

fn stmt(kind: StatementKind) -> Statement {
    Statement { kind, span: Span::DUMMY }
}

fn block(statements: Vec<Statement>, kind: TerminatorKind) -> BasicBlockData {
    BasicBlockData { statements, terminator: Terminator { kind, span: Span::DUMMY } }
}

fn body(locals: Vec<LocalDecl>, arg_count: usize, blocks: Vec<BasicBlockData>) -> Body {
    let owner = BodyOwner::AnonConst(la_arena::Idx::from_raw(la_arena::RawIdx::from(0)));
    Body { owner, locals, arg_count, blocks, span: Span::DUMMY }
}

fn int(tcx: &TyCtxt, v: u128) -> Operand {
    Operand::Constant(Box::new(Constant { ty: tcx.i32(), kind: ConstKind::Scalar(v) }))
}

#[test]
fn validator_reports_type_target_and_storage_errors() {
    let p = program();
    let tcx = &p.tcx;
    let locals = vec![decl(tcx.unit()), decl(tcx.bool()), decl(tcx.i32())];
    let blocks = vec![
        block(
            vec![
                stmt(StatementKind::Assign(Place::local(Local(1)), Rvalue::Use(int(tcx, 1)))),
                stmt(StatementKind::StorageLive(Local(2))),
                stmt(StatementKind::StorageDead(Local(2))),
                stmt(StatementKind::Assign(Place::local(Local(2)), Rvalue::Use(int(tcx, 2)))),
            ],
            TerminatorKind::Goto(BasicBlock(7)),
        ),
        block(Vec::new(), TerminatorKind::Return),
    ];
    let errors = crate::validate::validate(&p, &body(locals, 0, blocks)).unwrap_err();
    let all = errors.join("\n");
    assert!(all.contains("bb0[0]: assignment of `i32`"), "{all}");
    assert!(all.contains("jump to bb7"), "{all}");
    assert!(all.contains("bb0[3]: use of _2 outside its storage"), "{all}");
    assert_eq!(errors.len(), 3, "{all}");
}

#[test]
fn validator_accepts_a_well_formed_body() {
    let p = program();
    let tcx = &p.tcx;
    let locals = vec![decl(tcx.i32()), decl(tcx.i32())];
    let blocks = vec![block(
        vec![stmt(StatementKind::Assign(Place::return_place(), Rvalue::Use(Operand::Copy(Place::local(Local(1))))))],
        TerminatorKind::Return,
    )];
    assert_eq!(crate::validate::validate(&p, &body(locals, 1, blocks)), Ok(()));
}

/// `fn f<T>(x: T, c: bool) { if c { let y = x; } }`: `x` is moved on one
/// path only, so its drop at the end needs a flag.
#[test]
fn conditional_move_gets_a_drop_flag() {
    let p = program();
    let tcx = &p.tcx;
    let t = tcx.intern(TyKind::Param { index: 0, name: Symbol::intern("T") });
    let (x, c, y) = (Local(1), Local(2), Local(3));
    let locals = vec![decl(tcx.unit()), decl(t), decl(tcx.bool()), decl(t)];
    let drop_to =
        |place: Local, target: u32| TerminatorKind::Drop { place: Place::local(place), target: BasicBlock(target) };
    let blocks = vec![
        block(
            Vec::new(),
            TerminatorKind::SwitchInt {
                discr: Operand::Copy(Place::local(c)),
                targets: vec![(0, BasicBlock(2))],
                otherwise: BasicBlock(1),
            },
        ),
        block(
            vec![stmt(StatementKind::Assign(Place::local(y), Rvalue::Use(Operand::Move(Place::local(x)))))],
            drop_to(y, 2),
        ),
        block(Vec::new(), drop_to(x, 3)),
        block(Vec::new(), TerminatorKind::Return),
    ];
    let mut b = body(locals, 2, blocks);
    let cx = MirCtxt::new(&p);
    elaborate_drops(&cx, &mut b);
    assert_eq!(crate::validate::validate(&p, &b), Ok(()));
    let flag = Local(4);
    assert_eq!(b.locals.len(), 5, "one drop flag");
    let assigns: Vec<(usize, u128)> = b
        .blocks
        .iter()
        .enumerate()
        .flat_map(|(i, bb)| bb.statements.iter().map(move |s| (i, s)))
        .filter_map(|(i, s)| match &s.kind {
            StatementKind::Assign(p, Rvalue::Use(Operand::Constant(k))) if p.local == flag => match k.kind {
                ConstKind::Scalar(v) => Some((i, v)),
                _ => None,
            },
            _ => None,
        })
        .collect();
    assert_eq!(assigns.first(), Some(&(0, 1)), "an argument starts initialised: {assigns:?}");
    assert!(assigns.iter().any(|&(_, v)| v == 0), "the move clears the flag: {assigns:?}");
    let guarded = b.blocks.iter().any(|bb| match &bb.terminator.kind {
        TerminatorKind::SwitchInt { discr: Operand::Copy(p), otherwise, .. } if p.local == flag => {
            matches!(&b.blocks[otherwise.index()].terminator.kind, TerminatorKind::Drop { place, .. } if place.local == x)
        }
        _ => false,
    });
    assert!(guarded, "the drop of `x` is guarded by its flag");
    let drops_of_y = b
        .blocks
        .iter()
        .filter(|bb| matches!(&bb.terminator.kind, TerminatorKind::Drop { place, .. } if place.local == y))
        .count();
    assert_eq!(drops_of_y, 1, "`y` is surely initialised where it is dropped");
}

/// A value moved out on every path is not dropped at all.
#[test]
fn moved_value_is_not_dropped() {
    let p = program();
    let tcx = &p.tcx;
    let t = tcx.intern(TyKind::Param { index: 0, name: Symbol::intern("T") });
    let (x, y) = (Local(1), Local(2));
    let locals = vec![decl(tcx.unit()), decl(t), decl(t)];
    let blocks = vec![
        block(
            vec![stmt(StatementKind::Assign(Place::local(y), Rvalue::Use(Operand::Move(Place::local(x)))))],
            TerminatorKind::Drop { place: Place::local(y), target: BasicBlock(1) },
        ),
        block(Vec::new(), TerminatorKind::Drop { place: Place::local(x), target: BasicBlock(2) }),
        block(Vec::new(), TerminatorKind::Return),
    ];
    let mut b = body(locals, 1, blocks);
    elaborate_drops(&MirCtxt::new(&p), &mut b);
    let dropped: Vec<Local> = b
        .blocks
        .iter()
        .filter_map(|bb| match &bb.terminator.kind {
            TerminatorKind::Drop { place, .. } => Some(place.local),
            _ => None,
        })
        .collect();
    assert_eq!(dropped, vec![y]);
    assert_eq!(b.locals.len(), 3, "no flag needed");
}
