//! WCAG 2 contrast: relative luminance of sRGB colours and the ratio
//! between two, so the themes can be checked against AA (4.5:1 for text,
//! 3:1 for the edges of controls) from their actual colours.

use egui::Color32;

/// WCAG relative luminance of an opaque sRGB colour, 0 (black) to 1 (white).
pub fn luminance(c: Color32) -> f64 {
    fn channel(v: u8) -> f64 {
        let v = f64::from(v) / 255.0;
        if v <= 0.040_45 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    }
    0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b())
}

/// `fg` painted over the opaque `bg`: what the eye gets from a colour with
/// alpha (egui's colours are premultiplied).
pub fn over(fg: Color32, bg: Color32) -> Color32 {
    let a = f32::from(fg.a()) / 255.0;
    let mix = |f: u8, b: u8| (f32::from(f) + f32::from(b) * (1.0 - a)).round().min(255.0) as u8;
    Color32::from_rgb(
        mix(fg.r(), bg.r()),
        mix(fg.g(), bg.g()),
        mix(fg.b(), bg.b()),
    )
}

/// The contrast ratio of `fg` on `bg`, 1 to 21.
pub fn ratio(fg: Color32, bg: Color32) -> f64 {
    let bg = over(bg, Color32::BLACK);
    let (a, b) = (luminance(over(fg, bg)), luminance(bg));
    (a.max(b) + 0.05) / (a.min(b) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratios_match_the_wcag_examples() {
        assert!((ratio(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 1e-9);
        assert!((ratio(Color32::WHITE, Color32::WHITE) - 1.0).abs() < 1e-9);
        // #767676 on white is the classic just-passing grey: 4.54:1.
        let grey = Color32::from_gray(0x76);
        assert!((ratio(grey, Color32::WHITE) - 4.54).abs() < 0.01);
        // Order does not matter.
        assert_eq!(ratio(Color32::WHITE, grey), ratio(grey, Color32::WHITE));
    }

    #[test]
    fn a_translucent_colour_counts_as_what_it_shows_over_its_background() {
        let half_black = Color32::from_black_alpha(128);
        let seen = over(half_black, Color32::WHITE);
        assert_eq!(seen, Color32::from_gray(127));
        assert!(ratio(half_black, Color32::WHITE) < 4.5);
    }
}
