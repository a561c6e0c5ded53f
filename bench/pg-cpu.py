#!/usr/bin/env python3
"""The CPU seconds (user + sys) the PostgreSQL server of bench/pg-server.sh has used so far: the postmaster, its
live children and the children that have ended (a connection's backend ends with it and is counted by the postmaster).
Usage: bench/pg-cpu.py   (prints one number; take it before and after a run)"""
import os, sys

data = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'target', 'bench', 'pg', 'data', 'postmaster.pid')
with open(data) as f:
    master = int(f.readline())
tick = os.sysconf('SC_CLK_TCK')


def fields(pid):
    with open(f'/proc/{pid}/stat') as f:
        return f.read().rsplit(')', 1)[1].split()


total = 0
for name in os.listdir('/proc'):
    if not name.isdigit():
        continue
    try:
        s = fields(name)
    except OSError:
        continue
    pid, ppid = int(name), int(s[1])
    if pid == master:
        total += int(s[11]) + int(s[12]) + int(s[13]) + int(s[14])  # utime stime cutime cstime
    elif ppid == master:
        total += int(s[11]) + int(s[12])
print(f'{total / tick:.2f}')
