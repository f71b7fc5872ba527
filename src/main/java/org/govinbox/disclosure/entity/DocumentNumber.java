package org.govinbox.disclosure.entity;

import java.util.regex.Pattern;

/**
 * 文号, e.g. 宝渭政字〔2021〕51号: an issuer's abbreviation, the year in 〔 〕 and a serial ending in 号. Ordinary
 * brackets typed by mistake — [ ], ( ), （ ）, 【 】, 〈 〉 — are normalised to 〔 〕 before checking.
 */
public final class DocumentNumber {

    private static final Pattern FORMAT = Pattern.compile("\\S{1,40}〔(\\d{4})〕\\S{0,3}\\d{1,5}号");

    private DocumentNumber() {
    }

    public static String normalise(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().replaceAll("\\s+", "");
        return t.replaceAll("[\\[(（【〈［]\\s*(\\d{4})\\s*[\\])）】〉］]", "〔$1〕");
    }

    /** Whether the (normalised) number has an issuer, a four-digit year in 〔 〕 and a serial with 号. */
    public static boolean valid(String normalised) {
        return normalised != null && FORMAT.matcher(normalised).matches();
    }

    public static int year(String normalised) {
        int open = normalised.indexOf('〔');
        return Integer.parseInt(normalised.substring(open + 1, open + 5));
    }
}
