### Second Heart: italiano.

time-12h = { $time } { $period }
time-am = AM
time-pm = PM
date-long = %A %-d %B
date-short = %a %-d %b
date-day-month = %-d %b
date-weekday = %a
date-month = %b

## Gli esercizi predefiniti. Chi ne rinomina uno mantiene il proprio nome.

exercise-ankle-rotations-name = Rotazioni delle caviglie
exercise-ankle-rotations-instruction = In posizione seduta: ruota ogni caviglia in senso orario, poi antiorario.
exercise-ankle-rotations-how-to = Siediti con la schiena dritta e solleva leggermente un piede da terra. Disegna cerchi lenti e ampi con la punta del piede: in senso orario, poi antiorario. Cambia piede. Si fa facilmente senza farsi notare durante le riunioni.
exercise-calf-raises-name = Sollevamenti sulle punte
exercise-calf-raises-instruction = In piedi, sali bene sulle punte, scendi lentamente.
exercise-calf-raises-how-to = In piedi con la schiena dritta, su un gradino se ne hai uno a portata di mano. Sali sulle punte più in alto che puoi, poi scendi lentamente; sul gradino, lascia scendere i talloni sotto il bordo. Tieniti a una scrivania o al muro per l'equilibrio. Si può fare anche mentre ti lavi i denti.
exercise-soleus-stretch-name = Allungamento del polpaccio a ginocchio piegato
exercise-soleus-stretch-instruction = Ginocchio piegato, tallone a terra: lo senti in basso e in profondità nel polpaccio.
exercise-soleus-stretch-how-to = Porta un piede indietro e piega entrambe le ginocchia, tenendo a terra il tallone del piede dietro. L'allungamento si sente in basso e in profondità nel polpaccio: è il soleo. (A ginocchio teso si allunga invece il gastrocnemio.) Mantieni la posizione, poi cambia gamba. Ottimo dopo una camminata.
exercise-brisk-walk-name = Camminata veloce
exercise-brisk-walk-instruction = Cammina a passo svelto; cambia ritmo ogni 5 minuti.
exercise-brisk-walk-how-to = Cammina a un passo che ti fa respirare più forte ma ti lascia ancora parlare. Alterna passo svelto e passo tranquillo ogni 5 minuti (a intervalli). Vale anche camminare durante le telefonate.
exercise-cycling-name = Bicicletta
exercise-cycling-instruction = Registra i minuti in bici; punta a 150 a settimana.
exercise-cycling-how-to = Pedala sulla cyclette o in bici all'aperto con uno sforzo moderato: respiri più forte ma riesci ancora a parlare. Basso impatto sulle articolazioni. Registra i minuti dopo; l'obiettivo settimanale è 150.
exercise-legs-up-name = Gambe sollevate
exercise-legs-up-instruction = Sdraiati o appoggiati allo schienale, con le gambe più in alto dei fianchi.
exercise-legs-up-how-to = Dopo molto tempo in posizione seduta, sdraiati a terra con i polpacci su una sedia o le gambe appoggiate al muro, oppure appoggiati allo schienale con i piedi su uno sgabello. Lascia che la gravità aiuti il sangue a risalire dalle gambe.

## Dosi: la quantità di una sessione.

dose-sets-of-reps = { $sets } serie da { $reps }
dose-circles-each-way = { $circles ->
    [one] { $circles } giro per senso
   *[other] { $circles } giri per senso
    }
dose-seconds-each-leg = { $seconds } s per gamba
dose-minutes = { $minutes } min

## Regole: quando tocca a un esercizio, in poche parole.

rule-every-sitting = ogni { $span } in posizione seduta
rule-every-hour-at = ogni ora al minuto { $minute }
rule-every-clock = ogni { $span } dalle ore { $time }
rule-at-times = alle ore { $times }
rule-weekly-target = { $minutes } min a settimana (verifica alle ore { $time })
rule-on-days = { $rule }, { $days }
rule-any-time = { $rule }, a qualsiasi ora
rule-in-ranges = { $rule }, { $ranges }
# Una durata dentro rule-every-sitting e rule-every-clock, dopo "ogni".
span-hour = ora
span-hours = { $hours } h
span-minutes = { $minutes } min
days-every-day = tutti i giorni
days-weekdays = lun-ven

## Durate e momenti rispetto ad adesso.

relative-now = adesso
relative-minutes = tra { $minutes } min
relative-hours = tra { $hours } h
relative-hours-minutes = tra { $hours } h { $minutes } min
relative-days = { $days ->
    [one] tra { $days } giorno
   *[other] tra { $days } giorni
    }

