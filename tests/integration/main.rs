//! Integration tests: the real server on an ephemeral port, spoken to over
//! HTTP, on SQLite and on the PostgreSQL at 127.0.0.1:5432 (database `test`),
//! each test in a database or schema of its own.

mod provider;
mod support;

mod accessibility;
mod api;
mod api_admin;
mod api_fuzz;
mod attachments;
mod audit;
mod blind_content;
mod browser;
mod browser_console;
mod browser_editions;
mod calls;
mod challenges;
mod cli;
mod cocreation_figures;
mod cocreation_links;
mod config_file;
mod confirmations;
mod console;
mod decisions;
mod demo;
mod deploy;
mod editions;
mod employee;
mod faults;
mod health;
mod instances;
mod languages;
mod layers;
mod limits;
mod lists;
mod network;
mod operator;
mod people_admin;
mod people_data;
mod projects;
mod proposals;
mod review;
mod roles;
mod settings;
mod sign_in;
mod similar;
mod smtp;
mod statements;
mod teams;
mod tenancy;
mod workspace;
