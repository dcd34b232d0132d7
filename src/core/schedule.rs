//! When an exercise is prompted: rules, the days and hours they apply to, and
//! the user's working hours.
//!
//! Times of day are minutes since local midnight (0..=1440, where 1440 is the
//! end of the day), so "09:00-17:30" is `540..1050`. Turning them into instants
//! on a given date is `localtime`'s job, which knows about DST. A range of
//! hours means the times the clock shows: on the night the clocks go back it
//! can be open twice that day and shut in between (`localtime::stretches`).

use std::fmt;
use std::str::FromStr;

use chrono::{NaiveTime, Timelike, Weekday};

use super::quote::quote;

/// What makes an exercise due.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Trigger {
    /// After this many minutes of sitting (active computer time). Time away
    /// from the desk of at least the idle threshold starts the count again.
    EverySitting { minutes: u32 },
    /// On the clock: every `minutes`, at `at_minute` past each slot counted
    /// from local midnight (every 60 at 50 is 09:50, 10:50, ...).
    EveryClock { minutes: u32, at_minute: u32 },
    /// At fixed local times of day.
    AtTimes { times: Vec<NaiveTime> },
    /// A weekly target in minutes: checked once a day at `check_at`, a nudge
    /// when the week is behind pace.
    WeeklyTarget { minutes: u32, check_at: NaiveTime },
}

/// The days a rule applies on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Days {
    /// The days that have working hours.
    Working,
    /// These weekdays only.
    Only(WeekdaySet),
}

/// The hours of the day a rule applies in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Hours {
    /// The working hours of that weekday.
    Working,
    /// The whole day.
    AnyTime,
    /// These ranges, on every day of the rule.
    Ranges(Vec<TimeRange>),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rule {
    pub trigger: Trigger,
    pub days: Days,
    pub hours: Hours,
}

impl Rule {
    /// The ranges of the day on which the rule applies on `weekday` (empty
    /// when it does not apply that day).
    pub fn ranges_on<'a>(&'a self, working: &'a WorkingHours, weekday: Weekday) -> &'a [TimeRange] {
        let day_on = match &self.days {
            Days::Working => !working.on(weekday).is_empty(),
            Days::Only(set) => set.contains(weekday),
        };
        if !day_on {
            return &[];
        }
        match &self.hours {
            Hours::Working => working.on(weekday),
            Hours::AnyTime => std::slice::from_ref(&WHOLE_DAY),
            Hours::Ranges(r) => r,
        }
    }

    /// The rule in a few words, for lists and previews.
    pub fn describe(&self) -> String {
        let what = match &self.trigger {
            Trigger::EverySitting { minutes } => {
                crate::t!("rule-every-sitting", span = minutes_words(*minutes))
            }
            Trigger::EveryClock { minutes, at_minute } => {
                if *minutes == 60 {
                    crate::t!("rule-every-hour-at", minute = format!("{at_minute:02}"))
                } else {
                    let time = chrono::NaiveTime::from_hms_opt(at_minute / 60, at_minute % 60, 0)
                        .map(|t| crate::i18n::format::time(&t))
                        .unwrap_or_else(|| hhmm(*at_minute));
                    crate::t!(
                        "rule-every-clock",
                        span = minutes_words(*minutes),
                        time = time
                    )
                }
            }
            Trigger::AtTimes { times } => {
                let list: Vec<String> = times.iter().map(crate::i18n::format::time).collect();
                crate::t!("rule-at-times", times = list.join(", "))
            }
            Trigger::WeeklyTarget { minutes, check_at } => crate::t!(
                "rule-weekly-target",
                minutes = *minutes,
                time = crate::i18n::format::time(check_at)
            ),
        };
        let what = match &self.days {
            Days::Working => what,
            Days::Only(set) => crate::t!("rule-on-days", rule = what, days = set.to_string()),
        };
        match &self.hours {
            Hours::Working => what,
            Hours::AnyTime => crate::t!("rule-any-time", rule = what),
            Hours::Ranges(r) => crate::t!(
                "rule-in-ranges",
                rule = what,
                ranges = r
                    .iter()
                    .map(|r| r.to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        }
    }
}

fn minutes_words(m: u32) -> String {
    match m {
        60 => crate::t!("span-hour"),
        m if m % 60 == 0 => crate::t!("span-hours", hours = m / 60),
        m => crate::t!("span-minutes", minutes = m),
    }
}

fn hhmm(minute_of_day: u32) -> String {
    format!("{:02}:{:02}", minute_of_day / 60, minute_of_day % 60)
}

const WHOLE_DAY: TimeRange = TimeRange {
    start: 0,
    end: 1440,
};

/// A range of the day, `start` inclusive, `end` exclusive, in minutes since
/// local midnight. `end` may be 1440 (written "24:00").
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct TimeRange {
    pub start: u32,
    pub end: u32,
}

impl TimeRange {
    pub fn new(start: u32, end: u32) -> Result<Self, String> {
        if end > 1440 || start >= 1440 {
            return Err(format!(
                "{}-{} goes past the end of the day",
                hhmm(start),
                hhmm(end)
            ));
        }
        if end <= start {
            return Err(format!(
                "end {} is not after start {} (split a range that crosses midnight in two)",
                hhmm(end),
                hhmm(start)
            ));
        }
        Ok(TimeRange { start, end })
    }

    pub fn contains_minute(&self, minute_of_day: u32) -> bool {
        (self.start..self.end).contains(&minute_of_day)
    }

    pub fn minutes(&self) -> u32 {
        self.end - self.start
    }
}

impl fmt::Display for TimeRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", hhmm(self.start), hhmm(self.end))
    }
}

