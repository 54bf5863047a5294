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

    def scores_of(self, key: str) -> dict[str, float]:
        """Every name scoring at or above the cutoff with ``key``, itself included."""
        return self._scores.get(key, {})

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


class TokenIndex(NameIndex):
    """A ``NameIndex`` for more names than can be scored all against all (a 12,000-row report):
    only names that share a word are scored, so time and memory grow with the names, not with
    their square.

    The names of each word found in at most ``max_posting`` names are scored against each other.
    A word found in more ("số", "tỷ lệ", "xã") says little: a name with at least one rarer word is
    not compared through it; a name made only of such words is compared, through its rarest word,
    with the ``window`` names on either side of it in length. Unlike ``NameIndex`` this is not
    exact: two names that share no word (an OCR'd name broken in every word), or only common words
    and far apart in length, are not compared. Scores found are the exact ``similarity_matrix``
    values, in both directions.
    """

    def __init__(self, keys: Iterable[str], *, score_cutoff: float = MATCH_CUTOFF,
                 max_posting: int = 64, window: int = 32) -> None:
        self.keys = sorted({k for k in keys if k}, key=lambda k: (len(indicator_key(k)), k))
        self.score_cutoff = score_cutoff
        self._scores = {k: {} for k in self.keys}
        self.pairs_scored = 0
        words = {key: set(indicator_key(key).split()) for key in self.keys}
        postings: dict[str, list[str]] = {}
        for key in self.keys:  # in length order, so every posting is sorted by length
            for word in words[key]:
                postings.setdefault(word, []).append(key)
        for names in postings.values():
            if len(names) <= max_posting:
                self._score(names, names)
        # Names with no rare word, by the block of their rarest word's posting they sit in.
        needy: dict[tuple[str, int], list[str]] = {}
        positions: dict[str, dict[str, int]] = {}
        for key in self.keys:
            if not words[key]:
                continue
            rarest = min(words[key], key=lambda w: (len(postings[w]), w))
            if len(postings[rarest]) <= max_posting:
                continue
            where = positions.setdefault(rarest, {k: i for i, k in enumerate(postings[rarest])})
            needy.setdefault((rarest, where[key] // window), []).append(key)
        for (word, block), queries in needy.items():
            names = postings[word]
            choices = names[max(0, (block - 1) * window) : (block + 2) * window]
            self._score(queries, choices)
            self._score(choices, queries)
        self._component = self._components()

    def _score(self, queries: Sequence[str], choices: Sequence[str]) -> None:
        matrix = similarity_matrix(queries, choices)
        self.pairs_scored += matrix.size
        for i, j in zip(*np.nonzero(matrix >= self.score_cutoff), strict=True):
            self._scores[queries[i]][choices[j]] = float(matrix[i, j])


class IndexScores:
    """``match_rows``' ``scores=`` argument backed by a ``NameIndex``: the full matrix's values
    for every pair at or above the cutoff, 0 below (where ``match_rows`` never looks). Filled
    from the index's pairs, so the work is the pairs found, not the size of the block."""

    def __init__(self, index: NameIndex) -> None:
        self._index = index

    def block(self, left: Sequence[Row], right: Sequence[Row]) -> np.ndarray:
        out = np.zeros((len(left), len(right)), dtype=np.float32)
        where: dict[str, list[int]] = {}
        for j, rb in enumerate(right):
            where.setdefault(rb.key, []).append(j)
        for i, ra in enumerate(left):
            for key, s in self._index.scores_of(ra.key).items():
                for j in where.get(key, ()):
                    out[i, j] = s
        return out
