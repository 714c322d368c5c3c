"""Templates compiled once per ``mkdocs serve`` session (``plugin.compiled``)."""

from __future__ import annotations

from typing import Any

import jinja2
import pytest

from mkdocs_claimdiff.plugin.compiled import CompiledTemplates


class CountingEnvironment(jinja2.Environment):
    """An environment that counts the templates it compiles from source."""

    compiled = 0

    def compile(self, *args: Any, **kwargs: Any) -> Any:
        type(self).compiled += 1
        return super().compile(*args, **kwargs)


@pytest.fixture(autouse=True)
def _count_from_zero() -> None:
    CountingEnvironment.compiled = 0


def environment(templates: dict[str, str], cache: CompiledTemplates, **settings: Any) -> Any:
    env = CountingEnvironment(loader=jinja2.DictLoader(templates), **settings)
    cache.attach(env)
    return env


def test_a_rebuild_s_new_environment_renders_without_compiling_again() -> None:
    cache = CompiledTemplates()
    templates = {"page.html": "<p>{{ text }}</p>"}
    first = environment(templates, cache).get_template("page.html").render(text="Quake")
    assert CountingEnvironment.compiled == 1
    second = environment(templates, cache).get_template("page.html").render(text="Quake")
    assert second == first == "<p>Quake</p>"
    assert CountingEnvironment.compiled == 1


def test_an_edited_template_is_compiled_again() -> None:
    cache = CompiledTemplates()
    environment({"page.html": "<p>{{ text }}</p>"}, cache).get_template("page.html")
    edited = environment({"page.html": "<h1>{{ text }}</h1>"}, cache)
    assert edited.get_template("page.html").render(text="Quake") == "<h1>Quake</h1>"
    assert CountingEnvironment.compiled == 2


@pytest.mark.parametrize(
    "settings",
    [
        {"variable_start_string": "[[", "variable_end_string": "]]"},
        {"autoescape": True},
        {"extensions": ["jinja2.ext.i18n"]},
    ],
)
def test_an_environment_that_compiles_otherwise_gets_code_of_its_own(
    settings: dict[str, Any],
) -> None:
    cache = CompiledTemplates()
    templates = {"page.html": "<p>{{ text }}[[ text ]]</p>"}
    plain = environment(templates, cache).get_template("page.html").render(text="<b>")
    other = environment(templates, cache, **settings).get_template("page.html").render(text="<b>")
    assert CountingEnvironment.compiled == 2
    alone = jinja2.Environment(loader=jinja2.DictLoader(templates), **settings)
    assert other == alone.get_template("page.html").render(text="<b>")
    assert plain == "<p><b>[[ text ]]</p>"


def test_code_that_depends_on_a_function_is_never_shared() -> None:
    cache = CompiledTemplates()
    templates = {"page.html": "<p>{{ text }}</p>"}
    for _ in range(2):
        env = environment(templates, cache, finalize=lambda value: str(value).upper())
        assert env.get_template("page.html").render(text="quake") == "<p>QUAKE</p>"
    assert CountingEnvironment.compiled == 2


def test_a_cache_the_environment_has_already_is_kept() -> None:
    own = jinja2.bccache.BytecodeCache()
    env = jinja2.Environment(bytecode_cache=own)
    CompiledTemplates().attach(env)
    assert env.bytecode_cache is own
