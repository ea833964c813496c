#!/usr/bin/env python3
"""Writes signed webhook bodies for wrk (webhooks.lua reads them): one text message each, unique
message ids, senders drawn from a pool, the three numbers in turn. One line per body: the JSON, a
tab, the X-Hub-Signature-256 value (compact JSON holds no raw tab or newline). Standard library only.

    python3 make-webhooks.py --count 60000 --secret S --out bodies.tsv
"""
import argparse
import hashlib
import hmac
import json
import os
import random
import time

QUESTIONS_FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Scripts", "bench-questions.txt")
QUESTIONS = [line.strip() for line in open(QUESTIONS_FILE, encoding="utf-8") if line.strip() and not line.startswith("#")]
PHONE_NUMBER_IDS = {"mexicali": "1110001", "tijuana": "2220002", "ensenada": "3330003"}


def body(index, sender, channel, text, now):
    message = {"from": sender, "id": f"wamid.BENCH{now}{index:07d}", "timestamp": str(now), "type": "text",
               "text": {"body": text}}
    value = {"messaging_product": "whatsapp",
             "metadata": {"display_phone_number": "5216640000000", "phone_number_id": PHONE_NUMBER_IDS[channel]},
             "contacts": [{"profile": {"name": "Lic."}, "wa_id": sender}], "messages": [message]}
    return json.dumps({"object": "whatsapp_business_account",
                       "entry": [{"id": "WABA", "changes": [{"value": value, "field": "messages"}]}]},
                      separators=(",", ":"))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=60000)
    parser.add_argument("--senders", type=int, default=5000)
    parser.add_argument("--secret", required=True)
    parser.add_argument("--out", required=True)
    arguments = parser.parse_args()
    generator = random.Random(7)
    now = int(time.time())
    channels = list(PHONE_NUMBER_IDS)
    with open(arguments.out, "w", encoding="utf-8") as out:
        for index in range(arguments.count):
            sender = f"5216649{generator.randrange(arguments.senders):06d}"
            text = body(index, sender, channels[index % 3], generator.choice(QUESTIONS), now)
            signature = "sha256=" + hmac.new(arguments.secret.encode(), text.encode(), hashlib.sha256).hexdigest()
            out.write(text + "\t" + signature + "\n")


if __name__ == "__main__":
    main()
