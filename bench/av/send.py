"""Sends every .eml of DIR to alice@bench.test over CONN parallel SMTP connections (each reused
for many messages, as an MTA does) and prints the elapsed time and rate."""
import os
import smtplib
import sys
import threading
import time

host, port, folder, conn, label = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4]), sys.argv[5]
files = sorted(os.path.join(folder, f) for f in os.listdir(folder))
payloads = [open(f, "rb").read() for f in files]
lock = threading.Lock()
nxt = [0]
codes = {}
errors = []


def worker():
    s = smtplib.SMTP(host, port, local_hostname="bench.remote.test", timeout=120)
    while True:
        with lock:
            i = nxt[0]
            nxt[0] += 1
        if i >= len(payloads):
            break
        try:
            s.sendmail(f"sender{i}@remote.test", ["alice@bench.test"], payloads[i])
            code = 250
        except smtplib.SMTPResponseException as e:
            code = e.smtp_code
            errors.append(f"{e.smtp_code} {e.smtp_error!r}")
            if code == 421:
                s = smtplib.SMTP(host, port, local_hostname="bench.remote.test", timeout=120)
        except smtplib.SMTPRecipientsRefused as e:
            code = list(e.recipients.values())[0][0]
        with lock:
            codes[code] = codes.get(code, 0) + 1
    s.quit()


t = time.time()
threads = [threading.Thread(target=worker) for _ in range(conn)]
for th in threads:
    th.start()
for th in threads:
    th.join()
dt = time.time() - t
print(f"{label:40s}: {dt:7.2f} s  {len(payloads) / dt:8.1f} msg/s  replies {codes}")
if errors:
    print("  first refusal: " + errors[0])
