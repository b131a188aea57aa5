//! A map for the few entries a client keeps (its agents, their handlers, the
//! requests in flight): a vector searched in order. At these sizes it is as
//! fast as a hash map, and much less code in the browser client's wasm.
//! No indexing: nothing here can panic, so no panic message (and no
//! `core::fmt`) is linked into the wasm for it.

use alloc::{string::String, vec::Vec};
pub struct SmallMap<V> {
    entries: Vec<(String, V)>,
}

impl<V> Default for SmallMap<V> {
    fn default() -> Self {
        SmallMap {
            entries: Vec::new(),
        }
    }
}

impl<V> SmallMap<V> {
    fn position(&self, key: &str) -> Option<usize> {
        self.entries.iter().position(|(k, _)| k == key)
    }

    pub fn get(&self, key: &str) -> Option<&V> {
        self.entries.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    pub fn get_mut(&mut self, key: &str) -> Option<&mut V> {
        self.entries
            .iter_mut()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.position(key).is_some()
    }

    /// Sets `key` to `value`, returning the value it replaces.
    pub fn insert(&mut self, key: String, value: V) -> Option<V> {
        if let Some(v) = self.get_mut(&key) {
            return Some(core::mem::replace(v, value));
        }
        self.entries.push((key, value));
        None
    }

    /// Removes `key`; the last entry takes its place.
    pub fn remove(&mut self, key: &str) -> Option<V> {
        let i = self.position(key)?;
        let last = self.entries.pop()?;
        match self.entries.get_mut(i) {
            Some(slot) => Some(core::mem::replace(slot, last).1),
            None => Some(last.1),
        }
    }

    /// The entries, in the order they were inserted (until a removal).
    pub fn iter(&self) -> impl Iterator<Item = (&String, &V)> {
        self.entries.iter().map(|(k, v)| (k, v))
    }

    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut V> {
        self.entries.iter_mut().map(|(_, v)| v)
    }

    /// Removes and returns the entries for which `take` is true.
    pub fn take_where(&mut self, mut take: impl FnMut(&V) -> bool) -> Vec<V> {
        let mut taken = Vec::new();
        let mut kept = Vec::with_capacity(self.entries.len());
        for (k, v) in self.entries.drain(..) {
            if take(&v) {
                taken.push(v);
            } else {
                kept.push((k, v));
            }
        }
        self.entries = kept;
        taken
    }

    /// Removes and returns every value.
    pub fn take_all(&mut self) -> Vec<V> {
        self.entries.drain(..).map(|(_, v)| v).collect()
    }

    pub fn clear(&mut self) {
        self.entries.clear();
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::SmallMap;

    #[test]
    fn behaves_as_a_map() {
        let mut m = SmallMap::default();
        assert_eq!(m.insert("a".into(), 1), None);
        assert_eq!(m.insert("b".into(), 2), None);
        assert_eq!(m.insert("a".into(), 3), Some(1));
        assert_eq!((m.get("a"), m.get("c"), m.len()), (Some(&3), None, 2));
        *m.get_mut("b").unwrap() += 10;
        assert_eq!(m.remove("b"), Some(12));
        assert!(!m.contains_key("b") && m.contains_key("a"));
        m.insert("x".into(), 5);
        m.insert("y".into(), 6);
        let mut odd = m.take_where(|v| v % 2 == 1);
        odd.sort();
        assert_eq!(odd, vec![3, 5]);
        assert_eq!(m.take_all(), vec![6]);
        assert!(m.is_empty());
    }
}
