"""Writes N messages of about 50 KB: even ones plain text, odd ones a short text and a base64
attachment of random bytes (a PDF name, so clamd's file-type detection runs on it)."""
import base64
import os
import random
import sys

out, n = sys.argv[1], int(sys.argv[2])
os.makedirs(out, exist_ok=True)
rnd = random.Random(9)
words = "mail server antivirus quarantine relay mailbox domain message filter scanner daemon".split()
for i in range(n):
    head = (f"From: sender{i}@remote.test\r\nTo: alice@bench.test\r\nSubject: bench {i}\r\n"
            f"Date: Thu, 26 Nov 2026 08:00:00 +0000\r\nMessage-ID: <bench-{i}@remote.test>\r\nMIME-Version: 1.0\r\n")
    if i % 2 == 0:
        lines, size = [], 0
        while size < 50_000:
            line = " ".join(rnd.choice(words) for _ in range(11))
            lines.append(line)
            size += len(line) + 2
        body = head + "Content-Type: text/plain\r\n\r\n" + "\r\n".join(lines) + "\r\n"
    else:
        blob = base64.encodebytes(rnd.randbytes(36_000)).decode().replace("\n", "\r\n")
        body = (head + 'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n'
                + "Report attached.\r\n--b\r\nContent-Type: application/pdf; name=\"r.pdf\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n" + blob + "--b--\r\n")
    with open(os.path.join(out, f"m{i:05d}.eml"), "w", newline="") as f:
        f.write(body)
