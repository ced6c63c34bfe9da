package dev.minuku.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.minuku.analysis.Analyzer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// bin/evaluate reads a labelled corpus with its own brand and trick labels and,
// with --tables, prints confusion tables by trick, by the engine's category and by
// whether the sender address is given, beside the figures and the misses.
class CorpusEvaluationTest {

    private static final String CORPUS = String.join("\n",
            "{\"id\": \"p1\", \"label\": \"phish\", \"lang\": \"ja\", \"brand\": \"Amazon\","
                    + " \"tricks\": [\"lookalike_sender_domain\", \"cheap_tld\"], \"from_name\": \"Amazon.co.jp\","
                    + " \"from_address\": \"info@amazon-co-jp.accountsafe.top\", \"subject\": \"アカウントがロックされました\","
                    + " \"body\": \"48時間以内に確認しない場合、アカウントは停止されます。\","
                    + " \"links\": [{\"href\": \"https://amazon-co-jp.accountsafe.top/signin\", \"text\": \"確認する\"}]}",
            "{\"id\": \"p2\", \"label\": \"phish\", \"lang\": \"en\", \"brand\": \"none\", \"tricks\": [\"mailbox_quota\"],"
                    + " \"from_name\": \"Help Desk\", \"from_address\": \"\", \"subject\": \"Mailbox full\","
                    + " \"body\": \"Hello\", \"links\": []}",
            "{\"id\": \"g1\", \"label\": \"legit\", \"lang\": \"ja\", \"brand\": \"Amazon\","
                    + " \"tricks\": [\"hard_negative_order_notice\"], \"from_name\": \"Amazon.co.jp\","
                    + " \"from_address\": \"auto-confirm@amazon.co.jp\", \"subject\": \"ご注文の確認\","
                    + " \"body\": \"佐藤 花子 様\\nご注文を承りました。\","
                    + " \"links\": [{\"href\": \"https://www.amazon.co.jp/gp/css/order-history\", \"text\": \"注文履歴\"}]}",
            "");

    private static String report(Path corpus, boolean tables) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<CorpusEvaluation.Sample> samples = CorpusEvaluation.read(corpus);
        CorpusEvaluation.report(CorpusEvaluation.run(Analyzer.withDefaults(), samples),
                new PrintStream(bytes, true, StandardCharsets.UTF_8), false, tables);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static Path corpus(Path dir) throws IOException {
        Path p = dir.resolve("corpus.jsonl");
        Files.writeString(p, CORPUS, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void theCorpusOwnBrandAndTrickLabelsAreRead(@TempDir Path dir) throws IOException {
        CorpusEvaluation.Sample p1 = CorpusEvaluation.read(corpus(dir)).get(0);
        assertEquals("Amazon", p1.brand());
        assertEquals(List.of("lookalike_sender_domain", "cheap_tld"), p1.tricks());
    }

    @Test
    void tablesCountEachMailUnderEachOfItsTricksItsCategoryAndItsSender(@TempDir Path dir) throws IOException {
        String out = report(corpus(dir), true);
        assertTrue(out.contains("phishing flagged (scam or suspicious): 1/2"), out);
        assertTrue(out.matches("(?s).*\\nlookalike_sender_domain  phish +1 +0 +0\\n.*"), out);
        assertTrue(out.matches("(?s).*\\ncheap_tld  phish +1 +0 +0\\n.*"), out);
        assertTrue(out.matches("(?s).*\\nhard_negative_order_notice  legit +0 +0 +1\\n.*"), out);
        assertTrue(out.matches("(?s).*\\nmissing  phish +0 +0 +1\\n.*"), out);
        assertTrue(out.matches("(?s).*\\ngiven  phish +1 +0 +0\\n.*"), out);
        assertTrue(out.contains("by category (the engine's, from the mail's words)"), out);
        assertTrue(out.contains("MISS p2"), out);
    }

    @Test
    void withoutTablesOnlyTheLanguageTableIsPrinted(@TempDir Path dir) throws IOException {
        String out = report(corpus(dir), false);
        assertTrue(out.contains("by language"), out);
        assertTrue(!out.contains("by trick") && !out.contains("by sender address"), out);
    }
}
