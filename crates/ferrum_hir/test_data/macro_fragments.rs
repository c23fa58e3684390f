// Fragment kinds, macro-defining macros, `$crate`, user macros shadowing
// built-ins (but not `std::` paths), macros defined inside a block.
macro_rules! outer {
    ($name:ident) => {
        macro_rules! $name {
            ($x:expr) => { $x + 1 };
        }
    };
}
outer!(inc);

macro_rules! kinds {
    ($l:literal, $b:block, $p:pat, $t:ty, $path:path, $lt:lifetime, $s:stmt) => {{
        $s;
        let v: $t = $l;
        let r = $lt: loop { break $lt $b; };
        match v { $p => r, _ => $path(v) } }
    };
}

macro_rules! with_vis {
    ($v:vis struct $n:ident; #[$m:meta]) => {
        #[$m]
        $v struct $n;
    };
}
with_vis!(pub struct Marker; #[derive(Clone)]);

macro_rules! call_crate {
    () => { $crate::helper(2) };
}

macro_rules! println {
    ($e:expr) => { helper($e) };
}

fn helper(x: i32) -> i32 {
    x
}

fn main() {
    let a = inc!(1);
    let b = kinds!(5, { 7 }, 1 | 2, i32, helper, 'l, let q = 3);
    let c = call_crate!();
    let d = println!(4);
    std::println!("{}", d);
    {
        macro_rules! local {
            () => { a + b };
        }
        let e = local!();
    }
}
