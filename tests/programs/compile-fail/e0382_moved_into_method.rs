// A method taking `self` by value consumes the receiver; a conditional
// move makes later uses errors too.

struct Ticket {
    seat: u32,
}

impl Ticket {
    fn redeem(self) -> u32 {
        self.seat
    }
    fn seat(&self) -> u32 {
        self.seat
    }
}

fn main() {
    let ticket = Ticket { seat: 12 };
    let seat = ticket.redeem();
    println!("{} {}", seat, ticket.seat()); //~ ERROR E0382
    let other = Ticket { seat: 5 };
    if seat > 10 {
        let s = other.redeem();
        println!("{}", s);
    }
    let last = other; //~ ERROR E0382
    println!("{}", last.seat);
}
