// A self-checking matrix routine; the final consistency check fails with a custom message.

fn trace(m: &[[i32; 3]; 3]) -> i32 {
    m[0][0] + m[1][1] + m[2][2]
}

fn transpose(m: &[[i32; 3]; 3]) -> [[i32; 3]; 3] {
    let mut t = [[0; 3]; 3];
    for i in 0..3 {
        for j in 0..3 {
            t[j][i] = m[i][j];
        }
    }
    t
}

fn sum(m: &[[i32; 3]; 3]) -> i32 {
    let mut s = 0;
    for i in 0..3 {
        for j in 0..3 {
            s += m[i][j];
        }
    }
    s
}

fn main() {
    let m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]];
    let t = transpose(&m);
    assert_eq!(trace(&m), trace(&t));
    assert_eq!(sum(&m), sum(&t), "transpose must preserve the sum");
    println!("trace {} sum {}", trace(&m), sum(&m));
    println!("{:?}", t);
    let expected_trace = 16;
    assert_eq!(trace(&t), expected_trace, "trace of {:?} should be {}", t, expected_trace);
    println!("not reached");
}
