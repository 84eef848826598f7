//! Who reviews what: spreads the reviews of a call over the jury as evenly as
//! the conflicts of interest allow.
//!
//! # Model
//!
//! A juror may take a new review of a submission only when
//! (a) none of the juror's divisions is one of the team's divisions,
//! (b) no conflict is declared for the pair, and
//! (c) the juror is not already assigned to it (a kept assignment).
//! Kept assignments are fixed: they count toward the submission's reviews and
//! toward the juror's load, and are never moved.
//!
//! Each submission still needs `needed = reviews_per_proposal − kept reviews`
//! (never negative). This is a flow network
//! `source → submission (capacity needed) → eligible juror (capacity 1) → sink`.
//!
//! # What the plan guarantees
//!
//! 1. Coverage: every submission gets exactly `min(needed, eligible)` new
//!    reviews, where `eligible` counts the jurors allowed by (a)–(c). This is
//!    the most any plan can give, and a submission is short exactly when it has
//!    too few eligible jurors, which its [`Shortfall`] explains.
//! 2. Balance: with `load = kept + new reviews` per juror, there are no two
//!    jurors A, B with `load(A) ≥ load(B) + 2` such that a chain of
//!    reassignments of new reviews `s₁: A → J₁, s₂: J₁ → J₂, …, s_k: J_{k−1} → B`
//!    (each step to a juror allowed for that submission and not yet on it)
//!    would move one review from A to B. When nothing constrains the plan the
//!    loads therefore differ by at most one. In general, because the load
//!    vectors of full-coverage plans form an M-convex set, this local condition
//!    is global optimality (Frank & Murota, "Discrete decreasing
//!    minimization", 2022): among all plans with full coverage, this one has
//!    the smallest maximum load, the largest minimum load and the smallest
//!    Σ load², all at once.
//!
//! # How
//!
//! Dinic's max flow is run with every juror capped at `max_load − kept`, and
//! the smallest `max_load` that still reaches full coverage is found by
//! galloping then binary search; that gives a good starting point cheaply.
//! Then, while some juror can pass a review down a chain to a juror at least
//! two reviews lighter, the chain with the widest gap is applied. Each such
//! move lowers Σ load², so this ends, and it ends exactly in the state
//! described above.
//!
//! # Determinism
//!
//! Inputs are deduplicated into sorted collections first, so the order of the
//! input vectors does not matter. Ties (which eligible juror the flow tries
//! first, which of two equally loaded jurors gives or takes a review) are
//! broken by a fixed hash of the ids, seeded with the call's submission ids,
//! rather than by id order, so that low-id jurors are not always the ones who
//! get the extra review. The same input always gives the same plan.

