"""Waits until clamd answers PING on 127.0.0.1:PORT (at most 60 s)."""
import socket
import sys
import time

port = int(sys.argv[1])
deadline = time.time() + 60
while time.time() < deadline:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1) as s:
            s.sendall(b"zPING\0")
            if s.recv(16).startswith(b"PONG"):
                sys.exit(0)
    except OSError:
        pass
    time.sleep(0.1)
sys.exit("clamd did not start")
