// The same items through `core::` paths and `use` renames.
use core::alloc::Layout as L;
use core::ptr;

fn main() {
    let l = L::new::<[u16; 3]>();
    println!("{} {}", l.size(), l.align());
    let p: *const u8 = core::ptr::null();
    let q: *mut u8 = ptr::null_mut();
    println!("{} {}", p.is_null(), q.is_null());
    let mut x = 1u8;
    unsafe {
        core::ptr::write(&mut x, 9);
        println!("{}", core::ptr::read(&x));
        let block = std::alloc::alloc_zeroed(l);
        println!("{}", *block.add(5));
        std::alloc::dealloc(block, l);
    }
}
