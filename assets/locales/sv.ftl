### Second Heart: svenska.

## Tider och datum. Datummönstren är strftime-mönster; namnen kommer från språkets egen locale.

time-12h = { $time } { $period }
time-am = fm
time-pm = em
date-long = %A %-d %B
date-short = %a %-d %b
date-day-month = %-d %b
date-weekday = %a
date-month = %b

## De inbyggda övningarna. En användare som byter namn på en behåller sitt eget namn.

exercise-ankle-rotations-name = Fotledscirklar
exercise-ankle-rotations-instruction = Sittande: cirkla med varje fot medurs, sedan moturs.
exercise-ankle-rotations-how-to = Sitt upprätt och lyft ena foten en bit från golvet. Rita långsamma, stora cirklar med tårna: medurs, sedan moturs. Byt fot. Lätt att göra obemärkt under möten.
exercise-calf-raises-name = Tåhävningar
exercise-calf-raises-instruction = Stå, gå upp högt på tå, sänk långsamt.
exercise-calf-raises-how-to = Stå rak, på ett trappsteg om det finns ett till hands. Gå upp så högt på tå du kan och sänk sedan långsamt; på ett trappsteg låter du hälarna sjunka under kanten. Håll i ett skrivbord eller en vägg för balansen. Går också bra medan du borstar tänderna.
exercise-soleus-stretch-name = Vadstretch med böjt knä
exercise-soleus-stretch-instruction = Böjt knä, hälen i golvet: känns lågt och djupt i vaden.
exercise-soleus-stretch-how-to = Ta ett steg bakåt med ena foten och böj båda knäna, med den bakre hälen kvar i golvet. Stretchen känns lågt och djupt i vaden: det är soleus, den djupa vadmuskeln. (Med rakt knä stretchar du i stället gastrocnemius.) Håll kvar, byt sedan ben. Bra efter en promenad.
exercise-brisk-walk-name = Rask promenad
exercise-brisk-walk-instruction = Gå i raskt tempo; byt tempo var 5:e minut.
exercise-brisk-walk-how-to = Gå i en takt som gör att du andas tyngre men fortfarande kan prata. Växla mellan raskt och lugnt var 5:e minut (intervaller). En promenad under telefonsamtal räknas.
exercise-cycling-name = Cykling
exercise-cycling-instruction = Logga minuterna du cyklat; sikta på 150 i veckan.
exercise-cycling-how-to = Cykla på motionscykel eller utomhus med måttlig ansträngning: du andas tyngre men kan fortfarande prata. Skonsamt för lederna. Logga minuterna efteråt; veckomålet är 150.
exercise-legs-up-name = Benen i högläge
exercise-legs-up-instruction = Ligg eller luta dig bakåt med benen högre än höfterna.
exercise-legs-up-how-to = Efter en lång stund av sittande: ligg på golvet med vaderna på en stol eller benen upp mot en vägg, eller luta dig bakåt med fötterna på en pall. Låt tyngdkraften hjälpa blodet tillbaka från benen.

## Doser: hur mycket ett pass är.

dose-sets-of-reps = { $sets } set à { $reps }
dose-circles-each-way = { $circles } varv åt varje håll
dose-seconds-each-leg = { $seconds } s per ben
dose-minutes = { $minutes } min

## Regler: när en övning är dags, med några få ord.

rule-every-sitting = varje { $span } stillasittande
rule-every-hour-at = varje timme kl. xx:{ $minute }
rule-every-clock = varje { $span } från kl. { $time }
rule-at-times = kl. { $times }
rule-weekly-target = { $minutes } min per vecka (kontroll kl. { $time })
rule-on-days = { $rule }, { $days }
rule-any-time = { $rule }, dygnet runt
rule-in-ranges = { $rule }, { $ranges }
span-hour = timme
span-hours = { $hours } tim
span-minutes = { $minutes } min
days-every-day = varje dag
days-weekdays = mån–fre

## Tidsrymder och tidpunkter i förhållande till nu.

relative-now = nu
relative-minutes = om { $minutes } min
relative-hours = om { $hours } tim
relative-hours-minutes = om { $hours } tim { $minutes } min
relative-days = { $days ->
    [one] om { $days } dag
   *[other] om { $days } dagar
    }

## `second-heart status` och `upcoming`.

