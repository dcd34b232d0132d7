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

## The built-in exercises. A user who renames one keeps their own name.

exercise-ankle-rotations-name = Ankle rotations
exercise-ankle-rotations-instruction = Seated: circle each ankle clockwise, then counter-clockwise.
exercise-ankle-rotations-how-to = Sit tall and lift one foot a little off the floor. Draw slow, full circles with your toes: clockwise, then counter-clockwise. Switch feet. Easy to do unseen during meetings.
exercise-calf-raises-name = Calf raises
exercise-calf-raises-instruction = Stand, rise high onto your toes, lower slowly.
exercise-calf-raises-how-to = Stand tall, on a step if one is at hand. Rise as high onto your toes as you can, then lower slowly; on a step, let the heels drop below the edge. Hold a desk or wall for balance. Also works while brushing your teeth.
exercise-soleus-stretch-name = Bent-knee calf stretch
exercise-soleus-stretch-instruction = Knee bent, heel down: feel it low and deep in the calf.
exercise-soleus-stretch-how-to = Step one foot back and bend both knees, keeping the back heel on the floor. The stretch is felt low and deep in the calf: that is the soleus. (A straight-knee stretch targets the gastrocnemius instead.) Hold, then switch legs. Good after a walk.
exercise-brisk-walk-name = Brisk walk
exercise-brisk-walk-instruction = Walk briskly; change pace every 5 minutes.
exercise-brisk-walk-how-to = Walk at a pace that makes you breathe harder but still talk. Alternate brisk and easy every 5 minutes (intervals). A walk during phone calls counts.
exercise-cycling-name = Cycling
exercise-cycling-instruction = Log your ride's minutes; aim for 150 a week.
exercise-cycling-how-to = Ride a stationary or an outdoor bike at a moderate effort: breathing harder, still able to talk. Low impact on the joints. Log the minutes afterwards; the weekly target is 150.
exercise-legs-up-name = Legs up
exercise-legs-up-instruction = Lie or sit back with your legs raised above hip height.
exercise-legs-up-how-to = After a long stretch of sitting, lie on the floor with your calves on a chair or your legs up a wall, or lean back with your feet on a stool. Let gravity help the blood back from your legs.

## Doses: how much one session is.

dose-sets-of-reps = { $sets ->
    [one] 1 set of { $reps }
   *[other] { $sets } sets of { $reps }
}
dose-circles-each-way = { $circles ->
    [one] 1 circle each way
   *[other] { $circles } circles each way
}
dose-seconds-each-leg = { $seconds } s each leg
dose-minutes = { $minutes } min

## Rules: when an exercise is due, in a few words.

rule-every-sitting = every { $span } of sitting
rule-every-hour-at = every hour at :{ $minute }
rule-every-clock = every { $span } on the clock from { $time }
rule-at-times = at { $times }
rule-weekly-target = { $minutes } min a week (checked at { $time })
rule-on-days = { $rule } on { $days }
rule-any-time = { $rule }, any time of day
rule-in-ranges = { $rule }, { $ranges }
# A span of time inside rule-every-sitting and rule-every-clock.
span-hour = hour
span-hours = { $hours } h
span-minutes = { $minutes } min
days-every-day = every day
days-weekdays = Mon-Fri

## Durations and moments relative to now.

relative-now = now
relative-minutes = in { $minutes } min
relative-hours = in { $hours } h
relative-hours-minutes = in { $hours } h { $minutes } min
relative-days = { $days ->
    [one] in 1 day
   *[other] in { $days } days
}

## `second-heart status` and `upcoming`.

