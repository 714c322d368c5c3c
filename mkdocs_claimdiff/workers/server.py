"""Imported by the fork server before anything else (``SERVER_PRELOAD``), and nowhere else:
importing it has the kernel end the server when the build process that started it ends, even
by ``kill -9``, and the kernel ends each worker with the server (``_die_with_parent``). Without
this, the server would wait for every worker to end first, and a worker busy in compiled code
would notice the build's end only when that code returns."""

from __future__ import annotations

from . import end_with_parent

end_with_parent()