upcoming-none = Inga kommande påminnelser: alla övningar är avstängda eller saknar regler.
upcoming-today = I dag
upcoming-tomorrow = I morgon
status-no-streak = inga dagar i rad än
status-streak = { $days ->
    [one] { $days } dag i rad
   *[other] { $days } dagar i rad
    }
status-best = (rekord { $days })
status-headline = { $date } · { $done } av { $total } klara · { $streak }
status-paused = Pausad till { $time }
status-busy = Samtal eller läsning till { $time }: inaktiv tid räknas som sittande
status-guided = Pågår: { $name } ({ $dose }), { $step }, steg { $number } av { $steps }
status-sitting-since = Sitter sedan { $time }
status-away = Borta från skrivbordet
status-sources = Avläses via: inaktivitet { $idle } · lås { $lock } · helskärm { $fullscreen }
status-nothing-today = Inget schemalagt i dag.
item-done = klart
item-done-with = klart, { $what }
item-skipped = överhoppat
item-missed = missat
item-due = dags nu · { $dose }
item-snoozed = uppskjutet till { $time }
item-upcoming = kommande
status-next = Nästa påminnelse: { $name }, { $time } ({ $relative })
status-week-target = Denna vecka: { $name } { $minutes } av { $target } min ({ $percent }%)
status-weeks = Genomförda pass, senaste 4 veckorna: { $rates }
status-suggestion = Redo för mer? { $name }: full dos { $days } av de senaste 7 dagarna. Prova { $suggested } (second-heart dose { $exercise } "{ $dose }")

## Aviseringar: påminnelsen och dess knappar.

prompt-summary = { $name } — { $dose }
prompt-unsaved = Ditt senaste svar kunde inte sparas ({ $reason }). { $instruction }
prompt-reminder = En vänlig påminnelse: väntar sedan { $time }. { $instruction }
action-open = Öppna
action-start = Starta
action-done = Klart
action-snooze = Skjut upp { $minutes } min
action-skip = Hoppa över
sample-summary = Second Heart: exempel på påminnelse
sample-body = Fotledscirklar — 10 varv åt varje håll.
    Så här kommer påminnelserna att se ut.

## Guidade pass: stegen och signalerna som visas vid varje steg.

# $foot är guide-right eller guide-left; $way är guide-clockwise eller guide-counter-clockwise.
guide-foot-way = { $foot } fot, { $way }
guide-right = Höger
guide-left = Vänster
guide-clockwise = medurs
guide-counter-clockwise = moturs
guide-circles-detail = { $circles ->
    [one] { $circles } långsamt varv { $way }, ca { $seconds } s
   *[other] { $circles } långsamma varv { $way }, ca { $seconds } s per varv
    }
guide-switch-feet = Byt fot
guide-switch-feet-detail = Sätt ner höger fot och lyft den vänstra
guide-rest = Vila
guide-rest-detail = Skaka loss vaderna; sedan set { $set } av { $sets }
guide-reps = { $reps ->
    [one] { $reps } repetition
   *[other] { $reps } repetitioner
    }
guide-set = Set { $set } av { $sets }
guide-reps-detail = { $reps ->
    [one] { $reps } repetition: upp { $up } s, ner { $down } s
   *[other] { $reps } repetitioner: upp { $up } s, ner { $down } s
    }
guide-right-leg = Höger ben
guide-left-leg = Vänster ben
guide-hold-right = Håll stretchen i höger ben i { $seconds } s
guide-hold-left = Håll stretchen i vänster ben i { $seconds } s
guide-switch-legs = Byt ben
guide-switch-legs-detail = Flytta den andra foten bakåt
guide-minutes = { $minutes } min
guide-brisk = Raskt tempo
guide-brisk-detail = Du andas tyngre men kan prata: { $minutes } min
guide-easy = Lugnt tempo
guide-easy-detail = Gå bekvämt och hämta andan: { $minutes } min
guide-timing = Tidtagning
guide-timing-detail = Minuterna räknas: stoppa när du är klar
guide-done = Klart
guide-well-done = { $name }: bra jobbat
# Det som räknas i ett steg: $unit är "circles" (varv) eller "reps" (repetitioner).
guide-count = { $done }/{ $total } { $unit ->
    [circles] varv
   *[reps] rep.
    }
guide-left-time = { $time } kvar
guide-paused = pausat
guide-up = upp
guide-down = ner
cue-summary = { $name } — { $step }
cue-next = { $detail }
    Nästa: { $next }
