//! Move paths: the parts of user variables whose initialisation is
//! tracked — a variable, and below it fields, variant fields and constant
//! array indices (never through a dereference or a dynamic index).
//!
//! Paths form a tree per variable. Moving a path makes its subtree
//! unusable; assigning a path makes its subtree usable again.

use ferrum_mir::mir::{Local, Place, PlaceElem};
use rustc_hash::FxHashMap;

pub(crate) type PathId = usize;

/// One step from a path to a child path.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Step {
    Field(u32),
    VariantField(u32, u32),
    Index(u64),
}

#[derive(Debug)]
pub(crate) struct MovePath {
    pub(crate) place: Place,
    pub(crate) parent: Option<PathId>,
    children: Vec<(Step, PathId)>,
}

#[derive(Debug, Default)]
pub(crate) struct MovePaths {
    pub(crate) paths: Vec<MovePath>,
    roots: FxHashMap<Local, PathId>,
}

/// The trackable steps at the start of a projection, and how many
/// projection elements they cover.
fn steps(projection: &[PlaceElem]) -> (Vec<Step>, usize) {
    let mut out = Vec::new();
    let mut i = 0;
    while i < projection.len() {
        match (projection[i], projection.get(i + 1)) {
            (PlaceElem::Field(f, _), _) => out.push(Step::Field(f)),
            (PlaceElem::Downcast(v), Some(PlaceElem::Field(f, _))) => {
                out.push(Step::VariantField(v, *f));
                i += 1;
            }
            (PlaceElem::ConstantIndex { offset, from_end: false }, _) => out.push(Step::Index(offset)),
            _ => break,
        }
        i += 1;
    }
    (out, i)
}

/// Where a place falls in the tree.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Lookup {
    /// The place is exactly this path.
    Exact(PathId),
    /// The place lies below this path, through a dereference, a dynamic
    /// index or another projection that is not tracked.
    Inside(PathId),
}

impl Lookup {
    pub(crate) fn path(self) -> PathId {
        match self {
            Lookup::Exact(p) | Lookup::Inside(p) => p,
        }
    }
}

impl MovePaths {
    /// Paths for the variables `roots` and for every prefix of `places`
    /// rooted at one of them.
    pub(crate) fn new<'p>(roots: impl Iterator<Item = Local>, places: impl Iterator<Item = &'p Place>) -> MovePaths {
        let mut mp = MovePaths::default();
        for local in roots {
            mp.roots.insert(local, mp.paths.len());
            mp.paths.push(MovePath { place: Place::local(local), parent: None, children: Vec::new() });
        }
        for place in places {
            mp.add(place);
        }
        mp
    }

    fn add(&mut self, place: &Place) {
        let Some(&root) = self.roots.get(&place.local) else {
            return;
        };
        let mut cur = root;
        let (steps, _) = steps(&place.projection);
        let mut taken = 0;
        for step in steps {
            taken += if matches!(step, Step::VariantField(..)) { 2 } else { 1 };
            if let Some(&(_, child)) = self.paths[cur].children.iter().find(|(s, _)| *s == step) {
                cur = child;
                continue;
            }
            let id = self.paths.len();
            let sub = Place { local: place.local, projection: place.projection[..taken].to_vec() };
            self.paths.push(MovePath { place: sub, parent: Some(cur), children: Vec::new() });
            self.paths[cur].children.push((step, id));
            cur = id;
        }
    }

    pub(crate) fn root(&self, local: Local) -> Option<PathId> {
        self.roots.get(&local).copied()
    }

    /// The deepest path containing `place`, if its variable is tracked.
    pub(crate) fn lookup(&self, place: &Place) -> Option<Lookup> {
        let mut cur = self.root(place.local)?;
        let (steps, covered) = steps(&place.projection);
        for step in &steps {
            match self.paths[cur].children.iter().find(|(s, _)| s == step) {
                Some(&(_, child)) => cur = child,
                None => return Some(Lookup::Inside(cur)),
            }
        }
        Some(if covered == place.projection.len() { Lookup::Exact(cur) } else { Lookup::Inside(cur) })
    }

    /// `path` and all its descendants.
    pub(crate) fn subtree(&self, path: PathId) -> Vec<PathId> {
        let mut out = vec![path];
        let mut i = 0;
        while i < out.len() {
            out.extend(self.paths[out[i]].children.iter().map(|&(_, c)| c));
            i += 1;
        }
        out
    }
}
