package org.govinbox.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The head of the audit trail's hash chain (one row): the last sealed link. A1: link n's hash is
 * SHA-256(hash of link n−1 ‖ canonical form of event n), starting from 64 zeros; sealing takes this row's lock,
 * so that links are made one at a time, across instances too.
 */
@Entity
@Table(name = "audit_chain")
public class AuditChain {

    public static final int HEAD = 1;
    public static final String GENESIS = "0".repeat(64);

    @Id
    private int id;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "last_hash", nullable = false)
    private String lastHash;

    protected AuditChain() {
    }

    /** A1: the next link after {@code previousHash}. */
    public static String link(String previousHash, AuditEvent event) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(previousHash.getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) '\n');
            digest.update(event.canonical().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Seals {@code event} as the next link. */
    public void append(AuditEvent event) {
        String hash = link(lastHash, event);
        event.seal(lastSeq + 1, hash);
        lastSeq++;
        lastHash = hash;
    }

    public long lastSeq() {
        return lastSeq;
    }

    public String lastHash() {
        return lastHash;
    }
}
