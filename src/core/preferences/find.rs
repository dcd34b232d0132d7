//! Which exercise the user means by what they typed on a command line.
//!
//! Tried from the strongest kind of match to the weakest, and the first kind
//! that matches anything decides: the id or the name itself (any case), then
//! the start of either ("calf", "bent"), then words found anywhere in them,
//! each typed word starting a word of the id or name ("walk" is the brisk
//! walk, "knee stretch" the bent-knee calf stretch). A query that matches
//! several exercises in its kind is refused with the candidates, never
//! guessed; one that matches none suggests the closest exercises by edit
//! distance, for typos ("calf-rasies").

use super::Preferences;
use crate::core::exercise::Exercise;
use crate::core::quote::quote;

impl Preferences {
    /// Finds an exercise by id, by name, by an unambiguous start of either,
    /// or by words anywhere in them; the error says what it could be.
    pub fn find_exercise(&self, query: &str) -> Result<&Exercise, String> {
        let q = query.trim().to_lowercase();
        let typed = words(&q);
        let exact = |e: &Exercise| e.id.as_str() == q || e.name.to_lowercase() == q;
        let start = |e: &Exercise| {
            !q.is_empty()
                && (e.id.as_str().starts_with(&q) || e.name.to_lowercase().starts_with(&q))
        };
        let anywhere = |e: &Exercise| {
            let theirs = words_of(e);
            !typed.is_empty()
                && typed
                    .iter()
                    .all(|t| theirs.iter().any(|w| w.starts_with(t.as_str())))
        };
        if let Some(e) = self.exercises.iter().find(|e| exact(e)) {
            return Ok(e);
        }
        for kind in [&start as &dyn Fn(&Exercise) -> bool, &anywhere] {
            let matches: Vec<&Exercise> = self.exercises.iter().filter(|e| kind(e)).collect();
            match matches.as_slice() {
                [] => continue,
                [one] => return Ok(one),
                many => {
                    return Err(format!(
                        "{} could be {}; say which",
                        quote(query),
                        ids(many).join(" or ")
                    ));
                }
            }
        }
        let known = ids(&self.exercises.iter().collect::<Vec<_>>()).join(", ");
        Err(match self.closest(&q).as_slice() {
            [] => format!("unknown exercise {} (known: {known})", quote(query)),
            close => format!(
                "unknown exercise {}: did you mean {}? (known: {known})",
                quote(query),
                ids(close).join(" or ")
            ),
        })
    }

    /// The exercises nearest to a query that matched none, if any is near
    /// enough to be a typo of it: a few edits, more for a longer query.
    fn closest(&self, q: &str) -> Vec<&Exercise> {
        let length = q.chars().count();
        if length == 0 {
            return Vec::new();
        }
        let allowed = (length / 3).max(1);
        let distance = |e: &Exercise| -> usize {
            let mut candidates = vec![e.id.as_str().to_owned(), e.name.to_lowercase()];
            candidates.extend(words_of(e));
            candidates
                .iter()
                .map(|c| strsim::damerau_levenshtein(q, c))
                .min()
                .unwrap_or(usize::MAX)
        };
        let scored: Vec<(usize, &Exercise)> =
            self.exercises.iter().map(|e| (distance(e), e)).collect();
        let Some(best) = scored.iter().map(|(d, _)| *d).min() else {
            return Vec::new();
        };
        if best > allowed {
            return Vec::new();
        }
        scored
            .into_iter()
            .filter(|(d, _)| *d == best)
            .map(|(_, e)| e)
            .collect()
    }
}

/// The words of a text, lower case: "Bent-knee calf stretch" is bent, knee,
/// calf, stretch.
fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The words of an exercise's id and name together.
fn words_of(e: &Exercise) -> Vec<String> {
    let mut all = words(e.id.as_str());
    all.extend(words(&e.name));
    all
}

fn ids<'a>(exercises: &[&'a Exercise]) -> Vec<&'a str> {
    exercises.iter().map(|e| e.id.as_str()).collect()
}
