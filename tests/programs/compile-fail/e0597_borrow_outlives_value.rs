// A borrow used after its value's scope ended: directly, inside a struct,
// and stored into a longer-lived collection by a method call.

struct Holder<'a> {
    r: &'a String,
}

fn main() {
    let r;
    {
        let x = 5;
        r = &x; //~ ERROR E0597
    }
    println!("{}", r);

    let h;
    {
        let s = String::from("x");
        h = Holder { r: &s }; //~ ERROR E0597
    }
    println!("{}", h.r);

    let mut names: Vec<&str> = Vec::new();
    for i in 0..3 {
        let s = format!("n{}", i);
        names.push(&s); //~ ERROR E0597
    }
    println!("{:?}", names);

    // Fine: each borrow ends inside its value's scope.
    let total;
    {
        let v = vec![1, 2, 3];
        let view = &v;
        total = view.iter().sum::<i32>();
    }
    println!("{}", total);
}
