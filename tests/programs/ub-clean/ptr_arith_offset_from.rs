// Pointer arithmetic: add, sub, offset (negative too), one-past-the-end,
// wrapping_add out and back, and offset_from.
fn main() {
    let a = [10u16, 20, 30, 40, 50, 60];
    let start = a.as_ptr();
    unsafe {
        let end = start.add(a.len());
        println!("len via offset_from: {}", end.offset_from(start));
        let third = start.offset(2);
        println!("{} {}", *third, *third.offset(-1));
        let back = end.sub(1);
        println!("{} {}", *back, back.offset_from(third));
        println!("{}", start.offset_from(back));
        let mut p = start;
        let mut sum = 0;
        while p != end {
            sum += *p;
            p = p.add(1);
        }
        println!("sum {}", sum);
    }
    let far = start.wrapping_add(1000);
    let near = far.wrapping_sub(999);
    println!("{}", unsafe { *near });
    let m = [1i64, 2, 3];
    let mp = m.as_ptr() as *mut i64;
    println!("{}", unsafe { mp.add(2).offset_from(mp) });
}