cue-finished = { $name } — klart
cue-correct = { $said }
    Slutade du tidigare? Rätta minuterna i fönstret (eller `second-heart session correct MINUTES`).
guide-sets-done = { $done } av { $sets } set klara
guide-step-of = (steg { $step } av { $steps })

## Fönstret: I dag.

today-paused = Påminnelserna är pausade till { $time }.
today-resume = Återuppta
today-sources = Avläses via: inaktivitet { $idle } · lås { $lock } · helskärm { $fullscreen }
today-no-streak = Inga dagar i rad än
today-streak = { $days ->
    [one] { $days } dag i rad
   *[other] { $days } dagar i rad
    }
today-progress = { $done } av { $total } klara i dag
today-next = Nästa påminnelse { $relative }: { $name } kl. { $time }
today-no-more = Inga fler påminnelser schemalagda.
today-nothing-due = Inget att göra just nu.
today-due-since = { $instruction } · väntar sedan { $time }
today-start = Starta
today-start-hint = Gör { $name } nu, guidat steg för steg
today-start-disabled = Ett guidat pass pågår
today-done = Klart
today-done-hint = Markera som klart: { $name }
today-snooze = Skjut upp { $minutes } min
today-skip = Hoppa över
today-checklist = Dagens mikropass
today-nothing-scheduled = Inget schemalagt i dag.
today-item-done = klart
today-item-skipped = överhoppat
today-item-missed = missat
today-item-due = dags nu
today-item-snoozed = uppskjutet till { $time }
today-log-title = Logga en promenad eller cykeltur
today-log-activity = Aktivitet
today-log-minutes = Minuter
today-log = Logga
today-week-target = { $name }: { $minutes } av { $target } min denna vecka
today-paused-short = Pausat till { $time }.
today-resume-prompts = Återuppta påminnelser
today-break-title = Behöver du en paus från påminnelserna?
today-pause-hour = Pausa 1 timme
today-pause-tomorrow = Pausa till i morgon

## Fönstret: Schema.

schedule-title = Schema
schedule-to-fix = { $count ->
    [one] { $count } fält att rätta innan du sparar
   *[other] { $count } fält att rätta innan du sparar
    }
schedule-unsaved = Osparade ändringar
schedule-saved = Alla ändringar sparade
schedule-revert = Återställ
schedule-save = Spara
schedule-reload = Läs in igen
schedule-keep-mine = Behåll mina
schedule-fix-first = Rätta de rödmarkerade fälten innan du sparar.
schedule-this-computer = På den här datorn
schedule-at-once = Dessa gäller direkt och ingår inte i Spara.
schedule-autostart = Starta påminnelser vid inloggning
schedule-autostart-hint = Startar bakgrundstjänsten när du loggar in
schedule-working-hours = Arbetstid
schedule-working-hours-hint = Intervall som 09:00-12:30, 13:30-17:30. Lämna en dag tom om den är ledig.
schedule-breaks = Pauser, uppskjutning och tyst läge
schedule-idle = Borta från skrivbordet efter (minuter)
schedule-snooze = Uppskjutningstid (minuter)
schedule-remind = Påminn en gång till efter (minuter, 0 = aldrig)
schedule-quiet = Håll inne påminnelser vid Stör ej eller ett helskärmsfönster
schedule-quiet-hint = Presentationer och videosamtal störs inte; påminnelser som hållits inne visas en gång efteråt, om det fortfarande är inom tiderna.
schedule-sound = Spela systemets aviseringsljud
schedule-preview = Nästa påminnelser med dessa inställningar
schedule-preview-fix = Rätta de markerade fälten för att se förhandsvisningen.
schedule-preview-none = Inga påminnelser: alla övningar är avstängda eller saknar regler.
schedule-exercises = Övningar
schedule-dose = Dos
# Dosfältet läser bara engelsk stavning (som i inställningsfilen): exemplen står kvar på engelska.
schedule-dose-hint = t.ex. { $examples }
schedule-add-rule = Lägg till en regel för { $name }
schedule-pace-circle = Guidat tempo: sekunder per varv
schedule-pace-up = Guidat tempo: sekunder upp
schedule-pace-down = sekunder ner
schedule-pace-rest = vila mellan set (s)
schedule-pace-interval = Guidat: byt tempo efter (minuter, 0 = jämnt tempo)
schedule-when = När
schedule-minutes = Minuter
schedule-every-minutes = Intervall (minuter)
schedule-at-minute = Vid minut
schedule-times = Klockslag
schedule-minutes-week = Minuter per vecka
schedule-check-at = Kontrollera kl.
schedule-remove = Ta bort
schedule-remove-hint = Ta bort den här regeln för { $name }
schedule-only-on = Bara vissa dagar
schedule-working-days = arbetsdagar
schedule-hours = Tid på dygnet
schedule-hours-working = Arbetstid
schedule-hours-any = När som helst
schedule-hours-ranges = Dessa tider
schedule-ranges = Intervall
rule-kind-sitting = Var N:e minut stillasittande
rule-kind-clock = Var N:e minut enligt klockan
rule-kind-times = Vid fasta klockslag
rule-kind-weekly = Veckomål
theme-label = Fönstertema
theme-system = Som systemet
theme-light = Ljust
theme-dark = Mörkt
schedule-region = Språk och region
schedule-language = Språk
schedule-clock = Tidsformat
schedule-week-start = Veckan börjar på
# $value är det som systemets locale anger, t.ex. "Deutsch" eller "24-timmars".
region-like-desktop = Som systemet ({ $value })
clock-12h = 12-timmars (2:30 em)
clock-24h = 24-timmars (14:30)

