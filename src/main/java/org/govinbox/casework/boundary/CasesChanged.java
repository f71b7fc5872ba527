package org.govinbox.casework.boundary;

/** Fired in the transaction of every change to cases (received, acted on, imported): whoever caches figures drops them. */
public record CasesChanged(String type) {
}
