use std::collections::HashMap;
use std::fmt;

#[derive(Debug, PartialEq)]
enum BuildError {
    Cycle(Vec<String>),
    MissingDependency { target: String, missing: String },
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BuildError::Cycle(nodes) => write!(f, "dependency cycle among: {}", nodes.join(", ")),
            BuildError::MissingDependency { target, missing } => {
                write!(f, "target `{}` depends on unknown `{}`", target, missing)
            }
        }
    }
}

struct Graph {
    names: Vec<String>,
    index: HashMap<String, usize>,
    deps: Vec<Vec<usize>>,
}

impl Graph {
    fn parse(spec: &str) -> Result<Graph, BuildError> {
        let mut names = Vec::new();
        let mut index = HashMap::new();
        let mut raw = Vec::new();
        for line in spec.lines().map(str::trim).filter(|l| !l.is_empty()) {
            let (target, rest) = line.split_once(':').unwrap_or((line, ""));
            let target = target.trim().to_string();
            index.insert(target.clone(), names.len());
            names.push(target);
            raw.push(rest.split_whitespace().map(String::from).collect::<Vec<_>>());
        }
        let mut deps = Vec::new();
        for (i, ds) in raw.iter().enumerate() {
            let mut v = Vec::new();
            for d in ds {
                match index.get(d) {
                    Some(&j) => v.push(j),
                    None => {
                        return Err(BuildError::MissingDependency { target: names[i].clone(), missing: d.clone() })
                    }
                }
            }
            deps.push(v);
        }
        Ok(Graph { names, index, deps })
    }

    /// Kahn's algorithm, taking the alphabetically smallest ready target.
    fn order(&self) -> Result<Vec<&str>, BuildError> {
        let n = self.names.len();
        let mut remaining: Vec<usize> = self.deps.iter().map(|d| d.len()).collect();
        let mut users = vec![Vec::new(); n];
        for (i, ds) in self.deps.iter().enumerate() {
            for &d in ds {
                users[d].push(i);
            }
        }
        let mut ready: Vec<usize> = (0..n).filter(|&i| remaining[i] == 0).collect();
        let mut out = Vec::with_capacity(n);
        while !ready.is_empty() {
            ready.sort_by(|&a, &b| self.names[b].cmp(&self.names[a]));
            let next = ready.pop().unwrap();
            out.push(self.names[next].as_str());
            for &u in &users[next] {
                remaining[u] -= 1;
                if remaining[u] == 0 {
                    ready.push(u);
                }
            }
        }
        if out.len() < n {
            let mut stuck: Vec<String> = (0..n).filter(|&i| remaining[i] > 0).map(|i| self.names[i].clone()).collect();
            stuck.sort();
            return Err(BuildError::Cycle(stuck));
        }
        Ok(out)
    }

    fn depth(&self, node: usize, memo: &mut Vec<Option<usize>>) -> usize {
        if let Some(d) = memo[node] {
            return d;
        }
        let d = self.deps[node].iter().map(|&c| 1 + self.depth(c, memo)).max().unwrap_or(0);
        memo[node] = Some(d);
        d
    }
}

fn main() {
    let spec = "
        app: net ui log
        ui: gfx log
        net: log crypto
        gfx: math
        crypto: math
        math:
        log:
        tests: app
    ";
    let g = Graph::parse(spec).expect("valid spec");
    match g.order() {
        Ok(order) => println!("build order: {}", order.join(" -> ")),
        Err(e) => println!("error: {}", e),
    }
    let mut memo = vec![None; g.names.len()];
    let mut depths: Vec<(usize, &str)> = (0..g.names.len()).map(|i| (g.depth(i, &mut memo), g.names[i].as_str())).collect();
    depths.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    for (d, name) in &depths {
        println!("{:>6} depth {}", name, d);
    }
    println!("index of gfx: {:?}", g.index.get("gfx"));

    let cyclic = Graph::parse("a: b\nb: c\nc: a\nd:\ne: d").unwrap();
    match cyclic.order() {
        Ok(o) => println!("unexpected order {:?}", o),
        Err(e) => println!("error: {}", e),
    }
    match Graph::parse("x: y z\ny:") {
        Ok(_) => println!("unexpected success"),
        Err(e) => println!("error: {} / {:?}", e, e),
    }
}