## Fönstret: dess ram.

tab-today = I dag
tab-schedule = Schema
tab-exercises = Övningar
tab-history = Historik
close-title = Spara ändringarna i schemat innan du stänger?
close-detail = Fliken Schema har ändringar som inte är sparade. Om du förkastar dem går de förlorade.
close-save = Spara och stäng
close-discard = Förkasta och stäng
close-cancel = Avbryt
daemon-not-running = Bakgrundstjänsten körs inte.
daemon-not-running-detail = Påminnelser kommer bara medan den körs. Starta den för att se dagens pass.
daemon-not-started = Bakgrundstjänsten kunde inte startas.
daemon-not-answering = Bakgrundstjänsten svarar inte.
daemon-restart = Starta om den
daemon-start = Starta den
daemon-try-again = Försök igen

## Fönstret: Historik.

history-title = Historik
history-last-weeks = { $weeks ->
    [one] Den senaste veckan
   *[other] De senaste { $weeks } veckorna
    }
history-days = { $days ->
    [one] { $days } dag
   *[other] { $days } dagar
    }
history-streaks = Dagar i rad
history-none-on = Inga övningar är påslagna.
history-exercise = Övning
history-current = Nu
history-best = Rekord
history-active-minutes = Aktiva minuter per vecka
history-target-line = Streckad linje: mål { $target } min per vecka
history-no-weeks = Inga veckor att visa.
history-week-of = Veckan från { $date }
history-bar = { $week }: { $minutes } min
history-target = Mål { $target } min
history-active-none = Aktiva minuter är minuterna från övningar med veckomål; ingen övning har något.
history-active-one = Aktiva minuter: minuterna för { $name }, övningen med veckomål.
history-active-many = Aktiva minuter: minuterna för { $names } och { $last }, övningarna med veckomål.
history-summary = Aktiva minuter per vecka: { $minutes } min denna vecka
history-summary-target = { $summary } av målet { $target } min
history-summary-average = { $weeks ->
    [one] { $summary }; i snitt { $average } min per vecka under { $weeks } vecka
   *[other] { $summary }; i snitt { $average } min per vecka under { $weeks } veckor
    }
history-prompts-done = Genomförda pass
history-completion = { $weeks ->
    [one] { $percent } under { $weeks } vecka ({ $done } av { $asked })
   *[other] { $percent } under { $weeks } veckor ({ $done } av { $asked })
    }
history-this-week = Denna vecka
history-last-week = Förra veckan
history-done-of = { $done } av { $asked }
history-no-prompts = inga påminnelser
history-export = Export
history-no-home = Kan inte exportera: ingen hemmapp hittades (är HOME satt?)
history-export-where = Alla registrerade pass som kalkylblad (CSV), sparat i { $folder }.
history-export-button = Exportera CSV
history-documents = din mapp Dokument ({ $path })
history-home = din hemmapp ({ $path })
history-cannot-export = Kan inte exportera: { $reason }
history-exported = { $count ->
    [one] Exporterade { $count } pass till { $path }
   *[other] Exporterade { $count } pass till { $path }
    }
