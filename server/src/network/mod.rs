//! The network's view: KPIs per city, call and year, computed in the
//! database and cached per city; dashboards with server-drawn charts for
//! coordinators and for each city against the network; CSV and JSON
//! exports; and the privacy rule for anyone outside a city.

pub mod cache;
pub mod chart;
pub mod kpis;
pub mod pages;
pub mod published;
pub mod xlsx;
