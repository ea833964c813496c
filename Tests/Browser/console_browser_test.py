#!/usr/bin/env python3
"""The staff console in a real browser (headless Chromium driven by selenium).

Usage: python3 Tests/Browser/console_browser_test.py [BINARIES_FOLDER]   (default .build/debug)

It seeds a fresh database through `faq-admin chat --json` (real handoffs), starts `faq-gateway`
against a fake Graph API on loopback, then logs in, claims a case, replies (and waits until the fake
API receives the reply from the right number), resolves, teaches, opens the statistics and the
history, and logs out. It writes the screenshots in docs/. Exit status 0 only if every check passed.
"""
import http.server
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = os.path.abspath(os.path.join(REPO, sys.argv[1] if len(sys.argv) > 1 else ".build/debug"))
DOCS = os.path.join(REPO, "docs")
PASSWORD = "clave-de-prueba-123"
CHANNELS = {"mexicali": "100000000000001", "tijuana": "100000000000002", "ensenada": "100000000000003"}
failures = []


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what, flush=True)
    if not condition:
        failures.append(what)
    return condition


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class FakeGraph(http.server.BaseHTTPRequestHandler):
    received = []
    lock = threading.Lock()

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        with FakeGraph.lock:
            FakeGraph.received.append((self.path, json.loads(body or b"{}")))
            n = len(FakeGraph.received)
        answer = json.dumps({"messaging_product": "whatsapp", "contacts": [{"input": "x", "wa_id": "x"}],
                             "messages": [{"id": "wamid.TEST%d" % n}]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, *args):
        pass


def main():
    work = tempfile.mkdtemp(prefix="console-browser-")
    shutil.copytree(os.path.join(REPO, "Knowledge"), os.path.join(work, "Knowledge"))
    db = os.path.join(work, "console.sqlite")
    admin = os.path.join(BIN, "faq-admin")

    def run(args, stdin=None):
        return subprocess.run([admin] + args + ["--db", db], cwd=work, input=stdin, capture_output=True, text=True, check=True).stdout

    run(["import", "Knowledge/faq.md"])
    run(["staff", "add", "ana", "--role", "admin"], stdin=PASSWORD + "\n")
    messages = [
        ("5216861230001", "mexicali", "pésimo servicio, nadie contesta el teléfono en el juzgado segundo civil, es una vergüenza"),
        ("5216641230002", "tijuana", "quiero saber cómo va mi expediente 1234/2023 del juzgado tercero familiar de tijuana"),
        ("5216461230003", "ensenada", "quiero hablar con una persona por favor"),
        ("5216861230004", "mexicali", "quien gano el partido de los xolos ayer"),
        ("5216861230005", "mexicali", "<script>alert(1)</script><b>negrita</b> pésimo servicio, una vergüenza, nadie atiende"),
    ]
    # Questions the bot answers, so that the statistics show both kinds of traffic.
    answered = ["donde consulto el boletin judicial", "cual es el horario de la oficialia de partes",
                "como saco una cita en el tribunal electronico", "buenas, donde veo las listas de acuerdos"]
    lines = "".join(json.dumps({"id": "wamid.ANS%d" % i, "from": "52664123100%d" % i, "channel": "tijuana", "text": t}) + "\n"
                    for i, t in enumerate(answered))
    run(["chat", "--json"], stdin=lines)
    lines = "".join(json.dumps({"id": "wamid.SEED%d" % i, "from": s, "channel": c, "text": t}) + "\n"
                    for i, (s, c, t) in enumerate(messages))
    decisions = [json.loads(line) for line in run(["chat", "--json"], stdin=lines).splitlines() if line.strip()]
    folios = [(d.get("ticket") or {}).get("folio") for d in decisions]
    check(all(d["action"] == "handoff" for d in decisions), "the five seeded messages are handed to a person: %s"
          % [(d["action"], d.get("reason")) for d in decisions])
    entry = json.loads(run(["list", "--json"]))[0]["id"]

    fake = http.server.ThreadingHTTPServer(("127.0.0.1", 0), FakeGraph)
    threading.Thread(target=fake.serve_forever, daemon=True).start()
    port, console_port = free_port(), free_port()
    env = dict(os.environ, WHATSAPP_APP_SECRET="test-secret", WHATSAPP_VERIFY_TOKEN="test-verify",
               WHATSAPP_ACCESS_TOKEN="test-token", WHATSAPP_API_BASE_URL="http://127.0.0.1:%d" % fake.server_address[1],
               WHATSAPP_API_VERSION="v21.0", WHATSAPP_CHANNELS=",".join("%s=%s" % (i, c) for c, i in CHANNELS.items()),
               PORT=str(port), CONSOLE_PORT=str(console_port), CONSOLE_SECURE_COOKIES="0", LOG_LEVEL="warning")
    log = open(os.path.join(work, "gateway.log"), "w")
    gateway = subprocess.Popen([os.path.join(BIN, "faq-gateway"), "--db", db], cwd=work, env=env, stdout=log, stderr=log)
    base = "http://127.0.0.1:%d" % console_port
    driver = None
    try:
        for _ in range(200):
            try:
                if urllib.request.urlopen(base + "/login", timeout=1).status == 200:
                    break
            except Exception:
                time.sleep(0.1)
        options = webdriver.ChromeOptions()
        for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=es-MX"]:
            options.add_argument(argument)
        if os.path.exists("/usr/bin/chromium"):
            options.binary_location = "/usr/bin/chromium"
        driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
        wait = WebDriverWait(driver, 15)

        def submit(selector, then_id):
            """Clicks a form's button and waits for the page it leads to (never the old page's element)."""
            old = driver.find_element(By.TAG_NAME, "html")
            driver.find_element(By.CSS_SELECTOR, selector).click()
            wait.until(EC.staleness_of(old))
            return wait.until(EC.presence_of_element_located((By.ID, then_id)))

        driver.get(base + "/")
        check(driver.current_url.endswith("/login"), "without a session / lands on /login")

        def log_in(password):
            driver.find_element(By.ID, "usuario").clear()
            driver.find_element(By.ID, "usuario").send_keys("ana")
            driver.find_element(By.ID, "contrasena").send_keys(password)
            driver.find_element(By.CSS_SELECTOR, "#form-acceso button").click()

        log_in("no-es-la-clave")
        error = wait.until(EC.presence_of_element_located((By.ID, "error-acceso")))  # the form page had none
        check("incorrectos" in error.text, "a wrong password shows the error")
        log_in(PASSWORD)
        wait.until(EC.presence_of_element_located((By.ID, "fila")))
        rows = driver.find_elements(By.CSS_SELECTOR, "#fila a[href^='/casos/']")
        check(len(rows) == len([f for f in folios if f]), "the queue lists every seeded case (%d)" % len(rows))
        body = driver.find_element(By.TAG_NAME, "body").text
        check("<script>alert(1)</script>" in body, "a lawyer's <script> is shown as text")
        check(len(driver.find_elements(By.CSS_SELECTOR, "main b")) == 0, "a lawyer's <b> is not markup")
        driver.save_screenshot(os.path.join(DOCS, "console-queue.png"))

        complaint = folios[0]
        submit("#fila a[href='/casos/%s']" % complaint, "mensajes")
        check("nadie contesta el teléfono" in driver.find_element(By.ID, "mensajes").text, "the case shows the conversation")
        submit("#form-tomar button", "aviso")
        reply = "Buen día, licenciado: ya turnamos su queja a la Presidencia del juzgado."
        driver.find_element(By.ID, "texto-respuesta").send_keys(reply)
        notice = submit("#form-responder button", "aviso")
        check("Respuesta guardada" in notice.text, "the reply is confirmed")
        deadline, sent = time.time() + 15, None
        while time.time() < deadline and sent is None:
            with FakeGraph.lock:
                sent = next((p for p, b in FakeGraph.received if b.get("text", {}).get("body") == reply), None)
                sent_to = [b.get("to") for p, b in FakeGraph.received if b.get("text", {}).get("body") == reply]
            time.sleep(0.2)
        check(sent == "/v21.0/%s/messages" % CHANNELS["mexicali"] and sent_to == ["5216861230001"],
              "the staff reply reached the Graph API from the Mexicali number, to the lawyer (%s)" % sent)
        # Meta's 200 is marked on the row by the sender's next write: reload until the page shows it.
        deadline, shown = time.time() + 15, ""
        while time.time() < deadline and "enviado" not in shown:
            time.sleep(0.3)
            driver.get(base + "/casos/" + complaint)
            shown = wait.until(EC.presence_of_element_located((By.ID, "envios"))).text
        check("enviado" in shown, "the case shows the send as sent")
        driver.save_screenshot(os.path.join(DOCS, "console-case.png"))
        submit("#form-resolver button", "aviso")
        check("resuelto" in driver.find_element(By.CSS_SELECTOR, ".datos dl").text, "the case is resolved")

        unmatched = folios[3]
        driver.get(base + "/casos/" + unmatched)
        driver.find_element(By.ID, "entrada").send_keys(entry)
        notice = submit("#form-ensenar button", "aviso")
        check("Variante agregada" in notice.text, "teach is confirmed")
        with open(os.path.join(work, "Knowledge", "faq.md"), encoding="utf-8") as handle:
            check(messages[3][2] in handle.read(), "teach wrote the wording into faq.md")

        driver.get(base + "/estadisticas")
        wait.until(EC.presence_of_element_located((By.ID, "grafica-dias")))
        check(len(driver.find_elements(By.CSS_SELECTOR, "svg.grafica")) >= 8, "the statistics draw their charts")
        height = min(4000, driver.execute_script("return document.documentElement.scrollHeight"))
        driver.set_window_size(1280, height)
        driver.save_screenshot(os.path.join(DOCS, "console-statistics.png"))
        driver.set_window_size(390, 844)
        driver.get(base + "/")
        wait.until(EC.presence_of_element_located((By.ID, "fila")))
        driver.save_screenshot(os.path.join(DOCS, "console-queue-phone.png"))
        driver.set_window_size(1280, 1000)

        driver.get(base + "/historial")
        audit = wait.until(EC.presence_of_element_located((By.ID, "auditoria"))).text
        check("ana" in audit and "respondió" in audit and "enseñó una variante" in audit, "the history lists ana's actions")

        submit("form.salir button", "form-acceso")
        driver.get(base + "/")
        check(driver.current_url.endswith("/login"), "after logout / lands on /login")
    except Exception as error:  # a failed wait or a missing element
        check(False, "browser run: %r" % error)
    finally:
        if driver is not None:
            driver.quit()
        gateway.terminate()
        try:
            gateway.wait(timeout=10)
        except subprocess.TimeoutExpired:
            gateway.kill()
        fake.shutdown()
        log.close()
        if failures:
            print(open(os.path.join(work, "gateway.log")).read()[-4000:])
        shutil.rmtree(work, ignore_errors=True)
    print("%d check(s) failed" % len(failures) if failures else "every browser check passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
