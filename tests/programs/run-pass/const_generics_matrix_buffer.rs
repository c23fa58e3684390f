// Const generics: a matrix with const dimensions, functions generic over array length (inferred and explicit), associated consts from a const parameter.
use std::fmt::Debug;

#[derive(Debug, Clone, Copy, PartialEq)]
struct Matrix<const R: usize, const C: usize> {
    data: [[i32; C]; R],
}

impl<const R: usize, const C: usize> Matrix<R, C> {
    fn zero() -> Self {
        Matrix { data: [[0; C]; R] }
    }
    fn transpose(&self) -> Matrix<C, R> {
        let mut out = Matrix::<C, R>::zero();
        for i in 0..R {
            for j in 0..C {
                out.data[j][i] = self.data[i][j];
            }
        }
        out
    }
    fn dims(&self) -> (usize, usize) {
        (R, C)
    }
}

fn sum<const N: usize>(xs: [i32; N]) -> i32 {
    let mut s = 0;
    for x in xs {
        s += x;
    }
    s
}

fn first_last<T: Copy + Debug, const N: usize>(xs: &[T; N]) -> Option<(T, T)> {
    if N == 0 { None } else { Some((xs[0], xs[N - 1])) }
}

struct Buffer<const CAP: usize> {
    items: [u8; CAP],
    len: usize,
}

impl<const CAP: usize> Buffer<CAP> {
    const CAPACITY: usize = CAP;
    fn new() -> Self {
        Buffer { items: [0; CAP], len: 0 }
    }
    fn push(&mut self, b: u8) -> Result<(), u8> {
        if self.len == CAP {
            return Err(b);
        }
        self.items[self.len] = b;
        self.len += 1;
        Ok(())
    }
}

fn main() {
    let mut m = Matrix::<2, 3>::zero();
    m.data[0][2] = 5;
    m.data[1][0] = 7;
    let t = m.transpose();
    println!("{:?} {:?}", t, t.dims());
    println!("{}", sum([1, 2, 3, 4]));
    println!("{}", sum::<2>([10, 20]));
    println!("{:?} {:?}", first_last(&[1.5, 2.5, 3.5]), first_last::<u8, 0>(&[]));
    let mut b = Buffer::<2>::new();
    println!("{:?} {:?} {:?} {}", b.push(1), b.push(2), b.push(3), Buffer::<2>::CAPACITY);
    println!("{:?}", b.items);
    println!("{}", std::mem::size_of::<Matrix<3, 4>>());
}
