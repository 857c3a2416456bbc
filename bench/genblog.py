#!/usr/bin/env python3
"""Writes a synthetic blog of N posts for the benchmark, deterministically (seeded).

Each post: one category of 8, 1-5 tags of 60, 400-1,200 words with headings, lists, a table
and a fenced code block. The same posts are written in Leafpress's layout and, with
--hugo, in Hugo's layout with a minimal comparable theme (bench/hugo-theme/).
Usage: genblog.py N OUT_DIR [--hugo HUGO_DIR] [--seed S]
"""
import argparse
import datetime
import os
import random
import shutil

WORDS = ("lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut "
         "labore et dolore magna aliqua enim ad minim veniam quis nostrud exercitation ullamco laboris "
         "nisi aliquip ex ea commodo consequat duis aute irure in reprehenderit voluptate velit esse "
         "cillum fugiat nulla pariatur excepteur sint occaecat cupidatat non proident sunt culpa qui "
         "officia deserunt mollit anim id est laborum server cache thread queue socket kernel python "
         "redis linux worker request latency memory buffer parser template").split()
CATEGORIES = ["Python", "Linux", "Redis", "Networking", "Databases", "Tools", "Web", "Notes"]
TAGS = ["tag%02d" % i for i in range(60)]
LANGS = ["python", "bash", "java", "javascript"]


def sentence(rng, n=None):
    n = n or rng.randint(6, 16)
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def paragraph(rng):
    return " ".join(sentence(rng) for _ in range(rng.randint(3, 6)))


def body(rng, target_words):
    """Markdown blocks until about target_words words; returns the text."""
    blocks, words, section = [paragraph(rng), "<!-- more -->"], 0, 0
    while words < target_words:
        kind = rng.random()
        if kind < 0.12:
            section += 1
            block = "## Section %d: %s" % (section, sentence(rng, 4)[:-1])
        elif kind < 0.22:
            block = "\n".join("- " + sentence(rng, rng.randint(4, 9)) for _ in range(rng.randint(3, 6)))
        elif kind < 0.28:
            rows = ["| name | value | note |", "|---|---:|---|"]
            rows += ["| %s | %d | %s |" % (rng.choice(WORDS), rng.randint(1, 999), sentence(rng, 4))
                     for _ in range(rng.randint(3, 6))]
            block = "\n".join(rows)
        elif kind < 0.36:
            code = "\n".join("    " * (i % 3) + "%s = %s(%d)" % (rng.choice(WORDS), rng.choice(WORDS), i)
                             for i in range(rng.randint(4, 12)))
            block = "```%s\n%s\n```" % (rng.choice(LANGS), code)
        else:
            block = paragraph(rng)
        blocks.append(block)
        words += len(block.split())
    return "\n\n".join(blocks) + "\n"


def posts(n, seed):
    rng = random.Random(seed)
    start = datetime.datetime(2010, 1, 1, 8, 0)
    for i in range(n):
        date = start + datetime.timedelta(hours=i * 7 + rng.randint(0, 5))
        title = "Post %d, %s" % (i + 1, sentence(rng, rng.randint(3, 7))[:-1])
        yield {
            "name": "%s-post-%05d.md" % (date.strftime("%Y-%m-%d"), i + 1),
            "title": title,
            "date": date.strftime("%Y-%m-%d %H:%M"),
            "category": rng.choice(CATEGORIES),
            "tags": sorted(rng.sample(TAGS, rng.randint(1, 5))),
            "body": body(rng, rng.randint(400, 1200)),
        }


LEAFPRESS_SITE = """title: Benchmark blog
description: A synthetic blog for benchmarks.
author: Bench
base_url: https://bench.example.org/
language: en
timezone: UTC
default_category: Notes
per_page: 10
excerpt_words: 60
"""

HUGO_CONFIG = """baseURL = "https://bench.example.org/"
title = "Benchmark blog"
languageCode = "en"
theme = "bench"
paginate = 10
disableKinds = ["sitemap", "robotsTXT", "404"]
[taxonomies]
category = "categories"
tag = "tags"
[outputs]
home = ["HTML", "RSS"]
section = ["HTML"]
taxonomy = ["HTML"]
term = ["HTML"]
[markup.highlight]
codeFences = false
"""


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def front(post, hugo):
    tags = ", ".join(post["tags"])
    if hugo:
        return '---\ntitle: "%s"\ndate: %s\ncategories: [%s]\ntags: [%s]\n---\n' % (
            post["title"], post["date"].replace(" ", "T") + ":00Z", post["category"], tags)
    return "---\ntitle: %s\ndate: %s\ncategory: %s\ntags: [%s]\n---\n" % (
        post["title"], post["date"], post["category"], tags)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("n", type=int)
    ap.add_argument("out")
    ap.add_argument("--hugo")
    ap.add_argument("--seed", type=int, default=42)
    args = ap.parse_args()
    shutil.rmtree(args.out, ignore_errors=True)
    write(os.path.join(args.out, "site.yaml"), LEAFPRESS_SITE)
    if args.hugo:
        shutil.rmtree(args.hugo, ignore_errors=True)
        write(os.path.join(args.hugo, "config.toml"), HUGO_CONFIG)
        shutil.copytree(os.path.join(os.path.dirname(os.path.abspath(__file__)), "hugo-theme"),
                        os.path.join(args.hugo, "themes", "bench"))
    for post in posts(args.n, args.seed):
        write(os.path.join(args.out, "content", "posts", post["name"]), front(post, False) + post["body"])
        if args.hugo:
            write(os.path.join(args.hugo, "content", "posts", post["name"]), front(post, True) + post["body"])


if __name__ == "__main__":
    main()
