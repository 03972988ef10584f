"""Holds many slow connections open against a server while asking it real questions.

Usage: slow_clients.py PORT COUNT SECONDS
Opens COUNT sockets that each send half a request and then one byte a second; while they
hang on, GETs /healthz and /api/events every 0.2 s. Prints one JSON line:
{"connected": n, "answers": [status, ...], "errors": [...]}
"""
import json
import resource
import socket
import sys
import threading
import time
import urllib.request

port, count, seconds = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, max(soft, count + 256)), hard))

sockets = []
for _ in range(count):
    try:
        s = socket.create_connection(("127.0.0.1", port), timeout=5)
        s.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
        sockets.append(s)
    except OSError:
        pass

stop = threading.Event()


def trickle():
    while not stop.is_set():
        for s in list(sockets):
            try:
                s.send(b"a")
            except OSError:
                pass
        stop.wait(1.0)


thread = threading.Thread(target=trickle, daemon=True)
thread.start()
answers, errors = [], []
deadline = time.time() + seconds
while time.time() < deadline:
    for path in ("/healthz", "/api/events?limit=5"):
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=20) as response:
                answers.append(response.status)
        except Exception as error:  # noqa: BLE001 - any failure is reported, not raised
            errors.append(f"{path}: {error}")
    time.sleep(0.2)
stop.set()
for s in sockets:
    s.close()
print(json.dumps({"connected": len(sockets), "answers": answers, "errors": errors}))
