#!/usr/bin/env python3
"""Sums a JFR recording's samples by method: where a thread's time goes (jdk.ExecutionSample) or what it
allocates (jdk.ObjectAllocationSample, weighted by bytes).
Usage: bench/jfr-top.py cpu|alloc RECORDING.jfr [THREAD-NAME-PREFIX] [TOP]"""
import collections, re, subprocess, sys

kind, recording = sys.argv[1], sys.argv[2]
thread = sys.argv[3] if len(sys.argv) > 3 else ''
top = int(sys.argv[4]) if len(sys.argv) > 4 else 25
event = 'jdk.ExecutionSample' if kind == 'cpu' else 'jdk.ObjectAllocationSample'
text = subprocess.run(['jfr', 'print', '--stack-depth', '64', '--events', event, recording],
                      capture_output=True, text=True, check=True).stdout
units = {'bytes': 1, 'byte': 1, 'kB': 1e3, 'MB': 1e6, 'GB': 1e9}
self_, total, classes = collections.Counter(), collections.Counter(), collections.Counter()
for e in text.split(event + ' {')[1:]:
    t = re.search(r'(?:sampledThread|eventThread) = "([^"]*)"', e)
    if thread and (not t or not t.group(1).startswith(thread)):
        continue
    weight = 1.0
    if kind != 'cpu':
        w = re.search(r'weight = ([\d.]+) (\w+)', e)
        if not w:
            continue
        weight = float(w.group(1)) * units.get(w.group(2), 1)
        c = re.search(r'objectClass = (\S+)', e)
        classes[c.group(1) if c else '?'] += weight
    frames = re.findall(r'^\s+([\w.$<>/]+)\(.*?\)\s+line:', e, re.M)
    if not frames:
        continue
    self_[frames[0]] += weight
    for f in set(frames):
        total[f] += weight
all_ = sum(self_.values()) or 1
print(f'{event}: {all_:,.0f} {"samples" if kind == "cpu" else "bytes"}' + (f' on threads {thread}*' if thread else ''))
print('-- self')
for f, v in self_.most_common(top):
    print(f'{100 * v / all_:6.1f}%  {f}')
print('-- total (bangfu methods)')
for f, v in [(f, v) for f, v in total.most_common() if f.startswith('bangfu.')][:top]:
    print(f'{100 * v / all_:6.1f}%  {f}')
if classes:
    print('-- classes')
    for c, v in classes.most_common(12):
        print(f'{100 * v / all_:6.1f}%  {c}')
