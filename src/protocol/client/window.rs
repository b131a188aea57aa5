//! The credit a streamed call keeps ahead of its reader: how many chunks,
//! from how large its chunks have been (small chunks get a wide window, so
//! that credit costs a packet per hundreds of them; large ones a narrow
//! one, so that what waits for the reader stays bounded in bytes).

/// The chunks a streamed call grants at first, their size unknown yet, and
/// the fewest it keeps ahead of its reader.
pub const STREAM_WINDOW: u32 = 32;

/// The most chunks a streamed call keeps ahead of its reader: the relay's
/// bound on the credit a caller may have outstanding.
pub const MAX_STREAM_WINDOW: u32 = 1024;

/// The bytes of chunks a streamed call lets wait for its reader, when its
/// chunks are small enough for more than `STREAM_WINDOW` of them to fit:
/// `STREAM_WINDOW` chunks of 64 KiB.
pub const STREAM_BYTES: u32 = STREAM_WINDOW * (64 << 10);

/// One streamed call's credit: granted so far, read so far (both counted
/// modulo 2^32: only their difference, at most `MAX_STREAM_WINDOW`,
/// matters), and the largest chunk since the last grant.
#[derive(Debug)]
pub(super) struct Window {
    granted: u32,
    read: u32,
    largest: u32,
}

impl Default for Window {
    fn default() -> Self {
        Window {
            granted: STREAM_WINDOW,
            read: 0,
            largest: 0,
        }
    }
}

impl Window {
    /// A chunk of about `size` bytes arrived.
    pub(super) fn arrived(&mut self, size: u32) {
        self.largest = self.largest.max(size);
    }

    /// The reader read `n` more chunks: the credit to grant now (0: none,
    /// the window having narrowed), and how many more reads to wait for
    /// before asking again (half the window).
    pub(super) fn read(&mut self, n: u32) -> (u32, u32) {
        self.read = self.read.wrapping_add(n);
        let ahead = (STREAM_BYTES / self.largest.max(1)).clamp(STREAM_WINDOW, MAX_STREAM_WINDOW);
        self.largest = 0;
        let grant = self.read.wrapping_add(ahead).wrapping_sub(self.granted);
        let grant = if (grant as i32) > 0 { grant } else { 0 };
        self.granted = self.granted.wrapping_add(grant);
        (grant, ahead / 2)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_chunks_widen_the_window_and_large_ones_narrow_it() {
        let mut w = Window::default();
        // 100-byte chunks: half the first window read, the window is the
        // widest, granted at once; then asked for every half of it.
        (0..16).for_each(|_| w.arrived(100));
        assert_eq!(w.read(16), (16 + 1024 - 32, 512));
        (0..512).for_each(|_| w.arrived(100));
        assert_eq!(w.read(512), (512, 512));
        // Chunks of 256 KiB: 8 of them fit the bytes, but never fewer than
        // 32 ahead; nothing more is granted until the reader is back
        // within 32 of what was granted.
        (0..512).for_each(|_| w.arrived(256 << 10));
        assert_eq!(w.read(512), (0, 16));
        // Granted 1,552 so far, 1,040 read: nothing until 1,536 are.
        for read in (1056..=1536).step_by(16) {
            w.arrived(256 << 10);
            let want = if read < 1536 { 0 } else { 16 };
            assert_eq!(w.read(16), (want, 16), "at {read} read");
        }
        // 64 KiB chunks keep today's 32.
        let mut w = Window::default();
        (0..16).for_each(|_| w.arrived(64 << 10));
        assert_eq!(w.read(16), (16, 16));
    }

    #[test]
    fn never_more_ahead_than_the_relay_allows() {
        let mut w = Window::default();
        (w.granted, w.read) = (u32::MAX - 40, u32::MAX - 72); // and across 2^32
        for n in [1, 7, 16, 300, 1024, 3] {
            w.arrived(1);
            w.read(n);
            let ahead = w.granted.wrapping_sub(w.read);
            assert!((STREAM_WINDOW..=MAX_STREAM_WINDOW).contains(&ahead));
        }
    }
}
