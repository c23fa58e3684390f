// Widths and precisions from arguments: `{:1$}`, `{:.*}`, `{:w$.p$}`,
// implicit captures, and arguments used twice or out of order.
fn main() {
    let x = 3.14159265;
    let name = "ferrum";
    let width = 12;
    let prec = 3;
    println!("[{:>1$}]", name, 10);
    println!("[{:.*}]", 2, x);
    println!("[{:>1$.2$}]", x, 10, 4);
    println!("[{:w$.p$}]", x, w = 9, p = 1);
    println!("[{x:width$.prec$}] [{name:^width$}] [{name:.prec$}]");
    println!("[{0}-{0:?}-{1}-{0:>8}]", name, 7);
    println!("[{1}{0}{1}]", 'a', 'b');
    println!("[{:+.*e}] [{:10.*}]", 3, 1234.5, 2, -0.001);
    println!("[{:0w$}] [{:<0w$}] [{:^+0w$.2}]", -5, 7, 2.5, w = 8);
    let v = [1, 22, 333];
    for i in 0..3 {
        println!("|{:>w$}|{:<w$}|", v[i], v[i], w = i + 3);
    }
    println!("{{}} {{{}}} }}{{", 1);
}
