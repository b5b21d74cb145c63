"""The words of attack reports: weapons, counts, outcomes, the verbs that give a place its role, and the
markers of background (what usually happens, what happened years ago) as opposed to an event.

Data only, as compiled regular expressions; frames.py reads sentences with them.
"""

from __future__ import annotations

import re

# -- weapons --------------------------------------------------------------------------------------
#: (pattern, weapon label, family). Families decide whether two reports can be of the same event:
#: a drone may fire a missile, but a rocket is not a drone.
WEAPONS: list[tuple[re.Pattern[str], str, str]] = [
    (re.compile(r"\brocket[- ]propelled grenades?\b|\bRPGs?\b", re.I), "RPG", "rpg"),
    (re.compile(r"\b(?:107|122|240)\s?-?mm\b", re.I), "{calibre} rocket", "rocket"),
    (re.compile(r"\bKatyushas?\b", re.I), "Katyusha rocket", "rocket"),
    (re.compile(r"\bGrads?\b(?= rockets?| multiple| missiles?| launchers?)", re.I), "Grad rocket", "rocket"),
    (re.compile(r"\brockets?\b|\brocket (?:fire|attacks?|salvo|barrage)\b", re.I), "rocket", "rocket"),
    (re.compile(r"\b(?:explosive[- ]laden |armed |suicide |kamikaze |bomb[- ]laden )?(?:drones?|UAVs?|"
                r"unmanned aerial vehicles?)\b", re.I), "drone", "drone"),
    (re.compile(r"\bmortars?(?: shells?| rounds?| bombs?)?\b", re.I), "mortar", "mortar"),
    (re.compile(r"\b(?:roadside bombs?|IEDs?|improvised explosive devices?|car bombs?)\b", re.I),
     "roadside bomb", "ied"),
    (re.compile(r"\b(?:Hellfire )?missiles?\b", re.I), "missile", "missile"),
    (re.compile(r"\b(?:artillery )?shells?\b|\bshelling\b", re.I), "shell", "shell"),
]
COMPATIBLE_FAMILIES = {frozenset({"drone", "missile"}), frozenset({"rocket", "shell"}), frozenset({"mortar", "shell"})}

#: Nouns that count rounds: "two rockets", "at least three impacts", "a volley of rockets".
ROUND_NOUNS = (r"(?:Katyusha |Grad |107\s?mm |122\s?mm |240\s?mm |explosive[- ]laden |armed |suicide |"
               r"mortar |artillery )*(?:rockets?|drones?|missiles?|mortars?|shells?|rounds?|projectiles?|"
               r"impacts?|explosions?|blasts?|roadside bombs?|bombs?|RPGs?|Katyushas?|UAVs?|grenades?)")
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
                "fourteen": 14, "fifteen": 15, "twenty": 20, "thirty": 30, "a pair of": 2, "a couple of": 2,
                "both": 2}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "other": 2, "another": 2, "last": 0}
VAGUE_COUNTS = ("several", "a volley of", "a salvo of", "a barrage of", "volley of", "salvo of", "barrage of",
                "dozens of", "a number of", "multiple", "a series of", "some", "many", "a wave of")
# "a drone attack" is one attack, not one drone.
_NOT_AN_ADJECTIVE = r"(?!\s+(?:bomb\s+)?(?:attacks?|strikes?|assaults?|fire|salvos?|barrages?|launchers?|systems?)\b)"
_NUMBER = r"(?:\d{1,3}|" + "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True)) + ")"
COUNT = re.compile(
    rf"\b(?P<least>at least |up to |more than |some |around |about |nearly |as many as )?(?P<number>{_NUMBER}) "
    rf"(?:more |other |further |additional |separate )?{ROUND_NOUNS}\b{_NOT_AN_ADJECTIVE}",
    re.I)
VAGUE_COUNT = re.compile(r"\b(?P<vague>" + "|".join(re.escape(v) for v in VAGUE_COUNTS) + rf") {ROUND_NOUNS}\b", re.I)

