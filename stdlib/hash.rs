//! Generic hashing: the `Hash` and `Hasher` traits as in std, their impls
//! for primitive and compound types, and `DefaultHasher` (SipHash-1-3 with
//! zero keys, as std's `DefaultHasher::new()`, so hashes equal std's).

use crate::intrinsics;
use crate::marker::Sized;

/// Feeds a value into a [`Hasher`].
pub trait Hash {
    fn hash<H: Hasher>(&self, state: &mut H);

    fn hash_slice<H: Hasher>(data: &[Self], state: &mut H)
    where
        Self: Sized,
    {
        let mut i = 0;
        while i < data.len() {
            data[i].hash(state);
            i += 1;
        }
    }
}

/// The bytes of `v` in memory (native endianness).
fn bytes_of<T>(v: &T) -> &[u8] {
    unsafe { intrinsics::transmute((v as *const T as *const u8, intrinsics::size_of::<T>())) }
}

/// Hashes an arbitrary stream of bytes; integers are written as their
/// native-endian bytes unless a hasher overrides `write_*`.
pub trait Hasher {
    fn finish(&self) -> u64;
    fn write(&mut self, bytes: &[u8]);

    fn write_u8(&mut self, i: u8) {
        self.write(bytes_of(&i))
    }
    fn write_u16(&mut self, i: u16) {
        self.write(bytes_of(&i))
    }
    fn write_u32(&mut self, i: u32) {
        self.write(bytes_of(&i))
    }
    fn write_u64(&mut self, i: u64) {
        self.write(bytes_of(&i))
    }
    fn write_u128(&mut self, i: u128) {
        self.write(bytes_of(&i))
    }
    fn write_usize(&mut self, i: usize) {
        self.write(bytes_of(&i))
    }
    fn write_i8(&mut self, i: i8) {
        self.write_u8(i as u8)
    }
    fn write_i16(&mut self, i: i16) {
        self.write_u16(i as u16)
    }
    fn write_i32(&mut self, i: i32) {
        self.write_u32(i as u32)
    }
    fn write_i64(&mut self, i: i64) {
        self.write_u64(i as u64)
    }
    fn write_i128(&mut self, i: i128) {
        self.write_u128(i as u128)
    }
    fn write_isize(&mut self, i: isize) {
        self.write_usize(i as usize)
    }
}

impl<H: Hasher + ?Sized> Hasher for &mut H {
    fn finish(&self) -> u64 {
        (**self).finish()
    }
    fn write(&mut self, bytes: &[u8]) {
        (**self).write(bytes)
    }
    fn write_u8(&mut self, i: u8) {
        (**self).write_u8(i)
    }
    fn write_u16(&mut self, i: u16) {
        (**self).write_u16(i)
    }
    fn write_u32(&mut self, i: u32) {
        (**self).write_u32(i)
    }
    fn write_u64(&mut self, i: u64) {
        (**self).write_u64(i)
    }
    fn write_u128(&mut self, i: u128) {
        (**self).write_u128(i)
    }
    fn write_usize(&mut self, i: usize) {
        (**self).write_usize(i)
    }
    fn write_i8(&mut self, i: i8) {
        (**self).write_i8(i)
    }
    fn write_i16(&mut self, i: i16) {
        (**self).write_i16(i)
    }
    fn write_i32(&mut self, i: i32) {
        (**self).write_i32(i)
    }
    fn write_i64(&mut self, i: i64) {
        (**self).write_i64(i)
    }
    fn write_i128(&mut self, i: i128) {
        (**self).write_i128(i)
    }
    fn write_isize(&mut self, i: isize) {
        (**self).write_isize(i)
    }
}

/// Builds hashers (one per hashed key in a map).
pub trait BuildHasher {
    type Hasher: Hasher;
    fn build_hasher(&self) -> Self::Hasher;
    // `hash_one` waits for bounds on associated types (`type Hasher: Hasher`)
    // to hold inside the trait's default methods.
}

macro_rules! hash_int {
    ($($t:ident $write:ident),*) => {
        $(
            impl Hash for $t {
                fn hash<H: Hasher>(&self, state: &mut H) {
                    state.$write(*self)
                }
                // A slice of integers is fed as one run of bytes, as in std.
                fn hash_slice<H: Hasher>(data: &[$t], state: &mut H) {
                    let len = data.len() * crate::mem::size_of::<$t>();
                    let bytes: &[u8] =
                        unsafe { intrinsics::transmute((data as *const [$t] as *const u8, len)) };
                    state.write(bytes)
                }
            }
        )*
    };
}

hash_int! {
    u8 write_u8, u16 write_u16, u32 write_u32, u64 write_u64, u128 write_u128, usize write_usize,
    i8 write_i8, i16 write_i16, i32 write_i32, i64 write_i64, i128 write_i128, isize write_isize
}

impl Hash for bool {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_u8(*self as u8)
    }
}

impl Hash for char {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_u32(*self as u32)
    }
}

impl Hash for str {
    // std's (unstable) `Hasher::write_str`: the bytes, then 0xff so that
    // ("ab", "c") and ("a", "bc") hash differently.
    fn hash<H: Hasher>(&self, state: &mut H) {
        let bytes: &[u8] = unsafe { intrinsics::transmute(self) };
        state.write(bytes);
        state.write_u8(0xff)
    }
}

impl Hash for () {
    fn hash<H: Hasher>(&self, _state: &mut H) {}
}

impl<T: ?Sized + Hash> Hash for &T {
    fn hash<H: Hasher>(&self, state: &mut H) {
        (**self).hash(state)
    }
}

