// Unions: writing one field and reading another reinterprets the bytes;
// patterns on union fields; a tagged union made by hand.
#[repr(C)]
union IntOrFloat {
    i: u32,
    f: f32,
}

union Pair {
    halves: [u8; 2],
    whole: u16,
}

#[derive(Clone, Copy)]
enum Kind {
    Int,
    Float,
}

struct Tagged {
    kind: Kind,
    data: IntOrFloat,
}

impl Tagged {
    fn show(&self) -> String {
        unsafe {
            match self.kind {
                Kind::Int => format!("int {}", self.data.i),
                Kind::Float => format!("float {}", self.data.f),
            }
        }
    }
}

fn main() {
    let u = IntOrFloat { f: 1.0 };
    println!("{:#x}", unsafe { u.i });
    let mut p = Pair { whole: 0x0102 };
    println!("{:?}", unsafe { p.halves });
    p.halves = [0xff, 0];
    println!("{}", unsafe { p.whole });
    let w = IntOrFloat { i: 3 };
    unsafe {
        match w {
            IntOrFloat { i: 3 } => println!("three"),
            IntOrFloat { f } => println!("{f}"),
        }
    }
    let items = [Tagged { kind: Kind::Int, data: IntOrFloat { i: 42 } }, Tagged { kind: Kind::Float, data: IntOrFloat { f: 2.5 } }];
    for t in &items {
        println!("{}", t.show());
    }
    println!("{}", std::mem::size_of::<IntOrFloat>());
}
