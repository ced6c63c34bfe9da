-- POST /api/v1/analyze with the typical email of bench/http/analyze-typical.json
-- (about 2 KB of body, 5 links), or with BENCH_FILE=large the largest email the
-- API accepts (100,000 characters of body, 500 links; made here), optionally
-- paced (pace.lua).
local report = require("report")
local pace = require("pace")

local function utf8_length(s)
    local _, continuation = s:gsub("[\128-\191]", "")
    return #s - continuation
end

local function large_email()
    local sentences = {
        "いつもご利用いただきありがとうございます。", "ご注文の商品を発送いたしましたのでお知らせします。",
        "お支払い方法の確認が必要です。", "詳しくは以下のリンクからご確認ください。",
        "Thank you for your order; your package will arrive soon.",
    }
    local parts, chars, i = {}, 0, 0
    while true do
        local s = sentences[i % #sentences + 1]
        local n = utf8_length(s)
        if chars + n > 100000 then break end
        parts[#parts + 1] = s
        chars = chars + n
        i = i + 1
    end
    parts[#parts + 1] = string.rep("x", 100000 - chars)
    local hosts = { "www.amazon.co.jp", "amazon-co-jp.example.top", "www.mercari.jp", "news.example.com", "bit.ly",
        "shop.example.net", "mercari-login.example.xyz", "www.apple.com", "amzn-verify.ml", "example.org" }
    local links = {}
    for k = 0, 499 do
        links[#links + 1] = string.format('{"href":"https://%s/p/%d?id=%d","text":"%s"}', hosts[k % 10 + 1], k,
            k * 7919 % 1000000, k % 3 == 0 and "https://www.amazon.co.jp/" or "詳細を見る")
    end
    return '{"from":{"name":"Amazon.co.jp","address":"info@amazon-co-jp.example.top"},"to":"taro@example.jp",'
        .. '"subject":"お支払い方法の確認","body":"' .. table.concat(parts) .. '","links":[' .. table.concat(links, ",") .. "]}"
end

local body
if os.getenv("BENCH_FILE") == "large" then
    body = large_email()
else
    local f = assert(io.open(os.getenv("BENCH_DIR") .. "/analyze-typical.json", "rb"))
    body = f:read("*a")
    f:close()
end

setup = report.setup
delay = pace.delay_function()
function request()
    return wrk.format("POST", "/api/v1/analyze", { ["Content-Type"] = "application/json" }, body)
end
response = report.response
done = report.done(os.getenv("BENCH_NAME") or "analyze")
