"""The radial simplification of :mod:`layers.lod` in plain numpy, for layers of modest size.

The numba kernel is the fastest way through millions of vertices, but the first call in a process
costs about 0.7 s (importing numba, loading the cached machine code), which a township's few
thousand village and hazard-zone vertices would pay at every start of the window. This gives the same
vertices, in the same order, with numpy alone:

1. for every vertex, the next vertex of its ring at least a pixel away (searched one step further
   per pass, over the vertices still unresolved), or the ring's last vertex when there is none;
2. the vertices reached from each ring's first vertex by following those links (pointer doubling:
   a few passes over all vertices instead of one step per kept vertex).
"""

from __future__ import annotations

import numpy as np


def simplify_rings(coords: np.ndarray, offsets: np.ndarray, rings: np.ndarray,
                   pixel_size: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """x, y (float32) and connect of ``rings`` simplified as ``layers.lod._simplify_kernel`` does."""
    starts, ends = offsets[rings], offsets[rings + 1]
    lengths = ends - starts
    total = int(lengths.sum())
    if total == 0:
        return (np.empty(0, np.float32), np.empty(0, np.float32), np.empty(0, bool))
    first = np.cumsum(lengths) - lengths  # position of each ring's first vertex in the gathered arrays
    ring_of = np.repeat(np.arange(rings.size), lengths)
    local = np.arange(total) - first[ring_of]
    vertex = starts[ring_of] + local  # row in coords
    x, y = coords[vertex, 0], coords[vertex, 1]
    last = (first + lengths - 1)[ring_of]  # gathered position of the ring's last vertex
    nxt = last.copy()  # no vertex a pixel away before the end: the last vertex follows
    min_step2 = pixel_size * pixel_size
    todo = np.flatnonzero(np.arange(total) < last - 1)  # vertices with interior candidates after them
    step = 1
    while todo.size:
        candidate = todo + step
        inside = candidate <= last[todo] - 1  # interior vertices only; the last one always stays
        todo, candidate = todo[inside], candidate[inside]
        dx = x[candidate] - x[todo]
        dy = y[candidate] - y[todo]
        far = dx * dx + dy * dy >= min_step2
        nxt[todo[far]] = candidate[far]
        todo = todo[~far]
        step += 1
    kept = np.zeros(total, dtype=bool)
    kept[first] = True
    jump = nxt
    reach = 1
    longest = int(lengths.max())
    while reach < longest:  # after this pass every vertex up to 2 * reach links on is marked
        kept[jump[np.flatnonzero(kept)]] = True
        jump = jump[jump]
        reach *= 2
    kept[first + lengths - 1] = True
    keep = np.flatnonzero(kept)
    connect = np.ones(keep.size, dtype=bool)
    connect[np.isin(keep, first + lengths - 1)] = False
    return x[keep].astype(np.float32), y[keep].astype(np.float32), connect
