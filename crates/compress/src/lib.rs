//! Brotli and gzip with plain (non-generic) functions.
//!
//! The brotli encoder is generic over its reader, writer and allocator, so
//! its code is compiled in whichever crate calls it. Called from the site's
//! crate, a debug build (`cargo run`, as the scripts use) compiled the whole
//! encoder unoptimised and quality 11 crawled. Called from here, it is
//! compiled in this crate, which the site's Cargo.toml optimises even in
//! the dev profile (`[profile.dev.package.iuc-asia-compress]`).

use std::io::{Read, Write};

/// `data` compressed with brotli at `quality` (0–11) with a window of
/// 2^`lgwin` bytes (10–24).
pub fn brotli(data: &[u8], quality: i32, lgwin: i32) -> std::io::Result<Vec<u8>> {
    let params = brotli::enc::BrotliEncoderParams {
        quality,
        lgwin,
        size_hint: data.len(),
        ..Default::default()
    };
    let mut out = Vec::new();
    brotli::BrotliCompress(&mut &data[..], &mut out, &params)?;
    Ok(out)
}

/// `data` decompressed from brotli.
pub fn unbrotli(data: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut out = Vec::new();
    brotli::Decompressor::new(data, 4096).read_to_end(&mut out)?;
    Ok(out)
}

/// `data` compressed with gzip at `level` (0–9).
pub fn gzip(data: &[u8], level: u32) -> std::io::Result<Vec<u8>> {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::new(level));
    gz.write_all(data)?;
    gz.finish()
}

#[cfg(test)]
mod tests {
    #[test]
    fn round_trips() {
        let text = "city climate cooperation ".repeat(1000);
        let br = super::brotli(text.as_bytes(), 11, 22).unwrap();
        assert!(br.len() < text.len() / 10);
        assert_eq!(super::unbrotli(&br).unwrap(), text.as_bytes());
        let gz = super::gzip(text.as_bytes(), 9).unwrap();
        let mut back = String::new();
        std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&gz[..]), &mut back)
            .unwrap();
        assert_eq!(back, text);
    }
}
