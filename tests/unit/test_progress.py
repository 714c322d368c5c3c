"""Progress of long comparisons at INFO; small sites and cached builds stay quiet."""

from __future__ import annotations

from mkdocs_claimdiff.progress import EVERY, LONG, MANY_STORIES, Progress


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_many_stories_are_told_from_the_start_to_the_end() -> None:
    said: list[str] = []
    clock = Clock()
    progress = Progress(said.append, clock)
    progress(0, MANY_STORIES)
    for done in range(1, MANY_STORIES + 1):
        clock.now += EVERY / 2
        progress(done, MANY_STORIES)
    assert said[0] == f"comparing {MANY_STORIES} stories…"
    assert said[-1] == f"compared {MANY_STORIES} stories in {MANY_STORIES * EVERY / 2:.1f} s"
    assert 1 < len(said) - 1 <= MANY_STORIES // 2  # a report at most every EVERY seconds


def test_a_few_quick_stories_say_nothing_and_a_slow_one_is_told_when_done() -> None:
    said: list[str] = []
    clock = Clock()
    progress = Progress(said.append, clock)
    progress(0, 2)
    clock.now += 0.5
    progress(1, 2)
    progress(2, 2)
    assert said == []
    progress(0, 1)
    clock.now += LONG + 1
    progress(1, 1)
    assert said == [f"compared 1 story in {LONG + 1:.1f} s"]
    said.clear()
    progress(0, 3)  # few stories, but slow: told from the first one done after LONG seconds
    clock.now += LONG + 1
    progress(1, 3)
    assert said == [f"comparing stories: 1/3 done ({LONG + 1:.0f} s)"]
