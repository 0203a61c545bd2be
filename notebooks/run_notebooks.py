"""Execute the SkillScope notebooks headless and check them.

Each notebook runs in a fresh kernel started with THIS interpreter (run_notebooks.sh passes Debian's
/usr/bin/python3, so a pyenv or virtualenv python on PATH cannot shadow it), with its working
folder set to notebooks/. Executed copies, HTML renderings and chart PNGs go to the output folder
(default notebooks/out/, git-ignored). A notebook passes when no cell raised, every code cell ran,
it showed at least as many charts as its metadata skillscope.min_charts asks for and saved as many
PNG files, its last cell printed the findings, and the source notebook holds no outputs. Exit status 1 when any notebook failed.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
KERNEL_NAME = "skillscope-python3"


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("notebooks", nargs="*", help="notebooks to run (default: notebooks/[0-9]*.ipynb)")
    p.add_argument("--run-dir", help="run export folder (default: $SKILLSCOPE_RUN_DIR, else newest under data/exports)")
    p.add_argument("--eval", dest="eval_file", help="eval results JSON for the mapping-quality notebook "
                   "(default: $SKILLSCOPE_EVAL_FILE)")
    p.add_argument("--out", default=str(HERE / "out"), help="output folder (default: notebooks/out)")
    p.add_argument("--timeout", type=int, default=900, help="seconds per cell (default 900)")
    p.add_argument("--no-html", action="store_true", help="skip the HTML renderings")
    return p.parse_args(argv)


def check_interpreter():
    missing = []
    for mod in ("nbformat", "nbclient", "ipykernel", "pandas", "matplotlib"):
        try:
            __import__(mod)
        except ImportError:
            missing.append(mod)
    if missing:
        sys.exit(f"run_notebooks: {sys.executable} lacks {', '.join(missing)}; install with\n"
                 "  apt-get install -y jupyter-nbconvert jupyter-client python3-ipykernel python3-pandas python3-matplotlib")


def install_kernelspec(out: Path) -> Path:
    """A private kernelspec pinned to this interpreter, found through JUPYTER_PATH."""
    jupyter_dir = out / ".jupyter"
    spec = jupyter_dir / "kernels" / KERNEL_NAME
    spec.mkdir(parents=True, exist_ok=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-Xfrozen_modules=off", "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": f"SkillScope ({sys.executable})", "language": "python"}, indent=1))
    os.environ["JUPYTER_PATH"] = os.pathsep.join(filter(None, [str(jupyter_dir), os.environ.get("JUPYTER_PATH")]))
    return spec


def check(nb, fig_dir: Path) -> list[str]:
    """Problems found in an executed notebook (empty when it passes)."""
    problems = []
    code = [c for c in nb.cells if c.cell_type == "code"]
    not_run = [i for i, c in enumerate(nb.cells) if c.cell_type == "code" and c.get("execution_count") is None]
    if not_run:
        problems.append(f"{len(not_run)} of {len(code)} code cells did not run (cells {not_run[:5]})")
    errors = [o for c in code for o in c.get("outputs", []) if o.get("output_type") == "error"]
    if errors:
        problems.append(f"{len(errors)} cell errors, first: {errors[0].get('ename')}: {errors[0].get('evalue')}")
    want = int(nb.metadata.get("skillscope", {}).get("min_charts", 1))
    shown = sum(1 for c in code for o in c.get("outputs", []) if "image/png" in o.get("data", {}))
    saved = len(list(fig_dir.glob("*.png"))) if fig_dir.is_dir() else 0
    if shown < want:
        problems.append(f"showed {shown} charts, expected at least {want}")
    if saved < want:
        problems.append(f"saved {saved} chart PNGs in {fig_dir}, expected at least {want}")
    last = code[-1] if code else None
    text = "" if last is None else json.dumps(last.get("outputs", []))
    if "What we found" not in text:
        problems.append("the last cell did not print the findings")
    return problems


def findings_text(nb) -> str:
    code = [c for c in nb.cells if c.cell_type == "code"]
    for o in code[-1].get("outputs", []) if code else []:
        data = o.get("data", {})
        if "text/markdown" in data:
            return "".join(data["text/markdown"])
    return ""


def main(argv=None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    check_interpreter()
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError
    sys.path.insert(0, str(HERE))
    from skillscope_nb import RunExportError, resolve_run_dir

    if args.run_dir:
        os.environ["SKILLSCOPE_RUN_DIR"] = args.run_dir
    try:
        run_dir = resolve_run_dir()
    except RunExportError as e:
        print(f"run_notebooks: {e}", file=sys.stderr)
        return 2
    os.environ["SKILLSCOPE_RUN_DIR"] = str(run_dir)
    if args.eval_file:
        os.environ["SKILLSCOPE_EVAL_FILE"] = os.pathsep.join(
            str(Path(p).resolve()) for p in args.eval_file.split(os.pathsep) if p.strip())
    for part in filter(None, os.environ.get("SKILLSCOPE_EVAL_FILE", "").split(os.pathsep)):
        if not Path(part).is_file():
            print(f"run_notebooks: eval file {part} not found", file=sys.stderr)
            return 2
    out = Path(args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("MPLCONFIGDIR", str(out / ".matplotlib"))
    install_kernelspec(out)

    paths = [Path(p).resolve() for p in args.notebooks] or sorted(HERE.glob("[0-9]*.ipynb"))
    if not paths:
        print("run_notebooks: no notebooks found", file=sys.stderr)
        return 2
    import ipykernel, pandas, matplotlib
    print(f"kernel: {sys.executable} (Python {sys.version.split()[0]}, ipykernel {ipykernel.__version__}, "
          f"pandas {pandas.__version__}, matplotlib {matplotlib.__version__})")
    print(f"run:    {run_dir}")
    print(f"eval:   {os.environ.get('SKILLSCOPE_EVAL_FILE') or '(none)'}")
    print(f"out:    {out}")

    passed, failed = 0, 0
    for path in paths:
        started = time.monotonic()
        nb = nbformat.read(path, as_version=4)
        # Executed outputs are never committed: a source notebook holding some fails the check.
        stale = sum(1 for c in nb.cells if c.cell_type == "code" and (c.get("outputs") or c.get("execution_count")))
        fig_dir = out / "charts" / path.stem
        for old in fig_dir.glob("*.png") if fig_dir.is_dir() else []:
            old.unlink()
        os.environ["SKILLSCOPE_FIG_DIR"] = str(fig_dir)
        client = NotebookClient(nb, kernel_name=KERNEL_NAME, timeout=args.timeout,
                                resources={"metadata": {"path": str(HERE)}})
        problems = []
        try:
            client.execute()
        except CellExecutionError as e:
            first = str(e).strip().splitlines()
            problems.append("cell error: " + (first[-1] if first else type(e).__name__))
        except Exception as e:  # kernel died, timeout: still report and go on with the next notebook
            problems.append(f"{type(e).__name__}: {e}")
        problems += check(nb, fig_dir)
        if stale:
            problems.append(f"{stale} code cells of {path.name} hold outputs; clear them before committing "
                            f"(jupyter nbconvert --clear-output --inplace {path.name})")
        nbformat.write(nb, out / path.name)
        if not args.no_html:
            try:
                from nbconvert import HTMLExporter
                html, _ = HTMLExporter().from_notebook_node(nb)
                (out / f"{path.stem}.html").write_text(html, encoding="utf-8")
            except Exception as e:  # a missing template must not hide the real result
                print(f"  (no HTML for {path.name}: {type(e).__name__}: {e})")
        seconds = time.monotonic() - started
        charts = len(list(fig_dir.glob("*.png"))) if fig_dir.is_dir() else 0
        if problems:
            failed += 1
            print(f"FAIL {path.name} ({seconds:.1f} s)")
            for p in problems:
                print(f"     - {p}")
        else:
            passed += 1
            print(f"ok   {path.name} ({seconds:.1f} s, {charts} charts)")
    print(f"notebooks: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
