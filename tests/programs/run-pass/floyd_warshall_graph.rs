// All-pairs shortest paths (Floyd-Warshall) with path reconstruction on an adjacency matrix.

const N: usize = 6;
const INF: i64 = i64::MAX / 4;

fn floyd(dist: &mut [[i64; N]; N], next: &mut [[usize; N]; N]) {
    for k in 0..N {
        for i in 0..N {
            for j in 0..N {
                if dist[i][k] + dist[k][j] < dist[i][j] {
                    dist[i][j] = dist[i][k] + dist[k][j];
                    next[i][j] = next[i][k];
                }
            }
        }
    }
}

fn print_path(next: &[[usize; N]; N], from: usize, to: usize) {
    if next[from][to] == usize::MAX {
        println!("no path {} -> {}", from, to);
        return;
    }
    let mut at = from;
    print!("{}", at);
    while at != to {
        at = next[at][to];
        print!(" -> {}", at);
    }
    println!();
}

fn main() {
    let edges: [(usize, usize, i64); 9] = [
        (0, 1, 7), (0, 2, 9), (0, 5, 14), (1, 2, 10), (1, 3, 15), (2, 3, 11), (2, 5, 2), (3, 4, 6), (4, 5, 9),
    ];
    let mut dist = [[INF; N]; N];
    let mut next = [[usize::MAX; N]; N];
    for i in 0..N {
        dist[i][i] = 0;
        next[i][i] = i;
    }
    for e in 0..edges.len() {
        let (a, b, w) = edges[e];
        dist[a][b] = w;
        dist[b][a] = w;
        next[a][b] = b;
        next[b][a] = a;
    }
    floyd(&mut dist, &mut next);
    print!("   ");
    for j in 0..N {
        print!("{:>4}", j);
    }
    println!();
    for i in 0..N {
        print!("{:>3}", i);
        for j in 0..N {
            if dist[i][j] >= INF {
                print!("{:>4}", "inf");
            } else {
                print!("{:>4}", dist[i][j]);
            }
        }
        println!();
    }
    print_path(&next, 0, 4);
    print_path(&next, 3, 5);
    print_path(&next, 1, 5);
    let mut diameter = 0;
    for i in 0..N {
        for j in 0..N {
            diameter = diameter.max(dist[i][j]);
        }
    }
    println!("diameter {}", diameter);
}
