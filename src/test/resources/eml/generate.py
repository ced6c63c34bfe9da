#!/usr/bin/env python3
"""Writes the .eml fixtures of MailParserTest / AnalyzeEmlTest with Python's
email package, so each charset and transfer encoding is produced by a real
MIME writer rather than typed by hand. Run: python3 generate.py (in this folder)."""
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.header import Header
from email.utils import formataddr
from email import charset as cs, encoders

def write(name, msg):
    with open(name, 'wb') as f:
        f.write(msg.as_bytes())

# 1. ISO-2022-JP plain text, RFC 2047 name and subject, lookalike sender.
body = ("Amazon お客様\n"
        "お客様のアカウントに異常が見つかりました。24時間以内に本人確認を完了しない場合、アカウントは停止されます。\n"
        "確認はこちら https://amzn-secure-check.top/login?u=taro@example.jp 。\n")
m = MIMEText(body, 'plain', 'iso-2022-jp')
m['From'] = formataddr((str(Header('Amazon.co.jp カスタマーサービス', 'iso-2022-jp')), 'info@amazon-co-jp-support.top'))
m['To'] = 'taro@example.jp'
m['Subject'] = Header('【重要】Amazonアカウントを更新してください', 'iso-2022-jp')
m['Authentication-Results'] = 'mx.example.jp; spf=pass smtp.mailfrom=amazon-co-jp-support.top; dkim=pass header.d=amazon-co-jp-support.top; dmarc=pass header.from=amazon-co-jp-support.top'
write('iso2022jp-lookalike.eml', m)

# 2. Shift_JIS multipart/alternative: base64 plain, quoted-printable HTML whose
#    link text shows Amazon's address but goes elsewhere; From forged as
#    amazon.co.jp and DMARC says so; Reply-To and Return-Path elsewhere.
def sjis_part(subtype, text, encode):
    # Python's MIMEText turns shift_jis into iso-2022-jp; write the bytes ourselves.
    part = MIMEBase('text', subtype, charset='Shift_JIS')
    part.set_payload(text.encode('shift_jis'))
    encode(part)
    return part
alt = MIMEMultipart('alternative')
plain = sjis_part('plain', 'お支払い方法を更新してください。', encoders.encode_base64)
html_part = sjis_part('html', '<html><body><p>お支払い方法の確認が必要です。</p>'
                     '<p><a href="https://pay-update.example.top/amazon">https://www.amazon.co.jp/payment</a></p>'
                     '<p>Amazon.co.jp</p></body></html>', encoders.encode_quopri)
alt.attach(plain); alt.attach(html_part)
alt['Return-Path'] = '<bounce@mailer.example.top>'
alt['Authentication-Results'] = 'mx.example.jp; spf=fail smtp.mailfrom=mailer.example.top; dkim=none; dmarc=fail (p=QUARANTINE) header.from=amazon.co.jp'
alt['From'] = formataddr((str(Header('Amazon.co.jp', 'shift_jis')), 'account-update@amazon.co.jp'))
alt['Reply-To'] = 'help@reply.example.top'
alt['To'] = 'taro@example.jp'
alt['Subject'] = Header('お支払い方法の確認', 'shift_jis')
write('sjis-spoofed-official.eml', alt)

# 3. UTF-8 nested multipart: quoted-printable plain, base64 HTML, an HTML
#    attachment and a forwarded message; nothing of the attachment is read.
mixed = MIMEMultipart('mixed')
alt = MIMEMultipart('alternative')
qp = cs.Charset('utf-8'); qp.body_encoding = cs.QP
alt.attach(MIMEText('請求書を添付しました。ご確認ください。\n', 'plain', qp))
h = MIMEText('<div>請求書を添付しました。<a href="https://files.example.net/invoice">請求書を開く</a></div>', 'html', 'utf-8')
alt.attach(h)
mixed.attach(alt)
att = MIMEBase('application', 'octet-stream')
att.set_payload(b'<html><script>never read</script></html>')
encoders.encode_base64(att)
att.add_header('Content-Disposition', 'attachment', filename='invoice.html')
mixed.attach(att)
inner = MIMEText('転送されたメッセージ https://forwarded.example.org/path\n', 'plain', 'utf-8')
inner['From'] = 'someone@example.org'
inner['Subject'] = 'inner'
mixed.attach(MIMEMessage(inner))
mixed['From'] = formataddr((str(Header('経理部 山田', 'utf-8')), 'yamada@example.co.jp'))
mixed['To'] = 'taro@example.jp'
mixed['Subject'] = Header('請求書の送付', 'utf-8')
write('utf8-nested.eml', mixed)

# 4. Genuine: Amazon from amazon.co.jp, DMARC pass, only amazon.co.jp links.
g = MIMEMultipart('alternative')
g.attach(MIMEText('山田 太郎 様\nご注文ありがとうございます。', 'plain', 'utf-8'))
g.attach(MIMEText('<p>山田 太郎 様</p><p>ご注文ありがとうございます。</p>'
                  '<a href="https://www.amazon.co.jp/gp/your-account/order-details?orderID=1">注文内容を表示</a>', 'html', 'utf-8'))
g['Return-Path'] = '<20260101@bounces.amazon.co.jp>'
g['Authentication-Results'] = 'mx.example.jp; spf=pass smtp.mailfrom=bounces.amazon.co.jp; dkim=pass header.d=amazon.co.jp; dmarc=pass (p=QUARANTINE) header.from=amazon.co.jp'
g['From'] = formataddr(('Amazon.co.jp', 'auto-confirm@amazon.co.jp'))
g['To'] = 'taro@example.jp'
g['Subject'] = Header('注文済み: 「キッチンペーパー」', 'utf-8')
write('genuine-amazon-order.eml', g)
