"""Fit the same-remark model on judged pairs and report how well calibrated it is.

Reads the pairs written by bench/same_claim_pairs.py, fits a logistic model (L2, Newton
steps) on the features of claims.crossref.evidence, and reports, from leave-one-event-out
predictions (each event scored by a model that never saw it): a reliability table, the
Brier score, and precision and recall of linking at several thresholds. With --write it
fits on every event and writes claims/crossref/calibration.py, including the reliability
of each difference type, measured on the pairs judged one remark.

    .venv/bin/python bench/fit_same_claim.py [--pairs FILE] [--write]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
CALIBRATION = ROOT / "claims" / "crossref" / "calibration.py"
L2 = 1.0  # ridge on the weights (not the bias): ~100 positive pairs is not many
DISCREPANCIES = ("number", "date", "channel", "attribution", "contradicts")


def fit(x: np.ndarray, y: np.ndarray, l2: float = L2) -> np.ndarray:
    """Weights (bias first) maximising the penalised log-likelihood."""
    design = np.hstack([np.ones((len(x), 1)), x])
    w = np.zeros(design.shape[1])
    penalty = np.full(design.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-design @ w))
        gradient = design.T @ (p - y) + penalty * w
        hessian = (design * (p * (1 - p))[:, None]).T @ design + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def predict(w: np.ndarray, x: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-(w[0] + x @ w[1:])))


def load(path: Path) -> tuple[list[dict], list[str]]:
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    names = sorted(rows[0]["features"])
    return rows, names


def out_of_fold(rows: list[dict], names: list[str]) -> np.ndarray:
    x = np.array([[r["features"][n] for n in names] for r in rows])
    y = np.array([r["label"] for r in rows], dtype=float)
    events = sorted({r["event"] for r in rows if r["event"]})
    predictions = np.zeros(len(rows))
    # Pairs across events (event "") are scored by the model trained without the first
    # event's fold; they are negatives everywhere.
    folds = [[i for i, r in enumerate(rows) if r["event"] == e] for e in events]
    folds[0] += [i for i, r in enumerate(rows) if not r["event"]]
    for fold in folds:
        held = np.zeros(len(rows), dtype=bool)
        held[fold] = True
        w = fit(x[~held], y[~held])
        predictions[held] = predict(w, x[held])
    return predictions


def report(rows: list[dict], predictions: np.ndarray) -> None:
    y = np.array([r["label"] for r in rows])
    print(f"pairs {len(rows)}, judged one remark {int(y.sum())}")
    print(f"Brier score (leave one event out) {np.mean((predictions - y) ** 2):.4f}")
    print("reliability: predicted band -> pairs, mean predicted, share really one remark")
    for low in (0.5, 0.6, 0.7, 0.8, 0.9):
        high = low + 0.1 if low < 0.9 else 1.01
        band = (predictions >= low) & (predictions < high)
        if band.any():
            print(
                f"  [{low:.1f}, {min(high, 1.0):.1f})  {band.sum():>5}  "
                f"{predictions[band].mean():.3f}  {y[band].mean():.3f}"
            )
    print("linking at a threshold: precision, recall, same-quote recall")
    quotes = np.array([r["same_quote"] for r in rows])
    for threshold in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
        linked = predictions >= threshold
        precision = y[linked].mean() if linked.any() else float("nan")
        recall = (linked & (y == 1)).sum() / max(1, (y == 1).sum())
        quote_recall = (linked & quotes).sum() / max(1, quotes.sum())
        print(
            f"  {threshold:.1f}  P {precision:.3f}  R {recall:.3f}  same-quote R {quote_recall:.3f}"
        )


# Prior for each detector, as PRIOR_RIGHT right out of PRIOR_RIGHT + PRIOR_WRONG: a
# difference is only looked for inside a linked pair, for numbers and dates in the same
# frame, for channels and speakers only across one printed quotation. The judged events
# move it by what they show; the development events hold few real discrepancies, so the
# prior weighs as much as ten judged cases.
PRIOR_RIGHT, PRIOR_WRONG = 9, 1


def reliability(rows: list[dict]) -> dict[str, float]:
    """Of the differences found in pairs judged one remark, the share the gold confirms,
    shrunk towards the prior."""
    found, confirmed = Counter(), Counter()
    for row in rows:
        if not row["label"]:
            continue
        for kind in row.get("found_types", []):
            found[kind] += 1
            confirmed[kind] += kind in row["gold_types"]
    for kind in DISCREPANCIES:
        print(f"  {kind:<12} found {found[kind]:>3} in pairs of one remark, {confirmed[kind]} real")
    return {
        kind: round((confirmed[kind] + PRIOR_RIGHT) / (found[kind] + PRIOR_RIGHT + PRIOR_WRONG), 3)
        for kind in DISCREPANCIES
    }


def measured_fact_rate(rows: list[dict]) -> float:
    """Of the pairs of outlets' own sentences stating one measure in the same frame, the
    share judged one fact (Laplace: one right and one wrong case added)."""
    judged = [r["label"] for r in rows if r["features"].get("measured_fact")]
    without_seeds = [
        r["label"]
        for r in rows
        if r["features"].get("measured_fact") and not r["event"].startswith("seeds")
    ]
    print(
        f"measured facts: {sum(judged)} of {len(judged)} judged one fact "
        f"({sum(without_seeds)} of {len(without_seeds)} without the seed reports)"
    )
    return round((sum(judged) + 1) / (len(judged) + 2), 3)


def write(
    names: list[str], w: np.ndarray, reliable: dict[str, float], rows: list[dict], fact: float
) -> None:
    events = len({r["event"] for r in rows if r["event"]})
    positives = sum(r["label"] for r in rows)
    weights = "".join(f'    "{n}": {v:.4f},\n' for n, v in zip(names, w[1:], strict=True))
    kinds = "".join(f'    "{k}": {v},\n' for k, v in reliable.items())
    CALIBRATION.write_text(
        f'''"""Weights of the same-remark model (claims.crossref.evidence), fitted by
`python bench/fit_same_claim.py --write` on the judged BASIL development events
(bench/gold/basil: {events} events, {len(rows)} pairs, {positives} judged one remark).
Regenerate them with that command; do not edit by hand."""

BIAS = {w[0]:.4f}
WEIGHTS = {{
{weights}}}

# Of the differences of each type found inside a pair judged one remark, the share that is
# real on the development events.
RELIABILITY = {{
{kinds}}}

# Of the pairs of outlets' own sentences stating one measure in the same frame, the share
# judged one fact (claims.crossref.evidence.same_claim_probability).
MEASURED_FACT_PROBABILITY = {fact}
'''
    )
    print(f"wrote {CALIBRATION}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=Path, default=Path("/tmp/newsclaims-pairs.jsonl"))
    parser.add_argument("--write", action="store_true", help="write calibration.py")
    args = parser.parse_args()
    rows, names = load(args.pairs)
    predictions = out_of_fold(rows, names)
    report(rows, predictions)
    reliable = reliability(rows)
    print("difference reliability:", reliable)
    x = np.array([[r["features"][n] for n in names] for r in rows])
    y = np.array([r["label"] for r in rows], dtype=float)
    w = fit(x, y)
    print("weights (all events):")
    print(f"  bias {w[0]:+.3f}")
    for name, value in zip(names, w[1:], strict=True):
        print(f"  {name:<20} {value:+.3f}")
    fact = measured_fact_rate(rows)
    if args.write:
        write(names, w, reliable, rows, fact)


if __name__ == "__main__":
    main()
