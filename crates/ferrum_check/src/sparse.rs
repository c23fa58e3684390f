//! Sparse sets for the borrow check: a set of small indices as a sorted
//! vector (a local rarely holds more than a few loans; few locals are
//! live at once), and [`Held`], what each local holds, listing only
//! locals that hold something. Their size follows what is live, not the
//! size of the function.

use ferrum_mir::mir::Local;

/// A sorted set of indices (loans, locals).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct SparseSet(Vec<u32>);

/// A set of loan indices.
pub(crate) type LoanSet = SparseSet;

impl SparseSet {
    pub(crate) fn contains(&self, loan: usize) -> bool {
        self.0.binary_search(&(loan as u32)).is_ok()
    }

    pub(crate) fn insert(&mut self, loan: usize) {
        if let Err(i) = self.0.binary_search(&(loan as u32)) {
            self.0.insert(i, loan as u32);
        }
    }

    pub(crate) fn remove(&mut self, loan: usize) {
        if let Ok(i) = self.0.binary_search(&(loan as u32)) {
            self.0.remove(i);
        }
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub(crate) fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.0.iter().map(|&l| l as usize)
    }

    /// `self |= other`; whether anything changed.
    pub(crate) fn union(&mut self, other: &SparseSet) -> bool {
        if other.0.iter().all(|l| self.0.binary_search(l).is_ok()) {
            return false;
        }
        let mut merged = Vec::with_capacity(self.0.len() + other.0.len());
        let (mut i, mut j) = (0, 0);
        while i < self.0.len() || j < other.0.len() {
            let next = match (self.0.get(i), other.0.get(j)) {
                (Some(&a), Some(&b)) if a == b => {
                    i += 1;
                    j += 1;
                    a
                }
                (Some(&a), Some(&b)) if a < b => {
                    i += 1;
                    a
                }
                (_, Some(&b)) => {
                    j += 1;
                    b
                }
                (Some(&a), None) => {
                    i += 1;
                    a
                }
                (None, None) => unreachable!(),
            };
            merged.push(next);
        }
        self.0 = merged;
        true
    }

    /// Keeps the loans `keep` accepts.
    pub(crate) fn retain(&mut self, mut keep: impl FnMut(usize) -> bool) {
        self.0.retain(|&l| keep(l as usize));
    }

    /// `self -= other`.
    pub(crate) fn subtract(&mut self, other: &SparseSet) {
        if !other.is_empty() {
            self.0.retain(|l| other.0.binary_search(l).is_err());
        }
    }
}

/// Which part of a local a set of loans is held in: the top-level field
/// of a tuple or struct it was stored in, or [`Part::WHOLE`] (anywhere).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Part(u32);

impl Part {
    pub(crate) const WHOLE: Part = Part(u32::MAX);

    pub(crate) fn field(index: u32) -> Part {
        Part(index)
    }
}

/// Per local (and per top-level field, so that `let (a, b) = (&x, &mut y)`
/// gives `a` only the loan of `x`), the loans it may hold. Locals holding
/// none are absent.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Held {
    /// Sorted by (local, part); no empty sets.
    entries: Vec<((Local, Part), LoanSet)>,
}

impl Held {
    fn range(&self, local: Local) -> std::ops::Range<usize> {
        let start = self.entries.partition_point(|((l, _), _)| *l < local);
        let end = self.entries.partition_point(|((l, _), _)| *l <= local);
        start..end
    }

    pub(crate) fn holds(&self, local: Local, loan: usize) -> bool {
        self.entries[self.range(local)].iter().any(|(_, s)| s.contains(loan))
    }

    /// Everything `local` may hold.
    pub(crate) fn of(&self, local: Local) -> LoanSet {
        let mut out = LoanSet::default();
        for (_, set) in &self.entries[self.range(local)] {
            out.union(set);
        }
        out
    }

    /// What a part of `local` may hold: that part's loans and those held
    /// by the local as a whole.
    pub(crate) fn of_part(&self, local: Local, part: Part) -> LoanSet {
        if part == Part::WHOLE {
            return self.of(local);
        }
        let mut out = LoanSet::default();
        for ((_, p), set) in &self.entries[self.range(local)] {
            if *p == part || *p == Part::WHOLE {
                out.union(set);
            }
        }
        out
    }

