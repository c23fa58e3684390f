// Bubble, insertion, selection and shell sort, all in place over &mut [i32].

fn bubble_sort(a: &mut [i32]) -> u32 {
    let mut swaps = 0;
    let n = a.len();
    for i in 0..n {
        let mut swapped = false;
        for j in 0..n - 1 - i {
            if a[j] > a[j + 1] {
                let t = a[j];
                a[j] = a[j + 1];
                a[j + 1] = t;
                swaps += 1;
                swapped = true;
            }
        }
        if !swapped {
            break;
        }
    }
    swaps
}

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

fn selection_sort(a: &mut [i32]) {
    let n = a.len();
    for i in 0..n {
        let mut min = i;
        for j in i + 1..n {
            if a[j] < a[min] {
                min = j;
            }
        }
        let t = a[i];
        a[i] = a[min];
        a[min] = t;
    }
}

fn shell_sort(a: &mut [i32]) {
    let mut gap = a.len() / 2;
    while gap > 0 {
        for i in gap..a.len() {
            let tmp = a[i];
            let mut j = i;
            while j >= gap && a[j - gap] > tmp {
                a[j] = a[j - gap];
                j -= gap;
            }
            a[j] = tmp;
        }
        gap /= 2;
    }
}

fn is_sorted(a: &[i32]) -> bool {
    for i in 1..a.len() {
        if a[i - 1] > a[i] {
            return false;
        }
    }
    true
}

fn print(label: &str, a: &[i32]) {
    print!("{:<10}", label);
    for i in 0..a.len() {
        print!(" {:>4}", a[i]);
    }
    println!("  sorted={}", is_sorted(a));
}

fn main() {
    let original = [38, -7, 912, 0, 55, 55, -300, 12, 7, 1, 64, -7];
    let mut a = original;
    print("input", &a);
    let swaps = bubble_sort(&mut a);
    print("bubble", &a);
    println!("bubble sort swaps: {}", swaps);
    let mut b = original;
    insertion_sort(&mut b);
    print("insertion", &b);
    let mut c = original;
    selection_sort(&mut c[..]);
    print("selection", &c);
    let mut d = original;
    shell_sort(&mut d);
    print("shell", &d);
    // sort only the middle part through a sub-slice
    let mut e = original;
    insertion_sort(&mut e[3..9]);
    print("middle", &e);
    let mut sorted_rev = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0];
    println!("reverse input swaps: {}", bubble_sort(&mut sorted_rev));
    println!("{:?}", sorted_rev);
    let mut empty: [i32; 0] = [];
    bubble_sort(&mut empty);
    let mut one = [42];
    shell_sort(&mut one);
    println!("{:?} {:?}", empty, one);
}
