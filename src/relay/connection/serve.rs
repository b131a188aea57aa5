//! A joined connection's loop: frames in, each packet through the session's
//! rules under its lock, what they produce queued on the connections it is
//! for and flushed once per read; its rate, its acks, and its end.

use super::reader::{Filled, Message, Reader};
use crate::protocol::packet::{self, error_response, Packet, Parsed, SERVER};
use crate::protocol::resume::parse_ack;
use crate::protocol::session::{ConnId, Verdict};
use crate::relay::frame::{self, FrameError};
use crate::relay::metrics::Refusal;
use crate::relay::outbox::Text;
use crate::relay::rate::{Rate, Take};
use crate::relay::sessions::Relay;
use crate::relay::shared::deliver;
use crate::relay::socket::Conn;
use crate::relay::socket::SLOW_READER;
use serde_json::value::RawValue;
use std::io::ErrorKind;
use std::sync::atomic::Ordering::Relaxed;
use std::sync::Arc;
use std::time::Instant;
use tokio::sync::watch;
use tracing::{debug, trace, Level};

/// Why a connection that answered no ping is closed (the close frame's
/// reason and the log's).
pub(super) const NO_ANSWER: &str = "no answer to pings";

/// Why a connection whose frame took longer than `--frame-timeout` is closed.
pub(super) const STALLED: &str = "a frame took too long to arrive";

/// Why the loop of a connection ended.
pub(super) enum End {
    /// The peer is gone, the socket failed, or the relay gave up on it:
    /// nothing more to say.
    Gone(&'static str),
    /// The client closed, with its code if it gave one; we answer 1000.
    ClientClosed(Option<u16>),
    /// We close, with this code and reason.
    Close(u16, String),
}

/// Why a connection that goes on sending over its rate is closed.
pub(super) const RATE_EXCEEDED: &str = "rate limit exceeded";

pub(super) async fn serve(
    conn: &Conn,
    reader: &mut Reader,
    relay: &Relay,
    session: &crate::relay::shared::SharedSession,
    rate: &mut Rate,
    shutdown: &mut watch::Receiver<bool>,
) -> End {
    let mut out = Vec::new();
    let mut dirty = Vec::new();
    // Made for each read, not kept across the waits.
    macro_rules! handled {
        () => {
            &mut Handled {
                relay,
                session,
                out: &mut out,
                dirty: &mut dirty,
                rate,
            }
        };
    }
    // Frames that came in the same read as `connect` are already buffered:
    // the socket may never become readable again for them.
    if let Some(end) = handle_buffered(conn, reader, handled!()) {
        return end;
    }
    loop {
        let (pending, closed) = conn.state();
        match closed {
            // Its close frame is queued: a policy's end, not a lost
            // socket (its place is not kept for a resume).
            Some(SLOW_READER) => return End::Close(frame::CLOSE_POLICY, SLOW_READER.into()),
            Some(why) => return End::Gone(why),
            None => {}
        }
        tokio::select! {
            biased;
            _ = shutdown.changed() => return End::Close(frame::CLOSE_GOING_AWAY, "relay shutting down".into()),
            _ = conn.wake.notified() => {
                if conn.dead.load(Relaxed) {
                    return End::Close(frame::CLOSE_GOING_AWAY, NO_ANSWER.into());
                }
                if conn.stalled.load(Relaxed) {
                    conn.refusal(Refusal::BadFrame, STALLED);
                    return End::Close(frame::CLOSE_POLICY, STALLED.into());
                }
            }
            ready = conn.stream.writable(), if pending => {
                if ready.is_err() || conn.flush().is_err() {
                    return End::Gone("connection lost");
                }
            }
            ready = conn.stream.readable() => {
                if ready.is_err() {
                    return End::Gone("connection lost");
                }
                let end = read_and_handle(conn, reader, handled!());
                // One write per destination for everything those reads
                // produced, also when the connection ends.
                flush_dirty(conn, handled!());
                if let Some(end) = end {
                    return end;
                }
                conn.note_partial(reader.holds_partial());
                // A socket that always has more to read never makes the
                // task wait (readiness takes no co-op budget): counting each
                // read against the budget makes a flood yield to the others.
                tokio::task::coop::consume_budget().await;
            }
        }
    }
}

/// What handling a connection's packets needs, besides the connection.
pub(super) struct Handled<'a> {
    pub(super) relay: &'a Relay,
    pub(super) session: &'a crate::relay::shared::SharedSession,
    /// Reused for each packet's outputs.
    pub(super) out: &'a mut Vec<crate::protocol::session::Out>,
    /// The connections written to, to flush once per read.
    pub(super) dirty: &'a mut Vec<Arc<Conn>>,
    pub(super) rate: &'a mut Rate,
}

