package dev.minuku.domains;

import com.google.common.net.InetAddresses;
import java.net.InetAddress;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Recognizes hosts that are IP addresses in every notation browsers accept
 * (WHATWG URL host parsing): dotted quad, one decimal number ({@code 3232235777}),
 * hex ({@code 0xC0A80101}), octal ({@code 0300.0250.1.1}), mixed and short forms
 * ({@code 192.168.257}), and bracketed IPv6. Scams write addresses oddly so a
 * reader does not recognize them; the browser still goes there. Total: never throws.
 */
public final class IpHosts {

    private IpHosts() {
    }

    /** The host is an IP address a browser would connect to. */
    public static boolean isIpLiteral(String host) {
        return canonical(host).isPresent();
    }

    /**
     * The address as a browser shows it after parsing: dotted decimal for IPv4,
     * bracketed compressed form for IPv6; empty when the host is not an IP address.
     */
    public static Optional<String> canonical(String host) {
        if (host == null || host.isEmpty() || host.length() > 128) {
            return Optional.empty();
        }
        String h = host;
        if (h.startsWith("[") || h.indexOf(':') >= 0) {
            String inner = h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
            if (inner.isEmpty() || inner.indexOf('[') >= 0 || inner.indexOf(']') >= 0 || inner.indexOf(':') < 0) {
                return Optional.empty();
            }
            try {
                InetAddress a = InetAddresses.forString(inner);
                return Optional.of("[" + InetAddresses.toAddrString(a) + "]");
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        if (!mayBeIpv4(h)) {
            return Optional.empty();
        }
        OptionalLong v = parseIpv4(h);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        long n = v.getAsLong();
        return Optional.of(((n >> 24) & 0xff) + "." + ((n >> 16) & 0xff) + "." + ((n >> 8) & 0xff) + "." + (n & 0xff));
    }

    /**
     * WHATWG "ends in a number": the last label (ignoring one trailing dot) is all
     * digits or a 0x hex number. A browser then parses the host as IPv4 and
     * rejects it if that fails, so such a host is never a domain name.
     */
    public static boolean endsInNumber(String host) {
        if (host == null || host.isEmpty()) {
            return false;
        }
        String h = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        int dot = h.lastIndexOf('.');
        String last = dot < 0 ? h : h.substring(dot + 1);
        if (last.isEmpty()) {
            return false;
        }
        if (allDigits(last, 0, 10)) {
            return true;
        }
        return (last.startsWith("0x") || last.startsWith("0X")) && allDigits(last, 2, 16);
    }

    /** Cheap pre-check: IPv4 in any notation starts with a digit and holds only digits, dots, hex letters and x. */
    private static boolean mayBeIpv4(String h) {
        if (h.charAt(0) < '0' || h.charAt(0) > '9') {
            return false;
        }
        for (int i = 0; i < h.length(); i++) {
            char c = h.charAt(i);
            if (!((c >= '0' && c <= '9') || c == '.' || c == 'x' || c == 'X' || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
                return false;
            }
        }
        return true;
    }

    /** IPv4 as a 32-bit number by the WHATWG IPv4 parser, or empty. */
    public static OptionalLong parseIpv4(String host) {
        if (host == null || host.isEmpty() || host.length() > 64) {
            return OptionalLong.empty();
        }
        String h = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        String[] parts = h.split("\\.", -1);
        if (parts.length == 0 || parts.length > 4) {
            return OptionalLong.empty();
        }
        long[] numbers = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            long n = parseIpv4Number(parts[i]);
            if (n < 0) {
                return OptionalLong.empty();
            }
            numbers[i] = n;
        }
        for (int i = 0; i < numbers.length - 1; i++) {
            if (numbers[i] > 255) {
                return OptionalLong.empty();
            }
        }
        long last = numbers[numbers.length - 1];
        if (last >= (1L << (8 * (5 - numbers.length)))) {
            return OptionalLong.empty();
        }
        long value = last;
        for (int i = 0; i < numbers.length - 1; i++) {
            value += numbers[i] << (8 * (3 - i));
        }
        return OptionalLong.of(value);
    }

    /** One IPv4 part: decimal, 0x hex or 0-prefixed octal; -1 when it is not a number or too large. */
    private static long parseIpv4Number(String part) {
        if (part.isEmpty() || part.length() > 34) {
            return -1;
        }
        int radix = 10;
        String digits = part;
        if (part.length() >= 2 && (part.startsWith("0x") || part.startsWith("0X"))) {
            radix = 16;
            digits = part.substring(2);
        } else if (part.length() >= 2 && part.charAt(0) == '0') {
            radix = 8;
            digits = part.substring(1);
        }
        if (digits.isEmpty()) {
            return 0; // "0x" alone is zero for browsers
        }
        if (!allDigits(digits, 0, radix)) {
            return -1;
        }
        // Leading zeros do not make a number larger.
        int start = 0;
        while (start < digits.length() - 1 && digits.charAt(start) == '0') {
            start++;
        }
        if (digits.length() - start > 12) {
            return -1;
        }
        long v = Long.parseLong(digits.substring(start), radix);
        return v > 0xffffffffL ? -1 : v;
    }

    private static boolean allDigits(String s, int from, int radix) {
        if (from >= s.length()) {
            return false;
        }
        for (int i = from; i < s.length(); i++) {
            if (Character.digit(s.charAt(i), radix) < 0 || s.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }
}
