// Built-in macros: printing, panics, assertions, matches!, dbg!, and the
// format-string syntax.
fn main() {
    let v = 3;
    let name = "n";
    println!();
    print!("{{}} {:?} {:#?} {:x?} {:X?}", v, v, v, v);
    eprintln!("{:*^10} {:+} {:#x} {:08.3} {:>w$} {:.*} {0}", v, v, v, 1.5, v, 2, 1.5, w = 6);
    eprint!("{name}{v:>4}");
    assert!(v == 3);
    assert!(v>1&&v<5, "bad {}", v);
    assert_eq!(v, 3);
    assert_ne!(v, 4, "v was {v}");
    debug_assert!(true);
    let ok = matches!(Some(v), Some(x) if x > 2);
    let d = dbg!(v + 1);
    if !ok {
        panic!();
    }
    if d == 0 {
        panic!("d is {}", d);
    }
    if v == 9 {
        unreachable!();
    }
    if v == 8 {
        unreachable!("v={}", v);
    }
    if v == 7 {
        todo!()
    }
    let s = stringify!(a + b);
    let c = concat!("a", 1, 'c', true);
    let l = line!();
    let f = format!("{}", v);
}
