// Binding a non-Copy field by value in a `match` moves it out of the
// scrutinee; matching on the value again is a use after a partial move.

struct Payload {
    bytes: [u8; 2],
}

enum Packet {
    Data(Payload),
    Ack(u32),
}

fn size(p: Payload) -> usize {
    p.bytes.len()
}

fn main() {
    let packet = Packet::Data(Payload { bytes: [1, 2] });
    match packet {
        Packet::Data(payload) => println!("{}", size(payload)),
        Packet::Ack(n) => println!("{}", n),
    }
    match packet { //~ ERROR E0382
        Packet::Ack(n) => println!("ack {}", n),
        _ => {}
    }
}
