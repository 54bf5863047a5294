"""Resource bounds against hostile input (issue 11): time and peak memory of ``doisoat check`` on

- a generated report of 3,000, 6,000 and 12,000 indicator rows (tables of 500 rows, tab-separated
  like the seeds; a tenth of the names printed again in a later table with another value, so the
  within-document check has work to do). Acceptance: 12,000 rows check in at most 1 GiB peak, and
  time grows linearly with the rows (12,000 rows in at most 2.5 times the time of 6,000);
- the same names as running text, one figure with its plan per paragraph (the check for a plan
  printed twice compares prose rows with each other): the same acceptance;
- a small HTML file whose one header cell has ``colspan="5000000"``. Acceptance: read and checked
  in under 2 s (``api.check`` in this process, imports warm; the whole command's wall time, with
  the interpreter's start, is printed beside it).

Each run is a fresh ``doisoat check FILE --no-cache --jobs 1`` process (the CLI's ``main`` in a
new interpreter); its peak is that process's own ``ru_maxrss`` and its time the wall and CPU
seconds of it (on a machine shared with other jobs, CPU seconds measure the work). Run it with
``nice``:

    nice .venv/bin/python benchmarks/bench_hostile.py
    nice .venv/bin/python benchmarks/bench_hostile.py --rows 12000     # one size only
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_WHAT = ["Diện tích", "Sản lượng", "Tỷ lệ hộ", "Số hộ", "Giá trị sản xuất", "Số lượng", "Tổng vốn đầu tư",
         "Số lao động", "Chiều dài", "Doanh thu"]
_OF = ["lúa", "ngô", "chè", "cây ăn quả", "rừng trồng", "đàn gia súc", "đàn gia cầm", "thủy sản", "đường giao thông",
       "nước sạch", "điện lưới", "trường học", "trạm y tế", "nhà văn hóa", "hợp tác xã"]
_WHERE = ["xã Bản Bo", "xã Bản Giang", "xã Nà Tăm", "xã Hồ Thầu", "xã Khun Há", "xã Sơn Bình", "xã Bình Lư",
          "xã Thèn Sin", "xã Tả Lèng", "xã Giang Ma", "thị trấn Tam Đường", "xã Nùng Nàng"]
_UNITS = ["ha", "tấn", "%", "hộ", "tỷ đồng", "người", "km", "triệu đồng"]


def report_text(rows: int, seed: int = 11) -> str:
    """A report of ``rows`` indicator rows in tables of 500, each row's name distinct."""
    rng = random.Random(seed)
    names = [f"{w} {o} {p} thôn {n}" for n in range(1, 1 + rows // 1000 + 1) for w in _WHAT for o in _OF for p in _WHERE]
    rng.shuffle(names)
    names = names[:rows]
    out = []
    printed_before: list[tuple[str, str, int]] = []
    for start in range(0, rows, 500):
        table = start // 500 + 1
        out += ["", f"**BIỂU {table:02d}: KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU**", "",
                "STT\tChỉ tiêu\tĐơn vị tính\tKH năm 2024\tThực hiện năm 2024\tSo sánh (%)"]
        for i, name in enumerate(names[start : start + 500], start=1):
            unit = _UNITS[zlib.crc32(name.encode()) % len(_UNITS)]
            plan = rng.randint(100, 90_000)
            if printed_before and rng.random() < 0.1:
                name, unit, plan = rng.choice(printed_before)  # the same indicator again...
                actual = plan + rng.randint(1, 50)  # ...with another value: an internal_mismatch
            else:
                actual = plan + rng.randint(-plan // 10, plan // 10)
                printed_before.append((name, unit, plan))
            ratio = f"{100 * actual / plan:.1f}".replace(".", ",")
            plan_vi, actual_vi = f"{plan:,}".replace(",", "."), f"{actual:,}".replace(",", ".")
            out.append(f"{i}\t{name}\t{unit}\t{plan_vi}\t{actual_vi}\t{ratio}")
    return "\n".join(out) + "\n"


def prose_text(rows: int, seed: int = 11) -> str:
    """The same ``rows`` names in running text, one paragraph each ("... đạt 102/275 ha, bằng 37,1%
    kế hoạch."): every figure a prose row with a plan, which the check for a plan printed twice
    compares with the others."""
    rng = random.Random(seed)
    names = [line.split("\t")[1] for line in report_text(rows, seed).splitlines() if line[:1].isdigit()]
    return "\n\n".join(
        f"{name} đạt {rng.randint(10, 900)}/{rng.randint(900, 2000)} ha, bằng {rng.randint(10, 99)},{rng.randint(0, 9)}% kế hoạch."
        for name in names
    ) + "\n"


COLSPAN_HTML = (
    '<html><body><table><tr><th colspan="5000000">Chỉ tiêu</th></tr>'
    "<tr><td>1</td><td>Diện tích lúa</td><td>ha</td><td>1.000</td><td>900</td></tr></table>"
    "<p>Đạt 90,0% kế hoạch.</p></body></html>"
)


# The command run in a fresh interpreter that reports its own peak (and its children's, if any).
_CHILD = """
import resource, sys
from reconcile.cli import main
try:
    main(sys.argv[1:])
except SystemExit as exc:
    code = exc.code
peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
print(f"PEAK_KIB {peak}", file=sys.stderr)
sys.exit(code)
"""


def run_check(path: Path) -> tuple[float, float, float, int, str]:
    """(wall s, cpu s, peak MiB, exit code, summary line) of one ``doisoat check`` process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, "check", str(path), "--no-cache", "--jobs", "1", "--format", "json",
         "-o", os.devnull],
        cwd=ROOT, capture_output=True, text=True, timeout=3600,
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    lines = done.stderr.strip().splitlines()
    peak_kib = next((int(line.split()[1]) for line in lines if line.startswith("PEAK_KIB ")), 0)
    last = next((line for line in reversed(lines) if not line.startswith("PEAK_KIB ")), "")
    return wall, cpu, peak_kib / 1024, done.returncode, last


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, nargs="*", default=[3000, 6000, 12000])
    args = parser.parse_args()
    ok = True
    with tempfile.TemporaryDirectory(prefix="bench-hostile-") as tmp:
        html = Path(tmp) / "colspan.html"
        html.write_text(COLSPAN_HTML, encoding="utf-8")
        sys.path.insert(0, str(ROOT))
        from reconcile import api

        api.check([ROOT / "corpus" / "000_6a5e51584c6108a1.txt"], batch_settings={"cache_dir": None})  # warm
        started = time.perf_counter()
        result = api.check([html], batch_settings={"cache_dir": None})
        seconds = time.perf_counter() - started
        cells = max((len(r.cells) for d in result.documents for r in d.rows), default=0)
        wall, cpu, peak, code, last = run_check(html)
        print(f"colspan file ({html.stat().st_size} bytes, colspan=5000000): read and checked in {seconds:.3f} s "
              f"({len(result.documents)} document, widest row {cells} cells); the command: {wall:.2f} s wall, "
              f"{cpu:.2f} s CPU, exit {code}")
        ok &= seconds < 2.0
        for kind, make in (("table", report_text), ("prose", prose_text)):
            times: dict[int, float] = {}
            for rows in sorted(args.rows):
                path = Path(tmp) / f"bao_cao_{kind}_{rows}.txt"
                path.write_text(make(rows), encoding="utf-8")
                wall, cpu, peak, code, last = run_check(path)
                times[rows] = cpu
                print(f"{kind} {rows:>6} rows ({path.stat().st_size / 1e6:.1f} MB): {wall:6.1f} s wall, {cpu:6.1f} s CPU, "
                      f"peak {peak:6.0f} MiB, exit {code}  [{last}]")
                if rows >= 12000:
                    ok &= peak <= 1024
            if 6000 in times and 12000 in times:
                growth = times[12000] / times[6000]
                print(f"{kind}: 12,000 rows / 6,000 rows: {growth:.2f}x CPU (linear: 2x; accepted up to 2.5x)")
                ok &= growth <= 2.5
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
