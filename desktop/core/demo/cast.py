"""Inventing the people and facts of one demo case: names, ages, homes, IDs, phones, sums.

``Inventor.story`` turns a scenario of ``resources/samples/demo.toml`` into a ``CaseStory``: the
cast (fictional persons with consistent names, sexes, ages, addresses and citizen IDs) and the
slots its text templates are filled with. Only the random generator decides; nothing is stored.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta

from desktop.core.demo.data import DemoContent, PersonSpec, Scenario
from desktop.core.domain.enums import Sex
from desktop.core.services.people import persons as people

NO_ID = uuid.UUID(int=0)
PHONE_PREFIXES = ("090", "091", "093", "094", "096", "097", "098", "086", "088", "083", "035",
                  "036", "038", "039", "077", "079", "085")
ID_SHARE = 0.5  # about half the persons gave their citizen ID
PHONE_SHARE = 0.8


class Ref(str):
    """How a text calls a person ("ông Hùng"); ``{A.cap}`` opens a sentence with it."""

    __slots__ = ()

    @property
    def cap(self) -> str:
        return self[:1].upper() + self[1:]


def honorifics(sex: Sex, age: int) -> tuple[str, str]:
    """The short and the long word put before a name ("cụ", "cụ bà") for this age."""
    male = sex is Sex.MALE
    if age >= 80:
        return "cụ", "cụ ông" if male else "cụ bà"
    word = ("ông" if male else "bà") if age >= 30 else ("anh" if male else "chị")
    return word, word


def citizen_id(rng: random.Random, sex: Sex, born: int) -> str:
    """A well-formed fictional citizen ID of Hà Nội (001): sex and century, year, serial."""
    century = 0 if born < 2000 else 2
    return f"001{century + (sex is Sex.FEMALE)}{born % 100:02d}{rng.randrange(10**6):06d}"


@dataclass(frozen=True)
class Home:
    number: int
    lane: str
    outside: str = ""

    def short(self) -> str:
        return self.outside or f"số {self.number}, {self.lane}"

    def full(self, content: DemoContent) -> str:
        if self.outside:
            return self.outside
        p = content.places
        return f"Số {self.number}, {self.lane}, {p.group}, {p.ward}, {p.province}"


@dataclass(frozen=True)
class CastMember:
    spec: PersonSpec
    person: people.PersonInput
    family: str
    home: Home
    ref: Ref
    mention: str  # "bà Nguyễn Thị Lan"


@dataclass
class CaseStory:
    """What is known about a case while it is being written."""

    scenario: Scenario
    received_on: date
    arose_on: date
    cast: dict[str, CastMember]
    slots: dict[str, object]
    amount: int = 0  # the main sum of money, in đồng (0: none)
    case_id: uuid.UUID = NO_ID
    parts: dict[str, uuid.UUID] = field(default_factory=dict)  # cast key → participant id
    invited: list[str] = field(default_factory=list)  # mentions of invited persons
    mediators: list[uuid.UUID] = field(default_factory=list)  # currently assigned
    ready_on: date = date.min  # last assignment day

    def render(self, template: str) -> str:
        return template.format_map(self.slots)


def money(amount: int) -> str:
    return f"{amount:,}".replace(",", ".") + " đồng"


def names_list(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " và " + names[-1]


class Inventor:
    """Invents persons for scenarios; names stay unique across the whole book."""

    def __init__(self, content: DemoContent, rng: random.Random) -> None:
        self.content = content
        self.rng = rng
        self.used_names: set[str] = set()

    def story(self, scenario: Scenario, received_on: date) -> CaseStory:
        """The cast and the text slots of a new case of this scenario."""
        cast: dict[str, CastMember] = {}
        for spec in scenario.persons:
            cast[spec.key] = self._cast_member(spec, cast, received_on)
        arose_on = received_on - timedelta(days=self.rng.randint(*scenario.arose))
        amount = self._amount(scenario.amount) if scenario.amount else 0
        story = CaseStory(scenario, received_on, arose_on, cast, {}, amount)
        story.slots = self._slots(story)
        return story

    def _cast_member(self, spec: PersonSpec, cast: dict[str, CastMember],
                     received_on: date) -> CastMember:
        sex = spec.sex or self.rng.choice((Sex.MALE, Sex.FEMALE))
        age = self.rng.randint(*spec.age)
        family = self._family_name(spec, cast)
        given_taken = {m.person.full_name.split()[-1] for m in cast.values()}
        full_name = self._full_name(sex, family, given_taken)
        home = self._home(spec, cast)
        short, long = honorifics(sex, age)
        person = self._person_input(full_name, sex, received_on.year - age, home)
        return CastMember(spec, person, family, home, Ref(f"{short} {full_name.split()[-1]}"),
                          f"{long} {full_name}")

    def _family_name(self, spec: PersonSpec, cast: dict[str, CastMember]) -> str:
        if spec.family in cast:
            return cast[spec.family].family
        names = self.content.names
        avoid = cast["a"].family if spec.family == "other" else ""
        while (family := self.rng.choices(names.family, weights=names.family_weights)[0]) == avoid:
            pass
        return family

    def _full_name(self, sex: Sex, family: str, given_taken: set[str]) -> str:
        names = self.content.names
        for _attempt in range(100):
            given = self.rng.choice(names.given[sex])
            full_name = f"{family} {self.rng.choice(names.middle[sex])} {given}"
            if given not in given_taken and full_name not in self.used_names:
                break
        self.used_names.add(full_name)
        return full_name

    def _home(self, spec: PersonSpec, cast: dict[str, CastMember]) -> Home:
        places = self.content.places
        if spec.home == "outside":
            return Home(0, "", self.rng.choice(places.outside))
        if spec.home in ("same", "neighbour") and "a" in cast and not cast["a"].home.outside:
            host = cast["a"].home
            if spec.home == "same":
                return host
            return Home(max(1, host.number + self.rng.choice((-2, 2, 4))), host.lane)
        return Home(self.rng.randint(2, 120), self.rng.choice(places.lanes))

    def _person_input(self, full_name: str, sex: Sex, born: int, home: Home) -> people.PersonInput:
        with_id = self.rng.random() < ID_SHARE
        birth_date = date(born, self.rng.randint(1, 12), self.rng.randint(1, 28))
        return people.PersonInput(
            full_name=full_name, sex=sex, birth_date=birth_date if with_id else None,
            birth_year=born, citizen_id=citizen_id(self.rng, sex, born) if with_id else None,
            address=home.full(self.content), phone=self._phone())

    def _phone(self) -> str:
        if self.rng.random() >= PHONE_SHARE:
            return ""
        digits = f"{self.rng.choice(PHONE_PREFIXES)}{self.rng.randrange(10**7):07d}"
        return f"{digits[:4]} {digits[4:7]} {digits[7:]}"

    def _slots(self, story: CaseStory) -> dict[str, object]:
        places, scenario = self.content.places, story.scenario
        arose_on = story.arose_on
        slots: dict[str, object] = {
            "group": places.group, "hall": places.hall, "committee": places.committee,
            "police": places.police, "court": places.court(story.received_on),
            "arose": f"tháng {arose_on.month}/{arose_on.year}",
            "arose_day": f"{arose_on:%d/%m/%Y}", "stop_date": "",
        }
        for key, member in story.cast.items():
            slots[key] = member.person.full_name
            slots[key.upper()] = member.ref
        a = story.cast["a"]
        slots.update(addr_a=a.home.short(), lane=a.home.lane or places.lanes[0],
                     fam_a=a.family, age_a=story.received_on.year - (a.person.birth_year or 0))
        if "b" in story.cast:
            slots["addr_b"] = story.cast["b"].home.short()
        if story.amount:
            slots.update(self._amount_slots(story.amount, scenario))
        return slots

    def _amount(self, amount: tuple[int, int, int]) -> int:
        low, high, step = amount
        return self.rng.randrange(low, high + 1, step)

    def _amount_slots(self, amount: int, scenario: Scenario) -> dict[str, object]:
        step = scenario.amount[2] if scenario.amount else 1
        share = self.rng.uniform(*scenario.part)
        part = min(max(step, round(amount * share / step) * step), amount - step)
        return {"amount": money(amount), "part": money(part), "rest": money(amount - part)}
