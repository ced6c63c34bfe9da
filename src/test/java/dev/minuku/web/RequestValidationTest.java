package dev.minuku.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

// The validator reaches every property without asking Hibernate ORM (RequestValidation),
// and still finds violations deep in a request body.
@QuarkusTest
class RequestValidationTest {

    @Inject
    ValidatorFactory factory;

    @Test
    void theValidatorUsesTheResolverThatReachesEverything() {
        assertInstanceOf(RequestValidation.ReachEverything.class, factory.getTraversableResolver());
    }

    @Test
    void violationsInsideLinksAreStillFound() {
        AnalyzeRequest request = new AnalyzeRequest(new AnalyzeRequest.From("Shop", "shop@example.com"), null, null,
                "subject", "body", List.of(new AnalyzeRequest.Link("https://example.com/", "ok"),
                        new AnalyzeRequest.Link("https://example.com/" + "a".repeat(4096), "too long")),
                null, null);
        Set<ConstraintViolation<AnalyzeRequest>> violations = factory.getValidator().validate(request);
        Set<String> paths = violations.stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet());
        assertEquals(Set.of("links[1].href"), paths);
        assertTrue(violations.iterator().next().getMessage().contains("4096"));
    }
}
