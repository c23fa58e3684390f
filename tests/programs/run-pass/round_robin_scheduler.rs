use std::collections::VecDeque;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Ready,
    Blocked(u32),
    Done,
}

trait Task {
    fn name(&self) -> &str;
    /// Runs for at most `quantum` ticks; returns ticks used and the new state.
    fn run(&mut self, quantum: u32) -> (u32, State);
}

struct Cpu {
    name: String,
    remaining: u32,
}

impl Task for Cpu {
    fn name(&self) -> &str {
        &self.name
    }
    fn run(&mut self, quantum: u32) -> (u32, State) {
        let used = quantum.min(self.remaining);
        self.remaining -= used;
        (used, if self.remaining == 0 { State::Done } else { State::Ready })
    }
}

struct Io {
    name: String,
    bursts: Vec<(u32, u32)>,
}

impl Task for Io {
    fn name(&self) -> &str {
        &self.name
    }
    fn run(&mut self, quantum: u32) -> (u32, State) {
        let Some((cpu, wait)) = self.bursts.first_mut() else { return (0, State::Done) };
        let used = quantum.min(*cpu);
        *cpu -= used;
        if *cpu > 0 {
            return (used, State::Ready);
        }
        let wait = *wait;
        self.bursts.remove(0);
        if self.bursts.is_empty() {
            (used, State::Done)
        } else {
            (used, State::Blocked(wait))
        }
    }
}

struct Entry {
    task: Box<dyn Task>,
    state: State,
    finished_at: Option<u32>,
    cpu_time: u32,
}

impl fmt::Display for Entry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:<6} {:>4} cpu", self.task.name(), self.cpu_time)?;
        match self.finished_at {
            Some(t) => write!(f, ", done at {}", t),
            None => write!(f, ", {:?}", self.state),
        }
    }
}

struct Scheduler {
    entries: Vec<Entry>,
    ready: VecDeque<usize>,
    clock: u32,
    log: Vec<String>,
}

impl Scheduler {
    fn new(tasks: Vec<Box<dyn Task>>) -> Self {
        let entries: Vec<Entry> =
            tasks.into_iter().map(|task| Entry { task, state: State::Ready, finished_at: None, cpu_time: 0 }).collect();
        let ready = (0..entries.len()).collect();
        Scheduler { entries, ready, clock: 0, log: Vec::new() }
    }

    fn wake_blocked(&mut self, elapsed: u32) {
        for (i, e) in self.entries.iter_mut().enumerate() {
            if let State::Blocked(left) = e.state {
                if left <= elapsed {
                    e.state = State::Ready;
                    self.ready.push_back(i);
                } else {
                    e.state = State::Blocked(left - elapsed);
                }
            }
        }
    }

    fn run(&mut self, quantum: u32) {
        while self.entries.iter().any(|e| e.state != State::Done) {
            let Some(i) = self.ready.pop_front() else {
                self.clock += 1;
                self.log.push(format!("{:>3}: idle", self.clock - 1));
                self.wake_blocked(1);
                continue;
            };
            let entry = &mut self.entries[i];
            let (used, state) = entry.task.run(quantum);
            entry.cpu_time += used;
            entry.state = state;
            self.log.push(format!("{:>3}: {} ran {} -> {:?}", self.clock, entry.task.name(), used, state));
            self.clock += used;
            if state == State::Done {
                entry.finished_at = Some(self.clock);
            }
            self.wake_blocked(used);
            if state == State::Ready {
                self.ready.push_back(i);
            }
        }
    }
}

fn main() {
    let tasks: Vec<Box<dyn Task>> = vec![
        Box::new(Cpu { name: "calc".into(), remaining: 7 }),
        Box::new(Io { name: "disk".into(), bursts: vec![(2, 5), (1, 3), (2, 0)] }),
        Box::new(Cpu { name: "short".into(), remaining: 2 }),
        Box::new(Io { name: "net".into(), bursts: vec![(1, 9), (1, 0)] }),
    ];
    let mut s = Scheduler::new(tasks);
    s.run(3);
    for line in &s.log {
        println!("{}", line);
    }
    println!("--- finished at {} ---", s.clock);
    for e in &s.entries {
        println!("{}", e);
    }
    let avg = s.entries.iter().filter_map(|e| e.finished_at).sum::<u32>() as f64 / s.entries.len() as f64;
    println!("average turnaround {:.2}", avg);
}
