#!/usr/bin/env python3
"""A fake Graph API for benchmarks: answers every POST .../messages with a message id, HTTP/1.1
keep-alive, one thread per connection. Prints how many it received on SIGTERM.

    python3 fake-graph-api.py 18080
"""
import http.server
import signal
import sys
import threading

received = 0
lock = threading.Lock()


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self):
        global received
        length = int(self.headers.get("Content-Length", 0))
        self.rfile.read(length)
        with lock:
            received += 1
            number = received
        body = ('{"messaging_product":"whatsapp","messages":[{"id":"wamid.BENCH%d"}]}' % number).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *arguments):
        pass


def main():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler)
    server.daemon_threads = True

    def stop(*_):
        print(f"fake Graph API received {received} messages", flush=True)
        sys.exit(0)

    signal.signal(signal.SIGTERM, stop)
    server.serve_forever()


if __name__ == "__main__":
    main()
