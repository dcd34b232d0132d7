### Second Heart: español.

time-12h = { $time } { $period }
time-am = a. m.
time-pm = p. m.
date-long = %A, %-d de %B
date-short = %a %-d %b
date-day-month = %-d %b
date-weekday = %a
date-month = %b