heat-before-first = { $date }: före ditt första pass
heat-done = { $count ->
    [one] { $count } klart
   *[other] { $count } klara
    }
heat-skipped = { $count ->
    [one] { $count } överhoppat
   *[other] { $count } överhoppade
    }
heat-missed = { $count ->
    [one] { $count } missat
   *[other] { $count } missade
    }
heat-minutes = { $minutes } min
heat-rest-day = vilodag
heat-title = Aktiva dagar
heat-nothing = Inget registrerat än.
heat-days-done = { $scheduled ->
    [one] Något gjort på { $done } av { $scheduled } schemalagd dag sedan du började.
   *[other] Något gjort på { $done } av { $scheduled } schemalagda dagar sedan du började.
    }
heat-less = Mindre
heat-more = Mer
heat-none-done = Inga pass klara
heat-one-done = 1 klart
heat-two-three = 2 eller 3 klara
heat-four-more = 4 eller fler klara
heat-rest-hint = Inget schemalagt den dagen, eller före ditt första pass
heat-rest-legend = Vilodag eller före första passet

## Fönstret: ett guidat pass.

player-illustration = Illustration: { $name }
player-next = Nästa: { $next }
player-last = Sista steget
player-step = Steg { $step } av { $steps } · { $next }
player-resume = Återuppta
player-pause = Pausa
player-skip = Hoppa över steg
player-stop = Avsluta
player-stop-hint = Avsluta passet och registrera det som gjorts
player-paused = pausat
player-left-in = { $step }: { $time } kvar
player-so-far = { $time } hittills
player-ran-by-itself = Tidtagningen för { $name } löpte ut efter { $minutes } min: { $minutes } min har registrerats.
player-stopped-earlier = Om du slutade tidigare, ange hur många minuter det blev.
player-minutes = Minuter
player-correct = Rätta
player-not-number = Minuter: { $value } är inte ett heltal
player-keep = Behåll { $minutes } min

## Svar på kommandon (från kommandoraden, fönstret, systemfältet).

reply-done = Klart: { $name }, { $what }, kl. { $time }.
reply-done-streak = { $days ->
    [one] Klart: { $name }, { $what }, kl. { $time }. { $days } dag i rad.
   *[other] Klart: { $name }, { $what }, kl. { $time }. { $days } dagar i rad.
    }
reply-skipped = Överhoppat: { $name } kl. { $time }.
reply-snoozed-one = Uppskjutet: { $name } kl. { $time }.
reply-missed = Missat: { $name } kl. { $time }.
# $outcome är en av outcome-*: neutrumform, som statusorden i fönstret ("klart").
reply-already = { $name }: redan { $outcome } kl. { $time }{ $by }; inget registrerades.
outcome-done = klart
outcome-skipped = överhoppat
outcome-snoozed = uppskjutet
outcome-missed = missat
by-cli = { " " }från kommandoraden
by-window = { " " }i fönstret
by-notification = { " " }i en avisering
by-tray = { " " }från systemfältet
reply-nothing-due = Inget att göra just nu.
reply-snoozed = Uppskjutet till { $time }: { $names }.
reply-not-due = snooze: det är inte dags för { $name } just nu{ $next }; inget sköts upp
reply-next-at = { " " }(nästa kl. { $time })
reply-next-on = { " " }(nästa { $time })
reply-paused = Pausat till { $time }. `second-heart resume` startar påminnelserna igen.
reply-resumed = Återupptaget.
reply-not-paused = Påminnelserna är inte pausade.
# $verb är kommandoordet: done, skip eller start.
reply-say-which = inget väntar just nu; ange vilken övning som ska { $verb ->
    [skip] hoppas över
    [start] startas
   *[done] markeras som klar
    }
reply-which-due = { $count } väntar; ange vilken: { $ids }

## Meddelanden på kommandoraden.

cli-not-running = Bakgrundstjänsten körs inte.
cli-still-running = bakgrundstjänsten skulle avslutas men körs fortfarande efter { $seconds } s
cli-dose-changed = { $name }: dosen ändrad från { $from } till { $to }.
cli-fix-first = { $file } innehåller fel; rätta dem först (`second-heart config check`):
cli-no-file = { $file }: filen finns inte; standardinställningarna används
cli-unknown-field = { $file }: okänt fält { $field } ignorerades
cli-valid = { $file }: giltig
cli-invalid = { $file } är ogiltig:
cli-compacted = { $count ->
    [one] { $file }: { $count } oläslig rad togs bort; den gamla filen sparas som { $backup }
   *[other] { $file }: { $count } oläsliga rader togs bort; den gamla filen sparas som { $backup }
    }
