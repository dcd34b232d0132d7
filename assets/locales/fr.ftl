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
