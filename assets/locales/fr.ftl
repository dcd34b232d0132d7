### Second Heart : français.

time-12h = { $time } { $period }
time-am = AM
time-pm = PM
date-long = %A %-d %B
date-short = %a %-d %b
date-day-month = %-d %b
date-weekday = %a
date-month = %b

## Les exercices intégrés. Un utilisateur qui en renomme un garde son propre nom.

exercise-ankle-rotations-name = Rotations des chevilles
exercise-ankle-rotations-instruction = En position assise : tournez chaque cheville dans le sens horaire, puis antihoraire.
exercise-ankle-rotations-how-to = Asseyez-vous, le dos droit, et décollez un peu un pied du sol. Dessinez des cercles lents et amples avec la pointe du pied : dans le sens horaire, puis antihoraire. Changez de pied. Facile à faire discrètement en réunion.
exercise-calf-raises-name = Montées sur pointes
exercise-calf-raises-instruction = Debout, montez haut sur la pointe des pieds, redescendez lentement.
exercise-calf-raises-how-to = Debout, le dos droit, sur une marche si vous en avez une à portée. Montez le plus haut possible sur la pointe des pieds, puis redescendez lentement ; sur une marche, laissez descendre les talons sous le bord. Tenez-vous à un bureau ou à un mur pour garder l'équilibre. À faire aussi en vous brossant les dents.
exercise-soleus-stretch-name = Étirement du mollet genou fléchi
exercise-soleus-stretch-instruction = Genou fléchi, talon au sol : étirement bas et profond dans le mollet.
exercise-soleus-stretch-how-to = Reculez un pied et fléchissez les deux genoux en gardant le talon arrière au sol. L'étirement se sent bas et en profondeur dans le mollet : c'est le soléaire. (Genou tendu, l'étirement cible plutôt les gastrocnémiens.) Tenez la position, puis changez de jambe. Idéal après une marche.
exercise-brisk-walk-name = Marche rapide
exercise-brisk-walk-instruction = Marchez d'un bon pas ; changez d'allure toutes les 5 minutes.
exercise-brisk-walk-how-to = Marchez assez vite pour respirer plus fort tout en pouvant encore parler. Alternez allure rapide et allure tranquille toutes les 5 minutes (par intervalles). Marcher pendant un appel compte aussi.
exercise-cycling-name = Vélo
exercise-cycling-instruction = Notez vos minutes de vélo ; visez 150 par semaine.
exercise-cycling-how-to = Pédalez sur un vélo d'appartement ou en extérieur, à effort modéré : vous respirez plus fort mais pouvez encore parler. Doux pour les articulations. Notez les minutes ensuite ; l'objectif est de 150 par semaine.
exercise-legs-up-name = Jambes surélevées
exercise-legs-up-instruction = Allongez-vous ou adossez-vous, les jambes surélevées au-dessus des hanches.
exercise-legs-up-how-to = Après une longue période en position assise, allongez-vous au sol, les mollets sur une chaise ou les jambes contre un mur, ou adossez-vous, les pieds sur un tabouret. Laissez la gravité aider le sang à remonter des jambes.

## Doses : la quantité d'une séance.

dose-sets-of-reps = { $sets ->
    [one] { $sets } série de { $reps }
   *[other] { $sets } séries de { $reps }
    }
dose-circles-each-way = { $circles ->
    [one] { $circles } tour dans chaque sens
   *[other] { $circles } tours dans chaque sens
    }
dose-seconds-each-leg = { $seconds } s par jambe
dose-minutes = { $minutes } min

## Règles : quand un exercice est prévu, en quelques mots.

rule-every-sitting = toutes les { $span } en position assise
rule-every-hour-at = toutes les heures à :{ $minute }
rule-every-clock = toutes les { $span } à partir de { $time }
rule-at-times = à { $times }
rule-weekly-target = { $minutes } min par semaine (bilan à { $time })
rule-on-days = { $rule }, { $days }
rule-any-time = { $rule }, à toute heure
rule-in-ranges = { $rule }, { $ranges }
# Une durée dans rule-every-sitting et rule-every-clock, après « toutes les » :
# d'où le pluriel « heures ».
span-hour = heures
span-hours = { $hours } h
span-minutes = { $minutes } min
days-every-day = tous les jours
days-weekdays = lun.-ven.

## Durées et moments par rapport à maintenant.

relative-now = maintenant
relative-minutes = dans { $minutes } min
relative-hours = dans { $hours } h
relative-hours-minutes = dans { $hours } h { $minutes } min
relative-days = { $days ->
    [one] dans { $days } jour
   *[other] dans { $days } jours
    }

## `second-heart status` et `upcoming`.

upcoming-none = Aucun rappel à venir : tous les exercices sont désactivés ou sans règle.
upcoming-today = Aujourd'hui
upcoming-tomorrow = Demain
status-no-streak = pas encore de série
status-streak = { $days ->
    [one] série de { $days } jour
   *[other] série de { $days } jours
    }
status-best = (record : { $days })
# La première ligne : la date, la progression du jour et la série.
status-headline = { $date } · { $done } sur { $total } faits · { $streak }
status-paused = En pause jusqu'à { $time }
status-busy = En appel ou en lecture jusqu'à { $time } : le temps sans saisie compte comme temps assis
status-guided = { $name } en cours ({ $dose }) : { $step }, étape { $number } sur { $steps }
status-sitting-since = Position assise depuis { $time }
status-away = Loin du bureau
status-sources = Sources : inactivité { $idle } · verrouillage { $lock } · plein écran { $fullscreen }
status-nothing-today = Rien de prévu aujourd'hui.
item-done = fait
item-done-with = fait, { $what }
item-skipped = sauté
item-missed = manqué
item-due = à faire maintenant · { $dose }
item-snoozed = reporté à { $time }
item-upcoming = à venir
status-next = Prochain rappel : { $name }, { $time } ({ $relative })
status-week-target = Cette semaine : { $name } { $minutes } sur { $target } min ({ $percent } %)
status-weeks = Rappels suivis, 4 dernières semaines : { $rates }
status-suggestion = Envie de plus ? { $name } : dose complète sur { $days } des 7 derniers jours. Essayez { $suggested } (second-heart dose { $exercise } "{ $dose }")

## Notifications : le rappel et ses boutons.

prompt-summary = { $name } — { $dose }
prompt-unsaved = Votre dernière réponse n'a pas pu être enregistrée ({ $reason }). { $instruction }
prompt-reminder = Petit rappel : à faire depuis { $time }. { $instruction }
action-open = Ouvrir
action-start = Commencer
action-done = Fait
action-snooze = Reporter de { $minutes } min
action-skip = Passer
sample-summary = Second Heart : exemple de rappel
sample-body = Rotations des chevilles — 10 tours dans chaque sens.
    Voici à quoi ressembleront les rappels.

## Séances guidées : les étapes et les indications affichées à chacune.

# $foot est guide-right ou guide-left ; $way est guide-clockwise ou guide-counter-clockwise.
guide-foot-way = Pied { $foot }, { $way }
guide-right = droit
guide-left = gauche
guide-clockwise = sens horaire
guide-counter-clockwise = sens antihoraire
guide-circles-detail = { $circles ->
    [one] { $circles } tour lent dans le { $way }, environ { $seconds } s
   *[other] { $circles } tours lents dans le { $way }, environ { $seconds } s chacun
    }
guide-switch-feet = Changez de pied
guide-switch-feet-detail = Posez le pied droit et levez le gauche
guide-rest = Repos
guide-rest-detail = Secouez les mollets ; ensuite, série { $set } sur { $sets }
guide-reps = { $reps ->
    [one] { $reps } répétition
   *[other] { $reps } répétitions
    }
guide-set = Série { $set } sur { $sets }
guide-reps-detail = { $reps ->
    [one] { $reps } répétition : montée { $up } s, descente { $down } s
   *[other] { $reps } répétitions : montée { $up } s, descente { $down } s
    }
guide-right-leg = Jambe droite
guide-left-leg = Jambe gauche
guide-hold-right = Maintenez l'étirement sur la jambe droite pendant { $seconds } s
guide-hold-left = Maintenez l'étirement sur la jambe gauche pendant { $seconds } s
guide-switch-legs = Changez de jambe
guide-switch-legs-detail = Reculez l'autre pied
guide-minutes = { $minutes } min
guide-brisk = Allure rapide
guide-brisk-detail = Respirez plus fort, tout en pouvant parler : { $minutes } min
guide-easy = Allure tranquille
guide-easy-detail = Marchez à l'aise et reprenez votre souffle : { $minutes } min
guide-timing = Chronométrage
guide-timing-detail = Vos minutes sont chronométrées : arrêtez quand vous avez fini
guide-done = Terminé
guide-well-done = { $name } : bravo
# Ce qui est compté dans une étape : $unit vaut "circles" ou "reps" (clés à garder telles quelles).
guide-count = { $done }/{ $total } { $unit ->
    [circles] tours
   *[reps] rép.
    }
guide-left-time = reste { $time }
guide-paused = en pause
guide-up = montée
guide-down = descente
cue-summary = { $name } — { $step }
cue-next = { $detail }
    Ensuite : { $next }
cue-finished = { $name } — terminé
cue-correct = { $said }
    Vous avez arrêté plus tôt ? Corrigez les minutes dans la fenêtre (ou `second-heart session correct MINUTES`).
guide-sets-done = Séries terminées : { $done } sur { $sets }
guide-step-of = (étape { $step } sur { $steps })

## La fenêtre : Aujourd'hui.

today-paused = Les rappels sont en pause jusqu'à { $time }.
today-resume = Reprendre
today-sources = Sources : inactivité { $idle } · verrouillage { $lock } · plein écran { $fullscreen }
today-no-streak = Pas encore de série
today-streak = { $days ->
    [one] Série de { $days } jour
   *[other] Série de { $days } jours
    }
today-progress = { $done } sur { $total } faits aujourd'hui
today-next = Prochain rappel { $relative } : { $name } à { $time }
today-no-more = Plus aucun rappel prévu.
today-nothing-due = Rien à faire pour l'instant.
today-due-since = { $instruction } · à faire depuis { $time }
today-start = Commencer
today-start-hint = Faire { $name } maintenant, étape par étape
today-start-disabled = Une séance guidée est en cours
today-done = Fait
today-done-hint = Marquer comme fait : { $name }
today-snooze = Reporter de { $minutes } min
today-skip = Passer
today-checklist = Micro-séances du jour
today-nothing-scheduled = Rien de prévu aujourd'hui.
today-item-done = fait
today-item-skipped = sauté
today-item-missed = manqué
today-item-due = à faire maintenant
today-item-snoozed = reporté à { $time }
today-log-title = Noter une marche ou une sortie à vélo
today-log-activity = Activité
today-log-minutes = Minutes
today-log = Noter
today-week-target = { $name } : { $minutes } sur { $target } min cette semaine
today-paused-short = En pause jusqu'à { $time }.
today-resume-prompts = Reprendre les rappels
today-break-title = Besoin d'une pause dans les rappels ?
today-pause-hour = Pause d'une heure
today-pause-tomorrow = Pause jusqu'à demain

## La fenêtre : Programme.
## $examples dans schedule-dose-hint : des doses dans la langue de l'utilisateur.

schedule-title = Programme
schedule-to-fix = { $count ->
    [one] { $count } champ à corriger avant d'enregistrer
   *[other] { $count } champs à corriger avant d'enregistrer
    }
schedule-unsaved = Modifications non enregistrées
schedule-saved = Toutes les modifications sont enregistrées
schedule-revert = Annuler
schedule-save = Enregistrer
schedule-reload = Recharger
schedule-keep-mine = Garder mes modifications
schedule-fix-first = Corrigez les champs marqués en rouge avant d'enregistrer.
schedule-this-computer = Sur cet ordinateur
schedule-at-once = Ces réglages s'appliquent tout de suite, sans passer par Enregistrer.
schedule-autostart = Lancer les rappels à l'ouverture de session
schedule-autostart-hint = Démarre le service d'arrière-plan quand vous ouvrez votre session
schedule-working-hours = Heures de travail
schedule-working-hours-hint = Plages comme 09:00-12:30, 13:30-17:30. Laissez vide un jour non travaillé.
schedule-breaks = Pauses, report et silence
schedule-idle = Loin du bureau après (minutes)
schedule-snooze = Durée du report (minutes)
schedule-remind = Rappeler encore une fois après (minutes, 0 pour jamais)
schedule-quiet = Retenir les rappels en mode Ne pas déranger ou en plein écran
schedule-quiet-hint = Présentations et appels vidéo ne sont pas dérangés ; les rappels retenus arrivent une fois, après, s'ils sont encore dans les plages horaires.
schedule-sound = Jouer le son de notification du système
schedule-preview = Prochains rappels avec ces réglages
schedule-preview-fix = Corrigez les champs marqués pour voir l'aperçu.
schedule-preview-none = Aucun rappel : tous les exercices sont désactivés ou sans règle.
schedule-exercises = Exercices
schedule-dose = Dose
schedule-dose-hint = ex. : { $examples }
schedule-add-rule = Ajouter une règle pour { $name }
schedule-pace-circle = Rythme guidé : secondes par tour
schedule-pace-up = Rythme guidé : secondes de montée
schedule-pace-down = secondes de descente
schedule-pace-rest = repos entre les séries (s)
schedule-pace-interval = Guidé : changer d'allure toutes les (minutes, 0 pour une allure constante)
schedule-when = Quand
schedule-minutes = Minutes
schedule-every-minutes = Toutes les (minutes)
schedule-at-minute = À la minute
schedule-times = Heures
schedule-minutes-week = Minutes par semaine
schedule-check-at = Bilan à
schedule-remove = Supprimer
schedule-remove-hint = Supprimer cette règle de { $name }
schedule-only-on = Seulement les
schedule-working-days = jours travaillés
schedule-hours = Heures
schedule-hours-working = Heures de travail
schedule-hours-any = À toute heure
schedule-hours-ranges = Heures choisies
schedule-ranges = Plages
rule-kind-sitting = Toutes les N minutes en position assise
rule-kind-clock = Toutes les N minutes, selon l'horloge
rule-kind-times = À heures fixes
rule-kind-weekly = Objectif hebdomadaire
theme-label = Thème de la fenêtre
theme-system = Comme le système
theme-light = Clair
theme-dark = Sombre
schedule-region = Langue et région
schedule-language = Langue
schedule-clock = Format de l'heure
schedule-week-start = La semaine commence le
# $value est ce que dit la langue du système, p. ex. « Deutsch » ou « 24 heures ».
region-like-desktop = Comme le système ({ $value })
clock-12h = 12 heures (2:30 PM)
clock-24h = 24 heures (14:30)

## La fenêtre : son cadre.

tab-today = Aujourd'hui
tab-schedule = Programme
tab-exercises = Exercices
tab-history = Historique
close-title = Enregistrer les modifications du programme avant de fermer ?
close-detail = L'onglet Programme contient des modifications non enregistrées. Si vous les abandonnez, elles seront perdues.
close-save = Enregistrer et fermer
close-discard = Fermer sans enregistrer
close-cancel = Annuler
daemon-not-running = Le service d'arrière-plan n'est pas lancé.
daemon-not-running-detail = Les rappels n'arrivent que lorsqu'il fonctionne. Lancez-le pour voir les séances du jour.
daemon-not-started = Impossible de lancer le service d'arrière-plan.
daemon-not-answering = Le service d'arrière-plan ne répond pas.
daemon-restart = Redémarrer le service
daemon-start = Lancer le service
daemon-try-again = Réessayer

## La fenêtre : Historique.

history-title = Historique
history-last-weeks = Les { $weeks } dernières semaines
history-days = { $days ->
    [one] { $days } jour
   *[other] { $days } jours
    }
history-streaks = Séries
history-none-on = Aucun exercice n'est activé.
history-exercise = Exercice
history-current = En cours
history-best = Record
history-active-minutes = Minutes actives par semaine
history-target-line = Ligne pointillée : objectif de { $target } min par semaine
history-no-weeks = Aucune semaine à afficher.
history-week-of = Semaine du { $date }
history-bar = { $week } : { $minutes } min
history-target = Objectif { $target } min
history-active-none = Les minutes actives sont celles des exercices avec un objectif hebdomadaire ; aucun n'en a.
history-active-one = Minutes actives : les minutes de { $name }, l'exercice avec un objectif hebdomadaire.
history-active-many = Minutes actives : les minutes de { $names } et { $last }, les exercices avec un objectif hebdomadaire.
history-summary = Minutes actives par semaine : { $minutes } min cette semaine
history-summary-target = { $summary }, pour un objectif de { $target } min
history-summary-average = { $summary } ; { $average } min par semaine en moyenne sur { $weeks } semaines
history-prompts-done = Rappels suivis
history-completion = { $percent } sur { $weeks } semaines ({ $done } sur { $asked })
history-this-week = Cette semaine
history-last-week = Semaine dernière
history-done-of = { $done } sur { $asked }
history-no-prompts = aucun rappel
history-export = Exportation
history-no-home = Exportation impossible : aucun dossier personnel trouvé (la variable HOME est-elle définie ?)
history-export-where = Toutes les séances enregistrées, dans un fichier tableur (CSV) placé dans { $folder }.
history-export-button = Exporter en CSV
history-documents = votre dossier Documents ({ $path })
history-home = votre dossier personnel ({ $path })
history-cannot-export = Exportation impossible : { $reason }
history-exported = { $count ->
    [one] { $count } séance exportée vers { $path }
   *[other] { $count } séances exportées vers { $path }
    }
heat-before-first = { $date } : avant votre première séance
heat-done = { $count ->
    [one] { $count } faite
   *[other] { $count } faites
    }
heat-skipped = { $count ->
    [one] { $count } sautée
   *[other] { $count } sautées
    }
heat-missed = { $count ->
    [one] { $count } manquée
   *[other] { $count } manquées
    }
heat-minutes = { $minutes } min
heat-rest-day = jour de repos
heat-title = Jours actifs
heat-nothing = Rien d'enregistré pour l'instant.
heat-days-done = Jours prévus avec au moins une séance faite depuis vos débuts : { $done } sur { $scheduled }.
heat-less = Moins
heat-more = Plus
heat-none-done = Aucune séance faite
heat-one-done = 1 faite
heat-two-three = 2 ou 3 faites
heat-four-more = 4 ou plus
heat-rest-hint = Rien de prévu ce jour-là, ou avant votre première séance
heat-rest-legend = Jour de repos ou pas encore commencé

## La fenêtre : une séance guidée.

player-illustration = Illustration : { $name }
player-next = Ensuite : { $next }
player-last = Dernière étape
player-step = Étape { $step } sur { $steps } · { $next }
player-resume = Reprendre
player-pause = Pause
player-skip = Passer l'étape
player-stop = Arrêter
player-stop-hint = Terminer la séance et enregistrer ce qui a été fait
player-paused = en pause
player-left-in = { $step } : reste { $time }
player-so-far = Déjà { $time }
player-ran-by-itself = { $name } : le minuteur est allé jusqu'au bout ; { $minutes } min sont enregistrées.
player-stopped-earlier = Si vous avez arrêté plus tôt, indiquez combien de minutes vous avez faites.
player-minutes = Minutes
player-correct = Corriger
player-not-number = Minutes : { $value } n'est pas un nombre entier
player-keep = Garder { $minutes } min

## Réponses aux commandes (ligne de commande, fenêtre, barre système).

reply-done = Fait : { $name }, { $what }, à { $time }.
reply-done-streak = Fait : { $name }, { $what }, à { $time }. Série : { $days } jours.
reply-skipped = Sauté : { $name }, à { $time }.
reply-snoozed-one = Reporté : { $name }, à { $time }.
reply-missed = Manqué : { $name }, à { $time }.
# $outcome est outcome-done, outcome-skipped, outcome-snoozed ou outcome-missed.
reply-already = { $name } : déjà { $outcome }, à { $time }{ $by } ; rien n'a été enregistré.
outcome-done = fait
outcome-skipped = sauté
outcome-snoozed = reporté
outcome-missed = manqué
by-cli = { " " }depuis la ligne de commande
by-window = { " " }dans la fenêtre
by-notification = { " " }dans une notification
by-tray = { " " }depuis la barre système
reply-nothing-due = Rien à faire pour l'instant.
reply-snoozed = Reporté à { $time } : { $names }.
reply-not-due = snooze : { $name } n'est pas à faire maintenant{ $next } ; rien n'a été reporté
reply-next-at = { " " }(prochain rappel à { $time })
reply-next-on = { " " }(prochain rappel le { $time })
reply-paused = En pause jusqu'à { $time }. `second-heart resume` relance les rappels.
reply-resumed = Rappels relancés.
reply-not-paused = Pas de pause en cours.
reply-say-which = rien n'est à faire pour l'instant ; précisez l'exercice { $verb ->
    [skip] à passer
    [start] à commencer
   *[done] à marquer comme fait
    }
