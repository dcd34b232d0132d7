### Second Heart: Nederlands.

## Tijden en datums. Datumpatronen zijn strftime-patronen; de namen komen uit
## de locale van de taal.

time-12h = { $time } { $period }
time-am = a.m.
time-pm = p.m.
date-long = %A %-d %B
date-short = %a %-d %b
date-day-month = %-d %b
date-weekday = %a
date-month = %b

## De ingebouwde oefeningen. Wie er een hernoemt, houdt de eigen naam.

exercise-ankle-rotations-name = Enkelrondjes
exercise-ankle-rotations-instruction = Zittend: draai elke enkel rond, met de klok mee en dan tegen de klok in.
exercise-ankle-rotations-how-to = Ga rechtop zitten en til één voet een stukje van de vloer. Maak met je tenen langzame, volle cirkels: met de klok mee, dan tegen de klok in. Wissel van voet. Makkelijk ongezien te doen tijdens vergaderingen.
exercise-calf-raises-name = Op de tenen staan
exercise-calf-raises-instruction = Ga staan, kom hoog op je tenen en zak langzaam terug.
exercise-calf-raises-how-to = Sta rechtop, op een traptree als die er is. Kom zo hoog mogelijk op je tenen en zak dan langzaam terug; op een traptree laat je de hielen tot onder de rand zakken. Houd je voor je evenwicht vast aan een bureau of muur. Kan ook tijdens het tandenpoetsen.
exercise-soleus-stretch-name = Kuitstretch met gebogen knie
exercise-soleus-stretch-instruction = Knie gebogen, hiel op de grond: je voelt het laag en diep in de kuit.
exercise-soleus-stretch-how-to = Zet één voet een stap naar achteren en buig beide knieën; houd de achterste hiel op de grond. Je voelt de rek laag en diep in de kuit: dat is de scholspier (soleus). (Met gestrekte knie rek je juist de tweelingkuitspier.) Houd de rek vast en wissel dan van been. Goed na een wandeling.
exercise-brisk-walk-name = Stevig wandelen
exercise-brisk-walk-instruction = Wandel stevig door; wissel elke 5 minuten van tempo.
exercise-brisk-walk-how-to = Wandel in een tempo waarbij je zwaarder ademt maar nog kunt praten. Wissel elke 5 minuten af tussen stevig en rustig (intervallen). Wandelen tijdens het bellen telt ook mee.
exercise-cycling-name = Fietsen
exercise-cycling-instruction = Noteer je fietsminuten; streef naar 150 per week.
exercise-cycling-how-to = Fiets op een hometrainer of buiten met matige inspanning: je ademt zwaarder maar kunt nog praten. Weinig belasting voor de gewrichten. Noteer de minuten achteraf; het weekdoel is 150.
exercise-legs-up-name = Benen omhoog
exercise-legs-up-instruction = Ga liggen of leun achterover met je benen hoger dan je heupen.
exercise-legs-up-how-to = Ga na lang zitten op de grond liggen met je kuiten op een stoel of je benen omhoog tegen de muur, of leun achterover met je voeten op een krukje. Zo helpt de zwaartekracht het bloed terug uit je benen.

## Doseringen: hoeveel één sessie is.

dose-sets-of-reps = { $sets ->
    [one] 1 set van { $reps }
   *[other] { $sets } sets van { $reps }
    }
dose-circles-each-way = { $circles ->
    [one] 1 rondje per richting
   *[other] { $circles } rondjes per richting
    }
dose-seconds-each-leg = { $seconds } sec per been
dose-minutes = { $minutes } min

## Regels: wanneer een oefening aan de beurt is, in een paar woorden.

rule-every-sitting = telkens na { $span } zitten
rule-every-hour-at = elk uur om :{ $minute }
rule-every-clock = om de { $span } vanaf { $time }
rule-at-times = om { $times }
rule-weekly-target = { $minutes } min per week (controle om { $time })
rule-on-days = { $rule } ({ $days })
rule-any-time = { $rule }, op elk tijdstip
rule-in-ranges = { $rule }, { $ranges }
# Een tijdsduur in rule-every-sitting ("telkens na een uur zitten") en
# rule-every-clock ("om de 2 uur").
span-hour = een uur
span-hours = { $hours } uur
span-minutes = { $minutes } min
days-every-day = elke dag
days-weekdays = ma–vr

## Tijdsduren en momenten ten opzichte van nu.

relative-now = nu
relative-minutes = over { $minutes } min
relative-hours = over { $hours } uur
relative-hours-minutes = over { $hours } uur { $minutes } min
relative-days = { $days ->
    [one] over 1 dag
   *[other] over { $days } dagen
    }

