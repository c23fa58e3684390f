// Lookup tables in consts and statics: computed-by-hand tables, const expressions, nested arrays.

const SIZE: usize = 4 * 4;
const SQUARES: [u32; 10] = [0, 1, 4, 9, 16, 25, 36, 49, 64, 81];
const HALF: u32 = SQUARES[9] / 2;
const NEG_MASK: i32 = !0 << 4;
const SHIFTED: u64 = (1 << 40) + (3 << 2);
const DAYS: [u8; 12] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const HEX: [char; 16] = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'];
const KNIGHT: [(i8, i8); 8] = [(1, 2), (2, 1), (2, -1), (1, -2), (-1, -2), (-2, -1), (-2, 1), (-1, 2)];
const PI_APPROX: f64 = 355.0 / 113.0;
const IS_DEBUG: bool = SIZE > 8 && HALF != 0;

static MAGIC: [[u8; 3]; 3] = [[2, 7, 6], [9, 5, 1], [4, 3, 8]];
static NAME: &str = "tables";
static mut HITS: [u32; SIZE] = [0; SIZE];

fn to_hex(mut v: u32) {
    let mut buf = ['0'; 8];
    for i in 0..8 {
        buf[7 - i] = HEX[(v & 0xF) as usize];
        v >>= 4;
    }
    for i in 0..8 {
        print!("{}", buf[i]);
    }
    println!();
}

fn knight_moves(r: i8, c: i8) -> u32 {
    let mut n = 0;
    for i in 0..KNIGHT.len() {
        let (dr, dc) = KNIGHT[i];
        let (nr, nc) = (r + dr, c + dc);
        if nr >= 0 && nr < 8 && nc >= 0 && nc < 8 {
            n += 1;
            unsafe {
                HITS[((nr as usize) * 8 + nc as usize) % SIZE] += 1;
            }
        }
    }
    n
}

fn main() {
    println!("{} SIZE={} HALF={} NEG_MASK={} SHIFTED={} PI~{} debug={}", NAME, SIZE, HALF, NEG_MASK, SHIFTED, PI_APPROX, IS_DEBUG);
    let mut total = 0;
    for m in 0..12 {
        total += DAYS[m] as u32;
    }
    println!("days in year {}", total);
    to_hex(3735928559);
    to_hex(SQUARES[7] * 1000003);
    for r in 0..3 {
        let row = MAGIC[r];
        println!("{:?} sum {}", row, row[0] + row[1] + row[2]);
    }
    println!("diag {}", MAGIC[0][0] + MAGIC[1][1] + MAGIC[2][2]);
    let mut grid_total = 0;
    for r in 0..8 {
        for c in 0..8 {
            grid_total += knight_moves(r, c);
        }
    }
    println!("total knight moves on 8x8: {}", grid_total);
    println!("corner {} edge {} centre {}", knight_moves(0, 0), knight_moves(0, 3), knight_moves(3, 3));
    unsafe {
        let mut s = 0;
        for i in 0..SIZE {
            s += HITS[i];
        }
        println!("hits recorded {} first {}", s, HITS[0]);
    }
}
