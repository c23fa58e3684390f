//! Hand-built MIR programs: arithmetic, recursion, panics and their
//! messages, undefined behaviour detection.

mod common;

use common::*;
use ferrum_hir::hir::{Abi, Mutability};
use ferrum_interp::{InterpOptions, Outcome, UbKind};
use ferrum_mir::mir::*;

/// `fn fib(n: u64) -> u64 { if n < 2 { n } else { fib(n - 1) + fib(n - 2) } }`
/// with overflow checks, plus `main` printing `fib(n)`.
fn fib_program(n: u64) -> (TestProg, ferrum_hir::hir::DefId) {
    let mut p = TestProg::new();
    let u64t = p.u64();
    let boolt = p.bool();
    let pair = p.tuple(vec![u64t, boolt]);
    let fib = p.declare_fn("fib", Abi::Rust, false, (vec![u64t], u64t));
    let main = p.declare_fn("main", Abi::Rust, false, (vec![], p.unit()));
    let i32t = p.i32();
    let never = p.tcx().never();
    let exit = p.declare_fn("__ferrum_exit", Abi::Builtin, false, (vec![i32t], never));

    let mut b = Mb::new(u64t, &[u64t]);
    b.at(p.span(2));
    let c = b.local(boolt);
    let t1 = b.local(pair);
    let r1 = b.local(u64t);
    let t2 = b.local(pair);
    let r2 = b.local(u64t);
    let t3 = b.local(pair);
    let n_ = Local(1);
    b.live(c);
    b.assign(pl(c), Rvalue::BinaryOp(BinOp::Lt, copy(n_), konst(u64t, 2)));
    let bb0 = b.end(TerminatorKind::Unreachable);
    b.dead(c);
    b.assign(pl(Local(0)), Rvalue::Use(copy(n_)));
    let bb_small = b.end(TerminatorKind::Return);
    b.dead(c);
    b.live(t1);
    b.assign(pl(t1), Rvalue::CheckedBinaryOp(BinOp::Sub, copy(n_), konst(u64t, 1)));
    let bb_big = b.here();
    let next = b.next();
    b.end(TerminatorKind::Assert {
        cond: mv(pl(t1).field(1, boolt)),
        expected: false,
        msg: AssertMessage::Overflow(BinOp::Sub),
        target: next,
    });
    b.live(r1);
    let next = b.next();
    b.end(TerminatorKind::Call {
        func: Callee::Fn(fib, std::rc::Rc::new([])),
        args: vec![mv(pl(t1).field(0, u64t))],
        dest: pl(r1),
        target: Some(next),
    });
    b.dead(t1);
    b.live(t2);
    b.assign(pl(t2), Rvalue::CheckedBinaryOp(BinOp::Sub, copy(n_), konst(u64t, 2)));
    let next = b.next();
    b.end(TerminatorKind::Assert {
        cond: mv(pl(t2).field(1, boolt)),
        expected: false,
        msg: AssertMessage::Overflow(BinOp::Sub),
        target: next,
    });
    b.live(r2);
    let next = b.next();
    b.end(TerminatorKind::Call {
        func: Callee::Fn(fib, std::rc::Rc::new([])),
        args: vec![mv(pl(t2).field(0, u64t))],
        dest: pl(r2),
        target: Some(next),
    });
    b.dead(t2);
    b.live(t3);
    b.assign(pl(t3), Rvalue::CheckedBinaryOp(BinOp::Add, copy(r1), copy(r2)));
    let next = b.next();
    b.end(TerminatorKind::Assert {
        cond: mv(pl(t3).field(1, boolt)),
        expected: false,
        msg: AssertMessage::Overflow(BinOp::Add),
        target: next,
    });
    b.assign(pl(Local(0)), Rvalue::Use(mv(pl(t3).field(0, u64t))));
    b.dead(t3);
    b.dead(r2);
    b.dead(r1);
    b.end(TerminatorKind::Return);
    b.patch(bb0, TerminatorKind::SwitchInt { discr: mv(pl(c)), targets: vec![(0, bb_big)], otherwise: bb_small });
    p.define(fib, b.finish(fib));

    let mut m = Mb::new(p.unit(), &[]);
    m.at(p.span(10));
    let r = m.named("r", u64t);
    let code = m.local(i32t);
    let next = m.next();
    m.end(TerminatorKind::Call {
        func: Callee::Fn(fib, std::rc::Rc::new([])),
        args: vec![konst(u64t, n as u128)],
        dest: pl(r),
        target: Some(next),
    });
    // The result is the exit code (it fits an `i32` for the sizes run).
    m.assign(pl(code), Rvalue::Cast(CastKind::IntToInt, copy(r), i32t));
    m.end(TerminatorKind::Call {
        func: Callee::Fn(exit, std::rc::Rc::new([])),
        args: vec![copy(code)],
        dest: pl(code),
        target: None,
    });
    p.define(main, m.finish(main));
    (p, main)
}

