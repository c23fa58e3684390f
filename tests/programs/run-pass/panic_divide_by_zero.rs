// Average scores per group; an empty group divides by zero at runtime.

struct Group {
    name: &'static str,
    total: i32,
    members: i32,
}

impl Group {
    fn average(&self) -> i32 {
        self.total / self.members
    }
}

fn main() {
    let groups = [
        Group { name: "red", total: 450, members: 5 },
        Group { name: "green", total: 301, members: 4 },
        Group { name: "blue", total: 0, members: 0 },
        Group { name: "gold", total: 99, members: 1 },
    ];
    for i in 0..groups.len() {
        let g = &groups[i];
        let safe = match g.total.checked_div(g.members) {
            Some(v) => v,
            None => -1,
        };
        println!("{:<6} checked average {}", g.name, safe);
    }
    for i in 0..groups.len() {
        println!("{:<6} average {}", groups[i].name, groups[i].average());
    }
}
