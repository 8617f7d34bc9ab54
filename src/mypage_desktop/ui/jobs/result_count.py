"""What the count next to the results says while a search's answers arrive: the estimate at
once (「該当 約140,000件」, or 「該当 50件以上」 without one), then the exact count, whichever of
``count_jobs`` and the id snapshot brings it first (the snapshot's total is exact unless it
was cut at its cap)."""

from __future__ import annotations

from dataclasses import dataclass

from mypage_desktop.ui.jobs.texts import count_text, estimate_text


@dataclass
class ResultCount:
    """The counts one search has received so far."""

    shown: int  # rows of the first page
    estimate: int | None = None
    exact: int | None = None
    listed: int | None = None  # ids in the snapshot
    capped: bool = False  # the snapshot stopped at its cap: ``listed`` is a lower bound

    @property
    def final(self) -> bool:
        """Whether the number is the exact count (a screen reader is told this one)."""
        return self.exact is not None or (self.listed is not None and not self.capped)

    def text(self) -> str:
        if self.exact is not None:
            return count_text(self.exact, listed=self.listed if self.capped else None)
        if self.listed is not None:
            return count_text(self.listed, capped=self.capped)
        return estimate_text(self.estimate, self.shown)
