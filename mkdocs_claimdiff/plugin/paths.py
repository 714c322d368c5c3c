"""Where the plugin may read and write: URL prefixes made of slugs, a cache folder outside
``docs_dir`` and ``site_dir``, and containment that follows links."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import File, Files

from .config import ClaimDiffConfig

log = get_plugin_logger(__name__)


def cache_folder(config: MkDocsConfig, options: ClaimDiffConfig, articles: Path) -> Path:
    """The cache folder, beside ``mkdocs.yml`` by default; never inside ``docs_dir`` (a write
    there would make ``mkdocs serve`` rebuild again), ``site_dir`` (the cache, with the local
    paths it holds, would be published) nor the ``articles`` folder (its entries would be read
    as stories)."""
    base_dir = Path(config.config_file_path or ".").resolve().parent
    folder = (base_dir / options.cache_dir).resolve()
    for name, outside in (
        ("docs_dir", config.docs_dir),
        ("site_dir", config.site_dir),
        ("articles_dir", articles),
    ):
        if is_within(folder, Path(outside).resolve()):
            raise PluginError(f"claimdiff: 'cache_dir' must be outside {name}, not {folder}")
    return folder


def is_within(path: Path, folder: Path, resolve: bool = True) -> bool:
    """Whether ``path`` is inside ``folder``, once links are followed (unless ``resolve`` is
    False); a link that loops or cannot be followed is inside nothing."""
    try:
        (path.resolve() if resolve else path).relative_to(folder)
    except (ValueError, OSError, RuntimeError):
        return False
    return True


def take_article_files(files: Files, folder: Path) -> list[File]:
    """Take out of ``files`` those of the articles ``folder`` (as configured), which the plugin
    reads and never publishes, and return them: a file that sits there, wherever a link in its
    place leads (to ``/dev/zero``, to a file elsewhere: still the plugin's to read or reject),
    or a file elsewhere in ``docs_dir`` whose links lead into the folder."""
    resolved = folder.resolve()
    taken = [
        file
        for file in files
        if file.abs_src_path
        and (
            is_within(Path(os.path.normpath(file.abs_src_path)), folder, resolve=False)
            or is_within(Path(file.abs_src_path), resolved)
        )
    ]
    for file in taken:
        files.remove(file)
    return taken


def watch_articles(server: LiveReloadServer, articles: Path, docs_dir: Path) -> None:
    """Have ``mkdocs serve`` watch an articles folder outside ``docs_dir`` (one inside it is
    watched with it). A folder that is not there is not watched: watching it stopped the
    server."""
    if is_within(articles, docs_dir.resolve()):
        return
    if articles.is_dir():
        server.watch(str(articles))
    else:
        log.warning(
            f"articles folder {articles} does not exist, so it is not watched: create it, then "
            "start mkdocs serve again"
        )


def refuse_endless_walks(docs_dir: str, articles: Path) -> None:
    """Stop the build, naming the link, when MkDocs' own listing of ``docs_dir`` would never
    end in the articles folder: MkDocs follows every link to a folder before any plugin sees a
    file, so a link to a folder it is already inside ("..", "/", ``docs_dir``), or links that
    lead round to one another, wherever they lead, loop (helper-169's audit: 6.7 GB of memory
    in ten minutes, no message). Every folder reached from the articles folder is walked once,
    as MkDocs walks it, a link's target resolved; an articles folder beside ``docs_dir`` MkDocs
    never lists."""
    docs = Path(os.path.normpath(docs_dir))
    if not is_within(articles, docs, resolve=False):
        return
    done: set[Path] = set()
    # The folders MkDocs is inside when it reaches the articles folder, as written and resolved.
    above = [articles, *articles.parents[: len(articles.relative_to(docs).parts)]]
    inside = {folder.resolve() for folder in above} | set(articles.resolve().parents)

    chain = set(inside)  # the folders the walk is inside, ancestors first
    walking: list[tuple[str, Path, Iterator[os.DirEntry[str]]]] = []

    def enter(shown: str, real: Path) -> None:
        done.add(real)
        chain.add(real)
        try:  # listed where it is, not by the path it was reached by: a path of 40 links or
            # 4,096 characters cannot be opened, and its links would go unseen (helper-174)
            entries = sorted(os.scandir(real), key=lambda entry: entry.name)
        except OSError:
            entries = []  # unreadable: MkDocs stops there too
        walking.append((shown, real, iter(entries)))

    # Depth first with a stack, not by recursion: a tree 1,000 folders deep is no crash.
    enter(str(articles), articles.resolve())
    while walking:
        folder, real, entries = walking[-1]
        entry = next(entries, None)
        if entry is None:
            walking.pop()
            chain.discard(real)
            continue
        try:
            if not entry.is_dir():  # follows a link, as MkDocs does
                continue
            target = Path(entry.path).resolve() if entry.is_symlink() else real / entry.name
        except (OSError, RuntimeError):
            continue  # a link to itself, which MkDocs lists as a file: not a folder
        shown = os.path.join(folder, entry.name)  # as MkDocs reaches it
        if target in chain:
            raise PluginError(
                f"claimdiff: {shown} is a link to a folder above it ({target}): MkDocs"
                " follows every link in docs_dir when it lists the site's files, and would"
                " follow this one without end; remove it, or put articles_dir beside"
                " docs_dir, where MkDocs does not look"
            )
        if target not in done:
            enter(shown, target)


def followed(docs_dir: str, articles: Path) -> Path:
    """The articles folder with its links followed, once MkDocs' listing of ``docs_dir`` is
    known to end in it (``refuse_endless_walks``); a link that leads to itself (``articles ->
    articles``) stops the build with a message, not a traceback (helper-174)."""
    try:
        real = articles.resolve()
    except (OSError, RuntimeError) as error:
        raise PluginError(
            f"claimdiff: articles_dir {articles} cannot be followed: {error}"
        ) from None
    refuse_endless_walks(docs_dir, articles)
    return real
