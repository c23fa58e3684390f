// Fieldless enums with explicit discriminants, converted with `as` and back via match.

enum Level {
    Trace = -1,
    Debug,
    Info = 10,
    Warn,
    Error = 50,
    Fatal = 0x7F,
}

enum Opcode {
    Nop = 0x00,
    Load = 0x10,
    Store = 0x11,
    Jump = 0x20,
    Halt = 0xFF,
}

enum Weekday {
    Mon = 1,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

fn level_from(v: i32) -> Level {
    match v {
        -1 => Level::Trace,
        0 => Level::Debug,
        10 => Level::Info,
        11 => Level::Warn,
        50 => Level::Error,
        _ => Level::Fatal,
    }
}

fn level_name(l: &Level) -> &'static str {
    match l {
        Level::Trace => "TRACE",
        Level::Debug => "DEBUG",
        Level::Info => "INFO",
        Level::Warn => "WARN",
        Level::Error => "ERROR",
        Level::Fatal => "FATAL",
    }
}

fn decode(byte: u8) -> Opcode {
    match byte {
        0x00 => Opcode::Nop,
        0x10 => Opcode::Load,
        0x11 => Opcode::Store,
        0x20 => Opcode::Jump,
        _ => Opcode::Halt,
    }
}

fn is_weekend(d: Weekday) -> bool {
    let n = d as u8;
    n >= Weekday::Sat as u8
}

fn main() {
    let values = [-1, 0, 10, 11, 50, 127, 99];
    for i in 0..values.len() {
        let l = level_from(values[i]);
        let name = level_name(&l);
        println!("{:>4} -> {:<5} = {:>4} (as u8 {:>3}, as i64 {})", values[i], name, l as i32, level_from(values[i]) as u8, level_from(values[i]) as i64);
    }
    let code = [0x10u8, 0x11, 0x00, 0x20, 0x42];
    for i in 0..code.len() {
        let op = decode(code[i]);
        let back = op as u8;
        println!("byte {:#04x} decodes to opcode {:#04x} ({})", code[i], back, back == code[i]);
    }
    println!("Mon={} Wed={} Sun={}", Weekday::Mon as i32, Weekday::Wed as i32, Weekday::Sun as i32);
    println!("sat weekend {} tue weekend {}", is_weekend(Weekday::Sat), is_weekend(Weekday::Tue));
    println!("{} {} {}", Weekday::Thu as u8 + Weekday::Fri as u8, Level::Warn as i8, Opcode::Halt as i8);
    println!("{}", Level::Trace as u32);
    println!("{}", Opcode::Halt as u8 as char as u32);
}