impl<T: ?Sized + Hash> Hash for &mut T {
    fn hash<H: Hasher>(&self, state: &mut H) {
        (**self).hash(state)
    }
}

impl<T: Hash> Hash for [T] {
    // std's (unstable) `Hasher::write_length_prefix` writes a `usize`.
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_usize(self.len());
        Hash::hash_slice(self, state)
    }
}

impl<T: Hash, const N: usize> Hash for [T; N] {
    fn hash<H: Hasher>(&self, state: &mut H) {
        Hash::hash(&self[..], state)
    }
}

macro_rules! hash_tuple {
    ($($name:ident $idx:tt),+) => {
        impl<$($name: Hash),+> Hash for ($($name,)+) {
            fn hash<S: Hasher>(&self, state: &mut S) {
                $(self.$idx.hash(state);)+
            }
        }
    };
}

hash_tuple!(A 0);
hash_tuple!(A 0, B 1);
hash_tuple!(A 0, B 1, C 2);
hash_tuple!(A 0, B 1, C 2, D 3);
hash_tuple!(A 0, B 1, C 2, D 3, E 4);
hash_tuple!(A 0, B 1, C 2, D 3, E 4, F 5);

/// std's default hasher: SipHash-1-3 keyed with zeros by `new()`.
pub struct DefaultHasher {
    v0: u64,
    v1: u64,
    v2: u64,
    v3: u64,
    /// Bytes not yet compressed, little-endian, `ntail` of them.
    tail: u64,
    ntail: usize,
    length: usize,
}

impl DefaultHasher {
    pub fn new() -> DefaultHasher {
        DefaultHasher::new_with_keys(0, 0)
    }

    fn new_with_keys(k0: u64, k1: u64) -> DefaultHasher {
        DefaultHasher {
            v0: k0 ^ 0x736f6d6570736575,
            v1: k1 ^ 0x646f72616e646f6d,
            v2: k0 ^ 0x6c7967656e657261,
            v3: k1 ^ 0x7465646279746573,
            tail: 0,
            ntail: 0,
            length: 0,
        }
    }

    fn round(&mut self) {
        self.v0 = self.v0.wrapping_add(self.v1);
        self.v1 = self.v1.rotate_left(13);
        self.v1 ^= self.v0;
        self.v0 = self.v0.rotate_left(32);
        self.v2 = self.v2.wrapping_add(self.v3);
        self.v3 = self.v3.rotate_left(16);
        self.v3 ^= self.v2;
        self.v0 = self.v0.wrapping_add(self.v3);
        self.v3 = self.v3.rotate_left(21);
        self.v3 ^= self.v0;
        self.v2 = self.v2.wrapping_add(self.v1);
        self.v1 = self.v1.rotate_left(17);
        self.v1 ^= self.v2;
        self.v2 = self.v2.rotate_left(32);
    }

    /// One compression (SipHash-1-3: one round per message word).
    fn compress(&mut self, m: u64) {
        self.v3 ^= m;
        self.round();
        self.v0 ^= m;
    }
}

impl crate::default::Default for DefaultHasher {
    fn default() -> DefaultHasher {
        DefaultHasher::new()
    }
}

impl crate::clone::Clone for DefaultHasher {
    fn clone(&self) -> DefaultHasher {
        DefaultHasher {
            v0: self.v0,
            v1: self.v1,
            v2: self.v2,
            v3: self.v3,
            tail: self.tail,
            ntail: self.ntail,
            length: self.length,
        }
    }
}

/// Up to 7 bytes of `buf` from `start`, as a little-endian integer.
fn load_le(buf: &[u8], start: usize, len: usize) -> u64 {
    let mut out = 0u64;
    let mut i = 0;
    while i < len {
        out |= (buf[start + i] as u64) << (8 * i);
        i += 1;
    }
    out
}

impl Hasher for DefaultHasher {
    fn write(&mut self, msg: &[u8]) {
        let length = msg.len();
        self.length += length;
        let mut needed = 0;
        if self.ntail != 0 {
            needed = 8 - self.ntail;
            let take = if length < needed { length } else { needed };
            self.tail |= load_le(msg, 0, take) << (8 * self.ntail);
            if length < needed {
                self.ntail += length;
                return;
            }
            let m = self.tail;
            self.compress(m);
            self.ntail = 0;
        }
        let len = length - needed;
        let left = len & 7;
        let mut i = needed;
        while i < needed + len - left {
            let m = load_le(msg, i, 4) | (load_le(msg, i + 4, 4) << 32);
            self.compress(m);
            i += 8;
        }
        self.tail = load_le(msg, i, left);
        self.ntail = left;
    }

    fn finish(&self) -> u64 {
        let mut s = self.clone();
        let b: u64 = ((self.length as u64 & 0xff) << 56) | self.tail;
        s.compress(b);
        s.v2 ^= 0xff;
        s.round();
        s.round();
        s.round();
        s.v0 ^ s.v1 ^ s.v2 ^ s.v3
    }
}

/// Builds [`DefaultHasher`]s. std seeds it randomly per process; ferrum
/// uses zero keys, which only changes hash values, never behaviour that a
/// program may rely on.
pub struct RandomState {}

impl RandomState {
    pub fn new() -> RandomState {
        RandomState {}
    }
}

impl BuildHasher for RandomState {
    type Hasher = DefaultHasher;
    fn build_hasher(&self) -> DefaultHasher {
        DefaultHasher::new()
    }
}
