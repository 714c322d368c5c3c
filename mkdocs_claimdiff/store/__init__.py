"""Persistence that computes nothing: comparisons, claims and articles kept between builds
(``comparisons``), their JSON codec (``codec``), the checks an entry read back must pass
(``integrity``), the keys that say when an entry is still valid (``keys``), atomic files
(``files``) and the generated pages' sources and HTML (``pages``). Nothing here imports a
stage: what to compute is handed in by ``pipeline``."""