/// Reads the socket and handles what came, again while reads come as a
/// burst (`Filled::Bytes`), `READS_PER_FLUSH` times at most:
/// a client that sends faster than one read takes (an emitter's burst) has
/// what its packets produce written once per few reads, not once per read.
/// Nothing waits for this when the socket is drained. Some(end) when the
/// connection must end; nothing is flushed.
pub(super) fn read_and_handle(conn: &Conn, reader: &mut Reader, h: &mut Handled) -> Option<End> {
    for _ in 0..READS_PER_FLUSH {
        let burst = match reader.fill(&conn.stream) {
            Ok(Filled::Bytes { burst }) => burst,
            Ok(Filled::End) => return Some(End::Gone("connection ended")),
            Err(e) if e.kind() == ErrorKind::WouldBlock => return None,
            Err(_) => return Some(End::Gone("connection lost")),
        };
        // All that pings cost a read: the pinger looks later.
        conn.heard.store(true, Relaxed);
        if let Some(end) = handle_read(conn, reader, h) {
            return Some(end);
        }
        if !burst {
            return None;
        }
    }
    None
}

/// How many reads of a burst in a row are handled before what they
/// produced is written (each takes what room the reader has, 16 KiB or
/// more: about 128 KiB of a client's packets at most, past a large frame
/// up to that frame's size each).
const READS_PER_FLUSH: usize = 4;

/// Handles every complete message the reader holds, then flushes each
/// connection this wrote to once. Some(end) when the connection must end.
pub(super) fn handle_buffered(conn: &Conn, reader: &mut Reader, h: &mut Handled) -> Option<End> {
    let end = handle_read(conn, reader, h);
    flush_dirty(conn, h);
    end
}

/// Handles every complete message the reader holds. Some(end) when the
/// connection must end.
fn handle_read(conn: &Conn, reader: &mut Reader, h: &mut Handled) -> Option<End> {
    loop {
        match reader.next() {
            Ok(None) => break None,
            // Pings and binary frames, which the relay answers, count
            // against the rate as packets do: over it, they are not answered.
            Ok(Some(Message::Ping(payload))) => match h.rate.take(Instant::now) {
                Take::Ok => conn.pong(&payload),
                Take::Over => conn.refusal(Refusal::RateLimit, RATE_EXCEEDED),
                Take::Close => break Some(over_rate_for_good(conn)),
            },
            Ok(Some(Message::Text(text))) => {
                conn.metrics.bytes_in.fetch_add(text.len() as u64, Relaxed);
                h.relay.forget_tokens(conn.confirm());
                if let Some(end) = receive(conn, &text, h) {
                    break Some(end);
                }
            }
            Ok(Some(Message::Binary(len))) => {
                conn.metrics.bytes_in.fetch_add(len as u64, Relaxed);
                match h.rate.take(Instant::now) {
                    Take::Ok => {}
                    Take::Over => {
                        conn.refusal(Refusal::RateLimit, RATE_EXCEEDED);
                        continue;
                    }
                    Take::Close => break Some(over_rate_for_good(conn)),
                }
                conn.refusal(Refusal::Binary, "a binary frame");
                let error = error_response(
                    None,
                    SERVER,
                    None,
                    "binary frames are not part of the protocol",
                );
                conn.send_packet(&error);
            }
            Ok(Some(Message::Close(code))) => break Some(End::ClientClosed(code)),
            Err(FrameError { code, reason }) => {
                let reason = if code == frame::CLOSE_TOO_BIG {
                    conn.refusal(Refusal::FrameTooBig, reason);
                    format!("frame larger than {} bytes", reader.max)
                } else {
                    conn.refusal(Refusal::BadFrame, reason);
                    reason.to_owned()
                };
                break Some(End::Close(code, reason));
            }
        }
    }
}

/// Writes each connection that what was handled wrote to, once.
pub(super) fn flush_dirty(conn: &Conn, h: &mut Handled) {
    for c in h.dirty.drain(..) {
        Conn::flush_or_wake(&c);
    }
    if conn.unflushed.swap(false, Relaxed) {
        conn.flush_or_wake();
    }
}

/// One text frame: a packet, or, from a client that asked for batches, a
/// JSON array of packets, handled in order. Some(end) when the connection
/// must end.
pub(super) fn receive(conn: &Conn, text: &str, h: &mut Handled) -> Option<End> {
    if conn.batches() && text.trim_start().starts_with('[') {
        if let Some(packets) = packet::parse_batch(text) {
            let mut packets = packets.into_iter();
            return packets.find_map(|p| receive_counted(conn, p.text, Some(p.packet), h));
        }
        if let Ok(packets) = serde_json::from_str::<Vec<&RawValue>>(text) {
            let mut packets = packets.into_iter();
            return packets.find_map(|p| receive_counted(conn, p.get(), None, h));
        }
    }
    receive_counted(conn, text, None, h)
}

