//! Component I logic: filtering pairings and laying out the map.

use crate::content::model::{City, Cooperation, Pairing};
use std::collections::BTreeSet;

/// The pairing filters, as they appear in the URL query.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PairingFilter {
    pub round: Option<u16>,
    pub theme: Option<String>,
    /// A country code; matches a pairing with any city in that country.
    pub country: Option<String>,
    /// A city id; matches pairings that include the city.
    pub city: Option<String>,
}

impl PairingFilter {
    /// The query keys `from_query` reads.
    pub const KEYS: [&'static str; 4] = ["round", "theme", "country", "city"];

    /// Reads `round`, `theme`, `country` and `city`; empty values mean "any".
    pub fn from_query(get: impl Fn(&str) -> Option<String>) -> Self {
        let val = |k: &str| {
            get(k)
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
        };
        PairingFilter {
            round: val("round").and_then(|r| r.parse().ok()),
            theme: val("theme"),
            country: val("country"),
            city: val("city"),
        }
    }

    pub fn is_empty(&self) -> bool {
        *self == PairingFilter::default()
    }

    /// The address's `round` when it is set but is not a round number
    /// (`-1`, `abc`, a number too large for one): the filter ignores it,
    /// and the page says so rather than silently showing every pairing
    /// (T19), as the calendar does for its values.
    pub fn unreadable_round(get: impl Fn(&str) -> Option<String>) -> Option<String> {
        get("round")
            .map(|r| r.trim().to_string())
            .filter(|r| !r.is_empty() && r.parse::<u16>().is_err())
    }

    /// The query string for this filter ("" when no filter is set).
    pub fn to_query(&self) -> String {
        let mut parts = Vec::new();
        if let Some(r) = self.round {
            parts.push(format!("round={r}"));
        }
        for (k, v) in [
            ("theme", &self.theme),
            ("country", &self.country),
            ("city", &self.city),
        ] {
            if let Some(v) = v {
                parts.push(format!("{k}={}", crate::routes::encode(v)));
            }
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }

    pub fn matches(&self, c: &Cooperation, p: &Pairing) -> bool {
        let cities = || p.chinese_cities.iter().chain(&p.eu_cities);
        self.round.is_none_or(|r| p.round == r)
            && self
                .theme
                .as_ref()
                .is_none_or(|t| p.themes.iter().any(|x| x == t))
            && self
                .city
                .as_ref()
                .is_none_or(|id| cities().any(|x| x == id))
            && self.country.as_ref().is_none_or(|code| {
                cities().any(|id| {
                    c.cities
                        .iter()
                        .any(|city| &city.id == id && &city.country == code)
                })
            })
    }
}

pub fn filter<'a>(c: &'a Cooperation, f: &PairingFilter) -> Vec<&'a Pairing> {
    c.pairings.iter().filter(|p| f.matches(c, p)).collect()
}

/// The choices each filter offers, from the content itself.
pub struct FilterOptions {
    pub rounds: Vec<u16>,
    pub themes: Vec<String>,
    /// (code, name), only countries that have a paired city.
    pub countries: Vec<(String, String)>,
}

/// The filters' choices. The countries keep the order of `c.countries`: by
/// name, once the build has put them so (`Cooperation::put_in_display_order`).
pub fn options(c: &Cooperation) -> FilterOptions {
    let rounds: BTreeSet<u16> = c.pairings.iter().map(|p| p.round).collect();
    let themes: BTreeSet<String> = c
        .pairings
        .iter()
        .flat_map(|p| p.themes.iter().cloned())
        .collect();
    let used: BTreeSet<&str> = c
        .pairings
        .iter()
        .flat_map(|p| p.chinese_cities.iter().chain(&p.eu_cities))
        .filter_map(|id| c.cities.iter().find(|x| &x.id == id))
        .map(|city| city.country.as_str())
        .collect();
    let countries: Vec<(String, String)> = c
        .countries
        .iter()
        .filter(|k| used.contains(k.code.as_str()))
        .map(|k| (k.code.clone(), k.name.clone()))
        .collect();
    FilterOptions {
        rounds: rounds.into_iter().collect(),
        themes: themes.into_iter().collect(),
        countries,
    }
}

