"""The journal's head travels in every package and acknowledgment: the ward keeps each team's
heads, echoes them back, and notices when a team's journal contradicts what it sent before."""

from __future__ import annotations

from desktop.core.db import journal_anchors
from desktop.core.exchange.incoming import decrypt
from desktop.core.services.exchange.report_text import describe_report
from tests.core.helpers import build_case, open_case
from tests.exchange import sides
from tests.exchange.forgery import rewrite_journal


def _head(side: sides.Side) -> tuple[int, str]:
    with side.db.reading() as s:
        return journal_anchors.current(s)


def test_a_package_carries_the_head_and_the_ward_keeps_it(team, ward_side):
    with team.tx() as s:
        build_case(s, team.team_id)
    seq, hash_ = _head(team)
    data = sides.export(team).read_bytes()
    with ward_side.db.reading() as s:
        manifest = decrypt(s, data).manifest
    assert manifest["journal"]["head"] == {"seq": seq, "hash": hash_}
    assert manifest["journal"]["previous"] == {"seq": 0, "hash": "0" * 64}
    sides.receive(ward_side, team.sent[-1])
    with ward_side.db.reading() as s:
        assert [(a.seq, a.hash) for a in journal_anchors.team_heads(s, str(team.team_id))] == [
            (seq, hash_)]
    with team.db.reading() as s:
        assert (seq, hash_, journal_anchors.SENT) in {
            (a.seq, a.hash, a.source) for a in journal_anchors.own_anchors(s)}
    report = sides.back(ward_side, team)
    assert report.notes == []
    with team.db.reading() as s:
        assert (seq, journal_anchors.ACKNOWLEDGED) in {
            (a.seq, a.source) for a in journal_anchors.own_anchors(s)}


def test_a_rewritten_team_journal_is_noticed_by_the_ward_and_by_the_acknowledgment(
        team, ward_side):
    with team.tx() as s:
        open_case(s, team.team_id)
    sides.receive(ward_side, sides.export(team))
    with team.db.reading() as s:
        sent_seq = max(a.seq for a in journal_anchors.own_anchors(s))
    sides.back(ward_side, team)  # before the rewrite: the team holds the ward's anchors
    with team.tx() as s:
        open_case(s, team.team_id, "Tranh chấp tiếng ồn")
    team.db.dispose()
    assert team.db.path is not None
    rewrite_journal(team.db.path, sent_seq - 2)  # the chain verifies again on its own
    from desktop.core.services.workspace import book as workspace

    team.book = workspace.open_book(team.db.path)
    report = sides.receive(ward_side, sides.export(team))
    assert report.applied and report.chain_contradicted == [sent_seq]
    assert "audit verify" in describe_report(report, dry_run=False)
    acknowledged = sides.back(ward_side, team)
    assert any(str(sent_seq) in note for note in acknowledged.notes)


def test_the_anchor_text_for_printed_documents_names_the_head(team):
    with team.tx() as s:
        open_case(s, team.team_id)
    seq, hash_ = _head(team)
    with team.db.reading() as s:
        text = journal_anchors.anchor_text(s)
    assert str(seq) in text and hash_[:16] in text and hash_[16:32] not in text


def test_packages_out_of_order_contradict_nothing(team, ward_side):
    with team.tx() as s:
        open_case(s, team.team_id)
    first = sides.export(team)
    with team.tx() as s:
        open_case(s, team.team_id, "Tranh chấp tiếng ồn")
    second = sides.export(team)
    assert sides.receive(ward_side, second).chain_contradicted == []
    assert sides.receive(ward_side, first).chain_contradicted == []
