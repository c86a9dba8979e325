//! FxHash, the hasher of the lexicon tables.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// FxHash (rustc's hasher): far cheaper than SipHash for the short keys of the lexicons, which are
/// fixed embedded data plus builder entries, so HashDoS resistance buys nothing here.
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher {
    hash: u64,
}

const FX_SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(FX_SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, mut bytes: &[u8]) {
        while bytes.len() >= 8 {
            let mut w = [0u8; 8];
            w.copy_from_slice(&bytes[..8]);
            self.add(u64::from_le_bytes(w));
            bytes = &bytes[8..];
        }
        if bytes.len() >= 4 {
            let mut w = [0u8; 4];
            w.copy_from_slice(&bytes[..4]);
            self.add(u64::from(u32::from_le_bytes(w)));
            bytes = &bytes[4..];
        }
        for &b in bytes {
            self.add(u64::from(b));
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }
    #[inline]
    fn write_u128(&mut self, i: u128) {
        // As `write` takes its sixteen bytes: the low word, then the high.
        self.add(i as u64);
        self.add((i >> 64) as u64);
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    #[inline]
    fn finish(&self) -> u64 {
        // The multiply carries low bits up only, and a hash table picks its bucket by the low bits:
        // rotating brings the well-mixed high bits down (as rustc-hash 2 does), so integer keys
        // that differ only in their high bytes do not share buckets.
        self.hash.rotate_left(26)
    }
}

pub(crate) type FxBuild = BuildHasherDefault<FxHasher>;
pub(crate) type FxMap<K, V> = HashMap<K, V, FxBuild>;
pub(crate) type FxSet<K> = HashSet<K, FxBuild>;

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::BuildHasher;

    #[test]
    fn same_key_same_hash_other_key_other_hash() {
        let build = FxBuild::default();
        assert_eq!(build.hash_one("said"), build.hash_one("said"));
        assert_ne!(build.hash_one("said"), build.hash_one("says"));
        // Lengths of 8 and more go by words, the rest by bytes.
        assert_ne!(build.hash_one("spokesman"), build.hash_one("spokesmen"));
    }
}