reply-which-due = { $count } exercices sont à faire ; précisez lequel : { $ids }

## Messages de la ligne de commande.

cli-not-running = Le service d'arrière-plan n'est pas lancé.
cli-still-running = le service d'arrière-plan devait s'arrêter mais tourne encore après { $seconds } s
cli-dose-changed = { $name } : dose passée de { $from } à { $to }.
cli-fix-first = { $file } contient des erreurs ; corrigez-les d'abord (`second-heart config check`) :
cli-no-file = { $file } : aucun fichier ; réglages par défaut utilisés
cli-unknown-field = { $file } : champ inconnu { $field } ignoré
cli-valid = { $file } : valide
cli-invalid = { $file } n'est pas valide :
cli-compacted = { $count ->
    [one] { $file } : { $count } ligne illisible supprimée ; l'ancien fichier est conservé sous { $backup }
   *[other] { $file } : { $count } lignes illisibles supprimées ; l'ancien fichier est conservé sous { $backup }
    }
cli-nothing-to-compact = { $file } : rien à compacter
cli-warning = avertissement : { $text }
cli-without-daemon = { $why } ; accès direct aux fichiers, sans le service d'arrière-plan
daemon-stopping = Arrêt du service d'arrière-plan.
daemon-reloaded = Réglages rechargés.
daemon-sample-sent = Exemple de rappel envoyé à { $server }.

