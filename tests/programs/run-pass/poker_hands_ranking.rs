#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Suit { Clubs, Diamonds, Hearts, Spades }

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Card { rank: u8, suit: Suit }

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Hand { HighCard(Vec<u8>), Pair(u8, Vec<u8>), TwoPair(u8, u8, u8), Trips(u8), Straight(u8), Flush(Vec<u8>), FullHouse(u8, u8), Quads(u8), StraightFlush(u8) }

fn parse_card(s: &str) -> Option<Card> {
    let (r, su) = s.split_at(s.len() - 1);
    let rank = match r {
        "A" => 14, "K" => 13, "Q" => 12, "J" => 11,
        n => n.parse().ok().filter(|v| (2..=10).contains(v))?,
    };
    let suit = match su { "C" => Suit::Clubs, "D" => Suit::Diamonds, "H" => Suit::Hearts, "S" => Suit::Spades, _ => return None };
    Some(Card { rank, suit })
}

fn classify(cards: &[Card]) -> Hand {
    let mut ranks: Vec<u8> = cards.iter().map(|c| c.rank).collect();
    ranks.sort_unstable_by(|a, b| b.cmp(a));
    if ranks == [14, 5, 4, 3, 2] { ranks = vec![5, 4, 3, 2, 1]; }
    let flush = cards.windows(2).all(|w| w[0].suit == w[1].suit);
    let straight = ranks.windows(2).all(|w| w[0] == w[1] + 1);
    let mut groups: Vec<(usize, u8)> = Vec::new();
    for &r in &ranks {
        match groups.iter_mut().find(|(_, x)| *x == r) {
            Some(g) => g.0 += 1,
            None => groups.push((1, r)),
        }
    }
    groups.sort_by(|a, b| b.cmp(a));
    match (straight, flush, groups.as_slice()) {
        (true, true, _) => Hand::StraightFlush(ranks[0]),
        (_, _, [(4, q), ..]) => Hand::Quads(*q),
        (_, _, [(3, t), (2, p)]) => Hand::FullHouse(*t, *p),
        (_, true, _) => Hand::Flush(ranks),
        (true, _, _) => Hand::Straight(ranks[0]),
        (_, _, [(3, t), ..]) => Hand::Trips(*t),
        (_, _, [(2, a), (2, b), (1, k)]) => Hand::TwoPair(*a, *b, *k),
        (_, _, [(2, p), rest @ ..]) => Hand::Pair(*p, rest.iter().map(|g| g.1).collect()),
        _ => Hand::HighCard(ranks),
    }
}

fn winners<'a>(hands: &[&'a str]) -> Vec<&'a str> {
    let scored: Vec<(Hand, &str)> = hands
        .iter()
        .filter_map(|h| {
            let cards: Option<Vec<Card>> = h.split_whitespace().map(parse_card).collect();
            cards.map(|c| (classify(&c), *h))
        })
        .collect();
    let best = scored.iter().map(|(s, _)| s).max();
    match best {
        Some(b) => scored.iter().filter(|(s, _)| s == b).map(|(_, h)| *h).collect(),
        None => vec![],
    }
}

fn main() {
    let tests: Vec<Vec<&str>> = vec![
        vec!["4S 5S 7H 8D JC"],
        vec!["4D 5S 6S 8D 3C", "2S 4C 7S 9H 10H", "3S 4S 5D 6H JH"],
        vec!["2S 4H 6S 4D JH", "2S 4H 6C 4D JD"],
        vec!["2S 8H 2D 8D 3H", "4S 5H 4C 8S 5D"],
        vec!["4S 5H 4C 8D 4H", "3S 3H 2S 3D 3C"],
        vec!["4D AH 3S 2D 5C", "10D JH QS KD AC"],
        vec!["4H 6H 7H 8H 5H", "5S 7S 8S 9S 6S"],
        vec!["2H 3H 4H 5H 6H", "4S AH AS 8D AC", "XX YY"],
        vec!["KH KC KD 2S 2D", "QH QC QD AS AD"],
    ];
    for t in &tests {
        println!("{:?}", winners(t));
    }
    let c = parse_card("10H").unwrap();
    println!("{:?} {:?} {:?}", c, parse_card("1H"), parse_card("QX"));
    let mut deck: Vec<Card> = [Suit::Spades, Suit::Hearts].iter().flat_map(|&s| (12..=14).map(move |r| Card { rank: r, suit: s })).collect();
    deck.sort();
    println!("{:?}", deck.iter().map(|c| format!("{}{:?}", c.rank, c.suit)).collect::<Vec<_>>());
    println!("{:?}", classify(&[parse_card("2H").unwrap(), parse_card("2D").unwrap(), parse_card("5S").unwrap(), parse_card("9C").unwrap(), parse_card("KD").unwrap()]));
}