/// Parses "HH:MM" into minutes since midnight; "24:00" only when `allow_end`.
pub fn parse_clock(text: &str, allow_end: bool) -> Result<u32, String> {
    let bad = || {
        format!(
            "{} is not a time of day (write HH:MM, e.g. 09:30)",
            quote(text)
        )
    };
    let (h, m) = text.trim().split_once(':').ok_or_else(bad)?;
    let (h, m): (u32, u32) = (h.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?);
    if m.to_string().len() > 2 || m >= 60 || h > 24 || (h == 24 && (m != 0 || !allow_end)) {
        return Err(bad());
    }
    Ok(h * 60 + m)
}

pub fn parse_time(text: &str) -> Result<NaiveTime, String> {
    let m = parse_clock(text, false)?;
    Ok(NaiveTime::from_hms_opt(m / 60, m % 60, 0).expect("checked by parse_clock"))
}

pub fn minute_of(t: NaiveTime) -> u32 {
    t.hour() * 60 + t.minute()
}

impl FromStr for TimeRange {
    type Err = String;
    fn from_str(text: &str) -> Result<Self, String> {
        let (a, b) = text.split_once('-').ok_or_else(|| {
            format!(
                "{} is not a range of hours (write e.g. 09:00-12:30)",
                quote(text)
            )
        })?;
        TimeRange::new(parse_clock(a, false)?, parse_clock(b, true)?)
    }
}

/// A set of weekdays.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WeekdaySet(u8);

impl WeekdaySet {
    pub const WEEKDAYS: WeekdaySet = WeekdaySet(0b0011111);
    pub const ALL: WeekdaySet = WeekdaySet(0b1111111);

    pub fn contains(&self, day: Weekday) -> bool {
        self.0 & (1 << day.num_days_from_monday()) != 0
    }
    pub fn insert(&mut self, day: Weekday) {
        self.0 |= 1 << day.num_days_from_monday();
    }
    pub fn is_empty(&self) -> bool {
        self.0 == 0
    }
    pub fn iter(&self) -> impl Iterator<Item = Weekday> + '_ {
        ALL_DAYS.into_iter().filter(|d| self.contains(*d))
    }
}

impl FromIterator<Weekday> for WeekdaySet {
    fn from_iter<I: IntoIterator<Item = Weekday>>(iter: I) -> Self {
        let mut set = WeekdaySet::default();
        for d in iter {
            set.insert(d);
        }
        set
    }
}

impl fmt::Display for WeekdaySet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if *self == WeekdaySet::ALL {
            return f.write_str(&crate::t!("days-every-day"));
        }
        if *self == WeekdaySet::WEEKDAYS {
            return f.write_str(&crate::t!("days-weekdays"));
        }
        let names: Vec<String> = self.iter().map(crate::i18n::format::weekday_name).collect();
        f.write_str(&names.join(", "))
    }
}

pub const ALL_DAYS: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

pub fn short_name(day: Weekday) -> &'static str {
    ["mon", "tue", "wed", "thu", "fri", "sat", "sun"][day.num_days_from_monday() as usize]
}

pub fn parse_weekday(text: &str) -> Result<Weekday, String> {
    const FULL: [&str; 7] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    let t = text.trim().to_ascii_lowercase();
    FULL.iter()
        .position(|full| t.len() >= 3 && full.starts_with(&t))
        .map(|i| ALL_DAYS[i])
        .ok_or_else(|| {
            format!(
                "{} is not a weekday (write mon, tue, wed, thu, fri, sat or sun)",
                quote(text)
            )
        })
}

