// Tests for sorting routines; one implementation has an off-by-one bug, so some tests fail.

fn insertion_sort(a: &mut [i32]) {
    for i in 1..a.len() {
        let key = a[i];
        let mut j = i;
        while j > 0 && a[j - 1] > key {
            a[j] = a[j - 1];
            j -= 1;
        }
        a[j] = key;
    }
}

// buggy: the inner loop stops one element too early
fn bubble_sort(a: &mut [i32]) {
    let n = a.len();
    for i in 0..n {
        for j in 0..n.saturating_sub(2 + i) {
            if a[j] > a[j + 1] {
                let t = a[j];
                a[j] = a[j + 1];
                a[j + 1] = t;
            }
        }
    }
}

fn same(a: &[i32], b: &[i32]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    for i in 0..a.len() {
        if a[i] != b[i] {
            return false;
        }
    }
    true
}

fn is_sorted(a: &[i32]) -> bool {
    for i in 1..a.len() {
        if a[i - 1] > a[i] {
            return false;
        }
    }
    true
}

#[test]
fn insertion_sorts_small_array() {
    let mut a = [5, 2, 9, 1, 5, 6];
    insertion_sort(&mut a);
    assert!(same(&a, &[1, 2, 5, 5, 6, 9]));
}

#[test]
fn bubble_sorts_small_array() {
    let mut a = [5, 2, 9, 1, 5, 6];
    bubble_sort(&mut a);
    println!("after bubble sort: {:?}", a);
    let expected = [1, 2, 5, 5, 6, 9];
    assert!(same(&a, &expected), "expected {:?}, got {:?}", expected, a);
}

#[test]
fn bubble_result_is_sorted() {
    let mut a = [3, 1, 2];
    bubble_sort(&mut a);
    assert!(is_sorted(&a), "array {:?} is not sorted", a);
}

#[test]
fn bubble_handles_empty() {
    let mut a: [i32; 0] = [];
    bubble_sort(&mut a);
    assert!(is_sorted(&a));
}

#[test]
fn sorted_length_preserved() {
    let mut a = [4, 4, 4, 1];
    insertion_sort(&mut a);
    assert_eq!(a.len(), 4, "length changed");
    assert_eq!(a[0], 1);
}

#[test]
fn first_element_is_minimum() {
    let mut a = [8, 3, 7, 1];
    bubble_sort(&mut a);
    assert_eq!(a[0], 1, "minimum should come first, got {}", a[0]);
}