## `second-heart status` e `upcoming`.

upcoming-none = Nessun promemoria in arrivo: ogni esercizio è disattivato o non ha regole.
upcoming-today = Oggi
upcoming-tomorrow = Domani
status-no-streak = ancora nessuna serie
status-streak = { $days ->
    [one] serie di { $days } giorno
   *[other] serie di { $days } giorni
    }
status-best = (record: { $days })
# La prima riga: la data, i progressi di oggi e la serie.
status-headline = { $date } · { $done } su { $total } fatti · { $streak }
status-paused = In pausa fino alle ore { $time }
status-busy = In chiamata o in lettura fino alle ore { $time }: il tempo senza input conta come tempo da seduti
status-guided = { $name } in corso ({ $dose }): { $step }, passo { $number } di { $steps }
status-sitting-since = In posizione seduta dalle ore { $time }
status-away = Lontano dalla scrivania
status-sources = Fonti: inattività { $idle } · blocco { $lock } · schermo intero { $fullscreen }
status-nothing-today = Niente in programma oggi.
item-done = fatto
item-done-with = fatto, { $what }
item-skipped = saltato
item-missed = mancato
item-due = da fare ora · { $dose }
item-snoozed = posticipato alle ore { $time }
item-upcoming = in programma
status-next = Prossimo promemoria: { $name }, { $time } ({ $relative })
status-week-target = Questa settimana: { $name } { $minutes } su { $target } min ({ $percent }%)
status-weeks = Promemoria svolti, ultime 4 settimane: { $rates }
status-suggestion = Vuoi fare di più? { $name }: dose completa in { $days } degli ultimi 7 giorni. Prova { $suggested } (second-heart dose { $exercise } "{ $dose }")

## Notifiche: il promemoria e i suoi pulsanti.

prompt-summary = { $name } — { $dose }
prompt-unsaved = Non è stato possibile salvare la tua ultima risposta ({ $reason }). { $instruction }
prompt-reminder = Piccolo promemoria: ancora da fare dalle ore { $time }. { $instruction }
action-open = Apri
action-start = Inizia
action-done = Fatto
action-snooze = Posticipa di { $minutes } min
action-skip = Salta
sample-summary = Second Heart: esempio di promemoria
sample-body = Rotazioni delle caviglie — 10 giri per senso.
    Ecco come appariranno i promemoria.

## Sessioni guidate: i passi e le indicazioni mostrate a ognuno.

# $foot è guide-right o guide-left; $way è guide-clockwise o guide-counter-clockwise.
guide-foot-way = Piede { $foot }, { $way }
guide-right = destro
guide-left = sinistro
guide-clockwise = senso orario
guide-counter-clockwise = senso antiorario
guide-circles-detail = { $circles ->
    [one] { $circles } giro lento in { $way }, circa { $seconds } s
   *[other] { $circles } giri lenti in { $way }, circa { $seconds } s ciascuno
    }
guide-switch-feet = Cambia piede
guide-switch-feet-detail = Appoggia il piede destro e solleva il sinistro
guide-rest = Riposo
guide-rest-detail = Scuoti i polpacci; poi serie { $set } di { $sets }
guide-reps = { $reps ->
    [one] { $reps } ripetizione
   *[other] { $reps } ripetizioni
    }
guide-set = Serie { $set } di { $sets }
guide-reps-detail = { $reps ->
    [one] { $reps } ripetizione: su in { $up } s, giù in { $down } s
   *[other] { $reps } ripetizioni: su in { $up } s, giù in { $down } s
    }
guide-right-leg = Gamba destra
guide-left-leg = Gamba sinistra
guide-hold-right = Mantieni l'allungamento sulla gamba destra per { $seconds } s
guide-hold-left = Mantieni l'allungamento sulla gamba sinistra per { $seconds } s
guide-switch-legs = Cambia gamba
guide-switch-legs-detail = Porta indietro l'altro piede
guide-minutes = { $minutes } min
guide-brisk = Passo svelto
guide-brisk-detail = Respira più forte, ma riuscendo ancora a parlare: { $minutes } min
guide-easy = Passo tranquillo
guide-easy-detail = Cammina comodamente e riprendi fiato: { $minutes } min
guide-timing = Cronometro
guide-timing-detail = Minuti cronometrati: ferma quando hai finito
guide-done = Finito
guide-well-done = { $name }: ben fatto
# Cosa si conta in un passo: $unit è "circles" o "reps" (chiavi da lasciare così).
guide-count = { $done }/{ $total } { $unit ->
    [circles] giri
   *[reps] rip.
    }
