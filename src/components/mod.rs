//! Yew components, one per file, thin. They turn DOM events into `app::Msg`s and draw what
//! the app state says; the decisions live in `app` and `core`.

pub mod activity_fields;
pub mod activity_form;
pub mod alerts;
pub mod app;
pub mod board;
pub mod card;
pub mod card_menu;
pub mod context;
pub mod exchange_menu;
pub mod health_summary;
pub mod lane;
pub mod lane_header;
pub mod library_bar;
pub mod matrix;
pub mod practices;
pub mod share_panel;
pub mod toolbar;
pub mod view_bar;
pub mod visit_banner;
pub mod warning_badge;
pub mod warning_item;
pub mod warnings_panel;
