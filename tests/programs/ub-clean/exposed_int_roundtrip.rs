// A pointer cast to an integer and back (exposed provenance) still reaches
// its allocation; ptr-to-int comparisons and alignment arithmetic work.
use std::alloc::{alloc, dealloc, Layout};

fn main() {
    let data = [5u32, 6, 7, 8];
    let base = data.as_ptr() as usize;
    let third = (base + 2 * 4) as *const u32;
    println!("{}", unsafe { *third });
    println!("aligned: {}", base % 4 == 0);

    unsafe {
        let layout = Layout::from_size_align_unchecked(64, 16);
        let p = alloc(layout);
        let addr = p as usize;
        println!("16-aligned: {}", addr % 16 == 0);
        let q = (addr + 32) as *mut u64;
        q.write(77);
        println!("{}", *(p.add(32) as *const u64));
        dealloc(addr as *mut u8, layout);
    }
}
