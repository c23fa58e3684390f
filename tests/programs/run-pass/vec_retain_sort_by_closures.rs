struct Task {
    name: String,
    priority: u8,
    done: bool,
}

fn task(name: &str, priority: u8, done: bool) -> Task {
    Task { name: String::from(name), priority, done }
}

fn main() {
    let mut tasks = vec![
        task("write report", 2, false),
        task("email bob", 1, true),
        task("fix bug", 3, false),
        task("lunch", 1, false),
        task("review pr", 3, true),
        task("plan sprint", 2, false),
    ];
    tasks.retain(|t| !t.done);
    println!("{} open tasks", tasks.len());
    tasks.sort_by(|a, b| b.priority.cmp(&a.priority));
    for i in 0..tasks.len() {
        println!("  [{}] {}", tasks[i].priority, tasks[i].name.as_str());
    }
    tasks.sort_by_key(|t| t.name.len());
    println!("shortest: {}, longest: {}", tasks[0].name.as_str(), tasks[tasks.len() - 1].name.as_str());
    let mut nums = vec![10, 3, 7, 3, 10, 1, 8];
    let limit = 5;
    nums.retain(|&n| n > limit);
    println!("{} {} {} {}", nums.len(), nums[0], nums[1], nums[2]);
    nums.sort_unstable_by(|a, b| b.cmp(a));
    println!("{} {} {}", nums[0], nums[1], nums[3]);
    let mut words = vec!["apple", "avocado", "banana", "blueberry", "cherry"];
    words.dedup_by_key(|w| w.as_bytes()[0]);
    println!("{} {} {}", words[0], words[1], words[2]);
    let mut counter = 0;
    let mut filled: Vec<u32> = Vec::new();
    filled.resize_with(4, || {
        counter += 1;
        counter * counter
    });
    println!("{} {} {}", filled[0], filled[3], filled.capacity());
    let mut removed = 0;
    filled.retain_mut(|x| {
        *x += 1;
        if *x % 2 == 0 {
            removed += 1;
            false
        } else {
            true
        }
    });
    println!("kept {} removed {} first {}", filled.len(), removed, filled[0]);
    let sorted = vec![1, 3, 5, 7, 9];
    let found = sorted.binary_search_by(|p| p.cmp(&7));
    let by_key = tasks.binary_search_by_key(&99, |t| t.priority as i32);
    println!("{} {}", found.unwrap(), by_key.is_err());
    println!("is_sorted {} {}", sorted.is_sorted(), nums.is_sorted());
}
