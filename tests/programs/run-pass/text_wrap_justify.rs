// Word wrapping, justification and centring over borrowed words.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Align {
    Left,
    Right,
    Center,
    Justify,
}

struct Paragraph<'a> {
    words: Vec<&'a str>,
}

impl<'a> Paragraph<'a> {
    fn new(text: &'a str) -> Self {
        Paragraph { words: text.split_whitespace().collect() }
    }

    fn lines(&self, width: usize) -> Vec<Vec<&'a str>> {
        let mut lines: Vec<Vec<&'a str>> = Vec::new();
        let mut current: Vec<&'a str> = Vec::new();
        let mut len = 0;
        for &w in &self.words {
            let wlen = w.chars().count();
            let needed = if current.is_empty() { wlen } else { len + 1 + wlen };
            if needed > width && !current.is_empty() {
                lines.push(std::mem::take(&mut current));
                len = 0;
            }
            len = if current.is_empty() { wlen } else { len + 1 + wlen };
            current.push(w);
        }
        if !current.is_empty() {
            lines.push(current);
        }
        lines
    }

    fn render(&self, width: usize, align: Align) -> Vec<String> {
        let lines = self.lines(width);
        let last = lines.len().saturating_sub(1);
        lines
            .iter()
            .enumerate()
            .map(|(i, words)| {
                let plain = words.join(" ");
                match align {
                    Align::Left => format!("{:<width$}", plain, width = width),
                    Align::Right => format!("{:>width$}", plain, width = width),
                    Align::Center => format!("{:^width$}", plain, width = width),
                    Align::Justify if i == last || words.len() == 1 => format!("{:<w$}", plain, w = width),
                    Align::Justify => justify(words, width),
                }
            })
            .collect()
    }
}

fn justify(words: &[&str], width: usize) -> String {
    let letters: usize = words.iter().map(|w| w.chars().count()).sum();
    let gaps = words.len() - 1;
    let spaces = width.saturating_sub(letters);
    let (each, extra) = (spaces / gaps, spaces % gaps);
    let mut out = String::with_capacity(width);
    for (i, w) in words.iter().enumerate() {
        out.push_str(w);
        if i < gaps {
            let n = each + usize::from(i < extra);
            out.extend(std::iter::repeat(' ').take(n));
        }
    }
    out
}

fn boxed(lines: &[String]) -> String {
    let width = lines.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    let border = format!("+{}+", "-".repeat(width + 2));
    let mut out = vec![border.clone()];
    out.extend(lines.iter().map(|l| format!("| {} |", l)));
    out.push(border);
    out.join("\n")
}

fn main() {
    let text = "The quick brown fox jumps over the lazy dog. Pack my box with five dozen \
                liquor jugs! Sphinx of black quartz, judge my vow. Ünïcödé wörds count by chars.";
    let p = Paragraph::new(text);
    println!("{} words, longest {:?}", p.words.len(), p.words.iter().max_by_key(|w| w.len()));
    for (width, align) in [(28, Align::Left), (30, Align::Right), (24, Align::Center), (32, Align::Justify)] {
        println!("{:?} at {}:", align, width);
        println!("{}", boxed(&p.render(width, align)));
    }
    let narrow = Paragraph::new("supercalifragilistic is long");
    for line in narrow.render(8, Align::Justify) {
        println!("[{}]", line);
    }
    let empty = Paragraph::new("   ");
    println!("empty: {:?}", empty.render(10, Align::Center));
}