guide-left-time = mancano { $time }
guide-paused = in pausa
guide-up = su
guide-down = giù
cue-summary = { $name } — { $step }
cue-next = { $detail }
    Poi: { $next }
cue-finished = { $name } — finito
cue-correct = { $said }
    Hai smesso prima? Correggi i minuti nella finestra (o `second-heart session correct MINUTI`).
guide-sets-done = Serie completate: { $done } di { $sets }
guide-step-of = (passo { $step } di { $steps })

## La finestra: Oggi.

today-paused = I promemoria sono in pausa fino alle ore { $time }.
today-resume = Riprendi
today-sources = Fonti: inattività { $idle } · blocco { $lock } · schermo intero { $fullscreen }
today-no-streak = Ancora nessuna serie
today-streak = { $days ->
    [one] Serie di { $days } giorno
   *[other] Serie di { $days } giorni
    }
today-progress = { $done } su { $total } fatti oggi
today-next = Prossimo promemoria { $relative }: { $name } alle ore { $time }
today-no-more = Nessun altro promemoria in programma.
today-nothing-due = Niente da fare al momento.
today-due-since = { $instruction } · da fare dalle ore { $time }
today-start = Inizia
today-start-hint = Fai { $name } adesso, con la guida passo passo
today-start-disabled = È in corso una sessione guidata
today-done = Fatto
today-done-hint = Segna come fatto: { $name }
today-snooze = Posticipa di { $minutes } min
today-skip = Salta
today-checklist = Micro-sessioni di oggi
today-nothing-scheduled = Niente in programma oggi.
today-item-done = fatto
today-item-skipped = saltato
today-item-missed = mancato
today-item-due = da fare ora
today-item-snoozed = posticipato alle ore { $time }
today-log-title = Registra una camminata o un giro in bici
today-log-activity = Attività
today-log-minutes = Minuti
today-log = Registra
today-week-target = { $name }: { $minutes } su { $target } min questa settimana
today-paused-short = In pausa fino alle ore { $time }.
today-resume-prompts = Riprendi i promemoria
today-break-title = Ti serve una pausa dai promemoria?
today-pause-hour = Pausa di un'ora
today-pause-tomorrow = Pausa fino a domani

## La finestra: Programma.
## $examples in schedule-dose-hint sono dosi nella lingua dell'utente.

schedule-title = Programma
schedule-to-fix = { $count ->
    [one] { $count } campo da correggere prima di salvare
   *[other] { $count } campi da correggere prima di salvare
    }
schedule-unsaved = Modifiche non salvate
schedule-saved = Tutte le modifiche salvate
schedule-revert = Ripristina
schedule-save = Salva
schedule-reload = Ricarica
schedule-keep-mine = Mantieni le mie
schedule-fix-first = Correggi i campi segnati in rosso prima di salvare.
schedule-this-computer = Su questo computer
schedule-at-once = Queste impostazioni si applicano subito, senza bisogno di Salva.
schedule-autostart = Avvia i promemoria all'accesso
schedule-autostart-hint = Avvia il servizio in background quando accedi
schedule-working-hours = Orario di lavoro
schedule-working-hours-hint = Fasce come 09:00-12:30, 13:30-17:30. Lascia vuoto un giorno libero.
schedule-breaks = Pause, posticipo e silenzio
schedule-idle = Lontano dalla scrivania dopo (minuti)
schedule-snooze = Durata del posticipo (minuti)
schedule-remind = Ricorda ancora una volta dopo (minuti, 0 per mai)
schedule-quiet = Trattieni i promemoria con Non disturbare o una finestra a schermo intero
schedule-quiet-hint = Presentazioni e videochiamate non vengono disturbate; i promemoria trattenuti arrivano una volta sola, dopo, se ancora dentro gli orari.
schedule-sound = Riproduci il suono di notifica del sistema
schedule-preview = Prossimi promemoria con queste impostazioni
schedule-preview-fix = Correggi i campi segnati per vedere l'anteprima.
schedule-preview-none = Nessun promemoria: ogni esercizio è disattivato o non ha regole.
schedule-exercises = Esercizi
schedule-dose = Dose
schedule-dose-hint = es. { $examples }
schedule-add-rule = Aggiungi una regola per { $name }
schedule-pace-circle = Ritmo guidato: secondi per giro
schedule-pace-up = Ritmo guidato: secondi in salita
schedule-pace-down = secondi in discesa
schedule-pace-rest = riposo tra le serie (s)
schedule-pace-interval = Guidata: cambia ritmo ogni (minuti, 0 per ritmo costante)
schedule-when = Quando
schedule-minutes = Minuti
schedule-every-minutes = Ogni (minuti)
schedule-at-minute = Al minuto
schedule-times = Orari
schedule-minutes-week = Minuti a settimana
schedule-check-at = Verifica alle
schedule-remove = Rimuovi
schedule-remove-hint = Rimuovi questa regola di { $name }
schedule-only-on = Solo
schedule-working-days = giorni lavorativi
schedule-hours = Orari
schedule-hours-working = Orario di lavoro
schedule-hours-any = Qualsiasi ora
schedule-hours-ranges = Orari scelti
schedule-ranges = Fasce
rule-kind-sitting = Ogni N minuti in posizione seduta
rule-kind-clock = Ogni N minuti secondo l'orologio
rule-kind-times = A orari fissi
rule-kind-weekly = Obiettivo settimanale
theme-label = Tema della finestra
theme-system = Come il sistema
theme-light = Chiaro
theme-dark = Scuro
schedule-region = Lingua e regione
schedule-language = Lingua
schedule-clock = Formato dell'ora
schedule-week-start = La settimana inizia di
# $value è ciò che indica la lingua del sistema, per es. "Deutsch" o "24 ore".
region-like-desktop = Come il sistema ({ $value })
clock-12h = 12 ore (2:30 PM)
clock-24h = 24 ore (14:30)

