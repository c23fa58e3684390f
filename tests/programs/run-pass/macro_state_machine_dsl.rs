// A macro_rules DSL that declares a state machine: states, events and
// transitions, with guards, then runs inputs through it.
macro_rules! state_machine {
    (
        machine $name:ident {
            states { $($state:ident),+ $(,)? }
            events { $($event:ident),+ $(,)? }
            start $start:ident;
            $( $from:ident + $ev:ident => $to:ident $(if $guard:expr)? ; )*
        }
    ) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        enum State { $($state),+ }

        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        enum Event { $($event),+ }

        struct $name {
            state: State,
            steps: u32,
            history: Vec<State>,
        }

        impl $name {
            fn new() -> Self {
                $name { state: State::$start, steps: 0, history: vec![State::$start] }
            }

            fn all_states() -> &'static [State] {
                &[$(State::$state),+]
            }

            fn fire(&mut self, event: Event) -> Result<State, String> {
                $(
                    if self.state == State::$from && event == Event::$ev $(&& ($guard)(self.steps))? {
                        self.state = State::$to;
                        self.steps += 1;
                        self.history.push(self.state);
                        return Ok(self.state);
                    }
                )*
                Err(format!("no transition from {:?} on {:?}", self.state, event))
            }
        }
    };
}

macro_rules! count {
    () => { 0usize };
    ($head:tt $($tail:tt)*) => { 1usize + count!($($tail)*) };
}

macro_rules! events {
    ($($e:ident)*) => { [$(Event::$e),*] };
}

state_machine! {
    machine Door {
        states { Closed, Open, Locked, Broken }
        events { Push, Pull, Lock, Unlock, Kick }
        start Closed;
        Closed + Pull => Open;
        Open + Push => Closed;
        Closed + Lock => Locked;
        Locked + Unlock => Closed;
        Locked + Kick => Broken if |steps: u32| steps >= 3;
        Closed + Kick => Open;
    }
}

fn main() {
    println!("states: {:?} ({} of them)", Door::all_states(), count!(a b c d));
    let mut door = Door::new();
    let script = events!(Pull Push Lock Kick Unlock Lock Kick Pull);
    for ev in script.iter() {
        match door.fire(*ev) {
            Ok(s) => println!("{:?} -> {:?}", ev, s),
            Err(e) => println!("error: {}", e),
        }
    }
    println!("steps: {}, history: {:?}", door.steps, door.history);
    let visits = Door::all_states()
        .iter()
        .map(|s| (*s, door.history.iter().filter(|h| *h == s).count()))
        .collect::<Vec<_>>();
    println!("visits: {:?}", visits);
}
