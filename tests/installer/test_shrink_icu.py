"""Which ICU data items the Linux bundle keeps (installer/shrink_icu.py): Vietnamese, English
and root locale data, collation and break rules, time zones; not other languages, legacy
converters, transliterators or the CJK/Thai dictionaries."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "installer"))
import shrink_icu

KEPT = ["root.res", "vi.res", "vi_VN.res", "en.res", "en_US_POSIX.res", "coll/vi.res",
        "coll/root.res", "coll/ucadata.icu", "coll/res_index.res", "res_index.res", "pool.res",
        "zone/vi.res", "zone/tzdbNames.res", "brkitr/line.brk", "brkitr/root.res",
        "zoneinfo64.res", "metaZones.res", "uts46.nrm", "nfkc.nrm", "cnvalias.icu",
        "icu-internal-compound-t.cnv", "curr/supplementalData.res", "lang/pool.res"]
DROPPED = ["de.res", "zh_Hant_TW.res", "coll/zh.res", "coll/de__PHONEBOOK.res", "coll/es_.res",
           "translit/root.res", "brkitr/thaidict.dict", "brkitr/cjdict.dict",
           "ibm-437_P100-1995.cnv", "gb18030.cnv", "zone/fr.res", "rbnf/ja.res"]


@pytest.mark.parametrize("item", KEPT)
def test_kept(item: str) -> None:
    assert shrink_icu.wanted(item)


@pytest.mark.parametrize("item", DROPPED)
def test_dropped(item: str) -> None:
    assert not shrink_icu.wanted(item)
