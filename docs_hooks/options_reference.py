"""MkDocs hook of the demo site: the guide's option reference, generated at build time.

Each option of the ``claimdiff`` plugin is documented once, by the docstring under its line in
the plugin's config class. This hook reads those docstrings from the class's source (with
``ast``: Python keeps no attribute docstrings at run time) and the defaults from the class's
schema, and adds ``guide/options.md`` as a generated page, so the reference can neither drift
from the code nor repeat it. The class is found through the loaded plugin, so the hook follows
it wherever it moves and lists whatever options it declares. Nothing is written into docs_dir.
"""

from __future__ import annotations

import ast
import inspect
import logging
import textwrap
from dataclasses import dataclass
from itertools import pairwise

import yaml
from mkdocs.config import base
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

PLUGIN = "claimdiff"
PAGE = "guide/options.md"

log = logging.getLogger("mkdocs.hooks.options_reference")


@dataclass(frozen=True)
class Option:
    """One option as the reference shows it."""

    name: str
    default: str
    """The default as it would be written in ``mkdocs.yml``."""
    doc: str
    """The option's docstring, its reStructuredText literals turned into Markdown code."""


def attribute_docstrings(config_class: type[base.Config]) -> dict[str, str]:
    """The docstring under each attribute of ``config_class`` and of the config classes it
    extends; a subclass's own docstring wins, as its option does."""
    docstrings: dict[str, str] = {}
    for cls in config_class.__mro__:
        if not issubclass(cls, base.Config) or cls is base.Config:
            continue
        tree = ast.parse(textwrap.dedent(inspect.getsource(cls)))
        body = next(node for node in tree.body if isinstance(node, ast.ClassDef)).body
        for statement, following in pairwise(body):
            target = attribute_name(statement)
            if (
                target is not None
                and isinstance(following, ast.Expr)
                and isinstance(following.value, ast.Constant)
                and isinstance(following.value.value, str)
            ):
                docstrings.setdefault(target, inspect.cleandoc(following.value.value))
    return docstrings


def attribute_name(statement: ast.stmt) -> str | None:
    """The name a class-level ``name = ...`` or ``name: T = ...`` assigns, else None."""
    if isinstance(statement, ast.Assign) and len(statement.targets) == 1:
        target = statement.targets[0]
        return target.id if isinstance(target, ast.Name) else None
    if isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
        return statement.target.id
    return None


def as_yaml(value: object) -> str:
    """``value`` as it is written in ``mkdocs.yml``: ``true``, ``0.18``, ``{}``."""
    text: str = yaml.safe_dump(value, default_flow_style=True, allow_unicode=True)
    return text.removesuffix("\n").removesuffix("\n...").strip()


def options(config_class: type[base.Config]) -> list[Option]:
    """Every option ``config_class`` declares, in the order of its source.

    An option without a docstring is listed all the same, with a warning, so ``--strict``
    fails until it is documented."""
    docstrings = attribute_docstrings(config_class)
    found = []
    for name, option in base.get_schema(config_class):
        doc = docstrings.get(name)
        if doc is None:
            log.warning(f"{config_class.__qualname__}.{name} has no docstring to document it")
        found.append(
            Option(
                name=name,
                default="unset" if option.default is None else f"`{as_yaml(option.default)}`",
                doc=(doc or "Not documented yet.").replace("``", "`"),
            )
        )
    return found


def reference(config_class: type[base.Config]) -> str:
    """The Markdown of the option reference page."""
    lines = [
        "# Options",
        "",
        "Every option of the `claimdiff` plugin, with its default. This page is generated when",
        "the site is built, from the docstrings of the plugin's configuration class "
        f"(`{config_class.__module__}.{config_class.__qualname__}`).",
        "See [Getting started](getting-started.md#configure-it) for an example.",
    ]
    for option in options(config_class):
        lines += ["", f"## `{option.name}`", "", f"Default: {option.default}", "", option.doc]
    return "\n".join(lines) + "\n"


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Add the option reference to the site's files."""
    plugin = config.plugins.get(PLUGIN)
    if plugin is None:
        raise PluginError(f"{PAGE} documents the `{PLUGIN}` plugin, which mkdocs.yml does not load")
    files.append(File.generated(config, PAGE, content=reference(plugin.config_class)))
    return files
