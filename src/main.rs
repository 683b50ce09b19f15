//! Entry point of the browser build: mounts one Role Lanes app into every element marked
//! `data-role-lanes`, or into `#role-lanes` on the stand-alone page.

/// Talc instead of the default dlmalloc: smaller and faster in WebAssembly.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
fn main() {
    role_lanes::shell::mount::mount_all();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Role Lanes runs in the browser: build it with `trunk serve` (see README.md).");
}
