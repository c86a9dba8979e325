"""The Python API: options, exceptions (every class raised), type errors, pandas, pickling, docs
and stubs."""

import ast
import pickle
import pydoc
from pathlib import Path

import pytest

import claimex
from claimex import _claimex


def one(extractor, text):
    [claim] = extractor.extract(text)
    return claim


# --- options ---------------------------------------------------------------------------------


def test_each_option_changes_what_is_found():
    default = claimex.Extractor()
    ex = claimex.Extractor(
        cues=[("harrumphed", "harrumph", "reject")],
        outlets=["Mordor Today", ("Associated Press", "AP wire")],
        titles=["beekeeper"],
        places=[("Gondor", "capital")],
        organizations=["Vexcorp"],
        max_input_bytes=1000,
    )
    text = "The mayor harrumphed that the plan was a waste."
    assert default.extract(text) == []
    assert (one(ex, text).cue.lemma, one(ex, text).stance) == ("harrumph", "reject")
    text = "Smith said the vote was rigged, Mordor Today reported."
    assert one(default, text).source is None
    assert one(ex, text).source.name == "Mordor Today"
    text = "Vexcorp said profits fell, the AP wire reported."
    assert one(ex, text).source.name == "Associated Press"
    assert one(ex, text).speaker.kind == "organization"
    assert one(default, "Vexcorp said profits fell.").speaker.kind == "person"
    # (By default an agent's word opening the sentence is left out of the name; the title makes
    # it the role.)
    text = "Beekeeper Jane Doe said the hives were empty."
    assert (one(default, text).speaker.name, one(default, text).speaker.role) == ("Jane Doe", None)
    assert (one(ex, text).speaker.name, one(ex, text).speaker.role) == ("Jane Doe", "Beekeeper")
    text = "Gondor has said it would not attend the talks."
    assert (one(default, text).speaker.kind, one(ex, text).speaker.kind) == ("person", "location")
    assert ex.max_input_bytes == 1000
    assert default.max_input_bytes == claimex.DEFAULT_MAX_INPUT_BYTES == 64 << 20
    assert repr(ex) == "claimex.Extractor(max_input_bytes=1000)"


def test_acts_speech_leaves_out_exactly_the_attitudes(sample):
    text = "Mayor Ada Stone believes the bridge will open in May. Her deputy said the work was late."
    every = claimex.Extractor().extract(text)
    assert [(c.cue.lemma, c.act) for c in every] == [("believe", "attitude"), ("say", "speech")]
    speech = claimex.Extractor(acts="speech")
    assert [c.to_dict() for c in speech.extract(text)] == [every[1].to_dict()]
    kept = [c.to_dict() for c in claimex.Extractor().extract(sample) if c.act == "speech"]
    assert [c.to_dict() for c in speech.extract(sample)] == kept


def test_acts_statements_keeps_quotes_and_reported_statements(sample):
    text = "Mayor Ada Stone believes the bridge will open. Her deputy said the work was late. " \
        "Residents urged the council to hurry."
    assert [c.cue.lemma for c in claimex.Extractor(acts="statements").extract(text)] == ["say"]
    statements = [c.to_dict() for c in claimex.Extractor(acts="statements").extract(sample)]
    kept = [c.to_dict() for c in claimex.Extractor().extract(sample)
            if c.kind != "indirect" or c.stance in ("neutral", "assert", "concede", "tentative", "warn")]
    assert statements == kept


def test_noun_objects_are_kept_only_when_asked():
    text = "The mayor welcomed the decision. She said the city would appeal."
    default = claimex.Extractor().extract(text)
    assert [(c.content.text, c.noun_object) for c in default] == [("the city would appeal", False)]
    kept = claimex.Extractor(noun_objects=True).extract(text)
    assert [(c.content.text, c.noun_object) for c in kept] == [("the decision", True), ("the city would appeal", False)]
    assert kept[1].to_dict() == default[0].to_dict()


# --- exceptions ------------------------------------------------------------------------------


def test_input_too_large_is_raised_with_the_rust_message():
    ex = claimex.Extractor(max_input_bytes=10)
    with pytest.raises(claimex.InputTooLarge) as caught:
        ex.extract("“Twelve”")  # 8 code points, 12 UTF-8 bytes: the limit counts bytes
    err = caught.value
    assert isinstance(err, claimex.Error) and isinstance(err, Exception)
    assert (err.len, err.max) == (12, 10)
    assert str(err).startswith("input is 12 bytes, over the limit of 10 bytes")
    assert ex.extract("“Ten”!") == []  # 10 bytes: accepted


