"""The demo book's content (``resources/samples/demo.toml``) as typed, checked records.

The file holds everything written in Vietnamese: the team, its mediators, people of the residential
group, name parts and the scenarios of cases with their text templates. Loading it checks that
every template uses only the slots ``desktop.core.demo.book`` fills, so a typo in the data
fails at once instead of in the middle of writing a book.
"""

from __future__ import annotations

import string
import tomllib
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from desktop.core.domain.enums import (
    Eligibility,
    Grounds,
    MediatorRole,
    OutcomeKind,
    ParticipantRole,
    Sex,
)
from desktop.core.resources import resource_path
from desktop.core.services.people.persons import PersonInput
from desktop.core.services.workspace.teams import MediatorInput, TeamInput

SLOTS = frozenset({
    "a", "b", "c", "r", "A", "B", "C", "R", "addr_a", "addr_b", "lane", "fam_a", "age_a",
    "amount", "part", "rest", "arose", "arose_day", "stop_date", "group", "hall", "committee",
    "court", "police", "m", "mediators", "invited",
})
PARTY_KEYS = ("a", "b", "c")


@dataclass(frozen=True)
class PersonSpec:
    """One person a scenario needs; the demo invents who it is."""

    key: str
    role: ParticipantRole
    sex: Sex | None  # None: either
    age: tuple[int, int]
    home: str  # own, neighbour, same (as a), outside
    family: str  # key of the person whose family name this one shares, or ""
    position: str
    represents: str = ""


@dataclass(frozen=True)
class TermSpec:
    by: str
    text: str
    days: int | None
    optional: bool


@dataclass(frozen=True)
class FailureSpec:
    kind: OutcomeKind
    result: str
    guidance: str


@dataclass(frozen=True)
class CiteSpec:
    """An article (or one clause) of the demo convention a case of the scenario relies on."""

    article: int
    clause: int | None
    note: str


@dataclass(frozen=True)
class ConventionSpec:
    """The sample convention the demo team imports, and the ward's decision recognising it."""

    file: str
    title: str
    decision_no: str
    decision_date: date
    effective_on: date


@dataclass(frozen=True)
class Scenario:
    code: str
    category: str
    titles: tuple[str, ...]
    summary: str
    persons: tuple[PersonSpec, ...]
    grounds: tuple[Grounds, ...]
    referrer: str = ""
    invite: tuple[str, ...] = ()
    public: bool | None = None  # None: as the parties happen to agree
    place: str = "any"  # hall, home_a, any
    sensitive: bool = False
    amount: tuple[int, int, int] | None = None  # lowest, highest, step (đồng)
    part: tuple[float, float] = (0.4, 0.6)
    arose: tuple[int, int] = (7, 75)  # days before the case was received
    hearings: tuple[int, int] | None = None
    explained: str = ""
    progress: str = ""
    agreed: str = ""
    terms: tuple[TermSpec, ...] = ()
    failure: FailureSpec | None = None
    eligibility: Eligibility = Eligibility.ELIGIBLE
    eligibility_note: str = ""
    referred_to: str = ""
    note: str = ""
    cites: tuple[CiteSpec, ...] = ()


@dataclass(frozen=True)
class CommunityPerson:
    key: str
    person: PersonInput
    position: str


@dataclass(frozen=True)
class Names:
    family: tuple[str, ...]
    family_weights: tuple[int, ...]
    middle: dict[Sex, tuple[str, ...]]
    given: dict[Sex, tuple[str, ...]]


@dataclass(frozen=True)
class Places:
    group: str
    ward: str
    province: str
    hall: str
    lanes: tuple[str, ...]
    outside: tuple[str, ...]
    committee: str
    police: str
    court_before: str
    court_after: str
    court_since: date
    referrers: tuple[str, ...]

    def court(self, on: date) -> str:
        """The first-instance court of the ward on a given day (regional courts since 2025)."""
        return self.court_after if on >= self.court_since else self.court_before


@dataclass(frozen=True)
class Texts:
    first_course: str
    later_course: str
    invited_course: str
    invited_later: str
    second_progress: str
    agreement_note: str
    court_note: str
    stop_note: str
    ended_note: str
    conflict_reasons: tuple[str, ...]


@dataclass(frozen=True)
class DemoContent:
    team: TeamInput
    mediators: tuple[MediatorInput, ...]
    community: dict[str, CommunityPerson]
    names: Names
    places: Places
    texts: Texts
    convention: ConventionSpec
    scenarios: tuple[Scenario, ...]
    ineligible: tuple[Scenario, ...]


def _pair(values: list[Any]) -> tuple[Any, Any]:
    first, second = values
    return first, second


def _person_spec(raw: dict[str, Any]) -> PersonSpec:
    key = raw["key"]
    default_role = ParticipantRole.PARTY if key in PARTY_KEYS else ParticipantRole.RELATED
    sex = raw.get("sex", "any")
    return PersonSpec(
        key=key, role=ParticipantRole(raw.get("role", default_role)),
        sex=None if sex == "any" else Sex(sex), age=_pair(raw["age"]),
        home=raw.get("home", "own" if key == "a" else "neighbour"),
        family=raw.get("family", ""), position=raw.get("position", ""),
        represents=raw.get("represents", ""))


