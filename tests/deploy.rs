//! The shipped nginx config carries the same security headers as `_headers`.

use iuc_asia::bundle::SECURITY_HEADERS;

#[test]
fn nginx_config_sends_every_security_header() {
    let conf = std::fs::read_to_string("deploy/nginx.conf").unwrap();
    for (name, value) in SECURITY_HEADERS {
        let line = format!("add_header {name} \"{value}\" always;");
        assert!(conf.contains(&line), "deploy/nginx.conf lacks: {line}");
    }
    // No location sets its own headers (nginx would then drop the ones above).
    let after_first_location = &conf[conf.find("\n    location").unwrap()..];
    assert!(!after_first_location.contains("add_header"));
}
