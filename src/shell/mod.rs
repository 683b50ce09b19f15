//! The thin browser shell: storage, pointer dragging, focus and mounting. Everything the
//! pure core cannot do because it needs `window`.

pub mod dom;
pub mod drag;
pub mod mount;
pub mod storage;
