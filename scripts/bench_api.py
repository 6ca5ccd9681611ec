#!/usr/bin/env python3
"""Load test of `newsgraph serve` on loopback: N concurrent readers per endpoint, latency percentiles.

Starts the server on a store (build one with scripts/make_corpus.py), then for each scenario
runs N readers (default 50), each on its own keep-alive connection, sending its next request
as soon as the previous answer is read (``--think 0``: a closed loop, the hardest case for a
given number of readers) or after a pause like a person reading (``--think SECONDS``, mean of
an exponential pause). Latency is measured by the client, from sending the request to
reading the whole body. Requests vary: pages, filters, actors and search words drawn from
the store itself. Bounded in time; only 127.0.0.1 is contacted.

    nice .venv/bin/python scripts/bench_api.py --db sqlite:///bench.db --readers 50 --seconds 15
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
HOST = "127.0.0.1"


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def start_server(db: str, port: int, workers: int) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "newsgraph.cli", "serve", "--db", db, "--port", str(port), "--workers", str(workers)]
    env = {**os.environ}
    env.pop("NEWSGRAPH_API_READ_TOKEN", None)
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited: {proc.stderr.read().decode()}")
        try:
            with socket.create_connection((HOST, port), timeout=1):
                return proc
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("server did not start in 60 s")


def server_cpu_seconds(pid: int) -> float | None:
    """CPU time (user + system) used so far by the server process and its children (the
    uvicorn workers), from /proc; None where there is no /proc. CPU per request is the figure
    that other load on a shared machine disturbs least (latency also counts time spent waiting
    for a core)."""
    tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    total, todo, seen = 0.0, [pid], set()
    while todo:
        p = todo.pop()
        if p in seen:
            continue
        seen.add(p)
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            children = Path(f"/proc/{p}/task/{p}/children").read_text().split()
        except OSError:
            if p == pid:
                return None
            continue
        total += (int(fields[11]) + int(fields[12])) / tick  # utime, stime
        todo.extend(int(c) for c in children)
    return total


async def fetch(reader, writer, path: str) -> tuple[int, bytes]:
    writer.write(f"GET {path} HTTP/1.1\r\nHost: {HOST}\r\n\r\n".encode())
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head[9:12])
    length = 0
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":", 1)[1])
    body = await reader.readexactly(length)
    return status, body


async def get_json(port: int, path: str):
    reader, writer = await asyncio.open_connection(HOST, port)
    try:
        status, body = await fetch(reader, writer, path)
        if status != 200:
            raise SystemExit(f"GET {path} -> {status}: {body[:200]!r}")
        return json.loads(body)
    finally:
        writer.close()


async def reader_loop(port: int, paths, stop_at: float, latencies: list, errors: list, think: float = 0.0,
                      rng: random.Random | None = None) -> None:
    reader, writer = await asyncio.open_connection(HOST, port)
    if think > 0:  # readers start at random moments, not all at once
        await asyncio.sleep(rng.uniform(0, think))
    try:
        while time.perf_counter() < stop_at:
            path = next(paths)
            t0 = time.perf_counter()
            try:
                status, _ = await fetch(reader, writer, path)
            except (asyncio.IncompleteReadError, ConnectionError):
                # The server closed an idle keep-alive connection (uvicorn does after 5 s, and
                # readers pause): reconnect and send again, as a browser does; the time to
                # reconnect counts. A second failure is an error.
                writer.close()
                reader, writer = await asyncio.open_connection(HOST, port)
                try:
                    status, _ = await fetch(reader, writer, path)
                except (asyncio.IncompleteReadError, ConnectionError) as exc:
                    errors.append(f"{path}: {exc}")
                    writer.close()
                    reader, writer = await asyncio.open_connection(HOST, port)
                    continue
            latencies.append(time.perf_counter() - t0)
            if status != 200:
                errors.append(f"{path}: HTTP {status}")
            if think > 0:
                # A person reading the answer: exponential pause, mean `think` seconds.
                await asyncio.sleep(min(rng.expovariate(1 / think), 5 * think))
    finally:
        writer.close()


async def run_scenario(port: int, paths: list[str], readers: int, seconds: float, warmup: float,
                       think: float = 0.0, server_pid: int | None = None) -> dict:
    rng = random.Random(42)
    cycles = [itertools.cycle(rng.sample(paths, len(paths))) for _ in range(readers)]
    rngs = [random.Random(k) for k in range(readers)]
    # Warm-up: connections, caches, the server's thread pool.
    await asyncio.gather(*(reader_loop(port, c, time.perf_counter() + warmup, [], [], think, r) for c, r in zip(cycles, rngs)))
    latencies: list[float] = []
    errors: list[str] = []
    cpu_before = server_cpu_seconds(server_pid) if server_pid else None
    started = time.perf_counter()
    await asyncio.gather(*(reader_loop(port, c, started + seconds, latencies, errors, think, r) for c, r in zip(cycles, rngs)))
    elapsed = time.perf_counter() - started
    cpu_after = server_cpu_seconds(server_pid) if server_pid else None
    cpu_ms = (1000 * (cpu_after - cpu_before) / len(latencies)
              if cpu_before is not None and cpu_after is not None and latencies else float("nan"))
    latencies.sort()

    def pct(p: float) -> float:
        return 1000 * latencies[min(len(latencies) - 1, int(p / 100 * len(latencies)))] if latencies else float("nan")

    return {"requests": len(latencies), "errors": len(errors), "error_sample": errors[:3],
            "rps": len(latencies) / elapsed, "p50_ms": pct(50), "p95_ms": pct(95), "p99_ms": pct(99),
            "max_ms": 1000 * latencies[-1] if latencies else float("nan"),
            "mean_ms": 1000 * statistics.fmean(latencies) if latencies else float("nan"),
            "server_cpu_ms": cpu_ms}


async def build_scenarios(port: int, rng: random.Random) -> dict[str, list[str]]:
    """Requests drawn from what the store holds: real actor ids, sources, dates, words."""
    actors = (await get_json(port, "/api/actors?limit=200"))["items"]
    arts = await get_json(port, "/api/articles?limit=100&offset=500")
    records = (await get_json(port, "/api/records?limit=40&offset=1000"))["items"]
    sources = sorted({a["source"] for a in arts["items"] if a["source"]}) or [None]
    total = arts["total"]
    words = sorted({w.lower() for r in records for w in r["article"]["text"].split() if w.isalpha() and len(w) > 5})
    names = sorted({e["name"].split()[-1] for r in records for e in r["entities"] if e["type"] == "PERSON"})
    months = [f"2024-{m:02d}" for m in range(1, 13)] + [f"2025-{m:02d}" for m in range(1, 13)]

    def q(path: str, **params) -> str:
        return path + "?" + urlencode({k: v for k, v in params.items() if v is not None})

    def date_window() -> dict:
        m = rng.choice(months)
        return {"since": f"{m}-01", "until": f"{m}-28"}

    def listing(path: str, extra) -> list[str]:
        out = []
        for _ in range(400):
            params = {"limit": 20, "offset": rng.choice([0, 0, 0, 20, 40, 100, rng.randrange(0, max(1, total // 2))])}
            choice = rng.random()
            if choice < 0.2:
                params.update(date_window())
            elif choice < 0.35:
                params["source"] = rng.choice(sources)
            elif choice < 0.5:
                params["actor"] = rng.choice(actors)["id"]
            params.update(extra())
            out.append(q(path, **params))
        return out

    types = ["CONSULT", "ASSAULT", "ACCUSE", "AGREE", "AID", "SUPPORT", "THREATEN", "REQUEST"]
    statuses = ["happened", "planned", "hypothetical", "negated"]
    scenarios = {
        "GET /api/articles": listing("/api/articles", dict),
        "GET /api/quotes": listing("/api/quotes", lambda: {"kind": rng.choice([None, None, "direct", "indirect"])}),
        "GET /api/events": listing("/api/events", lambda: {"type": rng.choice([None, *types]),
                                                            "status": rng.choice([None, None, *statuses])}),
        "GET /api/actors": [q("/api/actors", limit=20, offset=rng.choice([0, 0, 20, 40, 200]),
                              type=rng.choice([None, None, "PERSON", "GPE", "ORG"])) for _ in range(400)],
    }

    def query() -> str:
        kind = rng.random()
        if kind < 0.4:
            return rng.choice(words)
        if kind < 0.7:
            return f"{rng.choice(words)} {rng.choice(words)}"
        if kind < 0.85:
            return rng.choice(names)
        return rng.choice(words)[:4] + "*"

    scenarios["GET /api/search/articles"] = [
        q("/api/search/articles", q=query(), limit=20, **(date_window() if rng.random() < 0.2 else {})) for _ in range(400)]
    scenarios["GET /api/search/quotes"] = [q("/api/search/quotes", q=query(), limit=20) for _ in range(400)]
    return scenarios


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", required=True, help="store to serve (SQLAlchemy URL)")
    parser.add_argument("--readers", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=15.0, help="measured seconds per scenario")
    parser.add_argument("--warmup", type=float, default=3.0)
    parser.add_argument("--workers", type=int, default=2, help="server processes")
    parser.add_argument("--think", type=float, default=0.0,
                        help="mean pause of each reader between requests, seconds (0: closed loop, no pause)")
    parser.add_argument("--only", help="run only scenarios whose name contains this")
    parser.add_argument("--json", help="also write the results here")
    args = parser.parse_args()

    port = free_port()
    server = start_server(args.db, port, args.workers)
    try:
        scenarios = asyncio.run(build_scenarios(port, random.Random(7)))
        health = asyncio.run(get_json(port, "/api/health"))
        results = {}
        print(f"store: {health['articles']:,} articles; {args.readers} concurrent readers, {args.seconds:.0f} s per "
              f"endpoint after {args.warmup:.0f} s warm-up; think time {args.think:g} s; server processes: {args.workers}; "
              f"load average before: {os.getloadavg()[0]:.2f}", file=sys.stderr)
        print("| endpoint | requests | errors | req/s | p50 ms | p95 ms | p99 ms | max ms | server CPU ms/req |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
        for name, paths in scenarios.items():
            if args.only and args.only not in name:
                continue
            r = asyncio.run(run_scenario(port, paths, args.readers, args.seconds, args.warmup, args.think, server.pid))
            results[name] = r
            print(f"| {name} | {r['requests']:,} | {r['errors']} | {r['rps']:.0f} | {r['p50_ms']:.1f} | "
                  f"{r['p95_ms']:.1f} | {r['p99_ms']:.1f} | {r['max_ms']:.1f} | {r['server_cpu_ms']:.2f} |", flush=True)
            if r["errors"]:
                print(f"  errors, e.g. {r['error_sample']}", file=sys.stderr)
        print(f"load average after: {os.getloadavg()[0]:.2f}", file=sys.stderr)
        if args.json:
            Path(args.json).write_text(json.dumps({"articles": health["articles"], "readers": args.readers,
                                                   "think": args.think, "db": args.db.split(":")[0],
                                                   "seconds": args.seconds, "workers": args.workers,
                                                   "results": results}, indent=2))
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
    return 0


if __name__ == "__main__":
    sys.exit(main())
