// Evaluation order and short-circuiting, observed through a logging side effect.

static mut TRACE: [char; 64] = [' '; 64];
static mut LEN: usize = 0;

fn log(tag: char) {
    unsafe {
        TRACE[LEN] = tag;
        LEN += 1;
    }
}

fn t(tag: char) -> bool {
    log(tag);
    true
}

fn f(tag: char) -> bool {
    log(tag);
    false
}

fn v(tag: char, x: i32) -> i32 {
    log(tag);
    x
}

fn dump(label: &str) {
    unsafe {
        print!("{:<28}", label);
        for i in 0..LEN {
            print!("{}", TRACE[i]);
        }
        println!();
        LEN = 0;
    }
}

fn args3(a: i32, b: i32, c: i32) -> i32 {
    a * 100 + b * 10 + c
}

fn main() {
    let r1 = f('a') && t('b');
    dump("false && _ ");
    let r2 = t('a') || f('b');
    dump("true || _");
    let r3 = t('a') && f('b') || t('c');
    dump("a && b || c");
    let r4 = f('a') || f('b') && t('c');
    dump("a || b && c");
    let r5 = t('a') & f('b') | t('c');
    dump("non-short-circuit & |");
    println!("{} {} {} {} {}", r1, r2, r3, r4, r5);
    let sum = v('1', 1) + v('2', 2) * v('3', 3);
    dump("1 + 2 * 3 operands");
    let call = args3(v('x', 1), v('y', 2), v('z', 3));
    dump("call arguments");
    let mut arr = [0i32; 4];
    arr[v('i', 1) as usize] = v('e', 9);
    dump("index then value");
    let tuple = (v('p', 1), v('q', 2));
    dump("tuple fields");
    let mut acc = v('0', 10);
    acc += v('+', 5);
    dump("compound assignment");
    println!("{} {} {:?} {:?} {}", sum, call, arr, tuple, acc);
    if f('c') {
        log('!');
    } else if t('d') {
        log('D');
    }
    dump("if / else if");
    let mut n = 0;
    while { n += 1; log(('0' as u8 + n as u8) as char); n < 4 } {}
    dump("while with block condition");
}
