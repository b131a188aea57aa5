//! Client-side request correlation, sans I/O: request ids that cannot
//! collide with another client's (the 1.0.0 relay matches responses by agent
//! and id alone), and the table of requests waiting for their response.

use super::small_map::SmallMap;

/// Requests in flight, each with what the driver needs to answer it (`T`).
pub struct Pending<T> {
    /// Makes this client's ids unlike any other client's.
    prefix: String,
    next: u64,
    waiting: SmallMap<(String, T)>,
}

impl<T> Pending<T> {
    /// `salt` should be random per connection (a few characters suffice).
    pub fn new(salt: &str) -> Self {
        Pending {
            prefix: salt.to_owned() + ".",
            next: 1,
            waiting: SmallMap::default(),
        }
    }

    /// Registers a request to agent `to`, returning its id.
    pub fn insert(&mut self, to: &str, value: T) -> String {
        let mut id = self.prefix.clone();
        super::packet::push_decimal(&mut id, self.next);
        self.next += 1;
        self.waiting.insert(id.clone(), (to.to_owned(), value));
        id
    }

    /// The request a response answers, if `from` is the agent it was sent to.
    pub fn take(&mut self, id: &str, from: &str) -> Option<T> {
        match self.waiting.get(id) {
            Some((to, _)) if to == from => self.waiting.remove(id).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The value kept for a waiting request.
    pub fn get_mut(&mut self, id: &str) -> Option<&mut T> {
        self.waiting.get_mut(id).map(|(_, v)| v)
    }

    /// Removes one request whatever answered it (a timeout, say).
    pub fn remove(&mut self, id: &str) -> Option<T> {
        self.waiting.remove(id).map(|(_, v)| v)
    }

    /// Every request waiting on agent `to` (it was destroyed).
    pub fn take_for(&mut self, to: &str) -> Vec<T> {
        let taken = self.waiting.take_where(|(t, _)| t == to);
        taken.into_iter().map(|(_, v)| v).collect()
    }

    /// Every request (the session closed).
    pub fn take_all(&mut self) -> Vec<T> {
        self.waiting
            .take_all()
            .into_iter()
            .map(|(_, v)| v)
            .collect()
    }

    pub fn len(&self) -> usize {
        self.waiting.len()
    }

    pub fn is_empty(&self) -> bool {
        self.waiting.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::Pending;

    #[test]
    fn ids_are_salted_and_unique() {
        let mut p = Pending::new("x7");
        let a = p.insert("1", 'a');
        let b = p.insert("1", 'b');
        assert_eq!((a.as_str(), b.as_str()), ("x7.1", "x7.2"));
        assert_ne!(Pending::<()>::new("q").insert("1", ()), a);
    }

    #[test]
    fn a_response_must_come_from_the_agent_asked() {
        let mut p = Pending::new("s");
        let id = p.insert("3", "req");
        assert_eq!(p.take(&id, "4"), None);
        assert_eq!(p.take(&id, "3"), Some("req"));
        assert_eq!(p.take(&id, "3"), None);
    }

    #[test]
    fn destroyed_agents_and_closed_sessions_release_their_requests() {
        let mut p = Pending::new("s");
        p.insert("1", 1);
        p.insert("2", 2);
        p.insert("1", 3);
        let mut gone = p.take_for("1");
        gone.sort();
        assert_eq!(gone, vec![1, 3]);
        assert_eq!(p.len(), 1);
        let id = p.insert("5", 5);
        assert_eq!(p.remove(&id), Some(5));
        assert_eq!(p.take_all(), vec![2]);
        assert!(p.is_empty());
    }
}
