// Fields declared as associated-type projections, in structs and enums,
// built, matched and read through generic and concrete code.
trait Own {
    type O;
    fn own(&self) -> Self::O;
}

impl Own for str {
    type O = String;
    fn own(&self) -> String {
        self.to_uppercase()
    }
}

impl Own for u8 {
    type O = u32;
    fn own(&self) -> u32 {
        *self as u32 * 1000
    }
}

enum Holder<'a, B: ?Sized + Own> {
    Ref(&'a B),
    Val(<B as Own>::O),
}

impl<'a, B: ?Sized + Own> Holder<'a, B> {
    fn into_val(self) -> <B as Own>::O {
        match self {
            Holder::Ref(b) => b.own(),
            Holder::Val(o) => o,
        }
    }

    fn make_owned(&mut self) {
        if let Holder::Ref(b) = *self {
            *self = Holder::Val(b.own());
        }
    }
}

struct Pair<B: Own> {
    key: B,
    val: <B as Own>::O,
}

impl<B: Own> Pair<B> {
    fn new(key: B) -> Pair<B> {
        let val = key.own();
        Pair { key, val }
    }
}

fn main() {
    let h: Holder<str> = Holder::Ref("abc");
    println!("{}", h.into_val());
    let mut h: Holder<str> = Holder::Ref("xy");
    h.make_owned();
    if let Holder::Val(s) = &h {
        println!("owned {}", s);
    }
    let h: Holder<u8> = Holder::Val(7);
    println!("{}", h.into_val());
    let p = Pair::new(4u8);
    println!("{} {}", p.key, p.val + 1);
    let q: Pair<u8> = Pair { key: 1, val: 2u8.own() };
    println!("{}", q.val);
    let names = ["a b", "c"];
    let up: Vec<String> = names.iter().map(|s| str::own(s)).collect();
    println!("{:?}", up);
}
