// Structs with impl blocks: &self, &mut self and self-consuming methods, associated consts.

struct Item {
    sku: u32,
    name: &'static str,
    qty: u32,
    price_cents: u64,
}

struct Inventory {
    items: [Item; 5],
    count: usize,
    restocks: u32,
}

impl Item {
    const TAX_PERCENT: u64 = 8;

    fn new(sku: u32, name: &'static str, qty: u32, price_cents: u64) -> Self {
        Self { sku, name, qty, price_cents }
    }

    fn value(&self) -> u64 {
        self.qty as u64 * self.price_cents
    }

    fn with_tax(&self) -> u64 {
        self.price_cents * (100 + Self::TAX_PERCENT) / 100
    }

    fn into_total_and_name(self) -> (u64, &'static str) {
        (self.value(), self.name)
    }
}

impl Inventory {
    const REORDER_LEVEL: u32 = 5;

    fn total_value(&self) -> u64 {
        let mut t = 0;
        for i in 0..self.count {
            t += self.items[i].value();
        }
        t
    }

    fn find(&mut self, sku: u32) -> i32 {
        for i in 0..self.count {
            if self.items[i].sku == sku {
                return i as i32;
            }
        }
        -1
    }

    fn sell(&mut self, sku: u32, n: u32) -> bool {
        let idx = self.find(sku);
        if idx < 0 {
            println!("  unknown sku {}", sku);
            return false;
        }
        let item = &mut self.items[idx as usize];
        if item.qty < n {
            println!("  only {} of {} left", item.qty, item.name);
            return false;
        }
        item.qty -= n;
        true
    }

    fn restock(&mut self) {
        for i in 0..self.count {
            let it = &mut self.items[i];
            if it.qty < Inventory::REORDER_LEVEL {
                it.qty += 20;
                self.restocks += 1;
            }
        }
    }

    fn report(&self) {
        for i in 0..self.count {
            let it = &self.items[i];
            println!("  {:>5} {:<10} qty {:>3} @ {:>5} (taxed {:>5}) = {:>7}", it.sku, it.name, it.qty, it.price_cents, it.with_tax(), it.value());
        }
        println!("  total value {} after {} restocks", self.total_value(), self.restocks);
    }
}

fn main() {
    let mut inv = Inventory {
        items: [
            Item::new(101, "widget", 10, 250),
            Item::new(102, "gadget", 3, 1999),
            Item::new(103, "doohickey", 42, 5),
            Item::new(104, "gizmo", 0, 12000),
            Item::new(105, "sprocket", 7, 75),
        ],
        count: 5,
        restocks: 0,
    };
    inv.report();
    println!("sell 4 widgets: {}", inv.sell(101, 4));
    println!("sell 4 gadgets: {}", inv.sell(102, 4));
    println!("sell 1 thing: {}", inv.sell(999, 1));
    println!("sell 3 sprockets: {}", inv.sell(105, 3));
    inv.restock();
    inv.report();
    let extra = Item::new(200, "bonus", 2, 500);
    let (total, name) = extra.into_total_and_name();
    println!("{} worth {}", name, total);
    println!("tax {}% reorder below {}", Item::TAX_PERCENT, Inventory::REORDER_LEVEL);
}
