"""Changes of fact ("what if"), and the sensitivities they reveal.

A change is written ``FACT=VALUE``: ``FACT`` is a path in the incident file (a leading
``$.`` is optional), ``VALUE`` a JSON value or a bare word. Path segments are field names;
``name[]`` means every element of a list, ``name[key]`` the elements whose ``category`` or
``kind`` is ``key``, ``name[2]`` one element. ``subjects.total=N`` sets the number of
people concerned (the first group gets what the other groups' known counts leave), and a
bare number given to a ``count``, ``records`` or ``recipient_count`` field is an estimate.

>>> parse_change("subjects[].includes_children=true")
('subjects[].includes_children', True)
>>> parse_change("$.effects.confidentiality.exfiltration=confirmed")
('effects.confidentiality.exfiltration', 'confirmed')

:func:`sensitivities` tries, for each unknown or assumed fact of an assessment and for each
count or duration that drives it, the other value, re-runs the rules, and reports every
determination whose outcome would change, with the outcome it would then have.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import attrs

from breachmodel.determination import Determination, MissingFact, Sensitivity
from breachmodel.model import Incident
from breachmodel.serialization import from_data, to_data

__all__ = ["Candidate", "apply_changes", "candidates", "parse_change", "sensitivities"]

_SEGMENT = re.compile(r"^([a-z_]+)(?:\[([A-Za-z0-9_-]*)\])?$")
_COUNT_FIELDS = frozenset({"count", "records", "recipient_count"})
_WORDS: dict[str, Any] = {"yes": True, "no": False, "unknown": None}


def parse_change(text: str) -> tuple[str, Any]:
    """Split ``FACT=VALUE`` into the path (without ``$.``) and the value.

    Raises:
        ValueError: If there is no ``=`` or the path is malformed, saying how to write it.
    """
    fact, sep, raw = text.partition("=")
    path = fact.strip().removeprefix("$.")
    if not sep or not path or not all(_SEGMENT.match(s) for s in path.split(".")):
        msg = (
            f"what-if {text!r}: write FACT=VALUE with FACT a path in the incident file, "
            "e.g. subjects[].includes_children=true or effects.availability.duration_hours=30"
        )
        raise ValueError(msg)
    raw = raw.strip()
    if raw.lower() in _WORDS:
        return path, _WORDS[raw.lower()]
    try:
        return path, json.loads(raw)
    except json.JSONDecodeError:
        return path, raw


def _targets(node: Any, segment: str) -> list[tuple[Any, str | int]]:
    """The (container, key) pairs a path segment designates in ``node``."""
    match = _SEGMENT.match(segment)
    assert match is not None  # noqa: S101 - checked by parse_change
    name, selector = match.groups()
    if selector is None:
        return [(node, name)]
    items = node.get(name) or []
    if selector == "":
        return [(items, i) for i in range(len(items))]
    if selector.isdigit():
        return [(items, int(selector))] if int(selector) < len(items) else []
    return [
        (items, i)
        for i, item in enumerate(items)
        if selector in (item.get("category"), item.get("kind"))
    ]


def _set(data: dict[str, Any], path: str, value: Any) -> int:
    """Set ``value`` at ``path`` in the data; return how many places were set."""
    nodes: list[Any] = [data]
    segments = path.split(".")
    for segment in segments[:-1]:
        nxt: list[Any] = []
        for node in nodes:
            for container, key in _targets(node, segment):
                if isinstance(container, dict) and container.get(key) is None:
                    container[key] = {}
                nxt.append(container[key])
        nodes = nxt
    last = segments[-1]
    count = 0
    for node in nodes:
        for container, key in _targets(node, last):
            container[key] = _as_count(value) if key in _COUNT_FIELDS else value
            count += 1
    return count


def _as_count(value: Any) -> Any:
    if isinstance(value, int) and not isinstance(value, bool):
        return {"precision": "estimate", "value": value}
    return value


def _set_total(data: dict[str, Any], total: int) -> None:
    groups = data.get("subjects") or [{"kind": "other"}]
    others = sum(
        (g.get("count") or {}).get("value") or 0 for g in groups[1:] if g.get("count") is not None
    )
    for group in groups[1:]:
        if (group.get("count") or {}).get("precision", "unknown") == "unknown":
            group["count"] = {"precision": "exact", "value": 0}
    groups[0]["count"] = _as_count(max(0, total - others))
    data["subjects"] = groups


def apply_changes(incident: Incident, changes: Iterable[str]) -> Incident:
    """The incident with each ``FACT=VALUE`` change applied.

    Raises:
        ValueError: If a change is malformed, designates nothing, or makes the incident
            invalid (the message names the change and the field).
    """
    changes = tuple(changes)
    data = to_data(incident)
    for text in changes:
        path, value = parse_change(text)
        if path == "subjects.total":
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                msg = f"what-if {text!r}: subjects.total takes a whole number of people"
                raise ValueError(msg)
            _set_total(data, value)
        elif _set(data, path, value) == 0:
            msg = f"what-if {text!r}: the incident has no {path!r} to change"
            raise ValueError(msg)
    try:
        return from_data(data, source="what-if")
    except ValueError as exc:
        msg = f"what-if {', '.join(changes)}: {exc}"
        raise ValueError(msg) from exc


# --- candidate changes ----------------------------------------------------------------------


@attrs.frozen
class Candidate:
    """A change worth trying: the assignments and the condition in words."""

    changes: tuple[str, ...]
    condition: str


def _yes_no(path: str, yes: str, no: str) -> tuple[Candidate, ...]:
    fact = path.removeprefix("$.")
    return (Candidate((f"{fact}=true",), yes), Candidate((f"{fact}=false",), no))


_CONF = '{"exfiltration": "%s", "recipients": ["unknown_third_party"]}'
_ALTERNATIVES: dict[str, tuple[Candidate, ...]] = {
    "$.subjects[].includes_children": _yes_no(
        "subjects[].includes_children",
        "if children are among the people concerned",
        "if no children are among the people concerned",
    ),
    "$.subjects[].vulnerable": _yes_no(
        "subjects[].vulnerable",
        "if the people concerned are particularly vulnerable",
        "if the people concerned are not particularly vulnerable",
    ),
    "$.effects.confidentiality.exfiltration": (
        Candidate(
            ("effects.confidentiality.exfiltration=confirmed",),
            "if data is shown to have been taken",
        ),
        Candidate(
            ("effects.confidentiality.exfiltration=ruled_out",), "if exfiltration is ruled out"
        ),
    ),
    "$.effects.confidentiality": (
        Candidate(
            (f"effects.confidentiality={_CONF % 'confirmed'}",), "if the attackers took data"
        ),
        Candidate(
            (f"effects.confidentiality={_CONF % 'ruled_out'}",),
            "if forensic analysis rules out that data was taken",
        ),
    ),
    "$.measures.encryption": (
        Candidate(
            (
                "measures.encryption.applied_to_breached_data=true",
                "measures.encryption.state_of_the_art=true",
                "measures.encryption.key_compromised=false",
            ),
            "if the data is shown to be encrypted to the state of the art with a safe key",
        ),
        Candidate(("measures.encryption.key_compromised=true",), "if the key was compromised"),
    ),
    "$.data[credentials].grants_access_to": (
        Candidate(
            ("data[credentials].grants_access_to=health",), "if the credentials open health data"
        ),
        Candidate(
            ("data[credentials].grants_access_to=identity",),
            "if the credentials open only ordinary account data",
        ),
    ),
    "$.effects.integrity.altered": _yes_no(
        "effects.integrity.altered", "if data was altered", "if no data was altered"
    ),
    "$.effects.integrity.reversible": _yes_no(
        "effects.integrity.reversible",
        "if the alteration can be reversed",
        "if the alteration cannot be reversed",
    ),
    "$.effects.integrity.misuse_possible": _yes_no(
        "effects.integrity.misuse_possible",
        "if the altered data may have been misused",
        "if misuse of the altered data is ruled out",
    ),
    "$.effects.availability.permanent": _yes_no(
        "effects.availability.permanent", "if the loss is permanent", "if the loss is temporary"
    ),
    "$.measures.pseudonymisation_key_safe": _yes_no(
        "measures.pseudonymisation_key_safe",
        "if the re-identification key was kept apart and safe",
        "if the re-identification key was not kept safe",
    ),
    "$.measures.credential_secret_safe": _yes_no(
        "measures.credential_secret_safe",
        "if the salts and any pepper stayed safe",
        "if the salts or pepper were taken with the hashes",
    ),
    "$.personal_data": _yes_no(
        "personal_data", "if personal data was concerned", "if no personal data was concerned"
    ),
    "$.measures.high_risk_no_longer_likely": (
        Candidate(
            ("measures.high_risk_no_longer_likely=true",),
            "if the controller documents that its measures removed the high risk",
        ),
    ),
}


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _threshold(
    fact: str, now: float | None, limit: float, *, more: str, less: str, hours: bool = False
) -> list[Candidate]:
    """The change across a threshold that flips a count (``>= limit``) or duration (``> limit``)."""
    above = Candidate((f"{fact}={_num(limit + 1 if hours else limit)}",), more)
    below = Candidate((f"{fact}={_num(limit if hours else limit - 1)}",), less)
    if now is None:
        return [above, below]
    crossed = now > limit if hours else now >= limit
    return [below] if crossed else [above]


def _threshold_values(options: Any, name: str) -> list[Any]:
    """The values of the threshold option ``name`` in one options object or several.

    Each regime's options object carries its own thresholds; an object without this one
    (another regime's options) contributes none.
    """
    if options is None:
        return []
    many = options if isinstance(options, tuple | list) else (options,)
    found = (getattr(o, name, None) for o in many)
    return [v for v in found if isinstance(v, int | float)]


def candidates(
    incident: Incident, facts: Iterable[MissingFact], paths: Iterable[str], options: Any
) -> list[Candidate]:
    """The changes worth trying for an assessment's unknown and assumed facts and thresholds.

    ``options`` is the options object the assessment ran under, or a tuple of several (one
    per regime); every threshold any of them sets is tried.
    """
    out: list[Candidate] = []
    asked = dict.fromkeys([*(m.path for m in facts), *paths])
    for path in asked:
        out += _ALTERNATIVES.get(path, ())
    aware = incident.timeline.controller_aware_at
    if "$.judgment" in asked and aware is not None:
        judgment = json.dumps(
            {
                "level": "unlikely",
                "justification": "what-if",
                "by": "what-if",
                "at": aware.isoformat(),
            }
        )
        out.append(
            Candidate(
                (f"judgment={judgment}",),
                "if the controller documents its conclusion that the breach is unlikely to "
                "result in a risk",
            )
        )
    total = incident.total_subjects
    heads = float(total.best) if total.known and total.best is not None else None
    people = ("large_scale_subjects", "identity_theft_subjects")
    for n in sorted({v for name in people for v in _threshold_values(options, name)}):
        out += _threshold(
            "subjects.total",
            heads,
            n,
            more=f"if {n:,} or more people were concerned",
            less=f"if fewer than {n:,} people were concerned",
        )
    avail = incident.effects.availability
    duration = avail.duration_hours if avail is not None else None
    for hours in _threshold_values(options, "short_outage_hours") if duration is not None else ():
        out += _threshold(
            "effects.availability.duration_hours",
            duration,
            hours,
            more=f"if the outage had lasted more than {hours:g} hours",
            less=f"if the outage had lasted {hours:g} hours or less",
            hours=True,
        )
    conf = incident.effects.confidentiality
    count = conf.recipient_count if conf is not None else None
    known = count is not None and count.known
    for wide in _threshold_values(options, "wide_disclosure_recipients") if known else ():
        out += _threshold(
            "effects.confidentiality.recipient_count",
            float(count.best or 0) if count is not None else 0.0,
            wide,
            more=f"if {wide:,} or more recipients had received the data",
            less=f"if fewer than {wide:,} recipients had received the data",
        )
    return out


def sensitivities(
    incident: Incident,
    determinations: Sequence[Determination],
    candidates_: Iterable[Candidate],
    rerun: Callable[[Incident], Sequence[Determination]],
) -> tuple[Determination, ...]:
    """The determinations, each with the changes that would change its outcome.

    Args:
        incident: The incident assessed.
        determinations: Its determinations.
        candidates_: The changes to try.
        rerun: Assesses a changed incident (without sensitivities).
    """
    found: dict[str, list[Sensitivity]] = {d.id: [] for d in determinations}
    for cand in candidates_:
        try:
            changed = apply_changes(incident, cand.changes)
        except ValueError:
            continue
        after = {d.id: d.outcome for d in rerun(changed)}
        for det in determinations:
            outcome = after.get(det.id)
            if outcome is not None and outcome is not det.outcome:
                found[det.id].append(
                    Sensitivity(changes=cand.changes, condition=cand.condition, outcome=outcome)
                )
    return tuple(
        attrs.evolve(d, sensitivities=tuple(_unique(found[d.id]))) if found[d.id] else d
        for d in determinations
    )


def _unique(items: list[Sensitivity]) -> list[Sensitivity]:
    return list(dict.fromkeys(items))