## La finestra: la cornice.

tab-today = Oggi
tab-schedule = Programma
tab-exercises = Esercizi
tab-history = Storico
close-title = Salvare le modifiche al programma prima di chiudere?
close-detail = La scheda Programma contiene modifiche non salvate. Se le scarti, andranno perse.
close-save = Salva e chiudi
close-discard = Chiudi senza salvare
close-cancel = Annulla
daemon-not-running = Il servizio in background non è in esecuzione.
daemon-not-running-detail = I promemoria arrivano solo mentre è attivo. Avvialo per vedere le sessioni di oggi.
daemon-not-started = Impossibile avviare il servizio in background.
daemon-not-answering = Il servizio in background non risponde.
daemon-restart = Riavvia il servizio
daemon-start = Avvia il servizio
daemon-try-again = Riprova

## La finestra: Storico.

history-title = Storico
history-last-weeks = Le ultime { $weeks } settimane
history-days = { $days ->
    [one] { $days } giorno
   *[other] { $days } giorni
    }
history-streaks = Serie
history-none-on = Nessun esercizio è attivo.
history-exercise = Esercizio
history-current = Attuale
history-best = Record
history-active-minutes = Minuti attivi a settimana
history-target-line = Linea tratteggiata: obiettivo di { $target } min a settimana
history-no-weeks = Nessuna settimana da mostrare.
history-week-of = Settimana del { $date }
history-bar = { $week }: { $minutes } min
history-target = Obiettivo { $target } min
history-active-none = I minuti attivi sono quelli degli esercizi con un obiettivo settimanale; nessuno ne ha uno.
history-active-one = Minuti attivi: i minuti di { $name }, l'esercizio con un obiettivo settimanale.
history-active-many = Minuti attivi: i minuti di { $names } e { $last }, gli esercizi con un obiettivo settimanale.
history-summary = Minuti attivi a settimana: { $minutes } min questa settimana
history-summary-target = { $summary }, su un obiettivo di { $target } min
history-summary-average = { $summary }; in media { $average } min a settimana su { $weeks } settimane
history-prompts-done = Promemoria svolti
history-completion = { $percent } su { $weeks } settimane ({ $done } su { $asked })
history-this-week = Questa settimana
history-last-week = Settimana scorsa
history-done-of = { $done } su { $asked }
history-no-prompts = nessun promemoria
history-export = Esportazione
history-no-home = Impossibile esportare: cartella personale non trovata (HOME è impostata?)
# $folder è history-documents o history-home, dopo "nella".
history-export-where = Tutte le sessioni registrate in un foglio di calcolo (CSV), salvato nella { $folder }.
history-export-button = Esporta CSV
history-documents = cartella Documenti ({ $path })
history-home = cartella personale ({ $path })
history-cannot-export = Impossibile esportare: { $reason }
history-exported = { $count ->
    [one] { $count } sessione esportata in { $path }
   *[other] { $count } sessioni esportate in { $path }
    }
heat-before-first = { $date }: prima della tua prima sessione
heat-done = { $count ->
    [one] { $count } fatta
   *[other] { $count } fatte
    }
heat-skipped = { $count ->
    [one] { $count } saltata
   *[other] { $count } saltate
    }