cli-nothing-to-compact = { $file }: inget att rensa
cli-warning = varning: { $text }
cli-without-daemon = { $why }; arbetar direkt med filerna, utan bakgrundstjänsten
daemon-stopping = Avslutar bakgrundstjänsten.
daemon-reloaded = Inställningarna har lästs in igen.
daemon-sample-sent = Exempelpåminnelse skickad till { $server }.

## Stunder: möten, samtal och rutiner.

action-later = Senare
action-no = Nej
schedule-in-meetings = Under möten, samtal och läsning
schedule-in-meetings-hint = Tysta förslag: sittande övningar kommer tyst (utan ljud, låg prioritet); stående väntar tills det är över. Håll inne allt: inget förrän det är över.
schedule-walk-in-calls = Föreslå en promenad under samtal
status-context-said = Läge: { $context } till { $time } (enligt dig): inaktiv tid räknas som sittande
status-context = Läge: { $context }
anchored-done = klart { $when }
anchored-not-today = inte i dag
anchored-tick = bocka av: second-heart done { $exercise } --anchor { $routine }
place-seated = Sittande, diskret
place-standing = Stående
place-away = Borta från skrivbordet
place-lying = Liggande eller tillbakalutad
situation-desk = vid skrivbordet
situation-meeting = i möte
situation-call = i samtal
situation-reading = läser
situation-away = borta från skrivbordet
busy-meeting = I möte
busy-call = I samtal
busy-reading = Läser
policy-off = Påminnelser som vanligt
policy-quiet = Tysta förslag
policy-hold = Håll inne allt
routine-morning = vid tandborstningen, morgon
routine-evening = vid tandborstningen, kväll
routine-after-lunch = efter lunch
routine-kettle = medan vattnet kokar
when-this-morning = i morse
when-lunchtime = vid lunch
when-this-afternoon = i eftermiddags
when-this-evening = i kväll
# $name är övningen, med liten bokstav mitt i meningen.
quiet-meeting = På mötet: { $name } under skrivbordet, { $dose }
quiet-call = Under samtalet: { $name } under skrivbordet, { $dose }
quiet-reading = Medan du läser: { $name } under skrivbordet, { $dose }
quiet-body = Tyst och obemärkt: { $instruction }
offer-walk = Promenera under samtalet?
offer-other = { $name } under samtalet?
offer-body = { $name } — { $dose }. Starta och gå medan du pratar: minuterna räknas till dagens promenad och veckans minuter.
morning-question = { $names } medan du borstade tänderna i morse?
morning-body = Bocka av om du gjorde det ({ $routine }).
list-and = { $first } och { $last }

## Ikonen i systemfältet: knappbeskrivning och meny.

tray-due-item = { $name } — { $dose }
tray-next = { $name } kl. { $time }
tray-guided = { $name }: { $step } (steg { $number } av { $steps })
tray-done-today = { $done } av { $total } klara i dag
tray-streak = { $days ->
    [one] { $summary } · { $days } dag i rad
   *[other] { $summary } · { $days } dagar i rad
    }
tray-doing = Pågår: { $what }
tray-doing-paused = Pågår: { $what } (pausat)
tray-due-one = Dags nu: { $what }
tray-unshown = Aviseringar kan inte visas; svara från den här menyn
tray-due-many = { $count } pass är dags nu
tray-not-saved = Inte sparat: { $problem }
tray-busy-until = { $mode } till { $time }
tray-paused-until = Pausad till { $time }
tray-holding = Håller inne påminnelser: { $why }
tray-next-line = Nästa: { $next }
tray-open = Öppna Second Heart
tray-resume-session = Återuppta: { $what }
tray-pause-session = Pausa: { $what }
tray-skip-step = Hoppa till nästa steg
tray-stop-session = Avsluta passet (registrerar det som gjorts)
tray-start = Starta: { $what }
tray-done = Klart: { $what }
tray-skip = Hoppa över: { $what }
tray-snooze = Skjut upp { $minutes } min
tray-snooze-all = Skjut upp alla { $minutes } min
tray-resume = Återuppta påminnelser (pausade till { $time })
tray-pause-hour = Pausa 1 timme
tray-pause-tomorrow = Pausa till i morgon
tray-no-longer = Inte längre upptagen ({ $situation } till { $time })
tray-busy-hour = { $mode } i 1 timme
tray-quit = Avsluta Second Heart

