// 0/1 knapsack and coin change via dynamic programming over fixed arrays.

const ITEMS: usize = 8;
const CAP: usize = 50;

fn knapsack(weights: &[usize; ITEMS], values: &[u32; ITEMS], table: &mut [[u32; CAP + 1]; ITEMS + 1]) -> u32 {
    for i in 1..=ITEMS {
        for w in 0..=CAP {
            let skip = table[i - 1][w];
            let take = if weights[i - 1] <= w { table[i - 1][w - weights[i - 1]] + values[i - 1] } else { 0 };
            table[i][w] = skip.max(take);
        }
    }
    table[ITEMS][CAP]
}

fn chosen(weights: &[usize; ITEMS], table: &[[u32; CAP + 1]; ITEMS + 1]) -> [bool; ITEMS] {
    let mut pick = [false; ITEMS];
    let mut w = CAP;
    let mut i = ITEMS;
    while i > 0 {
        if table[i][w] != table[i - 1][w] {
            pick[i - 1] = true;
            w -= weights[i - 1];
        }
        i -= 1;
    }
    pick
}

fn coin_ways(coins: &[usize], amount: usize) -> u64 {
    let mut ways = [0u64; 301];
    ways[0] = 1;
    for c in 0..coins.len() {
        for a in coins[c]..=amount {
            ways[a] += ways[a - coins[c]];
        }
    }
    ways[amount]
}

fn min_coins(coins: &[usize], amount: usize) -> i32 {
    let mut best = [i32::MAX; 301];
    best[0] = 0;
    for a in 1..=amount {
        for c in 0..coins.len() {
            if coins[c] <= a && best[a - coins[c]] != i32::MAX {
                best[a] = best[a].min(best[a - coins[c]] + 1);
            }
        }
    }
    if best[amount] == i32::MAX { -1 } else { best[amount] }
}

fn main() {
    let weights = [10, 20, 30, 5, 15, 25, 8, 12];
    let values = [60, 100, 120, 30, 70, 90, 40, 55];
    let mut table = [[0u32; CAP + 1]; ITEMS + 1];
    let best = knapsack(&weights, &values, &mut table);
    println!("best value for capacity {}: {}", CAP, best);
    let pick = chosen(&weights, &table);
    let mut tw = 0;
    for i in 0..ITEMS {
        if pick[i] {
            println!("  take item {} (w={}, v={})", i, weights[i], values[i]);
            tw += weights[i];
        }
    }
    println!("total weight {}", tw);
    for w in 0..=5 {
        print!("{:>4}", table[ITEMS][w * 10]);
    }
    println!();
    let coins = [1, 2, 5, 10, 20, 50, 100, 200];
    println!("ways to make 200: {}", coin_ways(&coins, 200));
    println!("ways to make 300: {}", coin_ways(&coins[..], 300));
    let odd = [7, 13, 29];
    let targets = [0, 1, 20, 41, 100, 299];
    for i in 0..targets.len() {
        println!("min coins for {}: {}", targets[i], min_coins(&odd, targets[i]));
    }
}