/// The map's drawing area, in SVG units.
pub const MAP_W: f64 = 1000.0;
pub const MAP_H: f64 = 440.0;
/// The part of the globe the map shows (longitude, latitude).
const LON: (f64, f64) = (-12.0, 132.0);
const LAT: (f64, f64) = (16.0, 58.0);

/// Equirectangular projection onto the map area; good enough for a
/// diagram of who is paired with whom, and needs no map tiles.
pub fn project(lat: f64, lon: f64) -> (f64, f64) {
    let x = (lon - LON.0) / (LON.1 - LON.0) * MAP_W;
    let y = (LAT.1 - lat) / (LAT.1 - LAT.0) * MAP_H;
    (x.clamp(0.0, MAP_W), y.clamp(0.0, MAP_H))
}

/// One line on the map between two partner cities.
#[derive(Debug, PartialEq)]
pub struct Link<'a> {
    pub from: &'a City,
    pub to: &'a City,
}

/// Every Chinese–European city pair the given pairings join, once each.
pub fn links<'a>(c: &'a Cooperation, pairings: &[&'a Pairing]) -> Vec<Link<'a>> {
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for p in pairings {
        for cn in &p.chinese_cities {
            for eu in &p.eu_cities {
                if !seen.insert((cn.as_str(), eu.as_str())) {
                    continue;
                }
                let city = |id: &str| c.cities.iter().find(|x| x.id == id);
                if let (Some(from), Some(to)) = (city(cn), city(eu)) {
                    out.push(Link { from, to });
                }
            }
        }
    }
    out
}

/// The cities that appear in the given pairings, each once, in content order.
pub fn cities_in<'a>(c: &'a Cooperation, pairings: &[&Pairing]) -> Vec<&'a City> {
    c.cities
        .iter()
        .filter(|city| {
            pairings
                .iter()
                .any(|p| p.chinese_cities.contains(&city.id) || p.eu_cities.contains(&city.id))
        })
        .collect()
}