## `second-heart status` en `upcoming`.

upcoming-none = Geen herinneringen gepland: elke oefening staat uit of heeft geen regels.
upcoming-today = Vandaag
upcoming-tomorrow = Morgen
status-no-streak = nog geen reeks
status-streak = { $days ->
    [one] reeks: 1 dag
   *[other] reeks: { $days } dagen
    }
status-best = (record { $days })
# De eerste regel: de datum, de voortgang van vandaag en de reeks.
status-headline = { $date } · { $done } van { $total } gedaan · { $streak }
status-paused = Gepauzeerd tot { $time }
status-busy = In gesprek of aan het lezen tot { $time }: tijd zonder invoer telt als zitten
status-guided = Bezig met { $name } ({ $dose }): { $step }, stap { $number } van { $steps }
status-sitting-since = Je zit sinds { $time }
status-away = Niet aan je bureau
status-sources = Bronnen: inactiviteit { $idle } · vergrendeling { $lock } · volledig scherm { $fullscreen }
status-nothing-today = Vandaag staat er niets gepland.
item-done = gedaan
item-done-with = gedaan, { $what }
item-skipped = overgeslagen
item-missed = gemist
item-due = nu te doen · { $dose }
item-snoozed = uitgesteld tot { $time }
item-upcoming = gepland
status-next = Volgende herinnering: { $name }, { $time } ({ $relative })
status-week-target = Deze week: { $name } { $minutes } van { $target } min ({ $percent }%)
status-weeks = Herinneringen gedaan, laatste 4 weken: { $rates }
status-suggestion = Klaar voor meer? { $name }: volledig gedaan op { $days } van de afgelopen 7 dagen. Probeer { $suggested } (second-heart dose { $exercise } "{ $dose }")

## Meldingen: de herinnering en haar knoppen.

prompt-summary = { $name } — { $dose }
prompt-unsaved = Je laatste antwoord kon niet worden opgeslagen ({ $reason }). { $instruction }
prompt-reminder = Even een herinnering: staat nog open sinds { $time }. { $instruction }
action-open = Openen
action-start = Starten
action-done = Gedaan
action-snooze = { $minutes } min later
action-skip = Overslaan
sample-summary = Second Heart: voorbeeldherinnering
sample-body = Enkelrondjes — 10 rondjes per richting.
    Zo zien herinneringen eruit.

## Begeleide sessies: de stappen en de aanwijzingen bij elke stap.

# $foot is guide-right of guide-left en vormt samen met "voet" één woord
# ("Rechtervoet"); $way is guide-clockwise of guide-counter-clockwise.
guide-foot-way = { $foot }voet, { $way }
guide-right = Rechter
guide-left = Linker
guide-clockwise = met de klok mee
guide-counter-clockwise = tegen de klok in
guide-circles-detail = { $circles ->
    [one] 1 langzaam rondje { $way }, ongeveer { $seconds } sec
   *[other] { $circles } langzame rondjes { $way }, elk ongeveer { $seconds } sec
    }
guide-switch-feet = Wissel van voet
guide-switch-feet-detail = Zet je rechtervoet neer en til je linkervoet op
guide-rest = Rust
guide-rest-detail = Schud je kuiten los; hierna set { $set } van { $sets }
guide-reps = { $reps ->
    [one] 1 herhaling
   *[other] { $reps } herhalingen
    }
guide-set = Set { $set } van { $sets }
guide-reps-detail = { $reps } herh.: { $up } sec omhoog, { $down } sec omlaag
guide-right-leg = Rechterbeen
guide-left-leg = Linkerbeen
guide-hold-right = Houd de rek in je rechterbeen { $seconds } sec vast
guide-hold-left = Houd de rek in je linkerbeen { $seconds } sec vast
guide-switch-legs = Wissel van been
guide-switch-legs-detail = Zet de andere voet naar achteren
guide-minutes = { $minutes } min
guide-brisk = Stevig tempo
guide-brisk-detail = Zwaarder ademen, nog wel kunnen praten: { $minutes } min
guide-easy = Rustig tempo
guide-easy-detail = Wandel rustig en kom weer op adem: { $minutes } min
guide-timing = Stopwatch
guide-timing-detail = Je minuten worden bijgehouden: stop als je klaar bent
guide-done = Klaar
guide-well-done = { $name }: goed gedaan
# Wat er in een stap geteld wordt: $unit is "circles" of "reps".
guide-count = { $done }/{ $total } { $unit ->
    [circles] rondjes
   *[reps] herh.
    }
guide-left-time = nog { $time }
guide-paused = gepauzeerd
guide-up = omhoog
guide-down = omlaag
cue-summary = { $name } — { $step }
cue-next = { $detail }
    Hierna: { $next }
