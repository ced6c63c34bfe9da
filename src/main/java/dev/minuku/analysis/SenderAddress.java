package dev.minuku.analysis;

import dev.minuku.domains.DomainNames;
import java.util.Locale;

/**
 * The sender address split and normalized.
 *
 * @param address           as given (trimmed)
 * @param localPart         before the last '@', or ""
 * @param domain            lower-case ASCII domain, or "" when the address has none we can read
 * @param registrableDomain registrable domain by the Public Suffix List, or ""
 * @param valid             the address has a local part and a readable domain
 */
public record SenderAddress(String address, String localPart, String domain, String registrableDomain, boolean valid) {

    public static SenderAddress parse(String address) {
        String a = address == null ? "" : address.strip();
        int lt = a.lastIndexOf('<');
        if (lt >= 0 && a.endsWith(">")) {
            a = a.substring(lt + 1, a.length() - 1).strip(); // "<a@b>" or "Name <a@b>"
        }
        int at = a.lastIndexOf('@');
        if (at <= 0 || at == a.length() - 1) {
            return new SenderAddress(a, at > 0 ? a.substring(0, at) : "", "", "", false);
        }
        String local = a.substring(0, at);
        String domain = DomainNames.toAscii(a.substring(at + 1)).orElse("");
        if (domain.isEmpty() || domain.indexOf('.') < 0) {
            return new SenderAddress(a, local, domain, domain, false);
        }
        return new SenderAddress(a, local, domain, DomainNames.registrableDomain(domain), true);
    }

    public boolean hasDomain() {
        return !domain.isEmpty();
    }

    /** Same address ignoring case of the domain and surrounding brackets. */
    public boolean sameAddressAs(String other) {
        SenderAddress o = parse(other);
        return valid && o.valid && localPart.equalsIgnoreCase(o.localPart) && domain.equals(o.domain);
    }

    @Override
    public String toString() {
        return "SenderAddress[" + domain.toLowerCase(Locale.ROOT) + "]"; // never the whole address in logs
    }
}