#[test]
fn fib_recursion() {
    let (p, main) = fib_program(20);
    let r = p.run(main);
    assert!(matches!(r.outcome, Outcome::Exit(6765)), "{:?} {}", r.outcome, r.stderr);
}

#[test]
fn fib_speed() {
    // Run with `cargo test --release -p ferrum_interp --test run fib_speed -- --nocapture`.
    let default = if cfg!(debug_assertions) { 20 } else { 30 };
    let n = std::env::var("FIB_N").ok().and_then(|v| v.parse().ok()).unwrap_or(default);
    let (p, main) = fib_program(n);
    let start = std::time::Instant::now();
    let r = p.run(main);
    let elapsed = start.elapsed();
    let calls = 2.0 * fib(n + 1) as f64 - 1.0;
    println!("fib({n}): {:?}, {:.1} ns per call", elapsed, elapsed.as_nanos() as f64 / calls);
    assert!(matches!(r.outcome, Outcome::Exit(c) if c as u64 == fib(n)));
}

fn fib(n: u64) -> u64 {
    if n < 2 {
        n
    } else {
        fib(n - 1) + fib(n - 2)
    }
}

#[test]
fn fuel_runs_out() {
    let (p, main) = fib_program(20);
    let opts = InterpOptions { fuel: Some(1000), ..InterpOptions::default() };
    let r = p.run_with(main, &opts);
    match r.outcome {
        Outcome::ResourceExhausted(m) => {
            assert!(m.contains("exceeded the step budget of 1000"), "{m}")
        }
        o => panic!("{o:?}"),
    }
}

#[test]
fn call_depth_limit() {
    let (p, main) = fib_program(30);
    let opts = InterpOptions { max_call_depth: 10, ..InterpOptions::default() };
    let r = p.run_with(main, &opts);
    match r.outcome {
        Outcome::ResourceExhausted(m) => {
            assert!(m.contains("stack overflow in interpreted program"), "{m}")
        }
        o => panic!("{o:?}"),
    }
}

/// `let x: u8 = 255; let y = x + 1;` at line 7.
#[test]
fn add_overflow_panics() {
    let mut p = TestProg::new();
    let (u8t, boolt) = (p.u8(), p.bool());
    let pair = p.tuple(vec![u8t, boolt]);
    let main = p.declare_fn("main", Abi::Rust, false, (vec![], p.unit()));
    let mut b = Mb::new(p.unit(), &[]);
    b.at(p.span(6));
    let x = b.named("x", u8t);
    let t = b.local(pair);
    b.assign(pl(x), Rvalue::Use(konst(u8t, 255)));
    b.at(p.span(7));
    b.assign(pl(t), Rvalue::CheckedBinaryOp(BinOp::Add, copy(x), konst(u8t, 1)));
    let next = b.next();
    b.end(TerminatorKind::Assert {
        cond: mv(pl(t).field(1, boolt)),
        expected: false,
        msg: AssertMessage::Overflow(BinOp::Add),
        target: next,
    });
    b.end(TerminatorKind::Return);
    p.define(main, b.finish(main));
    let r = p.run(main);
    assert!(matches!(r.outcome, Outcome::Panicked), "{:?}", r.outcome);
    assert_eq!(
        r.stderr,
        "\nthread 'main' panicked at src/main.rs:7:5:\nattempt to add with overflow\n\
         note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n"
    );
}

