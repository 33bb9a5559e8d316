#!/usr/bin/env python3
"""POP3 load for bench/pop3-bench.sh: N concurrent clients (processes), each logs in to its own
mailbox, then all start together: retrieve and delete every message, QUIT (so the deletions are
committed). Logins are outside the timed part (password hashing is not what is measured).
Prints one line: clients, messages, seconds, messages/s, MB/s."""
import multiprocessing, poplib, sys, time

barrier = None

def init(b):
    global barrier
    barrier = b

def client(args):
    host, port, user, password = args
    p = poplib.POP3(host, port, timeout=300)
    p.user(user)
    try:
        p.pass_(password)
    finally:
        barrier.wait(timeout=300)
    count, _ = p.stat()
    octets = 0
    for n in range(1, count + 1):
        _, lines, size = p.retr(n)
        octets += size
        p.dele(n)
    before_quit = time.perf_counter()
    p.quit()
    done = time.perf_counter()
    return count, octets, done, done - before_quit

def main():
    host, port, users, user_fmt, password = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
    jobs = [(host, port, user_fmt % u, password) for u in range(1, users + 1)]
    b = multiprocessing.Barrier(users + 1)
    with multiprocessing.Pool(users, initializer=init, initargs=(b,)) as pool:
        pending = pool.map_async(client, jobs, chunksize=1)
        try:
            b.wait(timeout=300)
        except multiprocessing.BrokenBarrierError:
            pending.get()  # raises the client's own error (e.g. a refused login)
            raise
        start = time.perf_counter()
        results = pending.get()
    elapsed = max(r[2] for r in results) - start
    messages = sum(r[0] for r in results)
    octets = sum(r[1] for r in results)
    print("clients=%d messages=%d seconds=%.2f msgs_per_s=%.0f MB_per_s=%.1f slowest_quit_s=%.2f"
          % (users, messages, elapsed, messages / elapsed, octets / elapsed / 1e6, max(r[3] for r in results)))

if __name__ == "__main__":
    main()
