package org.govinbox.requests.control;

/**
 * The information processing fee (信息处理费) of the State Council General Office's measures (国办函〔2020〕109号):
 * counted by items or by pages, the office choosing one per request.
 * <p>
 * F1 by items: an applicant's first 10 requests in a calendar month are free; the 11th to 30th cost 100 元 each;
 * from the 31st on, each further band of 10 costs 100 元 more per request (31–40: 200, 41–50: 300 …).
 * F2 by pages, for one request: up to 30 pages free; pages 31–100 10 元 each, 101–200 20 元, from 201 40 元.
 */
public final class InformationFees {

    private InformationFees() {
    }

    /** F1: the fee, in 元, of an applicant's {@code nth} request of the month. */
    public static int byItems(int nth) {
        if (nth < 1) {
            throw new IllegalArgumentException("the first request is the 1st");
        }
        if (nth <= 10) {
            return 0;
        }
        if (nth <= 30) {
            return 100;
        }
        return 100 * (2 + (nth - 31) / 10);
    }

    /** F2: the fee, in 元, of a request whose information runs to {@code pages} pages. */
    public static int byPages(int pages) {
        if (pages < 0) {
            throw new IllegalArgumentException("pages are not negative");
        }
        return 10 * band(pages, 30, 100) + 20 * band(pages, 100, 200) + 40 * Math.max(0, pages - 200);
    }

    /** How many of {@code pages} fall in (from, to]. */
    private static int band(int pages, int from, int to) {
        return Math.max(0, Math.min(pages, to) - from);
    }
}