upcoming-none = No prompts ahead: every exercise is disabled or has no rules.
upcoming-today = Today
upcoming-tomorrow = Tomorrow
status-no-streak = no streak yet
status-streak = { $days ->
    [one] streak 1 day
   *[other] streak { $days } days
}
status-best = (best { $days })
# The first line: the date, progress today and the streak.
status-headline = { $date } · { $done } of { $total } done · { $streak }
status-paused = Paused until { $time }
status-busy = In a call or reading until { $time }: time without input counts as sitting
status-guided = Doing { $name } ({ $dose }): { $step }, step { $number } of { $steps }
status-sitting-since = Sitting since { $time }
status-away = Away from the desk
status-sources = Seen from: idle { $idle } · lock { $lock } · fullscreen { $fullscreen }
status-nothing-today = Nothing scheduled today.
item-done = done
item-done-with = done, { $what }
item-skipped = skipped
item-missed = missed
item-due = due now · { $dose }
item-snoozed = snoozed until { $time }
item-upcoming = upcoming
status-next = Next prompt: { $name } at { $time } ({ $relative })
status-week-target = This week: { $name } { $minutes } of { $target } min ({ $percent }%)
status-weeks = Prompts done, last 4 weeks: { $rates }
status-suggestion = Ready for more? { $name }: full dose on { $days } of the last 7 days. Try { $suggested } (second-heart dose { $exercise } "{ $dose }")

## Notifications: the prompt and its buttons.

prompt-summary = { $name } — { $dose }
prompt-unsaved = Your last answer could not be saved ({ $reason }). { $instruction }
prompt-reminder = A gentle reminder: still due since { $time }. { $instruction }
action-open = Open
action-start = Start
action-done = Done
action-snooze = Snooze { $minutes } min
action-skip = Skip
sample-summary = Second Heart: sample prompt
sample-body = Ankle rotations — 10 circles each way.
    This is how prompts will look.

## Guided sessions: the steps and the cues shown at each.

# $foot is guide-right or guide-left; $way is guide-clockwise or guide-counter-clockwise.
guide-foot-way = { $foot } foot, { $way }
guide-right = Right
guide-left = Left
guide-clockwise = clockwise
guide-counter-clockwise = counter-clockwise
guide-circles-detail = { $circles ->
    [one] 1 slow circle { $way }, about { $seconds } s
   *[other] { $circles } slow circles { $way }, about { $seconds } s each
}
guide-switch-feet = Switch feet
guide-switch-feet-detail = Put the right foot down and lift the left
guide-rest = Rest
guide-rest-detail = Shake out your calves; set { $set } of { $sets } next
guide-reps = { $reps ->
    [one] 1 rep
   *[other] { $reps } reps
}
guide-set = Set { $set } of { $sets }
guide-reps-detail = { $reps ->
    [one] 1 rep: up { $up } s, down { $down } s
   *[other] { $reps } reps: up { $up } s, down { $down } s
}
guide-right-leg = Right leg
guide-left-leg = Left leg
guide-hold-right = Hold the stretch on the right leg for { $seconds } s
guide-hold-left = Hold the stretch on the left leg for { $seconds } s
guide-switch-legs = Switch legs
guide-switch-legs-detail = Step the other foot back
guide-minutes = { $minutes } min
guide-brisk = Brisk pace
guide-brisk-detail = Breathe harder, still able to talk: { $minutes } min
guide-easy = Easy pace
guide-easy-detail = Walk comfortably and get your breath back: { $minutes } min
guide-timing = Timing
guide-timing-detail = Timing your minutes: stop when you are done
guide-done = Done
guide-well-done = { $name }: well done
# What is counted in a step: $unit is "circles" or "reps".
guide-count = { $done }/{ $total } { $unit ->
    [circles] circles
   *[reps] reps
}
guide-left-time = { $time } left
guide-paused = paused
guide-up = up
guide-down = down
cue-summary = { $name } — { $step }
cue-next = { $detail }
    Next: { $next }
cue-finished = { $name } — finished
cue-correct = { $said }
    Stopped earlier? Correct the minutes in the window (or `second-heart session correct MINUTES`).
guide-sets-done = { $done } of { $sets } sets done
guide-step-of = (step { $step } of { $steps })

## The window: Today.