heat-missed = { $count ->
    [one] { $count } mancata
   *[other] { $count } mancate
    }
heat-minutes = { $minutes } min
heat-rest-day = giorno di riposo
heat-title = Giorni attivi
heat-nothing = Ancora nulla di registrato.
heat-days-done = Giorni in programma con almeno una sessione fatta da quando hai iniziato: { $done } su { $scheduled }.
heat-less = Meno
heat-more = Di più
heat-none-done = Nessuna sessione fatta
heat-one-done = 1 fatta
heat-two-three = 2 o 3 fatte
heat-four-more = 4 o più
heat-rest-hint = Niente in programma quel giorno, o prima della tua prima sessione
heat-rest-legend = Giorno di riposo o non ancora iniziato

## La finestra: una sessione guidata.

player-illustration = Illustrazione: { $name }
player-next = Poi: { $next }
player-last = Ultimo passo
player-step = Passo { $step } di { $steps } · { $next }
player-resume = Riprendi
player-pause = Pausa
player-skip = Salta passo
player-stop = Ferma
player-stop-hint = Termina la sessione e registra ciò che hai fatto
player-paused = in pausa
player-left-in = { $step }: mancano { $time }
player-so-far = { $time } finora
player-ran-by-itself = { $name }: il timer è arrivato fino in fondo; sono registrati { $minutes } min.
player-stopped-earlier = Se hai smesso prima, indica quanti minuti hai fatto.
player-minutes = Minuti
player-correct = Correggi
player-not-number = Minuti: { $value } non è un numero intero
player-keep = Mantieni { $minutes } min

## Risposte ai comandi (dalla riga di comando, dalla finestra, dal vassoio).

reply-done = Fatto: { $name }, { $what }, alle ore { $time }.
reply-done-streak = Fatto: { $name }, { $what }, alle ore { $time }. Serie: { $days } giorni.
reply-skipped = Saltato: { $name }, alle ore { $time }.
reply-snoozed-one = Posticipato: { $name }, alle ore { $time }.
reply-missed = Mancato: { $name }, alle ore { $time }.
# $outcome è outcome-done, outcome-skipped, outcome-snoozed o outcome-missed.
reply-already = { $name }: già { $outcome }, alle ore { $time }{ $by }; non è stato registrato nulla.
outcome-done = fatto
outcome-skipped = saltato
outcome-snoozed = posticipato
outcome-missed = mancato
by-cli = { " " }dalla riga di comando
by-window = { " " }nella finestra
by-notification = { " " }da una notifica
by-tray = { " " }dal vassoio di sistema
reply-nothing-due = Niente da fare al momento.
reply-snoozed = Posticipato alle ore { $time }: { $names }.
reply-not-due = snooze: { $name } non è da fare adesso{ $next }; non è stato posticipato nulla
reply-next-at = { " " }(prossimo alle ore { $time })
reply-next-on = { " " }(prossimo: { $time })
# $time può essere solo un orario o una data con orario: da qui "fine:".
reply-paused = In pausa (fine: { $time }). `second-heart resume` riattiva i promemoria.
reply-resumed = Promemoria riattivati.
reply-not-paused = Nessuna pausa in corso.
reply-say-which = niente da fare al momento; indica l'esercizio { $verb ->
    [skip] da saltare
    [start] da iniziare
   *[done] da segnare come fatto
    }
reply-which-due = { $count } esercizi da fare; indica quale: { $ids }

## Messaggi della riga di comando.

cli-not-running = Il servizio in background non è in esecuzione.
cli-still-running = il servizio in background doveva fermarsi, ma dopo { $seconds } s è ancora in esecuzione
cli-dose-changed = { $name }: dose cambiata da { $from } a { $to }.
cli-fix-first = { $file } contiene errori; correggili prima (`second-heart config check`):
cli-no-file = { $file }: file assente; si usano le impostazioni predefinite
cli-unknown-field = { $file }: campo sconosciuto { $field } ignorato
cli-valid = { $file }: valido
cli-invalid = { $file } non è valido:
cli-compacted = { $count ->
    [one] { $file }: { $count } riga illeggibile rimossa; il vecchio file è conservato come { $backup }
   *[other] { $file }: { $count } righe illeggibili rimosse; il vecchio file è conservato come { $backup }
    }
cli-nothing-to-compact = { $file }: niente da compattare
cli-warning = attenzione: { $text }
cli-without-daemon = { $why }; si lavora direttamente sui file, senza il servizio in background
daemon-stopping = Arresto del servizio in background.
daemon-reloaded = Impostazioni ricaricate.
daemon-sample-sent = Esempio di promemoria inviato a { $server }.

