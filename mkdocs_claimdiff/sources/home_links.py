"""Where a link on a saved page points: to the site's home page or a folder above the page (a
template's logo, ``html._headline``), read as a browser reads relative links."""

from __future__ import annotations

from contextlib import suppress
from typing import Any
from urllib.parse import urljoin, urlsplit


def is_home(link: Any, page: tuple[str, str], base: str) -> bool:
    """True for a link to the site's home page ("/", "index.html", "https://example.com/") or
    to a folder above the page on its host (``page`` its host and the folder it is in,
    ``place_of``), written in full or relative to ``base``, the page's address ("../",
    "/blog/"); not "https://example.com/?p=123", a blog's headline linking to its own post."""
    host, folder = page
    href = (link.get("href") or "").strip()
    if base and href not in _HOME_PATHS and not href.startswith(("http://", "https://", "//")):
        with suppress(ValueError):  # as a browser reads it: "../" of ".../blog/2020/post.html"
            href = urljoin(base, href)
    if href.startswith(("http://", "https://", "//")):
        with suppress(ValueError):  # "http://[oops": no address at all
            parts = urlsplit(href)
            same_host = parts.netloc.lower() == host
            return _is_home_path(parts.path or "/", folder if same_host else "") and not parts.query
        return False
    return _is_home_path(href, folder)


def _is_home_path(path: str, folder: str) -> bool:
    """A home page's path, or a folder's ("/blog/", "/blog", "/blog/index.html") above the
    page (``folder``); a relative path that only climbs ("../", "../../index.html") is above
    any page, its address known or not."""
    if path in _HOME_PATHS:
        return True
    path = path.removesuffix("index.html").removesuffix("index.php")
    if path.startswith("..") and set(path) <= {".", "/"}:
        return True
    above = path if path.endswith("/") else path + "/"
    return path.startswith("/") and bool(folder) and folder.startswith(above)


def base_of(tree: Any, url: str | None) -> str:
    """The address a page's relative links are read from: its ``<base href>`` (itself read
    from the page's address), else the page's address; ``""`` when neither is known."""
    declared = tree.find(".//head/base[@href]")
    href = declared.get("href").strip() if declared is not None else ""
    with suppress(ValueError):  # "http://[oops": no address at all
        return urljoin(url or "", href) if href else (url or "")
    return url or ""


def place_of(url: str | None) -> tuple[str, str]:
    """A page's host and the folder its address is in: "/blog/" of
    "https://example.com/blog/?p=4916" (a query names the page), "/news/2020/" of
    "/news/2020/story.html" and of "/news/2020/story/" (a page's own address is never a folder
    above it)."""
    with suppress(ValueError):
        parts = urlsplit(url or "")
        path = parts.path if parts.query else parts.path.rstrip("/")
        return parts.netloc.lower(), path[: path.rfind("/") + 1]
    return "", ""


_HOME_PATHS = frozenset({"/", "./", "index.html", "/index.html", "index.php", "/index.php"})
"""The paths of a link to a site's home page (and no path at all after a host name)."""
