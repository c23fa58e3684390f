// Validating a schedule with assert!; the last check fails with a formatted message.

struct Slot {
    start: u32,
    end: u32,
}

fn overlaps(a: &Slot, b: &Slot) -> bool {
    a.start < b.end && b.start < a.end
}

fn validate(slots: &[Slot]) {
    for i in 0..slots.len() {
        assert!(slots[i].start < slots[i].end);
        for j in i + 1..slots.len() {
            assert!(!overlaps(&slots[i], &slots[j]), "slot {} ({}-{}) overlaps slot {} ({}-{})",
                i, slots[i].start, slots[i].end, j, slots[j].start, slots[j].end);
        }
    }
    println!("{} slots ok", slots.len());
}

fn main() {
    let morning = [Slot { start: 900, end: 930 }, Slot { start: 930, end: 1015 }, Slot { start: 1100, end: 1200 }];
    validate(&morning);
    let afternoon = [Slot { start: 1300, end: 1400 }, Slot { start: 1500, end: 1530 }, Slot { start: 1345, end: 1415 }];
    let total: u32 = 0 + (morning[2].end - morning[0].start);
    println!("morning spans {} (hhmm units)", total);
    validate(&afternoon);
}
