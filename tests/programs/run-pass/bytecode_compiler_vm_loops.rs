// Simple bytecode compiler + VM for arithmetic with variables and loops,
// using enums with data, match guards, Vec as stack, and HashMap slots.
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Op { Push(i64), Load(usize), Store(usize), Add, Sub, Mul, Lt, JumpIfZero(usize), Jump(usize), Print, Halt }

struct Compiler { code: Vec<Op>, slots: HashMap<String, usize> }

impl Compiler {
    fn slot(&mut self, name: &str) -> usize {
        let n = self.slots.len();
        *self.slots.entry(name.to_string()).or_insert(n)
    }
    fn operand(&mut self, tok: &str) -> Op {
        match tok.parse::<i64>() { Ok(v) => Op::Push(v), Err(_) => Op::Load(self.slot(tok)) }
    }
    fn expr(&mut self, toks: &[&str]) {
        // left-to-right: a op b op c
        let first = self.operand(toks[0]);
        self.code.push(first);
        for pair in toks[1..].chunks(2) {
            let op = match pair[0] { "+" => Op::Add, "-" => Op::Sub, "*" => Op::Mul, "<" => Op::Lt, other => panic!("bad op {}", other) };
            let rhs = self.operand(pair[1]);
            self.code.push(rhs);
            self.code.push(op);
        }
    }
    fn compile(src: &str) -> (Vec<Op>, usize) {
        let mut c = Compiler { code: Vec::new(), slots: HashMap::new() };
        let mut loops: Vec<(usize, usize)> = Vec::new();
        for line in src.lines().map(str::trim).filter(|l| !l.is_empty()) {
            let toks: Vec<&str> = line.split_whitespace().collect();
            match toks.as_slice() {
                ["print", rest @ ..] => { c.expr(rest); c.code.push(Op::Print); }
                ["while", cond @ ..] => {
                    let start = c.code.len();
                    c.expr(cond);
                    loops.push((start, c.code.len()));
                    c.code.push(Op::JumpIfZero(usize::MAX));
                }
                ["end"] => {
                    let (start, jz) = loops.pop().expect("end without while");
                    c.code.push(Op::Jump(start));
                    let after = c.code.len();
                    c.code[jz] = Op::JumpIfZero(after);
                }
                [name, "=", rest @ ..] => { c.expr(rest); let s = c.slot(name); c.code.push(Op::Store(s)); }
                other => panic!("cannot parse {:?}", other),
            }
        }
        c.code.push(Op::Halt);
        let n = c.slots.len();
        (c.code, n)
    }
}

fn run(code: &[Op], slots: usize, limit: usize) -> Result<(Vec<i64>, usize), String> {
    let (mut stack, mut vars, mut out) = (Vec::<i64>::new(), vec![0i64; slots], Vec::new());
    let mut pc = 0;
    for step in 0..limit {
        let op = code[pc];
        pc += 1;
        match op {
            Op::Push(v) => stack.push(v),
            Op::Load(s) => stack.push(vars[s]),
            Op::Store(s) => vars[s] = stack.pop().ok_or("underflow")?,
            Op::Add | Op::Sub | Op::Mul | Op::Lt => {
                let (b, a) = (stack.pop().ok_or("underflow")?, stack.pop().ok_or("underflow")?);
                stack.push(match op {
                    Op::Add => a.checked_add(b).ok_or("overflow")?,
                    Op::Sub => a - b,
                    Op::Mul => a.checked_mul(b).ok_or_else(|| format!("overflow at step {}", step))?,
                    _ => (a < b) as i64,
                });
            }
            Op::JumpIfZero(t) => if stack.pop() == Some(0) { pc = t },
            Op::Jump(t) => pc = t,
            Op::Print => out.push(stack.pop().ok_or("underflow")?),
            Op::Halt => return Ok((out, step)),
        }
    }
    Err(format!("step limit {} reached", limit))
}

fn main() {
    let src = "
        n = 1
        f = 1
        while n < 11
            f = f * n
            print f
            n = n + 1
        end
        print n * 100 - 1
    ";
    let (code, slots) = Compiler::compile(src);
    println!("{} ops, {} slots, jumps: {:?}", code.len(), slots, code.iter().filter(|o| matches!(o, Op::Jump(_) | Op::JumpIfZero(_))).collect::<Vec<_>>());
    match run(&code, slots, 10_000) { Ok((out, steps)) => println!("{:?} in {} steps", out, steps), Err(e) => println!("error {}", e) }
    let (big, s) = Compiler::compile("x = 2\nwhile 0 < x\nx = x * x\nend");
    println!("{:?}", run(&big, s, 1000));
    let (inf, s) = Compiler::compile("while 0 < 1\nend");
    println!("{:?}", run(&inf, s, 50));
}
