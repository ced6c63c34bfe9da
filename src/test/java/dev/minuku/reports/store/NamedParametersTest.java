package dev.minuku.reports.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NamedParametersTest {

    /** A statement that only records what is bound where. */
    private static PreparedStatement recording(List<String> bound) {
        return (PreparedStatement) Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
                    if (method.getName().equals("setObject") && args.length == 2) {
                        bound.add(args[0] + "=" + args[1]);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void eachNameBecomesAPlaceAndARepeatedNameIsBoundAtEveryPlace() throws Exception {
        NamedParameters p = NamedParameters.of("select :a, :b_2 where x = :a");
        assertEquals("select ?, ? where x = ?", p.sql());
        assertEquals(List.of("a", "b_2", "a"), p.names());
        List<String> bound = new ArrayList<>();
        p.bind(recording(bound), Map.of("a", 1, "b_2", "two"));
        assertEquals(List.of("1=1", "2=two", "3=1"), bound);
    }

    @Test
    void quotedTextQuotedNamesAndCastsAreLeftAlone() {
        String sql = "select 'a:b', 'it''s :no', E'\\':no\\n', \"col:no\", x::text, :yes";
        NamedParameters p = NamedParameters.of(sql);
        assertEquals("select 'a:b', 'it''s :no', E'\\':no\\n', \"col:no\", x::text, ?", p.sql());
        assertEquals(List.of("yes"), p.names());
    }

    @Test
    void anUnterminatedQuoteIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> NamedParameters.of("select 'open :x"));
    }

    @Test
    void aMissingValueIsRefusedBeforeAnythingRuns() {
        NamedParameters p = NamedParameters.of("select :a, :b");
        assertThrows(IllegalArgumentException.class, () -> p.bind(recording(new ArrayList<>()), Map.of("a", 1)));
    }

    @Test
    void theReportStatementKeepsNoNamedParameterAndUsesTheValuesTheRepositoryGives() {
        NamedParameters p = NamedParameters.of(ReportRepository.STORE_AND_COUNT_SQL);
        assertFalse(Pattern.compile(":[A-Za-z]").matcher(p.sql().replace("::", "")).find(), p.sql());
        assertEquals(p.names().size(), p.sql().chars().filter(c -> c == '?').count());
        assertEquals(new TreeSet<>(Set.of("lock", "id", "key", "reporter", "kind", "address", "senderDomain", "subject",
                "hosts", "linkDomains", "client", "createdAt", "domains", "officials", "sample", "day", "slot")),
                new TreeSet<>(p.names()));
    }

    @Test
    void theListStatementTakesItsThreeValuesInBothHalves() {
        NamedParameters p = NamedParameters.of(DomainCounterRepository.LIST_SQL);
        assertEquals(List.of("minReporters", "since", "limit", "minReporters", "since", "limit"), p.names());
        assertEquals(6, p.sql().chars().filter(c -> c == '?').count());
    }
}