cue-finished = { $name } — klaar
cue-correct = { $said }
    Eerder gestopt? Corrigeer de minuten in het venster (of `second-heart session correct MINUTES`).
guide-sets-done = { $done } van { $sets } sets gedaan
guide-step-of = (stap { $step } van { $steps })

## Het venster: Vandaag.

today-paused = Herinneringen zijn gepauzeerd tot { $time }.
today-resume = Hervatten
today-sources = Bronnen: inactiviteit { $idle } · vergrendeling { $lock } · volledig scherm { $fullscreen }
today-no-streak = Nog geen reeks
today-streak = { $days ->
    [one] Reeks van 1 dag
   *[other] Reeks van { $days } dagen
    }
today-progress = Vandaag { $done } van { $total } gedaan
today-next = Volgende herinnering { $relative }: { $name } om { $time }
today-no-more = Geen herinneringen meer gepland.
today-nothing-due = Er staat nu niets open.
today-due-since = { $instruction } · open sinds { $time }
today-start = Starten
today-start-hint = Doe nu { $name }, stap voor stap begeleid
today-start-disabled = Er loopt al een begeleide sessie
today-done = Gedaan
today-done-hint = { $name } gedaan
today-snooze = { $minutes } min later
today-skip = Overslaan
today-checklist = Minisessies van vandaag
today-nothing-scheduled = Vandaag staat er niets gepland.
today-item-done = gedaan
today-item-skipped = overgeslagen
today-item-missed = gemist
today-item-due = nu te doen
today-item-snoozed = uitgesteld tot { $time }
today-log-title = Wandeling of fietsrit noteren
today-log-activity = Activiteit
today-log-minutes = Minuten
today-log = Noteren
today-week-target = { $name }: { $minutes } van { $target } min deze week
today-paused-short = Gepauzeerd tot { $time }.
today-resume-prompts = Herinneringen hervatten
today-break-title = Even geen herinneringen?
today-pause-hour = 1 uur pauzeren
today-pause-tomorrow = Pauzeren tot morgen

## Het venster: Schema.

schedule-title = Schema
schedule-to-fix = { $count ->
    [one] Nog 1 veld verbeteren voor het opslaan
   *[other] Nog { $count } velden verbeteren voor het opslaan
    }
schedule-unsaved = Niet-opgeslagen wijzigingen
schedule-saved = Alle wijzigingen opgeslagen
schedule-revert = Terugzetten
schedule-save = Opslaan
schedule-reload = Opnieuw laden
schedule-keep-mine = Mijn versie houden
schedule-fix-first = Verbeter de rood gemarkeerde velden voordat je opslaat.
schedule-this-computer = Op deze computer
schedule-at-once = Deze gelden meteen; ze vallen buiten Opslaan.
schedule-autostart = Herinneringen starten bij inloggen
schedule-autostart-hint = Start de achtergronddienst wanneer je inlogt
schedule-working-hours = Werktijden
schedule-working-hours-hint = Tijdvakken zoals 09:00-12:30, 13:30-17:30. Laat een dag leeg als je vrij bent.
schedule-breaks = Pauzes, uitstellen en stilte
schedule-idle = Niet aan je bureau na (minuten)
schedule-snooze = Uitstellen met (minuten)
schedule-remind = Nog eens herinneren na (minuten, 0 = nooit)
schedule-quiet = Herinneringen vasthouden bij Niet storen of een venster op volledig scherm
schedule-quiet-hint = Presentaties en videogesprekken blijven ongestoord; vastgehouden herinneringen komen daarna één keer, als het dan nog binnen de tijden valt.
schedule-sound = Meldingsgeluid van het bureaublad afspelen
schedule-preview = Volgende herinneringen met deze instellingen
schedule-preview-fix = Verbeter de gemarkeerde velden om het voorbeeld te zien.
schedule-preview-none = Geen herinneringen: elke oefening staat uit of heeft geen regels.
schedule-exercises = Oefeningen
schedule-dose = Dosering
# $examples zijn doseringen in de taal van de gebruiker; het veld leest ze zo ook terug.
schedule-dose-hint = bijv. { $examples }
schedule-add-rule = Regel toevoegen voor { $name }
schedule-pace-circle = Begeleid tempo: seconden per rondje
schedule-pace-up = Begeleid tempo: seconden omhoog
schedule-pace-down = seconden omlaag
schedule-pace-rest = rust tussen sets (sec)
schedule-pace-interval = Begeleid: tempo wisselen elke (minuten, 0 = gelijkmatig)
schedule-when = Wanneer
schedule-minutes = Minuten
schedule-every-minutes = Elke (minuten)
schedule-at-minute = Op minuut
schedule-times = Tijden
schedule-minutes-week = Minuten per week
schedule-check-at = Controle om
schedule-remove = Verwijderen
schedule-remove-hint = Deze regel van { $name } verwijderen
# Niet aangevinkt leest de regel als "Alleen op werkdagen".
schedule-only-on = Alleen op
schedule-working-days = werkdagen
schedule-hours = Tijden
schedule-hours-working = Werktijden
schedule-hours-any = Op elk tijdstip
schedule-hours-ranges = Deze tijden
schedule-ranges = Tijdvakken
rule-kind-sitting = Telkens na N minuten zitten
rule-kind-clock = Elke N minuten volgens de klok
rule-kind-times = Op vaste tijden
rule-kind-weekly = Weekdoel
theme-label = Vensterthema
theme-system = Zoals het bureaublad
theme-light = Licht
theme-dark = Donker
schedule-region = Taal en regio
schedule-language = Taal
schedule-clock = Tijdnotatie
schedule-week-start = Week begint op
# $value is wat de locale van het bureaublad zegt, bijv. "Nederlands" of "24-uursnotatie".
region-like-desktop = Zoals het bureaublad ({ $value })
clock-12h = 12-uursnotatie (2:30 p.m.)
clock-24h = 24-uursnotatie (14:30)

