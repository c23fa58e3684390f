#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let v = vec![1, 2, 3];
    println!("{:?}", v);
    let names = vec![String::from("ann"), String::from("bob")];
    println!("{:?} {}", names, names[1]);
    let pts = vec![Point { x: 1, y: 2 }, Point { x: -3, y: 4 }];
    println!("{:?}", pts);
    println!("{:#?}", pts[1]);
    let nested = vec![vec![1u8], vec![], vec![2, 3]];
    println!("{:?}", nested);
    let s = String::from("tab\there \"quoted\"");
    println!("{} | {:?}", s, s);
    println!("{:?} {:?}", "abc".find('c'), v.first());
    println!("{:?}", "12".parse::<i32>());
    println!("{:?}", "x".parse::<i32>());
    println!("{}", "999".parse::<u8>().unwrap_err());
    let bad: Result<u32, _> = "-5".parse::<u32>();
    let n = bad.unwrap();
    println!("unreachable {}", n);
}
