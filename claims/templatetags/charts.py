"""A small grouped bar chart drawn as inline SVG on the server: no script needed to see it."""

from django import template

register = template.Library()

WIDTH, HEIGHT = 640, 200
LEFT, RIGHT, TOP, BOTTOM = 36, 8, 12, 28


def bar_chart(rows: list[dict]) -> dict:
    """Geometry for rows of {"day", "outlet", "n"}: one group of bars per day."""
    days = sorted({r["day"] for r in rows})
    outlets = sorted({r["outlet"] for r in rows})
    if not days:
        return {"empty": True}
    peak = max(r["n"] for r in rows)
    counts = {(r["day"], r["outlet"]): r["n"] for r in rows}
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    group_w = plot_w / len(days)
    bar_w = max(min(group_w * 0.8 / len(outlets), 40), 2)
    bars, labels = [], []
    for d_index, day in enumerate(days):
        group_x = LEFT + d_index * group_w + (group_w - bar_w * len(outlets)) / 2
        labels.append({"x": LEFT + (d_index + 0.5) * group_w, "text": f"{day:%-d %b}"})
        for o_index, outlet in enumerate(outlets):
            n = counts.get((day, outlet), 0)
            h = plot_h * n / peak
            bars.append(
                {
                    "x": round(group_x + o_index * bar_w, 1),
                    "y": round(TOP + plot_h - h, 1),
                    "w": round(bar_w - 2, 1),
                    "h": round(h, 1),
                    "n": n,
                    "slot": o_index % 8 + 1,
                    "title": f"{outlet}, {day:%-d %B %Y}: {n} statement{'s' if n != 1 else ''}",
                }
            )
    ticks = sorted({0, peak // 2, peak})
    return {
        "empty": False,
        "width": WIDTH,
        "height": HEIGHT,
        "bars": bars,
        "labels": labels,
        "label_y": HEIGHT - 8,
        "axis_y": TOP + plot_h,
        "left": LEFT,
        "right": WIDTH - RIGHT,
        "ticks": [{"y": round(TOP + plot_h * (1 - t / peak), 1), "n": t} for t in ticks],
        "legend": [{"name": o, "slot": i % 8 + 1} for i, o in enumerate(outlets)],
        "rows": rows,
    }


@register.inclusion_tag("includes/_chart.html")
def statements_chart(rows: list[dict]) -> dict:
    return {"chart": bar_chart(rows)}