## Het venster: de omlijsting.

tab-today = Vandaag
tab-schedule = Schema
tab-exercises = Oefeningen
tab-history = Geschiedenis
close-title = Wijzigingen in je schema opslaan voordat je sluit?
close-detail = Het tabblad Schema heeft wijzigingen die niet zijn opgeslagen. Bij verwerpen gaan ze verloren.
close-save = Opslaan en sluiten
close-discard = Verwerpen en sluiten
close-cancel = Annuleren
daemon-not-running = De achtergronddienst draait niet.
daemon-not-running-detail = Herinneringen komen alleen als die draait. Start hem om de sessies van vandaag te zien.
daemon-not-started = De achtergronddienst kon niet worden gestart.
daemon-not-answering = De achtergronddienst reageert niet.
daemon-restart = Opnieuw starten
daemon-start = Starten
daemon-try-again = Opnieuw proberen

## Het venster: Geschiedenis.

history-title = Geschiedenis
history-last-weeks = { $weeks ->
    [one] De afgelopen week
   *[other] De afgelopen { $weeks } weken
    }
history-days = { $days ->
    [one] 1 dag
   *[other] { $days } dagen
    }
history-streaks = Reeksen
history-none-on = Er staan geen oefeningen aan.
history-exercise = Oefening
history-current = Huidig
history-best = Record
history-active-minutes = Actieve minuten per week
history-target-line = Stippellijn: doel van { $target } min per week
history-no-weeks = Geen weken om te tonen.
history-week-of = Week van { $date }
history-bar = { $week }: { $minutes } min
history-target = Doel { $target } min
history-active-none = Actieve minuten zijn de minuten van oefeningen met een weekdoel; geen enkele oefening heeft er een.
history-active-one = Actieve minuten: de minuten van { $name }, de oefening met een weekdoel.
history-active-many = Actieve minuten: de minuten van { $names } en { $last }, de oefeningen met een weekdoel.
history-summary = Actieve minuten per week: deze week { $minutes } min
history-summary-target = { $summary }, bij een doel van { $target } min
history-summary-average = { $weeks ->
    [one] { $summary }; gemiddeld { $average } min per week over 1 week
   *[other] { $summary }; gemiddeld { $average } min per week over { $weeks } weken
    }
history-prompts-done = Herinneringen gedaan
history-completion = { $weeks ->
    [one] { $percent } in 1 week ({ $done } van { $asked })
   *[other] { $percent } in { $weeks } weken ({ $done } van { $asked })
    }
history-this-week = Deze week
history-last-week = Vorige week
history-done-of = { $done } van { $asked }
history-no-prompts = geen herinneringen
history-export = Exporteren
history-no-home = Kan niet exporteren: geen persoonlijke map gevonden (is HOME ingesteld?)
history-export-where = Alle vastgelegde sessies als spreadsheet (CSV), opgeslagen in { $folder }.
history-export-button = CSV exporteren
history-documents = je map Documenten ({ $path })
history-home = je persoonlijke map ({ $path })
history-cannot-export = Kan niet exporteren: { $reason }
history-exported = { $count ->
    [one] 1 sessie geëxporteerd naar { $path }
   *[other] { $count } sessies geëxporteerd naar { $path }
    }
