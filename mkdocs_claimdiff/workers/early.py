"""Stories handed to the workers as soon as their folder is read, not after the whole folder of
articles is.

A cold build reads every article, then compares the stories: the workers, started for the
reading, waited for the last file while the build's process read the others, then compared
every story while the build's process waited for the first. So each story folder with a file
read anew is handed to the workers as soon as its last file is read, as the story ``discover``
makes of it (``EarlyJobs.offer``). When the reading is done, the job of a story that is equal to
one handed out early takes that early comparison (``take``); a story that changed after it was
handed out (a ``story:`` key of a later file moved an article into it) is compared anew and the
early one dropped, so no page shows a comparison of anything but the story as read.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from ..model import Job, Story


class EarlyJobs:
    """The stories handed out early, by id, with the comparisons to come (pickled, as
    ``pipeline.run_job_sent`` sends them). ``submit`` hands a story to the workers, or returns
    None when they cannot take it at once (``WorkerPool.ready``): a story read while the fork
    server still imports waits in turn here, and is handed out with the next story read after
    it is ready. Nothing waits for the workers in this process's threads: the build goes on
    reading, and Ctrl-C stops it at once."""

    def __init__(
        self,
        submit: Callable[[Story], Future[bytes] | None],
        needless: Callable[[Story], bool],
    ) -> None:
        self._submit = submit
        self._needless = needless
        self._read_anew: set[Path] = set()
        self._waiting: list[Story] = []
        self._handed_out: dict[str, tuple[Story, Future[bytes]]] = {}

    def read_anew(self, path: Path) -> None:
        """Note a file read anew: an article the cache did not have."""
        self._read_anew.add(path)

    def offer(self, story: Story) -> None:
        """A story folder just read (``discover``'s ``on_folder``), to hand to the workers when
        a file of it was read anew and comparing it early is not ``needless`` (no workers run,
        or its comparison may be stored: an upgrade of a library that reads articles reads
        every article anew, and changes no comparison); with it, the stories read before it
        that waited for the workers."""
        if any(article.path in self._read_anew for article in story.articles) and not (
            self._needless(story)
        ):
            self._waiting.append(story)
        while self._waiting:
            try:
                future = self._submit(self._waiting[0])
            except (BrokenProcessPool, OSError):
                self._waiting.clear()  # compared with the others, after the reading
                return
            if future is None:
                return
            story = self._waiting.pop(0)
            self._handed_out[story.id] = (story, future)

    def take(self, job: Job) -> Future[bytes] | None:
        """The comparison handed out early for the job's story, if the story is the one handed
        out (its claims are all extracted anew: the same claims the job's known ones are)."""
        found = self._handed_out.pop(job[0].id, None)
        if found is None:
            return None
        story, future = found
        if story != job[0] or future.cancelled():
            future.cancel()
            return None
        return future

    def drop(self) -> None:
        """Forget every story handed out and not taken (a worker died: the pool that had them is
        gone; or the reading is done and they were not needed), and those still waiting."""
        for _, future in self._handed_out.values():
            future.cancel()
        self._handed_out.clear()
        self._waiting.clear()
