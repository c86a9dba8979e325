"""Offsets are Python string indices: every span slices the Python string to its text, and its
byte offsets slice the UTF-8 bytes to the same text."""

import pytest

import claimex
from conftest import spans

# Passages written for these tests: each puts multi-byte characters before, inside and after the
# spans (curly quotes: 3 bytes; emoji: 4 bytes and one code point; CJK: 3 bytes; a combining
# accent: a code point of its own; flags: two code points).
UNICODE_TEXTS = {
    "curly quotes": "“We will not back down,” the minister said. She added that the “so-called” deal was dead.",
    "emoji": "🎉🎉 “Victory is ours 🏆,” coach Anna Berg said on Sunday, 🇸🇪 Reuters reported. 🙂",
    "cjk": "東京 (Tokyo) — Prime Minister Kenji Sato said that 日本 would raise its defence budget, Kyodo reported.",
    "combining marks": "Jose\u0301 Mari\u0301a Aznar said the cafe\u0301 owners were “furious”, according to El País.",
    "mixed scripts": "«Nous continuerons», a déclaré Zoë Brønnum. “Нет,” Putin said — 不. Ankara has said it would wait 😐.",
    "crlf and nbsp": "Smith\u00a0said\r\nthat the\u2009talks had failed.\r\n“It is over,” he added.\u2028",
    "content in parts": "The café 🏗️ plan, Mr Bell said, was never costed. “Ça suffit,” Zoë Brønnum said, “nous partons.”",
}


def check_spans(text: str, claims) -> int:
    encoded = text.encode("utf-8")
    n = 0
    for claim in claims:
        data = claim.to_dict()
        for span in spans(data):
            assert 0 <= span["start"] <= span["end"] <= len(text)
            chars = text[span["start"] : span["end"]]
            assert encoded[span["byte_start"] : span["byte_end"]].decode("utf-8") == chars
            if "parts" in span:
                # A content in parts: its text is theirs, joined by a space.
                assert span["text"] == " ".join(text[p["start"] : p["end"]] for p in span["parts"]), span
                assert (span["start"], span["end"]) == (span["parts"][0]["start"], span["parts"][-1]["end"])
            elif "text" in span:
                assert chars == span["text"], span
            n += 1
        if len(claim.content.parts) == 1:
            assert text[claim.content.start : claim.content.end] == claim.content.text
        if claim.speaker:
            m = claim.speaker.mention
            assert text[m.start : m.end] == m.text
        if claim.cue:
            assert text[claim.cue.start : claim.cue.end] == claim.cue.text
        if claim.source:
            assert text[claim.source.start : claim.source.end] == claim.source.text
        for q in claim.quotes:
            assert any(p.start <= q.start <= q.end <= p.end for p in claim.content.parts)
    return n


def test_sample_spans_slice_the_python_string(extractor, sample):
    claims = extractor.extract(sample)
    assert len(claims) == 14
    assert check_spans(sample, claims) > 50
    # The example: the fourth claim starts after curly quotes that shift bytes by two each.
    fourth = claims[4]
    assert fourth.content.byte_start - fourth.content.start > 0
    assert sample[fourth.content.start : fourth.content.end] == fourth.content.text
    assert fourth.content.text.startswith("militants in Idlib were “systematically")


@pytest.mark.parametrize("name", sorted(UNICODE_TEXTS))
def test_unicode_spans_slice_the_python_string(extractor, name):
    text = UNICODE_TEXTS[name]
    claims = extractor.extract(text)
    assert claims, f"no claim found in the {name} passage"
    assert check_spans(text, claims) >= 3 * len(claims)
    assert any(s["byte_start"] != s["start"] for c in claims for s in spans(c.to_dict()))


def test_a_content_in_parts(extractor):
    # "The plan, Mr Bell said, was never costed": the attribution splits the content in two.
    text = UNICODE_TEXTS["content in parts"]
    first, second = extractor.extract(text)
    assert first.content.text == "The café 🏗️ plan was never costed"
    assert [text[p.start : p.end] for p in first.content.parts] == ["The café 🏗️ plan", "was never costed"]
    assert text[first.content.start : first.content.end] == "The café 🏗️ plan, Mr Bell said, was never costed"
    assert second.content.text == "Ça suffit nous partons."
    assert second.speaker.name == "Zoë Brønnum" and second.cue.text == "said"


def test_every_polnear_text(extractor, polnear):
    ids = list(polnear)
    results = extractor.extract_batch([polnear[i] for i in ids])
    total = 0
    non_ascii = 0
    for doc_id, claims in zip(ids, results):
        assert isinstance(claims, list), (doc_id, claims)
        total += check_spans(polnear[doc_id], claims)
        non_ascii += not polnear[doc_id].isascii() and bool(claims)
    # (Spans checked: about 50,000 over the 840 articles; the floor only guards against a run that
    # checks almost nothing.)
    assert total > 45_000
    assert non_ascii > 400


def test_bytes_view_is_the_crates_offsets(extractor, sample):
    claim = extractor.extract(sample)[4]
    as_bytes = claim.to_dict(offsets="bytes")
    assert as_bytes["content"]["start"] == claim.content.byte_start
    assert "byte_start" not in as_bytes["content"]
    assert sample.encode()[as_bytes["content"]["start"] : as_bytes["content"]["end"]].decode() == claim.content.text
    with pytest.raises(ValueError):
        claim.to_dict(offsets="utf-16")
