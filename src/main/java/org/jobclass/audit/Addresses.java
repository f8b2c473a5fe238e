package org.jobclass.audit;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * Network addresses as people write them: an IPv6 address shortened as RFC 5952 writes it ({@code ::1}, not
 * {@code 0:0:0:0:0:0:0:1}), and an IPv4 address carried in IPv6 ({@code ::ffff:10.0.0.1}) as plain IPv4.
 */
final class Addresses {

    /**
     * What can only be an IPv6 literal: it starts with a hex digit or a colon and has a colon. {@link InetAddress}
     * reads such a text itself and refuses it when it is not an address: it never asks the name service about it.
     */
    private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:][0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(%[0-9A-Za-z_.-]+)?");

    private Addresses() {
    }

    /** The address shortened; any other text (an IPv4 address, a name, something unreadable) as it is. */
    static String readable(String address) {
        if (address == null || !IPV6_LITERAL.matcher(address).matches()) {
            return address;
        }
        int zone = address.indexOf('%');
        InetAddress parsed;
        try {
            parsed = InetAddress.getByName(zone < 0 ? address : address.substring(0, zone));
        } catch (UnknownHostException notAnAddress) {
            return address;
        }
        if (parsed instanceof Inet4Address) {
            return parsed.getHostAddress();
        }
        return shortened(parsed.getAddress()) + (zone < 0 ? "" : address.substring(zone));
    }

    /** RFC 5952: groups in lower-case hex without leading zeros, the longest run of two or more zero groups as "::". */
    private static String shortened(byte[] address) {
        int[] groups = new int[8];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = (address[2 * i] & 0xff) << 8 | address[2 * i + 1] & 0xff;
        }
        int runStart = -1;
        int runLength = 1;
        for (int i = 0; i < groups.length; i++) {
            int end = i;
            while (end < groups.length && groups[end] == 0) {
                end++;
            }
            if (end - i > runLength) {
                runStart = i;
                runLength = end - i;
            }
            i = Math.max(i, end);
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < groups.length; i++) {
            if (i == runStart) {
                text.append("::");
                i += runLength - 1;
                continue;
            }
            if (!text.isEmpty() && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString();
    }
}
