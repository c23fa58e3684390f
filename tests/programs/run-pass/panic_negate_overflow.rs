// Negating i32::MIN (computed at runtime) overflows; saturating/wrapping variants do not.

fn negate_all(a: &mut [i32]) {
    for i in 0..a.len() {
        a[i] = -a[i];
        println!("negated index {} -> {}", i, a[i]);
    }
}

fn main() {
    let min = i32::MAX;
    let real_min = -min - 1;
    println!("real_min = {}", real_min);
    println!("wrapping_neg = {}", real_min.wrapping_neg());
    println!("saturating_neg = {}", real_min.saturating_neg());
    println!("checked_neg is none = {}", real_min.checked_neg().is_none());
    let mut values = [5, -17, i32::MAX, 0, real_min, 3];
    negate_all(&mut values[..3]);
    println!("{:?}", values);
    negate_all(&mut values);
}
