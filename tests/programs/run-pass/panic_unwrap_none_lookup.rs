use std::collections::HashMap;

#[derive(Debug)]
struct Config {
    values: HashMap<String, String>,
}

impl Config {
    fn parse(text: &str) -> Config {
        let values = text
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .filter_map(|l| l.split_once('='))
            .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
            .collect();
        Config { values }
    }

    fn get_num(&self, key: &str) -> Option<i64> {
        self.values.get(key)?.parse().ok()
    }
}

fn main() {
    let cfg = Config::parse("# settings\nwidth = 80\nheight=24\n\nname = demo\ndepth = deep\n");
    let mut keys: Vec<&String> = cfg.values.keys().collect();
    keys.sort();
    println!("keys: {:?}", keys);
    let w = cfg.get_num("width").unwrap();
    let h = cfg.get_num("height").unwrap_or(0);
    println!("area = {}", w * h);
    println!("depth parses: {:?}", cfg.get_num("depth"));
    let d = cfg.get_num("margin").unwrap();
    println!("unreachable {}", d);
}