heat-before-first = { $date }: vóór je eerste sessie
heat-done = { $count } gedaan
heat-skipped = { $count } overgeslagen
heat-missed = { $count } gemist
heat-minutes = { $minutes } min
heat-rest-day = rustdag
heat-title = Dagen met oefeningen
heat-nothing = Nog niets vastgelegd.
heat-days-done = Sinds je begon op { $done } van de { $scheduled } geplande dagen iets gedaan.
heat-less = Minder
heat-more = Meer
heat-none-done = Geen sessies gedaan
heat-one-done = 1 gedaan
heat-two-three = 2 of 3 gedaan
heat-four-more = 4 of meer gedaan
heat-rest-hint = Die dag stond er niets gepland, of het was vóór je eerste sessie
heat-rest-legend = Rustdag of nog niet begonnen

## Het venster: een begeleide sessie.

player-illustration = Illustratie: { $name }
player-next = Hierna: { $next }
player-last = Laatste stap
player-step = Stap { $step } van { $steps } · { $next }
player-resume = Hervatten
player-pause = Pauzeren
player-skip = Stap overslaan
player-stop = Stoppen
player-stop-hint = Beëindigt de sessie en noteert wat je hebt gedaan
player-paused = gepauzeerd
player-left-in = { $step }: nog { $time }
player-so-far = { $time } tot nu toe
player-ran-by-itself = { $name } liep de volle { $minutes } min vanzelf door: er is { $minutes } min genoteerd.
player-stopped-earlier = Eerder gestopt? Geef aan hoeveel minuten je hebt gedaan.
player-minutes = Minuten
player-correct = Corrigeren
player-not-number = Minuten: { $value } is geen heel getal
player-keep = { $minutes } min behouden

## Antwoorden op opdrachten (via de opdrachtregel, het venster, het systeemvak).

reply-done = Gedaan: { $name }, { $what }, om { $time }.
reply-done-streak = { $days ->
    [one] Gedaan: { $name }, { $what }, om { $time }. Reeks: 1 dag.
   *[other] Gedaan: { $name }, { $what }, om { $time }. Reeks: { $days } dagen.
    }
reply-skipped = Overgeslagen: { $name } om { $time }.
reply-snoozed-one = Uitgesteld: { $name } om { $time }.
reply-missed = Gemist: { $name } om { $time }.
# $outcome is outcome-done, outcome-skipped, outcome-snoozed of outcome-missed
# ("is om 10:42 via de opdrachtregel al gedaan").
reply-already = { $name } is om { $time }{ $by } al { $outcome }; er is niets vastgelegd.
outcome-done = gedaan
outcome-skipped = overgeslagen
outcome-snoozed = uitgesteld
outcome-missed = gemist
by-cli = { " " }via de opdrachtregel
by-window = { " " }in het venster
by-notification = { " " }via een melding
by-tray = { " " }via het systeemvak
reply-nothing-due = Er staat nu niets open.
reply-snoozed = Uitgesteld tot { $time }: { $names }.
reply-not-due = snooze: { $name } staat nu niet open{ $next }; er is niets uitgesteld
reply-next-at = { " " }(volgende keer om { $time })
reply-next-on = { " " }(volgende keer op { $time })
reply-paused = Gepauzeerd tot { $time }. `second-heart resume` hervat de herinneringen.
reply-resumed = Hervat.
reply-not-paused = Niet gepauzeerd.
reply-say-which = er staat nu niets open; geef aan { $verb ->
    [skip] welke oefening je wilt overslaan
    [start] welke oefening je wilt starten
   *[done] welke oefening gedaan is
    }
reply-which-due = { $count ->
    [one] 1 oefening staat open; noem die: { $ids }
   *[other] Er staan { $count } oefeningen open; noem er één: { $ids }
    }

## Meldingen op de opdrachtregel.

cli-not-running = De achtergronddienst draait niet.
cli-still-running = de achtergronddienst moest stoppen, maar draait na { $seconds } sec nog
cli-dose-changed = { $name }: dosering gewijzigd van { $from } naar { $to }.
cli-fix-first = { $file } bevat fouten; verbeter die eerst (`second-heart config check`):
cli-no-file = { $file }: geen bestand; de standaardinstellingen worden gebruikt
cli-unknown-field = { $file }: onbekend veld { $field } genegeerd
cli-valid = { $file }: geldig
cli-invalid = { $file } is ongeldig:
cli-compacted = { $count ->
    [one] { $file }: 1 onleesbare regel verwijderd; het oude bestand is bewaard als { $backup }
   *[other] { $file }: { $count } onleesbare regels verwijderd; het oude bestand is bewaard als { $backup }
    }
