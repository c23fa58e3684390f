// A tiny stack-based virtual machine: enum instructions with data, a fixed stack, jumps.

enum Op {
    Push(i64),
    Pop,
    Dup,
    Swap,
    Over,
    Add,
    Sub,
    Mul,
    Mod,
    Lt,
    Jmp(usize),
    Jz(usize),
    Load(usize),
    Store(usize),
    Print,
    Halt,
}

struct Vm {
    stack: [i64; 64],
    sp: usize,
    pc: usize,
    mem: [i64; 8],
    steps: u64,
}

impl Vm {
    fn new() -> Vm {
        Vm { stack: [0; 64], sp: 0, pc: 0, mem: [0; 8], steps: 0 }
    }

    fn push(&mut self, v: i64) {
        self.stack[self.sp] = v;
        self.sp += 1;
    }

    fn pop(&mut self) -> i64 {
        self.sp -= 1;
        self.stack[self.sp]
    }

    fn run(&mut self, program: &[Op]) {
        loop {
            self.steps += 1;
            let op = &program[self.pc];
            self.pc += 1;
            match op {
                Op::Push(v) => self.push(*v),
                Op::Pop => {
                    self.pop();
                }
                Op::Dup => {
                    let v = self.pop();
                    self.push(v);
                    self.push(v);
                }
                Op::Swap => {
                    let b = self.pop();
                    let a = self.pop();
                    self.push(b);
                    self.push(a);
                }
                Op::Over => {
                    let v = self.stack[self.sp - 2];
                    self.push(v);
                }
                Op::Add | Op::Sub | Op::Mul | Op::Mod | Op::Lt => {
                    let b = self.pop();
                    let a = self.pop();
                    let r = match op {
                        Op::Add => a + b,
                        Op::Sub => a - b,
                        Op::Mul => a * b,
                        Op::Mod => a % b,
                        Op::Lt => (a < b) as i64,
                        _ => unreachable!(),
                    };
                    self.push(r);
                }
                Op::Jmp(t) => self.pc = *t,
                Op::Jz(t) => {
                    if self.pop() == 0 {
                        self.pc = *t;
                    }
                }
                Op::Load(slot) => self.push(self.mem[*slot]),
                Op::Store(slot) => self.mem[*slot] = self.pop(),
                Op::Print => println!("out: {}", self.pop()),
                Op::Halt => break,
            }
        }
    }
}

fn main() {
    // factorial of 1..=10, printing each
    let fact = [
        Op::Push(1), Op::Store(0), // i = 1
        Op::Push(1), Op::Store(1), // acc = 1
        Op::Load(0), Op::Push(11), Op::Lt, Op::Jz(19), // while i < 11
        Op::Load(1), Op::Load(0), Op::Mul, Op::Dup, Op::Store(1), Op::Print, // acc *= i; print
        Op::Load(0), Op::Push(1), Op::Add, Op::Store(0), Op::Jmp(4), // i += 1
        Op::Halt,
    ];
    let mut vm = Vm::new();
    vm.run(&fact);
    println!("steps: {}, sp: {}", vm.steps, vm.sp);

    // gcd(1071, 462) with the stack only
    let gcd = [
        Op::Push(1071), Op::Push(462),
        Op::Dup, Op::Jz(8), // while b != 0
        Op::Swap, Op::Over, Op::Mod, Op::Jmp(2), // (a, b) -> (b, a % b)
        Op::Pop, Op::Print, Op::Halt,
    ];
    let mut vm2 = Vm::new();
    vm2.run(&gcd[..]);
    println!("steps: {}", vm2.steps);
    let mut vm3 = Vm::new();
    vm3.run(&[Op::Push(6), Op::Push(7), Op::Mul, Op::Push(-2), Op::Sub, Op::Print, Op::Halt]);
}
