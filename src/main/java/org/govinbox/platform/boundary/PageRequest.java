package org.govinbox.platform.boundary;

/**
 * The {@code page} and {@code size} query parameters of a list, checked here so that a bad value answers
 * 400 naming the parameter (JAX-RS would answer 404 for a number that does not parse).
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;

    public static PageRequest of(String page, String size) {
        return new PageRequest(number("page", page, 1, 1, Integer.MAX_VALUE),
                number("size", size, DEFAULT_SIZE, 1, Page.MAX_SIZE));
    }

    public int firstRow() {
        return Page.firstRow(page, size);
    }

    private static int number(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalid(name, name + " 必须是 " + min + " 到 " + max + " 之间的整数");
    }
}
