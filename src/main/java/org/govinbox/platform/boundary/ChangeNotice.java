package org.govinbox.platform.boundary;

/**
 * A change another instance committed and logged ({@link ChangeLog}), fired on this instance by {@link ChangeFeed}:
 * the component that owns {@code topic} brings what it keeps in memory up to date. {@code payload} is the
 * component's own text (ids, a job).
 */
public record ChangeNotice(String topic, String payload) {
}