## Momenti: riunioni, chiamate e routine.

action-later = Più tardi
action-no = No
schedule-in-meetings = In riunione, in chiamata e in lettura
schedule-in-meetings-hint = Suggerimenti discreti: gli esercizi da seduti arrivano in silenzio (senza suono, bassa urgenza); quelli in piedi aspettano la fine. Trattieni tutto: niente fino alla fine.
schedule-walk-in-calls = Proponi una camminata durante le chiamate
status-context-said = Contesto: { $context } fino alle ore { $time } (indicato da te): il tempo senza input conta come tempo da seduti
status-context = Contesto: { $context }
anchored-done = fatto { $when }
anchored-not-today = non oggi
anchored-tick = da spuntare: second-heart done { $exercise } --anchor { $routine }
place-seated = Da seduti, discreto
place-standing = In piedi
place-away = Lontano dalla scrivania
place-lying = Sdraiati o reclinati
# Per frasi come "Non più in riunione" e "Contesto: alla scrivania".
situation-desk = alla scrivania
situation-meeting = in riunione
situation-call = in chiamata
situation-reading = in lettura
situation-away = lontano dalla scrivania
busy-meeting = In riunione
busy-call = In chiamata
busy-reading = In lettura
policy-off = Promemoria come sempre
policy-quiet = Suggerimenti discreti
policy-hold = Trattieni tutto
routine-morning = mentre ti lavi i denti, al mattino
routine-evening = mentre ti lavi i denti, alla sera
routine-after-lunch = dopo pranzo
routine-kettle = mentre bolle l'acqua
when-this-morning = stamattina
when-lunchtime = all'ora di pranzo
when-this-afternoon = oggi pomeriggio
when-this-evening = stasera
# $name è l'esercizio, in minuscolo.
quiet-meeting = In riunione: { $name } sotto la scrivania, { $dose }
quiet-call = Durante la chiamata: { $name } sotto la scrivania, { $dose }
quiet-reading = Mentre leggi: { $name } sotto la scrivania, { $dose }
quiet-body = Con discrezione, senza farti notare: { $instruction }
offer-walk = Camminare durante questa chiamata?
offer-other = { $name } durante questa chiamata?
offer-body = { $name } — { $dose }. Inizia e cammina mentre parli: i minuti contano per la camminata di oggi e per i minuti della settimana.
morning-question = { $names } mentre ti lavavi i denti stamattina?
morning-body = Spunta se l'hai fatto ({ $routine }).
# Un elenco: "Sollevamenti sulle punte, Rotazioni delle caviglie e Gambe sollevate".
list-and = { $first } e { $last }

## L'icona nel vassoio di sistema: descrizione e menu.

tray-due-item = { $name } — { $dose }
tray-next = { $name } alle ore { $time }
tray-guided = { $name }: { $step } (passo { $number } di { $steps })
tray-done-today = { $done } su { $total } fatti oggi
tray-streak = { $days ->
    [one] { $summary } · serie di { $days } giorno
   *[other] { $summary } · serie di { $days } giorni
    }
tray-doing = In corso: { $what }
tray-doing-paused = In pausa: { $what }
tray-due-one = Da fare ora: { $what }
tray-unshown = Impossibile mostrare le notifiche; rispondi da questo menu
tray-due-many = { $count ->
    [one] { $count } sessione da fare ora
   *[other] { $count } sessioni da fare ora
    }
tray-not-saved = Non salvato: { $problem }
tray-busy-until = { $mode } fino alle ore { $time }
tray-paused-until = In pausa fino alle ore { $time }
tray-holding = Promemoria trattenuti: { $why }
tray-next-line = Prossimo: { $next }
tray-open = Apri Second Heart
tray-resume-session = Riprendi: { $what }
tray-pause-session = Metti in pausa: { $what }
tray-skip-step = Passa al passo successivo
tray-stop-session = Ferma la sessione (registra ciò che hai fatto)
tray-start = Inizia: { $what }
tray-done = Fatto: { $what }
tray-skip = Salta: { $what }
tray-snooze = Posticipa di { $minutes } min
tray-snooze-all = Posticipa tutti di { $minutes } min
tray-resume = Riprendi i promemoria (in pausa fino alle ore { $time })
tray-pause-hour = Pausa di un'ora
tray-pause-tomorrow = Pausa fino a domani
tray-no-longer = Non sono più { $situation } (fino alle ore { $time })
tray-busy-hour = { $mode } per 1 ora
tray-quit = Esci da Second Heart

## I momenti nella finestra e nelle risposte.

