"""求人: search (one plan per query on each engine), the free-word index, import from the central
system, and what a seeker keeps (キープ, 保存した検索条件)."""
