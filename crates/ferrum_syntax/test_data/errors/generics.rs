fn f<T: Clone +>(x: T) {}
fn g<'a, T>(x: &'a T) -> Vec<T> where T: { vec![] }
struct W<T>(T) where T: Copy;
fn h() { let v = Vec::<u8::new(); }
fn k() { let v: HashMap<u8, = 1; }
impl<T> Tr for W<T> { }
fn last() {}
