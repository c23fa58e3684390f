// A generic body uses an operation its type parameter is not bounded by.

fn sum_all<T: Copy>(items: &[T]) -> T {
    let mut total = items[0];
    for i in 1..items.len() {
        total = total + items[i]; //~ ERROR E0369
    }
    total
}

fn print_twice<T>(value: T) {
    println!("{}", value); //~ ERROR E0277
}

fn duplicate<T>(value: &T) -> (T, T) {
    (value.clone(), value.clone()) //~ ERROR E0308
}

fn main() {
    println!("{}", sum_all(&[1, 2, 3]));
    print_twice(5);
    let _ = duplicate(&3);
}