/// `let a = [1, 2, 3]; let i = 5; a[i]` with rustc's bounds check.
#[test]
fn index_out_of_bounds_panics() {
    let mut p = TestProg::new();
    let (i32t, usz, boolt) = (p.i32(), p.usize(), p.bool());
    let arr = p.tcx().mk_array(i32t, 3);
    let main = p.declare_fn("main", Abi::Rust, false, (vec![], p.unit()));
    let mut b = Mb::new(p.unit(), &[]);
    b.at(p.span(3));
    let a = b.named("a", arr);
    let i = b.named("i", usz);
    let len = b.local(usz);
    let ok = b.local(boolt);
    let x = b.named("x", i32t);
    b.assign(
        pl(a),
        Rvalue::Aggregate(AggregateKind::Array(i32t), vec![konst(i32t, 1), konst(i32t, 2), konst(i32t, 3)]),
    );
    b.assign(pl(i), Rvalue::Use(konst(usz, 5)));
    b.at(p.span(4));
    b.assign(pl(len), Rvalue::Len(pl(a)));
    b.assign(pl(ok), Rvalue::BinaryOp(BinOp::Lt, copy(i), copy(len)));
    let next = b.next();
    b.end(TerminatorKind::Assert {
        cond: copy(ok),
        expected: true,
        msg: AssertMessage::BoundsCheck { len: copy(len), index: copy(i) },
        target: next,
    });
    b.assign(pl(x), Rvalue::Use(copy_place(pl(a).project(PlaceElem::Index(i)))));
    b.end(TerminatorKind::Return);
    p.define(main, b.finish(main));
    let r = p.run(main);
    assert!(matches!(r.outcome, Outcome::Panicked), "{:?}", r.outcome);
    assert!(r.stderr.starts_with(
        "\nthread 'main' panicked at src/main.rs:4:5:\nindex out of bounds: the len is 3 but the index is 5\n"
    ));
}

fn copy_place(p: Place) -> Operand {
    Operand::Copy(p)
}

/// A `#[track_caller]` function panicking reports its caller's location.
#[test]
fn track_caller_reports_call_site() {
    let mut p = TestProg::new();
    let unit = p.unit();
    let main = p.declare_fn("main", Abi::Rust, false, (vec![], unit));
    let f = p.declare_fn("check", Abi::Rust, true, (vec![], unit));
    let boolt = p.bool();
    let mut b = Mb::new(unit, &[]);
    b.at(p.span(20));
    let next = b.next();
    b.end(TerminatorKind::Assert {
        cond: konst(boolt, 0),
        expected: true,
        msg: AssertMessage::DivisionByZero,
        target: next,
    });
    b.end(TerminatorKind::Return);
    p.define(f, b.finish(f));
    let mut m = Mb::new(unit, &[]);
    m.at(p.span(30));
    let next = m.next();
    m.end(TerminatorKind::Call {
        func: Callee::Fn(f, std::rc::Rc::new([])),
        args: vec![],
        dest: pl(Local(0)),
        target: Some(next),
    });
    m.end(TerminatorKind::Return);
    p.define(main, m.finish(main));
    let r = p.run(main);
    assert!(
        r.stderr.starts_with("\nthread 'main' panicked at src/main.rs:30:5:\nattempt to divide by zero\n"),
        "{}",
        r.stderr
    );
}

fn builtins(p: &mut TestProg) -> (ferrum_hir::hir::DefId, ferrum_hir::hir::DefId) {
    let (usz, u8p, unit) = (p.usize(), p.ptr(p.u8()), p.unit());
    let alloc = p.declare_fn("__ferrum_alloc", Abi::Builtin, false, (vec![usz, usz], u8p));
    let dealloc = p.declare_fn("__ferrum_dealloc", Abi::Builtin, false, (vec![u8p, usz, usz], unit));
    (alloc, dealloc)
}

/// Allocates 4 bytes, writes an i32, frees, then reads it back.
#[test]
fn use_after_free_is_ub() {
    let mut p = TestProg::new();
    let (alloc, dealloc) = builtins(&mut p);
    let (usz, i32t, unit) = (p.usize(), p.i32(), p.unit());
    let (u8p, i32p) = (p.ptr(p.u8()), p.ptr(i32t));
    let main = p.declare_fn("main", Abi::Rust, false, (vec![], unit));
    let mut b = Mb::new(unit, &[]);
    b.at(p.span(40));
    let raw = b.named("raw", u8p);
    let ip = b.named("p", i32p);
    let x = b.named("x", i32t);
    let next = b.next();
    b.end(TerminatorKind::Call {
        func: Callee::Fn(alloc, std::rc::Rc::new([])),
        args: vec![konst(usz, 4), konst(usz, 4)],
        dest: pl(raw),
        target: Some(next),
    });
    b.assign(pl(ip), Rvalue::Cast(CastKind::PtrToPtr, copy(raw), i32p));
    b.assign(pl(ip).deref(), Rvalue::Use(konst(i32t, 7)));
    b.at(p.span(41));
    let next = b.next();
    b.end(TerminatorKind::Call {
        func: Callee::Fn(dealloc, std::rc::Rc::new([])),
        args: vec![copy(raw), konst(usz, 4), konst(usz, 4)],
        dest: pl(Local(0)),
        target: Some(next),
    });
    b.at(p.span(42));
    b.assign(pl(x), Rvalue::Use(Operand::Copy(pl(ip).deref())));
    b.end(TerminatorKind::Return);
    p.define(main, b.finish(main));
    let r = p.run(main);
    match &r.outcome {
        Outcome::Ub(rep) => {
            assert_eq!(rep.kind, UbKind::UseAfterFree);
            assert!(rep.rendered.contains("error: undefined behavior: use-after-free"), "{}", rep.rendered);
            assert!(rep.rendered.contains("src/main.rs:42:5"), "{}", rep.rendered);
            assert!(rep.rendered.contains("allocated here"), "{}", rep.rendered);
            assert!(rep.rendered.contains("freed here"), "{}", rep.rendered);
        }
        o => panic!("{o:?}\n{}", r.stderr),
    }
    assert_eq!(r.outcome.exit_code(), 134);
}

