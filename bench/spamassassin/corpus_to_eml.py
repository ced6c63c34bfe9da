#!/usr/bin/env python3
"""Converts a labelled JSONL corpus (shared/corpus/dev.jsonl format) into one
.eml per email, named LABEL-ID.eml, so SpamAssassin and Minuku read the very
same messages. Every message gets the same Date, Message-ID shape and no
Received headers, so header-only rules treat phishing and genuine alike.
Usage: corpus_to_eml.py CORPUS.jsonl OUT_DIR"""
import json, sys, os, html
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.header import Header
from email.utils import formataddr

def convert(obj):
    alt = MIMEMultipart('alternative')
    body = obj.get('body', '')
    links = obj.get('links', [])
    alt.attach(MIMEText(body, 'plain', 'utf-8'))
    parts = ['<p>%s</p>' % html.escape(line) for line in body.split('\n')]
    for l in links:
        parts.append('<p><a href="%s">%s</a></p>' % (html.escape(l.get('href', ''), quote=True), html.escape(l.get('text', ''))))
    alt.attach(MIMEText('<html><body>%s</body></html>' % ''.join(parts), 'html', 'utf-8'))
    # bin/evaluate reads this placeholder back as "no address" (CorpusEvaluation.NO_ADDRESS).
    addr = obj.get('from_address') or 'unknown@unknown.invalid'
    name = obj.get('from_name') or ''
    alt['From'] = formataddr((str(Header(name, 'utf-8')), addr)) if name else addr
    alt['To'] = obj.get('to') or 'recipient@example.jp'
    alt['Subject'] = Header(obj.get('subject', ''), 'utf-8')
    if obj.get('reply_to'):
        alt['Reply-To'] = obj['reply_to']
    # Headers the corpus gives (Authentication-Results, Return-Path) travel with the message.
    for key, value in (obj.get('headers') or {}).items():
        alt[key] = value
    alt['Date'] = 'Sat, 21 Nov 2026 09:00:00 +0900'
    alt['Message-ID'] = '<%s@corpus.minuku.invalid>' % obj.get('id', 'x')
    return alt.as_bytes()

def main(src, out):
    os.makedirs(out, exist_ok=True)
    n = 0
    for line in open(src, encoding='utf-8'):
        if not line.strip():
            continue
        obj = json.loads(line)
        name = '%s-%s.eml' % (obj['label'], obj.get('id', n))
        with open(os.path.join(out, name), 'wb') as f:
            f.write(convert(obj))
        n += 1
    print('%d messages written to %s' % (n, out))

if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
