//! The planner's shortcut for steady days (`Ctx`) against the general
//! conversions of `localtime`, day by day, in zones with every kind of
//! change: an hour each way (London, New York), half an hour (Lord Howe),
//! two hours (Troll), a negative summer time (Dublin), changes at midnight
//! (Havana, Beirut, Santiago, São Paulo in 2018), a skipped date (Apia,
//! 2011-12-30), a zone that left DST (Istanbul) and Casablanca's Ramadan
//! changes.

use chrono::{Datelike, Duration, NaiveDate, Offset, TimeZone, Utc};
use chrono_tz::Tz;

use super::Ctx;
use crate::core::localtime;
use crate::core::schedule::WorkingHours;

const ZONES: [Tz; 13] = [
    chrono_tz::Europe::London,
    chrono_tz::America::New_York,
    chrono_tz::Australia::Lord_Howe,
    chrono_tz::Antarctica::Troll,
    chrono_tz::Europe::Dublin,
    chrono_tz::America::Havana,
    chrono_tz::Asia::Beirut,
    chrono_tz::America::Santiago,
    chrono_tz::America::Sao_Paulo,
    chrono_tz::Pacific::Apia,
    chrono_tz::Europe::Istanbul,
    chrono_tz::Africa::Casablanca,
    chrono_tz::UTC,
];

/// Every date of the years that hold the changes named above.
fn dates() -> impl Iterator<Item = NaiveDate> {
    [2011, 2018, 2026].into_iter().flat_map(|y| {
        let first = NaiveDate::from_ymd_opt(y, 1, 1).unwrap();
        (0..366)
            .map(move |d| first + Duration::days(d))
            .filter(move |d| d.year() == y)
    })
}

/// The minutes compared on each date: both midnights, every change hour
/// of the zones above, and ordinary times.
const MINUTES: [u32; 14] = [
    0, 1, 30, 59, 60, 90, 120, 150, 180, 555, 720, 1380, 1439, 1440,
];

#[test]
fn times_on_steady_days_are_the_general_conversions() {
    let working = WorkingHours::default();
    let mut steady_days = 0;
    for tz in ZONES {
        let ctx = Ctx::new(&tz, &working, chrono::Weekday::Mon);
        for date in dates() {
            steady_days += usize::from(ctx.steady(date).is_some());
            for m in MINUTES {
                assert_eq!(
                    ctx.at_minute(date, m),
                    localtime::at_minute(&tz, date, m).with_timezone(&Utc),
                    "at_minute {tz} {date} {m}"
                );
                assert_eq!(
                    ctx.first_at_minute(date, m),
                    localtime::first_at_minute(&tz, date, m).map(|t| t.with_timezone(&Utc)),
                    "first_at_minute {tz} {date} {m}"
                );
            }
            for (start, end) in [(0, 1440), (0, 60), (60, 180), (540, 1020), (1380, 1440)] {
                assert_eq!(
                    ctx.stretches(date, start, end).collect::<Vec<_>>(),
                    localtime::stretches(&tz, date, start, end),
                    "stretches {tz} {date} {start}-{end}"
                );
            }
        }
    }
    // The shortcut is taken on nearly every date (else this proves little).
    let all = ZONES.len() * dates().count();
    assert!(steady_days > all * 9 / 10, "{steady_days} of {all}");
    assert!(steady_days < all, "every day steady: no change was met");
}

/// Every hour, and a second before it, of the years `dates` covers.
fn instants() -> impl Iterator<Item = chrono::DateTime<Utc>> {
    [2011, 2018, 2026].into_iter().flat_map(|y| {
        let start = Utc.with_ymd_and_hms(y, 1, 1, 0, 0, 0).unwrap();
        (0..366 * 24).flat_map(move |step| {
            let t = start + Duration::hours(step);
            [t - Duration::seconds(1), t]
        })
    })
}

#[test]
fn every_instant_has_its_date() {
    let working = WorkingHours::default();
    for tz in ZONES {
        let ctx = Ctx::new(&tz, &working, chrono::Weekday::Mon);
        for t in instants() {
            assert_eq!(
                ctx.date_of(t),
                t.with_timezone(&tz).date_naive(),
                "{tz} {t}"
            );
        }
    }
}

#[test]
fn every_instant_reads_as_the_zone_reads_it() {
    let working = WorkingHours::default();
    for tz in ZONES {
        let ctx = Ctx::new(&tz, &working, chrono::Weekday::Mon);
        for t in instants() {
            let local = ctx.local(t);
            let expected = t.with_timezone(&tz);
            assert_eq!(local, expected, "{tz} {t}");
            // The same offset and zone name (`Ctx::local`).
            assert_eq!(local.offset().fix(), expected.offset().fix(), "{tz} {t}");
            assert_eq!(local.to_rfc2822(), expected.to_rfc2822(), "{tz} {t}");
            assert_eq!(
                local.format("%Z").to_string(),
                expected.format("%Z").to_string(),
                "{tz} {t}"
            );
        }
    }
}
