// Accessing a field that the struct does not have.

struct Employee {
    id: u32,
    salary: u64,
}

fn raise(e: &mut Employee, pct: u64) {
    e.salary += e.salary * pct / 100;
}

fn main() {
    let mut e = Employee { id: 7, salary: 50000 };
    raise(&mut e, 5);
    println!("{} earns {} in {}", e.id, e.salary, e.department); //~ ERROR E0609
}