    /// Each local with the loans it may hold, part by part (a local may
    /// come more than once).
    pub(crate) fn iter(&self) -> impl Iterator<Item = (Local, &LoanSet)> + '_ {
        self.entries.iter().map(|((l, _), s)| (*l, s))
    }

    /// Replaces what `local` holds, part by part.
    pub(crate) fn set(&mut self, local: Local, parts: Vec<(Part, LoanSet)>) {
        let range = self.range(local);
        let mut new: Vec<((Local, Part), LoanSet)> =
            parts.into_iter().filter(|(_, s)| !s.is_empty()).map(|(p, s)| ((local, p), s)).collect();
        new.sort_by_key(|(k, _)| *k);
        self.entries.splice(range, new);
    }

    /// Adds to what a part of `local` holds.
    pub(crate) fn add(&mut self, local: Local, part: Part, set: &LoanSet) {
        if set.is_empty() {
            return;
        }
        match self.entries.binary_search_by_key(&(local, part), |e| e.0) {
            Ok(i) => {
                self.entries[i].1.union(set);
            }
            Err(i) => self.entries.insert(i, ((local, part), set.clone())),
        }
    }

    /// Keeps, in every local, only the loans `keep` accepts.
    pub(crate) fn retain_loans(&mut self, mut keep: impl FnMut(usize) -> bool) {
        for (_, set) in &mut self.entries {
            set.retain(&mut keep);
        }
        self.entries.retain(|(_, s)| !s.is_empty());
    }

    /// Keeps only the locals `keep` accepts.
    pub(crate) fn retain(&mut self, mut keep: impl FnMut(Local) -> bool) {
        self.entries.retain(|((l, _), _)| keep(*l));
    }

    /// `self |= other`, entry by entry; whether anything changed.
    pub(crate) fn join(&mut self, other: &Held) -> bool {
        let mut changed = false;
        for (key, set) in &other.entries {
            match self.entries.binary_search_by_key(key, |e| e.0) {
                Ok(i) => changed |= self.entries[i].1.union(set),
                Err(i) => {
                    self.entries.insert(i, (*key, set.clone()));
                    changed = true;
                }
            }
        }
        changed
    }
}

#[cfg(test)]
mod tests {
    use super::{Held, LoanSet, Part};
    use ferrum_mir::mir::Local;

    fn set(items: &[usize]) -> LoanSet {
        let mut s = LoanSet::default();
        items.iter().for_each(|&i| s.insert(i));
        s
    }

    #[test]
    fn loan_set_operations() {
        let mut a = set(&[5, 1, 9]);
        assert_eq!(a.iter().collect::<Vec<_>>(), vec![1, 5, 9]);
        assert!(a.union(&set(&[2, 9, 12])));
        assert!(!a.union(&set(&[1, 12])));
        assert_eq!(a.iter().collect::<Vec<_>>(), vec![1, 2, 5, 9, 12]);
        a.subtract(&set(&[2, 12, 40]));
        assert_eq!(a.iter().collect::<Vec<_>>(), vec![1, 5, 9]);
    }

    #[test]
    fn held_drops_empty_entries() {
        let mut h = Held::default();
        h.set(Local(3), vec![(Part::WHOLE, set(&[1]))]);
        h.add(Local(1), Part::WHOLE, &set(&[1, 2]));
        assert!(h.holds(Local(1), 2) && h.holds(Local(3), 1));
        h.retain_loans(|l| l != 1);
        assert_eq!(h.iter().map(|(l, _)| l).collect::<Vec<_>>(), vec![Local(1)]);
        let mut other = Held::default();
        other.set(Local(0), vec![(Part::WHOLE, set(&[7]))]);
        assert!(h.join(&other));
        assert!(!h.join(&other));
    }

    #[test]
    fn held_by_part() {
        let mut h = Held::default();
        h.set(Local(2), vec![(Part::field(0), set(&[1])), (Part::field(1), set(&[2]))]);
        assert_eq!(h.of_part(Local(2), Part::field(0)).iter().collect::<Vec<_>>(), vec![1]);
        assert_eq!(h.of(Local(2)).iter().collect::<Vec<_>>(), vec![1, 2]);
        h.add(Local(2), Part::WHOLE, &set(&[5]));
        assert_eq!(h.of_part(Local(2), Part::field(1)).iter().collect::<Vec<_>>(), vec![2, 5]);
        h.set(Local(2), vec![]);
        assert!(!h.holds(Local(2), 5));
    }
}
