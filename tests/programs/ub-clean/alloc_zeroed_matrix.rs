// Matrices in zeroed heap memory: fill, multiply, print, free.
use std::alloc::{alloc_zeroed, dealloc, Layout};

struct Matrix {
    data: *mut i64,
    n: usize,
}

impl Matrix {
    fn zero(n: usize) -> Matrix {
        let data = unsafe { alloc_zeroed(Layout::from_size_align(n * n * 8, 8).unwrap_or_else_panic()) as *mut i64 };
        Matrix { data, n }
    }

    fn at(&self, i: usize, j: usize) -> *mut i64 {
        unsafe { self.data.add(i * self.n + j) }
    }

    fn mul(&self, other: &Matrix) -> Matrix {
        let r = Matrix::zero(self.n);
        for i in 0..self.n {
            for j in 0..self.n {
                let mut s = 0;
                for k in 0..self.n {
                    unsafe { s += *self.at(i, k) * *other.at(k, j) };
                }
                unsafe { *r.at(i, j) = s };
            }
        }
        r
    }
}

trait OrPanic {
    fn unwrap_or_else_panic(self) -> Layout;
}

impl OrPanic for Result<Layout, std::alloc::LayoutError> {
    fn unwrap_or_else_panic(self) -> Layout {
        match self {
            Ok(l) => l,
            Err(_) => panic!("bad layout"),
        }
    }
}

impl Drop for Matrix {
    fn drop(&mut self) {
        unsafe { dealloc(self.data as *mut u8, Layout::from_size_align_unchecked(self.n * self.n * 8, 8)) };
    }
}

fn main() {
    let a = Matrix::zero(3);
    let mut untouched = 0;
    for i in 0..3 {
        for j in 0..3 {
            untouched += unsafe { *a.at(i, j) };
        }
    }
    println!("zeroed sum {}", untouched);
    for i in 0..3 {
        for j in 0..3 {
            unsafe { *a.at(i, j) = (i * 3 + j) as i64 };
        }
    }
    let b = a.mul(&a);
    for i in 0..3 {
        unsafe { println!("{} {} {}", *b.at(i, 0), *b.at(i, 1), *b.at(i, 2)) };
    }
}