today-routines = Con le tue routine
today-routine-item = { $name } — { $routine }
today-routine-done = fatto { $when }
today-routine-not-today = non oggi
today-routine-tick = Fatto: { $name } { $routine }
today-routine-tick-hint = Spunta: viene registrato all'ora abituale della routine
today-busy-until = { $mode } fino alle ore { $time }.
today-busy-off = Non più
today-busy-hour = { $mode } per 1 ora
today-busy-hint = Il tempo senza input da tastiera o mouse conta come tempo da seduti; gli esercizi da seduti arrivano come suggerimenti discreti, il resto dopo
history-sessions = { $count ->
    [one] { $count } sessione
   *[other] { $count } sessioni
    }
history-in-meetings = { $sessions } in riunione
history-in-calls = { $sessions } in chiamata
history-moments-week = Questa settimana: { $parts }
busy-no-longer = Non più { $situation }: il tempo senza input conta di nuovo come pausa.
busy-not-busy = Nessun impegno in corso.
busy-prompts-usual = i promemoria arrivano come sempre
busy-prompts-wait = i promemoria aspettano fino ad allora
busy-prompts-call = gli esercizi da seduti arrivano come suggerimenti discreti, viene proposta una camminata, il resto aspetta fino ad allora
busy-prompts-quiet = gli esercizi da seduti arrivano come suggerimenti discreti, il resto aspetta fino ad allora
# $time può essere solo un orario o una data con orario: da qui "fine:".
busy-set = { $mode } (fine: { $time }): il tempo senza input conta come tempo da seduti; { $prompts }. `second-heart busy off` lo termina.

## Primo avvio: il benvenuto e i programmi iniziali.

welcome-start = Inizia
welcome-title = Ti diamo il benvenuto in Second Heart
welcome-intro = I muscoli del polpaccio sono il tuo "secondo cuore": ogni contrazione spinge il sangue dalle gambe verso il cuore. Stare seduti a lungo lo fa ristagnare. Piccole sessioni frequenti durante la giornata mantengono attiva la pompa, e la costanza conta più dell'intensità.
welcome-safety = Non sostituisce il parere del medico. Chi ha precedenti di trombosi venosa profonda (TVP), scompenso cardiaco o dolore alle gambe dovrebbe consultare un medico prima di cambiare la propria routine di esercizio.
welcome-choose = Scegli come iniziare. Puoi cambiare tutto in seguito.
welcome-moments = Integrati nella giornata
starter-gentle = Leggero
starter-standard = Standard
starter-active = Attivo
starter-gentle-summary = Rotazioni delle caviglie ogni 90 minuti in posizione seduta, sollevamenti sulle punte una volta al giorno, una camminata quotidiana.
starter-standard-summary = Rotazioni delle caviglie ogni ora in posizione seduta, sollevamenti sulle punte e allungamento del polpaccio due volte al giorno, una camminata quotidiana, gambe sollevate dopo molto tempo da seduti.
starter-active-summary = Rotazioni delle caviglie ogni 45 minuti, sollevamenti sulle punte tre volte al giorno, l'allungamento due volte, una camminata e gambe sollevate.
moment-meetings = Rotazioni delle caviglie in riunione
moment-meetings-detail = In riunione, gli esercizi da seduti arrivano come suggerimenti discreti; il resto aspetta la fine.
moment-brushing-teeth = Sollevamenti sulle punte mentre ti lavi i denti
moment-brushing-teeth-detail = Mattina e sera, invece che a orari fissi; spuntali poi in Oggi.
moment-calls = Una camminata durante le telefonate
moment-calls-detail = All'inizio di una chiamata viene proposta una camminata guidata; i suoi minuti contano.

## La finestra: Esercizi.