# -- outcomes ------------------------------------------------------------------------------------
#: (pattern, outcome), first match in a clause wins.
OUTCOME_CUES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\bshot down\b|\bdowned\b|\bbrought down\b", re.I), "shot_down"),
    (re.compile(r"\bintercept(?:ed|ing|s|ion)?\b|\bdestroyed (?:in|mid)[- ]air\b|\bthwarted by (?:the )?C-RAM\b",
                re.I), "intercepted"),
    (re.compile(r"\bfell short\b|\bmissed\b|\bmissing (?:its|their) targets?\b|\bopen (?:area|field|ground)\b|"
                r"\bempty (?:area|field|lot|land)\b|\bwide of\b|\bfailed to (?:explode|detonate|hit|reach)\b", re.I),
     "missed"),
    (re.compile(r"\b(?:fell|fall(?:ing|s)?|landed|land(?:ing|s)?|hit|hitting|struck|striking|impacted|exploded|"
                r"crashed|slammed|came down|detonated|impacts?)\b", re.I), "impact"),
]

# -- place roles ---------------------------------------------------------------------------------
LANDED = "landed"
TARGETED = "targeted"
LAUNCHED = "launched"
#: Cue phrases that give the place after them a role; the filler allows "fell near the Iraqi capital's
#: heavily fortified Green Zone". Longer cues first.
_FILL = r"(?:\s+(?:the|a|an|its|their|his|her|[\w'’-]+(?:'s|’s)|heavily|highly|fortified|vicinity|area|outskirts|"\
        r"edge|perimeter|compound|grounds|of|northern|southern|eastern|western|central|US-led|coalition|Iraqi|"\
        r"U\.S\.|US|American|military|base))*"
ROLE_CUES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\b(?:fired|launched|shot|came|launch(?:ed)?|firing) (?:from|out of)(?: near| outside| inside)?\s*$"
                r"|\blaunch(?:ed|ing)? (?:site|point|pad)s? (?:in|near|at)\s*$|\bfrom (?:near|the direction of|"
                r"an area (?:in|near)|a (?:field|farm|orchard|truck|vehicle) (?:in|near))\s*$", re.I), LAUNCHED),
    (re.compile(r"\b(?:aimed|directed|fired|launched|lobbed|shot) (?:at|towards?|on|into|against)\s*$|"
                r"\btarget(?:ed|ing|s)?\s*$|\b(?:the )?target of\s*$|\b(?:attacks?|assaults?|strikes?) "
                r"(?:on|against|targeting)\s*$|\battacked\s*$|\btowards?\s*$|\bheaded (?:for|towards?)\s*$", re.I),
     TARGETED),
    (re.compile(r"\b(?:fell|falling|fall|landed|landing|land|came down|crashed|exploded|impacted|detonated|slammed)"
                r"(?: (?:in|on|near|inside|into|at|onto|close to|next to|outside|by|within|short of|"
                r"in the vicinity of|in an area (?:of|near)|around))+\s*$|\b(?:hit|hitting|struck|striking|"
                r"damag(?:ed|ing)|impacts? (?:in|on|near|at))\s*$|\bimpacted\s*$", re.I), LANDED),
]
#: A bare preposition takes the role of the last cue before it in the sentence ("two landed in Mansour,
#: one in Harithiya"); with no cue before it a place is only where something is.
BARE_PREPOSITION = re.compile(r"\b(?:in|near|at|inside|outside|on|close to|around)\s*$", re.I)
#: Passive voice after the place: "the base at al-Tanf was attacked by drones".
PASSIVE_AFTER = re.compile(r"^\W{0,3}(?:\w+\W+){0,3}?(?:was|were|has been|had been|have been|came under|is)\s+"
                           r"(?P<verb>attacked|targeted|hit|struck|shelled|the target)", re.I)
PASSIVE_ROLES = {"attacked": TARGETED, "targeted": TARGETED, "the target": TARGETED, "shelled": LANDED,
                 "hit": LANDED, "struck": LANDED}

# -- events and background -----------------------------------------------------------------------
#: A sentence tells of an attack when it holds one of these (with a weapon, or a place in a role).
ATTACK = re.compile(
    r"\b(?:attack(?:ed|s)?|fired|launched|struck|hit|shelled|shelling|target(?:ed|ing|s)?|bombard\w*|"
    r"exploded|explosion|blast|intercept\w*|shot down|landed|fell|impact\w*|salvo|volley|barrage|"
    r"assault|strike|airstrikes?|air strike)\b", re.I)
