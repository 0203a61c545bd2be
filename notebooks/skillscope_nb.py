"""Shared helpers for the SkillScope notebooks: find a run's export, load its tables, format
shares with the counts behind them, save charts and write the closing findings.

Kept deliberately small: every notebook imports it from its own folder, and nothing here does
I/O at import time.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import pandas as pd

# Growth and what it rests on: the rate, whether the change is statistically clear, the two windows of
# dated vacancies, the scope's dated ads in each and how many asked for the skill (null when not given).
GROWTH = ["growth", "growth_clear", "growth_earlier_period", "growth_later_period", "growth_earlier_vacancies",
          "growth_later_vacancies", "growth_earlier_count", "growth_later_count"]

# Columns of every exported table (the results schema minus run_id), so an empty export still
# loads with the right columns and a renamed column fails loudly instead of silently. The records in
# pipeline/core's ResultRows define them; NotebookSchemaTest holds this to those records.
SCHEMA = {
    "credentials": ["credential_id", "title", "awarding_body", "issuer_country", "language", "eqf_level",
                    "workload_ects", "participation_form", "assessment_type", "source_format", "source_file",
                    "url", "outcomes_json", "missing_elements", "skills", "relevance", "relevance_percentile",
                    "green", "green_skill_share", "green_occupation_share", "digital", "digital_skill_share",
                    "digital_occupation_share"],
    "credential_skills": ["credential_id", "skill_uri", "label", "confidence", "declared", "evidence_outcome",
                          "evidence_label", "vacancies", "share", "shrunk_share", *GROWTH, "specificity",
                          "contribution", "green", "digital"],
    "credential_occupations": ["credential_id", "occupation_uri", "label", "coverage", "covered", "essential",
                               "vacancies"],
    "vacancies": ["vacancy_id", "title", "country", "region", "ym", "sector", "language", "source",
                  "occupation_uri", "occupation_label", "occupation_score", "skills", "mapped"],
    "vacancy_skills": ["vacancy_id", "skill_uri", "score", "sentence_id", "evidence_label", "source"],
    "evidence_sentences": ["sentence_id", "sentence"],
    "skill_demand": ["scope_type", "scope", "skill_uri", "label", "vacancies", "scope_vacancies", "share",
                     "shrunk_share", *GROWTH, "specificity", "skill_group", "green", "digital",
                     "credentials_teaching", "inferred_vacancies"],
    "skill_demand_monthly": ["scope_type", "scope", "skill_uri", "ym", "vacancies", "ym_vacancies"],
    "occupation_demand": ["scope_type", "scope", "occupation_uri", "label", "vacancies", "scope_vacancies",
                          "share"],
    "skill_group_summary": ["scope_type", "scope", "skill_group", "demand_vacancies", "demand_share",
                            "supply_credentials", "supply_share"],
    "gaps": ["scope_type", "scope", "rank_no", "skill_uri", "label", "vacancies", "share", "shrunk_share",
             *GROWTH, "specificity", "gap_score", "green", "digital", "reason", "inferred_vacancies"],
    "gap_bundles": ["scope_type", "scope", "rank_no", "skills_json", "labels_json", "occupations_json",
                    "vacancies", "all_together", "score", "green", "digital"],
    "transition_summary": ["side", "scope_type", "scope", "items", "green_items", "digital_items",
                           "green_share", "digital_share"],
    "quarantine": ["seq", "file", "line", "field", "reason"],
}


# Boolean columns per table ("green"/"digital" are flags in most tables but 0-100 scores in credentials).
BOOLEAN = {
    "credential_skills": {"declared", "green", "digital"},
    "vacancies": {"mapped"},
    "skill_demand": {"green", "digital"},
    "gaps": {"green", "digital"},
    "gap_bundles": {"green", "digital"},
}
NUMERIC = {
    "eqf_level", "workload_ects", "skills", "relevance", "relevance_percentile", "green", "green_skill_share",
    "green_occupation_share", "digital", "digital_skill_share", "digital_occupation_share", "confidence", "vacancies",
    "share", "shrunk_share", "growth", "growth_earlier_vacancies", "growth_later_vacancies", "growth_earlier_count",
    "growth_later_count", "specificity", "contribution", "coverage", "covered", "essential",
    "occupation_score", "score", "scope_vacancies", "credentials_teaching", "ym_vacancies", "demand_vacancies",
    "demand_share", "supply_credentials", "supply_share", "rank_no", "gap_score", "all_together", "items",
    "green_items", "digital_items", "green_share", "digital_share", "seq", "line",
}


class RunExportError(RuntimeError):
    """The run folder is missing or one of its tables cannot be read."""


def repo_root() -> Path:
    """The repository root: the parent of this notebooks/ folder."""
    return Path(__file__).resolve().parent.parent


def resolve_run_dir(env: dict | None = None) -> Path:
    """SKILLSCOPE_RUN_DIR if set, else the newest run under <repo>/data/exports.

    Run ids embed their start time (run-YYYYMMDD-HHMMSS-mmm), so the newest is the last by name;
    file times are not used because copying a run would make it look new.
    """
    env = os.environ if env is None else env
    given = env.get("SKILLSCOPE_RUN_DIR", "").strip()
    if given:
        path = Path(given).expanduser()
        if not path.is_absolute():
            path = repo_root() / path
        if not path.is_dir():
            raise RunExportError(f"SKILLSCOPE_RUN_DIR={given!r} is not a folder")
        return path.resolve()
    exports = repo_root() / "data" / "exports"
    # published runs only: a job still running (or killed) stages its exports in .partial-<runId>
    runs = sorted(p for p in exports.glob("run-*") if p.is_dir()) if exports.is_dir() else []
    if not runs:
        raise RunExportError(f"no run under {exports}: run `./skillscope run` first, "
                             "or set SKILLSCOPE_RUN_DIR to an export folder")
    return runs[-1].resolve()


class Run:
    """One exported run: tables are read lazily from JSON Lines (typed, nulls kept),
    falling back to the CSV when a table has no .jsonl file."""

    def __init__(self, run_dir: Path):
        self.dir = Path(run_dir)
        self.id = self.dir.name
        self._cache: dict[str, pd.DataFrame] = {}
        # the run's summary (counts, coverage, warnings); absent in exports written before it was kept
        info = self.dir / "run.json"
        self.info = json.loads(info.read_text(encoding="utf-8")) if info.is_file() else {}

    def table(self, name: str) -> pd.DataFrame:
        if name not in SCHEMA:
            raise RunExportError(f"unknown table {name!r}; known: {', '.join(SCHEMA)}")
        if name not in self._cache:
            self._cache[name] = self._read(name)
        return self._cache[name].copy()

    def _read(self, name: str) -> pd.DataFrame:
        cols = SCHEMA[name]
        jsonl, csv = self.dir / f"{name}.jsonl", self.dir / f"{name}.csv"
        if jsonl.is_file():
            rows = []
            with jsonl.open(encoding="utf-8") as f:
                for no, line in enumerate(f, 1):
                    if line.strip():
                        try:
                            rows.append(json.loads(line))
                        except json.JSONDecodeError as e:
                            raise RunExportError(f"{jsonl}:{no}: not JSON ({e.msg})") from e
            df = pd.DataFrame(rows, columns=None if rows else cols)
        elif csv.is_file():
            df = pd.read_csv(csv, keep_default_na=False, na_values=[""])
        elif (self.dir / name).is_dir():
            # runs above the job's detail limit (250,000 vacancies) export this table as Parquet only
            try:
                df = pd.read_parquet(self.dir / name)
            except ImportError as e:
                raise RunExportError(f"{self.dir / name} is Parquet (a run above the detail limit) and pandas "
                                     f"cannot read it here: {e}") from e
        else:
            raise RunExportError(f"{self.dir} has no {name}.jsonl or {name}.csv")
        missing = [c for c in cols if c not in df.columns]
        if missing:
            raise RunExportError(f"{name} in {self.dir} lacks columns {missing}")
        return _typed(name, df[cols].copy(), self.dir)

    def scope(self, name: str, scope_type: str = "all", scope: str | None = None) -> pd.DataFrame:
        """Rows of a scoped table for one scope type (and one scope if given)."""
        df = self.table(name)
        df = df[df["scope_type"] == scope_type]
        return df if scope is None else df[df["scope"] == scope]


def _typed(name: str, df: pd.DataFrame, where: Path) -> pd.DataFrame:
    """Give every column its schema type, also when the table is empty (an empty object column
    used as a boolean mask would select columns instead of rows)."""
    flags = BOOLEAN.get(name, set())
    for col in df.columns:
        if col in flags:
            values = df[col].map({True: True, False: False, "true": True, "false": False, 1: True, 0: False})
            if values.isna().any():
                bad = df.loc[values.isna(), col].iloc[0]
                raise RunExportError(f"{where}/{name}: column {col} holds {bad!r}, not true/false")
            df[col] = values.astype(bool)
        elif col in NUMERIC:
            try:
                df[col] = pd.to_numeric(df[col]).astype(float if df[col].isna().any() or df.empty else df[col].dtype)
            except (ValueError, TypeError) as e:
                raise RunExportError(f"{where}/{name}: column {col} is not numeric ({e})") from e
        else:
            df[col] = df[col].astype(object)
    return df


def open_run() -> Run:
    run = Run(resolve_run_dir())
    print(f"run {run.id}  ({run.dir})")
    return run


# ---- formatting: every share travels with its counts -------------------------------------------

def pct(x: float | None, digits: int = 1) -> str:
    return "n/a" if x is None or pd.isna(x) else f"{100 * x:.{digits}f} %"


def share(n: int, total: int, digits: int = 1) -> str:
    """'12.5 % (25 of 200)'; 'n/a (0 of 0)' when there is nothing to divide by."""
    n, total = int(n), int(total)
    return f"{pct(n / total if total else None, digits)} ({n:,} of {total:,})"


def growth(row) -> str:
    """Growth with its counts ('+57 % (12 of 227 dated ads in 2025-07/2025-09, 80 of 964 in 2025-10/2025-12)'),
    'not clear (...)' when the change is within the noise, 'not given' when the scope has too few dated ads."""
    if row is None or pd.isna(getattr(row, "growth_earlier_vacancies", None)):
        return "not given (too few dated vacancies)"
    counts = (f"{int(row.growth_earlier_count)} of {int(row.growth_earlier_vacancies):,} dated ads in {row.growth_earlier_period}, "
              f"{int(row.growth_later_count)} of {int(row.growth_later_vacancies):,} in {row.growth_later_period}")
    rate = "new" if pd.isna(row.growth) else f"{100 * row.growth:+.0f} %"
    return f"{rate} ({counts})" if growth_clear(row) else f"no clear change ({counts})"


def growth_clear(row) -> bool:
    v = getattr(row, "growth_clear", None)
    return v is True or v == "true" or v == 1


def warnings(run: "Run", *views: str) -> None:
    """Prints, as Markdown, the run's coverage warnings that affect any of these views (run.json)."""
    from IPython.display import Markdown, display
    shown = [w for w in run.info.get("warnings") or [] if not views or set(w.get("affects", [])) & set(views)]
    if shown:
        display(Markdown("\n".join(f"> **Note** ({w['code']}): {w['message']}" for w in shown)))


