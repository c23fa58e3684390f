#!/usr/bin/env python3
"""Benchmark ferrum against rustc -O in the same run (python3 stdlib only).

    python3 benches/run.py             # everything
    python3 benches/run.py --quick     # best of 1 instead of best of 3/10
    python3 benches/run.py --lines N   # size of the generated front-end file (default 100000)
    python3 benches/run.py --no-build  # use the existing target/release/ferrum
    python3 benches/run.py --frontend-only  # only the front-end section
    FERRUM_BIN=path python3 benches/run.py   # benchmark another ferrum binary

For every benches/programs/*.rs:
  (a) `rustc --edition 2021 -O` compile time,
  (b) the optimised binary's run time (best of 3),
  (c) `ferrum run FILE` run time (best of 3),
and a check that ferrum's stdout and exit code agree with the rustc binary's.
The table shows ferrum/rustc-O run-time ratios, and also rustc's
compile+run total against ferrum's run (the time to an answer from source).
When valgrind is installed, the rustc debug binary (no -O, as one hunting
memory bugs builds it) also runs under `valgrind --tool=memcheck
--leak-check=full` (best of 1): the memory checker ferrum's checked
interpreter is compared with (`ferrum/memcheck`); the `alloc_*`/`raw_*`
programs are the allocation-heavy `unsafe` workloads for that comparison.

Front end: a generated ~100k-line file (benches/out/frontend_large.rs) is
checked with `ferrum check --time-passes`; the `time: <seconds> <phase>` lines
give lines/second for the `parse` phase and for the whole check (wall clock).
`rustc --emit=metadata` on the same file is shown for scale.

Start-up: `ferrum run examples/hello.rs`, best of 10.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAMS = os.path.join(ROOT, "benches", "programs")
OUT = os.path.join(ROOT, "benches", "out")
# FERRUM_BIN overrides the binary (e.g. a debug build); then nothing is built.
FERRUM = os.environ.get("FERRUM_BIN") or os.path.join(ROOT, "target", "release", "ferrum")
HELLO = os.path.join(ROOT, "examples", "hello.rs")
RUN_TIMEOUT = 600
TIME_RE = re.compile(r"^time:\s+([0-9.]+)\s+(.+?)\s*$")


def env():
    e = dict(os.environ)
    e.pop("RUST_BACKTRACE", None)
    e.pop("RUST_LIB_BACKTRACE", None)
    return e


def timed(argv, cwd=None, timeout=RUN_TIMEOUT):
    """(seconds, CompletedProcess or None on timeout)"""
    start = time.perf_counter()
    try:
        proc = subprocess.run(argv, cwd=cwd, stdin=subprocess.DEVNULL,
                              capture_output=True, timeout=timeout, env=env())
    except subprocess.TimeoutExpired:
        return time.perf_counter() - start, None
    return time.perf_counter() - start, proc


def best_of(n, argv, cwd=None):
    """(best seconds, last CompletedProcess); None process on timeout/failure to start."""
    best = None
    proc = None
    for _ in range(n):
        try:
            t, proc = timed(argv, cwd)
        except OSError as e:
            print(f"  cannot run {argv[0]}: {e}", file=sys.stderr)
            return None, None
        if proc is None:
            return None, None
        best = t if best is None else min(best, t)
    return best, proc


def fmt_time(t):
    if t is None:
        return "-"
    if t < 1.0:
        return f"{t * 1000:.1f}ms"
    return f"{t:.2f}s"


def fmt_ratio(a, b):
    if a is None or b is None or b <= 0:
        return "-"
    return f"{a / b:.1f}x"


def build_ferrum():
    print("== cargo build --release", flush=True)
    proc = subprocess.run(["cargo", "build", "--release", "-p", "ferrum_driver"],
                          cwd=ROOT, env=env())
    if proc.returncode != 0:
        print("warning: cargo build --release failed; ferrum columns will be empty",
              file=sys.stderr)
        return False
    return os.path.exists(FERRUM)


def bench_programs(have_ferrum, runs):
    names = sorted(n for n in os.listdir(PROGRAMS) if n.endswith(".rs"))
    rows = []
    mismatches = []
    with tempfile.TemporaryDirectory(prefix="ferrum-bench-") as tmp:
        for name in names:
            print(f"== {name}", flush=True)
            exe = os.path.join(tmp, name[:-3])
            t_compile, proc = timed(["rustc", "--edition", "2021", "-O", "-A", "warnings",
                                     "-o", exe, name], cwd=PROGRAMS)
            if proc is None or proc.returncode != 0:
                print(f"  rustc failed:\n{proc.stderr.decode() if proc else 'timeout'}",
                      file=sys.stderr)
                continue
            t_native, native = best_of(runs, [exe], cwd=PROGRAMS)
            t_ferrum, fer = (None, None)
            if have_ferrum:
                t_ferrum, fer = best_of(runs, [FERRUM, "run", name], cwd=PROGRAMS)
                if fer is None:
                    mismatches.append(f"{name}: ferrum timed out or could not run")
                elif native is not None and (fer.stdout != native.stdout
                                             or fer.returncode != native.returncode):
                    mismatches.append(
                        f"{name}: ferrum output differs (exit {fer.returncode} vs "
                        f"{native.returncode}); stderr: {fer.stderr.decode(errors='replace')[:300]}")
                    t_ferrum = None
            t_memcheck = None
            if shutil.which("valgrind"):
                debug_exe = exe + "-debug"
                _, dproc = timed(["rustc", "--edition", "2021", "-A", "warnings",
                                  "-o", debug_exe, name], cwd=PROGRAMS)
                if dproc is not None and dproc.returncode == 0:
                    t_memcheck, vg = best_of(1, ["valgrind", "--tool=memcheck", "-q",
                                                 "--leak-check=full", "--error-exitcode=99",
                                                 debug_exe], cwd=PROGRAMS)
                    if vg is not None and vg.returncode == 99:
                        mismatches.append(f"{name}: valgrind reports errors")
            rows.append((name, t_compile, t_native, t_ferrum, t_memcheck))
    return rows, mismatches


def print_program_table(rows, runs):
    print()
    print(f"run times are best of {runs}; 'rustc total' = rustc -O compile + run")
    header = ("program", "rustc -O compile", "rustc -O run", "ferrum run",
              "ferrum/rustc-O run", "rustc total", "ferrum/rustc total",
              "memcheck", "ferrum/memcheck")
    widths = (18, 17, 12, 11, 19, 12, 18, 9, 15)
    print(" ".join(h.rjust(w) if i else h.ljust(w) for i, (h, w) in enumerate(zip(header, widths))))
    print(" ".join("-" * w for w in widths))
    for name, tc, tn, tf, tv in rows:
        total = tc + tn if tn is not None else None
        cells = (name, fmt_time(tc), fmt_time(tn), fmt_time(tf), fmt_ratio(tf, tn),
                 fmt_time(total), fmt_ratio(tf, total), fmt_time(tv), fmt_ratio(tf, tv))
        print(" ".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(cells, widths))))


# ---------------------------------------------------------------------------
# generated front-end input

def generate_large_file(path, target_lines):
    """Many small functions and structs with arithmetic, loops and matches.

    Stays inside the language subset ferrum supports (no std library types)."""
    out = []
    out.append("// Generated by benches/run.py for front-end throughput; do not edit.\n")
    i = 0
    lines = 1
    while lines < target_lines:
        chunk = f"""
