use std::collections::HashMap;

macro_rules! hashmap {
    () => { HashMap::new() };
    ($($k:expr => $v:expr),+ $(,)?) => {{
        let mut m = HashMap::new();
        $( m.insert($k, $v); )+
        m
    }};
}

macro_rules! count {
    () => { 0usize };
    ($head:tt $($tail:tt)*) => { 1usize + count!($($tail)*) };
}

macro_rules! max_of {
    ($x:expr) => { $x };
    ($x:expr, $($rest:expr),+) => {{
        let a = $x;
        let b = max_of!($($rest),+);
        if a > b { a } else { b }
    }};
}

macro_rules! make_struct {
    ($name:ident { $($field:ident : $ty:ty),* }) => {
        #[derive(Debug, Clone, Default)]
        struct $name { $($field: $ty),* }
        impl $name {
            fn field_names() -> Vec<&'static str> {
                vec![$(stringify!($field)),*]
            }
        }
    };
}

macro_rules! ops_enum {
    ($name:ident: $($variant:ident => $sym:literal),+) => {
        #[derive(Debug, Clone, Copy, PartialEq)]
        enum $name { $($variant),+ }
        impl $name {
            fn symbol(self) -> &'static str {
                match self { $($name::$variant => $sym),+ }
            }
            fn all() -> [$name; count!($($variant)+)] {
                [$($name::$variant),+]
            }
        }
    };
}

macro_rules! check {
    ($cond:expr) => {
        if $cond {
            println!("ok   {}", stringify!($cond));
        } else {
            println!("FAIL {}", stringify!($cond));
        }
    };
}

macro_rules! square_all {
    ($($x:expr),*) => { [$($x * $x),*] };
}

macro_rules! html {
    ($tag:ident [ $($inner:tt)* ]) => {
        format!("<{}>{}</{}>", stringify!($tag), html!(@children $($inner)*), stringify!($tag))
    };
    ($text:literal) => { $text.to_string() };
    (@children) => { String::new() };
    (@children $tag:ident [ $($inner:tt)* ] $($rest:tt)*) => {{
        let mut s = html!($tag [ $($inner)* ]);
        s.push_str(&html!(@children $($rest)*));
        s
    }};
    (@children $text:literal $($rest:tt)*) => {{
        let mut s = $text.to_string();
        s.push_str(&html!(@children $($rest)*));
        s
    }};
}

make_struct!(Config { name: String, retries: u32, verbose: bool });
ops_enum!(Op: Add => "+", Sub => "-", Mul => "*", Div => "/");

fn main() {
    let ages: HashMap<&str, u32> = hashmap! {
        "alice" => 31,
        "bob" => 27,
        "carol" => 45,
    };
    let mut keys: Vec<_> = ages.keys().collect();
    keys.sort();
    for k in keys {
        println!("{} is {}", k, ages[k]);
    }
    let empty: HashMap<i32, i32> = hashmap!();
    println!("empty len {}", empty.len());

    println!("count = {}", count!(a b c d e));
    println!("max = {}", max_of!(3, 9, 4, 7));
    println!("max str = {}", max_of!("pear", "apple", "zoo"));

    let c = Config { name: "svc".into(), retries: 3, ..Default::default() };
    println!("{:?} fields={:?}", c, Config::field_names());

    for op in Op::all().iter() {
        let (a, b) = (12, 4);
        let r = match op {
            Op::Add => a + b,
            Op::Sub => a - b,
            Op::Mul => a * b,
            Op::Div => a / b,
        };
        println!("{} {} {} = {}", a, op.symbol(), b, r);
    }

    check!(1 + 1 == 2);
    check!(max_of!(1, 2) == 1);
    check!("abc".len() == count!(x y z));

    let sq = square_all!(1, 2, 3, 4);
    println!("{:?} len={}", sq, sq.len());

    let page = html!(div [ h1 [ "Title" ] p [ "Hello, " b [ "world" ] "!" ] ]);
    println!("{}", page);
}
