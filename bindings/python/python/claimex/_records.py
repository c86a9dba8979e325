"""The output types: a Claim and its parts, read-only views of the crate's JSON shape.

Each class declares its fields once, as annotations; that one declaration gives the attributes,
their types (for type checkers and ``help``), and the Spark and pandas column layouts
(``shape``). The values come from the Rust crate's own JSON of the claim, so ``to_dict`` holds
every field the crate writes even before a class here names it.

Offsets: ``start``/``end`` are Python string indices (code points) into the text given to
``Extractor.extract``; ``byte_start``/``byte_end`` are the crate's UTF-8 byte offsets.
"""

import functools
from typing import Any, Dict, List, Literal, NamedTuple, Optional, Tuple, Union, get_args, get_origin, get_type_hints

ClaimKind = Literal["direct", "indirect", "mixed"]
"""``direct`` (wholly inside quote marks), ``indirect`` (reported speech), ``mixed`` (both)."""

Stance = Literal[
    "neutral", "assert", "reject", "accuse", "urge", "warn", "hope", "concede", "tentative", "support", "belief"
]
"""The stance class of a cue, from the cue lexicon; ``neutral`` without a cue."""

Act = Literal["speech", "attitude"]
"""``speech`` (said, told, denied, urged) or ``attitude`` (believes, hopes, expects), from the cue."""

Acts = Literal["all", "speech", "statements"]
"""Which claims ``Extractor(acts=...)`` returns: ``all`` (the default), ``speech`` only, or
``statements`` (quotations and reported statements)."""

SpeakerKind = Literal["person", "organization", "location", "unknown"]
"""What a speaker is; ``location`` is a country or capital speaking as its government."""

PlaceKind = Literal["country", "capital", "city", "state", "region", "demonym"]
"""Kinds of place for ``Extractor(places=[(name, kind)])``."""

Offsets = Literal["chars", "bytes"]
"""``chars``: start/end in code points, plus byte_start/byte_end; ``bytes``: the crate's JSON."""


class _Field:
    """One declared field: reads ``name`` from the record's dict, wrapping nested records."""

    __slots__ = ("name", "record")

    def __init__(self, name: str, record: "Optional[type]") -> None:
        self.name = name
        self.record = record

    def __get__(self, obj: Any, owner: Any = None) -> Any:
        if obj is None:
            return self
        try:
            value = obj._dict()[self.name]
        except KeyError:
            raise AttributeError(f"{type(obj).__name__} has no field {self.name!r} in its data") from None
        record = self.record
        if record is None or value is None:
            return value
        if isinstance(value, list):
            return [record(v) for v in value]
        return record(value)


class _Record:
    """Base of the output types: a read-only view of one object of the crate's JSON shape."""

    __slots__ = ("_d",)

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for field in shape(cls):
            setattr(cls, field.name, _Field(field.name, field.record))

    def __init__(self, data: Dict[str, Any]) -> None:
        """A view of ``data``: a dict as ``to_dict()`` returns it."""
        self._d = data

    def _dict(self) -> Dict[str, Any]:
        return self._d

    def to_dict(self, offsets: Offsets = "chars") -> Dict[str, Any]:
        """A fresh dict in the crate's JSON shape.

        ``offsets="chars"`` (default): ``start``/``end`` are code points, followed by
        ``byte_start``/``byte_end``. ``offsets="bytes"``: exactly the crate's JSON, byte offsets only.
        """
        return _copy(self._dict(), _to_bytes(offsets))

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._dict() == other._dict()  # type: ignore[attr-defined]

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        shown = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in shape(type(self)))
        return f"{type(self).__name__}({shown})"


class FieldShape(NamedTuple):
    """The shape of one declared field, for the Spark and pandas layouts."""

    name: str
    base: Any
    """``str``, ``int``, ``float``, ``bool``, a ``Literal`` of strings, or an output type."""
    optional: bool
    """The value may be ``None``."""
    is_list: bool
    """The value is a list of ``base``."""

    @property
    def record(self) -> "Optional[type]":
        """The output type the field holds, if it holds one."""
        base = self.base
        return base if isinstance(base, type) and issubclass(base, _Record) else None


@functools.lru_cache(maxsize=None)
def shape(record: type) -> Tuple[FieldShape, ...]:
    """The declared fields of an output type, in order."""
    out = []
    for name, hint in get_type_hints(record).items():
        optional = False
        if get_origin(hint) is Union:
            rest = [a for a in get_args(hint) if a is not type(None)]
            optional, hint = True, rest[0]
        is_list = get_origin(hint) is list
        out.append(FieldShape(name, get_args(hint)[0] if is_list else hint, optional, is_list))
    return tuple(out)


class Span(_Record):
    """A stretch of the document: a part of a claim's content, or a quoted stretch inside one;
    ``start``/``end`` (code points), and ``byte_start``/``byte_end``."""

    __slots__ = ()
    start: int
    end: int
    byte_start: int
    byte_end: int


class TextSpan(_Record):
    """A span with the text it covers: ``text == document[start:end]``."""

    __slots__ = ()
    text: str
    start: int
    end: int
    byte_start: int
    byte_end: int


