// Capacity growth must match std's RawVec exactly: programs print it.

struct Big {
    data: [u8; 2000],
}

fn report(label: &str, len: usize, cap: usize) {
    println!("{:>8}: len {:>3} cap {:>3}", label, len, cap);
}

fn main() {
    let mut ints: Vec<i32> = Vec::new();
    report("i32", ints.len(), ints.capacity());
    for i in 0..20 {
        ints.push(i);
        report("i32", ints.len(), ints.capacity());
    }

    let mut bytes: Vec<u8> = Vec::new();
    for i in 0..10u8 {
        bytes.push(i);
    }
    report("u8", bytes.len(), bytes.capacity());

    let mut wide: Vec<u64> = Vec::with_capacity(3);
    report("u64", wide.len(), wide.capacity());
    for i in 0..4 {
        wide.push(i);
    }
    report("u64", wide.len(), wide.capacity());

    let mut big: Vec<Big> = Vec::new();
    big.push(Big { data: [1; 2000] });
    report("big", big.len(), big.capacity());
    big.push(Big { data: [2; 2000] });
    report("big", big.len(), big.capacity());
    println!("big sum {}", big[0].data[5] as u32 + big[1].data[1999] as u32);

    let mut units: Vec<()> = Vec::new();
    units.push(());
    units.push(());
    println!("units len {} cap is max {}", units.len(), units.capacity() == usize::MAX);

    let mut r: Vec<i16> = Vec::new();
    r.reserve(10);
    report("reserve", r.len(), r.capacity());
    r.push(1);
    r.reserve(10);
    report("reserve", r.len(), r.capacity());
    r.reserve(30);
    report("reserve", r.len(), r.capacity());
    r.shrink_to_fit();
    report("shrink", r.len(), r.capacity());
    r.reserve_exact(5);
    report("exact", r.len(), r.capacity());
    println!("empty {} {}", r.is_empty(), Vec::<char>::new().is_empty());
}
