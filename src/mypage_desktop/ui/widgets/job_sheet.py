"""The 求人票 grid: shaded captions and plain-text values in bordered cells, in the order of
the paper form. Every value is ``Qt.PlainText`` (employer text, docs/security.md I4)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from mypage_desktop.domain.job_dto import JobDetail
from mypage_desktop.domain.translatable import N_
from mypage_desktop.ui.widgets import style
from mypage_desktop.ui.widgets.content_language import mark_japanese
from mypage_desktop.ui.widgets.dates import format_date
from mypage_desktop.ui.widgets.i18n import t
from mypage_desktop.ui.widgets.pair_grid import PairGrid
from mypage_desktop.ui.widgets.texts import place

# One tuple per line of the sheet: (key, caption) pairs side by side.
LINES: tuple[tuple[tuple[str, str], ...], ...] = (
    (("job_number", N_("求人番号")), ("received_on", N_("受付年月日")), ("expires_on", N_("紹介期限日"))),
    (("company_name", N_("事業所名")), ("employer_number", N_("事業所番号"))),
    (("occupation", N_("職種")), ("occupation_group", N_("職業分類"))),
    (("description", N_("仕事の内容")),),
    (("place", N_("就業場所")),),
    (("employment_type", N_("雇用形態")), ("category", N_("求人区分"))),
    (("wage", N_("賃金")),),
    (("working_hours", N_("就業時間")),),
    (("holidays", N_("休日")),),
    (("age_requirement", N_("年齢")),),
    (("online_application", N_("オンライン自主応募の可否")),),
    (("employer_has_mypage", N_("求人者マイページの有無")),),
)

# The posting's own words: Japanese in every language of the screens (WCAG 3.1.2). Numbers and
# dates are formatted for the screens' language, the two 可否 lines are translated.
JAPANESE_VALUES = frozenset({"company_name", "occupation", "occupation_group", "description", "place",
                             "employment_type", "category", "wage", "working_hours", "holidays",
                             "age_requirement"})


def sheet_style(c: style.Colours) -> str:
    """The 求人票 grid: captions on the information colour, cells framed in the border colour."""
    line = f"border-right: 1px solid {c.border}; border-bottom: 1px solid {c.border};"
    return (f"QFrame#jobSheet {{ border: 1px solid {c.border}; background: {c.base}; }}"
            f" QLabel#sheetCaption {{ background: {c.info_bg}; color: {c.info_text}; font-weight: bold;"
            f" padding: 6px 8px; {line} }}"
            f" QLabel#sheetValue {{ color: {c.text}; padding: 6px 8px; {line} }}")


def sheet_values(job: JobDetail) -> dict[str, str]:
    return {
        "job_number": job.job_number,
        "received_on": format_date(job.received_on),
        "expires_on": format_date(job.expires_on),
        "company_name": job.company_name,
        "employer_number": job.employer_number,
        "occupation": job.occupation,
        "occupation_group": job.occupation_group,
        "description": job.description,
        "place": place(job.prefecture, job.municipality),
        "employment_type": job.employment_type,
        "category": job.category,
        "wage": job.wage,
        "working_hours": job.working_hours,
        "holidays": job.holidays,
        "age_requirement": job.age_requirement,
        "online_application": t("可（このマイページから応募できます）") if job.online_application
        else t("不可（ハローワークの紹介が必要です）"),
        "employer_has_mypage": t("あり（応募後にメッセージでやりとりできます）") if job.employer_has_mypage
        else t("なし"),
    }


class JobSheet(PairGrid):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, caption_min_width=150)
        self.setObjectName("jobSheet")
        style.themed_sheet(self, sheet_style)
        self.values: dict[str, QLabel] = {}
        lines = []
        for line in LINES:
            pairs = []
            for key, caption in line:
                caption_label = QLabel(t(caption), self)
                caption_label.setObjectName("sheetCaption")
                caption_label.setTextFormat(Qt.TextFormat.PlainText)
                caption_label.setWordWrap(True)
                caption_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                value = QLabel(self)
                value.setObjectName("sheetValue")
                value.setTextFormat(Qt.TextFormat.PlainText)
                value.setWordWrap(True)
                value.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                value.setAccessibleName(t(caption))
                if key in JAPANESE_VALUES:
                    mark_japanese(value)
                caption_label.setBuddy(value)
                pairs.append((caption_label, value))
                self.values[key] = value
            lines.append(pairs)
        self.set_lines(lines)

    def show_job(self, job: JobDetail) -> None:
        for key, text in sheet_values(job).items():
            self.values[key].setText(text)
        self.texts_changed()

    def clear(self) -> None:
        for label in self.values.values():
            label.clear()
        self.texts_changed()
