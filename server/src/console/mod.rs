//! The city's console (`/admin`): the admin's home, with what needs
//! attention now. This file re-exports services only; the router names
//! the handlers by their file (`console::pages::…`).

pub mod pages;
pub mod service;
