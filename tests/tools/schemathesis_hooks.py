"""Schemathesis hooks of the API fuzz test (tests/integration/api_fuzz.rs).

Requests carry the API tokens of the data file in turn: the API allows each
person 300 requests a minute, and a run sends more.

The test writes, to the file INNOVATO_FUZZ_DATA names, what belongs to
another city (its people's names and emails, its calls' and proposals'
titles, and the ids of its people, calls, proposals, categories and
divisions), and the ids worth probing (that city's and the caller's own).
Path ids are drawn from those too, so that the fuzzer asks for another
city's objects, and the check fails on any response carrying them.
"""

import itertools
import json
import os

import schemathesis
from hypothesis import strategies as st

with open(os.environ["INNOVATO_FUZZ_DATA"], encoding="utf-8") as data:
    FOREIGN = json.load(data)


@schemathesis.auth(refresh_interval=None)
class TokensInTurn:
    def __init__(self):
        self._turn = itertools.cycle(FOREIGN["tokens"])

    def get(self, case, context):
        return next(self._turn)

    def set(self, case, data, context):
        case.headers = {**(case.headers or {}), "Authorization": f"Bearer {data}"}


# Path parameters that hold an id, probed with another city's ids.
_PROBED = ("id", "proposal_id")


@schemathesis.hook
def flatmap_path_parameters(context, path_parameters):
    names = [name for name in _PROBED if name in (path_parameters or {})]
    if not names:
        return st.just(path_parameters)
    probed = st.tuples(
        st.sampled_from(names), st.sampled_from(FOREIGN["probe_ids"])
    ).map(lambda probe: {**path_parameters, probe[0]: probe[1]})
    return st.one_of(st.just(path_parameters), probed)


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from _strings(item)


# Fields that name an object of one kind, wherever they appear.
_KEYED = {
    "call_id": "call_ids",
    "proposal_id": "proposal_ids",
    "person_id": "person_ids",
    "juror_id": "person_ids",
    "actor_id": "person_ids",
    "division_id": "division_ids",
    "category": "category_ids",
}

# What an audit entry's subject is, by its type.
_SUBJECTS = {
    "call": "call_ids",
    "proposal": "proposal_ids",
    "person": "person_ids",
    "project": "project_ids",
}


def _ids(value, id_kind):
    """(kind, id) of every reference in a response of the API."""
    if isinstance(value, list):
        for item in value:
            yield from _ids(item, id_kind)
    elif isinstance(value, dict):
        subject = _SUBJECTS.get(value.get("subject_type"))
        if subject and isinstance(value.get("subject_id"), int):
            yield subject, value["subject_id"]
        for key, item in value.items():
            if key == "id" and isinstance(item, int):
                yield id_kind, item
            elif key in _KEYED and isinstance(item, int):
                yield _KEYED[key], item
            elif key == "divisions" and isinstance(item, list):
                for division in item:
                    yield "division_ids", division
            else:
                yield from _ids(item, id_kind)


def _kind_of_ids(path):
    if path.startswith(("/people", "/me")):
        return "person_ids"
    if path.startswith("/projects"):
        return "project_ids"
    if "proposals" in path:
        return "proposal_ids"
    return "call_ids"


@schemathesis.check
def no_other_city_data(ctx, response, case):
    """No response names another city's people, calls or proposals."""
    try:
        body = response.json()
    except ValueError:
        texts = [response.text]
        body = None
    else:
        texts = list(_strings(body))
    for foreign in FOREIGN["strings"]:
        if any(foreign in text for text in texts):
            raise AssertionError(f"The response contains another city's {foreign!r}")
    if body is None:
        return
    for kind, value in _ids(body, _kind_of_ids(case.operation.path)):
        if value in FOREIGN[kind]:
            raise AssertionError(f"The response names another city's {kind[:-4]} {value}")
