// Solving linear systems with Gaussian elimination and partial pivoting over f64 arrays.

const N: usize = 4;

fn abs(x: f64) -> f64 {
    if x < 0.0 { -x } else { x }
}

fn solve(mut a: [[f64; N]; N], mut b: [f64; N]) -> [f64; N] {
    for col in 0..N {
        let mut pivot = col;
        for row in col + 1..N {
            if abs(a[row][col]) > abs(a[pivot][col]) {
                pivot = row;
            }
        }
        if pivot != col {
            let tmp = a[pivot];
            a[pivot] = a[col];
            a[col] = tmp;
            let tb = b[pivot];
            b[pivot] = b[col];
            b[col] = tb;
        }
        for row in col + 1..N {
            let f = a[row][col] / a[col][col];
            for k in col..N {
                a[row][k] -= f * a[col][k];
            }
            b[row] -= f * b[col];
        }
    }
    let mut x = [0.0; N];
    let mut i = N;
    while i > 0 {
        i -= 1;
        let mut s = b[i];
        for k in i + 1..N {
            s -= a[i][k] * x[k];
        }
        x[i] = s / a[i][i];
    }
    x
}

fn residual(a: &[[f64; N]; N], x: &[f64; N], b: &[f64; N]) -> f64 {
    let mut worst = 0.0;
    for i in 0..N {
        let mut s = 0.0;
        for j in 0..N {
            s += a[i][j] * x[j];
        }
        let r = abs(s - b[i]);
        if r > worst {
            worst = r;
        }
    }
    worst
}

fn main() {
    let a = [
        [2.0, 1.0, -1.0, 3.0],
        [-3.0, -1.0, 2.0, 1.0],
        [-2.0, 1.0, 2.0, -4.0],
        [1.0, 2.0, 3.0, 4.0],
    ];
    let b = [8.0, -11.0, -3.0, 10.0];
    let x = solve(a, b);
    for i in 0..N {
        println!("x[{}] = {:>12.6} ({:?})", i, x[i], x[i]);
    }
    println!("residual < 1e-12: {}", residual(&a, &x, &b) < 1e-12);

    // Hilbert matrix: badly conditioned
    let mut h = [[0.0; N]; N];
    for i in 0..N {
        for j in 0..N {
            h[i][j] = 1.0 / ((i + j + 1) as f64);
        }
    }
    let ones = [1.0; N];
    let hx = solve(h, ones);
    println!("hilbert solution: {:.4?}", hx);
    for i in 0..N {
        println!("{:>8.4} {:>8.4} {:>8.4} {:>8.4}", h[i][0], h[i][1], h[i][2], h[i][3]);
    }
}
