-- #15 Security and reliability.

-- A1: the audit trail's hash chain. Each event gets its place and hash when the sealer links it in; the head row
-- holds the last link (and its lock makes links one at a time).
ALTER TABLE audit_event ADD COLUMN chain_seq BIGINT;
ALTER TABLE audit_event ADD COLUMN chain_hash VARCHAR(64);
CREATE INDEX audit_event_chain ON audit_event (chain_seq);
CREATE TABLE audit_chain (
    id         INTEGER      NOT NULL PRIMARY KEY,
    last_seq   BIGINT       NOT NULL,
    last_hash  VARCHAR(64)  NOT NULL
);
INSERT INTO audit_chain (id, last_seq, last_hash)
    VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- N1, N3, N4: bodies purged once sent or dead; one Message-ID per message; the dead state.
ALTER TABLE outbox_message ALTER COLUMN body DROP NOT NULL;
UPDATE outbox_message SET body = NULL WHERE sent_at IS NOT NULL;
ALTER TABLE outbox_message ADD COLUMN message_id VARCHAR(250);
UPDATE outbox_message SET message_id = '<outbox-' || TRIM(CAST(id AS CHAR(20))) || '@govinbox.local>';
ALTER TABLE outbox_message ALTER COLUMN message_id SET NOT NULL;
ALTER TABLE outbox_message ADD COLUMN permanent_failures INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox_message ADD COLUMN dead_at TIMESTAMP;

-- U1: who uploaded a file no case has claimed yet (a hash of the client address), for the per-address quota.
ALTER TABLE case_attachment ADD COLUMN uploader VARCHAR(64);
CREATE INDEX case_attachment_unclaimed ON case_attachment (case_id, uploader);

-- Q3: query secrets only as slow hashes (the old ones, derived from the code with a stored key, are converted at
-- start by LegacySecrets, which then deletes that key); the Idempotency-Key as a hash.
ALTER TABLE case_item ADD COLUMN query_secret_hash VARCHAR(120);
ALTER TABLE case_party ADD COLUMN secret_hash VARCHAR(120);

-- T1: a second factor (TOTP, RFC 6238) for administrators and auditors, with single-use recovery codes.
ALTER TABLE staff_account ADD COLUMN totp_secret VARCHAR(64);
ALTER TABLE staff_account ADD COLUMN totp_pending VARCHAR(64);
ALTER TABLE staff_account ADD COLUMN totp_last_step BIGINT;
CREATE TABLE recovery_code (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id  BIGINT       NOT NULL REFERENCES staff_account (id),
    code_hash   VARCHAR(64)  NOT NULL,
    used_at     TIMESTAMP
);
CREATE INDEX recovery_code_account ON recovery_code (account_id);