## Stunder i fönstret och i svar.

today-routines = Med dina rutiner
today-routine-item = { $name } — { $routine }
today-routine-done = klart { $when }
today-routine-not-today = inte i dag
today-routine-tick = Klart: { $name } { $routine }
today-routine-tick-hint = Bocka av: registreras vid rutinens vanliga tid
today-busy-until = { $mode } till { $time }.
today-busy-off = Inte längre
today-busy-hour = { $mode } i 1 timme
today-busy-hint = Tid utan tangentbords- eller musaktivitet räknas som sittande; sittande övningar kommer som tysta förslag, resten efteråt
history-sessions = { $count } pass
history-in-meetings = { $sessions } under möten
history-in-calls = { $sessions } under samtal
history-moments-week = { $parts } denna vecka
busy-no-longer = Inte längre upptagen ({ $situation }): inaktiv tid räknas som paus igen.
busy-not-busy = Inte upptagen.
busy-prompts-usual = påminnelserna kommer som vanligt
busy-prompts-wait = påminnelserna väntar till dess
busy-prompts-call = sittande övningar kommer som tysta förslag, en promenad föreslås och resten väntar till dess
busy-prompts-quiet = sittande övningar kommer som tysta förslag och resten väntar till dess
busy-set = { $mode } till { $time }: inaktiv tid räknas som sittande; { $prompts }. `second-heart busy off` avslutar det.

## Första start: välkomst och startscheman.

welcome-start = Starta
welcome-title = Välkommen till Second Heart
welcome-intro = Vadmusklerna är ditt ”andra hjärta”: varje sammandragning pumpar blodet från benen tillbaka mot hjärtat. Vid långvarigt sittande samlas blodet i benen. Korta, täta pass under dagen håller pumpen igång, och regelbundenhet betyder mer än intensitet.
welcome-safety = Detta är inte medicinsk rådgivning. Personer som har haft blodpropp i benet (djup ventrombos, DVT), hjärtsvikt eller smärta i benen bör rådgöra med vårdpersonal innan de ändrar sina träningsvanor.
welcome-choose = Välj hur du vill börja. Du kan ändra allt senare.
welcome-moments = Invävt i vardagen
starter-gentle = Skonsam
starter-standard = Standard
starter-active = Aktiv
starter-gentle-summary = Fotledscirklar var 90:e minut stillasittande, tåhävningar en gång om dagen, en daglig promenad.
starter-standard-summary = Fotledscirklar varje timme stillasittande, tåhävningar och vadstretch med böjt knä två gånger om dagen, en daglig promenad, benen i högläge efter långt sittande.
starter-active-summary = Fotledscirklar var 45:e minut, tåhävningar tre gånger om dagen, stretchen två gånger, en promenad och benen i högläge.
moment-meetings = Fotledscirklar under möten
moment-meetings-detail = Under ett möte kommer sittande övningar som tysta förslag; resten väntar tills det är över.
moment-brushing-teeth = Tåhävningar medan du borstar tänderna
moment-brushing-teeth-detail = Morgon och kväll i stället för klockslag; bocka av dem under I dag efteråt.
moment-calls = En promenad under telefonsamtal
moment-calls-detail = När ett samtal börjar föreslås en guidad promenad; minuterna räknas.

## Fönstret: Övningar.

