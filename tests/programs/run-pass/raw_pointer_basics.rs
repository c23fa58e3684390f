// Raw pointers: creation from references, reads and writes through *mut, swaps, casts.

struct Pair {
    left: i32,
    right: i32,
}

fn swap_raw(a: *mut i32, b: *mut i32) {
    unsafe {
        let t = *a;
        *a = *b;
        *b = t;
    }
}

unsafe fn add_into(dst: *mut i64, src: *const i64) {
    *dst += *src;
}

fn bump_all(p: *mut Pair, by: i32) {
    unsafe {
        (*p).left += by;
        (*p).right -= by;
    }
}

fn main() {
    let mut x = 10;
    let mut y = 20;
    let px: *mut i32 = &mut x;
    let py = &mut y as *mut i32;
    swap_raw(px, py);
    println!("x={} y={}", x, y);

    let mut total: i64 = 5;
    let inc: i64 = 37;
    unsafe {
        add_into(&mut total, &inc);
        add_into(&mut total as *mut i64, &inc as *const i64);
    }
    println!("total={}", total);

    let mut pair = Pair { left: 1, right: 100 };
    let pp: *mut Pair = &mut pair;
    for _ in 0..3 {
        bump_all(pp, 7);
    }
    println!("pair=({}, {})", pair.left, pair.right);

    // pointer to a field, and reading it through a *const
    let field_ptr: *const i32 = &pair.right;
    let read = unsafe { *field_ptr };
    println!("right via pointer = {}", read);

    // a *const derived from a unique borrow, cast back to *mut and written
    let mut cell: u8 = 200;
    let cp: *const u8 = &mut cell as *mut u8 as *const u8;
    let mp = cp as *mut u8;
    unsafe {
        *mp = (*mp).wrapping_add(100);
    }
    println!("cell={}", cell);
    cell += 1;
    println!("cell={}", cell);

    // pointer casts between types of the same size
    let mut bits: u32 = 0x3F800000;
    let fp = &mut bits as *mut u32 as *mut f32;
    unsafe {
        println!("as f32 = {}", *fp);
        *fp = -2.5;
    }
    println!("bits now = {:#x}", bits);

    // comparing pointers and null
    let a: *const i32 = &x;
    let b: *const i32 = &x;
    let c: *const i32 = &y;
    let null = 0usize as *const i32;
    println!("a==b {} a==c {} null==0 {}", a == b, a == c, null as usize == 0);
    let mut word: u16 = 0x1234;
    let wp = &mut word as *mut u16;
    unsafe {
        *wp = *wp << 4;
        *wp |= 0xF;
    }
    println!("word = {:#06x}", word);
}