cli-nothing-to-compact = { $file }: niets te compacteren
cli-warning = waarschuwing: { $text }
cli-without-daemon = { $why }; de bestanden worden direct bewerkt, zonder achtergronddienst
daemon-stopping = De achtergronddienst wordt gestopt.
daemon-reloaded = Instellingen opnieuw geladen.
daemon-sample-sent = Voorbeeldherinnering verzonden naar { $server }.

## Momenten: vergaderingen, gesprekken en routines.

action-later = Later
action-no = Nee
schedule-in-meetings = Tijdens vergaderingen, gesprekken en lezen
schedule-in-meetings-hint = Stille suggesties: zittende oefeningen komen stil (geen geluid, lage urgentie); staande oefeningen wachten tot het voorbij is. Alles vasthouden: niets tot het voorbij is.
schedule-walk-in-calls = Een wandeling voorstellen tijdens gesprekken
status-context-said = Situatie: { $context } tot { $time } (door jou opgegeven): tijd zonder invoer telt als zitten
status-context = Situatie: { $context }
anchored-done = { $when } gedaan
anchored-not-today = vandaag niet
anchored-tick = afvinken: second-heart done { $exercise } --anchor { $routine }
place-seated = Zittend, onopvallend
place-standing = Staand
place-away = Niet aan je bureau
place-lying = Liggend of achterovergeleund
# Voor zinnen als "Niet meer in een vergadering" en "Situatie: aan je bureau".
situation-desk = aan je bureau
situation-meeting = in een vergadering
situation-call = in gesprek
situation-reading = aan het lezen
situation-away = niet aan je bureau
busy-meeting = In een vergadering
busy-call = In gesprek
busy-reading = Aan het lezen
policy-off = Herinneringen zoals gewoonlijk
policy-quiet = Stille suggesties
policy-hold = Alles vasthouden
routine-morning = tijdens het tandenpoetsen, 's ochtends
routine-evening = tijdens het tandenpoetsen, 's avonds
routine-after-lunch = na de lunch
routine-kettle = terwijl het water kookt
when-this-morning = vanochtend
when-lunchtime = rond lunchtijd
when-this-afternoon = vanmiddag
when-this-evening = vanavond
# $name is de oefening, in kleine letters.
quiet-meeting = In de vergadering: { $name } onder het bureau, { $dose }
quiet-call = Tijdens het gesprek: { $name } onder het bureau, { $dose }
quiet-reading = Tijdens het lezen: { $name } onder het bureau, { $dose }
quiet-body = Stil en ongezien: { $instruction }
offer-walk = Wandelen tijdens dit gesprek?
offer-other = { $name } tijdens dit gesprek?
offer-body = { $name } — { $dose }. Start en wandel terwijl je praat: de minuten tellen mee voor de wandeling van vandaag en de minuten van deze week.
morning-question = { $names } tijdens het tandenpoetsen vanochtend?
morning-body = Vink het af als je het gedaan hebt ({ $routine }).
# Een opsomming: "Op de tenen staan, Enkelrondjes en Benen omhoog".
list-and = { $first } en { $last }

## De tooltip en het menu van het pictogram in het systeemvak.

tray-due-item = { $name } — { $dose }
tray-next = { $name } om { $time }
tray-guided = { $name }: { $step } (stap { $number } van { $steps })
tray-done-today = Vandaag { $done } van { $total } gedaan
tray-streak = { $days ->
    [one] { $summary } · reeks van 1 dag
   *[other] { $summary } · reeks van { $days } dagen
    }
tray-doing = Bezig: { $what }
tray-doing-paused = Gepauzeerd: { $what }
tray-due-one = Nu te doen: { $what }
tray-unshown = Meldingen kunnen niet worden getoond; antwoord via dit menu
tray-due-many = { $count ->
    [one] 1 sessie nu te doen
   *[other] { $count } sessies nu te doen
    }
tray-not-saved = Niet opgeslagen: { $problem }
tray-busy-until = { $mode } tot { $time }
tray-paused-until = Gepauzeerd tot { $time }
tray-holding = Herinneringen vastgehouden: { $why }
tray-next-line = Volgende: { $next }
tray-open = Second Heart openen
tray-resume-session = Hervatten: { $what }
tray-pause-session = Pauzeren: { $what }
tray-skip-step = Naar de volgende stap
tray-stop-session = Sessie stoppen (noteert wat je hebt gedaan)
tray-start = Starten: { $what }
tray-done = Gedaan: { $what }
tray-skip = Overslaan: { $what }
tray-snooze = { $minutes } min later
tray-snooze-all = Alle { $minutes } min later
tray-resume = Herinneringen hervatten (gepauzeerd tot { $time })
tray-pause-hour = 1 uur pauzeren
tray-pause-tomorrow = Pauzeren tot morgen
tray-no-longer = Niet meer { $situation } (tot { $time })
tray-busy-hour = { $mode } (1 uur)
tray-quit = Second Heart afsluiten