exercises-title = Övningar
exercises-cannot-show = Det sparade schemat kan inte visas; se fliken Schema.
exercises-unsaved = Fliken Schema har osparade ändringar: den här sidan visar schemat som gäller.
exercises-open-schedule = Öppna fliken Schema
exercises-intro = Korta, täta pass aktiverar vadmuskelpumpen. Detta är inte medicinsk rådgivning: har du haft blodpropp i benet (DVT), hjärtsvikt eller smärta i benen, rådgör med vårdpersonal innan du ändrar dina vanor.
exercises-off = (av)
exercises-changed = Ändrad under fliken Schema, inte sparad än
exercises-no-rules = inga regler: påminns aldrig
exercises-when = När: { $when }
exercises-where = Var: { $place }
exercises-with = { $where } · Rutiner: { $routines }
exercises-start = Starta { $name }
exercises-start-hint = Gör den nu, guidat steg för steg
exercises-start-disabled = Ett guidat pass pågår
exercises-edit = Redigera { $name }
exercises-add-title = Lägg till en egen övning
exercises-name = Namn
exercises-name-hint = Knäböj vid skrivbordet
exercises-dose = Dos
exercises-instruction = Instruktion på en rad
exercises-instruction-hint = Visas i påminnelsen
exercises-how-to = Så gör du
exercises-every = Var N:e minut stillasittande
exercises-where-label = Var
# Rutinorden står kvar på engelska: appen läser dem.
exercises-routines = Med rutiner
exercises-routines-hint = morning, evening, after-lunch, kettle eller ett eget namn
exercises-logged = Jag loggar minuterna efteråt (som för en promenad)
exercises-give-name = Ge övningen ett namn.
exercises-exists = Det finns redan en övning som heter { $name }.
exercises-dose-problem = Dos: { $problem }
exercises-routines-problem = Rutiner: { $problem }
exercises-every-problem = Var N:e minut: ett tal från { $min } till { $max }.
exercises-save = Spara ändringar
exercises-add = Lägg till övning
exercises-cancel = Avbryt

## Why prompts are held.

quiet-reason-dnd = Stör ej är på
quiet-reason-dnd-dunst = Stör ej är på (dunst pausad)
quiet-reason-dnd-gnome = Stör ej är på (GNOME)
quiet-reason-fullscreen = ett helskärmsfönster är i fokus
quiet-reason-camera = en kamera används (ett samtal?)
quiet-reason-awake = { $app } håller skärmen vaken
quiet-reason-presentation = presentationsinställningarna är på
quiet-reason-quiet-time = Windows tysta tid efter installation eller uppgradering

## Guided sessions and routines: replies.

guided-started = Startade { $name } ({ $dose }{ $length }): { $step }.
guided-paused = Pausade { $name } vid: { $step }.
guided-resumed = Fortsatte { $name }: { $step }.
guided-on-to = { $name }: vidare till { $step }.
guided-too-short = Stoppade { $name } efter { $time }: för kort för att räknas; inget registrerat.
guided-not-saved = Inte sparat: { $reason }
guided-kept = Behölls: { $name }, { $minutes } min.
guided-corrected = Rättat: { $name }, { $minutes } min (var { $was }).
guided-running = start: { $name } pågår; stoppa det först (`second-heart session stop`)
guided-none = session: inget guidat pass pågår
anchored-reply-done = Klart: { $name } { $routine } ({ $when }).
anchored-reply-not-done = Noterat: { $name } { $routine } inte gjort i dag.

## Notices in the window.

notice-saved-elsewhere = { $file } sparades på annat håll under tiden (av kommandot second-heart eller ett annat fönster): den behålls som den är och visas här; mallen { $starter } användes inte.
notice-starter-saved = Schemat { $starter } har sparats. Påminnelser kommer som skrivbordsaviseringar; bocka av dem där eller här.
notice-clash = Inställningarna har ändrats sedan du öppnade dem ({ $fields }): läs in igen eller behåll dina.
notice-saved = Sparat.
notice-saved-merged = Sparat, tillsammans med ändringar som gjorts på annat håll under tiden.
notice-clash-first = Fliken Schema har en sparning som krockar med ändringar gjorda på annat håll: läs in igen eller behåll dina där först.
notice-own-clash = { $name } ändrades på annat håll under tiden ({ $fields }); inget sparades.
notice-own-saved = { $name } sparad.
notice-own-added = { $name } tillagd.
notice-in-effect = { $saved } Det nya schemat gäller nu.
notice-when-daemon-starts = { $saved } Det gäller när bakgrundstjänsten startar.
notice-daemon-said = { $saved } Men bakgrundstjänsten svarade: { $reason }
notice-done = Klart.
notice-not-running = Bakgrundstjänsten körs inte; starta den först.
notice-log-minutes = Minuter: { $value } är inte ett tal från { $min } till { $max }.

## Typed times and the terminal guide.

time-not-a-time = { $text } är ingen tid (skriv t.ex. 14:30, "2:30 PM", "2026-11-23 09:00" eller 2026-11-23T09:00:00+01:00)
time-in-gap = { $text } finns inte i den här tidszonen (klockorna hoppar över den vid sommartid)
guide-keys = Tangenter: blanksteg paus/fortsätt · n nästa steg · q stoppa
