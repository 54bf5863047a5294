"""Built once in the forkserver, so no worker builds it: imported only through ``batch._PRELOAD``.

Every worker process of a batch resolves its documents' districts against the gazetteer and reads
their running text with the spaCy pipeline; built lazily, each worker paid for both (~0.6 s of CPU:
the gazetteer ~0.5 s, the pipeline ~0.1 s), and a run of two workers, or a test suite starting a
pool per test, paid it again and again. The forkserver imports this module before it forks any
worker, so the workers are born with both built (shared copy-on-write).
"""

from __future__ import annotations

import contextlib

from extractor.prose_patterns import patterns
from normalizers.places import load_gazetteer

# A failure here must not stop the forkserver (it skips only preloads that raise ImportError): a
# worker that needs what failed builds it itself and reports the error as a document's failure.
with contextlib.suppress(Exception):
    load_gazetteer()
    patterns()
