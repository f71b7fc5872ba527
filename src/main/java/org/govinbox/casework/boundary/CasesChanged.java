package org.govinbox.casework.boundary;

import java.util.List;

/**
 * Fired in the transaction of every change to cases (received, acted on, a due date recomputed, imported), naming
 * them: whoever keeps or caches figures of cases reads them again after the commit.
 */
public record CasesChanged(String type, List<Long> ids) {
}
