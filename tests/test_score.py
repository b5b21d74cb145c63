"""The evaluation's scorer: what it counts as the same weapon."""

from evaluation.score import _same_weapon


def test_a_weapon_told_as_the_report_says_it_matches_its_labelled_family():
    assert _same_weapon("car bomb", "ied")
    assert _same_weapon("suicide bomb", "ied")
    assert _same_weapon("air strike", "airstrike")
    assert _same_weapon("107mm rockets", "rocket")


def test_weapons_of_other_families_or_of_none_do_not_match():
    assert not _same_weapon("rocket", "mortar")
    assert not _same_weapon("car bomb", "rocket")
    assert not _same_weapon("indirect fire", "weapon")  # two words no family holds say nothing alike
    assert _same_weapon("weapon", "weapon")
