// The Option and Result methods ordinary code reaches for, with `?` through From.
#[derive(Debug, Default, Clone, PartialEq)]
struct P { x: i32 }
#[derive(Debug)]
enum MyErr { Parse(std::num::ParseIntError), Neg }
impl From<std::num::ParseIntError> for MyErr { fn from(e: std::num::ParseIntError) -> Self { MyErr::Parse(e) } }
fn parse_pos(s: &str) -> Result<i32, MyErr> { let n: i32 = s.trim().parse()?; if n < 0 { return Err(MyErr::Neg); } Ok(n) }
fn first_even(v: &[i32]) -> Option<i32> { let x = v.iter().find(|x| *x % 2 == 0)?; Some(*x * 10) }
fn main() {
    let a: Option<i32> = Some(3); let n: Option<i32> = None;
    println!("{} {} {} {}", a.is_some(), a.is_none(), n.is_some(), n.is_none());
    println!("{} {} {}", a.unwrap(), a.expect("x"), n.unwrap_or(7));
    println!("{} {}", n.unwrap_or_else(|| 9), n.unwrap_or_default());
    println!("{:?} {:?}", a.map(|x| x * 2), n.map(|x| x * 2));
    println!("{:?} {:?}", a.and_then(|x| if x > 2 { Some(x) } else { None }), a.or(Some(1)));
    println!("{:?} {:?}", n.or_else(|| Some(5)), a.ok_or("none"));
    println!("{:?} {:?}", n.ok_or("none"), a.filter(|x| *x > 5));
    let mut m = Some(P { x: 1 });
    println!("{:?}", m.as_ref().map(|p| p.x));
    if let Some(p) = m.as_mut() { p.x += 1; }
    println!("{:?}", m);
    let t = m.take(); println!("{:?} {:?}", t, m);
    let mut r = Some(1); let old = r.replace(2); println!("{:?} {:?}", old, r);
    let v = vec![1, 2, 3]; let f = v.first(); println!("{:?} {:?}", f.copied(), f.cloned());
    let op: Option<&P> = None; println!("{:?}", op.cloned());
    let ok: Result<i32, String> = Ok(2); let er: Result<i32, String> = Err("bad".to_string());
    println!("{} {} {} {}", ok.is_ok(), ok.is_err(), er.is_ok(), er.is_err());
    println!("{:?} {:?}", ok.clone().map(|x| x + 1), er.clone().map_err(|e| e.len()));
    println!("{:?} {:?}", ok.clone().and_then(|x| if x > 1 { Ok(x) } else { Err("small".to_string()) }), er.clone().or_else(|e| if e.is_empty() { Err(0) } else { Ok::<i32, i32>(1) }));
    println!("{:?} {:?} {:?} {:?}", ok.clone().ok(), er.clone().ok(), ok.clone().err(), er.clone().err());
    println!("{} {} {}", ok.clone().unwrap(), er.clone().unwrap_or(0), er.clone().unwrap_or_else(|e| e.len() as i32));
    println!("{} {}", er.clone().unwrap_or_default(), ok.as_ref().map(|x| *x).unwrap());
    println!("{:?} {:?} {:?}", parse_pos("42"), parse_pos("-1"), parse_pos("zz"));
    println!("{:?} {:?}", first_even(&[1, 3, 4]), first_even(&[1]));
    let e = er.expect_err("should be err"); println!("{e}");
    println!("{:?}", Some(Some(3)).flatten());
    println!("{:?}", Some(3).zip(Some('a')));
    println!("{:?} {:?}", Some(4).xor(None::<i32>), Some(2).is_some_and(|x| x > 1));
    let s: Option<String> = Some("hi".to_string()); println!("{:?}", s.as_deref());
    println!("{}", Some(5).map_or(0, |x| x * 3));
    println!("{}", None::<i32>.map_or_else(|| -1, |x| x));
    let mut o = None; let r = o.get_or_insert(10); *r += 1; println!("{:?}", o);
    let mut o2: Option<Vec<i32>> = None; o2.get_or_insert_with(Vec::new).push(3); println!("{:?}", o2);
    println!("{:?}", Ok::<i32, String>(3).iter().next());
    println!("{:?}", Some(3).into_iter().chain(None).collect::<Vec<_>>());
    println!("{}", Err::<i32, &str>("boom").unwrap_or(1));
    let x: Result<i32, String> = Err("e".into()); println!("{:?}", x.as_ref().err());
    println!("{:?}", Ok::<Option<i32>, String>(Some(1)).transpose());
    println!("{:?}", Some(Ok::<i32, String>(1)).transpose());
}
