"""A folder's stories as they are read, and their comparisons as the workers make them: the
build's process lays out and renders the pages of each story as soon as its comparison comes
(``pipeline.start_comparing`` starts the comparing)."""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from .model import Comparison, Problem, Story
from .workers import WorkerPool


@dataclass(frozen=True)
class FolderComparison:
    """Every story of an articles folder compared, and what was wrong with its files."""

    comparisons: tuple[Comparison, ...]
    keys: tuple[str, ...]
    """Per comparison, a hash of everything it depends on (``store.comparisons``): the
    plugin renders a page again only when its key changes."""
    problems: tuple[Problem, ...]
    """About files and folders first, then about each article's content, in reading order."""


class ComparingFolder:
    """The stories of an articles folder, read, and their comparisons as they come.

    The comparisons are made in a thread of their own when there are workers to wait for
    (``start_comparing``): the build's process then renders the pages of each story as soon as its
    comparison comes, beside the workers, instead of waiting for the last story with a core
    idle and rendering everything after it."""

    def __init__(
        self, stories: tuple[Story, ...], keys: tuple[str, ...], problems: tuple[Problem, ...]
    ) -> None:
        self.stories = stories
        self.keys = keys
        """Per story, a hash of everything its comparison depends on (``store.comparisons``):
        the plugin renders a page again only when its key changes."""
        self.problems = problems
        """About files and folders first, then about each article's content, in order."""
        self._comparisons: dict[int, Comparison] = {}
        self._found: queue.SimpleQueue[int | None] = queue.SimpleQueue()
        self._ended = False
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None
        self.pool = WorkerPool(0)
        """The workers that compare; ``cancel`` stops them."""

    def comparison(self, index: int) -> Comparison | None:
        """The comparison of the story at ``index``, or None while it is being made."""
        return self._comparisons.get(index)

    def found(self, index: int, comparison: Comparison) -> None:
        """Take the comparison of the story at ``index`` (``store.comparisons``' ``ready``)."""
        self._comparisons[index] = comparison
        self._found.put(index)

    def run(self, compare: Callable[[], None], *, in_background: bool) -> None:
        """Make the comparisons with ``compare``, here or in a thread."""

        def compare_then_end() -> None:
            try:
                compare()
            except BaseException as error:  # handed to whoever waits, in its thread
                self._error = error
            finally:
                self._found.put(None)

        if in_background:
            # A daemon: a build stopped by Ctrl-C (which ends the workers too) ends its process
            # at once, instead of waiting for this thread to compare the stories left here.
            self._thread = threading.Thread(
                target=compare_then_end, name="claimdiff-compare", daemon=True
            )
            self._thread.start()
            self.pool.cancel_at_exit()
        else:
            compare_then_end()

    def in_turn(self) -> Iterator[int]:
        """The place of each story whose comparison came since the last call, as it comes,
        until the last; raises what stopped the comparing, if anything did."""
        while not self._ended:
            try:
                index = self._found.get()
            except BaseException:  # Ctrl-C: the workers must not finish every story first
                self.cancel()
                raise
            if index is None:
                self._ended = True
            else:
                yield index
        if self._thread is not None:
            self._thread.join()
        if self._error is not None:
            raise self._error

    def cancel(self) -> None:
        """Stop the comparing at once, as whoever waited for it stopped (an error, Ctrl-C), and
        let it end: the store is then free for the next build."""
        self.pool.cancel()
        if self._thread is not None:
            self._thread.join()

    def has_come(self, index: int | None) -> bool:
        """Whether the comparison of the story at ``index`` has come (None: every story's)."""
        if index is None:
            return len(self._comparisons) == len(self.stories)
        return index in self._comparisons

    def wait(self, index: int | None) -> None:
        """Until the comparison of the story at ``index`` has come (None: every story's); raises
        what stopped the comparing, if anything did."""
        for _ in () if self.has_come(index) else self.in_turn():
            if self.has_come(index):
                return

    def order(self) -> tuple[int, ...]:
        """The places of the stories in the order their pages are best laid out in: the order
        they are read in, which is the order the workers take them up in a cold build
        (``workers.early``). The same order whatever the cache holds, so that a site's search
        index, which lists the pages as they are built, is the same after any build."""
        return tuple(range(len(self.stories)))

    def result(self) -> FolderComparison:
        """Every comparison, once all are made."""
        for _ in self.in_turn():
            pass
        return FolderComparison(
            comparisons=tuple(self._comparisons[index] for index in range(len(self.stories))),
            keys=self.keys,
            problems=self.problems,
        )
