//! Building small programs by hand: function defs in a HIR crate, MIR
//! bodies through a block builder, and running them through the interpreter.

#![allow(dead_code)]

use ferrum_hir::hir::{Abi, Crate, Def, DefId, DefKind, FnDef, Generics, Mutability, TypeRef, TypeRefKind, Visibility};
use ferrum_interp::{run, CaptureOutput, InterpOptions, Outcome};
use ferrum_mir::mir::*;
use ferrum_mir::MirProgram;
use ferrum_span::{FileId, SourceMap, Span, Symbol};
use ferrum_ty::items::ItemTables;
use ferrum_ty::ty::{FnSig, IntTy, Ty, TyCtxt, TyKind, UintTy};
use ferrum_ty::TypedProgram;
use rustc_hash::FxHashMap;

/// The source file all test spans point into: line `n` is `line n`.
pub fn source_text() -> String {
    (1..=100).map(|i| format!("    line {i}\n")).collect()
}

pub struct TestProg {
    pub prog: TypedProgram,
    pub mir: MirProgram,
    pub sources: SourceMap,
    pub file: FileId,
}

pub struct Run {
    pub outcome: Outcome,
    pub stdout: String,
    pub stderr: String,
}

impl TestProg {
    pub fn new() -> TestProg {
        let mut sources = SourceMap::new();
        let file = sources.add_file("src/main.rs", source_text(), false);
        let prog = TypedProgram {
            krate: Crate::default(),
            tcx: TyCtxt::new(),
            items: ItemTables::default(),
            impls: Default::default(),
            typeck: FxHashMap::default(),
            closures: Default::default(),
        };
        TestProg { prog, mir: MirProgram::default(), sources, file }
    }

    pub fn tcx(&self) -> &TyCtxt {
        &self.prog.tcx
    }

    /// A span at column 5 of line `line`.
    pub fn span(&self, line: u32) -> Span {
        let lo = (line - 1) * ("    line \n".len() as u32) + digits_before(line);
        Span::new(self.file, lo + 4, lo + 8)
    }

    pub fn u64(&self) -> Ty {
        self.tcx().intern(TyKind::Uint(UintTy::U64))
    }
    pub fn u8(&self) -> Ty {
        self.tcx().u8()
    }
    pub fn i32(&self) -> Ty {
        self.tcx().intern(TyKind::Int(IntTy::I32))
    }
    pub fn usize(&self) -> Ty {
        self.tcx().usize()
    }
    pub fn bool(&self) -> Ty {
        self.tcx().bool()
    }
    pub fn unit(&self) -> Ty {
        self.tcx().unit()
    }
    pub fn tuple(&self, tys: Vec<Ty>) -> Ty {
        self.tcx().mk_tuple(tys)
    }
    pub fn ptr(&self, t: Ty) -> Ty {
        self.tcx().mk_ptr(t, Mutability::Mut)
    }
    pub fn refr(&self, t: Ty) -> Ty {
        self.tcx().mk_ref(t, Mutability::Not)
    }

    /// Declares a function (its MIR body is added with [`TestProg::define`]).
    pub fn declare_fn(&mut self, name: &str, abi: Abi, track_caller: bool, sig: (Vec<Ty>, Ty)) -> DefId {
        let output = self.prog.krate.types.alloc(TypeRef { kind: TypeRefKind::Infer, span: Span::DUMMY });
        let def = Def {
            name: Symbol::intern(name),
            span: Span::DUMMY,
            parent: None,
            vis: Visibility::Public,
            kind: DefKind::Fn(FnDef {
                generics: Generics::default(),
                inputs: Vec::new(),
                output,
                has_self: false,
                body: None,
                is_unsafe: false,
                is_const: false,
                abi,
                is_test: false,
                should_panic: false,
                track_caller,
            }),
            is_library: false,
            derives: Vec::new(),
        };
        let id = self.prog.krate.defs.alloc(def);
        self.prog.items.fn_sigs.insert(id, FnSig { inputs: sig.0.into(), output: sig.1, is_unsafe: false });
        id
    }