today-paused = Prompts are paused until { $time }.
today-resume = Resume
today-sources = Seen from: idle { $idle } · lock { $lock } · fullscreen { $fullscreen }
today-no-streak = No streak yet
today-streak = { $days ->
    [one] 1-day streak
   *[other] { $days }-day streak
}
today-progress = { $done } of { $total } done today
today-next = Next prompt { $relative }: { $name } at { $time }
today-no-more = No more prompts scheduled.
today-nothing-due = Nothing due right now.
today-due-since = { $instruction } · due since { $time }
today-start = Start
today-start-hint = Do { $name } now, guided step by step
today-start-disabled = A guided session is running
today-done = Done
today-done-hint = { $name } done
today-snooze = Snooze { $minutes } min
today-skip = Skip
today-checklist = Today's micro-sessions
today-nothing-scheduled = Nothing scheduled today.
today-item-done = done
today-item-skipped = skipped
today-item-missed = missed
today-item-due = due now
today-item-snoozed = snoozed until { $time }
today-log-title = Log a walk or a ride
today-log-activity = Activity
today-log-minutes = Minutes
today-log = Log
today-week-target = { $name }: { $minutes } of { $target } min this week
today-paused-short = Paused until { $time }.
today-resume-prompts = Resume prompts
today-break-title = Need a break from prompts?
today-pause-hour = Pause 1 hour
today-pause-tomorrow = Pause until tomorrow

## The window: Schedule.
## $examples in schedule-dose-hint are doses in the user's language.

schedule-title = Schedule
schedule-to-fix = { $count ->
    [one] 1 field to fix before saving
   *[other] { $count } fields to fix before saving
}
schedule-unsaved = Unsaved changes
schedule-saved = All changes saved
schedule-revert = Revert
schedule-save = Save
schedule-reload = Reload
schedule-keep-mine = Keep mine
schedule-fix-first = Fix the fields marked in red before saving.
schedule-this-computer = On this computer
schedule-at-once = These apply at once; they are not part of Save.
schedule-autostart = Start reminders at login
schedule-autostart-hint = Starts the background daemon when you log in
schedule-working-hours = Working hours
schedule-working-hours-hint = Ranges such as 09:00-12:30, 13:30-17:30. Leave a day empty for a day off.
schedule-breaks = Breaks, snooze and quiet
schedule-idle = Away from the desk after (minutes)
schedule-snooze = Snooze length (minutes)
schedule-remind = Remind once more after (minutes, 0 for never)
schedule-quiet = Hold prompts during do-not-disturb or a fullscreen window
schedule-quiet-hint = Presentations and video calls stay undisturbed; held prompts come once, afterwards, if still within hours.
schedule-sound = Play the desktop's notification sound
schedule-preview = Next prompts with these settings
schedule-preview-fix = Fix the marked fields to see the preview.
schedule-preview-none = No prompts: every exercise is off or has no rules.
schedule-exercises = Exercises
schedule-dose = Dose
schedule-dose-hint = e.g. { $examples }
schedule-add-rule = Add a rule for { $name }
schedule-pace-circle = Guided pace: seconds a circle
schedule-pace-up = Guided pace: seconds up
schedule-pace-down = seconds down
schedule-pace-rest = rest between sets (s)
schedule-pace-interval = Guided: change pace every (minutes, 0 for steady)
schedule-when = When
schedule-minutes = Minutes
schedule-every-minutes = Every (minutes)
schedule-at-minute = At minute
schedule-times = Times
schedule-minutes-week = Minutes a week
schedule-check-at = Check at
schedule-remove = Remove
schedule-remove-hint = Remove this rule of { $name }
schedule-only-on = Only on
schedule-working-days = working days
schedule-hours = Hours
schedule-hours-working = Working hours
schedule-hours-any = Any time
schedule-hours-ranges = These hours
schedule-ranges = Ranges
rule-kind-sitting = Every N minutes of sitting
rule-kind-clock = Every N minutes on the clock
rule-kind-times = At fixed times
rule-kind-weekly = Weekly target
theme-label = Window theme
theme-system = Like the desktop
theme-light = Light
theme-dark = Dark
schedule-region = Language and region
schedule-language = Language
schedule-clock = Times
schedule-week-start = Weeks start on
# $value is what the desktop's locale says, e.g. "Deutsch" or "24-hour".
region-like-desktop = Like the desktop ({ $value })
clock-12h = 12-hour (2:30 PM)
clock-24h = 24-hour (14:30)

## The window: its frame.

