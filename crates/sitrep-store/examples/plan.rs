//! Prints SQLite's query plan and time for a statement: `plan DB SQL [ARG...]`.
//! A development aid for keeping the store's queries on their indexes.

use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [db, sql, params @ ..] = args.as_slice() else {
        return Err("usage: plan DB SQL [ARG...]".into());
    };
    let conn = rusqlite::Connection::open(db)?;
    let mut stmt = conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}"))?;
    let mut rows = stmt.query(rusqlite::params_from_iter(params))?;
    while let Some(row) = rows.next()? {
        println!("{}", row.get::<_, String>(3)?);
    }
    let started = Instant::now();
    let mut stmt = conn.prepare(sql)?;
    let n = stmt
        .query(rusqlite::params_from_iter(params))?
        .mapped(|_| Ok(()))
        .count();
    println!(
        "{n} rows in {:.1} ms",
        started.elapsed().as_secs_f64() * 1e3
    );
    Ok(())
}
