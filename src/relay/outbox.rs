//! What one connection has yet to write, sans I/O: whole WebSocket frames
//! in order, as pieces. A packet's text that is large is shared (`Text`),
//! not copied, by every outbox it goes to and by the resume records that
//! keep it, so that a broadcast to a hundred slow readers holds its bytes
//! once; small ones are copied together into pieces of the outbox's own.
//! A client that takes batches gets the packets gathered until the next
//! write as one frame (`[a,b,...]`). When the connection must close, the
//! frame being written is finished and what was not begun is dropped
//! (RFC 6455 §7.1.7).

use super::frame;
use std::collections::VecDeque;
use std::io::{self, IoSlice};
use std::sync::Arc;

/// Texts from this many bytes are shared between outboxes; smaller ones
/// are copied (a copy costs less than the piece and the count).
pub const SHARE_AT: usize = 512;

/// The most bytes an outbox's own piece grows to by copying into it.
const OWN_PIECE: usize = 16 << 10;

/// The most pieces handed to one vectored write.
const SLICES: usize = 64;

/// One packet's text on its way to its connections: shared once one of
/// them keeps it (`shared`), so that they all hold the same bytes.
pub struct Text<'a> {
    text: &'a str,
    shared: Option<Arc<str>>,
}

impl<'a> Text<'a> {
    pub fn new(text: &'a str) -> Text<'a> {
        Text { text, shared: None }
    }

    /// A text shared already (one kept for a resume).
    pub fn of_shared(shared: &'a Arc<str>) -> Text<'a> {
        Text {
            text: shared,
            shared: Some(shared.clone()),
        }
    }

    pub fn as_str(&self) -> &str {
        self.text
    }

    pub fn len(&self) -> usize {
        self.text.len()
    }

    /// The text as shared bytes, made once for all who keep it.
    pub fn shared(&mut self) -> Arc<str> {
        self.shared
            .get_or_insert_with(|| Arc::from(self.text))
            .clone()
    }
}

/// Bytes to write: a few inline, a buffer of the outbox's own, or a
/// packet's shared text.
enum Piece {
    Small { len: u8, bytes: [u8; 22] },
    Own(Vec<u8>),
    Shared(Arc<str>),
}

impl Piece {
    /// The bytes it holds: its buffer's capacity, or a shared text's
    /// length (counted whole by each outbox that shares it).
    fn held(&self) -> usize {
        match self {
            Piece::Small { .. } => 0,
            Piece::Own(v) => v.capacity(),
            Piece::Shared(s) => s.len(),
        }
    }

    fn bytes(&self) -> &[u8] {
        match self {
            Piece::Small { len, bytes } => &bytes[..*len as usize],
            Piece::Own(v) => v,
            Piece::Shared(s) => s.as_bytes(),
        }
    }

    /// Appends `more` if it fits without a new allocation past
    /// `OWN_PIECE`; false otherwise.
    fn append(&mut self, more: &[u8]) -> bool {
        match self {
            Piece::Small { len, bytes } => {
                let at = *len as usize;
                let Some(room) = bytes.get_mut(at..at + more.len()) else {
                    return false;
                };
                room.copy_from_slice(more);
                *len += more.len() as u8;
                true
            }
            Piece::Own(v) if v.len() + more.len() <= v.capacity().max(OWN_PIECE) => {
                v.extend_from_slice(more);
                true
            }
            _ => false,
        }
    }

    fn new(bytes: &[u8]) -> Piece {
        if bytes.len() <= 22 {
            let mut small = [0; 22];
            small[..bytes.len()].copy_from_slice(bytes);
            Piece::Small {
                len: bytes.len() as u8,
                bytes: small,
            }
        } else {
            Piece::Own(bytes.to_vec())
        }
    }
}

/// A sequence of pieces, with their total length and the bytes they hold
/// (`Piece::held`).
#[derive(Default)]
struct Pieces {
    list: VecDeque<Piece>,
    bytes: usize,
    held: usize,
}

impl Pieces {
    fn push_bytes(&mut self, bytes: &[u8]) {
        self.bytes += bytes.len();
        if let Some(last) = self.list.back_mut() {
            let before = last.held();
            if last.append(bytes) {
                self.held += last.held() - before;
                return;
            }
        }
        let piece = Piece::new(bytes);
        self.held += piece.held();
        self.list.push_back(piece);
    }

    /// A piece as it is, or its bytes added to the last one's if small.
    fn push_piece(&mut self, piece: Piece) {
        if !matches!(piece, Piece::Shared(_)) && piece.bytes().len() < SHARE_AT {
            return self.push_bytes(piece.bytes());
        }
        self.bytes += piece.bytes().len();
        self.held += piece.held();
        self.list.push_back(piece);
    }

    fn push_text(&mut self, text: &mut Text) {
        if text.len() < SHARE_AT {
            self.push_bytes(text.as_str().as_bytes());
        } else {
            self.bytes += text.len();
            self.held += text.len();
            self.list.push_back(Piece::Shared(text.shared()));
        }
    }

    fn clear(&mut self) {
        *self = Pieces::default();
    }
}

#[derive(Default)]
pub struct Outbox {
    queue: Pieces,
    /// Bytes of the queue's first piece already written.
    offset: usize,
    /// Bytes queued and written since the outbox was made.
    queued: u64,
    written: u64,
    /// Where each frame not wholly written yet ends (as `queued` counts),
    /// and where the last one wholly written ended.
    ends: VecDeque<u64>,
    last_end: u64,
    /// Packets gathered for a client that takes batches, with their
    /// separators (`[a,b`), until `seal` makes them one frame.
    batch: Pieces,
    batched: usize,
}

impl Outbox {
    /// Bytes queued and not written, those gathered included.
    pub fn unsent(&self) -> usize {
        (self.queued - self.written) as usize + self.batch.bytes
    }

    /// The bytes it holds for what is unsent: its own buffers' capacity,
    /// and the shared texts it keeps (each counted whole), with the
    /// gathered ones, and where each frame ends (8 bytes a frame). (Not its
    /// lists of pieces: 32 bytes a piece, and pieces of its own are copied
    /// together up to 16 KiB.)
    pub fn held(&self) -> usize {
        self.queue.held + self.batch.held + self.ends.capacity() * 8
    }

    /// A whole frame of the outbox's own (a close, a ping, a pong); what
    /// was gathered goes first.
    pub fn frame(&mut self, frame: &[u8]) {
        self.seal();
        self.queue.push_bytes(frame);
        self.ended(frame.len());
    }

    /// A text frame holding `text`; what was gathered goes first.
    pub fn text(&mut self, text: &mut Text) {
        self.seal();
        let mut head = Vec::with_capacity(10);
        frame::head(&mut head, frame::TEXT, text.len());
        self.queue.push_bytes(&head);
        self.queue.push_text(text);
        self.ended(head.len() + text.len());
    }

    /// Gathers `text` with the others the next `seal` makes one frame.
    pub fn gather(&mut self, text: &mut Text) {
        let separator = if self.batched == 0 { b"[" } else { b"," };
        self.batch.push_bytes(separator);
        self.batch.push_text(text);
        self.batched += 1;
    }

    /// The gathered packets become one frame: an array, or a lone packet
    /// as itself. Returns the frame's payload length (0: none gathered).
    pub fn seal(&mut self) -> usize {
        if self.batched == 0 {
            return 0;
        }
        let mut batch = core::mem::take(&mut self.batch);
        if self.batched == 1 {
            // `[` is the first byte of the first piece, and goes.
            batch.bytes -= 1;
            match batch.list.front_mut() {
                Some(Piece::Small { len, bytes }) => {
                    bytes.copy_within(1..*len as usize, 0);
                    *len -= 1;
                }
                Some(Piece::Own(v)) => drop(v.remove(0)),
                _ => unreachable!("a batch starts with its own bytes"),
            }
        } else {
            batch.push_bytes(b"]");
        }
        self.batched = 0;
        let len = batch.bytes;
        let mut head = Vec::with_capacity(10);
        frame::head(&mut head, frame::TEXT, len);
        self.queue.push_bytes(&head);
        for piece in batch.list {
            self.queue.push_piece(piece);
        }
        self.ended(head.len() + len);
        len
    }

    fn ended(&mut self, frame_len: usize) {
        self.queued += frame_len as u64;
        self.ends.push_back(self.queued);
    }

    /// Writes what is queued with `write` (a vectored write that may take
    /// part): Ok(true) once all is written, Ok(false) when `write` would
    /// block with some left.
    pub fn write_with(
        &mut self,
        mut write: impl FnMut(&[IoSlice]) -> io::Result<usize>,
    ) -> io::Result<bool> {
        self.seal();
        while !self.queue.list.is_empty() {
            let mut slices = [IoSlice::new(&[]); SLICES];
            let mut count = 0;
            for (i, piece) in self.queue.list.iter().take(SLICES).enumerate() {
                let from = if i == 0 { self.offset } else { 0 };
                slices[i] = IoSlice::new(&piece.bytes()[from..]);
                count += 1;
            }
            match write(&slices[..count]) {
                Ok(0) => return Err(io::ErrorKind::WriteZero.into()),
                Ok(n) => self.advance(n),
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => return Ok(false),
                Err(e) => return Err(e),
            }
        }
        self.offset = 0;
        Ok(true)
    }

    /// `n` more bytes were written.
    fn advance(&mut self, mut n: usize) {
        self.written += n as u64;
        while let Some(piece) = self.queue.list.front() {
            let left = piece.bytes().len() - self.offset;
            if n < left {
                self.offset += n;
                break;
            }
            n -= left;
            self.offset = 0;
            self.queue.bytes -= piece.bytes().len();
            self.queue.held -= piece.held();
            self.queue.list.pop_front();
        }
        while self.ends.front().is_some_and(|&end| end <= self.written) {
            self.last_end = self.ends.pop_front().unwrap_or_default();
        }
        if self.queue.list.is_empty() && self.queue.list.capacity() > 0 {
            // An idle connection holds no buffer.
            self.queue = Pieces::default();
            self.ends = VecDeque::new();
        }
    }

    /// The connection closes: the frame being written is finished, and
    /// the rest (what was gathered too) is dropped.
    pub fn cut(&mut self) {
        self.batch.clear();
        self.batched = 0;
        let keep = match self.ends.front() {
            Some(&end) if self.written > self.last_end => end,
            _ => self.written,
        };
        // The queue's bytes from `written - offset` on, cut at `keep`.
        let mut at = self.written - self.offset as u64;
        let mut kept = 0;
        for piece in self.queue.list.iter_mut() {
            if at >= keep {
                break;
            }
            let len = piece.bytes().len() as u64;
            if at + len > keep {
                let part = piece.bytes()[..(keep - at) as usize].to_vec();
                *piece = Piece::Own(part);
            }
            at += piece.bytes().len() as u64;
            kept += 1;
        }
        self.queue.list.truncate(kept);
        self.queue.bytes = self.queue.list.iter().map(|p| p.bytes().len()).sum();
        self.queue.held = self.queue.list.iter().map(Piece::held).sum();
        self.queued = keep;
        self.ends.retain(|&end| end <= keep);
        self.advance(0); // a first piece now wholly written goes
    }

    /// Everything goes, written or not (the socket is gone).
    pub fn clear(&mut self) {
        *self = Outbox::default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Writes everything, `chunk` bytes per write at most, into a stream.
    fn drain(out: &mut Outbox, chunk: usize, stream: &mut Vec<u8>) {
        let done = out.write_with(|slices| {
            let mut n = 0;
            for s in slices {
                let take = s.len().min(chunk - n);
                stream.extend_from_slice(&s[..take]);
                n += take;
                if n == chunk {
                    break;
                }
            }
            Ok(n)
        });
        assert!(done.unwrap());
    }

    /// The payloads of the whole frames in `stream`, and what is left.
    fn frames(mut stream: &[u8]) -> (Vec<Vec<u8>>, usize) {
        let mut texts = Vec::new();
        while stream.len() >= 2 {
            let (head, len) = match stream[1] & 0x7F {
                126 => (4, u16::from_be_bytes([stream[2], stream[3]]) as usize),
                127 => (
                    10,
                    u64::from_be_bytes(stream[2..10].try_into().unwrap()) as usize,
                ),
                n => (2, n as usize),
            };
            let end = head + len;
            if end > stream.len() {
                break;
            }
            texts.push(stream[head..end].to_vec());
            stream = &stream[end..];
        }
        (texts, stream.len())
    }

    fn text(n: usize, len: usize) -> String {
        format!("{{\"n\":{n},\"pad\":\"{}\"}}", "x".repeat(len))
    }

    #[test]
    fn a_large_text_for_many_outboxes_is_held_once() {
        let big = text(0, 60_000);
        let mut shared = Text::new(&big);
        let mut outboxes: Vec<Outbox> = (0..100).map(|_| Outbox::default()).collect();
        for (i, out) in outboxes.iter_mut().enumerate() {
            match i % 2 {
                0 => out.text(&mut shared),
                _ => out.gather(&mut shared),
            }
        }
        let arc = shared.shared();
        assert_eq!(
            Arc::strong_count(&arc),
            102,
            "one text, 100 outboxes and this"
        );
        for out in &mut outboxes {
            // Each counts it whole (an upper bound of what it holds), and
            // where its frame ends.
            assert_eq!(out.held(), big.len() + out.ends.capacity() * 8);
            let mut stream = Vec::new();
            drain(out, 4096, &mut stream);
            assert_eq!(frames(&stream), (vec![big.clone().into_bytes()], 0));
            assert_eq!(out.held(), 0);
        }
        assert_eq!(Arc::strong_count(&arc), 2);
        // Small texts are copied, not shared.
        let small = text(1, 10);
        let mut small = Text::new(&small);
        Outbox::default().text(&mut small);
        assert!(small.shared.is_none());
    }

    #[test]
    fn gathered_packets_go_as_one_array_or_a_lone_packet_and_frames_keep_their_order() {
        let (a, b, c) = (text(1, 5), text(2, 2000), text(3, 5));
        let mut out = Outbox::default();
        out.gather(&mut Text::new(&a));
        out.gather(&mut Text::new(&b));
        out.gather(&mut Text::new(&c));
        out.frame(&frame::close(1000, "")); // what was gathered goes first
        out.gather(&mut Text::new(&b));
        out.text(&mut Text::new(&a));
        let mut stream = Vec::new();
        drain(&mut out, 7, &mut stream);
        let (texts, rest) = frames(&stream);
        assert_eq!(rest, 0);
        assert_eq!(texts.len(), 4);
        assert_eq!(texts[0], format!("[{a},{b},{c}]").as_bytes());
        assert_eq!(texts[1], 1000u16.to_be_bytes());
        assert_eq!(texts[2], b.as_bytes(), "a lone packet as itself");
        assert_eq!(texts[3], a.as_bytes());
        assert_eq!((out.unsent(), out.held()), (0, 0));
    }

    /// A slow reader's close: the frame being written is finished, what
    /// was not begun is dropped, a close frame can follow.
    #[test]
    fn a_cut_finishes_the_frame_being_written_and_drops_the_rest() {
        let (a, b) = (text(1, 3000), text(2, 100));
        let mut out = Outbox::default();
        out.text(&mut Text::new(&a));
        out.text(&mut Text::new(&b));
        out.gather(&mut Text::new(&b));
        let mut stream = Vec::new();
        // 100 bytes of the first frame go, then the socket blocks.
        let mut budget = 100;
        let done = out.write_with(|slices| {
            if budget == 0 {
                return Err(io::ErrorKind::WouldBlock.into());
            }
            let take = slices[0].len().min(budget);
            stream.extend_from_slice(&slices[0][..take]);
            budget -= take;
            Ok(take)
        });
        assert!(!done.unwrap());
        out.cut();
        out.frame(&frame::close(1008, "slow"));
        drain(&mut out, 1 << 20, &mut stream);
        let (texts, rest) = frames(&stream);
        assert_eq!(rest, 0);
        assert_eq!(texts, [a.as_bytes(), b"\x03\xf0slow"]);

        // Cut between two frames: nothing more of the queue goes.
        let mut out = Outbox::default();
        out.text(&mut Text::new(&b));
        let mut stream = Vec::new();
        drain(&mut out, 1 << 20, &mut stream);
        out.text(&mut Text::new(&a));
        out.cut();
        assert_eq!((out.unsent(), out.held()), (0, 0));
    }

    #[derive(Debug, Clone)]
    enum Step {
        Text(usize),
        Gather(usize),
        Frame,
        Write(usize),
    }

    fn step() -> impl Strategy<Value = Step> {
        let len = prop_oneof![0usize..40, 400usize..700, 60_000usize..70_000];
        prop_oneof![
            len.clone().prop_map(Step::Text),
            len.prop_map(Step::Gather),
            Just(Step::Frame),
            (1usize..5000).prop_map(Step::Write),
        ]
    }

    proptest! {
        /// Whatever is queued, gathered and written in whatever pieces, the
        /// stream holds exactly the frames queued, in order; what the
        /// outbox holds stays within its unsent bytes, the piece being
        /// written and two pieces of its own, and is nothing once all is written.
        #[test]
        fn the_stream_is_the_frames_queued_in_order(steps in proptest::collection::vec(step(), 1..60)) {
            let mut out = Outbox::default();
            let (mut want, mut gathered) = (Vec::<Vec<u8>>::new(), Vec::<String>::new());
            let mut stream = Vec::new();
            let seal = |gathered: &mut Vec<String>, want: &mut Vec<Vec<u8>>| {
                match gathered.len() {
                    0 => {}
                    1 => want.push(gathered.pop().unwrap().into_bytes()),
                    _ => want.push(format!("[{}]", std::mem::take(gathered).join(",")).into_bytes()),
                }
            };
            for (n, s) in steps.into_iter().enumerate() {
                match s {
                    Step::Text(len) => {
                        seal(&mut gathered, &mut want);
                        let t = text(n, len);
                        out.text(&mut Text::new(&t));
                        want.push(t.into_bytes());
                    }
                    Step::Gather(len) => {
                        let t = text(n, len);
                        out.gather(&mut Text::new(&t));
                        gathered.push(t);
                    }
                    Step::Frame => {
                        seal(&mut gathered, &mut want);
                        out.frame(&frame::close(1000, "bye"));
                        want.push(frame::close(1000, "bye")[2..].to_vec());
                    }
                    Step::Write(budget) => {
                        seal(&mut gathered, &mut want);
                        let mut left = budget;
                        let _ = out.write_with(|slices| {
                            if left == 0 {
                                return Err(io::ErrorKind::WouldBlock.into());
                            }
                            let mut n = 0;
                            for s in slices {
                                let take = s.len().min(left - n);
                                stream.extend_from_slice(&s[..take]);
                                n += take;
                                if n == left { break; }
                            }
                            left -= n;
                            Ok(n)
                        });
                    }
                }
                // (The piece being written is held whole.)
                prop_assert!(out.held() <= out.unsent() + out.offset + 2 * OWN_PIECE);
            }
            seal(&mut gathered, &mut want);
            drain(&mut out, 3000, &mut stream);
            prop_assert_eq!(frames(&stream), (want, 0));
            prop_assert_eq!((out.unsent(), out.held()), (0, 0));
        }
    }
}