tab-today = Today
tab-schedule = Schedule
tab-exercises = Exercises
tab-history = History
close-title = Save your schedule changes before closing?
close-detail = The Schedule tab has changes that are not saved. Discarding them loses them.
close-save = Save and close
close-discard = Discard and close
close-cancel = Cancel
daemon-not-running = The background daemon is not running.
daemon-not-running-detail = Prompts only arrive while it runs. Start it to see today's sessions.
daemon-not-started = The background daemon could not be started.
daemon-not-answering = The background daemon is not answering.
daemon-restart = Restart it
daemon-start = Start it
daemon-try-again = Try again

## The window: History.

history-title = History
history-last-weeks = The last { $weeks } weeks
history-days = { $days ->
    [one] 1 day
   *[other] { $days } days
}
history-streaks = Streaks
history-none-on = No exercises are switched on.
history-exercise = Exercise
history-current = Current
history-best = Best
history-active-minutes = Active minutes per week
history-target-line = Dashed line: target { $target } min a week
history-no-weeks = No weeks to show.
history-week-of = Week of { $date }
history-bar = { $week }: { $minutes } min
history-target = Target { $target } min
history-active-none = Active minutes are the minutes of exercises with a weekly target; none has one.
history-active-one = Active minutes: the minutes of { $name }, the exercise with a weekly target.
history-active-many = Active minutes: the minutes of { $names } and { $last }, the exercises with a weekly target.
history-summary = Active minutes per week: { $minutes } min this week
history-summary-target = { $summary } of a { $target } min target
history-summary-average = { $summary }; { $average } min a week on average over { $weeks } weeks
history-prompts-done = Prompts done
history-completion = { $percent } over { $weeks } weeks ({ $done } of { $asked })
history-this-week = This week
history-last-week = Last week
history-done-of = { $done } of { $asked }
history-no-prompts = no prompts
history-export = Export
history-no-home = Cannot export: no home folder was found (is HOME set?)
history-export-where = Every recorded session as a spreadsheet (CSV), saved in { $folder }.
history-export-button = Export CSV
history-documents = your Documents folder ({ $path })
history-home = your home folder ({ $path })
history-cannot-export = Cannot export: { $reason }
history-exported = { $count ->
    [one] Exported 1 session to { $path }
   *[other] Exported { $count } sessions to { $path }
}
heat-before-first = { $date }: before your first session
heat-done = { $count } done
heat-skipped = { $count } skipped
heat-missed = { $count } missed
heat-minutes = { $minutes } min
heat-rest-day = rest day
heat-title = Days done
heat-nothing = Nothing recorded yet.
heat-days-done = Something done on { $done } of { $scheduled } scheduled days since you started.
heat-less = Less
heat-more = More
heat-none-done = No sessions done
heat-one-done = 1 done
heat-two-three = 2 or 3 done
heat-four-more = 4 or more done
heat-rest-hint = Nothing scheduled that day, or before your first session
heat-rest-legend = Rest day or not yet started

## The window: a guided session.

player-illustration = Illustration: { $name }
player-next = Next: { $next }
player-last = Last step
player-step = Step { $step } of { $steps } · { $next }
player-resume = Resume
player-pause = Pause
player-skip = Skip step
player-stop = Stop
player-stop-hint = End the session and record what was done
player-paused = paused
player-left-in = { $time } left in { $step }
player-so-far = { $time } so far
player-ran-by-itself = { $name } ran its { $minutes } min by itself: { $minutes } min are recorded.
player-stopped-earlier = If you stopped earlier, say how many minutes you did.
player-minutes = Minutes
player-correct = Correct
player-not-number = Minutes: { $value } is not a whole number
player-keep = Keep { $minutes } min

## Replies to commands (from the command line, the window, the tray).

