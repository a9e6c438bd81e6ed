"""``Incident.category_info`` finds built-in and custom categories through an index."""

from __future__ import annotations

import pytest

from breachmodel.model import CustomCategory, DataConcerned, EnisaClass, Incident, Organisation
from breachmodel.model.categories import custom_info

CONTROLLER = Organisation(id="c", name="C")


def _incident(n: int, enisa: EnisaClass, *, label: str = "Custom") -> Incident:
    custom = tuple(
        CustomCategory(id=f"c{i}", label=f"{label} {i}", enisa_class=enisa) for i in range(n)
    )
    data = tuple(DataConcerned(category=c.id) for c in custom)
    return Incident(id="i", controller=CONTROLLER, custom_categories=custom, data=data)


def test_every_custom_category_is_found_with_its_own_facts() -> None:
    inc = _incident(500, EnisaClass.FINANCIAL)
    for i in (0, 250, 499):
        info = inc.category_info(f"c{i}")
        assert (info.id, info.label, info.enisa_class) == (f"c{i}", f"Custom {i}", 3)
    assert inc.category_info("health").special_category


def test_incidents_with_equal_ids_keep_their_own_facts() -> None:
    # Many incidents, each with its own tuple: more than the indexes kept.
    incidents = [_incident(3, EnisaClass(1 + k % 4), label=f"L{k}") for k in range(100)]
    for k, inc in enumerate(incidents):
        info = inc.category_info("c1")
        assert (info.label, int(info.enisa_class)) == (f"L{k} 1", 1 + k % 4)


def test_unknown_category_is_a_key_error() -> None:
    with pytest.raises(KeyError, match="unknown data category 'nope'"):
        _incident(2, EnisaClass.SIMPLE).category_info("nope")
    assert custom_info((), "c0") is None
