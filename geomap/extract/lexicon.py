"""The words of attack reports: weapons, counts, outcomes, the verbs that give a place its role, and the
markers of background (what usually happens, what happened years ago) as opposed to an event.

Data only, as compiled regular expressions; frames.py reads sentences with them.
"""

from __future__ import annotations

import functools
import re


def _lower_literals(pattern: str) -> str:
    """The pattern with its literal letters in lower case; escapes such as \\S and \\W keep their case."""
    out: list[str] = []
    escaped = False
    in_group_name = False
    for i, ch in enumerate(pattern):
        if escaped:
            out.append(ch)
            escaped = False
        elif ch == "\\":
            out.append(ch)
            escaped = True
        else:
            if pattern.startswith("(?P<", i - 3) and ch == "<":
                in_group_name = True
            elif in_group_name and ch == ">":
                in_group_name = False
            out.append(ch if in_group_name else ch.lower())
    return "".join(out).replace("(?p<", "(?P<").replace("(?p=", "(?P=")


def folded(pattern: str) -> re.Pattern[str]:
    """A case-insensitive pattern for text already in lower case (see `fold`): three to four times faster
    than re.IGNORECASE on long alternations, which is what keeps extraction above 100 reports a second."""
    return re.compile(_lower_literals(pattern))


@functools.lru_cache(maxsize=32)  # each sentence is folded by a dozen readers in turn
def fold(text: str) -> str:
    """Lower case with every offset kept: the few characters whose lower case is longer stay as they are."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)

# -- weapons --------------------------------------------------------------------------------------
#: (pattern, weapon label, family). Families decide whether two reports can be of the same event:
#: a drone may fire a missile, but a rocket is not a drone.
#: A strike summary's own form, whatever its verb: "Near Kisik, two strikes cut three supply routes", "-- Single
#: strikes near Beiji and near Rawah each engaged ...": strikes from the air, and an attack.
STRIKE_SUMMARY = (r"\bnear [\w' -]{2,40}, (?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|a|a single) "
                  r"strikes?\b|^\W*single strikes? near\b")
#: The vehicles a car bomb is made of.
_CARS = r"(?:cars?|vehicles?|trucks?|lorry|lorries|minibus(?:es)?|minivans?|vans?|pick-?ups?|tankers?|motorbikes?|" \
    r"motorcycles?)"
#: What a planted bomb does, told in the past or, as timelines tell it, in the present.
_SET_OFF = "(?:went off|exploded|detonated|blew up|goes off|explodes|detonates|blows up)"
WEAPONS: list[tuple[re.Pattern[str], str, str]] = [
    (folded(r"\brocket[- ]propelled grenades?\b|\bRPGs?\b"), "RPG", "rpg"),
    (folded(r"\b(?:107|122|240)\s?-?mm\b"), "{calibre} rocket", "rocket"),
    (folded(r"\bKatyushas?\b"), "Katyusha rocket", "rocket"),
    (folded(r"\bGrads?\b(?= rockets?| multiple| missiles?| launchers?)"), "Grad rocket", "rocket"),
    (folded(r"\brockets?\b|\brocket (?:fire|attacks?|salvo|barrage)\b"), "rocket", "rocket"),
    (folded(r"\b(?:explosive[- ]laden |armed |suicide |kamikaze |bomb[- ]laden )?(?:drones?|UAVs?|UAS|"
                r"quadcopters?|unmanned aerial (?:vehicles?|systems?)|unmanned aircraft(?: systems?)?)\b"),
     "drone", "drone"),
    (folded(r"\bmortars?(?: shells?| rounds?| bombs?)?\b"), "mortar", "mortar"),
    # The military's word for rockets and mortars fired from afar: "rounds of indirect fire landed near the base"
    (folded(r"\bindirect[- ]fire\b"), "indirect fire", "rocket"),
    # ("caught by an explosive device planted at the roadside")
    # ("a bomb of the kind the military calls an explosively formed penetrator", "an EFP")
    (folded(r"\b(?:roadside (?:bombs?|devices?|charges?|blasts?|explosions?)|(?<!vehicle-borne )(?:IEDs?|"
            r"(?:improvised )?explosive devices?)|explosively[- ]formed (?:penetrators?|projectiles?)|EFPs?)\b"),
     "roadside bomb", "ied"),
    # "six were cars packed with explosives", "a booby-trapped car", "a truck bomb"
    (folded(rf"\b{_CARS} (?:packed|laden|loaded|rigged|filled|stuffed) with "
            r"explosives\b|\b(?:booby-trapped|explosives?-(?:laden|packed|rigged)) (?:cars?|vehicles?|trucks?)\b|"
            r"\b(?:car|truck|lorry|vehicle) bomb(?:s|ers?|ings?)?\b|\bVBIEDs?\b|"
            r"\bvehicle-borne (?:improvised explosive devices?|IEDs?|bombs?)\b|"
            # "suicide drivers struck the Red Cross headquarters": each at the wheel of a car bomb
            r"\bsuicide drivers?\b|"
            # "drove a pick-up into the square ... and then blew the vehicle up"
            rf"\bblew (?:the|his|her|their|its) (?:{_CARS}|pick-?ups?|vans?|tankers?) up\b|"
            # "two cars parked outside the factory exploded": a car that explodes where it was left is a car bomb
            # ("A black car with false number plates, left among apartment blocks, ... exploded")
            rf"\b(?:parked {_CARS}|{_CARS}(?: with [^,.;]{{1,40}}?,?)? (?:parked|left)\b|"
            # "a tanker lorry drove up to the building and exploded"
            rf"\b{_CARS}(?= (?:[\w-]+ ){{0,2}}?(?:drove|sped|raced|rammed|pulled up|drew up)\b)|"
            # "A first car blew up against the compound's wall", "three heavy trucks had gone off", "a pickup truck
            # loaded with fruit and vegetables blew up"
            rf"\b(?:{_CARS}|tankers?)(?= (?:[\w-]+ ){{0,6}}?(?:had )?(?:gone off|"
            + _SET_OFF[3:] + r"\b)|"
            # "A lorry loaded, the police say, with more than a tonne of explosives blew up in a lane"
            rf"\b(?:{_CARS}|tankers?)(?= [^.;]{{0,60}}?\bexplosives\b[^.;]{{0,30}}?\b(?:exploded|blew up|went off|"
            r"detonated)\b))(?=[^.;]*\b(?:gone off|" + _SET_OFF[3:] + r"\b)"),
     "car bomb", "ied"),
    # "The tomato seller was still at his stall when the car went up": a car that went up is a car bomb
    (folded(rf"\b(?<=the ){_CARS}(?= went up\b)"), "car bomb", "ied"),
    # "a suicide bomber wearing an explosives vest": the bomb is the person's
    # ("a bomber killed some sixty men waiting outside": the one who carried the bomb, not an aircraft, which bombs)
    (folded(r"\bsuicide (?:bomb(?:ing|er)?s?|vests?|belts?)\b|\bexplosives? (?:vests?|belts?)\b|"
            r"(?:(?<=\ba )|(?<=\bthe )|(?<=\bone )|(?<=\banother )|(?<=\bsecond ))"
            r"bomber(?= (?:[\w-]+ ){0,2}?(?:killed|detonated|set off|blew)\b)|"
            r"\b(?:blew|(?:had|has|have) blown) (?:himself|herself|themselves) up\b"), "suicide bomb", "ied"),
    # "The bomb went off in the market": a bomb set, not dropped (those are named with their aircraft)
    # ("A bomb under the road catches a bus")
    (folded(r"\bbombs?(?= (?:[\w-]+ ){0,4}?(?:catches|caught) (?:an?|the) )|"
            # ("a bomb fixed to a car killed two voters": a sticky bomb)
            # ("a second magnetic bomb today": a bomb stuck to a car, whatever verb follows)
            r"\b(?:sticky|magnetic|limpet) bombs?\b|"
            # "A policeman and his father were wounded by a bomb in the city"
            r"(?:(?<=\bwounded by a )|(?<=\binjured by a )|(?<=\bkilled by a )|(?<=\bhurt by a )|(?<=\bkilled by the )|"
            r"(?<=\bwounded by the ))bomb\b|"
            # "last week's bomb in Tuz Khurmatu district, which killed two colonels": a day's bomb
            r"(?:(?<=day['’]s )|(?<=week['’]s )|(?<=night['’]s )|(?<=month['’]s ))bombs?\b|"
            # ("a bomb killed one soldier": not "bombs hit the town", which jets may have dropped)
            r"\bbombs?(?=,? (?:" + _SET_OFF + r"|ripped|tore|hidden|planted|placed|concealed|fixed|attached|stuck|"
            r"killed|wounded|injured|"
            r"(?:was |were )?(?:thrown|hurled|lobbed|tossed))\b)|"
            # "An enormous explosion ripped the front off the headquarters": a bomb's
            r"\b(?:explosions?|blasts?)(?= (?:that |which )?(?:ripped|tore)\b)|"
            # "the charge she carried went off", "somebody placed explosive charges": a bomb by another name
            r"\b(?:explosive |magnetic |sticky )?charges?(?= (?:[\w'’-]+ ){0,5}?" + _SET_OFF + r"\b)|"
            # "The explosives hidden beneath the ice were then detonated by the driver": a bomb told by its charge
            r"\bexplosives(?= (?:[\w'’-]+ ){0,5}?(?:were|had been) (?:then |later |remotely )?(?:detonated|set off)\b)|"
            # "the driver detonated the explosives he was carrying"
            r"(?:(?<=\bdetonated )|(?<=\btriggered ))(?:the |his |her |their )?explosives\b|"
            # "A third device, fixed to a motorcycle, went off a few streets away"
            r"\bdevices?(?=,? (?:[\w'’-]+,? ){0,6}?" + _SET_OFF + r"\b)|"
            r"\b(?:placed|planted|laid|set) (?:[\w-]+ )?(?:explosive )?charges\b"), "bomb", "ied"),
    # "four houses belonging to policemen were blown up": buildings blown up were mined
    (folded(r"\b(?:houses?|homes?|buildings?|bridges?|shops?|offices?|mosques?|schools?|shrines?) (?:[\w'’-]+ ){0,6}?"
            r"(?:were|was|had been|have been|has been) blown up\b|"
            # "four soldiers were killed when a house they had entered blew up": a house rigged with charges
            r"\b(?:houses?|homes?|buildings?) (?:[\w'’-]+ ){0,4}?(?:blew up|blew apart|exploded)\b|"
            # "Militants blew up two oil wells", "blowing up a power pylon": sabotage with charges
            r"\b(?:blew|blow|blows|blowing|had blown|have blown) up (?:[\w'’-]+ ){0,3}?(?:oil |gas |water |power )?"
            r"(?:wells?|pipelines?|pipes?|bridges?|houses?|homes?|buildings?|towers?|pylons?|shrines?|mosques?|"
            r"schools?|stations?|tankers?)\b"), "bomb", "ied"),
    (folded(r"\b(?:Hellfire )?missiles?\b"), "missile", "missile"),
    # (whoever shelled: "HTS shelled the area", and an item's shorthand: "TAL SHANAN, a village. Shelled.")
    (folded(r"\b(?:artillery )?shells?\b|\bshelling\b|\bshelled\b"), "shell", "shell"),
    # guns that fire shells: "Turkish guns fired on the resort", "artillery fire hit the village"
    # ("Turkish tanks positioned north of the highway opened fire on the village": tanks fire shells)
    (folded(r"\b(?:guns|artillery|howitzers?|cannons?|tanks)(?=(?: [\w-]+){0,8}? (?:fired|opened fire|shelled|pounded|"
            r"struck|hit|bombarded)\b)|\btank (?:fire|rounds?|shells?)\b|"
            r"\bartillery (?:and (?:tank|mortar) )?(?:fire|strikes?|barrages?|rounds?|shells)\b|"
            # "air and artillery strikes", "thirty tank and artillery rounds"
            r"\b(?:air|tank) and artillery (?:fire|strikes?|rounds?|shells)\b"), "artillery", "shell"),
    # Guns name the attackers or the harm, seldom the weapon: "shot dead by gunmen", "sniper fire".
    (folded(r"\bgunm[ae]n\b|\bshot dead\b|"
            # "a man in army uniform turned his rifle on them": an insider's shooting
            r"\bturned (?:his|her|their|a) (?:[\w-]+ )?(?:rifles?|guns?|weapons?|pistols?) on\b|"
            # "Armed men fired on a farmhouse": armed men who fire carry guns
            r"\barmed (?:men|militants|assailants|attackers)\b(?= (?:[\w-]+ ){0,3}?(?:fired|opened fire|shot))|"
            # (firing on people: "They then opened fire on everyone near the shopfronts")
            r"\b(?:opened|open|opening|opens) fire on (?:everyone|everybody|anyone|people|civilians|worshippers|"
            r"shoppers|customers|passers-by|passersby|mourners|guests|villagers|residents|farmers|shepherds|"
            r"(?:a|the) (?:crowd|group of (?:civilians|people|men|farmers|shepherds|worshippers)))\b|"
            # ("the attackers opened fire again": those who attack, firing, need no weapon named)
            r"\b(?<=the )(?:attackers|assailants|raiders)\b(?= (?:[\w-]+ ){0,2}?(?:opened fire|fired on|shot at))|"
            r"\bshot (?:\w+ ){0,2}?in the (?:head|chest|back)\b|"
            r"\b(?:small[- ]arms|sniper|machine[- ]gun) fire\b|\bgunfire\b|"
            # ("a firefight through the town", "traded fire in its streets": a fight with guns)
            r"\b(?:firefights?|gun ?battles?|gunfights?|shoot-?outs?)\b|\btraded (?:[\w-]+ )?fire\b|"
            # "a sniper killed a soldier", "snipers shot two farmers" (not "a sniper was killed")
            r"\bsnipers?\b(?= (?:[\w-]+ ){0,2}?(?:killed|shot|wounded|injured|hit|fired|opened fire))|"
            # "the ground force came under sustained heavy fire", "was again under heavy fire" (not "came under fire
            # from rockets": the rockets are the weapon; nor bare "came under fire", which may be any)
            r"\b(?:came|come|comes|coming|was|were) (?:again |also |then )?under (?:sustained |heavy |intense |"
            r"effective |accurate |direct |hostile |enemy )+fire\b(?! from (?:[\w-]+ ){0,3}?(?:rockets?|mortars?|"
            r"drones?|artillery|shells?|missiles?|RPGs?|grenades?|Katyushas?)\b)|"
            r"\b(?:opened fire|fired) with (?:[\w-]+ )?(?:small[- ]arms|rifles|machine[- ]guns|weapons)\b|"
            # "attacked with light and medium weapons": guns, whatever their calibre
            r"\bwith (?:light|small|light and medium|medium) (?:and medium )?(?:weapons|arms)\b|"
            # "Shooting at a police checkpoint" (a table's cell), not "shooting down a drone"
            r"\bshootings?\b(?! down)|"
            # "shot him several times with a pistol fitted with a silencer"
            r"\bshot (?:\w+ ){1,3}?(?:with an? (?:[\w-]+ )?(?:pistol|handgun|revolver|rifle)|"
            r"(?:several|many|\w+) times)\b"),
     "gunfire", "gunfire"),
    # An attack from the air names its aircraft, not its munitions: "F-15E jets bombed", "Israeli warplanes
    # struck", "attack helicopters destroyed".
    (folded(r"\b(?:air ?strikes?|air raids?|air and artillery strikes|"
                # (not the fighters that shot the attack down: "an F-15E shot down a drone near Green Village")
                r"(?:warplanes?|war planes?|fighter jets?|jets|F-(?:15E?|16|35)s?)"
                r"(?!\s+(?:jets?\s+|fighters?\s+)?(?:shot|downed|intercepted|brought down)\b)|"
                # "Israeli military aircraft entered the airspace": a state's aircraft are warplanes
                r"(?:Israeli|Turkish|Russian|Syrian|Iraqi|coalition|U\.S\.|American) (?:military |air force |"
                r"combat |fighter )?(?:aircraft|planes)|"
                # "aircraft of the US-led coalition hit positions on the hills"
                r"(?:aircraft|planes|warplanes|jets) of the (?:[\w-]+ ){0,2}(?:coalition|air force|alliance)|"
                # "U.S. aircraft bombed weapons depots" (not "engaged one of the aircraft": a drone)
                r"(?:military |combat |fighter |attack |coalition |U\.S\. |US |American |Israeli |Turkish |Russian )"
                r"?aircraft(?=,? (?:which )?(?:bombed|struck|pounded|hit|raided|attacked|targeted|engaged)\b)|"
                # "the aircraft came back and struck near the village of Delashe"
                r"(?<=the )(?:aircraft|planes)(?= (?:came back|returned) and (?:bombed|struck|pounded|hit|raided)\b)|"
                # "the force called on supporting aircraft, which engaged them": close air support
                r"(?:supporting|close air support) aircraft|"
                # "aircraft identified by partners as Russian carried out at least two strikes on a camp"
                r"aircraft(?=[^.;]{0,120}\b(?:carried out|conducted|launched)\s+(?:[\w-]+\s+){0,3}?(?:air )?strikes\b)|"
                r"(?:attack |helicopter )?gunships?|attack helicopters?|"
                # "A Russian jet bombed the water station"; bombs that fall come from the air: "Bombs fell on a house"
                # (not "a jet dropped three missiles", "a jet fired rockets": the munition named is the weapon)
                r"jet(?= (?:bombed|struck|pounded|hit|raided|attacked|targeted)\b)|"
                r"bombs(?= (?:fell|rained down|were dropped|dropped by)\b)|"
                # "helicopters came over Kafr Zeita. They bombed a market": the aircraft that came to bomb
                r"(?:helicopters|aircraft|planes)(?= (?:came|flew|swooped|appeared) (?:over|above|in)\b)|"
                # "employed precision-guided munitions against a storage facility"
                r"(?:precision[- ]guided|laser[- ]guided|guided|air-dropped) (?:munitions|bombs)|"
                # "an Israeli strike package against Latakia": the aircraft of one raid
                r"strike packages?|"
                # a helicopter's "barrel bombs", "Four barrels fell along the road"
                r"barrel[- ]bombs?|"
                r"barrels(?=[^.;]{0,120}\b(?:fell|dropped|landed|came down|hit|struck|exploded)\b)|"
                # "Hit by two barrels from a helicopter"
                r"(?<=\bby )(?:(?:two|three|four|five|six|several|more) )?barrels?"
                r"(?= (?:from|dropped by) (?:an? |the )?(?:[\w-]+ )?(?:helicopters?|aircraft|planes?))|"
                # "rolled a barrel packed with explosives onto the tent", "came back and dropped a second barrel"
                r"barrels? (?:packed|filled|stuffed|laden|loaded|crammed) with (?:explosives|tnt|shrapnel)|"
                r"(?:(?<=dropped a )|(?<=dropped a second )|(?<=dropped another )|(?<=dropped a third )|"
                r"(?<=dropped two )|(?<=dropped three )|(?<=rolled a )|(?<=pushed a ))barrels?(?! of (?:oil|fuel)))\b"),
     "air strike", "airstrike"),
    # A strike summary's "Near Mosul, four strikes engaged ...": strikes with no other weapon named are from the air
    # ("One strike hit the city's power station" in a report of drone strikes is one of those: not counted here)
    (folded(r"\b(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|a pair of|several|multiple) strikes"
            # "conducted eight strikes against the group", "14 strikes were conducted against ISIL targets"
            r"(?= (?:engaged|hit|destroyed|struck|targeted|against|were conducted|were carried out)\b)|"
            # "Near Kisik, two strikes cut three supply routes", "-- Single strikes near Beiji and near Rawah each
            # engaged ...": the summary's own form, whatever its verb
            + STRIKE_SUMMARY), "air strike", "airstrike"),
    # "Turkey bombed the clinic", "Israel struck the airport": a state attacks from the air
    (folded(r"\b(?:Turkey|Israel|Russia|Turkish|Israeli|Russian)(?:'s|’s)?(?: (?:military|army|air force|forces|"
                r"aircraft))? (?:bombed|bombs|bombarded|struck|strikes|pounded)\b"), "air strike", "airstrike"),
]
#: One search that says whether any weapon is named at all (most sentences name none).
ANY_WEAPON = folded(r"rocket|drone|uav|\buas\b|quadcopter|unmanned|mortar|bomb|israel|turk|russia|explosi|blast|booby|"
                    r"vbied|charges?\b|devices?\b|\bieds?\b|\bcars?\b|vehicle|truck|lorr|minibus|"
                    r"strikes?\b|"
                    r"\bgunm[ae]n\b|\barmed |shot|shooting|sniper|with (?:light|small|medium)\b|fire\b|gunfire|"
                    r"firefight|battle|gunfight|shoot-?out|"
                    r"minivan|tanker|"
                    r"bl[eo]wn? (?:him|her|them)sel|blown up|rifle|\bbl[eo]w(?:s|ing)? up\b|"
                    r"improvised|missile|shell|artillery|guns\b|howitzer|cannon|"
                    r"katyusha|\bgrads?\b|"
                    r"\brpgs?\b|grenade|\d\s?-?mm\b|air ?strike|air raid|plane|jets\b|f-\d\d|gunship|helicopter|"
                    r"munitions|aircraft|suicide (?:driver|vest|belt)|barrel")
# (aircraft fire missiles: "jets struck the depot" and "three missiles hit the depot" can tell one strike)
COMPATIBLE_FAMILIES = {frozenset({"drone", "missile"}), frozenset({"rocket", "shell"}), frozenset({"mortar", "shell"}),
                       frozenset({"airstrike", "missile"})}

#: Nouns that count rounds: "two rockets", "at least three impacts", "a volley of rockets".
ROUND_NOUNS = (r"(?:Katyusha |Grad |Tomahawk |Kalibr |107\s?mm |122\s?mm |240\s?mm |explosive[- ]laden |armed |"
               r"suicide |"
               r"mortar |artillery |ballistic |cruise |guided |unguided |short-range |homemade |barrel |"
               r"improvised |one-way |attack |kamikaze |unmanned |fixed-wing |loitering |explosive |fuel |tanker |"
               r"tank |(?:artillery|tank|mortar) and )*"
               r"(?:rockets?|drones?|missiles?|mortars?|shells?|rounds?|projectiles?|"
               r"impacts?|explosions?|blasts?|roadside bombs?|bombs?|RPGs?|Katyushas?|UAVs?|UAS|quadcopters?|"
               r"unmanned aerial (?:vehicles?|systems?)|unmanned aircraft(?: systems?)?|grenades?|"
               # "three cars packed with explosives", "a suicide bomber": one bomb each
               r"(?:cars?|trucks?|vehicles?|lorry|lorries|tankers?|minibus(?:es)?) "
               r"(?:packed|laden|loaded|rigged|filled|stuffed) with explosives|"
               r"(?:car|truck|motorbike|motorcycle|vehicle) bomb(?:s|ings?)?|bombers?|"
               # "two explosive charges went off on the crude lines": two devices
               r"(?:magnetic |sticky )?charges?(?= (?:[\w'’-]+ ){0,5}?" + _SET_OFF + r"\b)|"
               r"roadside (?:charges?|devices?)|"
               r"devices?(?=,? (?:[\w'’-]+,? ){0,6}?" + _SET_OFF + r"\b)|"
               # "two cars parked outside the factory exploded", "a parked car went off": one bomb each
               r"(?:parked (?:cars?|vehicles?|trucks?)|(?:cars?|vehicles?|trucks?)(?= (?:parked|left)\b)|"
               # "a fuel lorry drove up to the gate and exploded"
               r"(?:cars?|vehicles?|trucks?|lorry|lorries)"
               r"(?= (?:[\w-]+ ){0,2}?(?:drove|sped|raced|rammed|pulled up)\b)|"
               r"(?:cars?|trucks?|lorry|lorries|tankers?)(?= (?:had )?(?:exploded|blew up|went off|gone off)\b))"
               r"(?=[^.;]*\b(?:exploded|blew up|went off|gone off|detonated)\b)|"
               r"strikes?(?= (?:hit|engaged|destroyed|struck)))")
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
                "fourteen": 14, "fifteen": 15, "twenty": 20, "thirty": 30, "a pair of": 2, "a couple of": 2,
                "both": 2, "half a dozen": 6, "a dozen": 12, "a half-dozen": 6, "a trio of": 3,
                # "more than three dozen rockets": dozens counted
                "two dozen": 24, "three dozen": 36, "four dozen": 48, "five dozen": 60}
# The other number words up to ninety-nine, hyphenated or not ("twenty-five", "thirty one").
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
NUMBER_WORDS.update({"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19})
for _tens, _value in (("twenty", 20), ("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70),
                      ("eighty", 80), ("ninety", 90)):
    NUMBER_WORDS[_tens] = _value
    for _i, _unit in enumerate(_UNITS, start=1):
        NUMBER_WORDS[f"{_tens}-{_unit}"] = NUMBER_WORDS[f"{_tens} {_unit}"] = _value + _i


def number_value(text: str) -> int:
    """'17' or 'seventeen' (folded) -> 17."""
    return int(text) if text.isdigit() else NUMBER_WORDS[text.lower()]

ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "other": 2, "another": 2, "last": 0}
VAGUE_COUNTS = ("several", "a volley of", "a salvo of", "a barrage of", "volley of", "salvo of", "barrage of",
                "dozens of", "a number of", "multiple", "a series of", "some", "many", "a wave of")
# "a drone attack" is one attack, not one drone.
NOT_AN_ADJECTIVE = (r"(?!\s+(?:(?:and|or)\s+[\w-]+\s+)?(?:bomb\s+)?(?:attacks?|strikes?|assaults?|fire|salvos?|"
                    r"barrages?|launchers?|systems?)\b)"
                    # ("a further round of strikes": a wave of them, not one round)
                    r"(?!(?<=round)\s+of\s+(?:air\s?)?(?:strikes|raids|shelling|attacks|bombing|talks)\b)"
                    r"(?!(?<=rounds)\s+of\s+(?:air\s?)?(?:strikes|raids|shelling|attacks|bombing|talks)\b)")
_NUMBER = r"(?:\d{1,3}|" + "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True)) + ")"
#: A number in digits or words ("17", "seventeen", "twenty-five").
NUMBER_PATTERN = _NUMBER
COUNT = folded(
    # (not a model's number: "a Mohajer-6 drone", "Fateh-110 missiles")
    rf"\b(?<!-)(?P<least>at least |up to |more than |over |some |around |about |nearly |almost |roughly |"
    rf"approximately |as many as |no fewer than |no less than |not less than )?(?P<between>between )?"
    # A range counts its lower figure, as a lower bound does: "two or three rockets", "between four and six
    # shells", "thirty-seven to forty-two rockets", "37-42 rockets"
    rf"(?P<number>{_NUMBER})(?:(?: to | or |-)(?:{_NUMBER})|(?(between) and (?:{_NUMBER})))?"
    # "a seven-round barrage": seven rounds
    rf"(?:-(?:round|rocket|shell|missile) (?:[\w-]+ )?(?:barrage|salvo|volley)\b| "
    rf"(?:(?:more|other|further|additional|separate|small|large|heavy|light|Iranian-made|Iranian|new|incoming|armed|"
    # "a Turkish drone", "two Israeli missiles": whose they were
    rf"Turkish|Israeli|Russian|American|Syrian|Iraqi|coalition|militia|"
    rf"explosive-laden|explosive|suicide|attack|one-way|hostile|unidentified|unmanned|"
    # "six medium-range ballistic missiles", "two surface-to-surface missiles": what kind
    rf"[a-z]+-range|ballistic|cruise|guided|precision-guided|laser-guided|surface-to-surface|ground-to-ground|"
    rf"improvised|homemade|home-made|"
    # "ten Grad-type rockets", "two Iranian-built drones"
    rf"[\w]+-(?:type|made|built|style|designed)|"
    # "a Shahed-136 drone", "two Fateh-110 missiles": a model's name
    rf"[a-z]+-\d+[a-z]?) ){{0,2}}"
    # ("eight air strikes", "two air strikes on Kafr Battikh": strikes counted count as rounds do; "an air strike"
    # tells the attack, not how many bombs fell, and "six air raids" counts sorties: neither gives a count)
    rf"(?:{ROUND_NOUNS}|air ?strikes)\b{NOT_AN_ADJECTIVE})")
VAGUE_COUNT = folded(r"\b(?P<vague>" + "|".join(re.escape(v) for v in VAGUE_COUNTS) + rf") {ROUND_NOUNS}\b")

# -- outcomes ------------------------------------------------------------------------------------
#: (pattern, outcome), first match in a clause wins.
OUTCOME_CUES: list[tuple[re.Pattern[str], str]] = [
    # "brought both of them down", "shot it down"
    (folded(r"\b(?:shot|brought|taken|took) (?:(?:both|all|one|two|three|each|it|them|of|the|drones?|rockets?) ){0,3}"
            # (not "brought down an overpass", "brought down part of the roof": a blast's work)
            # (nor "brought down at least ten homes")
            r"down\b(?! (?:an?|the|part|much|most|its|walls?|roofs?|buildings?|houses?|homes?|ceilings?|"
            r"at least \w+ (?:homes|houses|buildings))\b(?! (?:[\w-]+ )?"
            r"(?:drones?|rockets?|missiles?|projectiles?|aircraft|planes?|helicopters?|UAVs?|jets?)\b))|\bdowned\b|"
            r"\bshot (?:\w+ ){0,3}?out of the sky\b|"
            # "air defences destroyed them both before they reached the runway"
            r"\b(?:air[- ]defen[cs]es?|defen[cs]es|air[- ]defen[cs]e (?:systems?|units?)) "
            r"(?:[\w-]+ ){0,4}?destroyed\b"),
     "shot_down"),
    (folded(r"\bintercept(?:ed|ing|s|ion)?\b|\bdestroy(?:ed|ing) (?:\w+ )?(?:in|mid)[- ](?:the )?air\b|"
            r"\bthwarted by (?:the )?C-RAM\b"),
     "intercepted"),
    (folded(r"\bf[ae]ll(?:s|ing)? short\b|\b(?:went|go(?:es)?|gone) off short of\b|\bmissed\b|"
            r"\bmissing (?:its|their) targets?\b|\bwide of\b|\bfailed to (?:hit|reach)\b|"
            r"\b(?:neither|none) (?:of them )?(?:struck|hit|reached)\b"), "missed"),
    (folded(r"\b(?:fell|fall(?:ing|s)?|landed|land(?:ing|s)?|hits?|hitting|struck|strikes|striking|impacted|exploded|"
                r"crashed|slammed|smashed|went off|goes off|explodes|slams|blows up|detonates|riddled?|catches|"
                r"(?:gunm[ae]n|snipers?|assailants?) (?:[\w-]+ ){0,2}?shot|"
                r"shot (?:\w+ ){1,3}?(?:several|many|\w+) times|"
                r"(?:had|have|has) gone off|(?:came|comes?|coming) down|detonated|"
                r"impacts?|dived (?:onto|into)|pounded|"
                # "helicopters dropped no fewer than twenty-six barrel bombs on Daraya"
                r"dropped (?:[\w-]+ ){0,5}?bombs (?:on|onto|over)|"
                r"blew (?:(?:him|her)self |themselves )?up|blown (?:(?:him|her)self |themselves )?up|shot dead|"
                r"gunned down|bombed|bombarded|set (?:[\w-]+ ){0,4}?(?:on fire|ablaze|alight)|"
                r"shelled|caught by|devastated|wrecked|gutted|(?:tore|ripped) (?:through|apart)|overturned|"
                r"rammed|"
                # "a bomber set off explosives among the crowd": the bomb went off
                r"set off (?:the |his |her |their |an? )?(?:[\w-]+ )?(?:explosives?|bombs?|charges?|devices?|vests?|"
                r"belts?)|"
                # "bombers drove three vehicles packed with explosives at three hotels": car bombs that went off there
                r"drove (?:[\w-]+ ){0,4}?(?:vehicles?|cars?|trucks?|lorry|lorries|tankers?|minibus(?:es)?) "
                r"(?:packed|laden|loaded|rigged|filled|stuffed) with explosives (?:at|into))\b"), "impact"),
]

#: Where a round that landed did no harm: "landed in an open field" missed its target.
MISSED_GROUND = folded(r"\b(?:open|empty|vacant|uninhabited) (?:area|field|ground|land|lot|desert)\b"
                       # "an empty area inside the base" is the base: an impact
                       r"(?! (?:inside|within)\b| (?:of|in) (?:the|its) (?:base|airport|airfield|compound|camp|"
                       r"garrison))|"
                       r"\bopen desert\b|\bfarmland\b|\bin the desert\b|"
                       r"\boutside (?:the|its|their) (?:perimeter|base|walls?|fence)\b|"
                       # "landed in the ground around its perimeter rather than on the buildings"
                       r"\b(?:around|along|beyond) (?:the|its|their) (?:outer )?(?:perimeter|walls?|fence)\b|"
                       # "two rockets came down just outside the airport": close, not in
                       r"\b(?:fell|landed|came down|crashed|impacted) (?:just|right) outside\b|"
                       # "Two rockets came down on the outskirts of the al-Omar oil field": by the site, not in it
                       r"\bon the (?:outskirts|edges?|fringes?) of (?:the )?(?:[\w'’-]+ ){0,3}?(?:oil ?field|gas field|"
                       r"base|air ?base|airport|airfield|camp)\b|"
                       r"\bin (?:a|an) (?:field|orchard|farm)\b|\bagricultural land\b")


def outcome_of(low: str) -> str | None:
    """The outcome a clause tells: the earliest cue wins ("slammed into the base, ... a fourth failed to
    explode" is an impact), the list order breaks ties ("fell short" over "fell"); a round that landed
    in open ground missed."""
    best: tuple[int, int, str] | None = None
    for rank, (pattern, outcome) in enumerate(OUTCOME_CUES):
        match = pattern.search(low)
        if match and (best is None or (match.start(), rank) < best[:2]):
            best = (match.start(), rank, outcome)
    if best is None:
        return None
    if best[2] == "impact" and MISSED_GROUND.search(low):
        return "missed"
    return best[2]


# -- place roles ---------------------------------------------------------------------------------
LANDED = "landed"
TARGETED = "targeted"
LAUNCHED = "launched"
#: Cue phrases that give the place after them a role; the filler allows "fell near the Iraqi capital's
#: heavily fortified Green Zone". Longer cues first.
#: An attack told by what was attacked, without a weapon word: "gunmen opened fire on an army checkpoint",
#: "militants attacked a police post", "fired on the patrol".
ATTACKED_OBJECT = (r"(?:attacked|fired on|fired at|opened fire on|targeted|ambushed|stormed|raided)\s+"
                   r"(?:an?|the|their|its|his|her|two|three|four|five|six|several|\d{1,3})\s+(?:[\w-]+\s+){0,2}"
                   r"(?:post|checkpoint|position|patrol|convoy|outpost|station|headquarters|barracks|base|camp|"
                   # "Gunmen ambushed two sport-utility vehicles carrying four American civilians"
                   r"vehicle|car|truck|bus|van|minibus|civilian|contractor|soldier|troop|police(?:man|men)?|"
                   r"fighter|worshipper|pilgrim|farmer|shepherd|"
                   # "fired on a farmhouse", "stormed a family home"
                   r"house|home|farmhouse|village|hamlet|shop|cafe|restaurant|mosque|school|market)s?|"
                   # "the Islamic State group has bombed a crowded market"
                   r"bombed\s+(?:an?|the|their|its)\s+(?:[\w-]+\s+){0,3}(?:market|mosque|church|school|hospital|"
                   r"wedding|funeral|checkpoint|cafe|restaurant|bus station|square|"
                   # "Somebody bombed a position held by Syrian troops": an army's post, whoever bombed it
                   r"position|post|outpost|base|camp|barracks|headquarters|convoy|building|depot|warehouse)s?|"
                   # "a unit of our engineers was attacked on Mount Matin": the passive, where it happened
                   r"(?:was|were|had been|has been|have been) (?:attacked|ambushed) (?:on|at|in|near|outside|while)")
# "slammed into the party's compounds on the outskirts of Koya": a site word may take its preposition.
FILLER = (r"(?:\s+(?:the|a|an|its|their|his|her|[\w'’-]+(?:'s|’s)|heavily|highly|fortified|vicinity|area|outskirts|"
          r"centre|center|heart|middle|"
          r"edge|perimeter|grounds|of|northern|southern|eastern|western|central|US-led|coalition|Iraqi|"
          # "from the direction of the Lebanese city of Tripoli"
          r"Syrian|Lebanese|Turkish|Iranian|Jordanian|Israeli|Kurdish|Saudi|Kuwaiti|"
          r"U\.S\.|US|American|military|town|village|city|district|neighbou?rhood|"
          r"housing|hosting|troops|forces|"
          # "in the vicinity of Mission Support Site Green Village"
          r"mission support site|forward operating base|patrol base|combat outpost|mss|fob|"
          r"(?:air\s?bases?|bases?|camps?|garrison|airport|airfield|facility|facilities|outposts?|compounds?|"
          r"headquarters|offices|buildings?)"
          r"(?:\s+(?:at|in|outside|near|on))?))*")
ROLE_CUES: list[tuple[re.Pattern[str], str]] = [
    (folded(r"\b(?:fired|launched|shot|came|launch(?:ed)?|firing) (?:from|out of)(?: near| outside| inside)?\s*$"
                # "two drones that had flown south from rebel-held Idlib towards the base": where they came from
                r"|\b(?:flown|flew|flying|came|coming|launched|fired|sent)(?: (?:in|north|south|east|west)\w*)? from "
                r"(?:[\w-]+[- ]held )?$"
                # "rockets launched by the armed factions from positions around al-Habit and Kafr Zita"
                r"|\b(?:launched|fired)\b[^.;]{0,40}?\bfrom (?:their )?(?:positions?|areas?|bases?) (?:around|near|in|"
                r"at) (?:(?:al-)?[\w'’]+(?: [\w'’]+)? and )?$"
                r"|\blaunch(?:ed|ing)? (?:site|point|pad)s? (?:in|near|at)\s*$|\bfrom (?:near|the direction(?: of)?|"
                r"an area (?:in|near)|a (?:field|farm|orchard|truck|vehicle) (?:in|near))\s*$"
                # "launched from an empty plot of land close to the road to X"
                r"|\b(?:fired|launched) from (?:an?|the) [\w -]{0,40}?\b(?:near|close to|outside|by|off|on)"
                r"(?: the (?:road|highway) (?:to|from))?\s*$"
                # "launched from the al-Dainiyah area of Diyala province": the area's province
                r"|\b(?:fired|launched) from (?:the |an? )?[\w' -]{0,40}?\b(?:area|district|village|outskirts|"
                r"countryside|orchards?|farmland) (?:of|in|near)\s*$"
                # "the tubes had been set up in Dora": where the weapons fired from stood
                r"|\b(?:tubes?|launchers?|rails?|baseplates?|firing positions?)\b[^.;]{0,30}?\b(?:set up|placed|"
                r"positioned|installed|emplaced|mounted|dug in|hidden)\s+(?:in|near|at|on|outside|inside)\s*$"),
     LAUNCHED),
    (folded(r"\b(?:aimed|directed|fired|launched|lobbed|shot|flown|flew|sent|hurled) "
                r"(?:at|towards?|on|into|against)\s*$|"
                # "opened fire on an army checkpoint in X", "attacked a police post near X": X is the target
                rf"\b{ATTACKED_OBJECT}\s+(?:in|near|at|outside|inside|on the outskirts of)\s*$|"
                # "fired 15 rockets at X", "launched two drones towards X"
                r"\b(?:fired|launched|lobbed|shot|sent)\s+(?:[\w-]+\s+){1,4}?(?:at|towards?|against)\s*$|"
                r"\btarget(?:ed|ing|s)?\s*$|\b(?:the )?target of\s*$|\b(?:attacks?|assaults?|strikes?|(?:air )?raids?) "
                r"(?:on|against|targeting)\s*$|\battacked\s*$|\btowards?\s*$|\bhead(?:ed|ing) (?:for|towards?)\s*$|"
                r"\bapproaching\s*$|"
                # "last night's rocket fire at Q-West", "a mortar barrage on the base at X"
                r"\b(?:fire|barrages?|salvos?|volleys?|shelling|bombardment)\s+(?:at|on|against|towards?)\s*$|"
                # "a missile that was apparently meant for Erbil fell near ...": where it was sent
                r"\b(?:meant|intended|destined) for\s*$"),
     TARGETED),
    # "is due to land in Baghdad": a visitor's plane, told ahead
    (folded(r"(?<!\bto )(?<!\bwill )(?<!\bwould )"
            r"\b(?:fell|falling|falls?|landed|landing|lands?|came down|comes down|crash(?:ed|es)|explode[sd]|"
                r"impacted|detonated|slam(?:med|s))"
                r"(?: (?:in|on|near|inside|into|at|onto|close to|next to|outside|by|within|short of|"
                r"in the vicinity of|in an area (?:of|near)|around|across the border|over the border))+\s*$|"
                r"\b(?:hits?|hitting|struck|strikes|striking|"
                r"cratered|damag(?:ed|ing)|impacts? (?:in|on|near|at)|impacted)(?: (?:near|close to|inside|in|at|"
                r"outside|next to|on))?\s*$|\bbomb(?:ed|ing)(?: [\w-]+){0,3}? (?:at|in|inside|near|on)\s*$|"
                # "Explosions rocked the northern outskirts of Erbil", "a blast tore through a market in X"
                r"\b(?:rocked|rocks|shook|tore through|ripped through)\s*$|"
                # "The rockets hit the Kashkoul market in Jaramana": the site hit, in the town
                r"\b(?:hits?|hitting|struck|strikes)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}?(?:market|square|street|"
                r"hospital|school|mosque|church|hotel|building|bakery|stadium)\s+(?:in|at|near|of)\s*$|"
                # "helicopters dropped barrel bombs on the southern town of Jasim"
                r"\bdropped (?:[\w-]+ ){0,5}?bombs (?:on|onto|over|in)\s*$|"
                # "strong explosions were heard inside the al-Omar oil field": where they went off
                r"\b(?:explosions?|blasts?|detonations?) (?:were |was |could be )?(?:heard|reported|seen) "
                r"(?:in|inside|at|near|around|on)(?: the)?\s*$|"
                # "14 strikes were conducted against ISIL targets in the vicinity of Raqqa": where the strikes hit
                r"\bstrikes? [^.;]{0,60}?\b(?:targets?|positions?|fighters|sites|camps|facilities|vehicles) "
                r"(?:in|near|in the vicinity of|around|outside)\s*$|"
                # "launched missiles from the direction of X at a number of targets in the vicinity of Hama": where
                # they came down, not where they came from
                r"\btargets (?:in|near|around|outside|inside)\s*$"), LANDED),
]
#: A bare preposition takes the role of the last cue before it in the sentence ("two landed in Mansour,
#: one in Harithiya"); with no cue before it a place is only where something is.
BARE_PREPOSITION = folded(r"\b(?:in|near|at|inside|outside|on|close to|around)\s*$")
#: Passive voice after the place: "the base at al-Tanf was attacked by drones".
PASSIVE_AFTER = folded(r"\W{0,3}(?:\w+\W+){0,5}?(?:(?:was|were|has been|had been|have been|is)\s+"
                       r"(?:last\s+|also\s+|again\s+|reportedly\s+|\w+ly\s+)?"
                       r"(?P<verb>attacked|targeted|hit|struck|shelled|bombed|the target)|came under\s+"
                       r"(?:(?:heavy|rocket|drone|mortar|indirect|small[- ]arms|renewed)\s+){0,2}"
                       r"(?P<fire>fire|attack))")
PASSIVE_ROLES = {"attacked": TARGETED, "targeted": TARGETED, "the target": TARGETED, "shelled": LANDED,
                 "hit": LANDED, "struck": LANDED, "bombed": LANDED, "fire": TARGETED, "attack": TARGETED}

# -- events and background -----------------------------------------------------------------------
#: A sentence tells of an attack when it holds one of these (with a weapon, or a place in a role).
ATTACK = folded(
    # ("there was no American base there to hit", "vowed to strike": an infinitive tells no attack)
    r"\b(?<!\bto )(?:attack(?:ed|s)?|fired|opened fire|opened up (?:on|at)|launched|struck|hit|"
    r"(?:(?<=, )|(?<=drone )|(?<=drones )|(?<=rocket )|(?<=rockets )|(?<=missile )|(?<=missiles )|(?<=shell )|"
    r"(?<=shells )|(?<=strike )|(?<=strikes ))hitting|shelled|shelling|"
    # "a man in army uniform turned his rifle on them"
    r"turned (?:his|her|their|a) (?:[\w-]+ )?(?:rifles?|guns?|weapons?|pistols?) on|"
    # ("a firefight through the town", "traded small-arms fire in its streets")
    r"firefights?|gun ?battles?|gunfights?|shoot-?outs?|traded (?:[\w-]+ )?fire|"
    # "rocket fire reported against ORBI this evening" (not "indirect fire against installations ... continued")
    r"(?:rocket|mortar|artillery|missile) fire (?:reported |directed |aimed )?against|"
    r"target(?:ed|ing|s)?|"
    r"bombard\w*|cratered|"
    # "warplanes hammered the base", "jets pounded the town" (not "hammered out a deal")
    r"pounded|pummell?ed|hammered(?! out\b)|battered|blitzed|"
    # "regime aircraft raided al-Bab": an air raid (a raid by men on the ground is told by what they did)
    r"(?:(?<=jets )|(?<=aircraft )|(?<=warplanes )|(?<=planes )|(?<=helicopters )|(?<=bombers ))raided|"
    # "a suicide bomber drove a car packed with explosives into the main gate of ..."
    r"drove (?:[\w-]+ ){0,6}?into|drove (?:[\w-]+ ){0,4}?(?:(?:with|of) explosives|bombs?) at|rammed|detonated|"
    r"shot dead|gunned down|engaged|destroyed|wrecked|gutted|demolished|stormed|shooting their way|"
    # "Coalition forces fought a series of engagements with armed men in Sadr City": a military release's fight
    r"fought (?:[\w-]+ ){0,4}?engagements? with|"
    # "they brought down a bomb-carrying drone over their positions in the Bradost area"
    # (the craft named: "brought some of them down" after an attack told tells more of that one)
    r"(?:brought|shot) down (?:[\w-]+ ){0,3}?(?:drones?|uavs?|quadcopters?|missiles?|rockets?|aircraft|planes?|"
    r"helicopters?)|"
    # "went to his table and shot him several times with a pistol"
    r"shot (?:\w+ ){1,3}?(?:with an? (?:[\w-]+ )?(?:pistol|handgun|revolver|rifle)|(?:several|many|\w+) times)|"
    # "An unidentified gunman shot a young man at his window"
    r"(?:gunm[ae]n|snipers?|assailants?) (?:[\w-]+ ){0,2}?shot|"
    # "a bomb was thrown at an American patrol", "a grenade lobbed over the wall"
    r"(?:thrown|threw|hurled|lobbed|tossed) (?:[\w-]+ ){0,2}?(?:at|into|over|onto)|"
    # "a helicopter rolled a barrel packed with explosives onto the tent", "dropped a second barrel"
    r"(?:rolled|pushed|dropped) (?:[\w-]+ ){0,2}?barrels?\b|"
    # "a suicide driver set off a car bomb beside a convoy"
    r"set off (?:an? |his |her |their |the )?(?:[\w-]+ ){0,2}?(?:bomb|charge|device|explosives|vest|belt)s?|"
    # "A man wearing an explosives belt set it off in front of the mosque"
    # (not "stopped the car before its driver could set it off")
    r"(?<!could )(?<!would )(?<!might )(?<!chance to )set (?:it|them) off|(?:was|were|been) set off|"
    r"bomb(?:ed|ing)|(?:jets|planes|aircraft|helicopters|gunships) (?:bomb|strike|hit|pound|target)|"
    # ("dropped no fewer than twenty-six barrel bombs on Daraya")
    r"(?:employed|used|dropped|released) (?:[\w-]+ ){0,5}?(?:munitions|bombs|missiles)|"
    r"(?:came|comes|coming) under (?:\w+ ){0,2}(?:fire|attack|raids|bombardment|shelling)|"
    r"flown (?:at|into|towards?)|flew (?:at|into|towards?)|"
    r"exploded|explosions?|blasts?|rocked|tore through|ripped through|tore into|ripped into|"
    r"tore apart|ripped apart|blew up|went off|went up|"
    r"(?:had|have|has) gone off|set (?:[\w-]+ ){0,4}?(?:on fire|ablaze|alight)|went (?:for|after)|"
    # "an SDF car was caught by an explosive device planted at the roadside"
    r"caught by (?:an? |the )?(?:[\w-]+ ){0,2}?(?:device|bomb|blast|explosion|IED|mine|drone|strike|shell|rocket)s?|"
    # ("the drone caught their car at about 19:15 on Thursday evening")
    r"(?:drone|missile|strike|rocket)s? caught (?:the|their|his|her|its|a|an) (?:[\w-]+ )?(?:car|vehicle|truck|"
    r"pickup|convoy|motorbike|motorcycle|minibus|van)\b|"
    r"blew (?:him|her|them)sel(?:f|ves) up|"
    # "drove a car packed with explosives up to the main gate ... and blew it up" (not "Police came upon a bomb in
    # the district and blew it up where it lay": a bomb made safe)
    r"(?:drove|rammed|steered|parked)\b[^.;]{0,160}?\bblew (?:it|them|the (?:car|truck|lorry|vehicle|tanker)) up|"
    r"blown (?:(?:him|her)self |themselves )?up|"
    r"dived (?:onto|into)|flattened|levell?ed|"
    # ("Soleimani had landed on a flight from Damascus": a traveller, not a round)
    r"intercept\w*|shot down|"
    r"landed(?![^.;]{0,40}?\b(?:on|aboard|in) (?:a|an|his|her|their) (?:[\w-]+ )?(?:flight|plane|jet)\b)|fell|"
    r"(?:had|have|has) fallen (?:on|in|near|at|inside|onto)|aimed at|"
    r"(?:came|comes|coming|(?:had|have|has) come) down (?:just |right |well )?(?:on|in|near|at|inside|onto|outside|"
    r"around|beyond|short of|close to)|"
    r"impact\w*|salvo|volley|barrage|"
    # "mortar rounds started landing in the streets around the shrine"
    r"(?:rounds?|shells?|rockets?|mortars?|missiles?|bombs?|projectiles?) (?:[\w-]+ ){0,2}?(?:landing|falling) "
    r"(?:in|on|near|inside|around|at|onto|across)|"
    # "Three artillery shells came in, one after another"
    r"(?<=rounds )(?:came|were coming) in|(?<=shells )(?:came|were coming) in|(?<=rockets )(?:came|were coming) in|"
    r"(?<=missiles )(?:came|were coming) in|(?<=mortars )(?:came|were coming) in|"
    r"assault|strike|airstrikes?|air strikes?|air raids?|raids? (?:on|against)|aggression (?:against|on)|"
    r"(?:carried out|conducted) (?:[\w-]+ ){0,3}?strikes|strikes (?:on|against|(?:were|was) (?:conducted|carried out))|"
    r"slammed|smashed|crashed|rained|pounded|killed|killing|wounded|wounding|"
    # the historic present of timelines and live pages: "a drone slams into", "a rocket lands near"
    r"slams|lands|explodes|crashes|pounds|"
    # "detected two drones on approach", "a drone approaching the base": a weapon coming in is an attack.
    r"on (?:its |their )?approach|approach(?:ed|ing|es)?|inbound|incoming)\b|" + STRIKE_SUMMARY)
#: More of the historic present, as a timeline's entries tell attacks ("12 October - A bomb goes off outside ...");
#: a title's present ("Roadside bomb kills two soldiers") only sums up the attack its report tells.
PRESENT_ATTACK = folded(r"\b(?:goes off|blows up|detonates|tears through|rips through|riddles?|hits|kills|"
                        r"(?:bomb|device|charge|mine)s? (?:[\w-]+ ){0,4}?catches (?:an?|the))\b")
#: A base or camp named by its own name, which the gazetteer may lack: "Besmaya base", "Tal Hamid camp" (not "the
#: Iraqi army base", "a coalition camp": whose, not which).
NAMED_BASE = re.compile(r"\b(?!(?:The|A|An|Its|Their|This|That|US|U\.S\.|American|Iraqi|Syrian|Turkish|Kurdish|Israeli|"
                        r"Iranian|Russian|British|French|Coalition|Army|Military)\b)"
                        r"(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) (?:(?:military|army|air) )?"
                        r"(?:air ?base|base|camp|airfield|garrison|compound)\b")
#: A sentence on who did it, no attack of its own: "No group had said it was behind any of the blasts", "Nobody
#: has claimed the attack".
NO_CLAIM = folded(r"^\W*(?:no (?:group|one|faction|organi[sz]ation|party)|nobody|none of)\b[^.;]{0,40}?"
                  r"\b(?:said it was behind|claimed|took responsibility|has taken responsibility|admitted)\b")
#: Attacks counted over a period: "by the end of June, local officials counted at least seven rocket and drone
#: attacks on it". A tally, none of them one attack (and its day no attack's).
TALLY_OF_ATTACKS = folded(
    rf"\b(?:counted|recorded|registered|logged|documented|tallied) (?:at least |more than |some |about |nearly |"
    rf"over |as many as )?(?!(?:a|an|one|single)\b)(?:{_NUMBER}) (?:[\w-]+ (?:and [\w-]+ )?)?"
    rf"(?:attacks|strikes|incidents)\b|"
    # ("counted this as the fourth time the post had been shelled": how often, no attack of its own)
    r"\bthe (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)) time (?:that )?"
    r"(?:[\w'’-]+ ){1,5}?(?:had|has|have) been (?:shelled|hit|struck|attacked|targeted|bombed|shot at)\b|"
    # ("disclosed last August that his aircraft had carried out around 100 strikes there": a tally of years)
    r"\b(?:carried out|conducted|flown|launched) (?:around |about |some |nearly |more than |over |at least )?"
    r"(?:\d{2,}|dozens of|hundreds of|scores of) (?:air ?)?(?:strikes|raids|sorties|attacks)\b|"
    # "Shells fired from the enclave have killed more than eighty people in Damascus since mid-November": a toll
    # over months, no one attack's
    r"\bha(?:ve|s) (?:killed|wounded|injured) (?:at least |more than |over |some |nearly |about )?[\w,-]+ "
    r"(?:people|civilians|residents|soldiers|children)\b[^.;]{0,60}\bsince\b|"
    # ("Since it widened its operations in mid-June, at least six civilians have been killed in the Kurdistan Region")
    r"^\W*since\b[^.;]{0,80}\bha(?:ve|s) been (?:killed|wounded|injured)\b")
#: A span of days told by where it ends: "in the two weeks up to", "over the past three days before" (then a day).
SPAN_OF_DAYS = (r"\b(?:in|over|during) the (?:past |last |previous )?(?:two|three|four|five|six|several|few|\d+) "
                r"(?:days|weeks|months) (?:up to|until|till|before|to|ending(?: on)?)")
#: Statements of habit or history rather than of one event.
BACKGROUND = folded(
    # (not "bombed repeatedly through the day": one day's attack)
    r"\b(?:in the past|usually|often|typically|routinely|"
    r"repeatedly(?! (?:through|throughout|during|all) (?:the|that) (?:day|night|morning|afternoon|evening)\b)|"
    r"regularly|frequently|in recent (?:months|weeks|"
    r"years)|over the (?:summer|past|last)|for (?:years|decades|months)|since (?:then|\d{4}|[A-Z][a-z]+ \d{4})|"
    # "well over 150 attacks on US forces since October": a tally of attacks, none of them one
    r"since (?:(?:mid-?|late |early )?(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december)\b)|\b\d{2,}(?:,\d{3})? (?:attacks|strikes|incidents|rocket attacks|drone attacks)\b"
    # ("14 strikes were conducted against ISIL targets overnight": one night's strikes, told as such)
    r"(?! (?:were|have been) (?:conducted|carried out)\b)|"
    r"since the (?:fall|start|beginning|end|outbreak) of|"
    # (not "were reported to have struck the base in October": one attack, reported)
    r"(?<!\bto )ha(?:ve|s) (?:also )?(?:targeted|launched|carried out|conducted|fired|stepped up|hit|struck|"
    r"been (?:hit|struck|targeted|attacked)|come under)|(?:several|many|multiple|numerous) times|"
    # "shelled border villages almost daily for the past five days"
    r"(?:almost|nearly) (?:daily|every (?:day|night|week))|"
    # "counts about 240 people killed in eastern Aleppo ... since the government resumed its air campaign": a toll
    r"\b\d[\d,]* (?:people |civilians )?(?:killed|dead)\b[^.;]{0,100}\bsince\b|"
    # "in the two weeks up to 5 September three drone strikes killed ...": a tally over the span
    + SPAN_OF_DAYS + r"\b|"
    # "four roadside bombs in different neighbourhoods ...; police gave no locations": attacks with no place told
    # (but "in different districts, one in Karrada and one in Dora" tells each)
    r"in (?:different|separate|various|several) (?:neighbou?rhoods|districts|quarters|parts of)(?![^.;]*\bone\b)|"
    r"gave no locations?|"
    # "The blast was the latest of several car bombs in Turkish-held towns this month": a tally
    r"the latest (?:of|in) (?:several|many|a (?:series|string|wave|spate|run))\b|"
    r"for the (?:past|last) (?:[\w-]+ )?(?:days|weeks|months)|"
    # ("pounded X with dozens of missiles and drones": rounds of one attack, counted vaguely; "as dozens of young
    # men stood in line", "kills dozens of police recruits": the people one attack struck)
    r"(?:dozens|hundreds|scores) of(?! (?:[\w-]+ )?(?:missiles|rockets|drones|rounds|shells|mortars|bombs)\b)"
    # ("warplanes struck dozens of Iranian and Syrian targets around Damascus": one wave's targets)
    r"(?! (?:[\w-]+ ){0,3}(?:people|men|women|children|civilians|recruits|soldiers|troops|police(?:men)?|"
    r"officers|workers|students|worshippers|pilgrims|applicants|passengers|residents|shoppers|mourners|"
    r"targets)\b)|"
    r"a series of(?! engagements\b)|a string of|a spate of|are (?:usually|often)|"
    # "Two vehicles were struck from the air in two days": a tally of the attacks told one by one
    r"in (?:the (?:past|last) )?(?:two|three|four|five|six|seven|\d+) (?:days|weeks)\b|"
    r"(?:is|are|has been|have been) (?:a )?(?:favou?rite|frequent|common|regular|repeated) targets?|"
    r"the last (?:was|one)|years? (?:earlier|ago)|"
    r"decades? (?:earlier|ago)|anniversary)\b")
#: The kinds of site a report names by kind and place ("the airfield at Arbat", "the headquarters known locally as
#: al-Sakkar") and then by its kind alone ("the headquarters came under fire").
SITE_KINDS = r"headquarters|base|camp|compound|garrison|outpost|barracks|checkpoint|prison|airfield|airstrip"
#: An attack told by its noun, as a table's cell names it: "Shooting at a checkpoint", "Night raid".
ATTACK_NOUN = folded(r"\b(?:shooting|raid|ambush|bombing|attack|assault|explosion|blast|strike|shelling)s?\b")
#: Words that say the whole attack told was none, so that they deny every claim told in the sentences before: "No
#: foreign strike had taken place, the source said", "a false alarm ... had set off the sirens" (not a brief's
#: heading "False alarm.": what the paragraph under it tells).
NO_ATTACK_AT_ALL_WORDS = (r"\bno (?:foreign |such |enemy |air )?(?:strike|attack|raid)s? (?:had |has )?(?:taken|took) "
                          r"place\b|\bnothing had happened\b|"
                          r"\bfalse alarm\b(?= [^.;]{0,60}\b(?:set off|triggered|caused|led)\b)|"
                          r"\b(?:was|been|as|it) a false alarm\b")
#: A denial of a whole attack, not of its rounds' flight: "we found nothing", "that didn't happen", "no such
#: incident took place", "there had been no attack of any kind".
NEVER_HAPPENED_WORDS = (r"\bfound nothing\b(?! to (?:confirm|support|back up) (?:that|the|this|their|its) "
                        r"(?:number|figure|count|toll|tally|total))|"
                        r"(?:did not|didn['’]t|never) (?:happen|take place)\b|"
                        r"\bno such (?:incident|attack|strike)\b|"
                        # "I have never seen anything that confirms that, not a crater": a claim nothing bore out
                        r"\b(?:never|not) (?:seen|found|had) anything (?:that |to )?confirm\w*|"
                        r"\bthere (?:was|had been|has been) no (?:attack|strike|explosion|incident)\b|"
                        # ("says no drone was shot down over the airport": the claim just told, denied)
                        r"\bsays? no (?:drones?|rockets?|missiles?|rounds?|shells?) (?:was|were|had been) "
                        r"(?:shot down|intercepted|fired|launched)\b|"
                        + NO_ATTACK_AT_ALL_WORDS)
NEVER_HAPPENED = folded(NEVER_HAPPENED_WORDS)
NO_ATTACK_AT_ALL = folded(NO_ATTACK_AT_ALL_WORDS)
#: Attacks that did not happen: found, defused, planned.
NOT_AN_ATTACK = folded(
    # "An earlier version of this story said the drone hit X": what the report no longer says.
    r"\b(?:an earlier version|(?:incorrectly|erroneously|wrongly|mistakenly) (?:said|reported|stated|identified)|"
    # ("an assessment found that three rockets were launched" tells what happened)
    # ("the men who fired on the base will be found": a promise, not a find)
    # ("engineers found four craters": where rounds fell)
    r"(?<!\bbe )found(?! that\b(?! (?:launcher|rocket|drone|missile|device|bomb|shell)s?\b))"
    r"(?! (?:[\w-]+ )?(?:craters?|points of impact|impact points|impact sites|shrapnel|fragments|debris)\b)"
    # ("Our researcher found no dead or wounded": the toll of an attack told)
    r"(?! (?:no|any) (?:dead|deaths|casualties|wounded|injured|injuries|victims)\b)"
    # ("the northern fields that found no bidder": a market's, not a bomb squad's)
    r"(?! (?:no|a|any) (?:[\w-]+ )?(?:bidders?|buyers?|takers?|investors?|backers?|partners?|majority|agreement)\b)|"
    r"defus(?:e|es|ed|ing)|dismantl(?:e|es|ed|ing)|thwart(?:s|ed|ing)?|foil(?:s|ed|ing)?|prevented|"
    # "police seized two launchers": weapons taken before use; "gunmen who had seized two farmers" attack people
    # "police recovered a cruise missile whose launch had failed; it was not fired at any installation"
    r"recovered (?:[\w-]+ ){0,4}?(?:rockets?|launchers?|drones?|missiles?|shells?)\b|(?:was|were) not fired\b|"
    r"seiz(?:ed|ing) (?:\w+ ){0,4}?(?:rockets?|launchers?|drones?|weapons?|explosives?|cache|ammunition|missiles?|"
    r"mortars?|vehicle|truck)|"
    r"plotting|plotted|plots? (?:against|to)|tried to storm|"
    # a raid by security forces on the attackers: "Raid on rocket cell caps two weeks of Katyusha fire"
    r"raids? on (?:an? |the )?(?:[\w-]+ ){0,2}?(?:cells?|hideouts?|safe ?houses?|cach(?:e|es)|workshops?)\b|"
    # "stopped before anything was launched", "caught before the rockets could be fired"
    r"before (?:\w+ ){0,3}?(?:was|were|could be|had been) (?:launched|fired)|"
    # "Police shot dead two suspected insurgents as they were burying a roadside bomb": a bomb that never went off
    r"\bas they were (?:burying|planting|placing|laying|setting up|rigging) (?:an? |the )?(?:[\w-]+ )?(?:bomb|device|"
    r"explosives|ied|mine|charge)s?\b|\bbefore (?:it|they) could (?:go off|explode|detonate|be detonated)\b|"
    # a hit denied: "reports that X had also been hit were not confirmed", "nothing fell on X", "were not targeted"
    # (but "came down near the embassy, which was not hit" tells where rounds that did fall came down)
    r"(?<!which )(?<!that )(?:were|was|has|have|had) not (?:been )?(?:confirmed|targeted|hit|struck)|"
    r"unconfirmed reports?|"
    # history, not news: "mourn the killing of Imam Hussein ... at Karbala in the seventh century"
    r"\bin the (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|\d{1,2}(?:st|nd|rd|th)) century\b|"
    # a vote's tally and a bill's objects: "The first measure fell 79 to 18", "resolutions ..., which targeted tank
    # rounds, mortar rounds and guidance kits"
    r"\b(?:fell|failed|passed|carried|lost) (?:by )?\d+\s*(?:to|-|–)\s*\d+\b|"
    r"\b(?:resolutions?|measures?|bills?|amendments?|sanctions|embargo|legislation)\b[^.;]{0,80}?"
    r"\b(?:targeted|covered|blocked|would (?:block|halt|stop)|sought to (?:block|halt|stop))\b|"
    # ("Statement says no drone was shot down over the airport": a denial)
    r"\bno (?:drones?|rockets?|missiles?|rounds?|shells?|mortars?) (?:was|were|had been|has been|have been) "
    r"(?:shot down|intercepted|fired|launched)\b|"
    # a fear, not an attack: "officials feared a gathering of that size could itself draw an air strike"
    r"\b(?:could|might|may|would)\s+(?:itself\s+|also\s+|easily\s+)?(?:draw|invite|attract|provoke|trigger|"
    r"become targets? (?:of|for))\s+(?:an?\s+|more\s+|further\s+|another\s+)?(?:air\s*strikes?|air raids?|"
    r"attacks?|strikes?|shelling|retaliation)\b|"
    # ("Talk of a third explosion somewhere else in the city could not be confirmed")
    r"(?:could|can) not be (?:confirmed|verified)|(?:could|can)n['’]t be (?:confirmed|verified)|"
    # a clip of an old attack passed off as new: "the clip of 'a second car hit near X yesterday' is old"
    r"(?:is|was|are|were) (?:old|recycled|re-?posted|from (?:an|the) earlier)\b(?! (?:men|women|people))|"
    r"old (?:footage|clip|video)|"
    r"nothing (?:(?:had|has) )?(?:fell|fallen|landed|hit|struck)|"
    # a trend, not an attack: "Rocket fire on the Green Zone ... picked up sharply after ... in August"
    r"\b(?:rocket|mortar|drone|missile|artillery) (?:fire|attacks|strikes)\b[^.;]{0,100}?\b(?:picked up|rose|"
    r"increased|intensified|surged|escalated|spiked|fell off|dropped off|declined|eased)\b|"
    # history judged: "the killing of 140 of the town's residents, the crime for which the former president was
    # hanged in December 2006"
    # (not "were executed": gunmen who executed men attacked them)
    r"\bthe crimes? for which\b|\b(?:was|were) (?:hanged|sentenced|convicted)\b|"
    # a trend brought down: "helping to bring down violence in Baghdad, including the number of rocket and mortar
    # rounds falling on the Green Zone"
    r"\b(?:bring|brought|bringing|cut|cutting|reduc(?:e|ed|es|ing)|lower(?:ed|ing)?) (?:down )?(?:[\w-]+,? ){0,8}?"
    r"(?:the number|the rate|the frequency|the tally) of\b|"
    # "no new attack was reported there": nothing happened at the place told (nor does it deny the attack before)
    r"\bno (?:new |further |other |fresh )?(?:attacks?|strikes?|incidents?) (?:was|were|has been|have been|"
    r"had been) (?:reported|recorded|logged)\b|"
    # "that didn't happen", "no such incident took place", "there had been no attack of any kind"
    + NEVER_HAPPENED_WORDS + "|" +
    # a report of a hit dismissed: "reports that a second projectile had struck X were dismissed as untrue"
    r"reports?\b[^.;]{0,160}?\b(?:were|was) (?:dismissed|denied|rejected|untrue|false|baseless|unfounded|"
    r"incorrect|wrong)|dismissed (?:it |them |the reports? )?as (?:[\"“'‘]?\w+ )?(?:untrue|false|baseless|"
    r"unfounded|fabricat\w+|rumou?rs?|propaganda|lies)|"
    # a round that never came: "the drone turned away before it reached the field", "an attempt driven off"
    r"turned (?:away|back|around) before|(?:driven|chased|warded) off|nothing (?:was|had been) dropped|"
    # "police are treating it as a crash", "We are not counting it among the attacks"
    r"(?:treat\w*|regard\w*|class\w*) (?:it|this|the \w+) as (?:an? )?(?:crash|accident|mishap)|"
    # an aircraft lost to a fault: "military rules out enemy fire", "pointed to a mechanical malfunction"
    r"rul(?:es|ed|ing) out (?:enemy|hostile|ground) fire|no sign (?:that )?(?:the|it) (?:[\w-]+ )?(?:had been|was) "
    r"(?:hit|shot|downed) by (?:enemy|hostile|ground) fire|(?:mechanical|technical) (?:malfunction|failure|fault)|"
    # (a crewed aircraft that crashed, not shot down: "A Black Hawk helicopter crashed before dawn")
    r"\b(?:helicopter|aircraft|airplane|plane|black hawk|chinook|osprey|transport)s? (?:[\w-]+ ){0,3}?(?:crashed|"
    r"went down|goes down)\b(?![^.;]{0,100}?\b(?:shot|hit by|downed|brought down|fired|missile|rocket|rpg)\b)|"
    r"not (?:counting|logging|logged|counted) (?:it|this|them)|"
    # an explosion that was no attack: "caused by a cache of ammunition ... and not by a bomb attack"
    r"not (?:by )?(?:an? )?(?:[\w-]+ )?attack|caused by (?:an? )?(?:cache|stockpile|fire|short circuit|"
    r"electrical fault)|accidental(?:ly)?|"
    # "The Pentagon said no airstrikes were used."
    r"no (?:air ?strikes?|rockets?|drones?|missiles?|shells?) (?:were|was|had been) (?:used|fired|launched)|"
    # a strike denied by whoever would have made it: "the coalition said it had carried out no strikes near X",
    # "denied carrying out the raid"
    r"(?:carried|carry|carrying) out no (?:air ?)?(?:strikes?|raids?|attacks?|operations?)|"
    r"(?:had|has|have) not (?:carried|conducted) out (?:any )?(?:air ?)?(?:strikes?|raids?)|"
    r"denied (?:carrying|having carried|conducting|launching|any role in) |"
    # ("protesters stormed the embassy compound": a crowd, no attack; but "gunmen stormed the market" is one)
    r"(?:protesters|demonstrators|crowds?|supporters|mourners|mobs?|rioters)\b[^.;]{0,60}?\bstorm(?:ed|ing)? the|"
    r"(?:would|will|could|might|plans? to|planning to|threaten\w* to|vow\w* to|warn\w* of)"
    # (not "said it would answer the attacks": the attacks told, which it would answer)
    r"(?! (?:answer|respond|react|reply|avenge|investigate|condemn|punish|look into)\b)"
    r"(?: \w+){0,2} (?:attack|strike|target|fire|launch|retaliate|hit)\w*)\b")
#: Capitalized words that start no place name: days, months, the actors reports name, articles and pronouns.
NOT_PLACE_WORDS = frozenset({
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
    "April", "May", "June", "July", "August", "September", "October", "November", "December", "Christmas",
    "Boxing", "Eid", "Ramadan", "US", "U.S.",
    # (a sea is no place to put a point: "on Syria's Mediterranean coast", "fired from over the Mediterranean")
    "Mediterranean",
    # a newspaper's page and section on its date line: "Wednesday, September 9, 2009 - Page 6, Middle East"
    "Page",
    "American", "Americans", "Iraqi", "Iraqis", "Syrian", "Kurdish", "Iranian", "Coalition", "Pentagon", "Reuters",
    # ("in the Shiite holy city of Karbala": a faith, not a place before the city)
    "Shiite", "Shia", "Sunni", "Yazidi", "Alawite", "Druze",
    # ("the Christian quarter of Qamishli", "an Armenian church": a faith or a people, not the quarter's name)
    "Christian", "Christians", "Assyrian", "Armenian", "Chaldean", "Turkmen", "Muslim", "Jewish",
    "AFP", "AP", "The", "A", "An", "It", "This", "That", "He", "She", "They", "We",
    "Its", "Their", "His", "Her", "Our", "My", "Your",
    # "attacks on the Islamic State group" is no place
    "Islamic",
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    # a person's title: "drones flew at Mr. Kadhimi's residence"
    "Mr", "Mrs", "Ms", "Dr", "Mister", "Gen", "General", "Col", "Colonel", "Lt", "Lieutenant", "Maj", "Major", "Capt",
    "Captain", "Sgt", "Sergeant", "Cpl", "Corporal", "President", "Prime", "Minister", "Premier",
    # an armed group, not a place: "blamed earlier barrages on Kataib Hezbollah"
    "Kataib", "Kata'ib", "Hezbollah", "Hizballah", "Hizbullah", "Harakat", "Asaib", "Asa'ib", "Saraya", "Ansar",
    "Jaish", "Hayat", "Hay'at", "Tahrir", "Wagner", "Hashd", "PMF", "PMU", "PKK", "YPG", "SDF", "ISIS", "ISIL",
    "Daesh", "Hamas", "Houthi", "Houthis", "al-Qaeda", "Al-Qaeda", "al-Qaida", "Al-Qaida", "Qaeda", "Qaida",
    "al-Nusra", "Nusra", "Awakening", "Sahwa", "Peshmerga", "Pesh", "Mobilisation", "Mobilization",
    # a body, not a place: "the United Nations headquarters in the Canal Hotel"
    "United", "UN", "NATO", "Red",
    # where statements and clocks come from, far from any attack told: "still Thursday evening in Washington"
    "Washington", "London", "Paris", "Brussels", "Geneva", "Tampa", "Berlin",
    # a people, not a place: "air strikes on the Yemeni capital"
    "Yemeni", "Emirati", "Egyptian", "Libyan", "Afghan", "Pakistani", "Somali", "Qatari", "Bahraini", "Omani",
    "Sudanese", "Nigerian", "Malian", "Burkinabe",
})
#: A place-like phrase after an attack word or a preposition, which the gazetteer may not know: capitalized words
#: with the particles of Arabic names ("Ein al-Assad", "Tal Abyad"), after "the village of" too, with a type word.
#: A capitalized word of a place's name, perhaps after an Arabic article joined to it ("al-Tanf", "Harir").
#: The capitals of the Latin alphabets past ASCII: Kurdish and Turkish spellings ("Şengal", "Êzidxan", "Çiya").
LATIN_CAPITALS = "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
#: A capital letter, ASCII or not.
CAPITAL = f"[A-Z{LATIN_CAPITALS}]"
NAME_WORD = rf"(?:(?:al|el|as|ash|ar|az|ad|an|at)-)?{CAPITAL}[\w'’-]+"
#: The sites a town's name may come before ("Aleppo airport", "Latakia's port", "Najaf International Airport").
TOWN_SITE_KINDS = (r"(?:[Ii]nternational\s+|[Mm]ilitary\s+)?(?:[Aa]irport|[Aa]ir\s?[Bb]ase|[Aa]irbase|[Aa]irfield|"
                   # ("near the al-Jazira complex": a site of that name, not the village GeoNames calls Jazira)
                   r"[Oo]il\s?[Ff]ields?|[Gg]as\s[Ff]ields?|[Rr]efinery|[Dd]am|[Pp]rison|(?:[Ff]uel|[Oo]il)\s[Dd]epots?|[Pp]ort|[Hh]arbou?r|[Cc]omplex|"
                   # "the Zarbah oil station": a site of the oil fields, not the town of Zarbah near Aleppo
                   r"(?:[Oo]il|[Gg]as|[Pp]umping|[Pp]ower|[Ww]ater)\s(?:[Ss]tations?|[Pp]lants?)|"
                   # ("two shells came down on al-Amin Street", "Baghdad Street in Damascus": a street named after a
                   # place, not the place; capitalised, as a name's part)
                   r"Street|Road|Avenue|Highway|Boulevard|Roundabout|Square|Bridge)\b")
#: A name's owner, when the name opens with one: "Baghdad's Mashtal district" (Baghdad's district).
POSSESSIVE_OWNER = re.compile(r"(?P<owner>[^'’]{2,40})['’]s (?=[A-Z])")
#: A building named for what it houses: "the Palace of Justice", "the Ministry of Foreign Affairs".
_BUILDING_NAME = (r"(?:Palace|Ministry|House|Court|Council|Directorate|Department|Tomb|Shrine|Church|Mosque|Cathedral)"
                  r" of (?:the )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*")
BUILDING_NAME = re.compile(_BUILDING_NAME)
#: A site named by its kind first, in Arabic or English: "Qasr al-Basra" (the palace), "Jisr al-Jumhuriya" (the
#: bridge), "Mount Matin", "Jabal Bishri".
ARABIC_SITE = re.compile(r"(?:Qasr|Jisr|Masjid|Jami|Maydan|Midan|Souq|Suq|Mustashfa|Matar|Mount|Mt\.?|Jabal|Jebel)\s+"
                         r"(?:(?:al|el|as|ash|ar|at|ad|az)-)?"
                         r"[A-Z][\w'’-]+")
#: The kinds of site a report names in lower case after the site's own name: "the Saida bridge", "beside al-Hal
#: market", "the al-Sahafa building", "al-Matar neighbourhood".
LOWER_SITE_KINDS = (r"(?:bridge|roundabout|square|market|bazaar|mosque|church|school|hotel|building|street|"
                    r"junction|crossroads|checkpoint|neighbou?rhood|quarter)")
PLACE_PHRASE = re.compile(
    # ("Near Kisik, west of Mosul, two strikes ...": a summary's line opens with its place)
    r"\b(?:at|near|Near|on|in|In|into|inside|outside|(?:in and )?around|struck|hit|hitting|targeting|targeted|"
    r"attacked|toward|towards|"
    # ("American aircraft went back to Arab Jabour ..., hitting more than 30 sites": a raid told as a return; ATTACK
    # reads "hitting" only after a comma, as here, or a weapon, "a drone hitting a car": "the army is hitting
    # positions" tells no one attack)
    r"(?:went|came|flew) back to|returned to|"
    r"bombed|shelled|pounded|raided|beside|close to|next to|up to|through|out of|"
    r"(?:tore|ripped) through)\s+"
    # "in the hills of al-Azim district", "on the outskirts of Koya": the place is the one after "of"
    # ("in the nearby market town of Khan Bani Saad": a word or two before the kind)
    r"(?:the\s+)?(?:(?:[a-z]+\s+){0,2}?(?:village|town|hamlet|area|district|neighbourhood|neighborhood|quarter|hills|"
    r"outskirts|mountains|"
    r"countryside|desert|edge|suburbs?|orchards|farmland|farmlands|vicinity|perimeter|grounds|hall|gates?|"
    # ("on the outskirts of the village of Tebke": two such words before the name)
    r"building|headquarters|compound|offices|campus|entrances?|centre|center|heart|middle|market|bazaar)\s+of\s+"
    r"(?:the\s+)?){0,2}"
    # ("in the mainly Shiite Amil district": who lives there, said before the name)
    r"(?:(?:mainly|mostly|predominantly|largely|overwhelmingly)\s+(?:Shiite|Shia|Sunni|Christian|Kurdish|Turkmen|"
    r"Yazidi|Arab|Assyrian|Druze|Alawite)\s+)?"
    r"(?P<name>" + _BUILDING_NAME + "|" + NAME_WORD
    + r"(?:\s+(?:(?:al|el|ad|as|ash|ar|az|bin|bani|abu|umm)(?:-|\s+)?)?" + CAPITAL + r"[\w'’-]+)*"
    r"(?:\s+(?:(?:[Mm]ilitary|[Aa]rmy) )?(?:[Aa]ir\s?[Bb]ase|[Bb]ase|[Cc]amp|[Aa]irport|[Aa]irfield|[Gg]arrison|"
    r"[Oo]ilfield|[Oo]il [Ff]ield|"
    r"[Gg]as [Ff]ield|[Gg]as [Pp]lant|[Rr]efinery|[Pp]ower [Ss]tation|[Pp]ower [Pp]lant|[Dd]am|[Pp]rison|"
    r"[Dd]istrict|[Vv]illage|[Tt]own))?)")
#: A capital named as the seat of a government, not where anything happened: "the town the government in
#: Damascus calls al-Qahtaniyah", "officials in Baghdad said".
SEAT_OF_POWER = folded(r"\b(?:government|regime|authorities|officials|ministry|leadership|rulers?|cabinet|parliament)"
                       r"\s+(?:in|of)\s+(?:the\s+)?$")
#: Where the attacks are and whose clock tells their day ("In Syria it was Friday morning", "1 a.m. local time").
LOCAL_PLACES = r"syria|iraq|jordan|baghdad|damascus|erbil"
LOCAL_TIME = r"(?:local|syrian|iraqi|baghdad|damascus) time"
#: What a name after it is: "in the village of al-Safia" (a village, whatever place abroad bears its name).
VILLAGE_BEFORE = folded(r"\b(?:village|hamlet|settlement|town) of\s+(?:the\s+)?$")
#: Where people come from, not where anything happened: "Families from Baghdad ... were eating lunch by a stream
#: when guns fired on the resort", "pilgrims from Basra".
#: Where people were being taken or had worked, not where the attack was: "a bus taking employees to the free zone
#: at Nasib", "as the men head home after a shift at the Nasib crossing".
BOUND_FOR = folded(r"\b(?:taking|carrying|ferrying|transporting|driving) (?:[\w-]+ ){1,3}?to (?:[\w'’-]+ ){0,6}?"
                   r"(?:at |in )?(?:the )?$|"
                   # "pilgrims walking toward the shrine city of Kerbala": where they were going, not where they were
                   # (but "a drone heading towards Erbil": where a weapon heads is its target)
                   r"\b(?:walking|marching|making their way) (?:[\w-]+ ){0,2}?"
                   r"(?:to|towards?) (?:the )?(?:(?:shrine |holy )?(?:city|town) of )?$|"
                   r"\bafter (?:a|their|his|her|the) (?:shift|day's work|work) (?:at|in) (?:the )?$|"
                   # "killing a Peshmerga who guarded the party's office in Khanaqin": the victim's post, elsewhere
                   r"\bwho (?:had )?(?:guarded|worked|served|taught|ran|headed|commanded|lived) (?:[\w'’-]+ ){0,6}?"
                   r"(?:at|in|for) (?:the )?$")
PEOPLE_FROM = folded(r"\b(?:an?|one|the) (?:man|woman|boy|girl|fighter|soldier|policeman|father|mother|native|"
                     r"resident|volunteer|recruit) (?:originally )?from\s+(?:the\s+)?$|"
                     # "One of the wounded, a man from Tuz Khurmatu, died": where he came from, not the attack's place
                     r"\b(?:families|tourists|visitors|holidaymakers|holiday-makers|pilgrims|travell?ers|"
                     r"worshippers|students|workers|labourers|laborers|refugees|displaced people|fans|guests|"
                     # "the Interior Ministry has sent a team from Baghdad to investigate"
                     r"teams?|delegations?|investigators|inspectors|experts|envoys?|reinforcements)\s+"
                     r"(?:who (?:had )?(?:come|came|travell?ed|driven|drove) )?from\s+(?:the\s+)?$|"
                     # "a cousin who had driven in from Kadhimiya": whoever came from there
                     r"\bwho (?:had )?(?:come|came|travell?ed|driven|drove|walked|flown)(?: (?:in|over|up|down))? "
                     r"from\s+(?:the\s+)?$")
#: A name that says it is a military site: "Mission Support Site Conoco", "Patrol Base Dragon", "FOB Loyalty".
MILITARY_SITE_NAME = re.compile(r"\b(?:Camp|Base|Air Base|Airbase|Airfield|Garrison|Outpost|FOB|COP|COB|MSS|"
                                r"Mission Support Site|Forward Operating Base|Combat Outpost|Patrol Base)\b")
#: A definite told with its own name right after it ("the clothes market in Tayaran Square", "the base at
#: Zilkan"): a place of its own, known or not, not the one of that kind told before.
QUALIFIED = re.compile(r"\s+(?:in|at|of|near|called|known as)\s+(?:the\s+)?" + NAME_WORD)
#: A place whose name says what it is, wherever it stands: "the clothes stalls of Tayaran Square".
PLACE_TYPED = re.compile(r"\b(?P<name>" + NAME_WORD + r"(?:\s+(?:(?:al|el)-)?[A-Z][\w'’-]+){0,2}"
                         r"(?:\s+(?:Square|Market|Bridge|Mosque|Hospital|Street|University|College|Hotel|Stadium|"
                         r"Roundabout|Palace|[Ee]mbassy|[Cc]onsulate|School|Church|Cathedral|Shrine|Institute|"
                         r"Club|Cinema|Restaurant|Cafe|Café)\b|"
                         # "the container yard of Latakia's port": a town's site
                         r"(?:['’]s)?\s+" + TOWN_SITE_KINDS + "))")
#: An unknown site told inside a town: "Tayaran Square in central Baghdad" (the text before the town's name).
SITE_IN_TOWN = re.compile(r"(?P<name>" + NAME_WORD + r"(?:\s+(?:(?:al|el)-)?"
                          r"[A-Z][\w'’-]+){0,3}),?\s+(?:in|inside)\s+(?:the\s+)?(?:(?:central|northern|southern|"
                          r"eastern|western|downtown|old|north|south|east|west)\s+)?$")
#: A place named with what it is, after a comma: "in Sikeniye, a Yazidi village on the slopes of Mount Sinjar".
#: The places told inside that aside only say where the named one lies.
NAMED_WITH_APPOSITIVE = re.compile(
    r"\b(?:in|at|near|around|outside|on|from|over|(?:outskirts|edges?|centre|center|heart|suburbs?|vicinity|market|"
    r"square|streets?) of|"
    # ("aircraft bombed Maasaran, a small town in the southern countryside": the place struck, told as one)
    r"bombed|shelled|struck|hit|raided|pounded|stormed|attacked)\s+(?:the\s+)?"
    r"(?P<name>" + NAME_WORD +
    r"(?:\s+(?:(?:al|el|ad|as|ash|ar|az)(?:-|\s+))?[A-Z][\w'’-]+){0,3})"
    # ("al-Batha [Bat'ha], a small town": a translator's spelling in brackets; "al-Sina'a (the agencies write it
    # Sanaa), a neighbourhood of our city")
    r"(?:(?:\s*\[[^\]]{1,40}\]|\s*\([^()]{1,50}\))?,|"
    # ("over Hass - Haas on some maps - a village in the south": other spellings between dashes)
    r"\s+[–—-]\s+[^–—\n.;]{1,60}?\s+[–—-])\s+(?:(?:a|an)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:village|town|hamlet|settlement|neighbou?rhood|suburb|district|farming (?:community|area))\b|"
    # ("in Zayouna, in the east of the city": a quarter told by where it lies in the city)
    r"(?=in the (?:north|south|east|west|centre|center)(?:-?(?:east|west))?(?:ern)? (?:part |end )?of the "
    r"(?:city|capital|town)\b))"
    # (up to the next clause: "Tel Jernek, a village west of Amuda, before dawn, and five more crashed into ... Kobani")
    # (but "Jibreen, a southern suburb ..., and a military compound on the edge of Safira" goes on listing targets)
    # (nor past "..., while shortly before ten gunmen ... in the Mahdiya area of Dora": another clause's attack)
    r"(?P<aside>(?:(?!,\s+(?:(?:and|while|whereas|but)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"another|more)\s|while\s|whereas\s))[^.;()])*)")
#: A place named with where it lies from another: "at Hamdan, just north of al-Faw". When the gazetteer does not
#: know it, the other place only says where it lies.
NAMED_WITH_BEARING = re.compile(
    r"\b(?:in|at|near|outside|on)\s+(?:the\s+)?(?P<name>" + NAME_WORD +
    r"(?:\s+(?:(?:al|el|ad|as|ash|ar|az)(?:-|\s+))?[A-Z][\w'’-]+){0,3})"
    # ("at the Khabbaz field, south-west of Kirkuk": a site's kind in lower case after its name)
    r"(?:\s+(?:(?:oil|gas)\s+)?(?:field|oilfield|camp|base|checkpoint|market|bridge|junction|dam|refinery|station))?"
    r",\s+(?:just\s+|some\s+|about\s+|a\s+few\s+"
    r"(?:km|kilometres|kilometers|miles)\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern\s+outskirts)?\s+of\s+"
    r"(?P<aside>[^.;()]*)")
#: A place named with the part of a province it lies in: "near Kobajib, in the south of Deir ez-Zor province". When
#: the gazetteer does not know it, the province only says where it lies.
NAMED_WITH_REGION = re.compile(
    r"\b(?:in|at|near|outside)\s+(?P<name>" + NAME_WORD + r"(?:\s+(?:(?:al|el)-)?[A-Z][\w'’-]+){0,2}),\s+"
    r"(?P<aside>in\s+the\s+(?:far\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+"
    r"(?:part\s+|countryside\s+)?of\s+(?:the\s+)?[A-Z][\w'’ -]{1,30}?\s+(?:province|governorate|region|desert)\b)")
#: A village named with the district it lies in: "above the village of Merga Hawş, in the Sidakan district of Erbil
#: province". When the gazetteer does not know it, the district and province only say where it lies.
NAMED_IN_DISTRICT = re.compile(
    r"\b(?:in|at|near|outside|above|below|around)\s+(?:the\s+)?(?:village|hamlet|town)\s+of\s+(?P<name>" + NAME_WORD
    + r"(?:\s+(?:(?:al|el)-)?" + CAPITAL + r"[\w'’-]+){0,2}),\s+"
    r"(?P<aside>in\s+the\s+" + CAPITAL + r"[\w'’ -]{1,30}?\s+(?:district|sub-district|subdistrict|province|"
    r"governorate|region)\b[^.;()]*)")
#: Several places named with what they are: "attacked Liheban and Khidirjija, two farming villages at the foot of
#: the Qarachogh mountain". When the gazetteer knows none of them, each is an attack to propose, and the places of
#: the aside only say where they lie.
LIST_NAME = (NAME_WORD + r"(?:\s+(?:(?:al|el|ad|as|ash|ar|az)(?:-|\s+))?[A-Z][\w'’-]+){0,2}")
NAMED_LIST_WITH_APPOSITIVE = re.compile(
    r"\b(?:in|at|near|on|attacked|raided|stormed|struck|hit|targeted)\s+(?:the\s+)?"
    # (", villages of farmers and herders in the Bradost hills": told with no article too)
    rf"(?P<names>{LIST_NAME}(?:,\s+{LIST_NAME})*,?\s+and\s+{LIST_NAME}),\s+(?:(?:two|three|four|both|the)\s+|"
    r"(?=(?:villages|hamlets|settlements) of\b))"
    r"(?:[\w'’-]+\s+){0,3}?(?:villages|towns|hamlets|settlements|neighbou?rhoods|districts|suburbs|quarters)\b"
    r"(?P<aside>[^.;()]*)")
#: A list of names an attack verb takes: "The same barrage reached Barbzin, Barbshin and Binparez".
NAMES_STRUCK = re.compile(r"\b(?:reached|hit|struck|shelled|pounded|bombed|targeted)\s+"
                          rf"(?P<names>{LIST_NAME}(?:,\s+{LIST_NAME})*,?\s+and\s+{LIST_NAME})\b")
#: The same list as the subject of a passive: "Bab al-Nairab and Tariq al-Bab were bombed as well".
NAMES_STRUCK_PASSIVE = re.compile(rf"^\W*(?P<names>{LIST_NAME}(?:,\s+{LIST_NAME})*,?\s+and\s+{LIST_NAME})\s+"
                                  r"(?:were|had been|have been)\s+(?:also\s+)?(?:bombed|shelled|struck|hit|pounded|"
                                  r"targeted|raided)\b")
LIST_SEPARATOR = re.compile(r",\s+and\s+|,\s+|\s+and\s+")
#: A quarter told with the city it lies in: "the Shahba neighbourhood on the western edge of Aleppo".
#: ("the Christian quarter of Qamishli", "the Kurdish neighbourhood of Sheikh Maqsoud": a faith or a people, no name)
FAITH_OR_PEOPLE = (r"(?!(?:Christian|Armenian|Assyrian|Chaldean|Jewish|Muslim|Kurdish|Arab|Turkmen|Sunni|Shia|Shiite|"
                    r"Yazidi|Alawite|Druze)\s)")
QUARTER_NAMED = re.compile(r"\b[Tt]he (?P<name>" + FAITH_OR_PEOPLE + NAME_WORD
                           + r"(?:\s+(?:(?:al|el)-)?[A-Z][\w'’-]+){0,2})\s+"
                           r"(?P<kind>neighbou?rhood|quarter)(?P<aside>\s+(?:on|of|in|at|near)\b[^,.;()]*)")
#: A place that says it is one: "the village of Sharanish", "the hamlet of Sami Asi".
VILLAGE_NAMED = re.compile(r"\b(?:village|hamlet|settlement) of\s+(?P<name>" + NAME_WORD
                           + r"(?:\s+(?:(?:al|el|ad|as|ash|ar|az)(?:-|\s+))?[A-Z][\w'’-]+){0,3})")
#: A place that says it is one after its name: "MULTAQA village, Dibis district", "Sheikh Baba village".
NAME_THEN_VILLAGE = re.compile(r"(?<![\w'’-])(?P<name>(?:(?:al|el)-)?[A-Z][\w'’-]+"
                               r"(?: (?:(?:al|el)-)?[A-Z][\w'’-]+){0,2}) (?:village|hamlet)\b")
#: A place named after what it is, then where it lies: "in the village of Sikeniye, on the southern slopes of the
#: Shingal mountain". When the gazetteer does not know it, the places of the aside only say where it lies.
KIND_OF_NAMED = re.compile(
    r"\b(?:village|town|hamlet|settlement|neighbou?rhood|district|area) of\s+(?P<name>" + NAME_WORD
    + r"(?:\s+(?:(?:al|el|ad|as|ash|ar|az)(?:-|\s+))?[A-Z][\w'’-]+){0,3})"
    # (a bearing, "about 10 km south of Makhmour", is a reference of its own: see events._bearing_from)
    r"(?P<aside>,\s+(?:on|near|in|at|outside|close to|by|beside|along)\b[^,.;()]*)")
#: A place named only as a bearing from it ("in the village of X, south of Tuz Khurmatu", "12 km east of Hit"):
#: the attack was elsewhere.
#: A place that names an authority ("Kirkuk police said", "Anbar Operations Command"), not where anything
#: happened: it neither places an attack nor keeps a sentence from the attack told before.
AUTHORITY_AFTER = folded(r"^['’]?s?\s+(?:police(?:men)?|officials?|authorities|governor|governorate|provincial "
                         r"council|council|security (?:forces|officials|sources|media cell)|operations command|"
                         r"health (?:directorate|department|officials)|mayor|(?:district )?commissioner|qaimaqam|"
                         # "the Baghdad broadcaster Al-Sumaria": a newsroom, not a place of the attack
                         r"broadcaster|(?:satellite )?(?:channel|television|TV|radio)|newspaper|daily|news agency)\b")
#: Whoever told the news, and where they are, before a place's name: "A medical source in Hasakah city said".
SOURCE_BEFORE = folded(r"(?:\b(?:sources?|officials?|spokesm[ae]n|spokeswoman|doctors?|medics?|correspondents?|"
                       r"reporters?|stringers?)\s+(?:in|at|from)|\b(?:governor|mayor|head|chief|police chief) of)"
                       r"\s+(?:the\s+)?(?:(?:city|town|district|sub-district) of\s+)?$")
#: A place told as away from where the attack was, after its name: "in Ankawa, the Christian district, which is
#: several kilometres from where the missiles landed".
AWAY_FROM_SITE = folded(r"^[^.;]{0,80}?\b(?:several|a few|some|many|\d+(?:\.\d+)?|one|two|three|four|five|six|seven|"
                        r"eight|nine|ten)\s+(?:kilomet(?:re|er)s?|km|miles)\s+(?:away\s+)?from\s+where\b")
#: Why an attack was made, which names other places ("in response to the massacres ... in Gaza"): a name in
#: that clause is the grievance's place, not where rounds fell.
MOTIVE = folded(r"\b(?:in (?:response|retaliation|revenge|reply|answer) (?:to|for)|in solidarity with|to avenge|"
                r"(?:as |in |was |is )?revenge for|in support of)\b")
# ("just south of Nasiriyah" is by the town, near it as the labels' "near X" is X)
BEARING_OF = folded(r"\b(?<!just )(?<!immediately )(?<!in the )(?:(?:north|south)(?:[- ]?(?:east|west))?|east|west|"
                    r"\d+(?:\.\d+)? ?(?:km|kilometres|kilometers|miles)(?: (?:north|south|east|west)\w*)?) of\s*"
                    # "about 30 km east of the city of Mosul"
                    r"(?:the (?:city|town|provincial capital) of\s*)?$|"
                    r"\b\d+(?:\.\d+)? ?(?:km|kilometres|kilometers|miles) (?:outside|from)\s*$|"
                    # ("the hospital of Kafr Nabl, about ten kilometres from Maarat al-Numan": a number in words too)
                    r"\b(?:" + _NUMBER + r") (?:km|kilometres|kilometers|miles) from\s*$|"
                    # "on the highway between Nasiriyah and Samawah": somewhere along it, at neither town
                    r"\bbetween\s*$|\bbetween [\w' -]{2,40} and\s*$|"
                    # "near Kabajeb, on the road to Deir ez-Zor": the road leads there; the attack was not there
                    r"\b(?:on|along) the (?:main |old |desert )?(?:road|highway) (?:in |out )?"
                    # ("on the main highway north from Hama")
                    r"(?:(?:north|south|east|west)(?:-?(?:east|west))? )?(?:to|from|towards)\s*$|"
                    # "shot dead while driving south towards Deir ez-Zor": where they were going, not where it happened
                    # (but "a drone heading for Harir air base": where a weapon heads is its target)
                    r"\b(?:driving|travell?ing|walking|returning|on (?:their|his|her) way)"
                    r"(?: (?:north|south|east|west)\w*| back| home)? (?:towards?|to|for)\s*$")
#: Where the wounded were taken: "taken to hospital in Ramadi", "treated at a clinic in Makhmour", "evacuated to
#: Erbil". Never where the attack was.
CARE_BEFORE = folded(r"(?:\b(?:hospitali[sz]ed|hospital|clinic|medical (?:centre|center|facility)|taken|rushed|"
                     r"evacuated|transferred|airlifted|carried|ferried)\b[\w ]{0,25}?\b(?:in|to|at)|"
                     # "... carried the wounded to Tooz, and when the wards filled, on to Kirkuk"
                     r"\bwards?\b[\w ,]{0,30}?\bon to|"
                     # "a number of burns cases were sent on to Sulaimaniya" (a drone "sent to Erbil" is the attack)
                     r"\b(?:wounded|injured|casualties|cases|victims|patients)\b[\w ]{0,30}?\bsent\b[\w ]{0,10}?\bto|"
                     # "flown to Erbil" is care; drones "flown at" a base are the attack
                     r"\bflown\b[\w ]{0,25}?\bto)"
                     # ("taken to hospitals in Qayyarah and Mosul": the second town of the list too)
                     r"(?:\s+[\w'’-]+(?:\s+[\w'’-]+){0,2},?\s+(?:and|or))?\s+(?:the\s+)?$")
#: The region a place lies in: "in the countryside of Deir ez-Zor", "in rural Hama", "on the outskirts of".
COUNTRYSIDE_OF = folded(r"\b(?:(?:the )?countryside of|rural|the (?:province|governorate|region|district) of)\s+"
                        r"(?:the\s+)?$")
#: A point told only as a distance and bearing from a town: "about 12 km east of Hit".
_DISTANCE = "|".join(sorted((re.escape(w) for w, v in NUMBER_WORDS.items() if v > 1 and " of" not in w and w != "both"),
                             key=len, reverse=True))
DISTANCE_BEARING = re.compile(rf"\b(?:\d+(?:\.\d+)?|(?:a |one )?hundred|a few|several|{_DISTANCE}) ?"
                              r"(?:km|kilometres|kilometers|miles) (?:(?:north|south|east|west)"
                              r"(?:[- ]?(?:east|west))?(?:ward)? of|outside|from) (?:the )?[A-Z][\w'’-]+"
                              r"(?:[ -](?:al|el|ad|as|ar|ash|az|ez|es|ed|en|er|et|[A-Z][\w'’-]+))*")
#: A stretch told by its two ends: "the highway between Nasiriyah and Samawah".
BETWEEN_PLACES = re.compile(r"\b(?:(?:the )?(?:[\w-]+ )?(?:highway|road|route|motorway) )?between "
                            r"(?P<a>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) and (?P<b>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)")
#: The object of an attack verb (see ATTACKED_OBJECT): such a sentence tells an attack though it names no weapon.
ATTACKED = folded(rf"\b{ATTACKED_OBJECT}\b")
#: Attacks by the other side are still events; "airstrike" alone is weapon-less, so it is named here.
AIRSTRIKE = folded(r"\b(?:air ?strikes?|air raids?)\b")

# -- consequences ---------------------------------------------------------------------------------
# (a soldier's "2 officers KIA, 3 soldiers WIA"; counted, as "a Kia saloon" is not)
_KIA_WORDS = r"\b(?P<number>\d+) (?:[a-z]+ ){0,2}kia\b"
_WIA_WORDS = r"\b(?P<number>\d+) (?:[a-z]+ ){0,2}wia\b"
#: The dead and the wounded counted the soldier's way, each with its number: "2 officers KIA", "3 soldiers WIA".
KIA = folded(_KIA_WORDS)
WIA = folded(_WIA_WORDS)
KILLED = folded(r"\b(?:killing|killed|kills|dead|deaths?|died|fatalities)\b|" + _KIA_WORDS)
INJURED = folded(r"\b(?:wounding|wounded|injuring|injured|injuries|hurt|concussions?|wounds|under the care of)\b|"
                 + _WIA_WORDS)
NO_CASUALTIES = folded(r"\bno (?:reports? of )?(?:casualties|injuries|deaths|fatalities|one was (?:hurt|injured|"
                           r"killed|wounded))\b|\bno one was (?:hurt|injured|killed|wounded)\b|\bwithout casualties\b|"
                           r"\bescaped unharmed\b|\bno injuries\b|"
                           r"\bnobody (?:was|were) (?:hurt|injured|killed|wounded)\b|"
                        r"\bwithout (?:causing )?(?:any )?(?:casualties|injuries)\b")
DAMAGE = folded(r"\b(?:damag(?:ing|ed|e to)|destroy(?:ing|ed)|wreck(?:ing|ed)|set (?:fire to|ablaze)|cratered|"
                r"tearing up|tore up|"
                r"burn(?:ing|ed|t))\s+"
                r"(?!in\b|by\b|during\b|when\b|as\b)"
                r"(?P<what>\w[\w'’-]*(?:\s\w[\w'’-]*){0,5}?)(?=[,.;:]|\s+(?:and|while|but|in|at|near|according|"
                r"on|as|when)\b|$)")
DAMAGE_PASSIVE = folded(r"(?P<what>\b(?:a|an|the|one|two|three|four|five|several|\d+)\s+(?:[\w'’-]+\s+){0,3}?"
                        r"[\w'’-]+)\s+(?:was|were)\s+(?:\w+ly\s+)?(?:damaged|destroyed|wrecked|set ablaze)\b")
DAMAGE_GENERAL = folded(r"\b(?P<what>(?:minor|slight|limited|some|material|heavy|significant|extensive|no) damage"
                        r"(?: to \w[\w'’-]*(?:\s\w[\w'’-]*){0,4}?(?=[,.;:]|\s+(?:and|while|but|in|at|near|"
                        r"according|on|as|when)\b|$))?)")
CLAIMED = re.compile(r"\b(?P<group>(?:[A-Z][\w'’-]*|al|of|the)(?:\s+(?:[A-Z][\w'’-]*|al-\w+|al|of|the))*)\s+"
                     r"(?:has |have |later )?(?:claimed|took|takes|claims) (?:responsibility|credit)\b")
CLAIMED_BY = re.compile(r"\b(?:claimed|responsibility was claimed) by (?P<group>(?:the )?[A-Z][\w'’-]*"
                        r"(?:\s+(?:[A-Z][\w'’-]*|al-\w+|al|of|the))*)")
UNCLAIMED = folded(r"\b(?:no (?:group|one|party|faction)|nobody)\b[^.]{0,40}\b(?:claimed|taken|took|claim)\b"
                       r"[^.]{0,15}\bresponsibility\b|\bunclaimed\b")