exercises-title = Esercizi
exercises-cannot-show = Impossibile mostrare il programma salvato; vedi la scheda Programma.
exercises-unsaved = La scheda Programma contiene modifiche non salvate: questa pagina mostra il programma in vigore.
exercises-open-schedule = Apri la scheda Programma
exercises-intro = Piccole sessioni frequenti fanno lavorare la pompa muscolare del polpaccio. Non sostituisce il parere del medico: in caso di precedenti di trombosi venosa profonda (TVP), scompenso cardiaco o dolore alle gambe, consulta un medico prima di cambiare la tua routine.
exercises-off = (disattivato)
exercises-changed = Modificato nella scheda Programma, non ancora salvato
exercises-no-rules = nessuna regola: nessun promemoria
exercises-when = Quando: { $when }
exercises-where = Dove: { $place }
exercises-with = { $where } · Con: { $routines }
exercises-start = Inizia: { $name }
exercises-start-hint = Fallo adesso, con la guida passo passo
exercises-start-disabled = È in corso una sessione guidata
exercises-edit = Modifica: { $name }
exercises-add-title = Aggiungi un tuo esercizio
exercises-name = Nome
exercises-name-hint = Squat alla scrivania
exercises-dose = Dose
exercises-instruction = Istruzione in una riga
exercises-instruction-hint = Mostrata nel promemoria
exercises-how-to = Come si fa
exercises-every = Ogni N minuti in posizione seduta
exercises-where-label = Dove
# Le parole delle routine restano in inglese: l'app le legge così.
exercises-routines = Con le routine
exercises-routines-hint = morning, evening, after-lunch, kettle o una tua
exercises-logged = Registro i minuti dopo (come per una camminata)
exercises-give-name = Dagli un nome.
exercises-exists = Esiste già un esercizio chiamato { $name }.
exercises-dose-problem = Dose: { $problem }
exercises-routines-problem = Routine: { $problem }
exercises-every-problem = Ogni N minuti: un numero da { $min } a { $max }.
exercises-save = Salva le modifiche
exercises-add = Aggiungi esercizio
exercises-cancel = Annulla

## Why prompts are held.

quiet-reason-dnd = «Non disturbare» è attivo
quiet-reason-dnd-dunst = «Non disturbare» è attivo (dunst in pausa)
quiet-reason-dnd-gnome = «Non disturbare» è attivo (GNOME)
quiet-reason-fullscreen = una finestra a schermo intero è attiva
quiet-reason-camera = una videocamera è in uso (una chiamata?)
quiet-reason-awake = { $app } tiene lo schermo acceso
quiet-reason-presentation = le impostazioni di presentazione sono attive
quiet-reason-quiet-time = il periodo di quiete di Windows dopo l’installazione o un aggiornamento

## Guided sessions and routines: replies.

guided-started = { $name } avviato ({ $dose }{ $length }): { $step }.
guided-paused = { $name } in pausa a: { $step }.
guided-resumed = { $name } ripreso: { $step }.
guided-on-to = { $name }: ora, { $step }.
guided-too-short = { $name } fermato dopo { $time }: troppo breve per contare; nulla registrato.
guided-not-saved = Non salvato: { $reason }
guided-kept = Mantenuto: { $name }, { $minutes } min.
guided-corrected = Corretto: { $name }, { $minutes } min (prima { $was }).
guided-running = start: { $name } è in corso; fermalo prima (`second-heart session stop`)
guided-none = session: nessuna sessione guidata in corso
anchored-reply-done = Fatto: { $name } { $routine } ({ $when }).
anchored-reply-not-done = Annotato: { $name } { $routine } non fatto oggi.

## Notices in the window.

notice-saved-elsewhere = { $file } è stato salvato altrove nel frattempo (dal comando second-heart o da un’altra finestra): resta così com’è ed è mostrato qui; il modello { $starter } non è stato applicato.
notice-starter-saved = Programma { $starter } salvato. I promemoria arrivano come notifiche del desktop; spuntali lì o qui.
notice-clash = Le preferenze sono cambiate da quando le hai aperte ({ $fields }): ricarica o tieni le tue.
notice-saved = Salvato.
notice-saved-merged = Salvato, insieme alle modifiche fatte altrove nel frattempo.
notice-clash-first = La scheda Programma ha un salvataggio in conflitto con modifiche fatte altrove: prima ricarica o tieni le tue lì.
notice-own-clash = { $name } è stato modificato altrove nel frattempo ({ $fields }); non è stato salvato nulla.
notice-own-saved = { $name } salvato.
notice-own-added = { $name } aggiunto.
notice-in-effect = { $saved } Il nuovo programma è in vigore.
notice-when-daemon-starts = { $saved } Entrerà in vigore all’avvio del servizio.
notice-daemon-said = { $saved } Ma il servizio ha risposto: { $reason }
notice-done = Fatto.
notice-not-running = Il servizio in background non è attivo; avvialo prima.
notice-log-minutes = Minuti: { $value } non è un numero da { $min } a { $max }.

## Typed times and the terminal guide.

time-not-a-time = { $text } non è un orario (scrivi ad es. 14:30, "2:30 PM", "2026-11-23 09:00" o 2026-11-23T09:00:00+01:00)
time-in-gap = { $text } non esiste in questo fuso orario (gli orologi lo saltano con il cambio dell’ora)
guide-keys = Tasti: spazio pausa/riprendi · n passo successivo · q ferma
