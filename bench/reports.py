"""Synthetic attack reports with known answers, for timing `geomap extract` at scale.

Every report is assembled from sentences written here (never from real articles): a headline and lead
naming the weapon, count, target, launch site and where the rounds fell, a relative day ("on Tuesday
night"), consequences, a retold attack with its own month, background paragraphs that must yield
nothing, and a "Published:" line. Places come from the curated gazetteer, so each report's answer is
known: its publication date, the event's date and the impact place.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path

WEAPONS = [("Katyusha rockets", "Katyusha rocket"), ("107mm rockets", "107mm rocket"), ("Grad rockets", "Grad rocket"),
           ("explosive-laden drones", "drone"), ("mortar rounds", "mortar")]
NUMBERS = ["two", "three", "four", "five", "six"]
TARGETS = ["the US embassy", "the Green Zone", "Union III base", "Baghdad International Airport", "Camp Taji",
           "Ain al-Asad Air Base", "Erbil International Airport", "K-1 Air Base", "al-Omar oilfield", "al-Tanf"]
IMPACTS = {
    "the US embassy": ["Harithiya", "Mansour", "the Green Zone", "Grand Festivities Square"],
    "the Green Zone": ["Harithiya", "Mansour", "Grand Festivities Square"],
    "Union III base": ["the Green Zone", "Harithiya"],
    "Baghdad International Airport": ["Camp Cropper", "Baghdad International Airport"],
    "Camp Taji": ["Camp Taji"], "Ain al-Asad Air Base": ["Ain al-Asad Air Base"],
    "Erbil International Airport": ["Erbil International Airport", "Erbil"], "K-1 Air Base": ["K-1 Air Base", "Kirkuk"],
    "al-Omar oilfield": ["al-Omar oilfield"], "al-Tanf": ["al-Tanf"],
}
LAUNCH = {"the US embassy": "Bayaa", "the Green Zone": "Bayaa", "Union III base": "Bayaa",
          "Baghdad International Airport": "Bayaa", "Erbil International Airport": "Erbil",
          "al-Omar oilfield": "Al Mayadin"}
BACKGROUND = [
    "Armed factions have launched dozens of attacks on bases hosting foreign troops in recent years.",
    "The government has repeatedly promised to bring those responsible to justice, but arrests are rare.",
    "Analysts say the attacks are usually meant as messages rather than as attempts to cause casualties.",
    "Since 2019, rockets have often been fired at diplomatic compounds in the capital.",
    "Talks on the future of foreign forces in the country are due to resume next month.",
    "Officials said an investigation had been opened, as is usual after such incidents.",
    "In 2003, a US-led invasion toppled the former government.",
    "The factions deny involvement and accuse their rivals of trying to stir up trouble.",
]


@dataclass(frozen=True)
class Report:
    name: str
    text: str
    published: dt.date
    event_date: dt.date
    impact: str


def report(n: int, rng: random.Random) -> Report:
    published = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(0, 1400))
    back = rng.randrange(0, 6)
    event = published - dt.timedelta(days=back)
    weekday = event.strftime("%A")
    part = rng.choice(["night", "morning", "evening", ""])
    day_words = f"on {weekday} {part}".strip()
    weapon_text, _ = rng.choice(WEAPONS)
    number = rng.choice(NUMBERS)
    target = rng.choice(TARGETS)
    impact = rng.choice(IMPACTS[target])
    launch = LAUNCH.get(target)
    launched = f" were fired from {launch} {day_words} and" if launch else f" were fired {day_words} and"
    retold_target = rng.choice([t for t in TARGETS if t != target])
    retold_month = (published.replace(day=1) - dt.timedelta(days=40)).strftime("%B")
    paragraphs = [
        f"{number.capitalize()} {weapon_text} target {target}",
        f"{number.capitalize()} {weapon_text}{launched} landed near {impact}, security sources said. "
        f"The attack was aimed at {target}, they added.",
        rng.choice(["There were no casualties.", "Two guards were wounded, a medical source said.",
                    "A parked car was damaged in the attack.", "Nobody was hurt, police said."]),
        rng.choice(["No group claimed responsibility for the attack.",
                    "A little-known group claimed responsibility in a statement on social media."]),
        *rng.sample(BACKGROUND, 4),
        f"In {retold_month}, rockets fell near {retold_target}, causing no damage.",
        *rng.sample(BACKGROUND, 3),
        f"Published: {published:%B %d, %Y}",
    ]
    return Report(f"report-{n:06d}.txt", "\n\n".join(paragraphs) + "\n", published, event, impact)


def write(folder: Path, count: int, seed: int = 7) -> list[Report]:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    made = [report(n, rng) for n in range(count)]
    for item in made:
        (folder / item.name).write_text(item.text, encoding="utf-8")
    return made
