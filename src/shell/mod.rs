//! The thin browser shell: storage, the URL fragment, files, clipboard, pointer dragging,
//! focus and mounting. Everything the pure core cannot do because it needs `window`.

pub mod clipboard;
pub mod deflate;
pub mod dom;
pub mod drag;
pub mod driver;
pub mod events;
pub mod exchange;
pub mod files;
pub mod json;
pub mod link;
pub mod mount;
pub mod storage;
