"""A benchmark child's own peak memory (standard library only: start-up runs import it)."""

from __future__ import annotations

import resource
from pathlib import Path


def peak_rss_mb() -> float:
    """This process's peak resident set, in MB. Read from /proc (VmHWM) where there is one:
    getrusage's ru_maxrss survives exec on Linux, so a child started by a large parent (the
    suite's runner) would report the parent's peak instead of its own."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
