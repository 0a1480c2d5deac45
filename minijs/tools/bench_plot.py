"""`minijs bench --plot FILE.png`: median time per benchmark and engine as
grouped bars on a log scale, one colour per engine, the spread (min to max)
as error bars.  matplotlib is optional (`pip install 'minijs[plot]'`)."""

from __future__ import annotations


class PlotUnavailable(Exception):
    pass


def plot(measurement, path):
    try:
        import matplotlib
        matplotlib.use("Agg")   # files only, no display needed
        import matplotlib.pyplot as plt
    except ImportError:
        raise PlotUnavailable("--plot needs matplotlib (pip install 'minijs[plot]')") from None

    programs = measurement["programs"]
    engines = [e for e in measurement["engines"]
               if any(p["stats"].get(e) for p in programs)]
    if not engines:
        raise PlotUnavailable("nothing to plot: no engine finished a program")
    width = 0.8 / len(engines)
    fig, ax = plt.subplots(figsize=(min(16.0, max(8.0, 0.6 * len(programs) + 2)), 5.5))
    top = 1.0
    for k, engine in enumerate(engines):
        xs, heights, low, high = [], [], [], []
        for i, p in enumerate(programs):
            st = p["stats"].get(engine)
            if not st:
                continue
            xs.append(i - 0.4 + width * (k + 0.5))
            heights.append(st["median_ms"])
            low.append(st["median_ms"] - st["min_ms"])
            high.append(st["max_ms"] - st["median_ms"])
            top = max(top, st["max_ms"])
        ax.bar(xs, heights, width, label=engine, yerr=[low, high], capsize=2)
    ax.set_yscale("log")
    ax.set_ylim(top=top * 4)    # room for the legend above the tallest bar
    ax.set_ylabel("median time per run (ms, log scale)")
    ax.set_xticks(range(len(programs)))
    ax.set_xticklabels([p["name"] for p in programs], rotation=35, ha="right")
    machine = measurement["machine"]
    settings = measurement["settings"]
    ax.set_title(f"minijs bench: {settings['clock']} time, median of {settings['runs']} runs, "
                 f"scale {settings['scale']:g}\n{machine.get('cpu', '')}", fontsize=10)
    ax.legend(loc="upper center", ncol=len(engines), fontsize=9)
    ax.grid(axis="y", which="both", alpha=0.3)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
