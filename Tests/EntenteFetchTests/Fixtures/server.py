"""A local HTTP server for EntenteFetchTests: each route plays one kind of server a news
fetcher meets (well-behaved, gzipped, redirecting, failing, slow, huge, hostile).

Usage: python3 server.py  -- binds 127.0.0.1 on a free port and prints that port on one line.
It exits when its standard input closes (so a crashed test run leaves no server behind),
or after half an hour at most.
"""

import gzip
import os
import sys
import threading
import time
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PAGE = b"<html><head><title>Bamako</title></head><body>Le caf\xe9 de Bamako.</body></html>"
PLAIN = ("Niger and Mali cut ties with Ukraine. " * 200).encode()
RECORDS = b'{"id": "a", "text": "Mali cut ties with Ukraine."}\n{"id": "b", "text": "Niger expels troops."}\n'
HUGE_SIZE = 50 * 1024 * 1024
BOMB_SIZE = 100 * 1024 * 1024

# What the huge routes managed to send before the client hung up, for the tests to read back.
huge_sent = {}
huge_lock = threading.Lock()
bomb_cache = []


def gzip_bomb():
    """100 MiB of zeros as gzip, about 100 KiB, made once and in pieces (never 100 MiB at once)."""
    if not bomb_cache:
        compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
        zeros = bytes(1 << 20)
        parts = [compressor.compress(zeros) for _ in range(BOMB_SIZE >> 20)]
        parts.append(compressor.flush())
        bomb_cache.append(b"".join(parts))
    return bomb_cache[0]


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format, *args):
        pass

    def send_body(self, status, body, content_type="text/plain; charset=utf-8", headers=()):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def redirect(self, location):
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self):
        path = self.path.split("?")[0]
        try:
            self.route(path)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def route(self, path):
        if path == "/page":
            self.send_body(200, PAGE, "text/html; charset=windows-1252")
        elif path == "/gzip-page":
            self.send_body(200, gzip.compress(PLAIN), "text/plain; charset=utf-8", [("Content-Encoding", "gzip")])
        elif path == "/records.jsonl.gz":
            self.send_body(200, gzip.compress(RECORDS), "application/octet-stream")
        elif path == "/encoded-records.jsonl.gz":
            # A server that gzips an already gzipped file on the wire: two layers to undo.
            body = gzip.compress(gzip.compress(RECORDS))
            self.send_body(200, body, "application/octet-stream", [("Content-Encoding", "gzip")])
        elif path.startswith("/redirect/"):
            left = int(path.rsplit("/", 1)[1])
            self.redirect("/page" if left <= 1 else "/redirect/%d" % (left - 1))
        elif path == "/loop-a":
            self.redirect("/loop-b")
        elif path == "/loop-b":
            self.redirect("/loop-a")
        elif path == "/redirect-to-file":
            self.redirect("file:///etc/passwd")
        elif path == "/user-agent":
            self.send_body(200, self.headers.get("User-Agent", "").encode())
        elif path == "/server-error":
            self.send_body(500, b"internal error")
        elif path == "/slow-head":
            time.sleep(5)
            self.send_body(200, b"too late")
        elif path == "/trickle":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", "100")
            self.end_headers()
            for _ in range(100):
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(0.1)
        elif path == "/huge-chunked":
            self.send_huge(declared=False)
        elif path == "/huge-declared":
            self.send_huge(declared=True)
        elif path == "/huge-sent":
            with huge_lock:
                done = ",".join("%s=%d" % item for item in sorted(huge_sent.items()))
            self.send_body(200, done.encode())
        elif path == "/gzip-bomb":
            self.send_body(200, gzip_bomb(), "text/plain", [("Content-Encoding", "gzip")])
        elif path == "/truncated-gzip":
            whole = gzip.compress(PLAIN)
            self.send_body(200, whole[: len(whole) // 2], "text/plain", [("Content-Encoding", "gzip")])
        elif path == "/brotli":
            self.send_body(200, b"\x0b\x02\x80hello\x03", "text/plain", [("Content-Encoding", "br")])
        else:
            self.send_body(404, b"not found")

    def send_huge(self, declared):
        """50 MiB of text in 64 KiB pieces, counting what gets out before the client hangs up."""
        name = "declared" if declared else "chunked"
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        if declared:
            self.send_header("Content-Length", str(HUGE_SIZE))
        else:
            self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        piece = b"Sahel " * (65536 // 6) + b"....\n"
        sent = 0
        try:
            while sent < HUGE_SIZE:
                if declared:
                    self.wfile.write(piece)
                else:
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
                sent += len(piece)
            if not declared:
                self.wfile.write(b"0\r\n\r\n")
        except (BrokenPipeError, ConnectionResetError):
            pass
        finally:
            with huge_lock:
                huge_sent[name] = sent


def exit_when_parent_leaves():
    sys.stdin.buffer.read()
    os._exit(0)


def main():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=exit_when_parent_leaves, daemon=True).start()
    threading.Timer(1800, lambda: os._exit(0)).start()
    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
