use std::collections::HashMap;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Instr {
    Push(i64),
    Pop,
    Add,
    Sub,
    Mul,
    Div,
    Dup,
    Swap,
    Over,
    Jmp(usize),
    Jz(usize),
    Load(u8),
    Store(u8),
    Print,
    Call(usize),
    Ret,
    Halt,
}

#[derive(Debug, PartialEq)]
enum VmError {
    StackUnderflow(usize),
    DivideByZero(usize),
    BadJump(usize),
    StepLimit,
}

impl fmt::Display for VmError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match *self {
            VmError::StackUnderflow(pc) => write!(f, "stack underflow at pc={}", pc),
            VmError::DivideByZero(pc) => write!(f, "divide by zero at pc={}", pc),
            VmError::BadJump(t) => write!(f, "jump target {} out of range", t),
            VmError::StepLimit => f.write_str("step limit exceeded"),
        }
    }
}

struct Vm<'p> {
    program: &'p [Instr],
    stack: Vec<i64>,
    calls: Vec<usize>,
    regs: [i64; 4],
    pc: usize,
    output: Vec<String>,
    steps: usize,
}

impl<'p> Vm<'p> {
    fn new(program: &'p [Instr]) -> Self {
        Vm { program, stack: Vec::with_capacity(16), calls: vec![], regs: [0; 4], pc: 0, output: Vec::new(), steps: 0 }
    }

    fn pop(&mut self) -> Result<i64, VmError> {
        self.stack.pop().ok_or(VmError::StackUnderflow(self.pc))
    }

    fn binop(&mut self, f: impl Fn(i64, i64) -> Option<i64>) -> Result<(), VmError> {
        let b = self.pop()?;
        let a = self.pop()?;
        let r = f(a, b).ok_or(VmError::DivideByZero(self.pc))?;
        self.stack.push(r);
        Ok(())
    }

    fn jump(&mut self, target: usize) -> Result<(), VmError> {
        if target >= self.program.len() {
            return Err(VmError::BadJump(target));
        }
        self.pc = target;
        Ok(())
    }

    fn run(&mut self) -> Result<Option<i64>, VmError> {
        loop {
            self.steps += 1;
            if self.steps > 10_000 {
                return Err(VmError::StepLimit);
            }
            let instr = match self.program.get(self.pc) {
                Some(i) => *i,
                None => return Ok(self.stack.last().copied()),
            };
            self.pc += 1;
            match instr {
                Instr::Push(v) => self.stack.push(v),
                Instr::Pop => {
                    self.pop()?;
                }
                Instr::Add => self.binop(|a, b| Some(a.wrapping_add(b)))?,
                Instr::Sub => self.binop(|a, b| Some(a - b))?,
                Instr::Mul => self.binop(|a, b| a.checked_mul(b))?,
                Instr::Div => self.binop(|a, b| if b == 0 { None } else { Some(a / b) })?,
                Instr::Dup => {
                    let v = self.pop()?;
                    self.stack.extend_from_slice(&[v, v]);
                }
                Instr::Swap => {
                    let n = self.stack.len();
                    if n < 2 {
                        return Err(VmError::StackUnderflow(self.pc - 1));
                    }
                    self.stack.swap(n - 1, n - 2);
                }
                Instr::Over => {
                    let n = self.stack.len();
                    let v = *self.stack.get(n.wrapping_sub(2)).ok_or(VmError::StackUnderflow(self.pc - 1))?;
                    self.stack.push(v);
                }
                Instr::Jmp(t) => self.jump(t)?,
                Instr::Jz(t) => {
                    if self.pop()? == 0 {
                        self.jump(t)?;
                    }
                }
                Instr::Load(r) => self.stack.push(self.regs[r as usize]),
                Instr::Store(r) => self.regs[r as usize] = self.pop()?,
                Instr::Print => {
                    let v = self.pop()?;
                    self.output.push(v.to_string());
                }
                Instr::Call(t) => {
                    self.calls.push(self.pc);
                    self.jump(t)?;
                }
                Instr::Ret => match self.calls.pop() {
                    Some(ret) => self.pc = ret,
                    None => return Ok(self.stack.last().copied()),
                },
                Instr::Halt => return Ok(self.stack.last().copied()),
            }
        }
    }
}

fn factorial_program(n: i64) -> Vec<Instr> {
    use Instr::*;
    vec![
        Push(n), Store(0), Push(1), Store(1),
        // loop at 4: if r0 == 0 goto end
        Load(0), Jz(15),
        Load(1), Load(0), Mul, Store(1),
        Load(0), Push(1), Sub, Store(0),
        Jmp(4),
        // end at 15
        Load(1), Dup, Print, Halt,
    ]
}

fn main() {
    let mut programs: Vec<(&str, Vec<Instr>)> = Vec::new();
    programs.push(("fact5", factorial_program(5)));
    programs.push(("fact20", factorial_program(20)));
    programs.push(("fact21", factorial_program(21)));
    programs.push(("arith", vec![Instr::Push(7), Instr::Push(3), Instr::Over, Instr::Over, Instr::Sub, Instr::Print, Instr::Div, Instr::Print]));
    programs.push(("underflow", vec![Instr::Push(1), Instr::Add]));
    programs.push(("divzero", vec![Instr::Push(1), Instr::Push(0), Instr::Div]));
    programs.push(("badjump", vec![Instr::Jmp(99)]));
    programs.push(("forever", vec![Instr::Jmp(0)]));
    programs.push((
        "call",
        vec![Instr::Push(6), Instr::Call(4), Instr::Print, Instr::Halt, Instr::Dup, Instr::Mul, Instr::Ret],
    ));

    let mut summary: HashMap<&str, usize> = HashMap::new();
    for (name, prog) in &programs {
        let mut vm = Vm::new(prog);
        let result = vm.run();
        let status = match &result {
            Ok(Some(top)) => format!("ok top={}", top),
            Ok(None) => "ok empty".to_string(),
            Err(e) => format!("error: {}", e),
        };
        *summary.entry(if result.is_ok() { "ok" } else { "err" }).or_insert(0) += 1;
        println!("{:<10} steps={:<5} out=[{}] {}", name, vm.steps, vm.output.join(","), status);
    }
    let mut keys: Vec<_> = summary.into_iter().collect();
    keys.sort();
    println!("{:?}", keys);
    let m = Instr::Push(3);
    println!("{:?} {}", m, m == Instr::Push(3));
}
