"""Type stubs of the native module (``src/`` in the bindings crate). Import ``claimex`` instead."""

from typing import Any, Dict, List, Optional, Sequence, Tuple, Union

SCHEMA_VERSION: int
DEFAULT_MAX_INPUT_BYTES: int
VERSION: str

class Error(Exception):
    """Base class of claimex's errors; the message is the Rust crate's."""

class InputTooLarge(Error):
    """A document is larger than ``max_input_bytes`` (UTF-8 bytes)."""

    len: int
    max: int

class LexiconError(Error):
    """A lexicon entry given to ``Extractor(...)`` is malformed."""

    lexicon: str
    line: int
    reason: str

class RawClaim:
    """One native claim; ``claimex.Claim`` wraps it."""

    def to_dict(self, chars: bool = True) -> Dict[str, Any]: ...

def extraction_json(claims: Sequence[RawClaim], chars: bool = True) -> str:
    """``{"schema_version": …, "claims": […]}`` for one document's claims, compact JSON."""

class Extractor:
    """The native extractor; ``claimex.Extractor`` wraps it."""

    def __init__(
        self,
        *,
        cues: Sequence[Tuple[str, str, str]] = ...,
        outlets: Sequence[Tuple[str, str]] = ...,
        titles: Sequence[str] = ...,
        places: Sequence[Tuple[str, str]] = ...,
        organizations: Sequence[str] = ...,
        acts: str = "all",
        noun_objects: bool = False,
        max_input_bytes: Optional[int] = None,
    ) -> None: ...
    @property
    def max_input_bytes(self) -> int: ...
    def extract(self, text: str) -> List[RawClaim]: ...
    def extract_batch(
        self, texts: Sequence[str], threads: Optional[int] = None
    ) -> List[Union[List[RawClaim], Error]]: ...
