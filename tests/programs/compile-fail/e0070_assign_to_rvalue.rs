// Assigning to something that is not a place.

const MAX_USERS: u32 = 10;

fn limit() -> u32 {
    MAX_USERS
}

fn main() {
    let mut users = 3;
    users += 1;
    limit() = 20; //~ ERROR E0070
    MAX_USERS = 12; //~ ERROR E0070
    println!("{}", users);
}