reply-done = Done: { $name }, { $what }, at { $time }.
reply-done-streak = Done: { $name }, { $what }, at { $time }. Streak: { $days } days.
reply-skipped = Skipped: { $name } at { $time }.
reply-snoozed-one = Snoozed: { $name } at { $time }.
reply-missed = Missed: { $name } at { $time }.
# $outcome is one of outcome-done, outcome-skipped, outcome-snoozed, outcome-missed.
reply-already = { $name } was already { $outcome } at { $time }{ $by }; nothing recorded.
outcome-done = done
outcome-skipped = skipped
outcome-snoozed = snoozed
outcome-missed = missed
by-cli = { " " }from the command line
by-window = { " " }in the window
by-notification = { " " }in a notification
by-tray = { " " }from the tray
reply-nothing-due = Nothing is due right now.
reply-snoozed = Snoozed until { $time }: { $names }.
reply-not-due = snooze: { $name } is not due right now{ $next }; nothing was snoozed
reply-next-at = { " " }(next at { $time })
reply-next-on = { " " }(next on { $time })
reply-paused = Paused until { $time }. `second-heart resume` starts prompts again.
reply-resumed = Resumed.
reply-not-paused = Not paused.
# $verb is the command: done, skip or start.
reply-say-which = nothing is due right now; say which exercise { $verb ->
    [skip] to skip
    [start] to start
   *[done] to mark done
}
reply-which-due = { $count } are due; say which: { $ids }

## Command-line messages.

cli-not-running = The daemon is not running.
cli-still-running = the daemon was asked to stop but is still running after { $seconds } s
cli-dose-changed = { $name }: dose changed from { $from } to { $to }.
cli-fix-first = { $file } has errors; fix them first (`second-heart config check`):
cli-no-file = { $file }: no file; running on defaults
cli-unknown-field = { $file }: unknown field { $field } ignored
cli-valid = { $file }: valid
cli-invalid = { $file } is invalid:
cli-compacted = { $count ->
    [one] { $file }: 1 unreadable line dropped; the old file is kept as { $backup }
   *[other] { $file }: { $count } unreadable lines dropped; the old file is kept as { $backup }
}
cli-nothing-to-compact = { $file }: nothing to compact
cli-warning = warning: { $text }
cli-without-daemon = { $why }; working on the files without the daemon
daemon-stopping = Stopping the daemon.
daemon-reloaded = Preferences reloaded.
daemon-sample-sent = Sample prompt sent to { $server }.

## Moments: meetings, calls and routines.

action-later = Later
action-no = No
schedule-in-meetings = In meetings, calls and reading
schedule-in-meetings-hint = Quiet suggestions: seated exercises come quietly (no sound, low urgency); standing ones wait until it ends. Hold everything: nothing until it ends.
schedule-walk-in-calls = Offer a walk during calls
status-context-said = Context: { $context } until { $time } (said so): time without input counts as sitting
status-context = Context: { $context }
anchored-done = done { $when }
anchored-not-today = not today
anchored-tick = tick it off: second-heart done { $exercise } --anchor { $routine }
place-seated = Seated, discreet
place-standing = Standing
place-away = Away from the desk
place-lying = Lying or reclined
situation-desk = at the desk
situation-meeting = in a meeting
situation-call = in a call
situation-reading = reading
situation-away = away from the desk
busy-meeting = In a meeting
busy-call = In a call
busy-reading = Reading
policy-off = Prompts as usual
policy-quiet = Quiet suggestions
policy-hold = Hold everything
routine-morning = while brushing teeth, morning
routine-evening = while brushing teeth, evening
routine-after-lunch = after lunch
routine-kettle = while the kettle boils
when-this-morning = this morning
when-lunchtime = at lunchtime
when-this-afternoon = this afternoon
when-this-evening = this evening
# $name is the exercise (lowercase where the language writes it so mid-sentence).
quiet-meeting = In the meeting: { $name } under the desk, { $dose }
quiet-call = During the call: { $name } under the desk, { $dose }
quiet-reading = While reading: { $name } under the desk, { $dose }
quiet-body = Quietly, unseen: { $instruction }
offer-walk = Walk during this call?
offer-other = { $name } during this call?
offer-body = { $name } — { $dose }. Start it and walk while you talk: the minutes count toward today's walk and the week's minutes.
morning-question = { $names } while brushing your teeth this morning?
morning-body = Tick it off if you did ({ $routine }).
# A list of names: "Calf raises, Ankle rotations and Legs up".
list-and = { $first } and { $last }

## The tray icon's tooltip and menu.

