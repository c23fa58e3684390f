// Classic Vec tests: construction, growth, indexing, removal, sorting; one
// test indexes out of bounds and one expects a panic.

fn squares(n: u32) -> Vec<u32> {
    let mut v = Vec::with_capacity(n as usize);
    for i in 0..n {
        v.push(i * i);
    }
    v
}

fn evens(v: &[i32]) -> Vec<i32> {
    let mut out = Vec::new();
    for i in 0..v.len() {
        if v[i] % 2 == 0 {
            out.push(v[i]);
        }
    }
    out
}

#[test]
fn new_is_empty() {
    let v: Vec<i32> = Vec::new();
    assert!(v.is_empty());
    assert_eq!(v.len(), 0);
    assert_eq!(v.capacity(), 0);
}

#[test]
fn push_grows_by_doubling() {
    let mut v = Vec::new();
    let mut caps = Vec::new();
    for i in 0..9 {
        v.push(i);
        caps.push(v.capacity());
    }
    assert!(caps == vec![4, 4, 4, 4, 8, 8, 8, 8, 16]);
}

#[test]
fn with_capacity_is_exact() {
    let v = squares(10);
    assert_eq!(v.capacity(), 10);
    assert_eq!(v[9], 81);
}

#[test]
fn filter_evens() {
    let v = vec![1, 2, 3, 4, 5, 6];
    let e = evens(&v);
    assert_eq!(e.len(), 3);
    assert!(e == vec![2, 4, 6]);
}

#[test]
fn pop_until_empty() {
    let mut v = vec![1, 2];
    assert!(v.pop() == Some(2));
    assert!(v.pop() == Some(1));
    assert!(v.pop().is_none());
}

#[test]
fn insert_and_remove() {
    let mut v = vec!['b', 'd'];
    v.insert(0, 'a');
    v.insert(2, 'c');
    assert!(v == vec!['a', 'b', 'c', 'd']);
    assert_eq!(v.remove(1), 'b');
    assert_eq!(v.len(), 3);
}

#[test]
fn sort_and_search() {
    let mut v = vec![5, 3, 9, 1];
    v.sort();
    assert!(v == vec![1, 3, 5, 9]);
    assert!(v.binary_search(&5) == Ok(2));
    assert!(v.binary_search(&4) == Err(2));
}

#[test]
fn strings_in_vec() {
    let mut names = vec![String::from("b"), String::from("a")];
    names.sort();
    assert_eq!(names[0].as_str(), "a");
    assert_eq!(names.join("+").as_str(), "a+b");
}

#[test]
fn off_by_one_index() {
    let v = squares(3);
    let last = v[v.len()];
    assert_eq!(last, 4);
}

#[test]
#[should_panic]
fn remove_past_end_panics() {
    let mut v = vec![1];
    v.remove(1);
}
