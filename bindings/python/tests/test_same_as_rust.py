"""Python gives the same claims as the Rust crate: every field of every claim of the 840 PolNeAR
texts, compared by JSON shape with `examples/batch`'s output (so a field the crate adds is
compared without a change here)."""

import json

import claimex
from claimex._records import shape
from conftest import as_rust


def test_extract_batch_equals_the_rust_batch(extractor, polnear, rust_claims):
    ids = list(polnear)
    results = extractor.extract_batch([polnear[i] for i in ids])
    claims = 0
    for doc_id, found in zip(ids, results):
        assert [c.to_dict(offsets="bytes") for c in found] == rust_claims[doc_id], doc_id
        assert [as_rust(c.to_dict()) for c in found] == rust_claims[doc_id], doc_id
        claims += len(found)
    assert claims == sum(map(len, rust_claims.values())) > 14_000


def test_extract_equals_the_rust_batch(extractor, polnear, rust_claims):
    for doc_id in list(polnear)[::7]:
        found = extractor.extract(polnear[doc_id])
        assert [c.to_dict(offsets="bytes") for c in found] == rust_claims[doc_id], doc_id


def test_to_json_is_the_crates_json_text(extractor, polnear, rust_lines, rust_claims):
    """to_json(offsets="bytes") writes the batch example's line, character for character, less its id;
    so does the pure-Python path of claims rebuilt from dicts."""
    for doc_id in list(polnear)[::5]:
        found = extractor.extract(polnear[doc_id])
        line = rust_lines[doc_id]
        expected = "{" + line[line.index('"schema_version"') :]
        assert claimex.to_json(found, offsets="bytes") == expected, doc_id
        rebuilt = [claimex.Claim(c.to_dict()) for c in found]
        assert claimex.to_json(rebuilt, offsets="bytes") == expected, doc_id
        assert claimex.to_json(rebuilt) == claimex.to_json(found)
        assert as_rust(json.loads(claimex.to_json(found))["claims"]) == rust_claims[doc_id]
        assert json.loads(claimex.to_json(found, indent=2)) == json.loads(claimex.to_json(found))


def test_attributes_read_the_same_values(extractor, polnear):
    """Each declared field's attribute holds what to_dict holds, nested records included."""

    def same(record, data):
        for field in shape(type(record)):
            value = getattr(record, field.name)
            if field.record is None:
                assert value == data[field.name]
            elif value is None:
                assert data[field.name] is None
            elif field.is_list:
                assert len(value) == len(data[field.name])
                for item, item_data in zip(value, data[field.name]):
                    same(item, item_data)
            else:
                same(value, data[field.name])

    for doc_id in list(polnear)[:100]:
        for claim in extractor.extract(polnear[doc_id]):
            same(claim, claim.to_dict())


def test_declared_fields_are_the_json_fields(extractor, polnear):
    """Every object of the crate's JSON has exactly the fields its Python class declares: a field
    the crate adds fails here until its one line is added to the class (python/claimex/_records.py)."""
    seen = set()

    def check(record, data):
        assert set(data) == {f.name for f in shape(record)}, (record.__name__, sorted(data))
        seen.add(record)
        for field in shape(record):
            value = data[field.name]
            if field.record is not None and value is not None:
                for item in value if field.is_list else [value]:
                    check(field.record, item)

    for doc_id in list(polnear)[:200]:
        for claim in extractor.extract(polnear[doc_id]):
            check(claimex.Claim, claim.to_dict())
    assert seen == {
        claimex.Claim,
        claimex.Content,
        claimex.TextSpan,
        claimex.Span,
        claimex.Speaker,
        claimex.Cue,
        claimex.Source,
    }