def _term(raw: dict[str, Any]) -> TermSpec:
    return TermSpec(raw["by"], raw["text"], raw.get("days"), raw.get("optional", False))


def _cite(raw: dict[str, Any]) -> CiteSpec:
    return CiteSpec(raw["article"], raw.get("clause"), raw["note"])


def _failure(raw: dict[str, Any] | None) -> FailureSpec | None:
    if raw is None:
        return None
    return FailureSpec(OutcomeKind(raw["kind"]), raw["result"], raw["guidance"])


def _scenario(raw: dict[str, Any]) -> Scenario:
    amount = raw.get("amount")
    hearings = raw.get("hearings")
    return Scenario(
        code=raw["code"], category=raw["category"], titles=tuple(raw["titles"]),
        summary=raw["summary"], persons=tuple(_person_spec(p) for p in raw["person"]),
        grounds=tuple(Grounds(g) for g in raw["grounds"]), referrer=raw.get("referrer", ""),
        invite=tuple(raw.get("invite", ())), public=raw.get("public"),
        place=raw.get("place", "any"), sensitive=raw.get("sensitive", False),
        amount=(amount[0], amount[1], amount[2]) if amount else None,
        part=_pair(raw.get("part", [0.4, 0.6])), arose=_pair(raw.get("arose", [7, 75])),
        hearings=_pair(hearings) if hearings else None, explained=raw.get("explained", ""),
        progress=raw.get("progress", ""), agreed=raw.get("agreed", ""),
        terms=tuple(_term(t) for t in raw.get("term", ())),
        failure=_failure(raw.get("failure")),
        eligibility=Eligibility(raw.get("eligibility", Eligibility.ELIGIBLE)),
        eligibility_note=raw.get("eligibility_note", ""),
        referred_to=raw.get("referred_to", ""), note=raw.get("note", ""),
        cites=tuple(_cite(c) for c in raw.get("cite", ())))


def _mediator(raw: dict[str, Any]) -> MediatorInput:
    return MediatorInput(
        full_name=raw["full_name"], sex=Sex(raw["sex"]),
        role=MediatorRole(raw.get("role", MediatorRole.MEMBER)), birth_year=raw["birth_year"],
        ethnicity=raw["ethnicity"], recognition_decision_no=raw["decision_no"],
        recognition_decision_date=raw["decision_date"], start_date=raw["start_date"],
        end_date=raw.get("end_date"), phone=raw["phone"], address=raw["address"])


def _community(raw: dict[str, Any]) -> CommunityPerson:
    person = PersonInput(raw["full_name"], Sex(raw["sex"]), birth_year=raw["birth_year"],
                         address=raw["address"], phone=raw["phone"])
    return CommunityPerson(raw["key"], person, raw["position"])


def _names(raw: dict[str, Any]) -> Names:
    return Names(
        family=tuple(name for name, _weight in raw["family"]),
        family_weights=tuple(weight for _name, weight in raw["family"]),
        middle={Sex.MALE: tuple(raw["male_middle"]), Sex.FEMALE: tuple(raw["female_middle"])},
        given={Sex.MALE: tuple(raw["male_given"]), Sex.FEMALE: tuple(raw["female_given"])})


def _places(raw: dict[str, Any]) -> Places:
    return Places(**_with_tuples(raw))


def _texts(raw: dict[str, Any]) -> Texts:
    return Texts(**_with_tuples(raw))


def _with_tuples(raw: dict[str, Any]) -> dict[str, Any]:
    """The table's values with its arrays as tuples (the records are immutable)."""
    return {key: tuple(value) if isinstance(value, list) else value
            for key, value in raw.items()}


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def unknown_slots(raw: dict[str, Any]) -> set[str]:
    """Slot names the templates use that the demo does not fill."""
    used = set()
    for section in ("scenario", "ineligible", "texts"):
        for text in _strings(raw[section]):
            for _literal, field, _spec, _conversion in string.Formatter().parse(text):
                if field is not None:
                    used.add(field.split(".")[0].split("[")[0])
    return used - SLOTS


def parse(text: str) -> DemoContent:
    raw = tomllib.loads(unicodedata.normalize("NFC", text))
    unknown = unknown_slots(raw)
    if unknown:
        raise ValueError(f"demo content uses unknown slots: {sorted(unknown)}")
    return DemoContent(
        team=TeamInput(**raw["team"]),
        mediators=tuple(_mediator(m) for m in raw["mediator"]),
        community={c.key: c for c in map(_community, raw["community"])},
        names=_names(raw["names"]), places=_places(raw["places"]), texts=_texts(raw["texts"]),
        convention=ConventionSpec(**raw["convention"]),
        scenarios=tuple(_scenario(s) for s in raw["scenario"]),
        ineligible=tuple(_scenario(s) for s in raw["ineligible"]))


@cache
def load() -> DemoContent:
    """The shipped demo content (read once per process)."""
    return parse(resource_path("samples", "demo.toml").read_text(encoding="utf-8"))
