// The io::Write trait over different sinks: a Vec<u8>, stdout, stderr, a
// BufWriter and a generic function taking `impl Write`; io::Error values.
use std::io::{self, Write};

fn render(out: &mut impl Write, rows: &[(&str, f64)]) -> io::Result<()> {
    for (name, value) in rows {
        writeln!(out, "{name:>6} = {value:7.3}")?;
    }
    Ok(())
}

struct Failing;

impl Write for Failing {
    fn write(&mut self, _buf: &[u8]) -> io::Result<usize> {
        Err(io::Error::new(io::ErrorKind::Other, "disk full"))
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let rows = [("pi", 3.14159), ("e", 2.71828)];
    let mut buffer: Vec<u8> = Vec::new();
    render(&mut buffer, &rows)?;
    println!("{} bytes: {:?}", buffer.len(), String::from_utf8(buffer.clone())?);
    render(&mut io::stdout(), &rows)?;
    {
        let mut w = io::BufWriter::new(io::stdout().lock());
        write!(w, "buffered ")?;
        writeln!(w, "line")?;
    }
    io::stderr().write_all(b"to stderr\n")?;
    let err = render(&mut Failing, &rows).unwrap_err();
    println!("{} / {:?} / {:?}", err, err.kind(), err);
    let eof = io::Error::from(io::ErrorKind::UnexpectedEof);
    println!("{} / {:?}", eof, eof);
    io::stdout().flush()?;
    Err(Box::new(io::Error::new(io::ErrorKind::InvalidInput, "last step failed")))
}
