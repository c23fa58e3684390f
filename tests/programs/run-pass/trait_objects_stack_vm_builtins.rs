use std::collections::HashMap;
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
enum Value {
    Int(i64),
    Bool(bool),
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Value::Int(n) => write!(f, "{}", n),
            Value::Bool(b) => write!(f, "{}", b),
        }
    }
}

trait Instr: fmt::Debug {
    fn exec(&self, vm: &mut Vm) -> Result<(), String>;
    fn cost(&self) -> u32 {
        1
    }
}

#[derive(Debug)]
struct Push(Value);
#[derive(Debug)]
struct BinOp {
    name: &'static str,
}
#[derive(Debug)]
struct Call(String);

struct Vm {
    stack: Vec<Value>,
    builtins: HashMap<String, Box<dyn Fn(&mut Vec<Value>) -> Result<(), String>>>,
    trace: Vec<String>,
}

impl Instr for Push {
    fn exec(&self, vm: &mut Vm) -> Result<(), String> {
        vm.stack.push(self.0.clone());
        Ok(())
    }
}

impl Instr for BinOp {
    fn exec(&self, vm: &mut Vm) -> Result<(), String> {
        let b = vm.stack.pop().ok_or("stack underflow")?;
        let a = vm.stack.pop().ok_or("stack underflow")?;
        let r = match (self.name, &a, &b) {
            ("add", Value::Int(x), Value::Int(y)) => Value::Int(x + y),
            ("mul", Value::Int(x), Value::Int(y)) => Value::Int(x * y),
            ("lt", Value::Int(x), Value::Int(y)) => Value::Bool(x < y),
            ("eq", _, _) => Value::Bool(a == b),
            _ => return Err(format!("bad operands for {}: {} {}", self.name, a, b)),
        };
        vm.stack.push(r);
        Ok(())
    }
    fn cost(&self) -> u32 {
        if self.name == "mul" { 3 } else { 2 }
    }
}

impl Instr for Call {
    fn exec(&self, vm: &mut Vm) -> Result<(), String> {
        let f = vm.builtins.get(&self.0).ok_or_else(|| format!("unknown builtin {}", self.0))?;
        vm.trace.push(self.0.clone());
        f(&mut vm.stack)
    }
    fn cost(&self) -> u32 {
        5
    }
}

fn run(program: &[Box<dyn Instr>], vm: &mut Vm) -> Result<u32, String> {
    let mut cost = 0;
    for (pc, ins) in program.iter().enumerate() {
        ins.exec(vm).map_err(|e| format!("pc {}: {:?}: {}", pc, ins, e))?;
        cost += ins.cost();
    }
    Ok(cost)
}

fn main() {
    let mut vm = Vm { stack: Vec::new(), builtins: HashMap::new(), trace: Vec::new() };
    vm.builtins.insert(
        "dup".to_string(),
        Box::new(|s: &mut Vec<Value>| {
            let top = s.last().cloned().ok_or("empty")?;
            s.push(top);
            Ok(())
        }),
    );
    vm.builtins.insert("neg".to_string(), Box::new(|s: &mut Vec<Value>| match s.pop() {
        Some(Value::Int(n)) => {
            s.push(Value::Int(-n));
            Ok(())
        }
        other => Err(format!("neg of {:?}", other)),
    }));
    let program: Vec<Box<dyn Instr>> = vec![
        Box::new(Push(Value::Int(6))),
        Box::new(Call("dup".into())),
        Box::new(BinOp { name: "mul" }),
        Box::new(Push(Value::Int(-4))),
        Box::new(Call("neg".into())),
        Box::new(BinOp { name: "add" }),
        Box::new(Push(Value::Int(100))),
        Box::new(BinOp { name: "lt" }),
    ];
    match run(&program, &mut vm) {
        Ok(cost) => println!("ok cost={} stack={:?}", cost, vm.stack),
        Err(e) => println!("error {}", e),
    }
    let bad: Vec<Box<dyn Instr>> = vec![Box::new(Push(Value::Bool(true))), Box::new(Call("neg".into())), Box::new(Call("sqrt".into()))];
    match run(&bad, &mut vm) {
        Ok(cost) => println!("ok {}", cost),
        Err(e) => println!("error {}", e),
    }
    let mut sorted: Vec<&Box<dyn Instr>> = program.iter().collect();
    sorted.sort_by(|a, b| b.cost().cmp(&a.cost()));
    let names: Vec<String> = sorted.iter().take(3).map(|i| format!("{:?}", i)).collect();
    println!("{}", names.join(" | "));
    println!("trace {:?}", vm.trace);
}