use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet, VecDeque};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Juror {
    pub id: i32,
    /// Outside experts have no division.
    pub division: Option<i32>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Submission {
    pub id: i32,
    /// Divisions of the proposal's team members.
    pub team_divisions: Vec<i32>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    pub reviews_per_proposal: u32,
    pub submissions: Vec<Submission>,
    pub jurors: Vec<Juror>,
    /// `(submission, juror)` pairs the juror declared a conflict for.
    pub declared_conflicts: Vec<(i32, i32)>,
    /// `(submission, juror)` assignments already made (e.g. already being
    /// scored) that must stay. Each counts toward its submission's reviews,
    /// even if the juror is no longer listed, and toward a listed juror's load.
    pub kept: Vec<(i32, i32)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    /// `(submission, juror)` pairs to add, sorted.
    pub new_assignments: Vec<(i32, i32)>,
    /// Submissions left with fewer than `reviews_per_proposal` reviews, sorted
    /// by submission id.
    pub shortfalls: Vec<Shortfall>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shortfall {
    pub submission: i32,
    pub missing: u32,
    pub reason: Reason,
}

/// Why a submission is short, so that an admin knows what to change. There is
/// no "jurors are full" case: juror loads are never capped, so a submission is
/// short only when too few jurors may review it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// The jury is too small: even without any conflict there would not be
    /// enough jurors (`jurors` is the size of the whole jury). Add jurors.
    TooFewJurors { jurors: u32 },
    /// There are enough jurors, but too many are excluded. Counts are over
    /// the jurors not already assigned to the submission and add up:
    /// `same_division` share a division with the team, `declared` (of the
    /// rest) declared a conflict, `eligible` remain.
    Conflicts {
        same_division: u32,
        declared: u32,
        eligible: u32,
    },
}

/// Computes the new assignments; see the module documentation for what the
/// result guarantees.
pub fn plan(input: &Input) -> Plan {
    let problem = Problem::new(input);
    let mut state = problem.min_max_load_flow();
    problem.rebalance(&mut state);
    problem.to_plan(&state)
}

struct Problem {
    juror_ids: Vec<i32>,
    /// Tie-break order of jurors (see "Determinism").
    juror_keys: Vec<u64>,
    kept_loads: Vec<u32>,
    submissions: Vec<Candidates>,
}

struct Candidates {
    id: i32,
    needed: u32,
    /// Indices of the jurors allowed to take a new review, in tie-break order.
    eligible: Vec<usize>,
    /// Jurors not already assigned to this submission.
    unassigned_jurors: u32,
    same_division: u32,
    declared: u32,
}

/// A plan in progress: `chosen[s][k]` says whether
/// `submissions[s].eligible[k]` gets a new review of `s`.
struct State {
    chosen: Vec<Vec<bool>>,
    loads: Vec<u32>,
}

impl Problem {
    fn new(input: &Input) -> Self {
        let mut teams: BTreeMap<i32, BTreeSet<i32>> = BTreeMap::new();
        for submission in &input.submissions {
            teams
                .entry(submission.id)
                .or_default()
                .extend(&submission.team_divisions);
        }
        // A juror listed twice is conflicted through every division given.
        let mut juror_divisions: BTreeMap<i32, BTreeSet<i32>> = BTreeMap::new();
        for juror in &input.jurors {
            juror_divisions
                .entry(juror.id)
                .or_default()
                .extend(juror.division);
        }
        let conflicts: BTreeSet<(i32, i32)> = input.declared_conflicts.iter().copied().collect();
        let kept: BTreeSet<(i32, i32)> = input.kept.iter().copied().collect();

        let juror_ids: Vec<i32> = juror_divisions.keys().copied().collect();
        let seed = teams
            .keys()
            .fold(0x5eed, |hash, &id| mix(hash ^ id_bits(id)));
        let juror_keys = juror_ids
            .iter()
            .map(|&id| mix(seed ^ id_bits(id)))
            .collect();
        let juror_index: BTreeMap<i32, usize> = juror_ids
            .iter()
            .enumerate()
            .map(|(i, &id)| (id, i))
            .collect();
        let mut kept_loads = vec![0; juror_ids.len()];
        let mut kept_per_submission: BTreeMap<i32, u32> = BTreeMap::new();
        for &(submission, juror) in &kept {
            *kept_per_submission.entry(submission).or_default() += 1;
            if let Some(&index) = juror_index.get(&juror) {
                kept_loads[index] += 1;
            }
        }

        let submissions = teams
            .iter()
            .map(|(&id, team)| {
                let kept_reviews = kept_per_submission.get(&id).copied().unwrap_or(0);
                let mut candidates = Candidates {
                    id,
                    needed: input.reviews_per_proposal.saturating_sub(kept_reviews),
                    eligible: Vec::new(),
                    unassigned_jurors: 0,
                    same_division: 0,
                    declared: 0,
                };
                for (index, (&juror, divisions)) in juror_divisions.iter().enumerate() {
                    if kept.contains(&(id, juror)) {
                        continue;
                    }
                    candidates.unassigned_jurors += 1;
                    if !divisions.is_disjoint(team) {
                        candidates.same_division += 1;
                    } else if conflicts.contains(&(id, juror)) {
                        candidates.declared += 1;
                    } else {
                        candidates.eligible.push(index);
                    }
                }
                candidates
                    .eligible
                    .sort_by_key(|&j| (mix(seed ^ mix(id_bits(id)) ^ id_bits(juror_ids[j])), j));
                candidates
            })
            .collect();

        Problem {
            juror_ids,
            juror_keys,
            kept_loads,
            submissions,
        }
    }

    /// Full coverage with the smallest possible maximum load.
    fn min_max_load_flow(&self) -> State {
        // With a cap of at least one review per submission, nothing but
        // eligibility limits a submission, so this is the maximum flow.
        let full_coverage: u64 = self
            .submissions
            .iter()
            .map(|s| u64::from(s.needed).min(s.eligible.len() as u64))
            .sum();
        let max_kept = self.kept_loads.iter().copied().max().unwrap_or(0);
        let no_cap =
            max_kept.saturating_add(u32::try_from(self.submissions.len()).unwrap_or(u32::MAX));
        // Every juror holds at most `max_load − kept` new reviews, so a lower
        // `max_load` cannot cover everything.
        let juror_count = self.juror_ids.len().max(1) as u64;
        let lower_bound = u32::try_from(full_coverage.div_ceil(juror_count)).unwrap_or(no_cap);

        let mut too_low = lower_bound; // all caps below this fail
        let mut probe = lower_bound;
        let mut step = 1u32;
        let (mut enough, mut best) = loop {
            let cap = probe.min(no_cap);
            let (flow, state) = self.flow_with_max_load(cap);
            if flow == full_coverage || cap == no_cap {
                break (cap, state);
            }
            too_low = cap + 1;
            probe = cap.saturating_add(step);
            step = step.saturating_mul(2);
        };
        while too_low < enough {
            let cap = too_low + (enough - too_low) / 2;
            let (flow, state) = self.flow_with_max_load(cap);
            if flow == full_coverage {
                enough = cap;
                best = state;
            } else {
                too_low = cap + 1;
            }
        }
        best
    }

    fn flow_with_max_load(&self, max_load: u32) -> (u64, State) {
        const SOURCE: usize = 0;
        const SINK: usize = 1;
        let submission_node = |s: usize| 2 + s;
        let juror_node = |j: usize| 2 + self.submissions.len() + j;
        let mut network = FlowNetwork::new(2 + self.submissions.len() + self.juror_ids.len());
        let mut edges: Vec<Vec<usize>> = Vec::with_capacity(self.submissions.len());
        for (s, submission) in self.submissions.iter().enumerate() {
            network.add_edge(SOURCE, submission_node(s), submission.needed);
            edges.push(
                submission
                    .eligible
                    .iter()
                    .map(|&j| network.add_edge(submission_node(s), juror_node(j), 1))
                    .collect(),
            );
        }
        for (j, &kept) in self.kept_loads.iter().enumerate() {
            network.add_edge(juror_node(j), SINK, max_load.saturating_sub(kept));
        }
        let flow = network.max_flow(SOURCE, SINK);

        let chosen: Vec<Vec<bool>> = edges
            .iter()
            .map(|row| row.iter().map(|&e| network.is_saturated(e)).collect())
            .collect();
        let mut loads = self.kept_loads.clone();
        for (submission, row) in self.submissions.iter().zip(&chosen) {
            for (&j, _) in submission.eligible.iter().zip(row).filter(|(_, c)| **c) {
                loads[j] += 1;
            }
        }
        (flow, State { chosen, loads })
    }

    fn rebalance(&self, state: &mut State) {
        // incident[j]: every (submission, position in its eligible list) of j.
        let mut incident: Vec<Vec<(usize, usize)>> = vec![Vec::new(); self.juror_ids.len()];
        for (s, submission) in self.submissions.iter().enumerate() {
            for (k, &j) in submission.eligible.iter().enumerate() {
                incident[j].push((s, k));
            }
        }
        while let Some(chain) = self.widest_improving_chain(state, &incident) {
            for step in chain {
                let row = &mut state.chosen[step.submission];
                row[step.from] = false;
                row[step.to] = true;
                let eligible = &self.submissions[step.submission].eligible;
                state.loads[eligible[step.from]] -= 1;
                state.loads[eligible[step.to]] += 1;
            }
        }
    }

    /// One sweep over the reassignment graph (juror → submission it holds a
    /// new review of → allowed juror not on it), searching from the heaviest
    /// jurors first without revisiting, so each juror is labelled with the
    /// heaviest juror that can pass it a review. Returns the chain with the
    /// largest gap, if some gap is at least two.
    fn widest_improving_chain(
        &self,
        state: &State,
        incident: &[Vec<(usize, usize)>],
    ) -> Option<Vec<Reassignment>> {
        let mut order: Vec<usize> = (0..self.juror_ids.len()).collect();
        order.sort_by_key(|&j| (Reverse(state.loads[j]), self.juror_keys[j], j));
        let mut giver_root: Vec<Option<usize>> = vec![None; self.juror_ids.len()];
        // How a juror was reached: (submission, its position there).
        let mut reached_via: Vec<Option<(usize, usize)>> = vec![None; self.juror_ids.len()];
        // Who passes the submission on: its position in the eligible list.
        let mut passed_from: Vec<Option<usize>> = vec![None; self.submissions.len()];
        let mut queue = VecDeque::new();
        for &root in &order {
            if giver_root[root].is_some() {
                continue;
            }
            giver_root[root] = Some(root);
            queue.push_back(root);
            while let Some(giver) = queue.pop_front() {
                for &(s, from) in &incident[giver] {
                    if !state.chosen[s][from] || passed_from[s].is_some() {
                        continue;
                    }
                    passed_from[s] = Some(from);
                    for (to, &taker) in self.submissions[s].eligible.iter().enumerate() {
                        if state.chosen[s][to] || giver_root[taker].is_some() {
                            continue;
                        }
                        giver_root[taker] = Some(root);
                        reached_via[taker] = Some((s, to));
                        queue.push_back(taker);
                    }
                }
            }
        }

        let (_, receiver) = (0..self.juror_ids.len())
            .filter_map(|b| {
                let a = giver_root[b]?;
                let gap = i64::from(state.loads[a]) - i64::from(state.loads[b]);
                (gap >= 2).then_some((gap, b))
            })
            .max_by_key(|&(gap, b)| (gap, Reverse(self.juror_keys[b]), Reverse(b)))?;
        let mut chain = Vec::new();
        let mut taker = receiver;
        while let Some((s, to)) = reached_via[taker] {
            let from = passed_from[s]?;
            chain.push(Reassignment {
                submission: s,
                from,
                to,
            });
            taker = self.submissions[s].eligible[from];
        }
        Some(chain)
    }

    fn to_plan(&self, state: &State) -> Plan {
        let mut new_assignments = Vec::new();
        let mut shortfalls = Vec::new();
        let jury_size = u32::try_from(self.juror_ids.len()).unwrap_or(u32::MAX);
        for (submission, row) in self.submissions.iter().zip(&state.chosen) {
            let mut given = 0;
            for (&j, _) in submission.eligible.iter().zip(row).filter(|(_, c)| **c) {
                new_assignments.push((submission.id, self.juror_ids[j]));
                given += 1;
            }
            if given < submission.needed {
                let eligible = u32::try_from(submission.eligible.len()).unwrap_or(u32::MAX);
                let reason = if submission.unassigned_jurors < submission.needed {
                    Reason::TooFewJurors { jurors: jury_size }
                } else {
                    Reason::Conflicts {
                        same_division: submission.same_division,
                        declared: submission.declared,
                        eligible,
                    }
                };
                shortfalls.push(Shortfall {
                    submission: submission.id,
                    missing: submission.needed - given,
                    reason,
                });
            }
        }
        new_assignments.sort_unstable();
        Plan {
            new_assignments,
            shortfalls,
        }
    }
}

/// Moves the new review of `submission` from `eligible[from]` to `eligible[to]`.
struct Reassignment {
    submission: usize,
    from: usize,
    to: usize,
}

/// Residual graph for Dinic's algorithm; edge `e ^ 1` is the reverse of `e`.
struct FlowNetwork {
    adjacency: Vec<Vec<usize>>,
    head: Vec<usize>,
    residual: Vec<u32>,
}

impl FlowNetwork {
    fn new(nodes: usize) -> Self {
        FlowNetwork {
            adjacency: vec![Vec::new(); nodes],
            head: Vec::new(),
            residual: Vec::new(),
        }
    }

    fn add_edge(&mut self, from: usize, to: usize, capacity: u32) -> usize {
        let edge = self.head.len();
        self.adjacency[from].push(edge);
        self.head.push(to);
        self.residual.push(capacity);
        self.adjacency[to].push(edge + 1);
        self.head.push(from);
        self.residual.push(0);
        edge
    }

    fn is_saturated(&self, edge: usize) -> bool {
        self.residual[edge] == 0
    }

    fn max_flow(&mut self, source: usize, sink: usize) -> u64 {
        let nodes = self.adjacency.len();
        let mut total = 0;
        let mut level = vec![usize::MAX; nodes];
        let mut next_edge = vec![0; nodes];
        let mut queue = VecDeque::new();
        let mut path = Vec::new();
        loop {
            level.fill(usize::MAX);
            level[source] = 0;
            queue.push_back(source);
            while let Some(node) = queue.pop_front() {
                for &edge in &self.adjacency[node] {
                    let next = self.head[edge];
                    if self.residual[edge] > 0 && level[next] == usize::MAX {
                        level[next] = level[node] + 1;
                        queue.push_back(next);
                    }
                }
            }
            if level[sink] == usize::MAX {
                return total;
            }
            next_edge.fill(0);
            loop {
                let pushed = self.augment(source, sink, &level, &mut next_edge, &mut path);
                if pushed == 0 {
                    break;
                }
                total += u64::from(pushed);
            }
        }
    }

    /// Finds one source–sink path in the level graph (iteratively, so long
    /// alternating paths cannot overflow the stack) and pushes its bottleneck.
    fn augment(
        &mut self,
        source: usize,
        sink: usize,
        level: &[usize],
        next_edge: &mut [usize],
        path: &mut Vec<usize>,
    ) -> u32 {
        path.clear();
        let mut node = source;
        while node != sink {
            let edges = &self.adjacency[node];
            let usable = edges[next_edge[node]..].iter().position(|&edge| {
                self.residual[edge] > 0 && level[self.head[edge]] == level[node] + 1
            });
            match usable {
                Some(offset) => {
                    next_edge[node] += offset;
                    let edge = edges[next_edge[node]];
                    path.push(edge);
                    node = self.head[edge];
                }
                None => {
                    // Dead end: never enter it again in this phase.
                    next_edge[node] = edges.len();
                    let Some(edge) = path.pop() else {
                        return 0;
                    };
                    node = self.head[edge ^ 1];
                    next_edge[node] += 1;
                }
            }
        }
        let pushed = path
            .iter()
            .map(|&edge| self.residual[edge])
            .min()
            .unwrap_or(0);
        for &edge in path.iter() {
            self.residual[edge] -= pushed;
            self.residual[edge ^ 1] += pushed;
        }
        pushed
    }
}

fn id_bits(id: i32) -> u64 {
    u64::from(id.cast_unsigned())
}

/// SplitMix64 finaliser: a fixed, well-spread hash for tie-breaking.
fn mix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn juror(id: i32, division: Option<i32>) -> Juror {
        Juror { id, division }
    }

    fn submission(id: i32, team_divisions: &[i32]) -> Submission {
        Submission {
            id,
            team_divisions: team_divisions.to_vec(),
        }
    }

    fn input(reviews_per_proposal: u32, submissions: Vec<Submission>, jurors: Vec<Juror>) -> Input {
        Input {
            reviews_per_proposal,
            submissions,
            jurors,
            declared_conflicts: Vec::new(),
            kept: Vec::new(),
        }
    }

    /// The rules, restated independently of the implementation.
    struct Facts {
        reviews_per_proposal: u32,
        teams: BTreeMap<i32, BTreeSet<i32>>,
        jurors: BTreeMap<i32, Option<i32>>,
        conflicts: BTreeSet<(i32, i32)>,
        kept: BTreeSet<(i32, i32)>,
    }

    impl Facts {
        fn new(input: &Input) -> Self {
            Facts {
                reviews_per_proposal: input.reviews_per_proposal,
                teams: input
                    .submissions
                    .iter()
                    .map(|s| (s.id, s.team_divisions.iter().copied().collect()))
                    .collect(),
                jurors: input.jurors.iter().map(|j| (j.id, j.division)).collect(),
                conflicts: input.declared_conflicts.iter().copied().collect(),
                kept: input.kept.iter().copied().collect(),
            }
        }

        fn same_division(&self, s: i32, j: i32) -> bool {
            matches!(self.jurors[&j], Some(d) if self.teams[&s].contains(&d))
        }

        fn allowed(&self, s: i32, j: i32) -> bool {
            self.teams.contains_key(&s)
                && self.jurors.contains_key(&j)
                && !self.same_division(s, j)
                && !self.conflicts.contains(&(s, j))
                && !self.kept.contains(&(s, j))
        }

        fn needed(&self, s: i32) -> u32 {
            let kept = self.kept.iter().filter(|(ks, _)| *ks == s).count() as u32;
            self.reviews_per_proposal.saturating_sub(kept)
        }

        fn loads(&self, plan: &Plan) -> BTreeMap<i32, u32> {
            let mut loads: BTreeMap<i32, u32> = self.jurors.keys().map(|&j| (j, 0)).collect();
            for (_, j) in self.kept.iter().chain(&plan.new_assignments) {
                if let Some(load) = loads.get_mut(j) {
                    *load += 1;
                }
            }
            loads
        }

        /// Jurors that `giver` can pass one new review to, through any chain.
        fn reachable(&self, plan: &Plan, giver: i32) -> BTreeSet<i32> {
            let new: BTreeSet<(i32, i32)> = plan.new_assignments.iter().copied().collect();
            let mut seen = BTreeSet::from([giver]);
            let mut queue = VecDeque::from([giver]);
            while let Some(j) = queue.pop_front() {
                for &(s, _) in new.iter().filter(|(_, nj)| *nj == j) {
                    for &k in self.jurors.keys() {
                        if self.allowed(s, k) && !new.contains(&(s, k)) && seen.insert(k) {
                            queue.push_back(k);
                        }
                    }
                }
            }
            seen
        }

        fn check(&self, plan: &Plan) {
            let new: BTreeSet<(i32, i32)> = plan.new_assignments.iter().copied().collect();
            assert_eq!(new.len(), plan.new_assignments.len(), "pair assigned twice");
            for &(s, j) in &new {
                assert!(self.allowed(s, j), "forbidden pair ({s}, {j})");
            }
            let mut shortfalls = plan.shortfalls.iter();
            for &s in self.teams.keys() {
                let given = new.iter().filter(|(ns, _)| *ns == s).count() as u32;
                let kept = self.kept.iter().filter(|(ks, _)| *ks == s).count() as u32;
                assert!(given == 0 || kept + given <= self.reviews_per_proposal);
                let unassigned: Vec<i32> = self
                    .jurors
                    .keys()
                    .copied()
                    .filter(|&j| !self.kept.contains(&(s, j)))
                    .collect();
                let eligible = unassigned.iter().filter(|&&j| self.allowed(s, j)).count() as u32;
                let needed = self.needed(s);
                assert_eq!(given, needed.min(eligible), "coverage of {s}");
                if given < needed {
                    let shortfall = shortfalls.next().expect("shortfall missing");
                    assert_eq!(shortfall.submission, s);
                    assert_eq!(shortfall.missing, needed - given);
                    let same_division = unassigned
                        .iter()
                        .filter(|&&j| self.same_division(s, j))
                        .count() as u32;
                    let expected = if (unassigned.len() as u32) < needed {
                        Reason::TooFewJurors {
                            jurors: self.jurors.len() as u32,
                        }
                    } else {
                        Reason::Conflicts {
                            same_division,
                            declared: unassigned.len() as u32 - same_division - eligible,
                            eligible,
                        }
                    };
                    assert_eq!(shortfall.reason, expected);
                    // Short only for lack of eligible jurors, never capacity.
                    assert!(eligible < needed);
                }
            }
            assert!(shortfalls.next().is_none(), "unexpected shortfall");

            let loads = self.loads(plan);
            for (&a, &load_a) in &loads {
                for b in self.reachable(plan, a) {
                    assert!(
                        load_a < loads[&b] + 2,
                        "juror {a} (load {load_a}) could pass a review to {b} (load {})",
                        loads[&b]
                    );
                }
            }
        }
    }

    #[test]
    fn unconstrained_jury_gets_equal_loads() {
        let input = input(
            2,
            (1..=6).map(|id| submission(id, &[])).collect(),
            (1..=4).map(|id| juror(id, None)).collect(),
        );
        let plan = plan(&input);
        assert_eq!(plan.new_assignments.len(), 12);
        assert!(plan.shortfalls.is_empty());
        let loads = Facts::new(&input).loads(&plan);
        assert!(loads.values().all(|&l| l == 3), "{loads:?}");
        Facts::new(&input).check(&plan);
    }

    #[test]
    fn same_division_and_declared_conflicts_are_excluded_and_explained() {
        let mut input = input(
            3,
            vec![submission(10, &[1, 2]), submission(20, &[3])],
            vec![
                juror(1, Some(1)),
                juror(2, Some(2)),
                juror(3, Some(3)),
                juror(4, None),
                juror(5, None),
            ],
        );
        input.declared_conflicts = vec![(10, 4)];
        let plan = plan(&input);
        assert!(plan.new_assignments.contains(&(10, 3)));
        assert!(plan.new_assignments.contains(&(10, 5)));
        assert_eq!(
            plan.shortfalls,
            vec![Shortfall {
                submission: 10,
                missing: 1,
                reason: Reason::Conflicts {
                    same_division: 2,
                    declared: 1,
                    eligible: 2,
                },
            }]
        );
        Facts::new(&input).check(&plan);
    }

    #[test]
    fn too_small_a_jury_is_reported_as_such() {
        let input = input(
            3,
            vec![submission(1, &[])],
            vec![juror(1, None), juror(2, None)],
        );
        let plan = plan(&input);
        assert_eq!(plan.new_assignments, vec![(1, 1), (1, 2)]);
        assert_eq!(
            plan.shortfalls,
            vec![Shortfall {
                submission: 1,
                missing: 1,
                reason: Reason::TooFewJurors { jurors: 2 },
            }]
        );
    }

    #[test]
    fn kept_assignments_count_and_stay() {
        let mut input = input(
            2,
            vec![submission(1, &[]), submission(2, &[]), submission(3, &[])],
            vec![juror(1, None), juror(2, None), juror(3, None)],
        );
        // Juror 1 already scores 1 and 2; submission 3 is over-assigned.
        input.kept = vec![(1, 1), (2, 1), (3, 2), (3, 3), (3, 1)];
        let plan = plan(&input);
        assert!(plan.new_assignments.iter().all(|&(s, _)| s != 3));
        assert!(plan.new_assignments.iter().all(|&(_, j)| j != 1));
        assert_eq!(plan.new_assignments.len(), 2);
        Facts::new(&input).check(&plan);
    }

    #[test]
    fn unavoidable_imbalance_is_kept_minimal() {
        // Every team includes division 1, so only the outside expert 9 may
        // review; juror 5 can only help with submission 4.
        let input = input(
            1,
            vec![
                submission(1, &[1]),
                submission(2, &[1]),
                submission(3, &[1]),
                submission(4, &[2]),
            ],
            vec![juror(9, None), juror(5, Some(1))],
        );
        let plan = plan(&input);
        assert_eq!(plan.new_assignments, vec![(1, 9), (2, 9), (3, 9), (4, 5)]);
        Facts::new(&input).check(&plan);
    }

    #[test]
    fn duplicated_and_unknown_ids_are_tolerated() {
        let mut input = input(
            2,
            vec![submission(1, &[1]), submission(1, &[2]), submission(2, &[])],
            vec![
                juror(1, Some(2)),
                juror(2, None),
                juror(2, None),
                juror(3, None),
            ],
        );
        input.kept = vec![(99, 2), (2, 77)];
        let plan = plan(&input);
        // Submission 1 has team divisions {1, 2}; kept (2, 77) counts for 2.
        assert!(!plan.new_assignments.contains(&(1, 1)));
        assert_eq!(
            plan.new_assignments.iter().filter(|(s, _)| *s == 2).count(),
            1
        );
    }

    #[test]
    fn empty_inputs_give_an_empty_plan() {
        let nothing = plan(&input(3, Vec::new(), Vec::new()));
        assert!(nothing.new_assignments.is_empty() && nothing.shortfalls.is_empty());
        let no_jury = plan(&input(3, vec![submission(1, &[])], Vec::new()));
        assert_eq!(
            no_jury.shortfalls[0].reason,
            Reason::TooFewJurors { jurors: 0 }
        );
    }

    /// Ids are spread (and partly negative) so that positions and ids differ;
    /// pairs may also name unknown ids.
    fn arb_input(max_submissions: usize, max_jurors: usize) -> impl Strategy<Value = Input> {
        let submission_id = |i: usize| i as i32 * 7 - 20;
        let juror_id = |i: usize| 50 - i as i32 * 3;
        (
            0u32..5,
            prop::collection::vec(prop::collection::vec(0i32..4, 0..3), 0..max_submissions),
            prop::collection::vec(prop::option::of(0i32..4), 0..max_jurors),
            prop::collection::vec((0..=max_submissions, 0..=max_jurors), 0..12),
            prop::collection::vec((0..=max_submissions, 0..=max_jurors), 0..12),
        )
            .prop_map(move |(rpp, teams, divisions, conflicts, kept)| {
                let pairs = |pairs: Vec<(usize, usize)>| {
                    pairs
                        .into_iter()
                        .map(|(s, j)| (submission_id(s), juror_id(j)))
                        .collect()
                };
                Input {
                    reviews_per_proposal: rpp,
                    submissions: teams
                        .into_iter()
                        .enumerate()
                        .map(|(i, team_divisions)| Submission {
                            id: submission_id(i),
                            team_divisions,
                        })
                        .collect(),
                    jurors: divisions
                        .into_iter()
                        .enumerate()
                        .map(|(i, division)| Juror {
                            id: juror_id(i),
                            division,
                        })
                        .collect(),
                    declared_conflicts: pairs(conflicts),
                    kept: pairs(kept),
                }
            })
    }

    fn shuffled(input: Input) -> impl Strategy<Value = Input> {
        (
            Just(input.reviews_per_proposal),
            Just(input.submissions).prop_shuffle(),
            Just(input.jurors).prop_shuffle(),
            Just(input.declared_conflicts).prop_shuffle(),
            Just(input.kept).prop_shuffle(),
        )
            .prop_map(
                |(rpp, submissions, jurors, declared_conflicts, kept)| Input {
                    reviews_per_proposal: rpp,
                    submissions,
                    jurors,
                    declared_conflicts,
                    kept,
                },
            )
    }

    proptest! {
        #[test]
        fn plans_obey_the_rules_and_are_balanced(input in arb_input(14, 8)) {
            Facts::new(&input).check(&plan(&input));
        }

        #[test]
        fn larger_plans_obey_the_rules_and_are_balanced(input in arb_input(60, 12)) {
            Facts::new(&input).check(&plan(&input));
        }

        #[test]
        fn without_constraints_loads_differ_by_at_most_one(
            rpp in 0u32..6,
            submissions in 0i32..40,
            jurors in 0i32..10,
        ) {
            let input = input(
                rpp,
                (0..submissions).map(|id| submission(id, &[])).collect(),
                (0..jurors).map(|id| juror(id, None)).collect(),
            );
            let loads = Facts::new(&input).loads(&plan(&input));
            let max = loads.values().max().copied().unwrap_or(0);
            let min = loads.values().min().copied().unwrap_or(0);
            prop_assert!(max - min <= 1, "{:?}", loads);
        }

        #[test]
        fn input_order_does_not_matter(
            (input, shuffled) in arb_input(20, 8)
                .prop_flat_map(|input| (Just(input.clone()), shuffled(input)))
        ) {
            prop_assert_eq!(plan(&input), plan(&shuffled));
        }
    }
}
