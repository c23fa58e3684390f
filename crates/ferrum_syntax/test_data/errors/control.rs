fn main() {
    if x { } else 5
    for x y {}
    while {}
    loop 5
}
