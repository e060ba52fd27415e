"""A whole class at once: reading a class list (a CSV file, or a spreadsheet saved as CSV)
and adding its learners, optionally enrolled in a course, in one transaction.

The same two steps serve the window (a preview that marks each bad row and why, then
*Import* once the teacher confirms) and ``edunode learner import-csv``:

1. :func:`read_class_list` turns the file's bytes into rows, each with its problem or none.
   UTF-8 with or without a byte-order mark; ``;``, ``,`` or tab between the columns (found
   by ``csv.Sniffer``); a header row in English (``name``, ``birth year``, ``guardian`` and
   a few usual variants, in any order) or else the columns by position: name, birth year,
   guardian. Blank lines are skipped. Nothing is written.
2. :func:`import_class_list` adds the learners in one ``node.batch()`` — all or nothing —
   and refuses the whole list, before writing anything, if any row has a problem.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from edunode.domain import learner
from edunode.errors import ValidationError

MAX_BYTES = 2_000_000  # a class list is a few kilobytes; refuse anything absurd
MAX_ROWS = 2_000

# Header names (folded: lower case, no spaces, dots, dashes or underscores) → field.
HEADERS = {
    "name": "name",
    "fullname": "name",
    "learner": "name",
    "learnername": "name",
    "pupil": "name",
    "student": "name",
    "studentname": "name",
    "birthyear": "birth_year",
    "yearofbirth": "birth_year",
    "born": "birth_year",
    "year": "birth_year",
    "yob": "birth_year",
    "guardian": "guardian",
    "guardiancontact": "guardian",
    "parent": "guardian",
    "parentguardian": "guardian",
    "contact": "guardian",
}
BY_POSITION = ("name", "birth_year", "guardian")


@dataclass(frozen=True)
class ClassRow:
    """One learner of the list as read, with what is wrong with it (None: nothing)."""

    row: int  # its place among the list's learners (1 = the first learner)
    line: int  # the line of the file it was on (1 = the first line)
    name: str
    birth_year: int | None
    guardian: str
    problem: str | None = None

    def describe(self) -> str:
        """``row 4 (line 5): the birth year must be …`` — one line, as the CLI prints it."""
        return f"row {self.row} (line {self.line}): {self.problem}"

    def with_problem(self, problem: str) -> ClassRow:
        return ClassRow(self.row, self.line, self.name, self.birth_year, self.guardian, problem)


@dataclass(frozen=True)
class ClassList:
    rows: list[ClassRow]
    header: bool  # the first line named the columns
    delimiter: str
    columns: list[str] = field(default_factory=list)  # the fields, in the file's order

    @property
    def bad(self) -> list[ClassRow]:
        return [r for r in self.rows if r.problem]

    @property
    def ok(self) -> bool:
        return bool(self.rows) and not self.bad


def _fold(cell: str) -> str:
    return re.sub(r"[\s._\-/()]+", "", cell.strip().casefold())


def _decode(data: bytes) -> str:
    if len(data) > MAX_BYTES:
        raise ValidationError(
            f"the file is too big for a class list ({len(data):,} bytes, at most {MAX_BYTES:,})"
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError(
            "the file is not UTF-8 text: in the spreadsheet, save it as “CSV UTF-8”"
        ) from None


def _dialect(text: str) -> str:
    sample = "\n".join(line for line in text.splitlines()[:20] if line.strip())
    try:
        return csv.Sniffer().sniff(sample, delimiters=";,\t").delimiter
    except csv.Error:  # one column, or nothing to tell from: the usual comma
        return ";" if sample.count(";") > sample.count(",") else ","


def _header(cells: list[str]) -> list[str] | None:
    """The fields the header row names, or None if the row is not a header."""
    fields = [HEADERS.get(_fold(c), "") for c in cells]
    if "name" not in fields:
        return None
    return fields


def _row(
    row: int, line: int, values: dict[str, str], seen: dict[tuple[str, int | None], int]
) -> ClassRow:
    name = values.get("name", "").strip()
    year_text = values.get("birth_year", "").strip()
    guardian = values.get("guardian", "").strip()
    year: int | None = None
    problem: str | None = None
    if year_text:
        if re.fullmatch(r"\d{4}(\.0+)?", year_text):  # spreadsheets may write 2015.0
            year = int(year_text.split(".")[0])
        else:
            problem = f"the birth year “{year_text}” is not a year written with digits"
    if problem is None:
        try:
            learner.clean_profile(name, year, guardian, creating=True)
        except ValidationError as exc:
            problem = str(exc)
    if problem is None:
        earlier = seen.setdefault((name.casefold(), year), line)
        if earlier != line:
            problem = f"the same learner as on line {earlier}"
    return ClassRow(row, line, name, year, guardian, problem)


def read_class_list(data: bytes) -> ClassList:
    """Read a class list; every row comes back, each with its problem (or None)."""
    text = _decode(data)
    if not text.strip():
        raise ValidationError("the file is empty: a class list has one learner per line")
    delimiter = _dialect(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    fields: list[str] | None = None
    header = False
    rows: list[ClassRow] = []
    seen: dict[tuple[str, int | None], int] = {}
    try:
        for cells in reader:
            line = reader.line_num
            if not any(c.strip() for c in cells):
                continue  # a blank line
            if fields is None:
                fields = _header(cells)
                if fields is not None:
                    header = True
                    continue
                fields = list(BY_POSITION)
            if len(rows) >= MAX_ROWS:
                raise ValidationError(f"the file has more than {MAX_ROWS:,} learners")
            values: dict[str, str] = {}
            extra = [c for c in cells[len(fields) :] if c.strip()]
            for key, cell in zip(fields, cells, strict=False):
                if key and not values.get(key):
                    values[key] = cell
            row = _row(len(rows) + 1, line, values, seen)
            if extra and row.problem is None and not header:
                row = row.with_problem(
                    f"more columns than name, birth year and guardian (“{extra[0]}”)"
                )
            rows.append(row)
    except csv.Error as exc:
        raise ValidationError(
            f"the file is not a readable CSV file (line {reader.line_num}: {exc})"
        ) from None
    if not rows:
        raise ValidationError("the file names no learner: a class list has one learner per line")
    return ClassList(rows, header, delimiter, [f for f in (fields or []) if f])


def read_class_list_file(path: str | Path) -> ClassList:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ValidationError(f"cannot read {path}: {exc.strerror or exc}") from None
    return read_class_list(data)


def check_against(node: Any, class_list: ClassList) -> ClassList:
    """Mark rows naming a learner this school already has (same name and birth year):
    importing the same list twice would otherwise make every learner twice."""
    rows = []
    for row in class_list.rows:
        if row.problem is None:
            same = [
                r
                for r in node.list_learners(row.name, limit=50)
                if r["name"].casefold() == row.name.casefold() and r["birth_year"] == row.birth_year
            ]
            if same:
                row = row.with_problem(
                    "this school already has a learner with this name and birth year"
                )
        rows.append(row)
    return ClassList(rows, class_list.header, class_list.delimiter, class_list.columns)


def preview(node: Any, source: bytes | str | Path) -> ClassList:
    """What the window shows before anything is written: every row and its problem.
    ``source`` is the file's bytes or its path."""
    read = read_class_list(source) if isinstance(source, bytes) else read_class_list_file(source)
    return check_against(node, read)


