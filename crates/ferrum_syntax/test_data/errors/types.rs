fn f<T,>(x: Vec<T) {}
fn g(x: *u8) {}
fn h() { let x: = 5; }
