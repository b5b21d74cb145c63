"""The places attack reports name, as they spell them, answer from the curated gazetteer with their kind.

Names are the ones the gazetteer issue lists (bases, facilities, neighbourhoods, launch sites, units), in
spellings other than the rows' names where reports use them.
"""

from __future__ import annotations

import pytest

from geomap.errors import GeomapError


@pytest.mark.parametrize(("query", "place_id", "kind"), [
    # bases and airfields, Iraq
    ("Camp Victory", "camp-victory", "base"), ("Camp Speicher", "camp-speicher", "base"),
    ("Taqaddum", "al-taqaddum-air-base", "airfield"), ("Harir", "harir", "city"),
    ("Bashur airfield", "harir-air-base", "airfield"), ("Camp Liberty", "camp-liberty", "base"),
    ("Camp Bucca", "camp-bucca", "base"), ("FOB Warrior", "kirkuk-airport", "airport"),
    ("Q-West", "q-west", "airfield"), ("Tal Afar airbase", "tal-afar-air-base", "airfield"),
    # bases and airfields, Syria and Jordan
    ("Kharab al-Jir", "abu-hajar-airport", "airfield"), ("Green Village", "green-village", "base"),
    ("Marj Ruhayyil airbase", "marj-ruhayyil-airbase", "airfield"), ("Tower 22", "tower-22", "base"),
    ("Muwaffaq Salti Air Base", "muwaffaq-salti-air-base", "airfield"),
    ("Qasrak base", "qasrak-base", "base"),
    # facilities
    ("Zubair oil field", "zubair-oil-field", "oilfield"), ("Domiz camp", "domiz-camp", "camp"),
    ("Makhmour camp", "makhmour-camp", "camp"), ("Sednaya prison", "sednaya-prison", "building"),
    # neighbourhoods and squares
    ("Karrada", "karrada", "neighbourhood"), ("Adhamiya", "adhamiyah", "neighbourhood"),
    ("Kadhimiya", "kadhimiya", "neighbourhood"), ("Firdos Square", "firdos-square", "square"),
    ("Al-Mansur", "mansour", "neighbourhood"),
    ("Ad Dawrah", "dora", "neighbourhood"), ("Ainkawa", "ankawa", "neighbourhood"),
    # launch sites and scenes
    ("Jurf al-Sakhar", "jurf-al-nasr", "city"), ("Rumeilan", "rmelan", "city"), ("Bashiqa", "bashiqa", "city"),
    ("Habbaniyah", "habbaniyah", "city"), ("Sinjar", "sinjar", "city"), ("Radwaniyah", "radwaniyah-palace", "building"),
    ("Yusufiyah", "yusufiyah", "town"), ("Mahmoudiyah", "mahmudiyah", "town"), ("Hit", "hit", "town"),
    ("Baiji", "baiji", "city"), ("Al-Qahtaniyah", "al-qahtaniyah", "town"),
    ("Qaraqosh", "qaraqosh", "town"),
    # units
    ("Anbar province", "admin1:IQ-anbar", "governorate"), ("محافظة نينوى", "admin1:IQ-nineveh", "governorate"),
    ("Safita District", "sy-district-safita", "admin2"), ("Safeeta district", "sy-district-safita", "admin2"),
    ("Safita District", "sy-district-safita", "admin2"),
])
def test_names_reports_use_answer_with_their_kind(curated_geocoder, query, place_id, kind):
    match = curated_geocoder.resolve(query, country=("IQ", "SY", "JO"))
    assert match.place.id == place_id
    assert match.place.kind == kind


def test_a_district_named_as_such_is_the_unit_and_the_bare_name_the_town(curated_geocoder):
    unit = curated_geocoder.resolve("Sinjar District")
    assert (unit.place.id, unit.geo_precision) == ("iq-district-sinjar", 3)
    assert unit.uncertainty_m >= 50_000
    assert curated_geocoder.resolve("Sinjar").place.id == "sinjar"
    assert curated_geocoder.resolve("منطقة صافيتا").place.id == "sy-district-safita"


def test_a_place_no_public_reference_locates_is_refused_not_guessed(curated_geocoder):
    # Saadiyat al-Shat (Diyala), a launch site of 2021 attacks on Balad, has no published point.
    with pytest.raises(GeomapError):
        curated_geocoder.resolve("Saadiyat al-Shat", country="IQ")


def test_every_curated_row_names_a_source_and_a_known_kind(gazetteer):
    from geomap import settings

    assert len(gazetteer) >= 300
    assert all(p.source and p.kind in settings.PLACE_KINDS for p in gazetteer)


@pytest.mark.parametrize("query", ["Sinjar District", "Sinjar qadaa", "Qadha Sinjar", "قضاء سنجار",
                                   "Sinjar (district)"])
def test_a_district_unit_in_the_forms_reports_write(curated_geocoder, query):
    assert curated_geocoder.resolve(query).place.id == "iq-district-sinjar"


@pytest.mark.parametrize(("query", "radius_m"), [("Qahtaniyah subdistrict", 30_000), ("Al-Qahtaniyah nahiya", 30_000)])
def test_a_unit_without_an_outline_is_placed_at_its_seat_with_the_units_radius(curated_geocoder, query, radius_m):
    # Districts and subdistricts take their seat's name; the seat's point with a town's radius would claim a
    # precision the unit does not have.
    match = curated_geocoder.resolve(query, country="SY")
    assert match.place.id in ("al-qahtaniyah", "al-malikiyah")
    assert (match.geo_precision, match.uncertainty_m) == (3, radius_m)
    assert "seat" in match.decided_by


def test_a_unit_whose_name_is_no_town_in_context_stays_refused(curated_geocoder):
    with pytest.raises(GeomapError):
        curated_geocoder.resolve("Tall Tamr subdistrict", country="IQ")
    with pytest.raises(GeomapError):
        curated_geocoder.resolve("Qwzxy subdistrict", country="SY")


def test_every_curated_name_and_alias_answers_its_own_place_in_its_country(gazetteer, geocoder):
    """Each of the curated tier's 2,600 names resolves to its row (or to a place in or around it), or is refused
    as a common name with the row among the candidates; never to another place. (A names cache kept across a
    change of the normalization rules once made the alias "Forward Operating Base Fuller" unknown.)"""
    wrong = []
    for place in (p for p in gazetteer if p.tier == "curated"):
        family = {place.id, *(a.id for a in gazetteer.ancestors(place))}
        for name in (place.name, *place.aliases):
            try:
                match = geocoder.resolve(name, country=place.country)
            except GeomapError as refusal:
                if place.id not in [c.place.id for c in getattr(refusal, "candidates", [])]:
                    wrong.append(f"{name!r} ({place.id}) refused without it: {refusal}")
                continue
            if match.place.id not in family and place.id not in {a.id for a in gazetteer.ancestors(match.place)}:
                wrong.append(f"{name!r} ({place.id}) -> {match.place.id}")
    assert not wrong, "\n".join(wrong)
