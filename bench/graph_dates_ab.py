#!/usr/bin/env python3
"""A/B (main vs branch) of the three slow queries of issue #4 on a 20,000-document store:
wall and CPU (user + system, wait4) p50/p95 of whole processes, runs interleaved A, B.
Usage: graph_dates_ab.py RUNS A_SITREP A_DB B_SITREP B_DB
Give each binary its own copy of the store when their schemas differ (a newer binary migrates
the store it opens; an older one refuses a newer store)."""
import os, subprocess, sys, time
if len(sys.argv) != 6:
    sys.exit(__doc__)
M, A, N, B = sys.argv[2:6]
qs=[["graph","--actor","IRN","--since","2024-06-01","--until","2024-06-30"],
    ["graph","--since","2015-01-01"],
    ["graph"],["graph","--format","gexf"],["graph","--format","graphml"],
    ["search","nuclear","--rank","--json"],["search","sanctions","--rank","--json"]]
runs=int(sys.argv[1])
def run(b,db,q):
    t=time.perf_counter()
    p=subprocess.Popen([b,*q,"--db",db],stdout=subprocess.DEVNULL,stderr=subprocess.DEVNULL)
    _,st,ru=os.wait4(p.pid,0)
    return (time.perf_counter()-t)*1000,(ru.ru_utime+ru.ru_stime)*1000
def pct(v,p):
    v=sorted(v); k=max(0,min(len(v)-1,round(p/100*len(v)+0.5)-1)); return v[k]
print("| query | binary | wall p50 | wall p95 | CPU p50 | CPU p95 |")
print("|---|---|---:|---:|---:|---:|")
for q in qs:
    r={"main":([],[]),"graphq":([],[])}
    for _ in range(runs):
        for name,b,db in (("main",M,A),("graphq",N,B)):
            w,c=run(b,db,q); r[name][0].append(w); r[name][1].append(c)
    for name in r:
        w,c=r[name]
        print(f"| `{' '.join(q)}` | {name} | {pct(w,50):.0f} | {pct(w,95):.0f} | {pct(c,50):.0f} | {pct(c,95):.0f} |",flush=True)