tray-due-item = { $name } — { $dose }
tray-next = { $name } at { $time }
tray-guided = { $name }: { $step } (step { $number } of { $steps })
tray-done-today = { $done } of { $total } done today
tray-streak = { $summary } · { $days }-day streak
tray-doing = Doing { $what }
tray-doing-paused = Doing { $what }, paused
tray-due-one = Due now: { $what }
tray-unshown = Notifications cannot be shown; answer from this menu
tray-due-many = { $count } sessions due now
tray-not-saved = Not saved: { $problem }
tray-busy-until = { $mode } until { $time }
tray-paused-until = Paused until { $time }
tray-holding = Holding prompts: { $why }
tray-next-line = Next: { $next }
tray-open = Open Second Heart
tray-resume-session = Resume: { $what }
tray-pause-session = Pause: { $what }
tray-skip-step = Skip to the next step
tray-stop-session = Stop the session (records what was done)
tray-start = Start: { $what }
tray-done = Done: { $what }
tray-skip = Skip: { $what }
tray-snooze = Snooze { $minutes } min
tray-snooze-all = Snooze all { $minutes } min
tray-resume = Resume reminders (paused until { $time })
tray-pause-hour = Pause for 1 hour
tray-pause-tomorrow = Pause until tomorrow
tray-no-longer = No longer { $situation } (until { $time })
tray-busy-hour = { $mode } for 1 hour
tray-quit = Quit Second Heart

## Moments in the window and replies.

today-routines = With your routines
today-routine-item = { $name } — { $routine }
today-routine-done = done { $when }
today-routine-not-today = not today
today-routine-tick = Done: { $name } { $routine }
today-routine-tick-hint = Tick it off: recorded at the routine's usual time
today-busy-until = { $mode } until { $time }.
today-busy-off = Not any more
today-busy-hour = { $mode } for 1 hour
today-busy-hint = Time without keyboard or mouse input counts as sitting; seated exercises come as quiet suggestions, the rest after it
history-sessions = { $count ->
    [one] 1 session
   *[other] { $count } sessions
}
history-in-meetings = { $sessions } in meetings
history-in-calls = { $sessions } in calls
history-moments-week = { $parts } this week
busy-no-longer = No longer { $situation }: time without input counts as a break again.
busy-not-busy = Not busy.
busy-prompts-usual = prompts come as usual
busy-prompts-wait = prompts wait until then
busy-prompts-call = seated exercises come as quiet suggestions, a walk is offered, the rest wait until then
busy-prompts-quiet = seated exercises come as quiet suggestions, the rest wait until then
busy-set = { $mode } until { $time }: time without input counts as sitting; { $prompts }. `second-heart busy off` ends it.

## First run: the welcome and the starter schedules.

welcome-start = Start
welcome-title = Welcome to Second Heart
welcome-intro = Your calf muscles are your "second heart": each contraction pushes blood from the legs back toward the heart. Long sitting lets it pool. Small, frequent sessions through the day keep the pump going, and consistency matters more than intensity.
welcome-safety = Not medical advice. People with a history of DVT, heart failure or leg pain should ask a clinician before changing their exercise routine.
welcome-choose = Choose how to start. You can change everything later.
welcome-moments = Woven into the day
starter-gentle = Gentle
starter-standard = Standard
starter-active = Active
starter-gentle-summary = Ankle rotations every 90 minutes of sitting, calf raises once a day, a daily walk.
starter-standard-summary = Ankle rotations every hour of sitting, calf raises and the calf stretch twice a day, a daily walk, legs up after long sitting.
starter-active-summary = Ankle rotations every 45 minutes, calf raises three times a day, the stretch twice, a walk and legs up.
moment-meetings = Ankle rotations in meetings
moment-meetings-detail = In a meeting, seated exercises come as quiet suggestions; the rest wait until it ends.
moment-brushing-teeth = Calf raises while brushing your teeth
moment-brushing-teeth-detail = Morning and evening, instead of clock times; tick them off in Today afterwards.
moment-calls = A walk during phone calls
moment-calls-detail = At the start of a call, a guided walk is offered; its minutes count.

## The window: Exercises.