/// The user's working hours: for each weekday, zero or more ranges.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WorkingHours {
    days: [Vec<TimeRange>; 7],
}

impl WorkingHours {
    pub fn new(days: [Vec<TimeRange>; 7]) -> Result<Self, String> {
        let mut days = days;
        for (i, ranges) in days.iter_mut().enumerate() {
            ranges.sort();
            for pair in ranges.windows(2) {
                if pair[1].start < pair[0].end {
                    return Err(format!(
                        "{}: {} overlaps {}",
                        short_name(ALL_DAYS[i]),
                        pair[0],
                        pair[1]
                    ));
                }
            }
        }
        Ok(WorkingHours { days })
    }

    pub fn on(&self, day: Weekday) -> &[TimeRange] {
        &self.days[day.num_days_from_monday() as usize]
    }

    pub fn working_days(&self) -> WeekdaySet {
        ALL_DAYS
            .into_iter()
            .filter(|d| !self.on(*d).is_empty())
            .collect()
    }
}

impl Default for WorkingHours {
    /// Monday to Friday, 09:00-17:30.
    fn default() -> Self {
        let work = vec![TimeRange {
            start: 9 * 60,
            end: 17 * 60 + 30,
        }];
        WorkingHours {
            days: [
                work.clone(),
                work.clone(),
                work.clone(),
                work.clone(),
                work,
                vec![],
                vec![],
            ],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_parse_and_reject_with_reasons() {
        assert_eq!(
            "09:00-12:30".parse(),
            Ok(TimeRange {
                start: 540,
                end: 750
            })
        );
        assert_eq!(
            "00:00-24:00".parse(),
            Ok(TimeRange {
                start: 0,
                end: 1440
            })
        );
        let err = "09:00-08:00".parse::<TimeRange>().unwrap_err();
        assert!(err.contains("end 08:00 is not after start 09:00"), "{err}");
        assert!("9-17".parse::<TimeRange>().is_err());
        assert!("09:60-10:00".parse::<TimeRange>().is_err());
        assert!("24:00-24:00".parse::<TimeRange>().is_err());
        assert!("09:00-25:00".parse::<TimeRange>().is_err());
    }

    #[test]
    fn overlapping_working_hours_are_refused() {
        let r = |s: &str| s.parse::<TimeRange>().unwrap();
        let mut days: [Vec<TimeRange>; 7] = Default::default();
        days[0] = vec![r("13:00-17:00"), r("09:00-13:30")];
        let err = WorkingHours::new(days).unwrap_err();
        assert!(
            err.contains("mon: 09:00-13:30 overlaps 13:00-17:00"),
            "{err}"
        );
    }

    #[test]
    fn weekday_names() {
        assert_eq!(parse_weekday("Mon"), Ok(Weekday::Mon));
        assert_eq!(parse_weekday("thursday"), Ok(Weekday::Thu));
        assert_eq!(parse_weekday("tues"), Ok(Weekday::Tue));
        assert!(parse_weekday("funday").is_err());
        assert!(parse_weekday("m").is_err());
    }

    #[test]
    fn rules_describe_themselves() {
        let rule = Rule {
            trigger: Trigger::EveryClock {
                minutes: 60,
                at_minute: 50,
            },
            days: Days::Only([Weekday::Mon, Weekday::Wed].into_iter().collect()),
            hours: Hours::Working,
        };
        assert_eq!(rule.describe(), "every hour at :50 on Mon, Wed");
        let rule = Rule {
            trigger: Trigger::EverySitting { minutes: 90 },
            days: Days::Working,
            hours: Hours::Ranges(vec!["09:00-12:00".parse().unwrap()]),
        };
        assert_eq!(rule.describe(), "every 90 min of sitting, 09:00-12:00");
    }

    #[test]
    fn a_rule_applies_on_its_days_and_hours() {
        let working = WorkingHours::default();
        let rule = Rule {
            trigger: Trigger::EverySitting { minutes: 60 },
            days: Days::Working,
            hours: Hours::Working,
        };
        assert_eq!(rule.ranges_on(&working, Weekday::Tue).len(), 1);
        assert!(rule.ranges_on(&working, Weekday::Sat).is_empty());
        let weekend = Rule {
            days: Days::Only([Weekday::Sat].into_iter().collect()),
            hours: Hours::AnyTime,
            ..rule
        };
        assert_eq!(weekend.ranges_on(&working, Weekday::Sat), &[WHOLE_DAY]);
        assert!(weekend.ranges_on(&working, Weekday::Mon).is_empty());
    }
}