def test_batch_slot_holds_the_error_and_the_others_go_on():
    ex = claimex.Extractor(max_input_bytes=64)
    texts = ['"We will win," Smith said.', "word " * 20, "It rained."]
    for threads in (None, 1, 3):
        first, failed, last = ex.extract_batch(texts, threads=threads)
        assert [c.speaker.name for c in first] == ["Smith"]
        assert isinstance(failed, claimex.InputTooLarge) and failed.len == 100 and failed.max == 64
        assert last == []


@pytest.mark.parametrize(
    "options, lexicon, line, reason",
    [
        ({"cues": [("said", "say", "neutral"), ("", "x", "neutral")]}, "cues", 2, "empty cue form or lemma"),
        ({"cues": [("slammed", "slam", "angry")]}, "cues", 1, 'unknown stance "angry"'),
        ({"outlets": [("Gazette", " ")]}, "outlets", 1, "empty outlet name or form"),
        ({"titles": ["ombudsman", ""]}, "titles", 2, "empty title"),
        ({"places": [("Gondor", "planet")]}, "places", 1, 'unknown place kind "planet"'),
        ({"places": [(" ", "city")]}, "places", 1, "empty place"),
        ({"organizations": [""]}, "organizations", 1, "empty organisation"),
    ],
)
def test_lexicon_errors_name_the_entry(options, lexicon, line, reason):
    with pytest.raises(claimex.LexiconError) as caught:
        claimex.Extractor(**options)
    err = caught.value
    assert isinstance(err, claimex.Error)
    assert (err.lexicon, err.line) == (lexicon, line)
    assert err.reason.startswith(reason)
    assert str(err).startswith(f"lexicon {lexicon}, entry {line}: {reason}")


def test_exception_classes_live_in_claimex():
    assert claimex.Error.__module__ == "claimex"
    assert issubclass(claimex.InputTooLarge, claimex.Error)
    assert issubclass(claimex.LexiconError, claimex.Error)
    assert claimex.InputTooLarge.__doc__ and "max_input_bytes" in claimex.InputTooLarge.__doc__


# --- bad input types never crash ---------------------------------------------------------------


@pytest.mark.parametrize("bad", [b"bytes", None, 42, ["a list"]])
def test_extract_takes_only_str(extractor, bad):
    with pytest.raises(TypeError):
        extractor.extract(bad)


@pytest.mark.parametrize("bad", ["one string", [b"bytes"], ["ok", None], None, 42])
def test_extract_batch_takes_only_an_iterable_of_str(extractor, bad):
    with pytest.raises(TypeError):
        extractor.extract_batch(bad)


def test_extract_batch_takes_any_iterable(extractor):
    texts = ('"We will win," Smith said.', "It rained.")
    assert [len(r) for r in extractor.extract_batch(t for t in texts)] == [1, 0]
    assert [len(r) for r in extractor.extract_batch(texts)] == [1, 0]
    assert extractor.extract_batch([]) == []


@pytest.mark.parametrize("threads, error", [(0, ValueError), (-2, ValueError), ("2", TypeError), (1.5, TypeError), (True, TypeError)])
def test_threads_must_be_a_positive_int(extractor, threads, error):
    with pytest.raises(error):
        extractor.extract_batch(["It rained."], threads=threads)


@pytest.mark.parametrize(
    "options",
    [
        {"titles": "ombudsman"},
        {"outlets": "Reuters"},
        {"organizations": [1]},
        {"places": ["Gondor"]},
        {"max_input_bytes": "big"},
        {"max_input_bytes": 1.5},
        {"colour": "blue"},
    ],
)
def test_bad_option_types_raise_type_error(options):
    with pytest.raises(TypeError):
        claimex.Extractor(**options)


@pytest.mark.parametrize(
    "options", [{"max_input_bytes": -1}, {"cues": [("said", "say")]}, {"acts": "attitude"}]
)
def test_bad_option_values_raise_value_error(options):
    with pytest.raises(ValueError):
        claimex.Extractor(**options)


def test_options_are_keyword_only():
    with pytest.raises(TypeError):
        claimex.Extractor([("said", "say", "neutral")])


def test_lone_surrogate_is_a_unicode_error(extractor):
    with pytest.raises(UnicodeEncodeError):
        extractor.extract("Smith said \ud800 it was over.")


# --- claims as Python values ---------------------------------------------------------------------


def test_claim_fields(extractor):
    text = "Russian President Vladimir Putin on Friday rejected calls for a truce, reported BBC."
    c = one(claimex.Extractor(noun_objects=True), text)  # the content is the verb's object alone
    assert (c.kind, c.stance, c.act, c.negated, c.noun_object, c.sentence) == (
        "indirect",
        "reject",
        "speech",
        False,
        True,
        0,
    )
    assert (c.speaker.name, c.speaker.role, c.speaker.kind, c.speaker.id) == (
        "Vladimir Putin",
        "Russian President",
        "person",
        0,
    )
    assert (c.cue.text, c.cue.lemma) == ("rejected", "reject")
    assert (c.source.name, c.source.text) == ("BBC", "BBC")
    assert c.content.text == "calls for a truce"
    assert c.quotes == []
    assert 0 < c.confidence <= 1
    assert repr(c).startswith("Claim(kind='indirect', speaker='Vladimir Putin', cue='rejected'")
    assert repr(c.cue).startswith("Cue(text='rejected', lemma='reject', start=")


