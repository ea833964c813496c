#!/usr/bin/env python3
"""The staff console in a real browser (headless Chromium driven by selenium).

Usage: python3 Tests/Browser/console_browser_test.py [BINARIES_FOLDER]   (default .build/debug)

It seeds a fresh database in a temporary folder through `faq-admin chat --json` (real handoffs),
starts `faq-gateway` against a fake Graph API on loopback, then logs in (a wrong password first),
checks the queue (a lawyer's <script> shown as text), claims a case, replies (and waits until the
fake API receives the reply from the right number), resolves, teaches, opens the statistics and the
history, and logs out. It writes the screenshots docs/console-*.png. One line per check; exit
status 0 only if every check passed.
"""
import hashlib
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
from selenium.common.exceptions import NoAlertPresentException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = os.path.abspath(os.path.join(REPO, sys.argv[1] if len(sys.argv) > 1 else ".build/debug"))
DOCS = os.path.join(REPO, "docs")
USER, PASSWORD = "ana", "clave-de-prueba-123"
# WHATSAPP_CHANNELS: phone number id → channel; `chat --json` names the channel of each message.
CHANNELS = {"mexicali": "100000000000001", "tijuana": "100000000000002", "ensenada": "100000000000003"}
SCRIPT = "<script>alert(1)</script><b>negrita</b>"
MESSAGES = [  # (sender, channel, text): each must go to a person
    ("5216861230001", "mexicali", "pésimo servicio, nadie contesta el teléfono en el juzgado segundo civil, es una vergüenza"),
    ("5216641230002", "tijuana", "quiero saber cómo va mi expediente 1234/2023 del juzgado tercero familiar de tijuana"),
    ("5216461230003", "ensenada", "quiero hablar con una persona por favor"),
    ("5216861230004", "mexicali", "quien gano el partido de los xolos ayer"),
    ("5216861230005", "mexicali", SCRIPT + " pésimo servicio, una vergüenza, nadie atiende"),
]
COMPLAINT, UNMATCHED, WITH_SCRIPT = 0, 3, 4
# Questions the bot answers, so that the statistics show both kinds of traffic.
ANSWERED = ["donde consulto el boletin judicial", "cual es el horario de la oficialia de partes",
            "como pido cita para ir al juzgado", "buenas, donde veo las listas de acuerdos"]
REPLY = "Buen día, licenciado: ya turnamos su queja a la Presidencia del juzgado."
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


def sha256(path):
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


class FakeGraph(http.server.BaseHTTPRequestHandler):
    """Meta's Graph API as far as the sender needs it: every POST …/messages is accepted."""
    received = []  # (path, Authorization header, JSON body)
    lock = threading.Lock()

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        parts = self.path.strip("/").split("/")
        if len(parts) != 3 or parts[2] != "messages":
            self.send_error(404)
            return
        try:
            payload = json.loads(body or b"{}")
        except ValueError:
            payload = {"unparsable": body.decode("utf-8", "replace")}
        with FakeGraph.lock:
            FakeGraph.received.append((self.path, self.headers.get("Authorization"), payload))
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


