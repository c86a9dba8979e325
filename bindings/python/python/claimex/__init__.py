"""claimex: typed claims from English news text (Python bindings of the Rust crate).

Who said what, how they said it, and which outlet reported it: one ``Claim`` per quote, reported
statement or attributed belief, with the canonical speaker and role, the reporting verb and its
stance class, the content (direct, indirect or mixed), and the credited outlet. No model and no
network: the embedded lexicons and rules ship in the wheel.

>>> import claimex
>>> ex = claimex.Extractor()
>>> text = 'Putin rejected calls for a truce to prevent a "bloodbath", reported BBC. "We will continue," he said.'
>>> for c in ex.extract(text):
...     print(c.speaker.name, c.stance, c.kind, repr(c.content.text), c.source and c.source.name)
Putin reject mixed 'calls for a truce to prevent a "bloodbath"' BBC
Putin neutral direct 'We will continue,' None

Offsets (``c.content.start``/``end`` and every other span) are Python string indices:
``text[c.content.start:c.content.end] == c.content.text``, emoji and curly quotes included, for a
content in one part (``c.content.parts`` lists the parts of one an attribution interrupts, "The
plan, Mr Bell said, was never costed"); ``byte_start``/``byte_end`` give the crate's UTF-8 byte
offsets.

- ``Extractor(...)``: ``extract(text)``, ``extract_batch(texts, threads=None)``; keyword options
  add cues, outlets, titles, places and organisations, or set ``acts`` ("speech" leaves out
  attributed attitudes, "statements" keeps quotations and reported statements) and ``max_input_bytes``.
- ``Claim`` and its parts ``Content``, ``TextSpan``, ``Span``, ``Speaker``, ``Cue``, ``Source``;
  ``Claim.to_dict(offsets="chars"|"bytes")``.
- ``to_json(claims)``: the crate's JSON shape; ``to_pandas(claims_per_doc, ids=None)``: one row
  per claim (needs pandas).
- ``claimex.spark.with_claims(df, text_col="text", out_col="claims")``: the same on Spark.
- Errors: ``Error``, with ``InputTooLarge`` and ``LexiconError``; wrong argument types raise
  ``TypeError``.
"""

from ._claimex import DEFAULT_MAX_INPUT_BYTES, SCHEMA_VERSION, Error, InputTooLarge, LexiconError
from ._claimex import VERSION as __version__
from ._extractor import Extractor
from ._frames import to_json, to_pandas
from ._records import (
    Act,
    Acts,
    Claim,
    ClaimKind,
    Content,
    Cue,
    PlaceKind,
    Source,
    Span,
    Speaker,
    SpeakerKind,
    Stance,
    TextSpan,
)

__all__ = [
    "Act",
    "Acts",
    "DEFAULT_MAX_INPUT_BYTES",
    "SCHEMA_VERSION",
    "Claim",
    "ClaimKind",
    "Content",
    "Cue",
    "Error",
    "Extractor",
    "InputTooLarge",
    "LexiconError",
    "PlaceKind",
    "Source",
    "Span",
    "Speaker",
    "SpeakerKind",
    "Stance",
    "TextSpan",
    "to_json",
    "to_pandas",
]
