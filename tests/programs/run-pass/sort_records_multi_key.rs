use std::cmp::Ordering;
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
struct Employee {
    name: String,
    dept: &'static str,
    age: u32,
    salary: f64,
}

impl fmt::Display for Employee {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:<8} {:<6} {:>3} {:>10.2}", self.name, self.dept, self.age, self.salary)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Priority {
    Low = 1,
    Medium = 5,
    High = 10,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Task {
    priority: Priority,
    due: u32,
    title: String,
}

fn print_all(label: &str, es: &[Employee]) {
    println!("-- {}", label);
    for e in es {
        println!("  {}", e);
    }
}

fn main() {
    let raw = [
        ("Zoe", "eng", 31, 120000.0),
        ("adam", "ops", 45, 95000.5),
        ("Bea", "eng", 28, 120000.0),
        ("Carl", "sales", 39, 70000.0),
        ("dina", "ops", 45, 99000.0),
        ("Eve", "eng", 31, 135000.25),
    ];
    let mut staff: Vec<Employee> = raw
        .iter()
        .map(|&(n, d, a, s)| Employee { name: n.to_string(), dept: d, age: a, salary: s })
        .collect();

    staff.sort_by_key(|e| e.age);
    print_all("by age (stable)", &staff);

    staff.sort_by(|a, b| a.dept.cmp(b.dept).then_with(|| b.salary.partial_cmp(&a.salary).unwrap()).then(a.name.cmp(&b.name)));
    print_all("by dept, salary desc, name", &staff);

    staff.sort_by_key(|e| e.name.to_lowercase());
    print_all("by name, case-insensitive", &staff);

    staff.sort_by(|a, b| match (a.age % 2 == 0, b.age % 2 == 0) {
        (true, false) => Ordering::Less,
        (false, true) => Ordering::Greater,
        _ => b.age.cmp(&a.age),
    });
    let order: Vec<String> = staff.iter().map(|e| format!("{}({})", e.name, e.age)).collect();
    println!("even ages first: {}", order.join(" "));

    let max = staff.iter().max_by(|a, b| a.salary.partial_cmp(&b.salary).unwrap_or(Ordering::Equal)).unwrap();
    let youngest = staff.iter().min_by_key(|e| (e.age, e.name.clone())).unwrap();
    println!("top earner {} / youngest {}", max.name, youngest.name);

    let mut tasks = vec![
        Task { priority: Priority::Low, due: 3, title: "water plants".into() },
        Task { priority: Priority::High, due: 5, title: "fix prod".into() },
        Task { priority: Priority::Medium, due: 1, title: "review".into() },
        Task { priority: Priority::High, due: 2, title: "call bank".into() },
        Task { priority: Priority::Medium, due: 1, title: "lunch".into() },
    ];
    tasks.sort();
    for t in &tasks {
        println!("{:?}({}) due {} {}", t.priority, t.priority as i32, t.due, t.title);
    }
    tasks.sort_by(|a, b| b.priority.cmp(&a.priority).then(a.due.cmp(&b.due)));
    let titles: Vec<&str> = tasks.iter().map(|t| t.title.as_str()).collect();
    println!("{:?}", titles);
    println!("{:?} {:?}", Priority::High.cmp(&Priority::Low), Priority::Low.partial_cmp(&Priority::Medium));
    println!("{}", Priority::Medium > Priority::Low && Priority::High >= Priority::High);

    let mut words = vec!["banana", "Apple", "cherry", "apple", "Banana", "date"];
    words.sort();
    println!("{:?}", words);
    words.sort_by(|a, b| a.to_lowercase().cmp(&b.to_lowercase()).then_with(|| b.cmp(a)));
    println!("{:?}", words);
    words.dedup_by_key(|w| w.to_lowercase());
    println!("{:?}", words);
    let mut nums = vec![3.5, -1.0, 2.25, 10.0, 0.0, -7.5];
    nums.sort_by(|a, b| b.partial_cmp(a).unwrap());
    println!("{:?}", nums);
    let mut pairs = vec![(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')];
    pairs.sort_unstable();
    println!("{:?}", pairs);
    let idx = [10, 20, 30, 40].binary_search(&35);
    println!("{:?} {:?}", idx, [10, 20, 30].binary_search_by(|x| x.cmp(&20)));
}
