// `{:?}` and `{:#?}` of nested derived structs and enums, tuples, arrays,
// slices, options and the builders used by hand.
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Color {
    Red,
    Rgb(u8, u8, u8),
    Named { name: &'static str, alpha: f32 },
}

#[derive(Debug)]
struct Pixel {
    pos: (i32, i32),
    color: Color,
    tags: [&'static str; 2],
}

#[derive(Debug)]
struct Wrapper<T>(T);

#[derive(Debug)]
struct Unit;

#[derive(Debug)]
struct Empty {}

#[derive(Debug)]
enum Tree<'a> {
    Leaf(i32),
    Node(&'a Tree<'a>, &'a Tree<'a>),
}

struct Registry {
    ids: [u32; 3],
    name: &'static str,
}

impl fmt::Debug for Registry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Registry").field("name", &self.name).finish_non_exhaustive()
    }
}

struct Pairs;

impl fmt::Debug for Pairs {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entry(&"a", &1).entry(&"b", &(2, 3)).key(&"c").value(&[4, 5]).finish()
    }
}

struct Set;

impl fmt::Debug for Set {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entry(&1).entry(&Color::Red).finish()
    }
}

struct List;

impl fmt::Debug for List {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entry(&'x').entry(&"y").finish_non_exhaustive()
    }
}

struct Tup;

impl fmt::Debug for Tup {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Tup").field(&1.5).field(&None::<u8>).finish()
    }
}

fn main() {
    let px = Pixel {
        pos: (1, -2),
        color: Color::Named { name: "teal", alpha: 0.5 },
        tags: ["a", "b\"c"],
    };
    println!("{:?}", px);
    println!("{:#?}", px);
    let colors = [Color::Red, Color::Rgb(1, 2, 3), Color::Named { name: "x", alpha: 1.0 }];
    println!("{:?}", colors);
    println!("{:#?}", &colors[1..]);
    println!("{:?} {:?} {:?}", Wrapper(5), Unit, Empty {});
    println!("{:#?}", Wrapper((1, "two", [3.0, 4.5])));
    let (l1, l2, l3) = (Tree::Leaf(1), Tree::Leaf(2), Tree::Leaf(3));
    let inner = Tree::Node(&l2, &l3);
    let t = Tree::Node(&l1, &inner);
    println!("{:?}", t);
    println!("{:#?}", t);
    let r = Registry { ids: [1, 2, 3], name: "reg" };
    println!("{:?} {:#?}", r, r);
    println!("{:?}", r.ids);
    println!("{:?}", Pairs);
    println!("{:#?}", Pairs);
    println!("{:?} {:#?}", Set, Set);
    println!("{:?} {:#?}", List, List);
    println!("{:?} {:#?}", Tup, Tup);
    let nested: Option<Option<(u8, char)>> = Some(Some((7, '\n')));
    println!("{:?} {:#?}", nested, nested);
    let res: Result<[i8; 2], Unit> = Ok([-1, 1]);
    println!("{:?} {:#?}", res, Err::<u8, Unit>(Unit));
    println!("{:?} {:#?}", (), ((), (1,)));
    println!("{:5?}|{:<6?}|{:^9?}|{:+?}", Color::Red, Some(1), (1, 2), [1, -1]);
    let empty: [u8; 0] = [];
    println!("{:?} {:#?}", empty, empty);
}