## Momenten in het venster en in antwoorden.

today-routines = Bij je routines
today-routine-item = { $name } — { $routine }
today-routine-done = { $when } gedaan
today-routine-not-today = vandaag niet
today-routine-tick = Gedaan: { $name } { $routine }
today-routine-tick-hint = Afvinken: wordt vastgelegd op de gebruikelijke tijd van de routine
today-busy-until = { $mode } tot { $time }.
today-busy-off = Niet meer
today-busy-hour = { $mode } (1 uur)
today-busy-hint = Tijd zonder invoer via toetsenbord of muis telt als zitten; zittende oefeningen komen als stille suggesties, de rest daarna
history-sessions = { $count ->
    [one] 1 sessie
   *[other] { $count } sessies
    }
history-in-meetings = { $sessions } in vergaderingen
history-in-calls = { $sessions } tijdens gesprekken
history-moments-week = Deze week: { $parts }
busy-no-longer = Niet meer { $situation }: tijd zonder invoer telt weer als pauze.
busy-not-busy = Niet bezig.
busy-prompts-usual = herinneringen komen zoals gewoonlijk
busy-prompts-wait = herinneringen wachten tot dan
busy-prompts-call = zittende oefeningen komen als stille suggesties, er wordt een wandeling voorgesteld, de rest wacht tot dan
busy-prompts-quiet = zittende oefeningen komen als stille suggesties, de rest wacht tot dan
busy-set = { $mode } tot { $time }: tijd zonder invoer telt als zitten; { $prompts }. `second-heart busy off` beëindigt dit.

## Eerste start: het welkom en de startschema's.

welcome-start = Beginnen
welcome-title = Welkom bij Second Heart
welcome-intro = Je kuitspieren zijn je 'tweede hart': elke samentrekking pompt bloed uit je benen terug naar je hart. Bij lang zitten blijft het bloed in je benen staan. Kleine, frequente sessies verspreid over de dag houden de pomp op gang, en regelmaat is belangrijker dan intensiteit.
welcome-safety = Dit is geen medisch advies. Heb of had je diepveneuze trombose (DVT), hartfalen of pijn in je benen? Overleg dan met een arts voordat je je beweegroutine verandert.
welcome-choose = Kies hoe je wilt beginnen. Je kunt later alles aanpassen.
welcome-moments = Verweven met je dag
starter-gentle = Rustig
starter-standard = Standaard
starter-active = Actief
starter-gentle-summary = Enkelrondjes telkens na 90 minuten zitten, één keer per dag op de tenen staan, elke dag een wandeling.
starter-standard-summary = Enkelrondjes na elk uur zitten, twee keer per dag op de tenen staan en de kuitstretch, elke dag een wandeling, benen omhoog na lang zitten.
starter-active-summary = Enkelrondjes elke 45 minuten, drie keer per dag op de tenen staan, twee keer de stretch, een wandeling en benen omhoog.
moment-meetings = Enkelrondjes tijdens vergaderingen
moment-meetings-detail = In een vergadering komen zittende oefeningen als stille suggesties; de rest wacht tot die voorbij is.
moment-brushing-teeth = Op de tenen staan tijdens het tandenpoetsen
moment-brushing-teeth-detail = 's Ochtends en 's avonds, in plaats van op vaste tijden; vink ze achteraf af bij Vandaag.
moment-calls = Wandelen tijdens het bellen
moment-calls-detail = Aan het begin van een gesprek wordt een begeleide wandeling voorgesteld; de minuten tellen mee.

## Het venster: Oefeningen.