struct Point{i} {{
    x: i64,
    y: i64,
}}

impl Point{i} {{
    fn new(x: i64, y: i64) -> Point{i} {{
        Point{i} {{ x, y }}
    }}

    fn norm1(&self) -> i64 {{
        let ax = if self.x < 0 {{ -self.x }} else {{ self.x }};
        let ay = if self.y < 0 {{ -self.y }} else {{ self.y }};
        ax + ay
    }}
}}

enum Shape{i} {{
    Dot,
    Line(i64),
    Box {{ w: i64, h: i64 }},
}}

fn area_{i}(s: &Shape{i}) -> i64 {{
    match s {{
        Shape{i}::Dot => 0,
        Shape{i}::Line(n) if *n > 100 => 100,
        Shape{i}::Line(n) => *n,
        Shape{i}::Box {{ w, h }} => *w * *h,
    }}
}}

fn compute_{i}(n: u32) -> u64 {{
    let mut acc: u64 = {i};
    let mut k = 0;
    while k < n {{
        acc = acc.wrapping_mul(6364136223846793005).wrapping_add(k as u64);
        if acc % 3 == 0 {{
            acc ^= acc >> 7;
        }}
        k += 1;
    }}
    for j in 0..n {{
        acc = acc.wrapping_add((j as u64) << 2);
    }}
    let p = Point{i}::new(acc as i64 % 1000, -(k as i64));
    let s = Shape{i}::Box {{ w: p.norm1(), h: 3 }};
    acc.wrapping_add(area_{i}(&s) as u64)
}}

