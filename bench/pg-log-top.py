#!/usr/bin/env python3
"""Sums the statement durations of a PostgreSQL server log written under log_min_duration_statement = 0, by statement
(numbers folded, so that batches of the same statement add up): which statements the server spent its time on.
Usage: bench/pg-log-top.py LOG [FIRST-LINE] [TOP]      FIRST-LINE: skip the lines before it (the log of earlier runs)"""
import collections, re, sys

log = sys.argv[1]
first = int(sys.argv[2]) if len(sys.argv) > 2 else 1
top = int(sys.argv[3]) if len(sys.argv) > 3 else 12
ms, calls = collections.Counter(), collections.Counter()
with open(log, encoding='utf-8', errors='replace') as f:
    for number, line in enumerate(f, 1):
        m = re.search(r'duration: ([\d.]+) ms\s+(\w+)[^:]*:\s*(.*)', line) if number >= first else None
        if not m:
            continue
        key = (m.group(2), re.sub(r'\d+', 'N', re.sub(r'\s+', ' ', m.group(3)))[:110])
        ms[key] += float(m.group(1))
        calls[key] += 1
print(f'{sum(ms.values()) / 1000:.2f} s in all')
for key, v in ms.most_common(top):
    print(f'{v / 1000:8.2f} s {calls[key]:6d} x  {key[0]:9s} {key[1]}')