## Moments : réunions, appels et routines.

action-later = Plus tard
action-no = Non
schedule-in-meetings = En réunion, en appel ou en lecture
schedule-in-meetings-hint = Suggestions discrètes : les exercices assis arrivent discrètement (sans son, faible urgence) ; ceux debout attendent la fin. Tout retenir : rien avant la fin.
schedule-walk-in-calls = Proposer une marche pendant les appels
status-context-said = Contexte : { $context } jusqu'à { $time } (indiqué par vous) : le temps sans saisie compte comme temps assis
status-context = Contexte : { $context }
anchored-done = fait { $when }
anchored-not-today = pas aujourd'hui
anchored-tick = à cocher : second-heart done { $exercise } --anchor { $routine }
place-seated = Assis, discret
place-standing = Debout
place-away = Loin du bureau
place-lying = Allongé ou incliné
# Pour des phrases comme « Vous n'êtes plus en réunion » ou « Contexte : au bureau ».
situation-desk = au bureau
situation-meeting = en réunion
situation-call = en appel
situation-reading = en lecture
situation-away = loin du bureau
busy-meeting = En réunion
busy-call = En appel
busy-reading = En lecture
policy-off = Rappels comme d'habitude
policy-quiet = Suggestions discrètes
policy-hold = Tout retenir
routine-morning = pendant le brossage des dents, le matin
routine-evening = pendant le brossage des dents, le soir
routine-after-lunch = après le déjeuner
routine-kettle = pendant que l'eau chauffe
when-this-morning = ce matin
when-lunchtime = à midi
when-this-afternoon = cet après-midi
when-this-evening = ce soir
# $name est l'exercice, en minuscules.
quiet-meeting = En réunion : { $name } sous le bureau, { $dose }
quiet-call = Pendant l'appel : { $name } sous le bureau, { $dose }
quiet-reading = Pendant la lecture : { $name } sous le bureau, { $dose }
quiet-body = En toute discrétion : { $instruction }
offer-walk = Marcher pendant cet appel ?
offer-other = { $name } pendant cet appel ?
offer-body = { $name } — { $dose }. Commencez et marchez en parlant : les minutes comptent pour la marche du jour et pour les minutes de la semaine.
morning-question = { $names } en vous brossant les dents ce matin ?
morning-body = Cochez si vous l'avez fait ({ $routine }).
# Une liste : « Montées sur pointes, Rotations des chevilles et Jambes surélevées ».
list-and = { $first } et { $last }