def listing(items, limit: int = 5) -> str:
    """'a, b and c' (with '… and N more' past the limit)."""
    items = [str(i) for i in items]
    if not items:
        return "none"
    if len(items) > limit:
        return ", ".join(items[:limit]) + f" and {len(items) - limit} more"
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def clip(text, limit: int = 80) -> str:
    """Shorten text at a word boundary with an ellipsis, for quoting evidence in findings."""
    text = " ".join(str(text).split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return (cut or text[:limit]) + "…"


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{int(n):,} {word if int(n) == 1 else (many or word + 's')}"


# ---- charts and findings ------------------------------------------------------------------------

def save_chart(fig, name: str) -> None:
    """Save a chart as PNG into SKILLSCOPE_FIG_DIR (set by run_notebooks.py); inline display is
    left to the notebook so the chart also shows when the notebook is opened by hand."""
    folder = os.environ.get("SKILLSCOPE_FIG_DIR", "").strip()
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        fig.savefig(Path(folder) / f"{name}.png", dpi=110, bbox_inches="tight")


def no_data_chart(ax, message: str) -> None:
    """An explicit 'nothing to plot' panel, so a thin run still shows why a chart is empty."""
    ax.text(0.5, 0.5, message, ha="center", va="center", wrap=True, transform=ax.transAxes)
    ax.set_axis_off()


class Findings:
    """Collects findings as the notebook computes them; render() prints them in words at the end."""

    def __init__(self):
        self.items: list[str] = []

    def add(self, text: str) -> None:
        self.items.append(text)

    def render(self, title: str = "What we found"):
        from IPython.display import Markdown, display
        body = "\n".join(f"{i}. {t}" for i, t in enumerate(self.items, 1)) or "_No findings: the run is empty._"
        display(Markdown(f"### {title}\n\n{body}"))
