### Second Heart: português do Brasil.

time-12h = { $time } { $period }
time-am = AM
time-pm = PM
date-long = %A, %-d de %B
date-short = %a, %-d de %b
date-day-month = %-d de %b
date-weekday = %a
date-month = %b
