package org.govinbox.platform.boundary;

import java.util.List;

/** One page of a longer list: {@code page} counts from 1. */
public record Page<T>(long total, int page, int size, List<T> items) {

    public static final int MAX_SIZE = 100;

    /** The index of the first row of the page. */
    public static int firstRow(int page, int size) {
        return (page - 1) * size;
    }
}
