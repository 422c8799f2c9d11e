"""Each API's OpenAPI names its schemas by class name: two different classes of one name in
one API would leave one of them documented with the other's fields (the fuzzer found the
listing review decision documented as the dispute decision)."""

import typing
from collections import defaultdict

import pytest
from pydantic import BaseModel

from caravan.api import admin_api, public_api, seller_api, store_api


def _collect(annotation, found: set) -> None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        if annotation in found:
            return
        found.add(annotation)
        for field in annotation.model_fields.values():
            _collect(field.annotation, found)
    for argument in typing.get_args(annotation):
        _collect(argument, found)


def _shape(model) -> dict:
    schema = model.model_json_schema()
    for prop in schema.get("properties", {}).values():
        prop.pop("description", None)
    return schema


@pytest.mark.parametrize("api", [public_api, store_api, seller_api, admin_api],
                         ids=["public", "store", "seller", "admin"])
def test_schemas_sharing_a_name_have_one_shape(api):
    found: set = set()
    for _prefix, router in api._routers:
        for path_view in router.path_operations.values():
            for operation in path_view.operations:
                for model in [*operation.models, *operation.response_models.values()]:
                    _collect(model, found)
    by_name = defaultdict(list)
    for model in found:
        if not model.__module__.startswith("caravan."):
            continue  # ninja's own wrappers of a route's parameters, never named in the schema
        by_name[model.__name__].append(model)
    clashes = {name: [f"{m.__module__}.{m.__qualname__}" for m in models]
               for name, models in by_name.items()
               if len({repr(_shape(m)) for m in models}) > 1}
    assert clashes == {}