/// `fn f() -> *const i32 { let x = 5; &raw const x }` then `*f()`.
#[test]
fn dangling_stack_pointer_is_ub() {
    let mut p = TestProg::new();
    let (i32t, unit) = (p.i32(), p.unit());
    let i32p = p.tcx().mk_ptr(i32t, Mutability::Not);
    let main = p.declare_fn("main", Abi::Rust, false, (vec![], unit));
    let f = p.declare_fn("f", Abi::Rust, false, (vec![], i32p));
    let mut b = Mb::new(i32p, &[]);
    b.at(p.span(50));
    let x = b.named("x", i32t);
    b.live(x);
    b.assign(pl(x), Rvalue::Use(konst(i32t, 5)));
    b.assign(pl(Local(0)), Rvalue::AddressOf(Mutability::Not, pl(x)));
    b.dead(x);
    b.end(TerminatorKind::Return);
    p.define(f, b.finish(f));
    let mut m = Mb::new(unit, &[]);
    m.at(p.span(55));
    let q = m.named("q", i32p);
    let v = m.named("v", i32t);
    let next = m.next();
    m.end(TerminatorKind::Call {
        func: Callee::Fn(f, std::rc::Rc::new([])),
        args: vec![],
        dest: pl(q),
        target: Some(next),
    });
    m.at(p.span(56));
    m.assign(pl(v), Rvalue::Use(Operand::Copy(pl(q).deref())));
    m.end(TerminatorKind::Return);
    p.define(main, m.finish(main));
    let r = p.run(main);
    match &r.outcome {
        Outcome::Ub(rep) => {
            assert_eq!(rep.kind, UbKind::DanglingStack, "{}", rep.rendered);
            assert!(rep.rendered.contains("src/main.rs:56:5"), "{}", rep.rendered);
        }
        o => panic!("{o:?}\n{}", r.stderr),
    }
}

/// Reading a heap byte that was never written.
#[test]
fn uninit_read_is_ub() {
    let mut p = TestProg::new();
    let (alloc, _) = builtins(&mut p);
    let (usz, u8t, unit) = (p.usize(), p.u8(), p.unit());
    let u8p = p.ptr(u8t);
    let main = p.declare_fn("main", Abi::Rust, false, (vec![], unit));
    let mut b = Mb::new(unit, &[]);
    b.at(p.span(60));
    let raw = b.named("raw", u8p);
    let x = b.named("x", u8t);
    let next = b.next();
    b.end(TerminatorKind::Call {
        func: Callee::Fn(alloc, std::rc::Rc::new([])),
        args: vec![konst(usz, 8), konst(usz, 1)],
        dest: pl(raw),
        target: Some(next),
    });
    b.at(p.span(61));
    b.assign(pl(x), Rvalue::Use(Operand::Copy(pl(raw).deref())));
    b.end(TerminatorKind::Return);
    p.define(main, b.finish(main));
    let r = p.run(main);
    match &r.outcome {
        Outcome::Ub(rep) => assert_eq!(rep.kind, UbKind::UninitRead, "{}", rep.rendered),
        o => panic!("{o:?}\n{}", r.stderr),
    }
}

/// An integer cast to a pointer has no provenance.
#[test]
fn int_to_ptr_deref_is_ub() {
    let mut p = TestProg::new();
    let (usz, i32t, unit) = (p.usize(), p.i32(), p.unit());
    let i32p = p.ptr(i32t);
    let main = p.declare_fn("main", Abi::Rust, false, (vec![], unit));
    let mut b = Mb::new(unit, &[]);
    b.at(p.span(70));
    let q = b.named("q", i32p);
    let x = b.named("x", i32t);
    b.assign(pl(q), Rvalue::Cast(CastKind::AddrToPtr, konst(usz, 0x1000), i32p));
    b.assign(pl(x), Rvalue::Use(Operand::Copy(pl(q).deref())));
    b.end(TerminatorKind::Return);
    p.define(main, b.finish(main));
    let r = p.run(main);
    match &r.outcome {
        Outcome::Ub(rep) => assert_eq!(rep.kind, UbKind::NoProvenance, "{}", rep.rendered),
        o => panic!("{o:?}\n{}", r.stderr),
    }
}

