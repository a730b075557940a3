//! The page's language, read at run time here and nowhere else. Logic
//! takes the language as an argument (`strings::for_lang`, the `format::…_in`
//! functions, `Month::label_in`); the app and its components ask this module
//! for the page's own, which the browser reads from the address and the
//! build sets for each page it renders (`platform::lang`, the seam).

use crate::calendar::Month;
use crate::content::model::PubDate;
use crate::format;
use crate::lang::Lang;
use crate::strings::Ui;
use chrono::NaiveDate;

/// The page's language.
pub fn lang() -> Lang {
    crate::platform::lang()
}

/// The interface text of the page's language.
pub fn ui() -> &'static Ui {
    crate::strings::for_lang(lang())
}

/// "19 October 2020", "October 2020" or "2018", as precise as the source.
pub fn long_date(d: &PubDate) -> String {
    format::long_date_in(lang(), d)
}

/// "Mon 19 Oct 2020".
pub fn day_label(d: NaiveDate) -> String {
    format::day_label_in(lang(), d)
}

/// "October 2020" / "2020年10月".
pub fn month_label(m: Month) -> String {
    m.label_in(lang())
}
