package org.govinbox.platform.entity;

/**
 * What an entity's state or rules do not allow now — a case action in the wrong state, an extension past the
 * maximum, a change to a closed clean-up round — with the reason in Chinese. The one refusal type of every
 * component; {@code ProblemMappers} answers it as 409.
 */
public class Refused extends RuntimeException {

    public Refused(String message) {
        super(message, null, false, false);
    }
}
