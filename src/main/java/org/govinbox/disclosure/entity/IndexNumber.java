package org.govinbox.disclosure.entity;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 索引号, the permanent identifier of a published item: {@code {agency code}/{YYYY}-{NNNNN}} (the national catalogue
 * format). The agency code is the publishing agency's 9-character organisation code or 18-character unified social
 * credit code; the serial counts per agency and year from 00001 and is never reused (rule D1).
 */
public record IndexNumber(String agencyCode, int year, int serial) {

    public static final int MAX_SERIAL = 99_999;
    private static final Pattern AGENCY = Pattern.compile("[0-9A-Z]{9}|[0-9A-Z]{18}");
    private static final Pattern FORMAT = Pattern.compile("([0-9A-Z]{9}|[0-9A-Z]{18})/(\\d{4})-(\\d{5})");

    public IndexNumber {
        if (!validAgencyCode(agencyCode)) {
            throw new IllegalArgumentException("agency code must be 9 or 18 characters 0-9/A-Z: " + agencyCode);
        }
        if (year < 1900 || year > 9999 || serial < 1 || serial > MAX_SERIAL) {
            throw new IllegalArgumentException("year or serial out of range: " + year + "/" + serial);
        }
    }

    public static boolean validAgencyCode(String code) {
        return code != null && AGENCY.matcher(code).matches();
    }

    public static Optional<IndexNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(text.trim());
        if (!m.matches() || Integer.parseInt(m.group(3)) == 0) {
            return Optional.empty();
        }
        return Optional.of(new IndexNumber(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
    }

    /** The name of the number series this serial is drawn from. */
    public static String series(String agencyCode) {
        return "INDEX:" + agencyCode;
    }

    @Override
    public String toString() {
        return agencyCode + "/" + year + "-" + String.format("%05d", serial);
    }
}
