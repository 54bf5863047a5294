"""Which indicator names of a whole district group can be the same indicator, without scoring all pairs.

Matching document against document scores every name of one against every name of the other, for
every pair of documents: the work grows with the square of the group. A district's reports print
mostly the same indicators, so here each *distinct* normal form (``Row.key``) of the group is
scored once, and only against the names whose length allows a match:

- the calibrated similarity is RATIO_WEIGHT x a character ratio + at most 100 x (1 - RATIO_WEIGHT)
  from shared words, minus penalties; the character ratio of two strings is at most
  200 x shorter / (sum of lengths). So a name of length L can reach ``MATCH_CUTOFF`` only with
  names of length within [L / f, L x f] (f = 1.88 for the shipped constants). Names are sorted by
  length and scored in blocks against that window: an exact filter, nothing above the cutoff is
  lost.
- Word blocking (score only names sharing a word) was measured and left out: on the bundled corpus
  a third of all name pairs share a word ("số", "có", "được"), so it saves little, and two OCR'd
  names can match without sharing one.

Scores are the exact ``similarity_matrix`` values (float32) in both directions, so a match made
through the index is the match ``match_rows`` makes on the full matrix.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence

import numpy as np

from extractor.model import Row
from normalizers.names import MATCH_CUTOFF, RATIO_WEIGHT, indicator_key, similarity_matrix

# Query names scored per call: large enough to amortise a call, small enough to bound memory.
BLOCK = 512


def length_factor(score_cutoff: float = MATCH_CUTOFF) -> float:
    """How much longer than another a name can be and still reach ``score_cutoff`` (1.88)."""
    share = (score_cutoff - 100 * (1 - RATIO_WEIGHT)) / (200 * RATIO_WEIGHT)  # shorter / (sum)
    if share <= 1e-9:
        return math.inf
    return 1 / share - 1


class NameIndex:
    """Every distinct name of a group, with the names that score at or above the cutoff with it.

    ``score(a, b)``: the similarity of two names when it reaches the cutoff, else 0.0.
    ``component(key)``: names linked by such scores, transitively (an id); a name alone in its
    component matches only rows with the same name.
    """

    def __init__(self, keys: Iterable[str], *, score_cutoff: float = MATCH_CUTOFF) -> None:
        self.keys: list[str] = sorted({k for k in keys if k}, key=lambda k: (len(indicator_key(k)), k))
        self.score_cutoff = score_cutoff
        self._scores: dict[str, dict[str, float]] = {k: {} for k in self.keys}
        lengths = [len(indicator_key(k)) for k in self.keys]
        factor = length_factor(score_cutoff) * 1.001  # float32 rounding margin
        self.pairs_scored = 0
        for start in range(0, len(self.keys), BLOCK):
            queries = self.keys[start : start + BLOCK]
            lo = bisect_left(lengths, lengths[start] / factor)
            hi = bisect_right(lengths, lengths[start + len(queries) - 1] * factor)
            choices = self.keys[lo:hi]
            matrix = similarity_matrix(queries, choices)
            self.pairs_scored += matrix.size
            for i, j in zip(*np.nonzero(matrix >= score_cutoff), strict=True):
                self._scores[queries[i]][choices[j]] = float(matrix[i, j])
        self._component = self._components()

    def score(self, a: str, b: str) -> float:
        return self._scores.get(a, {}).get(b, 0.0)

    def neighbours(self, key: str) -> dict[str, float]:
        """Other names scoring at or above the cutoff, with their scores."""
        return {k: s for k, s in self._scores.get(key, {}).items() if k != key}

    def matches_itself(self, key: str) -> bool:
        return key in self._scores.get(key, {})

    def component(self, key: str) -> int:
        return self._component[key]

    def isolated(self, key: str) -> bool:
        """The name matches itself and nothing else in the group."""
        return self.matches_itself(key) and not self.neighbours(key)

    def _components(self) -> dict[str, int]:
        parent = list(range(len(self.keys)))
        position = {k: i for i, k in enumerate(self.keys)}

        def root(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        for key, found in self._scores.items():
            for other in found:
                a, b = root(position[key]), root(position[other])
                if a != b:
                    parent[max(a, b)] = min(a, b)
        return {k: root(i) for i, k in enumerate(self.keys)}


class IndexScores:
    """``match_rows``' ``scores=`` argument backed by a ``NameIndex``: the full matrix's values
    for every pair at or above the cutoff, 0 below (where ``match_rows`` never looks)."""

    def __init__(self, index: NameIndex) -> None:
        self._index = index

    def block(self, left: Sequence[Row], right: Sequence[Row]) -> np.ndarray:
        out = np.zeros((len(left), len(right)), dtype=np.float32)
        for i, ra in enumerate(left):
            found = self._index._scores.get(ra.key, {})
            if not found:
                continue
            for j, rb in enumerate(right):
                s = found.get(rb.key)
                if s is not None:
                    out[i, j] = s
        return out