#: Statements of habit or history rather than of one event.
BACKGROUND = re.compile(
    r"\b(?:in the past|usually|often|typically|routinely|repeatedly|regularly|frequently|in recent (?:months|weeks|"
    r"years)|over the (?:summer|past|last)|for (?:years|decades|months)|since (?:then|\d{4}|[A-Z][a-z]+ \d{4})|"
    r"have (?:targeted|launched|carried out|conducted|fired|stepped up)|has (?:targeted|been targeted)|"
    r"dozens of|hundreds of|scores of|a series of|a string of|a spate of|are (?:usually|often)|"
    r"(?:is|are) (?:a )?(?:favou?rite|frequent|common) targets?|the last (?:was|one)|years? (?:earlier|ago)|"
    r"decades? (?:earlier|ago)|anniversary)\b", re.I)
#: Attacks that did not happen: found, defused, planned.
NOT_AN_ATTACK = re.compile(
    r"\b(?:found|defused|dismantled|thwarted|foiled|prevented|seized|plotting|plotted|tried to storm|"
    r"storm(?:ed|ing)? the|(?:would|will|could|might|plans? to|planning to|threaten\w* to|vow\w* to|warn\w* of)"
    r"(?: \w+){0,2} (?:attack|strike|target|fire|launch|retaliate|hit)\w*)\b", re.I)
#: Attacks by the other side are still events; "airstrike" alone is weapon-less, so it is named here.
AIRSTRIKE = re.compile(r"\b(?:air ?strikes?|air raids?)\b", re.I)

# -- consequences ---------------------------------------------------------------------------------
KILLED = re.compile(rf"\b(?:killing|killed|kills|dead|deaths?|died|fatalities)\b", re.I)
INJURED = re.compile(r"\b(?:wounding|wounded|injuring|injured|injuries|hurt)\b", re.I)
CASUALTY_NUMBER = re.compile(
    rf"\b(?P<least>at least )?(?P<number>{_NUMBER})\b(?: (?:\w+[- ]?){{0,3}}?(?:people|persons|civilians|soldiers|"
    r"troops|contractors?|personnel|members|guards|children|workers|others|servicemen|service members|"
    r"Americans|Iraqis))?", re.I)
NO_CASUALTIES = re.compile(r"\bno (?:reports? of )?(?:casualties|injuries|deaths|fatalities|one was (?:hurt|injured|"
                           r"killed|wounded))\b|\bno one was (?:hurt|injured|killed|wounded)\b|\bwithout casualties\b|"
                           r"\bescaped unharmed\b|\bno injuries\b", re.I)
DAMAGE = re.compile(r"\b(?:damag(?:ing|ed|e to)|destroy(?:ing|ed)|set (?:fire to|ablaze)|burn(?:ing|ed|t))\s+"
                    r"(?P<what>(?:\w[\w'’-]*\s?){1,6}?)(?=[,.;:]|\s+(?:and|while|but|in|at|near|according)\b|$)",
                    re.I)
DAMAGE_GENERAL = re.compile(r"\b(?P<what>(?:minor|slight|limited|some|material|heavy|significant|no) damage)\b",
                            re.I)
CLAIMED = re.compile(r"\b(?P<group>(?:[A-Z][\w'’-]*|al|of|the)(?:\s+(?:[A-Z][\w'’-]*|al-\w+|al|of|the))*)\s+"
                     r"(?:has |have |later )?(?:claimed|took|takes|claims) (?:responsibility|credit)\b")
CLAIMED_BY = re.compile(r"\b(?:claimed|responsibility was claimed) by (?P<group>(?:the )?[A-Z][\w'’-]*"
                        r"(?:\s+(?:[A-Z][\w'’-]*|al-\w+|al|of|the))*)")
UNCLAIMED = re.compile(r"\b(?:no (?:group|one|party|faction)|nobody)\b[^.]{0,40}\b(?:claimed|taken|took|claim)\b"
                       r"[^.]{0,15}\bresponsibility\b|\bunclaimed\b", re.I)