exercises-title = Exercises
exercises-cannot-show = The saved schedule cannot be shown; see the Schedule tab.
exercises-unsaved = The Schedule tab has unsaved changes: this page shows the schedule in effect.
exercises-open-schedule = Open the Schedule tab
exercises-intro = Small, frequent sessions work the calf muscle pump. Not medical advice: with a history of DVT, heart failure or leg pain, ask a clinician before changing your routine.
exercises-off = (off)
exercises-changed = Changed in the Schedule tab, not saved yet
exercises-no-rules = no rules: never prompted
exercises-when = When: { $when }
exercises-where = Where: { $place }
exercises-with = { $where } · With: { $routines }
exercises-start = Start { $name }
exercises-start-hint = Do it now, guided step by step
exercises-start-disabled = A guided session is running
exercises-edit = Edit { $name }
exercises-add-title = Add your own exercise
exercises-name = Name
exercises-name-hint = Desk squats
exercises-dose = Dose
exercises-instruction = One-line instruction
exercises-instruction-hint = Shown in the prompt
exercises-how-to = How to
exercises-every = Every N minutes of sitting
exercises-where-label = Where
# The routine words stay as they are: the app reads them.
exercises-routines = With routines
exercises-routines-hint = morning, evening, after-lunch, kettle or your own
exercises-logged = I log it with minutes afterwards (like a walk)
exercises-give-name = Give it a name.
exercises-exists = There is already an exercise called { $name }.
exercises-dose-problem = Dose: { $problem }
exercises-routines-problem = Routines: { $problem }
exercises-every-problem = Every N minutes: a number from { $min } to { $max }.
exercises-save = Save changes
exercises-add = Add exercise
exercises-cancel = Cancel

## Why prompts are held.

quiet-reason-dnd = do-not-disturb is on
quiet-reason-dnd-dunst = do-not-disturb is on (dunst is paused)
quiet-reason-dnd-gnome = do-not-disturb is on (GNOME)
quiet-reason-fullscreen = a fullscreen window has focus
quiet-reason-camera = a camera is in use (a call?)
quiet-reason-awake = { $app } keeps the screen awake
quiet-reason-presentation = presentation settings are on
quiet-reason-quiet-time = Windows' quiet time after setup or an upgrade

## Guided sessions and routines: replies.

guided-started = Started { $name } ({ $dose }{ $length }): { $step }.
guided-paused = Paused { $name } at { $step }.
guided-resumed = Resumed { $name }: { $step }.
guided-on-to = { $name }: on to { $step }.
guided-too-short = Stopped { $name } after { $time }: too short to count; nothing recorded.
guided-not-saved = Not saved: { $reason }
guided-kept = Kept: { $name }, { $minutes } min.
guided-corrected = Corrected: { $name }, { $minutes } min (was { $was }).
guided-running = start: { $name } is running; stop it first (`second-heart session stop`)
guided-none = session: no guided session is running
anchored-reply-done = Done: { $name } { $routine } ({ $when }).
anchored-reply-not-done = Noted: { $name } { $routine } not done today.

## Notices in the window.

notice-saved-elsewhere = { $file } was saved elsewhere meanwhile (by the second-heart command or another window): it is kept as it is and shown here; the { $starter } starter was not applied.
notice-starter-saved = { $starter } schedule saved. Prompts come as desktop notifications; tick them off there or here.
notice-clash = The preferences changed since you opened them ({ $fields }): reload or keep yours.
notice-saved = Saved.
notice-saved-merged = Saved, together with the changes made elsewhere meanwhile.
notice-clash-first = The Schedule tab has a save that clashes with changes made elsewhere: reload or keep yours there first.
notice-own-clash = { $name } was changed elsewhere meanwhile ({ $fields }); nothing was saved.
notice-own-saved = { $name } saved.
notice-own-added = { $name } added.
notice-in-effect = { $saved } The new schedule is in effect.
notice-when-daemon-starts = { $saved } It takes effect when the daemon starts.
notice-daemon-said = { $saved } But the daemon said: { $reason }
notice-done = Done.
notice-not-running = The background daemon is not running; start it first.
notice-log-minutes = Minutes: { $value } is not a number from { $min } to { $max }.

## Typed times and the terminal guide.

time-not-a-time = { $text } is not a time (write e.g. 14:30, "2:30 PM", "2026-11-23 09:00" or 2026-11-23T09:00:00+01:00)
time-in-gap = { $text } does not exist in this time zone (the clocks skip it for daylight saving)
guide-keys = Keys: space pause/resume · n next step · q stop
