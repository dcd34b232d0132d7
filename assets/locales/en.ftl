### Second Heart: English, the source catalog. Every other catalog has the
### same messages with the same placeholders (checked by the tests).

## Times and dates. Date patterns are strftime patterns: %A weekday,
## %a short weekday, %B month, %b short month, %-d day, %-m month number;
## the names come from the language's own locale.

# A time on a 12-hour clock: $time is "2:30", $period is time-am or time-pm.
time-12h = { $time } { $period }
time-am = AM
time-pm = PM
date-long = %A %-d %B
date-short = %a %-d %b
date-day-month = %-d %b
date-weekday = %a
date-month = %b
