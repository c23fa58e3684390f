fn lookup(id: u32) -> Option<&'static str> {
    if id == 1 {
        Some("one")
    } else if id == 2 {
        Some("two")
    } else {
        None
    }
}

fn main() {
    let a = lookup(1);
    let b = lookup(9);
    println!("{} {} {} {}", a.is_some(), a.is_none(), b.is_some(), b.is_none());
    println!("{} {}", a.unwrap_or("none"), b.unwrap_or("none"));
    println!("{}", lookup(2).expect("two exists"));
    let mut slot: Option<i32> = Some(5);
    let taken = slot.take();
    println!("taken {:?} left {:?}", taken, slot);
    let old = slot.replace(7);
    println!("old {:?} now {:?}", old, slot);
    if let Some(x) = slot.as_mut() {
        *x += 1;
    }
    println!("as_mut -> {:?}", slot);
    let r: Option<&i32> = slot.as_ref();
    println!("as_ref copied {:?} cloned {:?}", r.copied(), r.cloned());
    let n: Option<u64> = None;
    println!("default {}", n.unwrap_or_default());
    println!("ok_or {:?} {:?}", Some(3).ok_or("missing"), None::<i32>.ok_or("missing"));
    println!("and {:?} or {:?} xor {:?}", Some(1).and(Some("x")), None.or(Some(2)), Some(1).xor(Some(2)));
    println!("zip {:?} flatten {:?}", Some(1).zip(Some('a')), Some(Some(4)).flatten());
    let mut cache: Option<String> = None;
    cache.get_or_insert(String::from("computed")).push('!');
    println!("{}", cache.as_ref().unwrap().as_str());
    println!("eq {} {} lt {}", Some(3) == Some(3), Some(3) == None, None < Some(0));
    let inserted = cache.insert(String::from("fresh"));
    inserted.push('?');
    println!("{}", cache.unwrap().as_str());
}
