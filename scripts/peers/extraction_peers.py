#!/usr/bin/env python3
"""What the nearest peers make of PolicyText's extraction tasks, measured here (README, "Accuracy").

usage: python3 -m venv /tmp/jionlp-venv && /tmp/jionlp-venv/bin/pip install jionlp==1.5.31 cn2an
       .build/release/policytext normalize Corpus/000_9710c98421749e77.txt > /tmp/seed.txt
       /tmp/jionlp-venv/bin/python scripts/peers/extraction_peers.py /tmp/seed.txt
"""
import sys

import cn2an
import jionlp as jio

text = open(sys.argv[1], encoding="utf-8").read()
phrases = jio.keyphrase.extract_keyphrase(text, top_k=30)
print("jionlp keyphrases (top 30):", " ".join(phrases))
for slogan in ["两个确保", "十大战略", "一高四新两能", "1+14", "放管服效", "万人助万企", "转型+增效"]:
    near = [p for p in phrases if slogan in p or p in slogan]
    print(f"  {slogan}: {'found' if slogan in phrases else ('partial ' + ','.join(near) if near else 'missing')}")
base = {"year": 2026, "month": 1, "day": 14}
for expression in ["十四五期间", "力争用3年时间", "到2030年", "年底前", "两年内"]:
    try:
        print("jionlp parse_time", expression, jio.parse_time(expression, time_base=base)["time"])
    except Exception as error:  # the peer raises on what it cannot read
        print("jionlp parse_time", expression, "fails:", error)
for expression in ["增长6%左右", "百分之十五", "翻一番", "倍增", "1.5万亿元"]:
    print("jionlp extract_money", expression, jio.ner.extract_money(expression) or "nothing")
for expression in ["1.5万亿", "百分之十五"]:
    try:
        print("cn2an smart", expression, cn2an.cn2an(expression, "smart"))
    except Exception as error:
        print("cn2an smart", expression, "fails:", error)
