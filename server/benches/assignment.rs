//! How long the review plan takes for a large call: 1,000 proposals, 50
//! jurors, 3 reviews each, teams of 1–3 from 11 divisions, a few declared
//! conflicts. Run with `cargo bench -p innovato --bench assignment`.

use std::time::{Duration, Instant};

use innovato::review::assignment::{Input, Juror, Submission, plan};

/// A small fixed pseudo-random sequence, so every run plans the same call.
struct Sequence(u64);

impl Sequence {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n
    }
}

fn call(proposals: i32, jurors: i32, divisions: u64) -> Input {
    let mut random = Sequence(2026);
    let submissions = (1..=proposals)
        .map(|id| Submission {
            id,
            team_divisions: (0..=random.below(3))
                .map(|_| random.below(divisions) as i32)
                .collect(),
        })
        .collect();
    let jurors_list = (1..=jurors)
        .map(|id| Juror {
            id: 10_000 + id,
            // A fifth of the jury are outside experts, without a division.
            division: (id % 5 != 0).then(|| random.below(divisions) as i32),
        })
        .collect();
    let declared_conflicts = (0..proposals / 20)
        .map(|_| {
            (
                1 + random.below(proposals as u64) as i32,
                10_001 + random.below(jurors as u64) as i32,
            )
        })
        .collect();
    Input {
        reviews_per_proposal: 3,
        submissions,
        jurors: jurors_list,
        declared_conflicts,
        kept: Vec::new(),
    }
}

fn main() {
    println!(
        "{:<28} {:>10} {:>10} {:>10} {:>9}",
        "case", "median", "p99", "max", "short"
    );
    for (label, proposals, jurors) in [
        ("1,000 proposals × 50 jurors", 1_000, 50),
        ("3,000 proposals × 120 jurors", 3_000, 120),
    ] {
        let input = call(proposals, jurors, 11);
        let mut times: Vec<Duration> = Vec::new();
        let mut short = 0;
        for _ in 0..50 {
            let started = Instant::now();
            let planned = plan(&input);
            times.push(started.elapsed());
            short = planned.shortfalls.len();
        }
        times.sort();
        println!(
            "{label:<28} {:>10.2?} {:>10.2?} {:>10.2?} {short:>9}",
            times[times.len() / 2],
            times[times.len() * 99 / 100],
            times[times.len() - 1],
        );
    }
}
