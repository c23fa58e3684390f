// A unit converter where one conversion has not been written yet: todo!() panics.

enum Unit {
    Meters,
    Feet,
    Inches,
    Furlongs,
}

fn to_meters(v: f64, u: &Unit) -> f64 {
    match u {
        Unit::Meters => v,
        Unit::Feet => v * 0.3048,
        Unit::Inches => v * 0.0254,
        Unit::Furlongs => todo!(),
    }
}

fn name(u: &Unit) -> &'static str {
    match u {
        Unit::Meters => "m",
        Unit::Feet => "ft",
        Unit::Inches => "in",
        Unit::Furlongs => "fur",
    }
}

fn main() {
    let inputs = [(1.0, Unit::Meters), (6.0, Unit::Feet), (12.0, Unit::Inches), (0.5, Unit::Furlongs), (3.0, Unit::Feet)];
    for i in 0..inputs.len() {
        let (v, u) = &inputs[i];
        println!("{} {} = {:.4} m", v, name(u), to_meters(*v, u));
    }
}