/// The partner cities of `city` across the given pairings.
pub fn partners<'a>(c: &'a Cooperation, pairings: &[&Pairing], city: &str) -> Vec<&'a City> {
    let mut ids = BTreeSet::new();
    for p in pairings {
        if p.chinese_cities.iter().any(|x| x == city) {
            ids.extend(p.eu_cities.iter().cloned());
        } else if p.eu_cities.iter().any(|x| x == city) {
            ids.extend(p.chinese_cities.iter().cloned());
        }
    }
    c.cities.iter().filter(|x| ids.contains(&x.id)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::parse;

    fn shipped() -> Cooperation {
        let mut c: Cooperation = parse(
            "cooperation.json",
            include_str!("../tests/fixtures/content/cooperation.json"),
        )
        .unwrap();
        c.put_in_display_order();
        c
    }

    fn slugs(v: &[&Pairing]) -> Vec<String> {
        v.iter().map(|p| p.slug.clone()).collect()
    }

    #[test]
    fn filters_combine() {
        let c = shipped();
        assert_eq!(
            filter(&c, &PairingFilter::default()).len(),
            c.pairings.len()
        );
        let f = PairingFilter {
            round: Some(2018),
            ..Default::default()
        };
        assert_eq!(
            slugs(&filter(&c, &f)),
            ["haikou-nice", "yantai-rome", "liuzhou-barnsley"]
        );
        let f = PairingFilter {
            country: Some("IT".into()),
            ..Default::default()
        };
        assert_eq!(
            slugs(&filter(&c, &f)),
            [
                "zhengzhou-agioi-anargyroi-kamatero-malaga",
                "yantai-rome",
                "guangzhou-bologna",
                "chengdu-liuzhou-smart-city-cluster"
            ]
        );
        let f = PairingFilter {
            country: Some("IT".into()),
            round: Some(2019),
            theme: Some("mobility".into()),
            city: None,
        };
        assert_eq!(slugs(&filter(&c, &f)), ["guangzhou-bologna"]);
        let f = PairingFilter {
            city: Some("mannheim".into()),
            ..Default::default()
        };
        assert_eq!(
            slugs(&filter(&c, &f)),
            ["longyan-mannheim-prague", "chongqing-mannheim"]
        );
        let f = PairingFilter {
            round: Some(2017),
            country: Some("GB".into()),
            ..Default::default()
        };
        assert!(filter(&c, &f).is_empty());
    }

    #[test]
    fn query_round_trip() {
        let f = PairingFilter {
            round: Some(2019),
            theme: Some("smart city & energy".into()),
            country: Some("IT".into()),
            city: None,
        };
        assert_eq!(
            f.to_query(),
            "?round=2019&theme=smart%20city%20%26%20energy&country=IT"
        );
        let q = |k: &str| match k {
            "round" => Some("2019".to_string()),
            "theme" => Some("smart city & energy".to_string()),
            "country" => Some("IT".to_string()),
            "city" => Some("  ".to_string()),
            _ => None,
        };
        assert_eq!(PairingFilter::from_query(q), f);
        assert_eq!(PairingFilter::default().to_query(), "");
        assert_eq!(
            PairingFilter::from_query(|k| (k == "round").then(|| "abc".to_string())),
            PairingFilter::default()
        );
        let round = |v: &str| {
            let v = v.to_string();
            PairingFilter::unreadable_round(move |k| (k == "round").then(|| v.clone()))
        };
        assert_eq!(round("-1").as_deref(), Some("-1"));
        assert_eq!(
            round("99999999999999999999999").as_deref(),
            Some("99999999999999999999999")
        );
        assert_eq!(round("2019"), None);
        assert_eq!(round(" "), None);
    }

    #[test]
    fn the_build_puts_milestones_by_date_and_countries_by_name() {
        let mut c = shipped();
        let with_two = c
            .pairings
            .iter()
            .position(|p| p.milestones.len() > 1)
            .unwrap();
        c.pairings[with_two].milestones.reverse();
        c.countries.reverse();
        let dates = |c: &Cooperation| -> Vec<_> {
            c.pairings[with_two]
                .milestones
                .iter()
                .map(|m| m.date.sort_key())
                .collect()
        };
        assert!(!dates(&c).is_sorted());
        c.put_in_display_order();
        assert!(dates(&c).is_sorted());
        assert!(c.countries.is_sorted_by(|a, b| a.name <= b.name));
        // The checked content, which the pages and the browser's files are
        // made from, is in that order.
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        let (set, problems) = crate::content::check::ContentSet::check(&dir.join("content"), &dir);
        assert_eq!(problems, []);
        let checked = set.cooperation.unwrap().value;
        let mut ordered = checked.clone();
        ordered.put_in_display_order();
        assert_eq!(checked, ordered);
    }

    #[test]
    fn options_come_from_content() {
        let o = options(&shipped());
        assert_eq!(o.rounds, [2017, 2018, 2019]);
        assert!(o.themes.contains(&"rail freight".to_string()));
        let names: Vec<_> = o.countries.iter().map(|c| c.1.as_str()).collect();
        assert_eq!(
            names,
            [
                "China",
                "Czechia",
                "France",
                "Germany",
                "Greece",
                "Italy",
                "Spain",
                "United Kingdom"
            ]
        );
    }

    #[test]
    fn projection_keeps_cities_on_the_map_and_in_place() {
        let (bx, by) = project(39.9, 116.4); // Beijing
        let (mx, my) = project(40.4, -3.7); // Madrid
        assert!(bx > mx && (by - my).abs() < 10.0);
        for city in shipped().cities {
            let (x, y) = project(city.lat, city.lon);
            assert!(
                x > 0.0 && x < MAP_W && y > 0.0 && y < MAP_H,
                "{} is off the map",
                city.name
            );
        }
    }

    #[test]
    fn links_and_partners() {
        let c = shipped();
        let all = filter(&c, &PairingFilter::default());
        let l = links(&c, &all);
        // Liuzhou–Barnsley and the cluster's Liuzhou links are distinct; no duplicates.
        let mut keys: Vec<_> = l
            .iter()
            .map(|k| (k.from.id.clone(), k.to.id.clone()))
            .collect();
        let n = keys.len();
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), n);
        let rome: Vec<_> = partners(&c, &all, "rome")
            .iter()
            .map(|x| x.name.clone())
            .collect();
        assert_eq!(rome, ["Zhengzhou", "Yantai", "Liuzhou", "Chengdu"]);
        assert_eq!(cities_in(&c, &all).len(), c.cities.len());
    }
}