exercises-title = Oefeningen
exercises-cannot-show = Het opgeslagen schema kan niet worden getoond; zie het tabblad Schema.
exercises-unsaved = Het tabblad Schema heeft niet-opgeslagen wijzigingen: deze pagina toont het schema dat nu geldt.
exercises-open-schedule = Tabblad Schema openen
exercises-intro = Kleine, frequente sessies houden de kuitspierpomp aan het werk. Geen medisch advies: heb of had je diepveneuze trombose (DVT), hartfalen of pijn in je benen, overleg dan met een arts voordat je je routine verandert.
exercises-off = (uit)
exercises-changed = Gewijzigd in het tabblad Schema, nog niet opgeslagen
exercises-no-rules = geen regels: nooit een herinnering
exercises-when = Wanneer: { $when }
exercises-where = Waar: { $place }
exercises-with = { $where } · Bij: { $routines }
exercises-start = { $name } starten
exercises-start-hint = Doe het nu, stap voor stap begeleid
exercises-start-disabled = Er loopt al een begeleide sessie
exercises-edit = { $name } bewerken
exercises-add-title = Eigen oefening toevoegen
exercises-name = Naam
exercises-name-hint = Kniebuigingen bij het bureau
exercises-dose = Dosering
exercises-instruction = Instructie in één regel
exercises-instruction-hint = Wordt getoond in de herinnering
exercises-how-to = Uitleg
exercises-every = Telkens na N minuten zitten
exercises-where-label = Waar
# De routinewoorden blijven Engels: de app leest ze zo.
exercises-routines = Bij routines
exercises-routines-hint = morning, evening, after-lunch, kettle of een eigen naam
exercises-logged = Ik noteer de minuten achteraf (zoals bij wandelen)
exercises-give-name = Geef de oefening een naam.
exercises-exists = Er is al een oefening met de naam { $name }.
exercises-dose-problem = Dosering: { $problem }
exercises-routines-problem = Routines: { $problem }
exercises-every-problem = Telkens na N minuten: een getal van { $min } tot { $max }.
exercises-save = Wijzigingen opslaan
exercises-add = Oefening toevoegen
exercises-cancel = Annuleren

## Why prompts are held.

quiet-reason-dnd = Niet storen staat aan
quiet-reason-dnd-dunst = Niet storen staat aan (dunst gepauzeerd)
quiet-reason-dnd-gnome = Niet storen staat aan (GNOME)
quiet-reason-fullscreen = een venster op volledig scherm heeft de focus
quiet-reason-camera = een camera is in gebruik (een gesprek?)
quiet-reason-awake = { $app } houdt het scherm wakker
quiet-reason-presentation = de presentatie-instellingen staan aan
quiet-reason-quiet-time = de stille tijd van Windows na installatie of een upgrade

## Guided sessions and routines: replies.

guided-started = { $name } gestart ({ $dose }{ $length }): { $step }.
guided-paused = { $name } gepauzeerd bij: { $step }.
guided-resumed = { $name } hervat: { $step }.
guided-on-to = { $name }: verder met { $step }.
guided-too-short = { $name } gestopt na { $time }: te kort om te tellen; niets genoteerd.
guided-not-saved = Niet opgeslagen: { $reason }
guided-kept = Behouden: { $name }, { $minutes } min.
guided-corrected = Gecorrigeerd: { $name }, { $minutes } min (was { $was }).
guided-running = start: { $name } loopt; stop het eerst (`second-heart session stop`)
guided-none = session: er loopt geen begeleide sessie
anchored-reply-done = Gedaan: { $name } { $routine } ({ $when }).
anchored-reply-not-done = Genoteerd: { $name } { $routine } vandaag niet gedaan.

## Notices in the window.

notice-saved-elsewhere = { $file } is intussen elders opgeslagen (door het commando second-heart of een ander venster): het blijft zoals het is en wordt hier getoond; het sjabloon { $starter } is niet toegepast.
notice-starter-saved = Schema { $starter } opgeslagen. Herinneringen komen als bureaubladmeldingen; vink ze daar of hier af.
notice-clash = De voorkeuren zijn gewijzigd sinds je ze opende ({ $fields }): laad opnieuw of houd de jouwe.
notice-saved = Opgeslagen.
notice-saved-merged = Opgeslagen, samen met de wijzigingen die intussen elders zijn gemaakt.
notice-clash-first = Het tabblad Schema heeft een opslag die botst met elders gemaakte wijzigingen: laad daar eerst opnieuw of houd de jouwe.
notice-own-clash = { $name } is intussen elders gewijzigd ({ $fields }); er is niets opgeslagen.
notice-own-saved = { $name } opgeslagen.
notice-own-added = { $name } toegevoegd.
notice-in-effect = { $saved } Het nieuwe schema is van kracht.
notice-when-daemon-starts = { $saved } Het gaat in zodra de achtergronddienst start.
notice-daemon-said = { $saved } Maar de achtergronddienst meldde: { $reason }
notice-done = Gedaan.
notice-not-running = De achtergronddienst draait niet; start hem eerst.
notice-log-minutes = Minuten: { $value } is geen getal van { $min } tot { $max }.

## Typed times and the terminal guide.

time-not-a-time = { $text } is geen tijd (schrijf bijv. 14:30, "2:30 PM", "2026-11-23 09:00" of 2026-11-23T09:00:00+01:00)
time-in-gap = { $text } bestaat niet in deze tijdzone (de klok slaat die over bij de zomertijd)
guide-keys = Toetsen: spatie pauze/verder · n volgende stap · q stoppen
