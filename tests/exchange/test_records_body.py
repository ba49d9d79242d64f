"""records.json at the ward: read without its invisible characters whichever way they are
written (raw, or as a JSON escape), and a clean file read as it is (the fast path of #17
must give what the walk over every string gives)."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.domain.hygiene import invisible_in, strip_tree
from desktop.core.exchange.envelope import canonical_json
from desktop.core.exchange.ward_import import records_body

INVISIBLE = ["\u202e", "\u200b", "\u00ad", "\ufeff", "\x08", "\x0c", "\x00", "\u2028",
             "\ue000", "\U000f0000"]
texts = st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=30)
values = st.recursive(st.none() | st.booleans() | st.integers() | texts,
                      lambda inner: st.lists(inner, max_size=4)
                      | st.dictionaries(texts, inner, max_size=4), max_leaves=12)


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (*_strings(k), *_strings(v))]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


@given(values, st.booleans())
def test_the_body_is_the_walked_body_however_it_is_written(value, escaped):
    """As the team's program writes it (canonical JSON, raw characters) or as another
    program might (every non-ASCII character escaped)."""
    data = (json.dumps(value, ensure_ascii=True).encode() if escaped
            else canonical_json(value))
    body = records_body(data)
    assert body == strip_tree(json.loads(data))
    assert not any(invisible_in(s) for s in _strings(body))


def test_each_invisible_character_goes_raw_or_escaped():
    for character in INVISIBLE:
        name = f"Nguyễn Văn{character} An"
        for data in (canonical_json({"n": name}), json.dumps({"n": name}).encode(),
                     json.dumps({f"k{character}": [name]}).encode()):
            body = records_body(data)
            assert not any(invisible_in(s) for s in _strings(body)), (character, data)


def test_a_clean_file_keeps_its_line_breaks_and_tabs():
    value = {"summary": "Hai hộ liền kề\ncó mâu thuẫn\t(đã hòa giải)", "ids": [1, 2]}
    assert records_body(canonical_json(value)) == value
