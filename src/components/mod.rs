//! Yew components: one per file, thin. They turn DOM events into `Action`s and render
//! what the state says; the decisions live in `core`.

pub mod add_activity;
pub mod alerts;
pub mod app;
pub mod board;
pub mod card;
pub mod card_editor;
pub mod card_menu;
pub mod lane;
pub mod lane_header;
pub mod state;
pub mod toolbar;