## L'icône de la barre système : info-bulle et menu.

tray-due-item = { $name } — { $dose }
tray-next = { $name } à { $time }
tray-guided = { $name } : { $step } (étape { $number } sur { $steps })
tray-done-today = { $done } sur { $total } faits aujourd'hui
tray-streak = { $days ->
    [one] { $summary } · série de { $days } jour
   *[other] { $summary } · série de { $days } jours
    }
tray-doing = En cours : { $what }
tray-doing-paused = En pause : { $what }
tray-due-one = À faire maintenant : { $what }
tray-unshown = Les notifications ne peuvent pas s'afficher ; répondez depuis ce menu
tray-due-many = { $count ->
    [one] { $count } séance à faire maintenant
   *[other] { $count } séances à faire maintenant
    }
tray-not-saved = Non enregistré : { $problem }
tray-busy-until = { $mode } jusqu'à { $time }
tray-paused-until = En pause jusqu'à { $time }
tray-holding = Rappels retenus : { $why }
tray-next-line = Prochain rappel : { $next }
tray-open = Ouvrir Second Heart
tray-resume-session = Reprendre : { $what }
tray-pause-session = Mettre en pause : { $what }
tray-skip-step = Passer à l'étape suivante
tray-stop-session = Arrêter la séance (enregistre ce qui a été fait)
tray-start = Commencer : { $what }
tray-done = Fait : { $what }
tray-skip = Passer : { $what }
tray-snooze = Reporter de { $minutes } min
tray-snooze-all = Tout reporter de { $minutes } min
tray-resume = Reprendre les rappels (en pause jusqu'à { $time })
tray-pause-hour = Pause d'une heure
tray-pause-tomorrow = Pause jusqu'à demain
tray-no-longer = Je ne suis plus { $situation } (prévu jusqu'à { $time })
tray-busy-hour = { $mode } pendant 1 heure
tray-quit = Quitter Second Heart

## Les moments dans la fenêtre et dans les réponses.

today-routines = Avec vos routines
today-routine-item = { $name } — { $routine }
today-routine-done = fait { $when }
today-routine-not-today = pas aujourd'hui
today-routine-tick = Fait : { $name } { $routine }
today-routine-tick-hint = Cocher : enregistré à l'heure habituelle de la routine
today-busy-until = { $mode } jusqu'à { $time }.
today-busy-off = Terminé
today-busy-hour = { $mode } pendant 1 heure
today-busy-hint = Le temps sans saisie au clavier ni à la souris compte comme temps assis ; les exercices assis arrivent en suggestions discrètes, les autres après
history-sessions = { $count ->
    [one] { $count } séance
   *[other] { $count } séances
    }
history-in-meetings = { $sessions } en réunion
history-in-calls = { $sessions } en appel
history-moments-week = Cette semaine : { $parts }
busy-no-longer = Vous n'êtes plus { $situation } : le temps sans saisie compte de nouveau comme une pause.
busy-not-busy = Aucune occupation en cours.
busy-prompts-usual = les rappels arrivent comme d'habitude
busy-prompts-wait = les rappels attendent jusque-là
busy-prompts-call = les exercices assis arrivent en suggestions discrètes, une marche est proposée, les autres attendent jusque-là
busy-prompts-quiet = les exercices assis arrivent en suggestions discrètes, les autres attendent jusque-là
busy-set = { $mode } jusqu'à { $time } : le temps sans saisie compte comme temps assis ; { $prompts }. `second-heart busy off` y met fin.

## Premier lancement : l'accueil et les programmes de départ.

welcome-start = Commencer
welcome-title = Bienvenue dans Second Heart
welcome-intro = Vos mollets sont votre « second cœur » : chaque contraction renvoie le sang des jambes vers le cœur. Rester longtemps assis le fait stagner. De petites séances fréquentes au fil de la journée entretiennent la pompe, et la régularité compte plus que l'intensité.
welcome-safety = Ceci ne constitue pas un avis médical. Les personnes ayant des antécédents de thrombose veineuse profonde (TVP), d'insuffisance cardiaque ou de douleurs aux jambes devraient demander conseil à un professionnel de santé avant de modifier leurs habitudes d'exercice.
welcome-choose = Choisissez comment commencer. Vous pourrez tout modifier plus tard.
welcome-moments = Au fil de la journée
starter-gentle = Doux
starter-standard = Standard
starter-active = Actif
starter-gentle-summary = Rotations des chevilles toutes les 90 minutes en position assise, montées sur pointes une fois par jour, une marche quotidienne.
starter-standard-summary = Rotations des chevilles toutes les heures en position assise, montées sur pointes et étirement du mollet deux fois par jour, une marche quotidienne, jambes surélevées après une longue période assise.
starter-active-summary = Rotations des chevilles toutes les 45 minutes, montées sur pointes trois fois par jour, l'étirement deux fois, une marche et jambes surélevées.
moment-meetings = Rotations des chevilles en réunion
moment-meetings-detail = En réunion, les exercices assis arrivent en suggestions discrètes ; les autres attendent la fin.
moment-brushing-teeth = Montées sur pointes en vous brossant les dents
moment-brushing-teeth-detail = Matin et soir, au lieu d'heures fixes ; cochez-les ensuite dans Aujourd'hui.
moment-calls = Une marche pendant les appels
moment-calls-detail = Au début d'un appel, une marche guidée est proposée ; ses minutes comptent.

## La fenêtre : Exercices.

exercises-title = Exercices
exercises-cannot-show = Impossible d'afficher le programme enregistré ; voir l'onglet Programme.
exercises-unsaved = L'onglet Programme contient des modifications non enregistrées : cette page montre le programme en vigueur.
exercises-open-schedule = Ouvrir l'onglet Programme
exercises-intro = De petites séances fréquentes font travailler la pompe musculaire du mollet. Ceci ne constitue pas un avis médical : en cas d'antécédents de thrombose veineuse profonde (TVP), d'insuffisance cardiaque ou de douleurs aux jambes, demandez conseil à un professionnel de santé avant de changer vos habitudes.
exercises-off = (désactivé)
exercises-changed = Modifié dans l'onglet Programme, pas encore enregistré
exercises-no-rules = aucune règle : jamais de rappel
exercises-when = Quand : { $when }
exercises-where = Où : { $place }
exercises-with = { $where } · Avec : { $routines }
exercises-start = Commencer : { $name }
exercises-start-hint = Le faire maintenant, étape par étape
exercises-start-disabled = Une séance guidée est en cours
exercises-edit = Modifier : { $name }
exercises-add-title = Ajouter votre propre exercice
exercises-name = Nom
exercises-name-hint = Squats au bureau
exercises-dose = Dose
exercises-instruction = Consigne en une ligne
exercises-instruction-hint = Affichée dans le rappel
exercises-how-to = Comment faire
exercises-every = Toutes les N minutes en position assise
exercises-where-label = Où
# Les mots des routines restent en anglais : l'application les lit tels quels.
exercises-routines = Avec des routines
exercises-routines-hint = morning, evening, after-lunch, kettle ou la vôtre
exercises-logged = Je note les minutes après coup (comme une marche)
exercises-give-name = Donnez-lui un nom.
exercises-exists = Un exercice nommé { $name } existe déjà.
exercises-dose-problem = Dose : { $problem }
exercises-routines-problem = Routines : { $problem }
exercises-every-problem = Toutes les N minutes : un nombre de { $min } à { $max }.
exercises-save = Enregistrer les modifications
exercises-add = Ajouter l'exercice
exercises-cancel = Annuler

## Why prompts are held.

quiet-reason-dnd = « Ne pas déranger » est activé
quiet-reason-dnd-dunst = « Ne pas déranger » est activé (dunst en pause)
quiet-reason-dnd-gnome = « Ne pas déranger » est activé (GNOME)
quiet-reason-fullscreen = une fenêtre en plein écran est active
quiet-reason-camera = une caméra est utilisée (un appel ?)
quiet-reason-awake = { $app } garde l’écran allumé
quiet-reason-presentation = les paramètres de présentation sont activés
quiet-reason-quiet-time = la période calme de Windows après l’installation ou une mise à niveau

## Guided sessions and routines: replies.

guided-started = { $name } démarré ({ $dose }{ $length }) : { $step }.
guided-paused = { $name } en pause à : { $step }.
guided-resumed = { $name } repris : { $step }.
guided-on-to = { $name } : étape suivante, { $step }.
guided-too-short = { $name } arrêté après { $time } : trop court pour compter ; rien n’est enregistré.
guided-not-saved = Non enregistré : { $reason }
guided-kept = Conservé : { $name }, { $minutes } min.
guided-corrected = Corrigé : { $name }, { $minutes } min (au lieu de { $was }).
guided-running = start : { $name } est en cours ; arrêtez-le d’abord (`second-heart session stop`)
guided-none = session : aucune séance guidée en cours
anchored-reply-done = Fait : { $name } { $routine } ({ $when }).
anchored-reply-not-done = Noté : { $name } { $routine } pas fait aujourd’hui.

## Notices in the window.

notice-saved-elsewhere = { $file } a été enregistré ailleurs entre-temps (par la commande second-heart ou une autre fenêtre) : il est conservé tel quel et affiché ici ; le modèle { $starter } n’a pas été appliqué.
notice-starter-saved = Programme { $starter } enregistré. Les rappels arrivent en notifications du bureau ; cochez-les là-bas ou ici.
notice-clash = Les préférences ont changé depuis leur ouverture ({ $fields }) : rechargez ou gardez les vôtres.
notice-saved = Enregistré.
notice-saved-merged = Enregistré, avec les modifications faites ailleurs entre-temps.
notice-clash-first = L’onglet Programme a un enregistrement en conflit avec des modifications faites ailleurs : rechargez ou gardez les vôtres là-bas d’abord.
notice-own-clash = { $name } a été modifié ailleurs entre-temps ({ $fields }) ; rien n’a été enregistré.
notice-own-saved = { $name } enregistré.
notice-own-added = { $name } ajouté.
notice-in-effect = { $saved } Le nouveau programme est en vigueur.
notice-when-daemon-starts = { $saved } Il prendra effet au démarrage du service.
notice-daemon-said = { $saved } Mais le service a répondu : { $reason }
notice-done = Fait.
notice-not-running = Le service d’arrière-plan ne tourne pas ; démarrez-le d’abord.
notice-log-minutes = Minutes : { $value } n’est pas un nombre de { $min } à { $max }.

## Typed times and the terminal guide.

time-not-a-time = { $text } n’est pas une heure (écrivez par ex. 14:30, "2:30 PM", "2026-11-23 09:00" ou 2026-11-23T09:00:00+01:00)
time-in-gap = { $text } n’existe pas dans ce fuseau horaire (les horloges la sautent au changement d’heure)
guide-keys = Touches : espace pause/reprise · n étape suivante · q arrêter
