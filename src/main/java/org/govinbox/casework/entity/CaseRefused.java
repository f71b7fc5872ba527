package org.govinbox.casework.entity;

/** An action the case's state or rules do not allow now; the message says why, in Chinese. */
public class CaseRefused extends RuntimeException {

    public CaseRefused(String message) {
        super(message, null, false, false);
    }
}
