package dev.minuku.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.minuku.analysis.AnalysisResult;
import dev.minuku.analysis.Analyzer;
import dev.minuku.analysis.CommunityLookup;
import dev.minuku.analysis.Signal;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

// Any request body sent to POST /api/v1/analyze ends in one of the two answers the API has:
// a 400 (the JSON does not parse or does not fit AnalyzeRequest, mapped by ProblemMappers) or
// an analysis, never an exception that would be a 500. The body goes through what the endpoint
// does, without HTTP: Jackson as Quarkus configures it (unknown fields ignored), bean
// validation, the engine (no rule may throw: no ENGINE_RULE_ERROR), the answer's JSON.
// Valid requests in AnalyzeJsonFuzzTestInputs seed the fuzzer, which also instruments Jackson
// (pom.xml) so that it learns the JSON grammar instead of failing at the first byte.
class AnalyzeJsonFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false);
    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
    private static final Analyzer ANALYZER = Analyzer.withDefaults();

    @FuzzTest(maxDuration = "10s")
    @DictionaryEntries({"{\"from\":{\"address\":\"", "\"name\":", "\"replyTo\":", "\"to\":", "\"subject\":",
        "\"body\":", "\"links\":[{\"href\":\"", "\"text\":", "\"headers\":{", "\"locale\":\"en\"", "\\u", "https://",
        "@", "xn--", "amazon", "null", "true", "[]", "{}"})
    void anyBodyIsABadRequestOrAnAnswer(@NotNull byte[] body) throws IOException {
        AnalyzeRequest request;
        try {
            request = JSON.readValue(body, AnalyzeRequest.class);
        } catch (JsonProcessingException | CharConversionException e) {
            return; // 400 invalid-json (ProblemMappers.json, .encoding)
        }
        if (request == null) {
            return; // 400: a JSON body is required
        }
        Set<ConstraintViolation<AnalyzeRequest>> violations = VALIDATOR.validate(request);
        if (!violations.isEmpty()) {
            return; // 400 validation
        }
        Locale locale = RequestLocale.resolve(request.locale(), null);
        AnalysisResult result = ANALYZER.analyze(request.toMessage(), locale, CommunityLookup.NONE);
        assertFalse(result.has(Signal.ENGINE_RULE_ERROR), () -> "a rule threw: " + result.findings());
        AnalyzeResponse response = AnalyzeResponse.from(result, locale);
        byte[] answer = JSON.writeValueAsBytes(response);
        assertNotNull(response.verdict());
        assertTrue(answer.length > 0);
    }
}
