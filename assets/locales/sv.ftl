### Second Heart: svenska.

time-12h = { $time } { $period }
time-am = fm
time-pm = em
date-long = %A %-d %B
date-short = %a %-d %b
date-day-month = %-d %b
date-weekday = %a
date-month = %b
