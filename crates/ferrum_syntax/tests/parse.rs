//! Parser behaviour pinned down with inline snapshots of `print_ast`
//! (operands that are operator expressions print parenthesised, so the
//! snapshots show precedence and associativity). Update with
//! `UPDATE_EXPECT=1 cargo test -p ferrum_syntax --test parse`.

use expect_test::{expect, Expect};
use ferrum_span::{Diagnostics, FileId};

fn check(src: &str, expect: Expect) {
    let mut diags = Diagnostics::default();
    let ast = ferrum_syntax::parse_file(FileId(0), src, &mut diags);
    let mut out = ferrum_syntax::print_ast(&ast);
    for d in &diags.list {
        out.push_str(&format!("\nerror: {}", d.message));
    }
    expect.assert_eq(&out);
}

/// Parses `src` as the body of `fn f()`.
fn check_body(src: &str, expect: Expect) {
    check(&format!("fn f() {{\n{src}\n}}"), expect);
}

#[test]
fn precedence_and_associativity() {
    check_body(
        "a = b = c + d * e - f / g % h;
         x += 1 << 2 >> 3 & 4 ^ 5 | 6;
         a || b && c == d && e != f;
         -a.b() as u8 as i32 * !c? - *d;
         &mut x[1].y;
         a < b;
         x..y;
         ..=z;
         a..;
         ..;
         a .. b + c;",
        expect![[r#"
            fn f() {
                a = (b = ((c + (d * e)) - ((f / g) % h)));
                x += (((((1 << 2) >> 3) & 4) ^ 5) | 6);
                a || (b && (c == d) && (e != f));
                ((((-a.b()) as u8) as i32) * (!c?)) - (*d);
                &mut x[1].y;
                a < b;
                x..y;
                ..=z;
                a..;
                ..;
                a..(b + c);
            }"#]],
    );
}

#[test]
fn block_like_statements_end_the_expression() {
    check_body(
        "if x {} -1;
         match y { _ => {} } (z);
         loop {} * p;
         { 1 } [2];
         unsafe { f() }.g();
         m! { } - 3;
         let v = if c { 1 } else { 2 } - 1;",
        expect![[r#"
            fn f() {
                if x {}
                -1;
                match y {
                    _ => {},
                }
                (z);
                loop {}
                *p;
                {
                    1
                }
                [2];
                unsafe {
                    f()
                }.g();
                m!{}
                -3;
                let v = if c {
                    1
                } else {
                    2
                } - 1;
            }"#]],
    );
}

#[test]
fn struct_literals_in_heads() {
    check_body(
        "if x == S {} { }
         while let Some(v) = it.next() {}
         for p in ps { }
         match (S { a: 1 }).a { _ => {} }
         if (S { a: 1 }).a == 1 {}
         let s = S { a, b: 2, ..Default::default() };",
        expect![[r#"
            fn f() {
                if x == S {}
                {}
                while let Some(v) = it.next() {}
                for p in ps {}
                match (S { a: 1 }).a {
                    _ => {},
                }
                if (S { a: 1 }).a == 1 {}
                let s = S { a, b: 2, ..Default::default() };
            }"#]],
    );
}

#[test]
fn glued_operators_are_split_where_needed() {
    check_body(
        "let v: Vec<Vec<u8>>= Vec::<Vec<u8>>::new();
         let r = &&x;
         let c = || 1;
         let t = a.collect::<Vec<_>>();
         let p: <<T as A>::B as C>::D = x;
         if let &&mut y = z {}",
        expect![[r#"
            fn f() {
                let v: Vec<Vec<u8>> = Vec::<Vec<u8>>::new();
                let r = &(&x);
                let c = || 1;
                let t = a.collect::<Vec<_>>();
                let p: <<T as A>::B as C>::D = x;
                if let &&mut y = z {}
            }"#]],
    );
}

#[test]
fn tuple_fields_and_floats() {
    check_body(
        "t.0.1; t.0 .1; t.1.0.2; x.0e1;",
        expect![[r#"
            fn f() {
                t.0.1;
                t.0.1;
                t.1.0.2;
            }
            error: unexpected token: `0e1`"#]],
    );
}

#[test]
fn literals() {
    check_body(
        r##"1u8; 0xFFi64; 0o17; 0b1010_1010; 1_000; 1e3; 1.; 1.5f32; 2f64;
            'a'; '\n'; '\u{1F600}'; '\''; b'x'; b'\xff';
            "tab\tquote\"nl\n\u{41}"; r#"raw "x""#; b"by\x00tes"; br"raw\n";
            "line \
               continued";
            true; false;"##,
        expect![[r#"
            fn f() {
                1u8;
                255i64;
                15;
                170;
                1000;
                1e3;
                1.;
                1.5f32;
                2f64;
                'a';
                '\n';
                '😀';
                '\'';
                b'x';
                b'\xff';
                "tab\tquote\"nl\nA";
                "raw \"x\"";
                b"by\x00tes";
                b"raw\\n";
                "line continued";
                true;
                false;
            }"#]],
    );
}

#[test]
fn patterns() {
    check_body(
        "match v {
             0 | 1 => {}
             -5..=-1 | 10.. => {}
             'a'..='z' => {}
             ..=9 => {}
             A::B { x, ref mut y, z: (a, _), .. } => {}
             C(first, .., last) => {}
             [a, rest @ .., b] => {}
             &(ref x, box y) => {}
             n @ 1..=9 if n > 3 => {}
             (p) => {}
             (p,) => {}
             m!(x) => {}
         }",
        expect![[r#"
            fn f() {
                match v {
                    (0 | 1) => {},
                    (-5..=-1 | 10..) => {},
                    'a'..='z' => {},
                    ..=9 => {},
                    A::B { x, ref mut y, z: (a, _), .. } => {},
                    C(first, .., last) => {},
                    [a, rest @ .., b] => {},
                    &(ref x, box y) => {},
                    n @ 1..=9 if n > 3 => {},
                    p => {},
                    (p,) => {},
                    m!(x) => {},
                }
            }"#]],
    );
}

#[test]
fn closures_labels_and_let_chains() {
    check_body(
        "let f = move |a, b: i32| -> i32 { a + b };
         let g = |x| |y| x + y;
         'outer: for i in 0.. { 'inner: loop { break 'outer i; } }
         let v = 'b: { break 'b 1; };
         if let Some(x) = a && x > 1 && let Ok(y) = f(x) {}
         let Some(q) = opt else { return };",
        expect![[r#"
            fn f() {
                let f = move |a, b: i32| -> i32 {
                    a + b
                };
                let g = |x| |y| x + y;
                'outer: for i in 0.. {
                    'inner: loop {
                        break 'outer i;
                    }
                }
                let v = 'b: {
                    break 'b 1;
                };
                if let Some(x) = a && (x > 1) && let Ok(y) = f(x) {}
                let Some(q) = opt else {
                    return
                };
            }"#]],
    );
}

#[test]
fn items() {
    check(
        "pub(crate) const unsafe extern \"C\" fn f<'a, T: ?Sized + 'a, const N: usize>(&'a mut self, x: &'a T, ...) -> [u8; N] where T: Clone;
         impl<T> Tr<T> for Vec<T> where T: Copy { type A = T; const C: u8 = 1; fn m(self: Box<Self>) {} }
         trait Tr<T>: Sized + Clone { type A: Copy = u8; const C: u8; fn d(&self) -> u8 { 0 } }
         use a::{self, b::{c as d, *}, e as _};
         extern crate std as s;
         extern \"ferrum\" { fn g(); static X: u8; }
         enum E<T> { A = 1, B(T), C { x: T } }
         union U { a: u8, b: i8 }
         struct S<T>(pub T) where T: Copy;
         mod m;
         type F = fn(u8) -> u8;
         type G = Box<dyn for<'a> Fn(&'a u8) -> &'a u8 + Send>;
         macro_rules! mac { ($x:expr) => { $x }; }
         thread_local! { static T: u8 = 0; }",
        expect![[r#"
            pub(crate) const unsafe extern "C" fn f<'a, T: ?Sized + 'a, const N: usize>(&'a mut self, x: &'a T, ...) -> [u8; N] where T: Clone;
            impl<T> Tr<T> for Vec<T> where T: Copy {
                type A = T;
                const C: u8 = 1;
                fn m(self: Box<Self>) {}
            }
            trait Tr<T>: Sized + Clone {
                type A: Copy = u8;
                const C: u8;
                fn d(&self) -> u8 {
                    0
                }
            }
            use a::{self, b::{c as d, *}, e as _};
            extern crate std as s;
            extern "ferrum" {
                fn g();
                static X: u8;
            }
            enum E<T> {
                A = 1,
                B(T),
                C {
                    x: T,
                },
            }
            union U {
                a: u8,
                b: i8,
            }
            struct S<T>(pub T) where T: Copy;
            mod m;
            type F = fn(u8) -> u8;
            type G = Box<dyn Fn(&'a u8) -> &'a u8 + Send>;
            macro_rules! mac {($x: expr) => {$x};}
            thread_local!{static T: u8 = 0;}"#]],
    );
}

#[test]
fn fragments_parse_macro_arguments() {
    use ferrum_syntax::ast::Ast;
    let mut diags = Diagnostics::default();
    let tokens = ferrum_syntax::lex(FileId(0), r#""{} {}", a + 1, name = b,"#, &mut diags);
    let end = tokens.last().map(|t| t.span).unwrap_or_default();
    let mut ast = Ast::default();
    let exprs = ferrum_syntax::parse_expr_list(&mut ast, &tokens, end, &mut diags);
    assert_eq!(exprs.len(), 3);
    assert!(matches!(ast.exprs[exprs[2]].kind, ferrum_syntax::ast::ExprKind::Assign(..)));
    let ty_tokens = ferrum_syntax::lex(FileId(0), "Vec<Vec<u8>>", &mut diags);
    ferrum_syntax::parse_type_from_tokens(&mut ast, &ty_tokens, end, &mut diags);
    let pat_tokens = ferrum_syntax::lex(FileId(0), "Some(x) | None", &mut diags);
    ferrum_syntax::parse_pat_from_tokens(&mut ast, &pat_tokens, end, &mut diags);
    let stmt_tokens = ferrum_syntax::lex(FileId(0), "let x = 1; x + 1", &mut diags);
    let block = ferrum_syntax::parse_stmts_from_tokens(&mut ast, &stmt_tokens, end, &mut diags);
    assert_eq!(block.stmts.len(), 1);
    assert!(block.tail.is_some());
    let item_tokens = ferrum_syntax::lex(FileId(0), "fn a() {} struct B;", &mut diags);
    assert_eq!(ferrum_syntax::parse_items_from_tokens(&mut ast, &item_tokens, end, &mut diags).len(), 2);
    assert!(diags.list.is_empty(), "{:?}", diags.list);
    let bad = ferrum_syntax::lex(FileId(0), "a b", &mut diags);
    ferrum_syntax::parse_expr_from_tokens(&mut ast, &bad, end, &mut diags);
    assert_eq!(diags.list.len(), 1);
}

#[test]
fn lexer_glues_only_adjacent_punctuation() {
    let mut diags = Diagnostics::default();
    let tokens =
        ferrum_syntax::lex(FileId(0), "a::b -> => == != <= >= && || += <<= >>= .. ... ..= : : - > x.0.1", &mut diags);
    let puncts: Vec<&str> = tokens
        .iter()
        .filter_map(|t| match t.kind {
            ferrum_syntax::ast::TokenKind::Punct(p) => Some(p),
            _ => None,
        })
        .collect();
    assert_eq!(
        puncts,
        [
            "::", "->", "=>", "==", "!=", "<=", ">=", "&&", "||", "+=", "<<=", ">>=", "..", "...", "..=", ":", ":",
            "-", ">", "."
        ]
    );
    assert!(diags.list.is_empty());
}
