//! The runtime builtins every backend provides. Nothing else in the
//! library talks to the machine.

#[builtin]
extern "ferrum" {
    pub fn __ferrum_alloc(size: usize, align: usize) -> *mut u8;
    pub fn __ferrum_realloc(ptr: *mut u8, old_size: usize, new_size: usize, align: usize) -> *mut u8;
    pub fn __ferrum_dealloc(ptr: *mut u8, size: usize, align: usize);
    pub fn __ferrum_write(fd: i32, ptr: *const u8, len: usize) -> isize;
    pub fn __ferrum_read(fd: i32, ptr: *mut u8, len: usize) -> isize;
    pub fn __ferrum_exit(code: i32) -> !;
    pub fn __ferrum_panic(msg: *const u8, len: usize, file: *const u8, file_len: usize, line: u32, col: u32) -> !;
    pub fn __ferrum_args_count() -> usize;
    pub fn __ferrum_arg_len(i: usize) -> usize;
    pub fn __ferrum_arg_copy(i: usize, dst: *mut u8);
}
