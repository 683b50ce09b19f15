//! One sort for the whole app. Each `sort_unstable` on another element type, or with another
//! comparator, makes the compiler emit another copy of the standard library's sort (about
//! 4 KB of wasm apiece); these helpers sort positions through a single comparator behind a
//! `dyn`, so the wasm holds one copy however many kinds of list are sorted.

use std::cmp::Ordering;

/// The positions `0..len` in the order `compare` puts them. The one place that sorts.
#[inline(never)]
fn order(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut positions: Vec<usize> = (0..len).collect();
    positions.sort_unstable_by(|&a, &b| compare(a, b));
    positions
}

/// Sorts `items` by `compare`, like `sort_unstable_by` (equal items may swap).
pub fn sort_by<T>(items: &mut Vec<T>, compare: impl Fn(&T, &T) -> Ordering) {
    let positions = order(items.len(), &|a, b| compare(&items[a], &items[b]));
    let mut taken: Vec<Option<T>> = items.drain(..).map(Some).collect();
    // `positions` is a permutation of `0..len`, so every item is taken exactly once.
    items.extend(positions.into_iter().filter_map(|at| taken[at].take()));
}

/// Sorts `items` by a key, like `sort_unstable_by_key`.
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` in their natural order, like `sort_unstable`.
pub fn sort<T: Ord>(items: &mut Vec<T>) {
    sort_by(items, T::cmp);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_library_and_loses_nothing() {
        let mut numbers = vec![5, 3, 9, 3, 0, 7, 1, 8, 2, 6, 4];
        let mut expected = numbers.clone();
        expected.sort_unstable();
        sort(&mut numbers);
        assert_eq!(numbers, expected);
    }

    #[test]
    fn sorts_by_a_comparator_and_by_a_key() {
        let mut words = vec!["pear", "fig", "banana", "kiwi"];
        sort_by(&mut words, |a, b| b.cmp(a));
        assert_eq!(words, ["pear", "kiwi", "fig", "banana"]);
        sort_by_key(&mut words, |w| w.len());
        assert_eq!(words.iter().map(|w| w.len()).collect::<Vec<_>>(), [3, 4, 4, 6]);
    }

    #[test]
    fn empty_and_single_lists_stay_as_they_are() {
        let mut empty: Vec<u8> = Vec::new();
        sort(&mut empty);
        assert!(empty.is_empty());
        let mut one = vec![String::from("only")];
        sort(&mut one);
        assert_eq!(one, ["only"]);
    }
}
