// {:?} and {:#?} of tuples, arrays, nested arrays, chars and strs with escapes.

fn pair(a: i32, b: i32) -> (i32, i32) {
    (a + b, a * b)
}

fn main() {
    let t = (1, "two", '3', 4.0, true);
    println!("{:?}", t);
    println!("{:?}", ());
    println!("{:?}", (5,));
    println!("{:?}", pair(6, 7));
    let nested = ((1, 2), (3, (4, 5)), [6, 7]);
    println!("{:?}", nested);

    let arr = [1u8, 2, 3, 4];
    println!("{:?}", arr);
    let grid = [[0i32; 3]; 2];
    println!("{:?}", grid);
    let mut m = [[0i64; 3]; 3];
    for i in 0..3 {
        for j in 0..3 {
            m[i][j] = (i as i64 - 1) * (j as i64 + 2);
        }
    }
    println!("{:?}", m);
    let empty: [i32; 0] = [];
    println!("{:?} {}", empty, empty.len());
    let bools = [true, false, true];
    println!("{:?}", bools);
    let floats = [1.0, -0.5, 1e10, 0.1];
    println!("{:?}", floats);

    let chars = ['a', '\n', '\'', '"', '\\', '\t', '\u{7f}', 'é', '\0'];
    println!("{:?}", chars);
    let strs = ["plain", "quote\"d", "tab\there", "new\nline", "back\\slash", "it's", "\u{1F600}"];
    println!("{:?}", strs);
    println!("{:?} {:?}", "single 'quotes'", '"');

    println!("{:#?}", t);
    println!("{:#?}", arr);
    println!("{:#?}", (1, [2, 3], ("x", 'y')));
    println!("{:#?}", [[1, 2], [3, 4]]);
    println!("{:#?}", ());
    println!("{:#?}", empty);

    // width applies to each element of a tuple/array in Debug
    println!("{:5?}", [1, 22, 333]);
    println!("{:<4?}|", (1, 2));
    println!("{:.2?}", [1.0, 2.333333, 3.5]);
    println!("{:08.3?}", (1.5, -2.25));
    println!("{:x?} {:X?}", [10, 255, 4096], (171, 205));
    println!("{:#x?}", [255u8, 16]);
}
