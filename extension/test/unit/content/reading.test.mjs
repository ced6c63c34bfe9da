// Behaviour under test: the reading helpers the adapters share: visible text
// (hidden parts left out, line breaks where the page breaks lines), sender
// "Name <address>" splitting, addresses from attributes, labelled values.
import { test } from "node:test";
import assert from "node:assert/strict";
import { loadPage } from "../../support/webmail-page.mjs";

async function pageWith(html) {
  const dom = await loadPage(html, "https://example.com/");
  return { page: dom.window.minukuPage, doc: dom.window.document };
}

test("text hidden by display:none, visibility:hidden, a stylesheet rule or the hidden attribute is not visible text", async () => {
  const { page, doc } = await pageWith(`
    <style>.preheader { display: none }</style>
    <div id="mail">
      <p>見える<span style="display:none">見えない1</span>文</p>
      <p style="visibility:hidden">見えない2</p>
      <p class="preheader">見えない3</p>
      <p hidden>見えない4</p>
      <script>var x = "見えない5";</script>
      <p>最後</p>
    </div>`);
  assert.equal(page.visibleText(doc.getElementById("mail")), "見える文\n最後");
});

test("block elements and <br> end lines; runs of spaces collapse as the browser shows them", async () => {
  const { page, doc } = await pageWith(`<div id="mail"><div>一行目   です<br>二行目</div><table><tr><td>セル1</td></tr><tr><td>セル2</td></tr></table>末尾</div>`);
  assert.equal(page.visibleText(doc.getElementById("mail")), "一行目 です\n二行目\nセル1\nセル2\n末尾");
});

test("a sender written as Name <address> splits into both, quotes and brackets dropped", async () => {
  const { page } = await pageWith("");
  assert.deepEqual(structuredClone(page.splitNameAndAddress('"Amazon.co.jp" <AmazonJP@EmailAmazonCoJP.cf>')), {
    name: "Amazon.co.jp",
    address: "amazonjp@emailamazoncojp.cf",
  });
  assert.deepEqual(structuredClone(page.splitNameAndAddress("楽天カード（info@rakuten-card.example）")), { name: "楽天カード", address: "info@rakuten-card.example" });
  assert.deepEqual(structuredClone(page.splitNameAndAddress("no-reply@example.jp")), { name: "", address: "no-reply@example.jp" });
  assert.deepEqual(structuredClone(page.splitNameAndAddress("名前だけ")), { name: "名前だけ", address: "" });
});

test("an address is taken from the attribute the webmail keeps it in before the visible text", async () => {
  const { page, doc } = await pageWith(`
    <span id="a" email="real@example.com">shown@example.org</span>
    <a id="b" href="mailto:Info@Example.jp?subject=x">お問い合わせ</a>
    <span id="c">名前のみ</span>`);
  assert.equal(page.addressOf(doc.getElementById("a")), "real@example.com");
  assert.equal(page.addressOf(doc.getElementById("b")), "info@example.jp");
  assert.equal(page.addressOf(doc.getElementById("c")), "");
});

test("a value is found next to its visible label, with or without a colon", async () => {
  const { page, doc } = await pageWith(`<dl><dt>差出人：</dt><dd id="from">A &lt;a@example.jp&gt;</dd><dt>宛先</dt><dd id="to">b@example.jp</dd></dl>`);
  assert.equal(page.valueAfterLabel(doc.body, ["差出人"]).id, "from");
  assert.equal(page.valueAfterLabel(doc.body, ["宛先", "To"]).id, "to");
  assert.equal(page.valueAfterLabel(doc.body, ["件名"]), null);
});

test("links skip in-page anchors and hidden links, and an image link is named by its alt text", async () => {
  const { page, doc } = await pageWith(`<div id="mail">
    <a href="#top">上へ</a>
    <a href="https://hidden.example/" style="display:none">隠し</a>
    <a href="https://shop.example/"><img src="data:," alt="ショップ"></a>
    <a href="javascript:alert(1)">クリック</a>
  </div>`);
  assert.deepEqual(structuredClone(page.linksIn(doc.getElementById("mail"))), [
    { href: "https://shop.example/", text: "ショップ" },
    // Kept: the service explains a javascript: link instead of the extension hiding it.
    { href: "javascript:alert(1)", text: "クリック" },
  ]);
});
