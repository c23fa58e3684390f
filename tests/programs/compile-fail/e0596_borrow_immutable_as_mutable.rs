// Taking a mutable reference to an immutable binding.

fn fill(a: &mut [i32; 4], v: i32) {
    for i in 0..4 {
        a[i] = v;
    }
}

fn main() {
    let grid = [0; 4];
    fill(&mut grid, 9); //~ ERROR E0596
    println!("{:?}", grid);
}