def import_class_list(node: Any, class_list: ClassList, course_id: str | None = None) -> list[str]:
    """Add every learner of the list (and enrol them in ``course_id``) in one transaction;
    a list with any bad row is refused whole with the first problem, nothing written.
    Returns the new learners' IDs, in the list's order."""
    checked = check_against(node, class_list)
    if checked.bad:
        first = checked.bad[0]
        more = len(checked.bad) - 1
        raise ValidationError(
            f"{first.describe()}"
            + (f" (and {more} more bad rows)" if more else "")
            + "; nothing was imported",
            line=first.line,
        )
    if not checked.rows:
        raise ValidationError("the class list names no learner; nothing was imported")
    ids: list[str] = []
    with node.batch():
        if course_id:
            node.course(course_id)  # a wrong course ID stops here, before any learner
        for row in checked.rows:
            learner_id = node.add_learner(row.name, row.birth_year, row.guardian or None)
            if course_id:
                node.enrol(learner_id, course_id)
            ids.append(learner_id)
    return ids


def enrol_many(node: Any, learner_ids: list[str], course_id: str) -> int:
    """Enrol many learners in a course in one transaction (those already enrolled are left
    as they are, a withdrawn one is enrolled again); returns how many were enrolled."""
    if not learner_ids:
        raise ValidationError("choose at least one learner to enrol")
    enrolled = {r["id"] for r in node.list_learners(course_id=course_id, status="active")}
    added = 0
    with node.batch():
        for learner_id in dict.fromkeys(learner_ids):
            if learner_id in enrolled:
                continue
            node.enrol(learner_id, course_id)
            added += 1
    return added
