/**
 * Persistence pieces every component shares: the {@link org.govinbox.platform.entity.InstantConverter}.
 */
package org.govinbox.platform.entity;
