//! How a city is organised: its divisions, and the categories its calls offer,
//! each mapped onto the network's shared taxonomy.

pub mod categories;
pub mod category;
pub mod division;
pub mod headcount;
pub mod pages;
pub mod service;

pub use category::NetworkCategory;
