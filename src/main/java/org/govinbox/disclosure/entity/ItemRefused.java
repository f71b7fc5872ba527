package org.govinbox.disclosure.entity;

/** A change the item's state or rules do not allow now; the message says why, in Chinese (answered as 409). */
public class ItemRefused extends RuntimeException {

    public ItemRefused(String message) {
        super(message, null, false, false);
    }
}
