#!/usr/bin/env python3
"""Reads async-profiler's collapsed stacks (bench/run-fork-only.sh with PROFILE=DIR): the share of the samples
per thread, per frame where the CPU was (self), per frame anywhere on the stack (inclusive), or per callee under
one frame. Not part of `./mvnw verify`.

Usage: bench/profile-summary.py FILE threads
       bench/profile-summary.py FILE self [SUBSTRING]
       bench/profile-summary.py FILE inclusive [SUBSTRING]
       bench/profile-summary.py FILE under FRAME [DEPTH]
"""
import collections
import sys


def stacks(path):
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            stack, count = line.rstrip("\n").rsplit(" ", 1)
            frames = stack.split(";")
            yield frames[0], frames[1:], int(count)  # the first frame is the thread ("threads" option)


def main(path, view="self", argument="", depth="1"):
    shares = collections.Counter()
    total = 0
    for thread, frames, count in stacks(path):
        total += count
        if view == "threads":
            shares[thread.split(" tid=")[0].strip("[")] += count
        elif view == "self" and frames:
            shares[frames[-1]] += count
        elif view == "inclusive":
            for frame in set(frames):
                shares[frame] += count
        elif view == "under" and argument in frames:
            at = frames.index(argument)
            shares[" > ".join(frames[at + 1:at + 1 + int(depth)]) or "(self)"] += count
    print(f"{total} samples")
    for frame, count in shares.most_common(400):
        if view in ("threads", "under") or argument in frame:
            print(f"{100 * count / total:5.1f} % {frame}")


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(*sys.argv[1:])