class Content(_Record):
    """What was said. ``text`` is the statement; ``parts`` its pieces (``Span``), one, or several
    when an attribution interrupts it ("The plan, Mr Bell said, was never costed": "The plan" and
    "was never costed", ``text`` then being the parts joined by a space, "The plan was never
    costed"); ``start``/``end`` run from the first part's start to the last part's end, so
    ``text == document[start:end]`` holds for a content in one part."""

    __slots__ = ()
    text: str
    start: int
    end: int
    parts: List[Span]
    byte_start: int
    byte_end: int


class Speaker(_Record):
    """Who made a claim.

    ``id`` is shared by every claim of one speaker in a document; ``name`` is the fullest form in
    the document ("Vladimir Putin" for "Putin", the antecedent's name for "she"); ``role`` the title
    or appositive ("Russian President"); ``kind`` a ``SpeakerKind``; ``mention`` the phrase naming the
    speaker in the claim's sentence.
    """

    __slots__ = ()
    id: int
    name: str
    role: Optional[str]
    kind: SpeakerKind
    mention: TextSpan


class Cue(_Record):
    """The reporting verb or phrase: ``text`` as written ("ruled out"), ``lemma`` ("rule out")."""

    __slots__ = ()
    text: str
    lemma: str
    start: int
    end: int
    byte_start: int
    byte_end: int


class Source(_Record):
    """The outlet credited: canonical ``name`` ("Associated Press"), ``text`` as written."""

    __slots__ = ()
    name: str
    text: str
    start: int
    end: int
    byte_start: int
    byte_end: int


class Claim(_Record):
    """One quote, reported statement or attributed belief.

    Fields: ``kind`` (direct, indirect, mixed); ``content`` (what was said: the reported clause or
    the text inside the quote marks, in parts when an attribution interrupts it); ``quotes`` (quoted
    stretches inside ``content``); ``speaker``
    (``None`` when only an outlet reports it, or nobody is named); ``cue`` (``None`` for a quote
    following its speaker's earlier one); ``stance`` (from the cue; ``neutral`` without one);
    ``act`` (``speech``, or ``attitude`` for "believes", "hopes"; ``speech`` without a cue);
    ``negated`` ("did not deny"); ``noun_object`` (the content is only the verb's object, "welcomed
    the decision": only with ``Extractor(noun_objects=True)``); ``source`` (the outlet credited); ``sentence`` (index of the
    sentence holding the cue); ``confidence`` (in [0, 1], ranks claims).

    ``Claim(data)`` rebuilds a claim from ``to_dict()``'s output (so claims pickle).
    """

    __slots__ = ("_raw",)
    kind: ClaimKind
    content: Content
    quotes: List[Span]
    speaker: Optional[Speaker]
    cue: Optional[Cue]
    stance: Stance
    act: Act
    negated: bool
    noun_object: bool
    source: Optional[Source]
    sentence: int
    confidence: float

    def __init__(self, data: Dict[str, Any]) -> None:
        """A claim from ``data``, a dict as ``to_dict()`` (offsets ``chars``) returns it."""
        self._d = data
        self._raw = None

    @classmethod
    def _from_raw(cls, raw: Any) -> "Claim":
        claim = cls.__new__(cls)
        claim._d = None  # made from the native claim on first use
        claim._raw = raw
        return claim

    def _dict(self) -> Dict[str, Any]:
        data = self._d
        if data is None:
            data = self._d = self._raw.to_dict()
        return data

    def to_dict(self, offsets: Offsets = "chars") -> Dict[str, Any]:
        to_bytes = _to_bytes(offsets)
        if self._raw is not None:
            return self._raw.to_dict(not to_bytes)
        return _copy(self._d, to_bytes)

    to_dict.__doc__ = _Record.to_dict.__doc__

    def __reduce__(self) -> Tuple[Any, ...]:
        return (Claim, (self._dict(),))

    def __repr__(self) -> str:
        who = self.speaker.name if self.speaker else None
        cue = self.cue.text if self.cue else None
        return (
            f"Claim(kind={self.kind!r}, speaker={who!r}, cue={cue!r}, stance={self.stance!r}, "
            f"content={self.content.text!r})"
        )


def _to_bytes(offsets: str) -> bool:
    if offsets not in ("chars", "bytes"):
        raise ValueError(f"offsets must be 'chars' or 'bytes', not {offsets!r}")
    return offsets == "bytes"


def _copy(value: Any, to_bytes: bool) -> Any:
    """A deep copy of a JSON value; with ``to_bytes``, every span keeps its byte offsets only."""
    if isinstance(value, dict):
        if to_bytes and "byte_start" in value:
            swap = {"start": value["byte_start"], "end": value["byte_end"]}
            return {
                k: swap[k] if k in swap else _copy(v, to_bytes)
                for k, v in value.items()
                if k not in ("byte_start", "byte_end")
            }
        return {k: _copy(v, to_bytes) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy(v, to_bytes) for v in value]
    return value
