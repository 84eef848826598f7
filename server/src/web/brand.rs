//! A city's colour and the colours the stylesheet derives from it, each
//! checked for contrast (WCAG 2.1, 1.4.3: at least 4.5:1 for text): the
//! text written on the colour (white or near-black, whichever reads), a
//! link colour dark enough to read on the page, a hover shade that keeps
//! the text on it readable, and a light tint for current items.

/// The page's own colours, as `app.css` sets them in `:root`.
pub const PAGE: Rgb = Rgb(0xf6, 0xf7, 0xf9);
pub const WHITE: Rgb = Rgb(0xff, 0xff, 0xff);
pub const INK: Rgb = Rgb(0x1b, 0x1b, 0x1b);
pub const BLACK: Rgb = Rgb(0, 0, 0);

/// The least contrast text needs (WCAG 2.1 AA, normal text).
pub const TEXT_CONTRAST: f64 = 4.5;

/// A colour of the sRGB space.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#rrggbb` (the only form a city's colour is stored in).
    pub fn parse(hex: &str) -> Option<Self> {
        let digits = hex.strip_prefix('#')?;
        if digits.len() != 6 || !digits.is_ascii() {
            return None;
        }
        let part = |at: usize| u8::from_str_radix(&digits[at..at + 2], 16).ok();
        Some(Self(part(0)?, part(2)?, part(4)?))
    }

    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// Relative luminance (WCAG 2.1).
    pub fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }

    /// The contrast ratio of two colours, from 1 to 21.
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        let (light, dark) = if a > b { (a, b) } else { (b, a) };
        (light + 0.05) / (dark + 0.05)
    }

    /// This colour moved towards `other` by `share` (0 to 1).
    pub fn mix(self, other: Rgb, share: f64) -> Rgb {
        let blend = |a: u8, b: u8| {
            (f64::from(a) + (f64::from(b) - f64::from(a)) * share)
                .round()
                .clamp(0.0, 255.0) as u8
        };
        Rgb(
            blend(self.0, other.0),
            blend(self.1, other.1),
            blend(self.2, other.2),
        )
    }
}

/// The colours of a city's site.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Palette {
    /// The city's colour: the header, primary buttons.
    pub brand: Rgb,
    /// Text on the city's colour.
    pub on_brand: Rgb,
    /// The city's colour on hover, the text on it still readable.
    pub brand_hover: Rgb,
    /// Links and the current item's mark on the page's background.
    pub link: Rgb,
    /// A light tint of the colour, under near-black text.
    pub tint: Rgb,
}

impl Palette {
    pub fn of(brand: Rgb) -> Self {
        // White when it reads, else the page's ink, else black (one of
        // white and black always reaches 4.58:1).
        let on_brand = if brand.contrast(WHITE) >= TEXT_CONTRAST {
            WHITE
        } else if brand.contrast(INK) >= TEXT_CONTRAST {
            INK
        } else if brand.contrast(WHITE) >= brand.contrast(BLACK) {
            WHITE
        } else {
            BLACK
        };
        // Hovering moves away from the text colour, so contrast only grows.
        let brand_hover = if on_brand == WHITE {
            brand.mix(BLACK, 0.2)
        } else {
            brand.mix(WHITE, 0.25)
        };
        // The link: the colour itself when it reads on the page's grey,
        // else darkened step by step until it does (black always does).
        let mut link = brand;
        let mut step = 0;
        while link.contrast(PAGE) < TEXT_CONTRAST && step < 20 {
            step += 1;
            link = brand.mix(BLACK, f64::from(step) * 0.05);
        }
        Self {
            brand,
            on_brand,
            brand_hover,
            link,
            tint: brand.mix(WHITE, 0.9),
        }
    }

    /// The city's stylesheet: the tokens `app.css` uses.
    pub fn css(&self) -> String {
        format!(
            ":root {{ --brand: {}; --on-brand: {}; --brand-hover: {}; --link: {}; --brand-tint: {}; }}\n",
            self.brand.hex(),
            self.on_brand.hex(),
            self.brand_hover.hex(),
            self.link.hex(),
            self.tint.hex()
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn palette(hex: &str) -> Palette {
        Palette::of(Rgb::parse(hex).expect("a colour"))
    }

    #[test]
    fn contrast_is_the_wcag_ratio() {
        assert!((WHITE.contrast(BLACK) - 21.0).abs() < 1e-9);
        assert!((WHITE.contrast(WHITE) - 1.0).abs() < 1e-9);
        // #767676 is the lightest grey that reads on white.
        assert!(Rgb(0x76, 0x76, 0x76).contrast(WHITE) >= 4.5);
        assert!(Rgb(0x77, 0x77, 0x77).contrast(WHITE) < 4.5);
        assert_eq!(Rgb::parse("#1F4e8c"), Some(Rgb(0x1f, 0x4e, 0x8c)));
        assert_eq!(Rgb::parse("1f4e8c"), None);
        assert_eq!(Rgb::parse("#1f4e8"), None);
    }

    /// Every demo city's colour, and colours a city might choose that
    /// are too light for white text or for links: the text on the header,
    /// the text on its hover shade and every link read at 4.5:1 or more.
    #[test]
    fn every_derived_colour_reads() {
        for hex in [
            "#1f4e8c", "#1c3f6e", "#00673c", "#5b2a86", "#0b3d91", "#9b1b30", "#7a4f00", "#ffcc00",
            "#f2f2f2", "#00a1de", "#e30613", "#ffffff", "#000000", "#777777",
        ] {
            let p = palette(hex);
            assert!(
                p.on_brand.contrast(p.brand) >= TEXT_CONTRAST,
                "{hex}: text on the colour reads {:.2}:1",
                p.on_brand.contrast(p.brand)
            );
            assert!(
                p.on_brand.contrast(p.brand_hover) >= p.on_brand.contrast(p.brand),
                "{hex}: hovering lowers the contrast"
            );
            assert!(
                p.link.contrast(PAGE) >= TEXT_CONTRAST && p.link.contrast(WHITE) >= TEXT_CONTRAST,
                "{hex}: its link {} reads {:.2}:1",
                p.link.hex(),
                p.link.contrast(PAGE)
            );
            assert!(
                INK.contrast(p.tint) >= TEXT_CONTRAST,
                "{hex}: text on the tint"
            );
        }
    }

    #[test]
    fn a_dark_colour_is_kept_and_a_light_one_gets_dark_text_and_darker_links() {
        let turin = palette("#1f4e8c");
        assert_eq!(turin.on_brand, WHITE);
        assert_eq!(
            turin.link, turin.brand,
            "a dark colour is its own link colour"
        );
        let yellow = palette("#ffcc00");
        assert_eq!(yellow.on_brand, INK);
        assert_ne!(yellow.link, yellow.brand, "yellow links are darkened");
        assert!(yellow.link.luminance() < yellow.brand.luminance());
    }

    #[test]
    fn the_stylesheet_sets_every_token() {
        let css = palette("#00673c").css();
        for token in [
            "--brand: #00673c;",
            "--on-brand: #ffffff;",
            "--link: #00673c;",
            "--brand-hover:",
            "--brand-tint:",
        ] {
            assert!(css.contains(token), "{token} in {css}");
        }
    }
}
