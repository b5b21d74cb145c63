"""Name -> Match against the gazetteer, within a context, with the kind of evidence each answer rests on.

A name is first taken apart (`query.parse`: type words, slash and bracket alternatives, context after
commas). Candidates then come from four kinds of evidence, strongest first:

- ``name``: the place's own name, after normalization (case, diacritics, articles, doubled letters);
- ``alias``: one of its other names (a curated alias, or a GeoNames alternate name);
- ``transliteration``: the same consonant skeleton (Rmelan / Rumeilan / الرميلان, Qayyarah / Gayyara);
- ``fuzzy``: a similar spelling (rapidfuzz ratio).

Only candidates inside the context count: the countries given (a row's `country`, `--country`, the
part after a comma) or, when none is given, the countries of the file's other places (the home countries
when those tell none);
the governorate given (a row's `admin1`); the place given with `--within` or after a comma; and the
kind a type word asks for. GeoNames towns beyond Iraq, Syria and their neighbours (Yemen, Libya,
Afghanistan...) are candidates only when a country of theirs is in that context (see in_reach).
Among what is left, the strongest level decides, and it decides only when it names one place: two
places at the same level are ambiguous. The policy (ACCEPTED below and in the README): curated names and
aliases, GeoNames names and aliases, and transliterations are answers;
a fuzzy match is an answer only against the curated tier, with a wider radius and geo_precision 2;
a fuzzy match against GeoNames is a candidate, never an answer. Anything else raises PlaceNotFound
(with candidates) or AmbiguousPlace: a wrong point is worse than no point.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

from . import settings
from .countries import country_code
from .errors import AmbiguousPlace, GeomapError, PlaceNotFound, UsageError
from .gazetteer import Gazetteer, Index, Place
from .matches import Candidate, CommonName, Context, Match, OutOfContext, UnknownUnit
from .names import descriptive, normalize, skeleton
from .query import Query, parse

#: Kinds of evidence, strongest first.
KINDS = ("name", "alias", "transliteration", "fuzzy")
#: Kind hints from type words -> the place kinds that can answer them.
_HINT_KINDS = {"city": {"city"}, "village": {"city"}, "district": {"district", "city"}, "site": {"site"},
               "natural": set(), "area": {"city", "district", "site", "region"}}
#: Without a governorate: a "village" is not a town this populous, nor a "suburb" a city this populous.
_MAX_POPULATION = {"village": 10_000, "district": 100_000}
_WANTED = {"city": "a town or village", "village": "a village (not a town of 10,000 or more)",
           "district": "a neighbourhood", "site": "a site (base, airport, field...)",
           "natural": "a natural feature, which the gazetteer does not hold", "area": "an area",
           "admin2": "a district (an administrative unit)", "admin3": "a subdistrict (an administrative unit)"}
#: Curated kinds whose names villages elsewhere bear too (a city's bare name is the city).
_COMMON_KINDS = frozenset({"town", "village", "neighbourhood", "district"})
#: Normalized names whose exact candidates a Geocoder remembers.
EXACT_MEMO = 100_000
#: Places of one name this close are one place listed twice (GeoNames holds towns and their quarters).
SAME_PLACE_M = 3000.0


def _between(a: Place | Match, b: Place | Match) -> float:
    """Geodesic metres between two places or answers. pyproj loads on first use: `geomap --help` and a
    gazetteer lookup need none."""
    from .geodesy import distance_m

    return distance_m(a.longitude, a.latitude, b.longitude, b.latitude)


def _listed_twice(a: Place, b: Place) -> bool:
    """Are two points one town listed twice: within SAME_PLACE_M, or a GeoNames point within the radius of a
    curated town (plus SAME_PLACE_M: GeoNames lists Khāliş 4 km from the curated Khalis, whose radius is 3.5 km)?"""
    slack = 0.0 if a.bulk == b.bulk else (b if a.bulk else a).uncertainty_m
    return _between(a, b) <= SAME_PLACE_M + slack


def _qualified(parsed: Query, place: Place, precision: int, radius: float) -> tuple[int, float, str]:
    """An answer for "near X", "Eastern X", "X countryside": X's point with a radius that covers the area meant
    (a unit's own radius already covers any part of it) and a coarser geo_precision."""
    words = {"near": "near", "part": "part of", "countryside": "the countryside of"}
    note = f"{words[parsed.qualifier]} {place.name}"
    if place.kind in settings.UNIT_KINDS:
        return 3, radius, note
    extra = settings.QUALIFIER_EXTRA_M[parsed.qualifier]
    return (3 if parsed.qualifier == "countryside" else max(precision, 2)), radius + extra, note


def _spelling_score(key: str, place: Place, label: str) -> float:
    """How alike a normalized query and a place's label are (rapidfuzz ratio). A query in one script is compared
    with the labels of the place in the same script: the Arabic label that matched says nothing of how alike
    a Latin spelling is."""
    from rapidfuzz import fuzz

    label_key = normalize(label)
    if key.isascii() == label_key.isascii():
        return float(fuzz.ratio(key, label_key))
    same_script = [normalize(n) for n in place.names if normalize(n).isascii() == key.isascii()]
    if not same_script:
        return 100.0  # the place has no name in the query's script: the skeleton is all there is
    return max(float(fuzz.ratio(key, other)) for other in same_script)


def _spelling_of(name: str, place_name: str) -> bool:
    """Is `name` a spelling of the place's name, or of a run of its words ("Tajribah" of "Qaryat at Tajriba")?
    "Adraa" (an old name of Daraa) and "Derik" (the Kurdish name of Al-Malikiyah) are not."""
    words, whole = skeleton(name).split(), skeleton(place_name).split()
    return bool(words) and any(whole[i:i + len(words)] == words for i in range(len(whole) - len(words) + 1))


def _narrow(context: Context) -> bool:
    """A governorate or a parent narrows a name to a small area; a country does not."""
    return context.admin1 is not None or context.within is not None


def _level(candidate: Candidate) -> int:
    """Rank of evidence: curated names and aliases, GeoNames names, GeoNames aliases, transliterations
    (either tier), curated fuzzy, GeoNames fuzzy. Lower is stronger."""
    curated = not candidate.place.bulk
    if candidate.kind in ("name", "alias"):
        if curated:
            return 0
        return 1 if candidate.kind == "name" else 2
    if candidate.kind == "transliteration":
        return 3  # curated or not: a skeleton says as little about either
    return 5 if curated else 6


def in_reach(place: Place, countries: Iterable[str] = ()) -> bool:
    """Is a place looked up at all: a curated place, a GeoNames town of the region, or one of a country asked for
    (settings.GEONAMES_COUNTRIES beyond settings.REGION_COUNTRIES)?"""
    return not place.bulk or place.country in settings.REGION_COUNTRIES or place.country in countries


def dominant_city(places: list[Place]) -> Place | None:
    """The one GeoNames city of CITY_POPULATION people or more among namesakes a tenth its size or smaller
    ("Sanaa", Yemen's capital, and a hamlet of the same name 380 km east): a city is what its bare name means."""
    big = [p for p in places if p.population >= settings.CITY_POPULATION]
    if len(big) != 1 or not big[0].bulk:
        return None
    city = big[0]
    return city if all(p is city or (p.bulk and p.population * 10 <= city.population) for p in places) else None


#: Levels whose single in-context candidate is an answer (see the module docstring).
ACCEPTED = frozenset({0, 1, 2, 3, 5})


class Geocoder:
    """Resolves place names against a Gazetteer. Cheap to call many times: lookups are memoized."""

    def __init__(self, gazetteer: Gazetteer | None = None, *, accept: float = settings.FUZZY_ACCEPT,
                 margin: float = settings.FUZZY_MARGIN) -> None:
        self.gazetteer = gazetteer if gazetteer is not None else Gazetteer.load()
        self.accept = accept
        self.margin = margin
        self._memo: dict[tuple[Any, ...], Match | GeomapError] = {}
        self._exact_memo: dict[str, list[Candidate]] = {}
        self._contexts: dict[tuple[Any, ...], Context] = {}

    # -- context ----------------------------------------------------------------------------------
    def context(self, country: str | Iterable[str] | None = None, *, admin1: str | None = None,
                within: str | Place | None = None) -> Context:
        """A Context from what a caller or a row gives: country codes or English names, a governorate's
        name, a place (name or id) the answer must lie in. Unknown values raise PlaceNotFound, UnknownUnit
        or UsageError. Memoized: the rows of a file repeat a few contexts."""
        key = ((country,) if isinstance(country, str) else tuple(country or ()), admin1,
               within.id if isinstance(within, Place) else within)
        known = self._contexts.get(key)
        if known is None:
            known = self._contexts[key] = self._new_context(country, admin1, within)
        return known

    def _new_context(self, country: str | Iterable[str] | None, admin1: str | None,
                     within: str | Place | None) -> Context:
        codes: set[str] = set()
        for raw in [country] if isinstance(country, str) else (country or ()):
            if not raw or not str(raw).strip():
                continue
            code = country_code(str(raw))
            if code is None:
                raise UsageError(f"{raw!r} is not a country (an ISO code such as IQ, or an English name)")
            codes.add(code)
        countries = frozenset(codes)
        unit = self._unit(admin1, countries) if admin1 and admin1.strip() else None
        area = within if isinstance(within, Place) or within is None else self._area(within, countries)
        holder = unit or area
        if not countries and holder is not None:
            countries = frozenset({holder.country})  # a governorate or a place says its country
        return Context(countries, bool(countries), unit, area)

    def _unit(self, name: str, countries: frozenset[str]) -> Place:
        """The governorate an admin1 value names (the whole name first: "Damascus Countryside" is not Damascus).
        Raises UnknownUnit when it names none or several: a context that is not understood is not ignored."""
        found = self.gazetteer.units.named(name, countries) or self.gazetteer.units.named(
            parse(name).alternatives[0], countries)
        if len(found) != 1:
            known = sorted(u.name for u in self.gazetteer.units.places
                           if u.country in (countries or settings.HOME_COUNTRIES))
            raise UnknownUnit(f"admin1 {name!r} is {'no' if not found else 'more than one'} governorate geomap "
                              f"knows ({', '.join(known)})")
        return found[0]

    def _area(self, within: str, countries: frozenset[str]) -> Place:
        """The place --within names: an id, a governorate (its outline, not a circle), or any place."""
        place = self.gazetteer.get(within)
        if place is not None and place.category != "region":
            return place
        name = place.name if place is not None else within
        units = self.gazetteer.units.named(name, countries) or self.gazetteer.units.named(
            parse(name).alternatives[0], countries)
        if len(units) == 1:
            return units[0]
        return place if place is not None else self.resolve(within, country=countries or None).place

    def _default_countries(self) -> frozenset[str]:
        return frozenset(settings.HOME_COUNTRIES)

    def inside(self, place: Place, context: Context) -> bool:
        if context.countries and place.country not in context.countries and (
                context.countries_given or place.bulk):
            return False  # an assumed country restricts the GeoNames tier only: curated sites are where they are
        if context.admin1 is not None and place.id != context.admin1.id and not self.in_unit(place, context.admin1):
            return False
        return context.within is None or self._within(place, context.within)

    def in_unit(self, place: Place, unit: Place) -> bool:
        """A place is in the governorate its own admin1 names or codes (the outlines are coarse: Camp Taji and
        Mahmudiyah lie outside Natural Earth's Baghdad); any other place is in the units whose outline holds it."""
        own = self._own_unit(place)
        if own is not None:
            return own.id == unit.id
        return self.gazetteer.units.contains(unit, place.longitude, place.latitude)

    def unit_of(self, place: Place) -> Place | None:
        """The governorate or province a place lies in: the one its own admin1 names, else the one whose outline
        holds its point."""
        own = self._own_unit(place)
        if own is not None or place.tier == "admin":
            return own
        return next((u for u in self.gazetteer.units.places if u.country == place.country
                     and self.gazetteer.units.contains(u, place.longitude, place.latitude)), None)

    def _own_unit(self, place: Place) -> Place | None:
        """The governorate a place's own admin1 says: a name (curated and OCHA rows) or a FIPS number (GeoNames'
        and GNS's "07")."""
        if not place.admin1:
            return None
        if place.admin1.isdigit():
            return self.gazetteer.units.of_code(place.country, place.admin1)
        found = self.gazetteer.units.named(place.admin1, frozenset({place.country}))
        return found[0] if len(found) == 1 else None

    def _within(self, place: Place, area: Place) -> bool:
        if place.id == area.id or area.id in {a.id for a in self.gazetteer.ancestors(place)}:
            return True
        if area.tier == "admin":
            return self.in_unit(place, area)
        if place.tier in ("curated", "user") and area.tier in ("curated", "user"):
            return False  # the curated parent chain says where curated places lie
        reach = max(area.uncertainty_m, settings.WITHIN_MIN_M)
        return _between(area, place) <= reach

    # -- candidates -------------------------------------------------------------------------------
    def _indexes(self) -> Iterator[Index]:
        """The primary tier, then (loaded only if asked for) the GeoNames tier."""
        yield self.gazetteer.index
        second = self.gazetteer.geonames
        if second is not None:
            yield second

    def _exact(self, name: str) -> list[Candidate]:
        """The places a name is exactly the name or alias of (a resolution asks several times: remembered)."""
        key = normalize(name)
        found = self._exact_memo.get(key)
        if found is None:
            found = []
            for index in self._indexes():
                for place, label in index.exact(key):
                    kind = "name" if normalize(place.name) == key else "alias"
                    found.append(Candidate(place, label, 100.0, kind))
            if len(self._exact_memo) >= EXACT_MEMO:
                self._exact_memo.clear()  # a bound on memory, not a cache policy: a column of names rarely needs it
            self._exact_memo[key] = found
        return list(found)

    def transliterations(self, name: str) -> list[Candidate]:
        """The places whose names `name` spells another way ("Mikdadiya": Muqdadiyah), in no context: a caller
        that accepts one must have a context of its own that holds it (the resolver asks for a governorate)."""
        return self._best_per_place(self._transliterated(name))

    def _transliterated(self, name: str) -> list[Candidate]:
        skel = skeleton(name)
        if len(skel.replace(" ", "").replace("'", "")) < settings.SKELETON_MIN:
            return []  # three consonants match too many names to be evidence ("Midan", "Mayadin", "Madain")
        key = normalize(name)
        short = len(skel.replace(" ", "")) <= settings.SKELETON_MIN
        # A skeleton is evidence only when the spellings are also alike ("Midaana" is not "Mayadin"), the more
        # so for a short one ("Kurda" is not "Karrada").
        least = settings.TRANSLITERATION_MIN_RATIO + (10 if short else 0)
        found = []
        for index in self._indexes():
            hits = index.transliterations(skel)
            if short and len({p.id for p, _ in hits}) > 1:
                continue  # a short skeleton that several places share points at none of them
            for place, label in hits:
                score = _spelling_score(key, place, label)
                if score < least:
                    continue
                found.append(Candidate(place, label, max(score, settings.TRANSLITERATION_SCORE), "transliteration"))
        return found

    def _fuzzy(self, name: str, cutoff: float, geonames_cutoff: float | None = None, *,
               tiers: slice = slice(None)) -> list[Candidate]:
        """Similar spellings in every tier (or the `tiers` chosen: [:1] the primary, [1:] the second);
        `geonames_cutoff` (when given) applies to the GeoNames tier, whose fuzzy matches are never answers: a high
        one keeps the runner-up search fast."""
        key = normalize(name)
        if not key:
            return []
        found = []
        indexes = list(self._indexes())
        for rank, index in list(enumerate(indexes))[tiers]:
            floor = geonames_cutoff if rank and geonames_cutoff is not None else cutoff
            for hit_key, score in index.similar(key, floor):
                for place, label in index.exact(hit_key):
                    found.append(Candidate(place, label, round(score, 4), "fuzzy"))
        return found

    @staticmethod
    def _best_per_place(candidates: Iterable[Candidate]) -> list[Candidate]:
        """One candidate per place, its strongest; sorted strongest first (ties by id)."""
        best: dict[str, Candidate] = {}
        for c in candidates:
            old = best.get(c.place.id)
            if old is None or (_level(c), -c.score) < (_level(old), -old.score):
                best[c.place.id] = c
        return sorted(best.values(), key=lambda c: (_level(c), -c.score, c.place.id))

    def candidates(self, query: str, *, limit: int = settings.CANDIDATE_COUNT,
                   country: str | Iterable[str] | None = None, within: str | None = None) -> list[Candidate]:
        """The closest places to a name, best first (for 'did you mean' and `gazetteer search`)."""
        context = self.context(country, within=within)
        parsed = parse(query)
        found: list[Candidate] = []
        for alternative in parsed.alternatives:
            found += self._exact(alternative) + self._transliterated(alternative)
            found += self._fuzzy(alternative, settings.CANDIDATE_MIN)
        ranked = [c for c in self._best_per_place(found) if self.inside(c.place, context)]
        return ranked[:limit]

    # -- resolution -------------------------------------------------------------------------------
    def resolve(self, query: str, *, country: str | Iterable[str] | None = None, within: str | Place | None = None,
                admin1: str | None = None, assume: Iterable[str] | None = None) -> Match:
        """The place a name means, within the context given. Raises PlaceNotFound (with candidates) or
        AmbiguousPlace; UsageError for a country that is not one.

        `assume`: the countries to look in when `country` gives none (default settings.HOME_COUNTRIES);
        a file's resolution passes the countries of the file's other places (see review.resolve_uses).
        """
        if not isinstance(query, str):
            raise UsageError(f"a place name must be text, not {type(query).__name__}")
        countries = (country,) if isinstance(country, str) else tuple(sorted(country or ()))
        within_key = within.id if isinstance(within, Place) else within
        assumed = tuple(sorted(assume)) if assume is not None else None
        memo_key = (query, countries, within_key, admin1, assumed)
        cached = self._memo.get(memo_key)
        if cached is None:
            try:
                context = self.context(countries, admin1=admin1, within=within)
                if not context.countries and assumed is not None:
                    context = Context(frozenset(assumed), False, context.admin1, context.within)
                cached = self._resolve(query, context)
            except GeomapError as exc:
                cached = exc
            self._memo[memo_key] = cached
        if isinstance(cached, GeomapError):
            raise cached
        return cached

    def _with_parents(self, parsed: Query, context: Context) -> Context:
        """Context after commas: a country, a governorate, or a place of any tier ("Mansour, Fallujah")."""
        countries, given, admin1, within = set(context.countries), context.countries_given, context.admin1, \
            context.within
        for part in parsed.parents:
            code = country_code(part) if len(part) > 1 else None
            if code is not None:
                countries, given = {code}, True  # "Hit, IQ": the comma's country is the one meant
                continue
            # A governorate rather than the city of its name: "Mayadin, Deir ez-Zor" (the governorate holds the
            # city, and the towns 45 km from it).
            # Only a country the caller gave limits the parent; a parent the caller names says the country.
            named = frozenset(countries) if given else frozenset()
            units = self.gazetteer.units.named(parse(part).alternatives[0], named)
            if len(units) == 1:
                admin1 = units[0]
            else:
                within = self.resolve(part, country=named or None).place
            anchor = admin1 if within is None else within
            if anchor is not None:
                countries, given = {anchor.country}, True
        return Context(frozenset(countries), given, admin1, within)

    def _parse(self, query: str) -> Query:
        """The query taken apart, unless the gazetteer knows it whole: a name that holds a comma ("Embassy of the
        United States, Baghdad"), a type word ("Balad Air Base"), a numeral ("Union III") or a direction
        ("Eastern Ghouta", were it a place of its own)."""
        parsed = parse(query)
        if parsed.parents and self._exact(query):
            return Query(query, (query,))
        whole = query.split(",")[0].strip()
        if parsed.unit is None and (parsed.type_word or parsed.alternatives != (whole,)) and self._exact(whole):
            return Query(query, (whole,), parents=parsed.parents)
        return parsed

    def _resolve(self, query: str, context: Context) -> Match:
        parsed = self._parse(query)
        whole = query.split(",")[0].strip()
        context = self._with_parents(parsed, context)
        if parsed.ends:
            return self._between(query, parsed, context)
        if not any(normalize(a) for a in parsed.alternatives):
            raise PlaceNotFound(query)
        if parsed.unit == "admin1":
            return self._resolve_unit(query, parsed, context)
        if parsed.unit is None and (parsed.type_word or "").lower() == "region" and self._region_is_a_unit(parsed,
                                                                                                          context):
            # "Idlib region" is the governorate named after its capital, not the city with a wider radius
            return self._resolve_unit(query, replace(parsed, unit="admin1", qualifier=""), context)
        answers: list[Match] = []
        failures: list[GeomapError] = []
        for alternative in parsed.alternatives:
            # "Euphrates Dam/Al-Tabaqa Dam": each alternative with the type word may be a name itself.
            named = f"{alternative} {parsed.type_word}" if parsed.type_word else ""
            if parsed.unit in ("admin2", "admin3") and named and not self._exact(named):
                # Units are named "Sinjar District" (aliases "قضاء سنجار"...): "Sinjar qadaa" means that one.
                named = next((n for n in (whole, f"{alternative} district") if self._exact(n)), named)
            as_named = Query(query, (named,), parents=parsed.parents) if named and self._exact(named) else None
            try:
                answers.append(self._resolve_name(query, named, as_named, context) if as_named else
                               self._resolve_name(query, alternative, parsed, context))
            except GeomapError as exc:
                failures.append(exc)
        if not answers:
            unit = self._unit_of_that_name(query, parsed, context, failures) or \
                self._seat_of_unit(query, parsed, context)
            if unit is not None:
                return unit
            if len(failures) == 1:
                raise failures[0]

            def merged() -> list[Candidate]:
                found: list[Candidate] = []
                for exc in failures:
                    found += exc.candidates if isinstance(exc, PlaceNotFound) else []
                return found[: settings.CANDIDATE_COUNT]

            raise PlaceNotFound(query, merged)
        places = {m.place.id: m for m in answers}
        if len(places) > 1:
            first = answers[0]
            if all(_between(first, m) <= SAME_PLACE_M for m in answers):
                return first
            raise AmbiguousPlace(query, [Candidate(m.place, m.matched, m.score, m.method) for m in places.values()])
        return min(answers, key=lambda m: KINDS.index(m.method))

    def _between(self, query: str, parsed: Query, context: Context) -> Match:
        """"Road between Ariha and Saraqib": the geodesic midpoint of the two places, each resolved in the same
        context and by the same policy, with a radius that reaches both (half the distance plus the wider of
        their radii). Refused when either end is, or when they lie more than BETWEEN_MAX_M apart."""
        from .geodesy import midpoint

        a, b = (self._resolve(end, context) for end in parsed.ends)
        apart = _between(a, b)
        if apart > settings.BETWEEN_MAX_M:
            raise OutOfContext(query, [Candidate(m.place, m.matched, m.score, m.method) for m in (a, b)],
                               f"{a.place.name} and {b.place.name} lie {apart / 1000:,.0f} km apart: too far for "
                               "a point between them to mean anything")
        longitude, latitude = midpoint(a.longitude, a.latitude, b.longitude, b.latitude)
        radius = apart / 2 + max(a.uncertainty_m, b.uncertainty_m)
        place = Place(
            id=f"between:{a.place.id}~{b.place.id}", name=f"between {a.place.name} and {b.place.name}",
            kind="route", country=a.place.country, latitude=round(latitude, 6), longitude=round(longitude, 6),
            geo_precision=2 if radius <= settings.QUALIFIER_EXTRA_M["part"] else 3, uncertainty_m=round(radius),
            source=f"geodesic midpoint (WGS84) of {a.place.id} and {b.place.id}",
            admin1=a.place.admin1 if a.place.admin1 == b.place.admin1 else "", tier="derived")
        self.gazetteer.remember(place)
        weaker = max(a, b, key=lambda m: KINDS.index(m.method))
        return Match(query, place, f"{a.matched} / {b.matched}", min(a.score, b.score), weaker.method,
                     decided_by="both ends", geo_precision=place.geo_precision, uncertainty_m=place.uncertainty_m,
                     notes=(f"halfway between {a.place.name} and {b.place.name}, {apart / 1000:,.1f} km apart",))

    def _unit_of_that_name(self, query: str, parsed: Query, context: Context,
                           failures: list[GeomapError]) -> Match | None:
        """When no place in context bears a name and one governorate in context does, the governorate: a point at
        its centroid with its whole radius and geo_precision 3 is not a wrong point ("Anbar", "Qadisiyah")."""
        if parsed.kind_hint is not None or any(isinstance(exc, AmbiguousPlace) for exc in failures):
            return None
        # (in the countries given, else in those assumed: "western Anbar" in a report is Iraq's governorate, not a
        # village in Turkey that GeoNames spells so, which the assumed countries already leave out)
        assumed = context if context.countries else Context(self._default_countries(), False, context.admin1,
                                                            context.within)
        units = [u for a in parsed.alternatives for u in self.gazetteer.units.named(a) if self.inside(u, assumed)]
        if len({u.id for u in units}) != 1:
            return None
        unit = units[0]
        notes = [f"the governorate {unit.name}"]
        if parsed.qualifier:
            notes.append(_qualified(parsed, unit, 3, unit.uncertainty_m)[2])
        return Match(query, unit, parsed.alternatives[0], 100.0,
                     "name" if normalize(unit.name) == normalize(parsed.alternatives[0]) else "alias",
                     decided_by="administrative unit: no place of that name", geo_precision=3,
                     uncertainty_m=unit.uncertainty_m, notes=tuple(notes))

    def _seat_of_unit(self, query: str, parsed: Query, context: Context) -> Match | None:
        """"Ar Rastan district", "Tall Tamr subdistrict" with no outline of that unit in the gazetteer: the town the
        unit is named after and governed from, by the same policy as its bare name, with a radius that covers a
        unit of that level (settings.SEAT_RADIUS_M) and geo_precision 3. Districts and subdistricts of Iraq and
        Syria take their seat's name; a name that is not a town in context stays refused."""
        if parsed.unit not in settings.SEAT_RADIUS_M:
            return None
        try:
            seat = self._resolve_name(query, parsed.alternatives[0], Query(query, parsed.alternatives[:1],
                                                                           parents=parsed.parents), context)
        except GeomapError:
            return None
        if seat.place.category != "city":
            return None
        words = {"admin2": "district", "admin3": "subdistrict"}
        radius = max(seat.uncertainty_m, settings.SEAT_RADIUS_M[parsed.unit])
        return replace(seat, geo_precision=3, uncertainty_m=radius, decided_by=f"{seat.decided_by}; seat of the unit",
                       notes=(*seat.notes, f"the {words[parsed.unit]} governed from {seat.place.name}, "
                                           f"placed at its seat"))

    def _region_is_a_unit(self, parsed: Query, context: Context) -> bool:
        """Does "X region" name one governorate of the countries in context, whose name is X?"""
        countries = context.countries or self._default_countries()
        units = {u.id for a in parsed.alternatives for u in self.gazetteer.units.named(a, countries)
                 if normalize(u.name) == normalize(a) and self.inside(u, context)}
        return len(units) == 1

    def _resolve_unit(self, query: str, parsed: Query, context: Context) -> Match:
        """'Homs Governorate' is the governorate, never the city of Homs."""
        countries = context.countries or self._default_countries()
        for alternative in parsed.alternatives:
            curated = [c for c in self._exact(alternative)
                       if c.place.category == "region" and not c.place.bulk and c.place.country in countries]
            # The unit's outline and centroid first; a curated region (coded to its capital) otherwise.
            units = [Candidate(u, alternative, 100.0, "name" if normalize(u.name) == normalize(alternative)
                               else "alias") for u in self.gazetteer.units.named(alternative, countries)] or curated
            units = [u for u in units if self.inside(u.place, context)]
            if len(units) == 1:
                unit = units[0]
                notes = (_qualified(parsed, unit.place, 3, unit.place.uncertainty_m)[2],) if parsed.qualifier else ()
                return Match(query, unit.place, unit.matched, 100.0, unit.kind, geo_precision=3,
                             uncertainty_m=unit.place.uncertainty_m, decided_by="administrative unit", notes=notes)
            if len(units) > 1:
                raise AmbiguousPlace(query, units)
        raise PlaceNotFound(query, lambda: [c for c in self.candidates(parsed.alternatives[0])
                                            if c.place.category == "region"])

    def _resolve_name(self, query: str, name: str, parsed: Query, context: Context) -> Match:
        found = self._exact(name) + self._transliterated(name) + self._fuzzy(name, settings.RUNNER_UP_MIN,
                                                                             tiers=slice(0, 1))
        if found:
            # GeoNames' close spellings are never answers, only runners-up and context for a refusal: a name that
            # nothing else matches is refused without them (its "did you mean" search finds them if asked).
            found += self._fuzzy(name, settings.RUNNER_UP_MIN, settings.GEONAMES_RUNNER_UP_MIN, tiers=slice(1, None))
        found = self._best_per_place(found)
        assumed = context if context.countries else Context(
            self._default_countries(), False, context.admin1, context.within)
        reach = [c for c in found if in_reach(c.place, context.countries)]
        if len(reach) < len(found) and not any(self.inside(c.place, assumed) and _level(c) <= 3 for c in reach):
            # ("Sanaa" with no country: refused, with Yemen's capital among the candidates outside the context)
            raise self._refusal(query, name, found, assumed, parsed)
        return self._decide(query, name, parsed, context, assumed, reach)

    def exact_countries(self, query: str, also: Iterable[str] = ()) -> set[str]:
        """The countries where a name (or one of its alternatives) is exactly some place's name or alias, among
        the places in reach (and the countries `also` names)."""
        parsed = self._parse(query)  # ("Green Village": a name the gazetteer knows whole, type word and all)
        return {c.place.country for a in parsed.alternatives for c in self._exact(a)
                if _level(c) <= 2 and in_reach(c.place, also)}

    def match(self, query: str, candidate: Candidate, decided_by: str,
              runner_up: Candidate | None = None) -> Match:
        """A candidate that context outside the query (the file's other places) chose, as an answer."""
        parsed = parse(query)
        runner_m = None if runner_up is None else _between(candidate.place, runner_up.place)
        answer = self._answer(query, parsed, Context(), [candidate], candidate)
        return replace(answer, decided_by=decided_by, runner_up=runner_up, runner_up_m=runner_m)

    def _decide(self, query: str, name: str, parsed: Query, context: Context, assumed: Context,
                found: list[Candidate]) -> Match:
        fitting = self._fitting(found, parsed, context, assumed)
        if not fitting:
            raise self._refusal(query, name, found, assumed, parsed)
        best = [c for c in fitting if _level(c) == _level(fitting[0])]
        city = dominant_city([c.place for c in best]) if len(best) > 1 else None
        if city is not None:
            # (the hamlets stay among the candidates found, for the runner-up)
            fitting = [c for c in fitting if c.place is city or c not in best]
        self._apply_policy(query, name, parsed, context, found, fitting)
        return self._answer(query, parsed, assumed, found, fitting[0])

    def _fitting(self, found: list[Candidate], parsed: Query, context: Context,
                 assumed: Context) -> list[Candidate]:
        """The candidates inside the context that are of the kind the type word asks for."""
        allowed_kinds = _HINT_KINDS.get(parsed.kind_hint or "")
        if parsed.unit in ("admin2", "admin3"):
            allowed_kinds = {"region", "district"}
        # Without a governorate or parent, a big town is not the village or suburb a dataset names; with one,
        # the place is where the row says (datasets call towns of 20,000 villages too).
        most = 0 if _narrow(context) else _MAX_POPULATION.get(parsed.kind_hint or "", 0)
        fitting = [c for c in found if self.inside(c.place, assumed)
                and (allowed_kinds is None or c.place.category in allowed_kinds)
                and not (most and (c.place.population >= most or (c.place.kind == "city" and not c.place.bulk)))
                # The curated tier holds notable towns, not villages: "Ar Ramadi village" is not Ramadi.
                and not (most and parsed.kind_hint == "village" and not c.place.bulk)]
        if context.countries_given and any(c.place.country in context.countries and _level(c) <= 2
                                           for c in fitting):
            # A curated site abroad answers a name asked in a country only when nothing there bears it: "Shaybah,
            # SA" is Saudi Arabia's Shaybah, not Iraq's Shaibah Air Base, which bears the name as an alias.
            fitting = [c for c in fitting if c.place.country in context.countries]
        return fitting

    def _apply_policy(self, query: str, name: str, parsed: Query, context: Context, found: list[Candidate],
                      fitting: list[Candidate]) -> None:
        """Raise unless the strongest fitting candidate is an answer under the documented policy."""
        top, level, narrow = fitting[0], _level(fitting[0]), _narrow(context)
        listed = fitting[: settings.CANDIDATE_COUNT]
        if level not in ACCEPTED or (top.kind == "fuzzy" and not self._typo(name, top)):
            raise PlaceNotFound(query, listed)
        exact_elsewhere = [c for c in found if _level(c) <= 2 and c not in fitting]
        if top.kind in ("transliteration", "fuzzy") and exact_elsewhere and not context.countries_given:
            # "Al-Baghdadi" is exactly the name of a village in Iran and only a spelling away from Baghdad:
            # neither is an answer until a country says which is meant.
            raise AmbiguousPlace(query, [top, *exact_elsewhere[: settings.CANDIDATE_COUNT - 1]])
        if top.kind == "fuzzy":
            rivals = [c for c in fitting if c.place.id != top.place.id]
            if rivals and top.score - rivals[0].score < self.margin:
                raise AmbiguousPlace(query, [top, *[c for c in rivals if top.score - c.score < self.margin]])
        else:
            peers = self._distinct([c for c in fitting if _level(c) == level])
            if len(peers) > 1:
                raise AmbiguousPlace(query, peers)
        if not narrow and top.place.category != "region":
            units = [u for u in self.gazetteer.units.named(name)
                     if self.inside(u, context) and not self.in_unit(top.place, u)]
            if units:
                # "Qadisiyah" is Iraq's governorate before it is Qudsaya near Damascus: a name a governorate bears
                # is the governorate's as much as the town's, unless the town lies in it ("Homs", "Najaf"), or a
                # country given leaves the governorate out (Iraq's al-Madina is not Saudi Arabia's Al Madinah).
                raise AmbiguousPlace(query, [top, *[Candidate(u, u.name, 100.0, "name") for u in units]])
        if not top.place.bulk and not narrow and top.place.kind in _COMMON_KINDS:
            self._curated_town_policy(query, top, context, found, listed)
        if not top.place.bulk or (narrow and parsed.kind_hint != "village"):
            return
        if top.kind == "transliteration" and not narrow:
            # A skeleton shared with one of thousands of villages is evidence only in a small area.
            raise OutOfContext(query, listed,
                                "a transliteration of a GeoNames place needs a governorate (admin1) or a parent")
        if parsed.kind_hint == "village" and context.within is None and (
                not narrow or (top.place.population < settings.SMALL_PLACE
                               and (descriptive(name) or self._common(name, top, fitting, found)))):
            # Villages share names, and cities500 holds a few of Syria's and Iraq's thousands: the one it holds
            # is as likely a namesake as the village meant. A governorate decides for a village GeoNames counts
            # 1,000 people in, or whose name no other place bears in any spelling and describes nothing; for a small
            # village of a common or descriptive name ("Hamra", "Ayn al-Bayda"), only a parent town does.
            raise OutOfContext(query, listed, "a village needs "
                                + ("a parent town" if narrow else "a governorate (admin1) or a parent"))
        if narrow:
            return
        if level == 2 and not _spelling_of(name, top.place.name):
            # A GeoNames alternate name that is not a spelling of the place's name is another name: an old one
            # ("Adraa" for Daraa), a foreign one, or a neighbour's; across a whole country it points too far.
            raise OutOfContext(query, listed, f"{top.matched!r} is another name of {top.place.name}, not its "
                                "spelling: that needs a governorate (admin1) or a parent")
        # A name that several places in context bear ("Ayn al-Bayda") is a common one, which a country does not
        # tell apart and a governorate or a parent does. So is a name that a place in another country bears
        # too, even in another spelling ("Mansoura": Manşūrīyeh in Iran; "Al Hamidiyah": Hamidiye in Turkey):
        # cities500 lists only a few of its bearers in Syria and Iraq. A city GeoNames counts 50,000 people in
        # is what its bare name means ("Basra", "Daraa", "Najaf").
        if self._common(name, top, fitting, found):
            raise CommonName(query, self._distinct([top, *self._namesakes(fitting),
                                                    *self._bearers_elsewhere(name, top, found)])
                             [: settings.CANDIDATE_COUNT])

    def _namesakes(self, fitting: list[Candidate]) -> list[Candidate]:
        """The distinct places in context that bear the name, exactly or as a curated town's other spelling."""
        return self._distinct([c for c in fitting if _level(c) <= 2 or (
            not c.place.bulk and c.kind == "transliteration" and c.place.kind in _COMMON_KINDS)])

    def _common(self, name: str, top: Candidate, fitting: list[Candidate], found: list[Candidate]) -> bool:
        """Is the name a common one: borne by several places in context, or by a place abroad in any spelling
        (cities500 lists only a few of its bearers in Syria and Iraq)? A city is what its bare name means."""
        if len(self._namesakes(fitting)) > 1:
            return True
        return top.place.population < settings.CITY_POPULATION and \
            len(self._bearers_elsewhere(name, top, found)) >= settings.COMMON_NAME_ELSEWHERE

    def _curated_town_policy(self, query: str, top: Candidate, context: Context, found: list[Candidate],
                             listed: list[Candidate]) -> None:
        """A curated town or quarter is what its name means, over namesakes abroad ("Al-Baghdadi" is not
        Baghdādeh in Iran); a namesake in the home countries is as likely meant ("Rabia" on the Syrian border and
        "Rabia" near Latakia): a country or a governorate decides."""
        where = context if context.countries else Context(self._default_countries(), False, context.admin1,
                                                          context.within)
        home = [c for c in found if c.place.bulk and c.kind in ("name", "alias")
                and c.place.country in settings.HOME_COUNTRIES and self.inside(c.place, where)
                and not _listed_twice(c.place, top.place)]
        if home:
            raise CommonName(query, self._distinct([top, *home])[: settings.CANDIDATE_COUNT])
        if top.kind == "transliteration" and not context.countries_given:
            # Consonants alone join different names ("Muhammadiyah" and "Mahmudiyah", "Qariya" and "Quriyah"): a
            # town's other spelling is evidence only within the country a row names.
            raise OutOfContext(query, listed, "a transliteration of a town needs a country, a governorate "
                                              "(admin1) or a parent")

    def _answer(self, query: str, parsed: Query, assumed: Context, found: list[Candidate],
                top: Candidate) -> Match:
        """The Match for an accepted candidate: its runner-up, what decided, and the answer's precision."""
        others = [c for c in found if c.place.id != top.place.id
                  and _between(top.place, c.place) > SAME_PLACE_M]
        runner = others[0] if others else None
        runner_m = None if runner is None else _between(top.place, runner.place)
        precision, radius, notes = top.place.geo_precision, top.place.uncertainty_m, []
        if top.kind == "fuzzy":
            precision, radius = max(precision, 2), radius + settings.FUZZY_EXTRA_M
            notes.append(f"spelt differently from the gazetteer's {top.matched!r}")
        if parsed.qualifier:
            precision, radius, note = _qualified(parsed, top.place, precision, radius)
            notes.append(note)
        if len(parsed.alternatives) > 1:
            notes.append("one of: " + " / ".join(parsed.alternatives))
        level = _level(top)
        decided = "only match" if not any(_level(c) <= level and c.place.id != top.place.id for c in found) \
            else f"context ({assumed.describe()})"
        return Match(query, top.place, top.matched, top.score, top.kind, runner, runner_m, decided, precision,
                     radius, tuple(notes))

    def _bearers_elsewhere(self, name: str, top: Candidate, found: list[Candidate]) -> list[Candidate]:
        """Places in other countries that bear the name, exactly (among `found`) or in another spelling (the
        same skeleton of SKELETON_MIN consonants or more, however many places share it): how common it is."""
        skel = skeleton(name)
        same = [c for c in found if c.kind in ("name", "alias") and c.place.country != top.place.country]
        if len(skel.replace(" ", "").replace("'", "")) >= settings.SKELETON_MIN:
            for index in self._indexes():
                same += [Candidate(p, label, settings.TRANSLITERATION_SCORE, "transliteration")
                         for p, label in index.transliterations(skel) if p.country != top.place.country
                         and in_reach(p)]
        return self._distinct(self._best_per_place(same))

    def _typo(self, name: str, candidate: Candidate) -> bool:
        """Is a fuzzy match a misspelling of the candidate, not another name? A good score on a long name,
        and neither name the other plus letters ("Baghdadi" is not "Baghdad": a suffix makes a new name)."""
        key, label = normalize(name), normalize(candidate.matched)
        return (candidate.score >= self.accept and len(key) >= settings.FUZZY_MIN_LENGTH
                and not key.startswith(label) and not label.startswith(key))

    @staticmethod
    def _distinct(peers: list[Candidate]) -> list[Candidate]:
        """Peers that are really different places (not one town listed twice: see _listed_twice)."""
        kept: list[Candidate] = []
        for c in peers:
            if not any(_listed_twice(k.place, c.place) for k in kept):
                kept.append(c)
        return kept

    def _refusal(self, query: str, name: str, found: list[Candidate], context: Context,
                 parsed: Query) -> PlaceNotFound:
        """No candidate fits the context: name the ones that do not, and why, as candidates."""
        if not found:
            return PlaceNotFound(query, lambda: self._best_per_place(self._fuzzy(name, settings.CANDIDATE_MIN))
                                 [: settings.CANDIDATE_COUNT])
        why = []
        if parsed.kind_hint or parsed.unit:
            wanted = _WANTED.get(parsed.unit or parsed.kind_hint or "", "")
            why.append(f"'{parsed.type_word}' asks for {wanted}")
        described = context.describe()
        if described:
            why.append(f"the context is {described}" + ("" if context.countries_given else
                                                       " (give a country to look elsewhere)"))
        return OutOfContext(query, found[: settings.CANDIDATE_COUNT], "; ".join(why))

    def resolve_many(self, names: Iterable[str], *, country: str | Iterable[str] | None = None,
                     within: str | None = None) -> dict[str, Match | GeomapError]:
        """Resolve each distinct name once; failures are returned, not raised, so all are reported."""
        results: dict[str, Match | GeomapError] = {}
        for name in dict.fromkeys(names):
            try:
                results[name] = self.resolve(name, country=country, within=within)
            except GeomapError as exc:
                results[name] = exc
        return results

    def locate(self, names: Iterable[str], *, country: str | None = None,
               within: str | None = None) -> tuple[Any, Any]:
        """(longitudes, latitudes) of many names as numpy arrays, NaN where a name does not resolve.

        Each distinct name is resolved once, so a column of a million rows that repeat a few hundred
        names costs a few hundred lookups and one array take.
        """
        import numpy as np
        import pandas as pd

        codes, uniques = pd.factorize(pd.Series(list(names), dtype=object))
        lon = np.full(len(uniques) + 1, np.nan)
        lat = np.full(len(uniques) + 1, np.nan)
        for i, name in enumerate(uniques):
            try:
                match = self.resolve(str(name), country=country, within=within)
            except GeomapError:
                continue
            lon[i], lat[i] = match.longitude, match.latitude
        return lon[codes], lat[codes]  # code -1 (a missing name) takes the last slot, which stays NaN


def geocode(name: str, *, gazetteer: Gazetteer | None = None, country: str | Iterable[str] | None = None,
            within: str | None = None, admin1: str | None = None) -> Match:
    """One-off lookup: `geomap.geocode("Ain al-Asad").latitude`."""
    return Geocoder(gazetteer).resolve(name, country=country, within=within, admin1=admin1)
