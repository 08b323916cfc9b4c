"""Web latency: API p50/p99 over a database of 100,000 events, and page loads in Chromium.

    python bench/web_latency.py --json bench/results/web_latency.json

Builds a SQLite database with the bundled examples (real coded articles, meetings,
quotes and the knowledge base) plus synthetic events inserted directly, starts
``summitry serve`` on it in its own process, and sends requests from this process
over loopback with a bounded number of concurrent clients (keep-alive connections).
Then it loads the dashboard pages in headless Debian Chromium and reads the
browser's navigation timings.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
COUNTRIES = ["USA", "CHN", "RUS", "JPN", "KOR", "PRK", "IND", "PAK", "GBR", "FRA", "DEU",
             "POL", "UKR", "ISR", "IRN", "SAU", "TUR", "BRA", "MEX", "CAN", "AUS", "IDN",
             "ZAF", "NGA", "EGY", "VEN", "COL", "ITA", "ESP", "VNM"]
CODES = [("036", "03", 1, 4.0, "AGREE"), ("042", "04", 1, 1.9, "CONSULT"),
         ("043", "04", 1, 2.8, "CONSULT"), ("057", "05", 1, 8.0, "SUPPORT"),
         ("051", "05", 1, 3.4, "SUPPORT"), ("061", "06", 2, 6.4, "COOPERATE"),
         ("071", "07", 2, 7.4, "AID"), ("111", "11", 3, -2.0, "ACCUSE"),
         ("130", "13", 3, -4.4, "THREATEN"), ("163", "16", 4, -4.0, "REDUCE"),
         ("172", "17", 4, -5.0, "COERCE"), ("190", "19", 4, -10.0, "ASSAULT")]
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def build_db(path: Path, n_events: int, seed: int) -> dict[str, int]:
    """The examples, coded and stored, plus ``n_events`` synthetic events (bulk insert)."""
    from summitry.store import Store, ingest
    from summitry.store import schema as s

    rng = random.Random(seed)
    weights = [1 / (i + 1) ** 0.8 for i in range(len(COUNTRIES))]  # a few busy countries
    with Store(str(path)) as store:
        ingest(store, [str(ROOT / "examples")])
        rows = []
        for _ in range(n_events):
            a, b = rng.choices(COUNTRIES, weights, k=2)
            while b == a:
                b = rng.choices(COUNTRIES, weights)[0]
            cameo, root, quad, goldstein, plover = rng.choice(CODES)
            day = f"{rng.randint(2015, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            rows.append({"pair": "|".join(sorted((a, b))), "source_actor": a,
                         "source_country": a, "target_actor": b, "target_country": b,
                         "cameo": cameo, "cameo_root": root, "quad_class": quad,
                         "goldstein": goldstein, "plover_type": plover, "symmetric": False,
                         "modality": "asserted", "date": day, "date_precision": "day",
                         "report_count": rng.choice((1, 1, 1, 2, 3)), "first_seen": day,
                         "last_seen": day})
        with store.write() as conn:
            for i in range(0, len(rows), 5000):
                conn.execute(s.events.insert(), rows[i:i + 5000])
        return store.counts()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(db: Path, port: int) -> subprocess.Popen[bytes]:
    exe = Path(sys.executable).with_name("summitry")
    command = [str(exe)] if exe.exists() else [sys.executable, "-m", "summitry.cli"]
    proc = subprocess.Popen([*command, "serve", "--db", str(db), "--port", str(port),
                             "--log-level", "warning"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return proc
        except OSError:
            if proc.poll() is not None:
                raise RuntimeError(proc.stderr.read().decode() if proc.stderr else "died")
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("the server did not start in 60 s")


def load(port: int, urls: list[str], clients: int) -> dict[str, Any]:
    """GET every url once, ``clients`` at a time on keep-alive connections; latencies in ms."""
    queue = list(enumerate(urls))
    lock = threading.Lock()
    times: list[float] = []
    errors: list[str] = []

    def worker() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        while True:
            with lock:
                if not queue:
                    break
                _, url = queue.pop()
            started = time.perf_counter()
            conn.request("GET", url)
            response = conn.getresponse()
            response.read()
            elapsed = (time.perf_counter() - started) * 1000
            with lock:
                times.append(elapsed)
                if response.status != 200:
                    errors.append(f"{response.status} {url}")
        conn.close()

    started = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started
    times.sort()
    return {"requests": len(times), "errors": len(errors), "clients": clients,
            "p50_ms": round(statistics.median(times), 2),
            "p90_ms": round(times[int(len(times) * 0.90) - 1], 2),
            "p99_ms": round(times[max(int(len(times) * 0.99) - 1, 0)], 2),
            "max_ms": round(times[-1], 2), "mean_ms": round(statistics.fmean(times), 2),
            "requests_per_s": round(len(times) / wall, 1), "example_errors": errors[:3]}


def workloads(n: int, seed: int) -> dict[str, list[str]]:
    rng = random.Random(seed)
    busy = COUNTRIES[:12]

    def pair() -> tuple[str, str]:
        a, b = rng.sample(busy, 2)
        return a, b

    return {
        "events_first_page": ["/api/events?limit=50"] * n,
        "events_country_pair": [f"/api/events?country={a}&with={b}&limit=50"
                                for a, b in (pair() for _ in range(n))],
        "events_since_root_page3": [f"/api/events?since={rng.randint(2016, 2024)}&root=04"
                                    f"&limit=50&offset=100" for _ in range(n)],
        "dyad_series": [f"/api/dyad/{a}/{b}" for a, b in (pair() for _ in range(n))],
        "dyad_series_since": [f"/api/dyad/{a}/{b}?since={rng.randint(2016, 2024)}"
                              for a, b in (pair() for _ in range(n))],
    }


def page_loads(port: int, repeats: int) -> dict[str, Any]:
    """Navigation timings (ms) of the dashboard pages in headless Chromium."""
    from playwright.sync_api import sync_playwright

    pages = {"home": "/", "timeline": "/timeline", "network": "/network",
             "network_2024": "/network?since=2024", "dyad": "/dyad/USA/CHN",
             "leader": "/leaders/narendra-modi", "article": "/articles/12",
             "search": "/search?q=Tokyo", "code_form": "/code"}
    out: dict[str, Any] = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True,
                                    args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(f"http://127.0.0.1:{port}/")  # warm the server and the browser
        for name, url in pages.items():
            loads, ttfb = [], []
            for _ in range(repeats):
                page.goto(f"http://127.0.0.1:{port}{url}", wait_until="load")
                nav = page.evaluate("() => performance.getEntriesByType('navigation')[0]"
                                    ".toJSON()")
                loads.append(nav["loadEventEnd"] - nav["startTime"])
                ttfb.append(nav["responseStart"] - nav["startTime"])
            out[name] = {"url": url, "load_ms_median": round(statistics.median(loads), 1),
                         "load_ms_max": round(max(loads), 1),
                         "ttfb_ms_median": round(statistics.median(ttfb), 1)}
        browser.close()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=400, help="per workload")
    parser.add_argument("--clients", type=int, default=4, help="concurrent connections")
    parser.add_argument("--page-repeats", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", help="write the results here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        t0 = time.perf_counter()
        counts = build_db(db, args.events, args.seed)
        built = time.perf_counter() - t0
        port = free_port()
        server = start_server(db, port)
        try:
            load(port, workloads(20, args.seed + 1)["events_first_page"], 1)  # warm-up
            api = {name: load(port, urls, args.clients)
                   for name, urls in workloads(args.requests, args.seed).items()}
            pages = page_loads(port, args.page_repeats)
        finally:
            server.terminate()
            server.wait(timeout=10)
    result = {
        "what": "API latency under bounded load from a second process on loopback; page "
                "loads in headless Chromium",
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                    "platform": platform.platform()},
        "database": {"backend": "sqlite", "counts": counts, "build_s": round(built, 1)},
        "load": {"clients": args.clients, "requests_per_workload": args.requests,
                 "server": "summitry serve (uvicorn, 1 process)"},
        "api": api, "pages": pages,
    }
    text = json.dumps(result, indent=2)
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(text + "\n", encoding="utf-8")
    sys.stdout.write(text + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
