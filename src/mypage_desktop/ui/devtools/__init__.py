"""Developer tooling, not windows a user opens: ``--render-screens``, the demo walk-through and
the hooks the benchmarks drive. No feature imports this package."""
