//! Route paths: which section a path belongs to, paths under a public URL,
//! and query values in URLs.

/// The route part of a browser path: "/iuc-asia/news/x" under base
/// "/iuc-asia/" is "/news/x".
pub fn strip_base(pathname: &str, base: &str) -> String {
    let base = base.trim_end_matches('/');
    let p = pathname
        .strip_prefix(base)
        .filter(|rest| rest.is_empty() || rest.starts_with('/'))
        .unwrap_or(pathname);
    if p.is_empty() {
        "/".to_string()
    } else {
        p.to_string()
    }
}

/// Is the visitor at `current` in the section `href`? "/" only on the
/// homepage; "/news" on "/news" and "/news/…".
pub fn in_section(current: &str, href: &str) -> bool {
    if href == "/" {
        current == "/"
    } else {
        current == href || current.starts_with(&format!("{href}/"))
    }
}

/// Percent-encodes a query value (RFC 3986 unreserved characters pass).
pub fn encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections() {
        assert!(in_section("/", "/"));
        assert!(!in_section("/news", "/"));
        assert!(in_section("/news", "/news"));
        assert!(in_section("/news/a-b", "/news"));
        assert!(!in_section("/newsletter", "/news"));
    }

    #[test]
    fn bases() {
        assert_eq!(strip_base("/iuc-asia/news/x", "/iuc-asia/"), "/news/x");
        assert_eq!(strip_base("/iuc-asia", "/iuc-asia/"), "/");
        assert_eq!(strip_base("/iuc-asia/", "/iuc-asia/"), "/");
        assert_eq!(
            strip_base("/iuc-asia-old/x", "/iuc-asia/"),
            "/iuc-asia-old/x"
        );
        assert_eq!(strip_base("/news", "/"), "/news");
    }
}
