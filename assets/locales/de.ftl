### Second Heart: Deutsch.

time-12h = { $time } { $period }
time-am = AM
time-pm = PM
date-long = %A, %-d. %B
date-short = %a, %-d. %b
date-day-month = %-d. %b
date-weekday = %a
date-month = %b
