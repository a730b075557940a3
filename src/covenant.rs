//! Component II logic: the country table and its filter.

use crate::content::model::{Covenant, CovenantCountry};

/// The query key of the country filter, the only one the page reads.
pub const QUERY_KEYS: [&str; 1] = ["country"];

/// The countries to show: all, or the one whose code is `code`. An unknown
/// code shows none, so the page can say so rather than silently show all.
pub fn countries<'a>(c: &'a Covenant, code: Option<&str>) -> Vec<&'a CovenantCountry> {
    match code.map(str::trim).filter(|s| !s.is_empty()) {
        None => c.countries.iter().collect(),
        Some(code) => c
            .countries
            .iter()
            .filter(|k| k.code.eq_ignore_ascii_case(code))
            .collect(),
    }
}

/// What the signatories cell says when no signatory is confirmed.
pub fn no_signatories_text(k: &CovenantCountry) -> String {
    if k.notes.is_empty() {
        "None confirmed".to_string()
    } else {
        format!("None confirmed. {}", k.notes.join(" "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::parse;

    fn shipped() -> Covenant {
        parse(
            "covenant.json",
            include_str!("../tests/fixtures/content/covenant.json"),
        )
        .unwrap()
    }

    #[test]
    fn seven_countries_and_a_filter() {
        let c = shipped();
        let names: Vec<_> = countries(&c, None)
            .iter()
            .map(|k| k.name.as_str())
            .collect();
        assert_eq!(
            names,
            [
                "China",
                "Hong Kong",
                "Indonesia",
                "Malaysia",
                "Singapore",
                "Republic of Korea",
                "Vietnam"
            ]
        );
        let vn = countries(&c, Some("vn"));
        assert_eq!(vn.len(), 1);
        assert_eq!(vn[0].signatories[0].name, "Can Tho");
        assert_eq!(vn[0].signatories[0].date.to_string(), "2019-02");
        assert!(countries(&c, Some("XX")).is_empty());
        assert_eq!(countries(&c, Some(" ")).len(), 7);
    }

    #[test]
    fn empty_cells_say_so() {
        let c = shipped();
        let hk = countries(&c, Some("HK"))[0];
        assert!(no_signatories_text(hk).starts_with("None confirmed. The sources we checked"));
    }
}
