package dev.minuku.web;

import dev.minuku.analysis.EmailMessage;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/** POST /api/v1/analyze body (API.md). Only from.address is required. */
public record AnalyzeRequest(
        @NotNull(message = "from is required") @Valid From from,
        @Size(max = 320, message = "at most 320 characters") String replyTo,
        @Size(max = 320, message = "at most 320 characters") String to,
        @Size(max = 1000, message = "at most 1000 characters") String subject,
        @Size(max = 100_000, message = "at most 100000 characters") String body,
        @Size(max = 500, message = "at most 500 links") List<@NotNull(message = "a link cannot be null") @Valid Link> links,
        @Size(max = 50, message = "at most 50 headers") Map<String, @Size(max = 16_384, message = "at most 16384 characters") String> headers,
        @Size(max = 35, message = "at most 35 characters") String locale) {

    public record From(
            @Size(max = 1000, message = "at most 1000 characters") String name,
            @NotBlank(message = "from.address is required") @Size(max = 320, message = "at most 320 characters") String address) {
    }

    public record Link(
            @Size(max = 4096, message = "at most 4096 characters") String href,
            @Size(max = 4096, message = "at most 4096 characters") String text) {
    }

    public EmailMessage toMessage() {
        List<EmailMessage.LinkInput> l = links == null ? List.of()
                : links.stream().map(x -> new EmailMessage.LinkInput(x.href(), x.text())).toList();
        return new EmailMessage(new EmailMessage.Sender(from.name(), from.address()), replyTo, to, subject, body, l, headers);
    }
}
