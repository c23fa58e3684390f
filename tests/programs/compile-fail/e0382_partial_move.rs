// Moving one field out of a struct leaves the struct partially moved:
// the other fields stay usable, the whole value and the moved field don't.

struct Label {
    text: [u8; 3],
}

struct Item {
    weight: u32,
    label: Label,
}

fn describe(item: Item) -> u32 {
    item.weight + item.label.text[0] as u32
}

fn main() {
    let item = Item { weight: 4, label: Label { text: [1, 2, 3] } };
    let label = item.label;
    println!("{} {}", item.weight, label.text[1]);
    let total = describe(item); //~ ERROR E0382
    let again = Item { weight: 1, label: Label { text: [0; 3] } };
    let moved = again.label;
    println!("{} {}", moved.text[0], again.label.text[0]); //~ ERROR E0382
    println!("{}", total);
}
