use std::collections::HashMap;
use std::rc::Rc;
use std::cell::RefCell;

// A tiny DOM-like tree with Rc<RefCell<Node>> children and Weak parents,
// depth-first search by predicate, path building, and mutation while walking.
#[derive(Debug)]
struct Node { tag: String, attrs: HashMap<String, String>, children: Vec<Rc<RefCell<Node>>>, parent: Option<std::rc::Weak<RefCell<Node>>> }

fn node(tag: &str, attrs: &[(&str, &str)]) -> Rc<RefCell<Node>> {
    Rc::new(RefCell::new(Node { tag: tag.into(), attrs: attrs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(), children: vec![], parent: None }))
}

fn append(parent: &Rc<RefCell<Node>>, child: Rc<RefCell<Node>>) {
    child.borrow_mut().parent = Some(Rc::downgrade(parent));
    parent.borrow_mut().children.push(child);
}

fn find_all(root: &Rc<RefCell<Node>>, pred: &dyn Fn(&Node) -> bool, out: &mut Vec<Rc<RefCell<Node>>>) {
    if pred(&root.borrow()) { out.push(Rc::clone(root)); }
    for c in root.borrow().children.iter() { find_all(c, pred, out); }
}

fn path(n: &Rc<RefCell<Node>>) -> String {
    let mut parts = vec![n.borrow().tag.clone()];
    let mut cur = n.borrow().parent.as_ref().and_then(|w| w.upgrade());
    while let Some(p) = cur {
        parts.push(p.borrow().tag.clone());
        cur = p.borrow().parent.as_ref().and_then(|w| w.upgrade());
    }
    parts.reverse();
    parts.join(" > ")
}

fn render(n: &Rc<RefCell<Node>>, depth: usize, out: &mut String) {
    let b = n.borrow();
    let mut attrs: Vec<_> = b.attrs.iter().collect();
    attrs.sort();
    let a: String = attrs.iter().map(|(k, v)| format!(" {}=\"{}\"", k, v)).collect();
    out.push_str(&format!("{}<{}{}>\n", "  ".repeat(depth), b.tag, a));
    for c in &b.children { render(c, depth + 1, out); }
}

fn main() {
    let html = node("html", &[]);
    let body = node("body", &[("class", "main")]);
    let div = node("div", &[("id", "box"), ("class", "card")]);
    append(&div, node("p", &[("class", "card")]));
    append(&div, node("span", &[]));
    append(&body, div.clone());
    append(&body, node("p", &[]));
    append(&html, body);
    let mut found = Vec::new();
    find_all(&html, &|n| n.attrs.get("class").map_or(false, |c| c == "card"), &mut found);
    for f in &found { println!("{}", path(f)); }
    let mut ps = Vec::new();
    find_all(&html, &|n| n.tag == "p", &mut ps);
    for p in &ps { p.borrow_mut().attrs.insert("seen".into(), "yes".into()); }
    let mut out = String::new();
    render(&html, 0, &mut out);
    print!("{}", out);
    println!("div strong={} weak={}", Rc::strong_count(&div), Rc::weak_count(&div));
    drop(found);
    println!("div strong={} after drop", Rc::strong_count(&div));
}
