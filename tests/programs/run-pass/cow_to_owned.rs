use std::borrow::Cow;

fn normalize(input: &str) -> Cow<str> {
    if input.contains(' ') {
        Cow::Owned(input.replace(' ', "_"))
    } else {
        Cow::Borrowed(input)
    }
}

fn abs_all(input: &mut Cow<[i32]>) {
    for i in 0..input.len() {
        let v = input[i];
        if v < 0 {
            input.to_mut()[i] = -v;
        }
    }
}

fn owned_strings() {
    let s: String = "abc".to_owned();
    let t = s.to_owned();
    let v = [1, 2, 3][..].to_owned();
    let n = 5i32.to_owned();
    let words: Vec<String> = "a b".split(' ').map(|w| w.to_owned()).collect();
    let w2: Vec<String> = "c d".split(' ').map(str::to_owned).collect();
    println!("{} {} {:?} {} {:?} {:?}", s, t, v, n, words, w2);
}

fn main() {
    owned_strings();
    for s in ["hello", "hello world", "a b c"] {
        let n = normalize(s);
        let kind = match &n {
            Cow::Borrowed(_) => "borrowed",
            Cow::Owned(_) => "owned",
        };
        println!("{} -> {} ({}, len {})", s, n, kind, n.len());
    }
    let c: Cow<str> = Cow::from("abc");
    println!("{:?} {} {}", c, matches!(c, Cow::Borrowed(_)), c == "abc");
    let mut d = c.clone();
    d.to_mut().push_str("def");
    println!("{} {} {}", d, matches!(d, Cow::Owned(_)), d == Cow::Borrowed("abcdef"));
    let owned: String = d.into_owned();
    println!("{}", owned);
    let slice = [0, 1, 2];
    let mut input = Cow::from(&slice[..]);
    abs_all(&mut input);
    println!("{:?} {}", input, matches!(input, Cow::Borrowed(_)));
    let slice = [-1, 0, 1];
    let mut input = Cow::from(&slice[..]);
    abs_all(&mut input);
    println!("{:?} {}", input, matches!(input, Cow::Owned(_)));
    let mut v = Cow::from(vec![-5, 5]);
    abs_all(&mut v);
    println!("{:?}", v.into_owned());
    let greeting = Cow::Borrowed("hi") + " there";
    println!("{}", greeting);
    let mut upper: Vec<Cow<str>> = Vec::new();
    upper.push("x".into());
    upper.push(String::from("y").into());
    println!("{:?}", upper);
    let s: String = String::from(Cow::Borrowed("zz"));
    println!("{}", s.to_uppercase());
}
