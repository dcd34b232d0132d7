//! Applications keeping the screen awake, on Windows: not seen yet
//! (branch w-winpresence decides).

pub fn presence_inhibitor() -> Option<String> {
    None
}