/// One packet, counted if the connection is resumable: its acks are read
/// here, and one of the relay's goes back at once when `ACK_ALONE` are
/// unacked (else with what is sent to it next, or at the pinger's look).
/// Then its rate is checked: over it, a request is answered with an error
/// and anything else dropped, but for a response that answers a waiting
/// request (`receive_packet`).
/// `read` is the packet when the batch's one pass read it already.
pub(super) fn receive_counted<'a>(
    conn: &Conn,
    text: &'a str,
    read: Option<Parsed<'a>>,
    h: &mut Handled,
) -> Option<End> {
    if conn.acks.load(Relaxed) {
        if let Some(n) = parse_ack(text) {
            conn.acked(n);
            return None;
        }
    }
    let taken = h.rate.take(Instant::now);
    let (session, out, dirty) = (h.session, &mut *h.out, &mut *h.dirty);
    match receive_packet(conn, session, (text, read), out, dirty, taken) {
        Received::Close => return Some(over_rate_for_good(conn)),
        Received::Ack(ack) => {
            // Written with the rest of this read (a write of its own would
            // cut the client's batch in two).
            let mut outbox = conn.out.lock().unwrap();
            if conn.queue_unnumbered(&mut outbox, &mut Text::new(&ack)) {
                conn.unflushed.store(true, Relaxed);
            }
        }
        Received::Done => {}
    }
    None
}

/// The end of a connection that keeps sending over its rate.
pub(super) fn over_rate_for_good(conn: &Conn) -> End {
    conn.refusal(Refusal::RateLimit, RATE_EXCEEDED);
    End::Close(frame::CLOSE_POLICY, RATE_EXCEEDED.into())
}

/// What `receive_packet` asks of its caller.
pub(super) enum Received {
    Done,
    /// An ack to send at once (`Conn::received`).
    Ack(String),
    /// Close: the connection keeps sending over its rate.
    Close,
}

/// A packet over its connection's rate, refused: a request is answered
/// with an error, anything else dropped.
pub(super) fn refuse_over_rate(
    place: ConnId,
    text: &str,
    out: &mut Vec<crate::protocol::session::Out>,
) -> Verdict {
    if let Ok(Packet::Request { name, to, id, .. }) = packet::parse(text) {
        let error = error_response(Some(&name), &to, Some(id.get()), RATE_EXCEEDED);
        out.push(crate::protocol::session::Out::To(place, error));
    }
    Verdict::Refused(RATE_EXCEEDED)
}

/// Applies one packet, or refuses it when `taken` says it is over its
/// connection's rate (unless it answers a waiting request: those pass).
pub(super) fn receive_packet<'a>(
    conn: &Conn,
    session: &crate::relay::shared::SharedSession,
    (text, read): (&'a str, Option<Parsed<'a>>),
    out: &mut Vec<crate::protocol::session::Out>,
    dirty: &mut Vec<Arc<Conn>>,
    taken: Take,
) -> Received {
    conn.metrics.packets_in.fetch_add(1, Relaxed);
    let (verdict, created, ack) = {
        let mut s = session.lock();
        // Its place went to another socket (under this lock): what is left
        // of this read is not applied, nor counted; the client sends it
        // again on the new socket.
        if conn.replaced.load(Relaxed) {
            return Received::Done;
        }
        let over = taken != Take::Ok && !s.answers(conn.place(), text);
        if over && taken == Take::Close {
            return Received::Close;
        }
        let before = s.agents_created();
        let verdict = match over {
            false => {
                let read = read.unwrap_or_else(|| packet::parse(text));
                s.receive_read(conn.place(), text, read, out)
            }
            true => refuse_over_rate(conn.place(), text, out),
        };
        for o in out.drain(..) {
            deliver(session, &s, o, Some(text), dirty);
        }
        // Counted with it, under the lock: a handover sees both or neither.
        let ack = conn.received();
        (verdict, s.agents_created() != before, ack)
    };
    if created {
        // Calls over HTTP may be waiting for an agent of its name.
        session.agent_created.notify_waiters();
    }
    // One line per packet: its text only at trace, as it holds the body.
    if tracing::enabled!(Level::TRACE) {
        trace!(conn = conn.id, ?verdict, "packet: {text}");
    } else {
        debug!(conn = conn.id, bytes = text.len(), ?verdict, "packet");
    }
    match verdict {
        Verdict::Done => {}
        Verdict::Refused(RATE_EXCEEDED) => conn.refusal(Refusal::RateLimit, RATE_EXCEEDED),
        Verdict::Refused(why) => conn.refusal(Refusal::Packet, why),
        Verdict::Forbidden(why) => conn.refusal(Refusal::Forbidden, why),
    }
    ack.map_or(Received::Done, Received::Ack)
}
