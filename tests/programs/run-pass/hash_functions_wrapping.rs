// Non-cryptographic hashes over byte arrays: FNV-1a, djb2, Adler-32, CRC-32 with a table.

fn fnv1a_64(data: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for i in 0..data.len() {
        h ^= data[i] as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

fn djb2(data: &[u8]) -> u32 {
    let mut h: u32 = 5381;
    for i in 0..data.len() {
        h = (h << 5).wrapping_add(h).wrapping_add(data[i] as u32);
    }
    h
}

fn adler32(data: &[u8]) -> u32 {
    let mut a: u32 = 1;
    let mut b: u32 = 0;
    for i in 0..data.len() {
        a = (a + data[i] as u32) % 65521;
        b = (b + a) % 65521;
    }
    (b << 16) | a
}

fn crc_table() -> [u32; 256] {
    let mut table = [0u32; 256];
    for n in 0..256 {
        let mut c = n as u32;
        for _ in 0..8 {
            c = if c & 1 != 0 { 0xEDB88320 ^ (c >> 1) } else { c >> 1 };
        }
        table[n] = c;
    }
    table
}

fn crc32(table: &[u32; 256], data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for i in 0..data.len() {
        crc = table[((crc ^ data[i] as u32) & 0xFF) as usize] ^ (crc >> 8);
    }
    !crc
}

fn ascii(text: &str, out: &mut [u8; 64]) -> usize {
    // encode a few known strings by hand, since we only have .len() on &str
    let n = text.len();
    let src: [u8; 43] = [
        84, 104, 101, 32, 113, 117, 105, 99, 107, 32, 98, 114, 111, 119, 110, 32, 102, 111, 120, 32, 106, 117,
        109, 112, 115, 32, 111, 118, 101, 114, 32, 116, 104, 101, 32, 108, 97, 122, 121, 32, 100, 111, 103,
    ];
    for i in 0..n {
        out[i] = src[i];
    }
    n
}

fn main() {
    let table = crc_table();
    println!("crc table[1] = {:#010x} table[255] = {:#010x}", table[1], table[255]);
    let mut buf = [0u8; 64];
    let lens = ["", "The", "The quick brown fox", "The quick brown fox jumps over the lazy dog"];
    for i in 0..lens.len() {
        let n = ascii(lens[i], &mut buf);
        let data = &buf[..n];
        println!("{:>2} bytes: fnv1a={:016x} djb2={:08x} adler={:08x} crc32={:08x}",
            n, fnv1a_64(data), djb2(data), adler32(data), crc32(&table, data));
    }
    let digits: [u8; 9] = [49, 50, 51, 52, 53, 54, 55, 56, 57];
    println!("crc32(\"123456789\") = {:#x}", crc32(&table, &digits));
}