/// Out-of-bounds write through a heap pointer offset past the end.
#[test]
fn out_of_bounds_write_is_ub() {
    let mut p = TestProg::new();
    let (alloc, _) = builtins(&mut p);
    let (usz, u8t, unit) = (p.usize(), p.u8(), p.unit());
    let u8p = p.ptr(u8t);
    let main = p.declare_fn("main", Abi::Rust, false, (vec![], unit));
    let mut b = Mb::new(unit, &[]);
    b.at(p.span(80));
    let raw = b.named("raw", u8p);
    let q = b.named("q", u8p);
    let next = b.next();
    b.end(TerminatorKind::Call {
        func: Callee::Fn(alloc, std::rc::Rc::new([])),
        args: vec![konst(usz, 4), konst(usz, 1)],
        dest: pl(raw),
        target: Some(next),
    });
    b.assign(pl(q), Rvalue::BinaryOp(BinOp::Offset, copy(raw), konst(usz, 4)));
    b.assign(pl(q).deref(), Rvalue::Use(konst(u8t, 1)));
    b.end(TerminatorKind::Return);
    p.define(main, b.finish(main));
    let r = p.run(main);
    match &r.outcome {
        Outcome::Ub(rep) => assert_eq!(rep.kind, UbKind::OutOfBounds, "{}", rep.rendered),
        o => panic!("{o:?}\n{}", r.stderr),
    }
}

/// An allocation never freed is reported at exit; double free is caught.
#[test]
fn leak_and_double_free() {
    let mut p = TestProg::new();
    let (alloc, dealloc) = builtins(&mut p);
    let (usz, unit) = (p.usize(), p.unit());
    let u8p = p.ptr(p.u8());
    let main = p.declare_fn("main", Abi::Rust, false, (vec![], unit));
    let mut b = Mb::new(unit, &[]);
    b.at(p.span(90));
    let raw = b.named("raw", u8p);
    let next = b.next();
    b.end(TerminatorKind::Call {
        func: Callee::Fn(alloc, std::rc::Rc::new([])),
        args: vec![konst(usz, 16), konst(usz, 8)],
        dest: pl(raw),
        target: Some(next),
    });
    b.end(TerminatorKind::Return);
    p.define(main, b.finish(main));
    let r = p.run(main);
    match &r.outcome {
        Outcome::Ub(rep) => {
            assert_eq!(rep.kind, UbKind::MemoryLeak);
            assert!(rep.rendered.contains("memory-leak: 16 bytes in 1 allocation"), "{}", rep.rendered);
        }
        o => panic!("{o:?}"),
    }
    // `--ignore-leaks`: the same program ends normally, reporting nothing.
    let opts = InterpOptions { check_leaks: false, ..InterpOptions::default() };
    let r = p.run_with(main, &opts);
    assert!(matches!(r.outcome, Outcome::Exit(0)), "{:?}", r.outcome);
    assert!(r.stderr.is_empty(), "{}", r.stderr);

    let mut p = TestProg::new();
    let (alloc, dealloc2) = builtins(&mut p);
    let _ = dealloc;
    let (usz, unit) = (p.usize(), p.unit());
    let u8p = p.ptr(p.u8());
    let main = p.declare_fn("main", Abi::Rust, false, (vec![], unit));
    let mut b = Mb::new(unit, &[]);
    b.at(p.span(91));
    let raw = b.named("raw", u8p);
    let next = b.next();
    b.end(TerminatorKind::Call {
        func: Callee::Fn(alloc, std::rc::Rc::new([])),
        args: vec![konst(usz, 16), konst(usz, 8)],
        dest: pl(raw),
        target: Some(next),
    });
    for _ in 0..2 {
        let next = b.next();
        b.end(TerminatorKind::Call {
            func: Callee::Fn(dealloc2, std::rc::Rc::new([])),
            args: vec![copy(raw), konst(usz, 16), konst(usz, 8)],
            dest: pl(Local(0)),
            target: Some(next),
        });
    }
    b.end(TerminatorKind::Return);
    p.define(main, b.finish(main));
    let r = p.run(main);
    match &r.outcome {
        Outcome::Ub(rep) => assert_eq!(rep.kind, UbKind::DoubleFree, "{}", rep.rendered),
        o => panic!("{o:?}"),
    }
}
