//! `TrapCell`, the driver's `RefCell`: a borrow that fails (a bug) stops the
//! wasm with a trap instead of panicking with a message, so that no
//! `core::fmt` is linked into the shipped wasm for it.

use core::cell::{Ref, RefCell, RefMut};

pub struct TrapCell<T>(RefCell<T>);

impl<T> TrapCell<T> {
    pub const fn new(value: T) -> Self {
        TrapCell(RefCell::new(value))
    }

    pub fn borrow(&self) -> Ref<'_, T> {
        match self.0.try_borrow() {
            Ok(r) => r,
            Err(_) => trap(),
        }
    }

    pub fn borrow_mut(&self) -> RefMut<'_, T> {
        match self.0.try_borrow_mut() {
            Ok(r) => r,
            Err(_) => trap(),
        }
    }

    pub fn replace(&self, value: T) -> T {
        core::mem::replace(&mut *self.borrow_mut(), value)
    }

    pub fn take(&self) -> T
    where
        T: Default,
    {
        self.replace(T::default())
    }
}

fn trap() -> ! {
    core::arch::wasm32::unreachable()
}
