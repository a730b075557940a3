//! Small, thin components shared by the pages.

pub mod cards;
pub mod follow;
pub mod heading;
pub mod layout;
pub mod link;
pub mod meta;
pub mod pager;
pub mod rich;
pub mod status;
pub mod time;
