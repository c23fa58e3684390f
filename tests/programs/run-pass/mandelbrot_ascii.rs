// ASCII Mandelbrot set with f64 complex arithmetic written out by hand.

const WIDTH: usize = 64;
const HEIGHT: usize = 24;
const MAX_ITER: u32 = 200;

fn escape_time(cr: f64, ci: f64) -> u32 {
    let (mut zr, mut zi) = (0.0f64, 0.0f64);
    let mut i = 0;
    while i < MAX_ITER {
        let zr2 = zr * zr;
        let zi2 = zi * zi;
        if zr2 + zi2 > 4.0 {
            break;
        }
        zi = 2.0 * zr * zi + ci;
        zr = zr2 - zi2 + cr;
        i += 1;
    }
    i
}

fn shade(n: u32) -> char {
    const RAMP: [char; 10] = [' ', '.', ':', '-', '=', '+', '*', '#', '%', '@'];
    if n >= MAX_ITER {
        '@'
    } else {
        RAMP[(n as usize * 9 / MAX_ITER as usize).min(8)]
    }
}

fn main() {
    let (x0, x1) = (-2.2, 1.0);
    let (y0, y1) = (-1.2, 1.2);
    let mut inside = 0;
    let mut total_iters: u64 = 0;
    for row in 0..HEIGHT {
        let ci = y0 + (y1 - y0) * row as f64 / (HEIGHT - 1) as f64;
        for col in 0..WIDTH {
            let cr = x0 + (x1 - x0) * col as f64 / (WIDTH - 1) as f64;
            let n = escape_time(cr, ci);
            total_iters += n as u64;
            if n == MAX_ITER {
                inside += 1;
            }
            print!("{}", shade(n));
        }
        println!("|");
    }
    println!("points inside: {} of {}", inside, WIDTH * HEIGHT);
    println!("total iterations: {}", total_iters);
    println!("area estimate: {:.4}", (x1 - x0) * (y1 - y0) * inside as f64 / (WIDTH * HEIGHT) as f64);
}
