"""Demo data and the synthetic 求人 generator (``--demo``, ``mypage-admin seed-demo``,
``demo-jobs`` and the benchmarks): kept out of the production services."""