fn classify_{i}(v: i32) -> u8 {{
    match v {{
        i32::MIN..=-1 => 0,
        0 => 1,
        1 | 2 | 3 => 2,
        4..=99 => 3,
        _ => 4,
    }}
}}
"""
        out.append(chunk)
        lines += chunk.count("\n")
        i += 1
    calls = "\n".join(f"    total = total.wrapping_add(compute_{k}(3) + classify_{k}({k}) as u64);"
                      for k in range(0, i, max(1, i // 50)))
    main = f"""
fn main() {{
    let mut total: u64 = 0;
{calls}
    println!("{{}}", total);
}}
"""
    out.append(main)
    lines += main.count("\n")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write("".join(out))
    return lines


def bench_frontend(have_ferrum, target_lines):
    path = os.path.join(OUT, "frontend_large.rs")
    nlines = generate_large_file(path, target_lines)
    print(f"== front end: {os.path.relpath(path, ROOT)} ({nlines} lines)", flush=True)
    result = {"lines": nlines}
    with tempfile.TemporaryDirectory(prefix="ferrum-bench-") as tmp:
        t, proc = timed(["rustc", "--edition", "2021", "-A", "warnings", "--emit=metadata",
                         "-o", os.path.join(tmp, "x.rmeta"), path])
        if proc is not None and proc.returncode == 0:
            result["rustc"] = t
        else:
            print("  warning: rustc rejected the generated file (a bug in the generator)",
                  file=sys.stderr)
    if have_ferrum:
        t, proc = timed([FERRUM, "check", "--time-passes", path])
        if proc is None:
            print("  ferrum check timed out", file=sys.stderr)
        else:
            result["ferrum_wall"] = t
            result["ferrum_exit"] = proc.returncode
            phases = {}
            for line in proc.stderr.decode(errors="replace").splitlines():
                m = TIME_RE.match(line.strip())
                if m:
                    phases[m.group(2)] = phases.get(m.group(2), 0.0) + float(m.group(1))
            result["phases"] = phases
            if proc.returncode != 0:
                print(f"  warning: ferrum check exited with {proc.returncode}", file=sys.stderr)
    return result


def print_frontend(r):
    n = r["lines"]
    print()
    print(f"front end on {n} generated lines:")

    def rate(t):
        return f"{n / t:,.0f} lines/s" if t and t > 0 else "-"

    phases = r.get("phases", {})
    if "parse" in phases:
        print(f"  ferrum parse phase   {fmt_time(phases['parse']):>9}  {rate(phases['parse'])}")
    elif "ferrum_wall" in r:
        print("  ferrum parse phase   (no `time: <s> parse` line on stderr)")
    if "ferrum_wall" in r:
        print(f"  ferrum check (wall)  {fmt_time(r['ferrum_wall']):>9}  {rate(r['ferrum_wall'])}"
              f"  (exit {r['ferrum_exit']})")
    for name, t in sorted(phases.items()):
        if name != "parse":
            print(f"    phase {name:<14} {fmt_time(t):>9}")
    if "rustc" in r:
        print(f"  rustc --emit=metadata {fmt_time(r['rustc']):>8}  {rate(r['rustc'])}")


def bench_hello(have_ferrum, runs):
    if not have_ferrum:
        return None
    t, proc = best_of(runs, [FERRUM, "run", HELLO], cwd=ROOT)
    if proc is not None and proc.returncode != 0:
        print(f"  warning: ferrum run examples/hello.rs exited with {proc.returncode}",
              file=sys.stderr)
    return t


def main(argv):
    quick = "--quick" in argv
    no_build = "--no-build" in argv
    target_lines = 100_000
    if "--lines" in argv:
        target_lines = int(argv[argv.index("--lines") + 1])
    runs = 1 if quick else 3
    hello_runs = 1 if quick else 10

    if no_build or os.environ.get("FERRUM_BIN"):
        have_ferrum = os.path.exists(FERRUM)
    else:
        have_ferrum = build_ferrum()
    if "--frontend-only" in argv:
        print_frontend(bench_frontend(have_ferrum, target_lines))
        return 0
    rows, mismatches = bench_programs(have_ferrum, runs)
    frontend = bench_frontend(have_ferrum, target_lines)
    hello = bench_hello(have_ferrum, hello_runs)

    print_program_table(rows, runs)
    print_frontend(frontend)
    print()
    print(f"ferrum run examples/hello.rs: {fmt_time(hello)} (best of {hello_runs})")
    if mismatches:
        print()
        print("MISMATCHES (ferrum disagrees with rustc):")
        for m in mismatches:
            print("  " + m)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
