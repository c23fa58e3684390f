fn main() {
    let fn = 3;
    let box = 4;
}
struct T { fn: i32 }
