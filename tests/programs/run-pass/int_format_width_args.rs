// Width and precision taken from arguments and inline named arguments.

fn ruler(width: usize) {
    let mut i = 0;
    while i < width {
        print!("{}", i % 10);
        i += 1;
    }
    println!();
}

fn table(rows: usize, width: usize) {
    for r in 1..=rows {
        let square = r * r;
        let cube = r * r * r;
        println!("|{:>1$}|{2:>w2$}|{3:<w3$}|", r, width, square, cube, w2 = width + 2, w3 = width + 4);
    }
}

fn floats_with_dynamic_precision() {
    let pi = 3.14159265358979_f64;
    let mut p = 0;
    while p <= 6 {
        println!("precision {}: {:.*}", p, p, pi);
        p += 2;
    }
    let w = 12;
    let prec = 3;
    println!("[{:w$.prec$}]", pi);
    println!("[{:>w$.prec$}]", -pi);
    println!("[{:<w$.prec$}]", pi * 100.0);
    println!("[{:^w$.prec$}]", pi / 100.0);
    println!("[{:+0w$.prec$}]", pi);
    println!("[{0:1$.2$}] [{0:.2$}]", 2.5_f64, 9, 4);
}

fn inline_names() {
    let name = "ferrum";
    let version = 3;
    let ratio = 0.125;
    let width = 10;
    println!("{name} v{version} ratio={ratio}");
    println!("[{name:>width$}] [{name:<width$}] [{name:^width$}]");
    println!("[{version:0width$}] [{ratio:width$.2}] [{ratio:e}]");
    println!("{name}{name}{{escaped}}{version:?}");
}

fn positional() {
    println!("{0} {1} {0} {2} {1}", "a", "b", "c");
    println!("{1:>4}{0:>4}", 1, 2);
    println!("{x}-{y}-{x}", x = 7, y = 8);
}

fn main() {
    ruler(20);
    table(6, 4);
    floats_with_dynamic_precision();
    inline_names();
    positional();
    let s = "truncate me";
    println!("[{:.8}] [{:10.3}] [{:>10.3}]", s, s, s);
}
