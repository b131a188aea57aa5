//! The calls in flight: those waiting for their answer, in number order
//! (the number is in the request's id), and the frames of those held while
//! the session is down or coming back. Their bookkeeping alone: what a
//! call's answer does is `calls`'s, when held frames go is `link`'s.

use super::host::{Frame, Host};
use super::window::Window;
use alloc::{string::String, vec::Vec};

pub(super) struct Call<H: Host> {
    /// The number in its id (`<salt>.<number>`); calls are kept in its order.
    pub(super) number: u64,
    pub(super) to: String,
    /// The request's name, for error messages.
    pub(super) name: String,
    pub(super) op: Op,
    /// Where the result goes; `None` for the core's own requests.
    pub(super) reply: Option<H::Reply>,
    /// Its frame went out (else it is held until the session is back).
    pub(super) sent: bool,
    /// (when, the timeout in ms it came from)
    pub(super) deadline: Option<(u64, u32)>,
    /// A streamed call: where its chunks go, and its credit.
    pub(super) sink: Option<H::Sink>,
    pub(super) window: Window,
}

/// Which calls `InFlight::take` takes (a selector rather than a
/// closure: no call through a function table).
#[derive(Clone, Copy)]
pub(super) enum Which<'a> {
    /// Those whose request went out.
    Sent,
    /// Those whose deadline is at or before this time.
    Due(u64),
    /// Those held, not sent, for these agents.
    HeldFor(&'a [String]),
    /// Those to this agent.
    To(&'a str),
}

/// The calls in flight, and the next call's number.
pub(super) struct InFlight<H: Host> {
    calls: Vec<Call<H>>,
    next: u64,
    /// Frames of calls made while the session is down or coming back, by
    /// call number (a call that timed out meanwhile is not sent).
    held: Vec<(u64, Frame<H::Body>)>,
}

impl<H: Host> Default for InFlight<H> {
    fn default() -> Self {
        InFlight {
            calls: Vec::new(),
            next: 1,
            held: Vec::new(),
        }
    }
}

impl<H: Host> InFlight<H> {
    /// The number of a new call.
    pub(super) fn number(&mut self) -> u64 {
        self.next += 1;
        self.next - 1
    }

    /// The number the next call will have.
    pub(super) fn next_number(&self) -> u64 {
        self.next
    }

    pub(super) fn len(&self) -> usize {
        self.calls.len()
    }

    fn at(&self, number: u64) -> Option<usize> {
        self.calls.binary_search_by_key(&number, |c| c.number).ok()
    }

    pub(super) fn get_mut(&mut self, number: u64) -> Option<&mut Call<H>> {
        let at = self.at(number)?;
        self.calls.get_mut(at)
    }

    pub(super) fn contains(&self, number: u64) -> bool {
        self.at(number).is_some()
    }

    /// Call `number`, taken out.
    pub(super) fn remove(&mut self, number: u64) -> Option<Call<H>> {
        Some(self.calls.remove(self.at(number)?))
    }

    /// Call `number`'s held frame goes, if it has one.
    pub(super) fn unhold(&mut self, number: u64) {
        self.held.retain(|(n, _)| *n != number);
    }

    /// A call, in its place (a named call's number is older than its
    /// sending).
    pub(super) fn insert(&mut self, call: Call<H>) {
        let at = self.calls.partition_point(|c| c.number < call.number);
        self.calls.insert(at, call);
    }

    /// Call `number`'s frame, to go when the session is back.
    pub(super) fn hold(&mut self, number: u64, frame: Frame<H::Body>) {
        self.held.push((number, frame));
    }

    /// The session is back: the held frames, in order, by call number (of
    /// calls that may be over since), and every call now counts as sent.
    pub(super) fn release(&mut self) -> Vec<(u64, Frame<H::Body>)> {
        for c in &mut self.calls {
            c.sent = true;
        }
        core::mem::take(&mut self.held)
    }

    /// Removes the calls `which` selects, keeping the others in order.
    pub(super) fn take(&mut self, which: Which) -> Vec<Call<H>> {
        let (taken, kept) =
            core::mem::take(&mut self.calls)
                .into_iter()
                .partition(|c| match which {
                    Which::Sent => c.sent,
                    Which::Due(now) => c.deadline.is_some_and(|(at, _)| at <= now),
                    Which::HeldFor(gone) => !c.sent && gone.contains(&c.to),
                    Which::To(id) => c.to == id,
                });
        self.calls = kept;
        taken
    }

    /// Every call, and no held frame left.
    pub(super) fn take_all(&mut self) -> Vec<Call<H>> {
        self.held.clear();
        core::mem::take(&mut self.calls)
    }

    /// The earliest deadline of a call.
    pub(super) fn earliest_deadline(&self) -> Option<u64> {
        self.calls
            .iter()
            .filter_map(|c| c.deadline.map(|d| d.0))
            .min()
    }
}

/// What a request to the relay's own agent does with its response.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Op {
    CreateAgent,
    DestroyAgent,
    GetAgents,
    Send,
    /// A `Send` that asks for a streamed answer.
    Stream,
    /// The core's own `getAgents`, for named calls.
    Directory,
    /// After a reconnect: a local agent made again (its old id).
    Recreate,
    /// After a reconnect: the session's agents, to bring remotes in sync.
    Resync,
    /// `listen` or `unlisten`: the relay's answer only says it is made.
    Listen,
}
