package dev.minuku.domains;

import java.util.regex.Pattern;

/** Recognizes hosts that are IP addresses in any notation browsers accept. */
public final class IpHosts {

    private static final Pattern DOTTED_OR_NUMERIC =
            Pattern.compile("(?i)^(0x[0-9a-f]+|0[0-7]*|[1-9][0-9]*)(\\.(0x[0-9a-f]+|0[0-7]*|[1-9][0-9]*)){0,3}$");

    private IpHosts() {
    }

    /** Dotted quad, single decimal/hex/octal number, mixed forms, or a bracketed IPv6 literal. */
    public static boolean isIpLiteral(String host) {
        if (host == null || host.isEmpty()) {
            return false;
        }
        if (host.startsWith("[") || host.indexOf(':') >= 0) {
            return true;
        }
        return host.length() <= 64 && DOTTED_OR_NUMERIC.matcher(host).matches();
    }
}