class Admin:
    """`faq-admin … --db console.sqlite` in the working folder; a failure shows its output."""

    def __init__(self, work):
        self.work = work

    def __call__(self, args, stdin=None):
        command = [os.path.join(BIN, "faq-admin")] + args + ["--db", "console.sqlite"]
        done = subprocess.run(command, cwd=self.work, input=stdin, capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError("%s exited %d\n%s%s" % (" ".join(args), done.returncode, done.stdout, done.stderr))
        return done.stdout


def seed(admin):
    """The knowledge, the account and the cases. Returns (folio per MESSAGES line, an entry id)."""
    admin(["import", "Knowledge/faq.md"])
    admin(["staff", "add", USER, "--role", "admin"], stdin=PASSWORD + "\n")
    answered = "".join(json.dumps({"id": "wamid.ANS%d" % i, "from": "52664123100%d" % i, "channel": "tijuana", "text": t}) + "\n"
                       for i, t in enumerate(ANSWERED))
    admin(["chat", "--json"], stdin=answered)
    lines = "".join(json.dumps({"id": "wamid.SEED%d" % i, "from": s, "channel": c, "text": t}) + "\n"
                    for i, (s, c, t) in enumerate(MESSAGES))
    decisions = [json.loads(line) for line in admin(["chat", "--json"], stdin=lines).splitlines() if line.strip()]
    check(len(decisions) == len(MESSAGES) and [d.get("id") for d in decisions] == ["wamid.SEED%d" % i for i in range(len(MESSAGES))],
          "chat --json answers each seeded message, in order")
    check(all(d.get("action") == "handoff" for d in decisions),
          "the five seeded messages are handed to a person: %s" % [(d.get("action"), d.get("reason")) for d in decisions])
    folios = [(d.get("ticket") or {}).get("folio") for d in decisions]
    check(all(folios) and len(set(folios)) == len(folios), "each handoff opened its own case: %s" % folios)
    entries = json.loads(admin(["list", "--json"]))
    return folios, entries[0]["id"]


def wait_for_console(base, gateway, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if gateway.poll() is not None:
            return "faq-gateway exited with status %d" % gateway.returncode
        try:
            if urllib.request.urlopen(base + "/login", timeout=1).status == 200:
                return None
        except Exception:
            time.sleep(0.1)
    return "the console did not answer /login within %d s" % seconds


def browser(driver, base, work, folios, entry):
    wait = WebDriverWait(driver, 15)

    def viewport(width, height):
        """Sizes the window so that the page itself gets width × height (the window frame is extra)."""
        driver.set_window_size(width, height)
        inner_w, inner_h = driver.execute_script("return [window.innerWidth, window.innerHeight]")
        if (inner_w, inner_h) != (width, height):
            driver.set_window_size(2 * width - inner_w, 2 * height - inner_h)

    def full_page_screenshot(name, width=1280, cap=4000):
        viewport(width, min(cap, driver.execute_script("return document.documentElement.scrollHeight")))
        driver.save_screenshot(os.path.join(DOCS, name))
        viewport(1280, 1000)

    def leave_page(action):
        """Runs `action` (a click, a submit) and waits until another document has replaced this one.

        The old page is marked with a window property a new document does not have. (selenium's
        staleness_of can instead hit chromedriver's "Node with given id does not belong to the
        document" while the old document goes away.)"""
        driver.execute_script("window.__paginaAnterior = true")
        action()
        WebDriverWait(driver, 15, ignored_exceptions=[WebDriverException]).until(
            lambda d: d.execute_script("return window.__paginaAnterior !== true && document.readyState !== 'loading'"))

    def submit(selector, then_id):
        """Clicks a button or link and waits for the page it leads to (never the old page's element)."""
        leave_page(lambda: driver.find_element(By.CSS_SELECTOR, selector).click())
        return wait.until(EC.presence_of_element_located((By.ID, then_id)))

    def open_page(path, then_id):
        driver.get(base + path)
        return wait.until(EC.presence_of_element_located((By.ID, then_id)))

    def no_alert():
        try:
            driver.switch_to.alert.dismiss()
            return False
        except NoAlertPresentException:
            return True

    def field(label):
        """A value of the case page's data list (`Estado`, `Canal`, …)."""
        for dt in driver.find_elements(By.CSS_SELECTOR, ".datos dl dt"):
            if dt.text.strip() == label:
                return dt.find_element(By.XPATH, "following-sibling::dd[1]").text.strip()
        return None

    viewport(1280, 1000)

    # Login.
    driver.get(base + "/")
    wait.until(EC.presence_of_element_located((By.ID, "form-acceso")))
    check(driver.current_url == base + "/login", "without a session / lands on /login (%s)" % driver.current_url)

    def log_in(password):
        driver.find_element(By.ID, "usuario").clear()
        driver.find_element(By.ID, "usuario").send_keys(USER)
        driver.find_element(By.ID, "contrasena").send_keys(password)
        leave_page(lambda: driver.find_element(By.ID, "form-acceso").submit())

    log_in("no-es-la-clave")
    error = wait.until(EC.presence_of_element_located((By.ID, "error-acceso")))
    check("incorrectos" in error.text, "a wrong password shows #error-acceso: %r" % error.text)
    log_in(PASSWORD)
    wait.until(EC.presence_of_element_located((By.ID, "fila")))
    check(driver.current_url == base + "/", "the right password lands on the queue")

    # The queue.
    links = {a.get_attribute("href")[len(base):] for a in driver.find_elements(By.CSS_SELECTOR, "table#fila a[href^='/casos/']")}
    check(links == {"/casos/" + f for f in folios}, "table#fila lists exactly the five seeded cases (%d links)" % len(links))
    page_text = driver.find_element(By.TAG_NAME, "body").text
    check(SCRIPT in page_text, "a lawyer's <script>…<b> is shown as literal text in the queue")
    check(no_alert(), "no alert opened on the queue")
    check(not driver.find_elements(By.CSS_SELECTOR, "main script, main b"), "the lawyer's <script> and <b> are no elements")
    check("&lt;script&gt;alert(1)&lt;/script&gt;" in driver.page_source, "the served markup escapes the <script>")
    driver.save_screenshot(os.path.join(DOCS, "console-queue.png"))

    # The case with the <script>: escaped in the conversation too.
    conversation = open_page("/casos/" + folios[WITH_SCRIPT], "mensajes")
    check(SCRIPT in conversation.text and no_alert() and not conversation.find_elements(By.CSS_SELECTOR, "script, b"),
          "the case page shows the <script> as text in #mensajes")

    # The complaint: claim, reply, the send, resolve.
    driver.get(base + "/")
    wait.until(EC.presence_of_element_located((By.ID, "fila")))
    conversation = submit("table#fila a[href='/casos/%s']" % folios[COMPLAINT], "mensajes")
    check(MESSAGES[COMPLAINT][2] in conversation.text, "the complaint's #mensajes shows the lawyer's text")
    check(field("Canal") == "mexicali", "the complaint came in on the mexicali channel")
    notice = submit("#form-tomar button", "aviso")
    check("Tomó el caso" in notice.text and field("Estado") == "tomado · atiende " + USER
          and not driver.find_elements(By.ID, "form-tomar"), "claimed: %r, Estado %r" % (notice.text, field("Estado")))
    driver.find_element(By.ID, "texto-respuesta").send_keys(REPLY)
    notice = submit("#form-responder button", "aviso")
    check("Respuesta guardada" in notice.text, "the reply is confirmed in #aviso: %r" % notice.text)
    check(REPLY in driver.find_element(By.ID, "mensajes").text, "the reply joins the conversation")

    started, sent = time.monotonic(), []
    while time.monotonic() < started + 10 and not sent:  # the outbox sender works in the background
        with FakeGraph.lock:
            sent = [(p, a, b) for p, a, b in FakeGraph.received if (b.get("text") or {}).get("body") == REPLY]
        if not sent:
            time.sleep(0.1)
    received_after = time.monotonic() - started
    check(len(sent) == 1, "the fake Graph API received the reply once (after %.1f s)" % received_after)
    if sent:
        path, authorization, body = sent[0]
        check(path == "/v21.0/%s/messages" % CHANNELS["mexicali"], "sent from the Mexicali number: %s" % path)
        check(body.get("to") == MESSAGES[COMPLAINT][0] and body.get("type") == "text"
              and body.get("messaging_product") == "whatsapp", "sent as text to the lawyer: %s" % json.dumps(body, ensure_ascii=False))
        check(authorization == "Bearer test-token", "sent with the access token")
    # Meta's 200 reaches the outbox row just after the fake answered: reload until the page shows it.
    started, sends = time.monotonic(), ""
    while time.monotonic() < started + 10 and "enviado" not in sends:
        sends = open_page("/casos/" + folios[COMPLAINT], "envios").text
        if "enviado" not in sends:
            time.sleep(0.2)
    check("staff:" + USER in sends and "enviado" in sends,
          "table#envios shows the send as sent (%.1f s after the API answered): %r" % (time.monotonic() - started, sends.splitlines()[1:]))
    full_page_screenshot("console-case.png")
    notice = submit("#form-resolver button", "aviso")
    check("resuelto" in notice.text.lower() and (field("Estado") or "").startswith("resuelto") and driver.find_elements(By.ID, "form-reabrir"),
          "resolved: %r, Estado %r" % (notice.text, field("Estado")))

    # Teach from the unmatched question.
    open_page("/casos/" + folios[UNMATCHED], "form-ensenar")
    driver.find_element(By.ID, "entrada").send_keys(entry)
    notice = submit("#form-ensenar button", "aviso")
    check("Variante agregada" in notice.text, "teach is confirmed in #aviso: %r" % notice.text)
    with open(os.path.join(work, "Knowledge", "faq.md"), encoding="utf-8") as handle:
        check(MESSAGES[UNMATCHED][2] in handle.read(), "teach wrote the lawyer's wording into the temporary Knowledge/faq.md")

    # Statistics.
    chart = open_page("/estadisticas", "grafica-dias")
    check(chart.tag_name == "svg" and chart.size["width"] > 0, "svg#grafica-dias is drawn on /estadisticas")
    full_page_screenshot("console-statistics.png")

    # The queue on a phone.
    viewport(390, 844)
    open_page("/", "fila")
    driver.save_screenshot(os.path.join(DOCS, "console-queue-phone.png"))
    viewport(1280, 1000)

    # History.
    open_page("/historial", "auditoria")
    rows = [r.text for r in driver.find_elements(By.CSS_SELECTOR, "table#auditoria tbody tr")]
    mine = [r for r in rows if (" %s " % USER) in " %s " % r]
    check(any("respondió" in r and folios[COMPLAINT] in r for r in mine), "table#auditoria lists %s with «respondió»" % USER)
    check(any("enseñó una variante" in r for r in mine), "table#auditoria lists %s with «enseñó una variante»" % USER)

    # Logout.
    submit("form.salir button", "form-acceso")
    driver.get(base + "/")
    wait.until(EC.presence_of_element_located((By.ID, "form-acceso")))
    check(driver.current_url == base + "/login", "after logout / lands on /login")

    problems = [e["message"] for e in driver.get_log("browser")
                if e["level"] == "SEVERE" and "favicon.ico" not in e["message"] and "status of 401" not in e["message"]]
    check(not problems, "no errors in the browser console %s" % problems)


def main():
    os.makedirs(DOCS, exist_ok=True)
    repo_faq = os.path.join(REPO, "Knowledge", "faq.md")
    repo_faq_before = sha256(repo_faq)
    work = tempfile.mkdtemp(prefix="console-browser-")
    shutil.copytree(os.path.join(REPO, "Knowledge"), os.path.join(work, "Knowledge"))
    fake = http.server.ThreadingHTTPServer(("127.0.0.1", 0), FakeGraph)
    threading.Thread(target=fake.serve_forever, daemon=True).start()
    gateway, log_path = None, os.path.join(work, "gateway.log")
    try:
        folios, entry = seed(Admin(work))
        port, console_port = free_port(), free_port()
        env = dict(os.environ, WHATSAPP_APP_SECRET="test-secret", WHATSAPP_VERIFY_TOKEN="test-verify",
                   WHATSAPP_ACCESS_TOKEN="test-token", WHATSAPP_API_BASE_URL="http://127.0.0.1:%d" % fake.server_address[1],
                   WHATSAPP_API_VERSION="v21.0", WHATSAPP_CHANNELS=",".join("%s=%s" % (i, c) for c, i in CHANNELS.items()),
                   PORT=str(port), CONSOLE_PORT=str(console_port), CONSOLE_SECURE_COOKIES="0")
        with open(log_path, "w") as log:
            gateway = subprocess.Popen([os.path.join(BIN, "faq-gateway"), "--db", "console.sqlite"], cwd=work, env=env,
                                       stdout=log, stderr=log)
        base = "http://127.0.0.1:%d" % console_port
        problem = wait_for_console(base, gateway)
        if check(problem is None, "faq-gateway's console answers /login" + (": " + problem if problem else "")):
            run_browser(base, work, folios, entry)
    except Exception as error:  # a failed wait, a missing element, a failed command
        check(False, "the run stopped: %s: %s" % (type(error).__name__, str(error).strip() or repr(error)))
    finally:
        if gateway is not None:
            gateway.terminate()
            try:
                gateway.wait(timeout=10)
            except subprocess.TimeoutExpired:
                gateway.kill()
                gateway.wait()
        fake.shutdown()
        check(sha256(repo_faq) == repo_faq_before, "the repository's Knowledge/faq.md is untouched")
        if failures and os.path.exists(log_path):
            with open(log_path, encoding="utf-8", errors="replace") as handle:
                print("---- faq-gateway log (last 8000 characters) ----\n" + handle.read()[-8000:])
        shutil.rmtree(work, ignore_errors=True)
    print("%d check(s) failed" % len(failures) if failures else "every browser check passed")
    return 1 if failures else 0


def run_browser(base, work, folios, entry):
    options = webdriver.ChromeOptions()
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=es-MX"]:
        options.add_argument(argument)
    options.binary_location = "/usr/bin/chromium"
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    try:
        browser(driver, base, work, folios, entry)
    finally:
        driver.quit()


if __name__ == "__main__":
    sys.exit(main())
