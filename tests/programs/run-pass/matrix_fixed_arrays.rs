// Integer matrices as fixed-size nested arrays: multiply, transpose, power, determinant.

fn identity() -> [[i64; 3]; 3] {
    let mut m = [[0; 3]; 3];
    for i in 0..3 {
        m[i][i] = 1;
    }
    m
}

fn mul(a: &[[i64; 3]; 3], b: &[[i64; 3]; 3]) -> [[i64; 3]; 3] {
    let mut r = [[0i64; 3]; 3];
    for i in 0..3 {
        for j in 0..3 {
            let mut s = 0;
            for k in 0..3 {
                s += a[i][k] * b[k][j];
            }
            r[i][j] = s;
        }
    }
    r
}

fn transpose(a: &[[i64; 3]; 3]) -> [[i64; 3]; 3] {
    let mut r = *a;
    for i in 0..3 {
        for j in 0..3 {
            r[i][j] = a[j][i];
        }
    }
    r
}

fn det(a: &[[i64; 3]; 3]) -> i64 {
    a[0][0] * (a[1][1] * a[2][2] - a[1][2] * a[2][1])
        - a[0][1] * (a[1][0] * a[2][2] - a[1][2] * a[2][0])
        + a[0][2] * (a[1][0] * a[2][1] - a[1][1] * a[2][0])
}

fn power(a: &[[i64; 3]; 3], mut e: u32) -> [[i64; 3]; 3] {
    let mut result = identity();
    let mut base = *a;
    while e > 0 {
        if e & 1 == 1 {
            result = mul(&result, &base);
        }
        base = mul(&base, &base);
        e >>= 1;
    }
    result
}

fn print(name: &str, m: &[[i64; 3]; 3]) {
    println!("{}:", name);
    for i in 0..3 {
        println!("  [{:>6} {:>6} {:>6}]", m[i][0], m[i][1], m[i][2]);
    }
}

fn fib_matrix(n: u32) -> i64 {
    let q: [[i64; 2]; 2] = [[1, 1], [1, 0]];
    let mut r: [[i64; 2]; 2] = [[1, 0], [0, 1]];
    for _ in 0..n {
        let t = [
            [r[0][0] * q[0][0] + r[0][1] * q[1][0], r[0][0] * q[0][1] + r[0][1] * q[1][1]],
            [r[1][0] * q[0][0] + r[1][1] * q[1][0], r[1][0] * q[0][1] + r[1][1] * q[1][1]],
        ];
        r = t;
    }
    r[0][1]
}

fn main() {
    let a: [[i64; 3]; 3] = [[2, -1, 0], [1, 3, 4], [0, 5, -2]];
    let b: [[i64; 3]; 3] = [[1, 2, 3], [4, 5, 6], [7, 8, 10]];
    print("a", &a);
    print("b", &b);
    print("a*b", &mul(&a, &b));
    print("b*a", &mul(&b, &a));
    print("a^T", &transpose(&a));
    print("a^5", &power(&a, 5));
    println!("det a = {} det b = {} det ab = {}", det(&a), det(&b), det(&mul(&a, &b)));
    println!("{:?}", identity());
    println!("fib via matrix: {} {} {}", fib_matrix(10), fib_matrix(50), fib_matrix(90));
    let mut trace = 0;
    let p = power(&b, 3);
    for i in 0..3 {
        trace += p[i][i];
    }
    println!("trace(b^3) = {}", trace);
}