def test_claims_pickle_and_rebuild_from_dicts(extractor, sample):
    for claim in extractor.extract(sample):
        back = pickle.loads(pickle.dumps(claim))
        assert back == claim
        assert back.to_dict(offsets="bytes") == claim.to_dict(offsets="bytes")
        assert claimex.Claim(claim.to_dict()) == claim
        assert back.speaker == claim.speaker


def test_to_dict_is_a_fresh_copy(extractor, sample):
    claim = extractor.extract(sample)[0]
    data = claim.to_dict()
    data["content"]["text"] = "changed"
    assert claim.content.text != "changed"
    rebuilt = claimex.Claim(claim.to_dict())
    rebuilt.to_dict()["speaker"]["name"] = "changed"
    assert rebuilt.speaker.name == "Vladimir Putin"


# --- pandas ---------------------------------------------------------------------------------------


def test_to_pandas_one_row_per_claim(extractor, sample):
    pd = pytest.importorskip("pandas")
    ex = claimex.Extractor(max_input_bytes=5000)
    results = ex.extract_batch([sample, "It rained.", "x" * 6000, '"Yes," she said.'])
    frame = claimex.to_pandas(results, ids=["idlib", "rain", "big", "yes"])
    assert isinstance(frame, pd.DataFrame)
    assert len(frame) == 14 + 0 + 1 + 1
    assert list(frame.columns[:4]) == ["id", "claim_index", "kind", "content.text"]
    for column in ["speaker.name", "speaker.mention.start", "cue.lemma", "source.name", "quotes", "error"]:
        assert column in frame.columns
    idlib = frame[frame["id"] == "idlib"]
    assert list(idlib["claim_index"]) == list(range(14))
    assert idlib["speaker.name"].iloc[0] == "Vladimir Putin"
    row = idlib.iloc[3]
    assert sample[row["content.start"] : row["content.end"]] == row["content.text"]
    [error] = frame[frame["id"] == "big"]["error"]
    assert error.startswith("InputTooLarge: input is 6000 bytes")
    assert frame["error"].isna().sum() == 15
    assert str(frame["content.start"].dtype) == "Int64" and str(frame["negated"].dtype) == "boolean"
    assert list(claimex.to_pandas([results[0]])["id"].unique()) == [0]
    assert len(claimex.to_pandas([]).columns) == len(frame.columns)
    with pytest.raises(ValueError):
        claimex.to_pandas(results, ids=["too", "few"])
    with pytest.raises(TypeError):
        claimex.to_pandas(results[0])


# --- docs and stubs --------------------------------------------------------------------------------


def test_help_teaches_the_api():
    text = pydoc.render_doc(claimex.Extractor, renderer=pydoc.plaintext)
    for word in ["extract(self, text", "extract_batch(self, texts", "threads", "max_input_bytes", "cues", "InputTooLarge"]:
        assert word in text, word
    claim_doc = pydoc.render_doc(claimex.Claim, renderer=pydoc.plaintext)
    for word in ["speaker", "stance", "content", "confidence", "to_dict"]:
        assert word in claim_doc, word
    assert "claimex.spark.with_claims" in claimex.__doc__


def test_package_is_typed_and_the_stub_matches_the_native_module():
    package = Path(claimex.__file__).parent
    assert (package / "py.typed").is_file()
    stub = ast.parse((package / "_claimex.pyi").read_text(encoding="utf-8"))
    declared = {n.name for n in stub.body if isinstance(n, (ast.ClassDef, ast.FunctionDef))}
    declared |= {n.target.id for n in stub.body if isinstance(n, ast.AnnAssign)}
    native = {name for name in dir(_claimex) if not name.startswith("__")}
    assert declared == native
    [extractor] = [n for n in stub.body if isinstance(n, ast.ClassDef) and n.name == "Extractor"]
    methods = {n.name for n in extractor.body if isinstance(n, ast.FunctionDef)}
    assert {"extract", "extract_batch", "max_input_bytes"} <= methods
    for name in ["extract", "extract_batch", "max_input_bytes"]:
        assert hasattr(_claimex.Extractor, name)


@pytest.mark.parametrize("module", ["claimex", "claimex._extractor"])
def test_docstring_examples_run(module):
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(module), extraglobs={"claimex": claimex}, verbose=False)
    assert result.attempted > 0 and result.failed == 0
