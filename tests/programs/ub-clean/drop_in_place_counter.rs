// `drop_in_place` runs a value's destructor (and its fields') exactly once;
// the storage is then reused with `ptr::write`.
use std::alloc::{alloc, dealloc, Layout};
use std::ptr;

struct Noisy {
    id: u32,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.id);
    }
}

struct Pair {
    a: Noisy,
    b: Noisy,
}

fn main() {
    unsafe {
        let layout = Layout::new::<[Noisy; 3]>();
        let p = alloc(layout) as *mut Noisy;
        for i in 0..3 {
            p.add(i).write(Noisy { id: i as u32 });
        }
        ptr::drop_in_place(p.add(1));
        ptr::write(p.add(1), Noisy { id: 11 });
        for i in 0..3 {
            println!("slot {} holds {}", i, (*p.add(i)).id);
        }
        let mut i = 3;
        while i > 0 {
            i -= 1;
            p.add(i).drop_in_place();
        }
        dealloc(p as *mut u8, layout);

        let q = alloc(Layout::new::<Pair>()) as *mut Pair;
        q.write(Pair { a: Noisy { id: 100 }, b: Noisy { id: 200 } });
        ptr::drop_in_place(q);
        dealloc(q as *mut u8, Layout::new::<Pair>());
    }
    let _kept = Noisy { id: 999 };
    println!("end of main");
}
