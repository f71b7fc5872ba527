/**
 * Persistence pieces every component shares: the {@link org.govinbox.platform.entity.InstantConverter}, and
 * {@link org.govinbox.platform.entity.Refused}, the one exception an entity throws when its rules refuse a change.
 */
package org.govinbox.platform.entity;
