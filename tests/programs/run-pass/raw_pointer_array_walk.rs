// Walking arrays through raw pointers converted to and from usize addresses.

fn sum_via_addresses(a: &[i32; 8]) -> i32 {
    let base = a as *const [i32; 8] as *const i32 as usize;
    let mut s = 0;
    for i in 0..8 {
        let p = (base + i * 4) as *const i32;
        s += unsafe { *p };
    }
    s
}

fn reverse_in_place(a: &mut [u16; 7]) {
    let first = &mut a[0] as *mut u16 as usize;
    let mut lo = first;
    let mut hi = first + 6 * 2;
    while lo < hi {
        unsafe {
            let pl = lo as *mut u16;
            let ph = hi as *mut u16;
            let t = *pl;
            *pl = *ph;
            *ph = t;
        }
        lo += 2;
        hi -= 2;
    }
}

fn fill_struct_fields(grid: &mut [[u8; 4]; 3]) {
    let start = grid as *mut [[u8; 4]; 3] as *mut u8 as usize;
    for k in 0..12 {
        let p = (start + k) as *mut u8;
        unsafe {
            *p = (k * k) as u8;
        }
    }
}

fn main() {
    let a = [3, 1, 4, 1, 5, 9, 2, 6];
    println!("sum = {}", sum_via_addresses(&a));
    let mut b: [u16; 7] = [10, 20, 30, 40, 50, 60, 70];
    reverse_in_place(&mut b);
    println!("reversed = {:?}", b);
    let mut g = [[0u8; 4]; 3];
    fill_struct_fields(&mut g);
    println!("grid = {:?}", g);

    // distance between element addresses is a multiple of the element size
    let words = [0u64; 4];
    let p0 = &words[0] as *const u64 as usize;
    let p3 = &words[3] as *const u64 as usize;
    println!("distance = {} bytes", p3 - p0);
    let pairs = [(1u8, 2u32), (3, 4)];
    let q0 = &pairs[0] as *const (u8, u32) as usize;
    let q1 = &pairs[1] as *const (u8, u32) as usize;
    println!("tuple stride = {}", q1 - q0);

    // copy one array into another through pointers
    let src = [1.5f64, 2.5, 3.5];
    let mut dst = [0.0f64; 3];
    let sp = &src as *const [f64; 3] as *const f64;
    let dp = &mut dst as *mut [f64; 3] as *mut f64;
    for i in 0..3 {
        unsafe {
            let from = (sp as usize + i * 8) as *const f64;
            let to = (dp as usize + i * 8) as *mut f64;
            *to = *from * 2.0;
        }
    }
    println!("dst = {:?}", dst);
}
