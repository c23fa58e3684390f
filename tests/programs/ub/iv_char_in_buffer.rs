// A hand-written fixed buffer of chars stored as u32 words, one of which is
// out of Unicode's range.
struct CharBuf {
    words: [u32; 4],
    len: usize,
}

impl CharBuf {
    fn push_raw(&mut self, w: u32) {
        self.words[self.len] = w;
        self.len += 1;
    }

    fn get(&self, i: usize) -> char {
        let p = &self.words[i] as *const u32 as *const char;
        unsafe { p.read() } //~ UB invalid-value
    }
}

fn main() {
    let mut b = CharBuf { words: [0; 4], len: 0 };
    b.push_raw('o' as u32);
    b.push_raw('k' as u32);
    b.push_raw(0x11_0000);
    for i in 0..b.len {
        println!("{}", b.get(i));
    }
}
