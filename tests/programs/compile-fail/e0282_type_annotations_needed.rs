// An empty array literal whose element type can never be inferred.

fn main() {
    let scores = [90, 85, 77];
    let mut best = 0;
    for i in 0..scores.len() {
        best = best.max(scores[i]);
    }
    let empty = []; //~ ERROR E0282
    println!("{} {}", best, empty.len());
}
