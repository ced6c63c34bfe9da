package dev.minuku.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.minuku.brands.BrandRegistry;
import dev.minuku.testsupport.Emails;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Runs one rule on a test email and asks what it found: shared by the rule tests. */
final class RuleProbe {

    private final Rule rule;
    private final BrandRegistry brands;

    RuleProbe(Rule rule, BrandRegistry brands) {
        this.rule = rule;
        this.brands = brands;
    }

    List<Finding> findings(Emails.Builder email) {
        return rule.evaluate(Contexts.of(email.build(), brands));
    }

    Set<Signal> signals(Emails.Builder email) {
        return findings(email).stream().map(Finding::signal).collect(Collectors.toSet());
    }

    /** The one finding of this signal; fails when there is none or several. */
    Finding only(Emails.Builder email, Signal signal) {
        List<Finding> f = findings(email).stream().filter(x -> x.signal() == signal).toList();
        assertEquals(1, f.size(), signal + " in " + findings(email));
        return f.get(0);
    }

    void assertNone(Emails.Builder email, Signal signal) {
        assertFalse(signals(email).contains(signal), signal + " in " + findings(email));
    }
}
