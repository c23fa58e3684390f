// Distributing items round-robin into a number of slots that turns out to be zero.

fn slot_for(item: u64, slots: u64) -> u64 {
    item % slots
}

fn distribute(items: u64, slots: u64) {
    let mut counts = [0u32; 8];
    for item in 0..items {
        let s = slot_for(item * 7 + 3, slots);
        counts[s as usize] += 1;
    }
    println!("{} items over {} slots: {:?}", items, slots, counts);
}

fn main() {
    distribute(20, 3);
    distribute(17, 8);
    distribute(5, 1);
    let configured = [4u64, 2, 0, 6];
    for i in 0..configured.len() {
        println!("config {}: {} slots", i, configured[i]);
        distribute(10, configured[i]);
    }
}
