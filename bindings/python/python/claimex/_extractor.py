"""``claimex.Extractor``: the Rust extractor, with Python offsets and Python exceptions."""

from __future__ import annotations

from typing import Iterable, List, Optional, Tuple, Union

from . import _claimex
from ._records import Acts, Claim, PlaceKind, Stance

_wrap = Claim._from_raw


class Extractor:
    """Extracts claims from English news text: who said what, how, and which outlet reported it.

    Build once and reuse: building parses the lexicons (milliseconds); ``extract`` and
    ``extract_batch`` release the GIL, so one extractor serves many Python threads.

    >>> ex = claimex.Extractor()
    >>> [c] = ex.extract("Officials denied that the talks had failed, Reuters reported.")
    >>> c.kind, c.stance, c.content.text, c.source.name
    ('indirect', 'reject', 'the talks had failed', 'Reuters')

    Keyword options add to the embedded lexicons (none is needed for the default):

    - ``cues``: ``(form, lemma, stance)`` triples, e.g. ``("lambasted", "lambaste", "accuse")``;
      ``stance`` is one of ``claimex.Stance`` (neutral, assert, reject, accuse, urge, warn, hope,
      concede, tentative, support, belief).
    - ``outlets``: outlet names (``"Kyiv Independent"``), or ``(name, form)`` pairs for a written
      form of a canonical name (``("Associated Press", "AP")``).
    - ``titles``: roles that can stand before a name or alone (``"ombudsman"``).
    - ``places``: ``(name, kind)`` pairs, ``kind`` one of ``claimex.PlaceKind`` (country, capital,
      city, state, region, demonym).
    - ``organizations``: named bodies (``"Gazprom"``).
    - ``acts``: ``"all"`` (the default); ``"speech"``, which leaves out attributed attitudes
      (claims whose ``act`` is ``attitude``: "believes", "hopes", "expects"); or ``"statements"``,
      which keeps quotations and reported statements ("said", "warned") and leaves out attitudes
      and reported appeals, charges and denials ("urged", "accused", "denied").
    - ``noun_objects``: ``True`` keeps the claims whose content is only the verb's noun-phrase
      object ("The mayor welcomed the decision": ``noun_object`` is ``True``), as corpora such as
      PolNeAR annotate them; left out by default.
    - ``max_input_bytes``: the largest document accepted, in UTF-8 bytes (default 64 MiB); a larger
      one raises ``claimex.InputTooLarge``.

    A malformed entry raises ``claimex.LexiconError``; a value of the wrong type ``TypeError``.

    Offsets in the claims are Python string indices: ``text[c.content.start:c.content.end] ==
    c.content.text``. The crate's UTF-8 byte offsets are ``byte_start``/``byte_end``.
    """

    __slots__ = ("_native",)

    def __init__(
        self,
        *,
        cues: Iterable[Tuple[str, str, Stance]] = (),
        outlets: Iterable[Union[str, Tuple[str, str]]] = (),
        titles: Iterable[str] = (),
        places: Iterable[Tuple[str, PlaceKind]] = (),
        organizations: Iterable[str] = (),
        acts: Acts = "all",
        noun_objects: bool = False,
        max_input_bytes: Optional[int] = None,
    ) -> None:
        if isinstance(outlets, str):
            raise TypeError("outlets takes an iterable of names or (name, form) pairs, not a str")
        if isinstance(max_input_bytes, int) and max_input_bytes < 0:
            raise ValueError(f"max_input_bytes must be at least 0, not {max_input_bytes}")
        self._native = _claimex.Extractor(
            cues=_listed("cues", cues),
            outlets=[(o, o) if isinstance(o, str) else o for o in outlets],
            titles=_listed("titles", titles),
            places=_listed("places", places),
            organizations=_listed("organizations", organizations),
            acts=acts,
            noun_objects=noun_objects,
            max_input_bytes=max_input_bytes,
        )

    @property
    def max_input_bytes(self) -> int:
        """The largest document accepted, in UTF-8 bytes."""
        return self._native.max_input_bytes

    def extract(self, text: str) -> List[Claim]:
        """The claims of ``text``, ordered by the start of their content.

        Raises ``claimex.InputTooLarge`` when ``text`` is over ``max_input_bytes`` (UTF-8), and
        ``TypeError`` when it is not a ``str``. Any ``str`` otherwise gives a list, possibly empty.
        """
        return [_wrap(raw) for raw in self._native.extract(text)]

    def extract_batch(
        self, texts: Iterable[str], threads: Optional[int] = None
    ) -> List[Union[List[Claim], _claimex.Error]]:
        """The claims of every text, in input order, extracted in parallel with the GIL released.

        Runs the crate's rayon batch: ``threads=None`` uses rayon's pool (one thread per core, or
        ``RAYON_NUM_THREADS``), ``threads=n`` a pool of ``n`` threads. Slot ``i`` holds the claims
        of ``texts[i]``, or, for a document that failed (over ``max_input_bytes``), its
        ``claimex.Error`` object, not raised, so one bad document does not lose the others.
        """
        if isinstance(texts, str):
            raise TypeError("extract_batch takes an iterable of str, not a str (use extract)")
        if threads is not None:
            if isinstance(threads, bool) or not isinstance(threads, int):
                raise TypeError(f"threads must be an int or None, not {type(threads).__name__}")
            if threads < 1:
                raise ValueError(f"threads must be at least 1 (or None for all cores), not {threads}")
        if not isinstance(texts, (list, tuple)):
            texts = list(texts)
        slots = self._native.extract_batch(texts, threads)
        return [[_wrap(raw) for raw in slot] if type(slot) is list else slot for slot in slots]

    def __repr__(self) -> str:
        return f"claimex.Extractor(max_input_bytes={self.max_input_bytes})"


def _listed(name: str, values: Iterable) -> list:
    """``values`` as a list; a lone ``str`` is refused (it would iterate as characters)."""
    if isinstance(values, str):
        raise TypeError(f"{name} takes an iterable, not a str")
    return list(values)

