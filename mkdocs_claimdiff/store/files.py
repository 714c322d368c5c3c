"""Files of the store: written atomically, deleted quietly, hashed as far as they are read.

A cache folder that cannot be written, or a file that vanishes, leaves the store cold, never
the build broken."""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import tempfile
import time
from pathlib import Path

STALE_TEMPORARY_SECONDS = 3600
"""Age from which a ``.tmp`` file is the leftover of a writer that died rather than an entry
another process is writing right now."""


def write_atomically(path: Path, text: str) -> bool:
    """Write to a temporary name and rename, so a reader (another build, a killed one) never
    sees half a file; False when the folder cannot be written."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    except OSError:
        return False
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except OSError:
        Path(temporary).unlink(missing_ok=True)
        return False
    return True


def file_stamp(path: Path) -> tuple[int, int, int, int] | None:
    """What changes when a file is saved, or None when there is no such file: its size, times
    and inode. The time of the inode's last change too, which no program can set back: a file
    rewritten in place to the same size, its modification time then restored (``touch -d``,
    a sync tool), kept its old text under ``mkdocs serve`` until the server restarted."""
    try:
        found = path.stat()
    except OSError:
        return None
    return found.st_size, found.st_mtime_ns, found.st_ctime_ns, found.st_ino


def delete(path: Path) -> None:
    """Delete a file if it can be: a cache folder that cannot be written just stays cold."""
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def entries(folder: Path) -> list[Path]:
    try:
        return [path for path in folder.iterdir() if path.suffix in (".json", ".tmp")]
    except OSError:
        return []


def is_stale(path: Path) -> bool:
    """Whether a file is older than ``STALE_TEMPORARY_SECONDS`` (False when it is gone)."""
    try:
        return time.time() - path.stat().st_mtime > STALE_TEMPORARY_SECONDS
    except OSError:
        return False


def file_digest(path: Path, max_bytes: int) -> str:
    """A hash of a file's size and of its first ``max_bytes`` + 1 bytes, as much as reading
    an article takes; "" for no regular file (none there, a folder, a pipe or a device, which
    are never read whole: a pipe would block, a device never end)."""
    try:
        found = path.stat()
        if not stat.S_ISREG(found.st_mode):
            return ""
        with path.open("rb") as stream:
            head = stream.read(max_bytes + 1)
    except OSError:
        return ""
    return hashlib.sha256(f"{found.st_size}\n".encode() + head).hexdigest()