    pub fn define(&mut self, def: DefId, body: Body) {
        self.mir.bodies.insert(BodyOwner::Fn(def), body);
    }

    pub fn run(&self, entry: DefId) -> Run {
        self.run_with(entry, &InterpOptions::default())
    }

    pub fn run_with(&self, entry: DefId, opts: &InterpOptions) -> Run {
        let mut out = CaptureOutput::default();
        let outcome = run(&self.prog, &self.mir, &self.sources, entry, opts, &mut out);
        Run {
            outcome,
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }
}

fn digits_before(line: u32) -> u32 {
    (1..line).map(|i| i.to_string().len() as u32).sum()
}

/// Builds one MIR body block by block.
pub struct Mb {
    pub locals: Vec<LocalDecl>,
    pub blocks: Vec<BasicBlockData>,
    pub arg_count: usize,
    cur: Vec<Statement>,
    pub span: Span,
}

impl Mb {
    /// A body returning `ret` with arguments `args`.
    pub fn new(ret: Ty, args: &[Ty]) -> Mb {
        let mut b =
            Mb { locals: Vec::new(), blocks: Vec::new(), arg_count: args.len(), cur: Vec::new(), span: Span::DUMMY };
        b.local(ret);
        for &a in args {
            b.local(a);
        }
        b
    }

    pub fn local(&mut self, ty: Ty) -> Local {
        self.locals.push(LocalDecl { ty, name: None, mutable: true, span: self.span });
        Local(self.locals.len() as u32 - 1)
    }

    pub fn named(&mut self, name: &str, ty: Ty) -> Local {
        let l = self.local(ty);
        self.locals[l.index()].name = Some(Symbol::intern(name));
        l
    }

    pub fn at(&mut self, span: Span) -> &mut Self {
        self.span = span;
        self
    }

    pub fn stmt(&mut self, kind: StatementKind) {
        self.cur.push(Statement { kind, span: self.span });
    }

    pub fn assign(&mut self, place: Place, rv: Rvalue) {
        self.stmt(StatementKind::Assign(place, rv));
    }

    pub fn live(&mut self, l: Local) {
        self.stmt(StatementKind::StorageLive(l));
    }

    pub fn dead(&mut self, l: Local) {
        self.stmt(StatementKind::StorageDead(l));
    }

    /// The index the block being built will get.
    pub fn here(&self) -> BasicBlock {
        BasicBlock(self.blocks.len() as u32)
    }

    pub fn next(&self) -> BasicBlock {
        BasicBlock(self.blocks.len() as u32 + 1)
    }

    pub fn end(&mut self, kind: TerminatorKind) -> BasicBlock {
        let statements = std::mem::take(&mut self.cur);
        self.blocks.push(BasicBlockData { statements, terminator: Terminator { kind, span: self.span } });
        BasicBlock(self.blocks.len() as u32 - 1)
    }

    /// Patches the terminator of an already finished block.
    pub fn patch(&mut self, bb: BasicBlock, kind: TerminatorKind) {
        self.blocks[bb.index()].terminator.kind = kind;
    }

    pub fn finish(self, def: DefId) -> Body {
        Body {
            owner: BodyOwner::Fn(def),
            locals: self.locals,
            arg_count: self.arg_count,
            blocks: self.blocks,
            span: self.span,
        }
    }
}

pub fn copy(l: Local) -> Operand {
    Operand::Copy(Place::local(l))
}

pub fn mv(p: Place) -> Operand {
    Operand::Move(p)
}

pub fn pl(l: Local) -> Place {
    Place::local(l)
}

pub fn konst(ty: Ty, v: u128) -> Operand {
    Operand::Constant(Box::new(Constant { ty, kind: ConstKind::Scalar(v) }))
}

pub fn unit_const(ty: Ty) -> Operand {
    Operand::Constant(Box::new(Constant { ty, kind: ConstKind::ZeroSized }))
}
