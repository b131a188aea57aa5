//! The wasm's allocator: blocks in power-of-two size classes, one free
//! list per class, carved from memory the wasm grows by pages. A freed
//! block waits in its class's list for the next allocation of that class;
//! nothing is coalesced or given back (wasm memory never shrinks anyway).
//! A block costs at most twice what was asked; in exchange the allocator
//! is a few hundred bytes of wasm (talc was 1.3 KB, std's dlmalloc 7 KB)
//! and an allocation is a few instructions. The wasm runs on one thread.

use core::alloc::{GlobalAlloc, Layout};
use core::cell::UnsafeCell;
use core::ptr::null_mut;

/// The smallest block holds the free list's link.
const MIN_CLASS: u32 = 3;
const PAGE: usize = 65536;
/// Blocks are aligned to their size, up to this.
const MAX_ALIGN: usize = 16;

pub struct Heap(UnsafeCell<State>);

struct State {
    /// The first free block of each class (its first word links the next).
    free: [usize; 32],
    /// What is left of the pages grown last: `next..end`.
    next: usize,
    end: usize,
}

// One thread: wasm32-unknown-unknown without atomics.
#[cfg(target_feature = "atomics")]
compile_error!("the allocator (client/heap.rs) is for a wasm without threads");
unsafe impl Sync for Heap {}

impl Heap {
    pub const fn new() -> Heap {
        Heap(UnsafeCell::new(State {
            free: [0; 32],
            next: 0,
            end: 0,
        }))
    }
}

/// The class of a layout: log2 of its block's size; `None` for what no
/// block is made for (alignment over `MAX_ALIGN`, which nothing here
/// needs, or a quarter of the address space or more).
fn class(layout: Layout) -> Option<u32> {
    if layout.align() > MAX_ALIGN || layout.size() > usize::MAX / 4 {
        return None;
    }
    let size = layout.size().max(layout.align()).max(1 << MIN_CLASS);
    Some(size.next_power_of_two().trailing_zeros())
}

impl State {
    /// A new block of `1 << class` bytes from the end of memory; null when
    /// memory cannot grow (sums are checked: 4 GiB is the address space).
    fn carve(&mut self, class: u32) -> *mut u8 {
        let size = 1usize << class;
        let align = size.min(MAX_ALIGN);
        let fits = |next: usize, end: usize| {
            let at = next.checked_add(align - 1)? & !(align - 1);
            (at.checked_add(size)? <= end).then_some(at)
        };
        let at = match fits(self.next, self.end) {
            Some(at) => at,
            None => {
                let pages = (size + align).div_ceil(PAGE);
                let old = core::arch::wasm32::memory_grow(0, pages);
                let Some(end) = old.checked_add(pages).and_then(|p| p.checked_mul(PAGE)) else {
                    return null_mut();
                };
                // Memory grows only here: the new pages follow what is left
                // unless something else grew it, then they start afresh.
                if old * PAGE != self.end {
                    self.next = old * PAGE;
                }
                self.end = end;
                match fits(self.next, self.end) {
                    Some(at) => at,
                    None => return null_mut(),
                }
            }
        };
        self.next = at + size;
        at as *mut u8
    }
}

unsafe impl GlobalAlloc for Heap {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let Some(class) = class(layout) else {
            return null_mut();
        };
        // SAFETY: one thread, and no allocation runs inside another.
        let s = unsafe { &mut *self.0.get() };
        let head = s.free[class as usize];
        if head == 0 {
            return s.carve(class);
        }
        // SAFETY: `head` is a free block of this class; its first word is
        // the next free block's address.
        s.free[class as usize] = unsafe { *(head as *const usize) };
        head as *mut u8
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if let Some(class) = class(layout) {
            let s = unsafe { &mut *self.0.get() };
            // SAFETY: `ptr` is a block of this class that is now free.
            unsafe { *(ptr as *mut usize) = s.free[class as usize] };
            s.free[class as usize] = ptr as usize;
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller's layout rules, as `GlobalAlloc::realloc`'s.
        let new = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        let to_class = class(new);
        if to_class.is_some() && to_class == class(layout) {
            return ptr;
        }
        let to = unsafe { self.alloc(new) };
        if !to.is_null() {
            unsafe {
                core::ptr::copy_nonoverlapping(ptr, to, layout.size().min(new_size));
                self.dealloc(ptr, layout);
            }
        }
        to
    }
}
