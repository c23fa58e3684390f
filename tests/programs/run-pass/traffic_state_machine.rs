// A traffic light controller as a state machine driven by match with guards.

enum Light {
    Red { remaining: u32 },
    Green { remaining: u32, cars_passed: u32 },
    Yellow { remaining: u32 },
    FlashingRed,
}

enum Event {
    Tick,
    CarArrived,
    PedestrianButton,
    PowerFault,
    PowerRestored,
}

const RED_TIME: u32 = 4;
const GREEN_TIME: u32 = 5;
const YELLOW_TIME: u32 = 2;

fn next(state: Light, event: &Event) -> Light {
    match (state, event) {
        (_, Event::PowerFault) => Light::FlashingRed,
        (Light::FlashingRed, Event::PowerRestored) => Light::Red { remaining: RED_TIME },
        (Light::FlashingRed, _) => Light::FlashingRed,
        (Light::Red { remaining }, Event::Tick) if remaining > 1 => Light::Red { remaining: remaining - 1 },
        (Light::Red { .. }, Event::Tick) => Light::Green { remaining: GREEN_TIME, cars_passed: 0 },
        (Light::Green { remaining, cars_passed }, Event::CarArrived) => Light::Green { remaining, cars_passed: cars_passed + 1 },
        (Light::Green { remaining, cars_passed }, Event::PedestrianButton) if remaining > 2 => {
            Light::Green { remaining: 2, cars_passed }
        }
        (Light::Green { remaining: 1, .. }, Event::Tick) => Light::Yellow { remaining: YELLOW_TIME },
        (Light::Green { remaining, cars_passed }, Event::Tick) => Light::Green { remaining: remaining - 1, cars_passed },
        (Light::Yellow { remaining: r @ 2..=9 }, Event::Tick) => Light::Yellow { remaining: r - 1 },
        (Light::Yellow { .. }, Event::Tick) => Light::Red { remaining: RED_TIME },
        (s, _) => s,
    }
}

fn describe(l: &Light) {
    match l {
        Light::Red { remaining } => println!("RED    ({} left)", remaining),
        Light::Green { remaining, cars_passed: 0 } => println!("GREEN  ({} left, no cars yet)", remaining),
        Light::Green { remaining, cars_passed: n @ 1..=3 } => println!("GREEN  ({} left, {} cars)", remaining, n),
        Light::Green { remaining, cars_passed } => println!("GREEN  ({} left, busy: {} cars)", remaining, cars_passed),
        Light::Yellow { remaining } => println!("YELLOW ({} left)", remaining),
        Light::FlashingRed => println!("FLASHING RED"),
    }
}

fn event_name(e: &Event) -> &'static str {
    match e {
        Event::Tick => "tick",
        Event::CarArrived => "car",
        Event::PedestrianButton => "button",
        Event::PowerFault => "fault",
        Event::PowerRestored => "restored",
    }
}

fn main() {
    let script = [
        Event::Tick, Event::Tick, Event::Tick, Event::Tick,
        Event::CarArrived, Event::Tick, Event::CarArrived, Event::CarArrived, Event::CarArrived, Event::CarArrived,
        Event::PedestrianButton, Event::Tick, Event::Tick, Event::Tick, Event::Tick, Event::Tick,
        Event::PowerFault, Event::Tick, Event::CarArrived, Event::PowerRestored, Event::Tick,
    ];
    let mut state = Light::Red { remaining: RED_TIME };
    describe(&state);
    for i in 0..script.len() {
        print!("{:>2} {:<8} -> ", i, event_name(&script[i]));
        state = next(state, &script[i]);
        describe(&state);
    }
}
