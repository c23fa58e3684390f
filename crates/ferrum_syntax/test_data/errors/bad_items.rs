struct S { a: i32 b: u8 }

fn g() -> { 1 }

5

fn f(x) {}

enum E { A(,), B }

const X = 5;

fn ok() {}
