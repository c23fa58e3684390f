// Drop order of temporaries (edition 2021): tail expressions, statements, lifetime extension, if/if-let/match scrutinees, loops, shadowing, field assignment.
struct N(&'static str);
impl Drop for N {
    fn drop(&mut self) { println!("drop {}", self.0); }
}
impl N {
    fn get(&self) -> i32 { println!("get {}", self.0); 1 }
    fn opt(&self) -> Option<i32> { Some(2) }
}
fn make(s: &'static str) -> N { N(s) }

fn tail() -> i32 {
    let _a = N("local");
    make("tail temp").get()
}

fn stmt_temps() {
    let x = make("t1").get() + make("t2").get();
    println!("x {}", x);
    let r = &make("extended");
    println!("r {}", r.0);
    let _ = make("underscore");
    make("stmt");
    println!("after stmt");
}

fn if_let_temp() {
    if let Some(v) = make("iflet").opt() {
        println!("in then {}", v);
    } else {
        println!("in else");
    }
    println!("after if let");
    if make("cond").get() > 0 {
        println!("in if");
    }
    println!("after if");
}

fn match_temp() {
    match make("scrut").opt() {
        Some(v) => println!("arm {}", v),
        None => {}
    }
    println!("after match");
}

fn block_value() {
    let v = {
        let _inner = N("inner");
        make("block tail").get()
    };
    println!("v {}", v);
}

fn loop_temps() {
    let mut i = 0;
    while make("while cond").get() > 0 && i < 2 {
        let _b = N("body");
        i += 1;
    }
    println!("after while");
}

fn shadow() {
    let a = N("first");
    let a = N("second");
    println!("shadowed {}", a.0);
}

fn assign_field() {
    let mut p = (N("p0"), N("p1"));
    p.0 = N("p0 new");
    println!("assigned");
}

fn main() {
    println!("tail {}", tail());
    stmt_temps();
    if_let_temp();
    match_temp();
    block_value();
    loop_temps();
    shadow();
    assign_field();
}
