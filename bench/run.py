#!/usr/bin/env python3
"""Benchmark harness behind bench/run.sh: see that script for usage."""
import os
import shutil
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
WORK = os.path.join(ROOT, "target", "bench-build")
LAUNCHER = os.path.join(ROOT, "leafpress")
# Old outputs are moved here and deleted only after the last measurement: ext4 skips inodes freed
# in the last minutes when it allocates new ones, so a build right after deleting 15,000 files
# spent most of its time in the kernel (seen here: 2 s of system time became 10 to 20 s, for
# Hugo and Leafpress alike, varying from run to run).
TRASH = os.path.join(WORK, "trash")


def timed(cmd, cwd):
    """Runs cmd under GNU time; returns (wall s, cpu s, peak MiB)."""
    out = subprocess.run(["/usr/bin/time", "-v"] + cmd, cwd=cwd, stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE, text=True)
    if out.returncode != 0:
        sys.exit("failed: %s\n%s" % (" ".join(cmd), out.stderr[-3000:]))
    fields = {}
    for line in out.stderr.splitlines():
        key, _, value = line.strip().rpartition(": ")
        fields[key] = value
    wall = fields["Elapsed (wall clock) time (h:mm:ss or m:ss)"].split(":")
    seconds = sum(float(p) * 60 ** i for i, p in enumerate(reversed(wall)))
    cpu = float(fields["User time (seconds)"]) + float(fields["System time (seconds)"])
    return seconds, cpu, int(fields["Maximum resident set size (kbytes)"]) / 1024


def median(runs):
    return tuple(statistics.median(r[i] for r in runs) for i in range(3))


def spread(runs):
    walls = [r[0] for r in runs]
    return "%.2f-%.2f" % (min(walls), max(walls))


def leafpress(site):
    return timed([LAUNCHER, "build", "--source", site], site)


def set_aside(path):
    """Moves path (if present) into TRASH, to be deleted after the benchmark."""
    if os.path.exists(path):
        os.makedirs(TRASH, exist_ok=True)
        os.rename(path, os.path.join(TRASH, str(len(os.listdir(TRASH)))))


def cold_leafpress(site):
    set_aside(os.path.join(site, "output"))
    set_aside(os.path.join(site, ".leafpress"))
    return leafpress(site)


def cold_hugo(site):
    set_aside(os.path.join(site, "public"))
    set_aside(os.path.join(site, "resources"))
    return timed(["hugo", "--quiet"], site)


def edit_one_post(site, run):
    posts = os.path.join(site, "content", "posts")
    name = sorted(os.listdir(posts))[len(os.listdir(posts)) // 2]
    with open(os.path.join(posts, name), "a", encoding="utf-8") as f:
        f.write("\nEdited in benchmark run %d.\n" % run)


def bench(n, repeat, with_hugo):
    site, hugo_site = os.path.join(WORK, str(n)), os.path.join(WORK, "%d-hugo" % n)
    set_aside(site)
    set_aside(hugo_site)
    gen = [sys.executable, os.path.join(HERE, "genblog.py"), str(n), site]
    subprocess.run(gen + (["--hugo", hugo_site] if with_hugo else []), check=True)
    leafpress(site)  # warm-up: builds the launcher's class archive and the file cache
    cold, hugo, same, edited = [], [], [], []
    for run in range(repeat):
        if with_hugo:
            hugo.append(cold_hugo(hugo_site))
        cold.append(cold_leafpress(site))
        same.append(leafpress(site))
        edit_one_post(site, run)
        edited.append(leafpress(site))
    report(n, cold, hugo, same, edited)


def report(n, cold, hugo, same, edited):
    c = median(cold)
    print("\n%d posts (%d runs; wall range cold %s s)" % (n, len(cold), spread(cold)))
    print("  %-28s %8s %8s %9s" % ("", "wall s", "cpu s", "peak MiB"))
    rows = [("leafpress cold", c), ("leafpress rebuild, no change", median(same)),
            ("leafpress rebuild, one post", median(edited))]
    if hugo:
        rows.insert(1, ("hugo cold", median(hugo)))
    for name, m in rows:
        print("  %-28s %8.2f %8.2f %9.0f" % (name, *m))
    if hugo:
        h = median(hugo)
        print("  leafpress/hugo: time %.2f, memory %.2f (hugo range %s s)" % (c[0] / h[0], c[2] / h[2], spread(hugo)))
    print("  rebuild/cold: no change %.3f, one post %.3f" % (median(same)[0] / c[0], median(edited)[0] / c[0]))
    sys.stdout.flush()


def main():
    sizes = [int(a) for a in sys.argv[1:]] or [100, 1000, 10000]
    repeat = int(os.environ.get("REPEAT", "5"))
    with_hugo = shutil.which("hugo") is not None and os.environ.get("NO_HUGO") is None
    if not with_hugo:
        print("hugo not found: measuring Leafpress only (apt-get install hugo)")
    subprocess.run([LAUNCHER, "--version"], check=True, stdout=subprocess.DEVNULL)
    for n in sizes:
        bench(n, repeat, with_hugo)
    shutil.rmtree(TRASH, ignore_errors=True)


if __name__ == "__main__":
    main()
