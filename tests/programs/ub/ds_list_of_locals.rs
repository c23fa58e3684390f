// A hand-written linked list whose nodes live on the stack of the
// function that built it.
struct Node {
    value: i32,
    next: *const Node,
}

fn build(tail: *const Node) -> *const Node {
    let node = Node { value: 3, next: tail };
    &node as *const Node
}

fn sum(mut cur: *const Node) -> i32 {
    let mut s = 0;
    while !cur.is_null() {
        unsafe {
            s += (*cur).value; //~ UB dangling-stack
            cur = (*cur).next;
        }
    }
    s
}

fn main() {
    let last = Node { value: 1, next: std::ptr::null() };
    println!("{}", sum(&last));
    let head = build(&last);
    println!("{}", sum(head));
}
